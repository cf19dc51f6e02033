"""The open-data API: /api/v1/, with its OpenAPI description at /api/v1/openapi.json and docs at /api/v1/docs."""

import re
from datetime import date

from django.core.validators import slug_re
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import Field, NinjaAPI, Schema
from ninja.errors import ValidationError
from ninja.pagination import PageNumberPagination, paginate

from referendum.commission.models import Member
from referendum.core.content import LANGUAGE_CODES
from referendum.core.site import site_url
from referendum.core.sources import addresses
from referendum.news.models import Article
from referendum.provisions.models import Provision
from referendum.vote.models import Referendum, Region

from .schemas import ArticleOut, Error, MemberOut, ProvisionOut, ReferendumDetailOut, ReferendumOut, TurnoutOut

DATE_ID = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

api = NinjaAPI(
    title="Kazakhstan's republican referendums: open data",
    version="1",
    description=(
        "Published content of the portal about Kazakhstan's republican referendums: every referendum with its "
        "results and their status (/referendums/), and, about the referendum of 15 March 2026 on the new "
        "Constitution, news, the key provisions and the Constitutional Reform Commission. /referendum/ and "
        "/referendum/turnout/ give the current referendum: the next one still to come, otherwise the latest "
        "held. Every text is given in Kazakh (kk), Russian (ru) and English (en); "
        "null where not translated. Licence: CC BY 4.0, naming the portal as the source."
    ),
    urls_namespace="api",
)


PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Far beyond any real list, and small enough that page × page size stays a number every database accepts.
MAX_PAGE = 100_000


class Pages(PageNumberPagination):
    """Page N of a list: the database returns only that page's records (and their count), so a page costs the
    same at 10 or 100,000 records; `present` turns each record into its JSON."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE, description=f"Page number, from 1 to {MAX_PAGE:,}.")
        page_size: int = Field(
            PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=f"Records per page, from 1 to {MAX_PAGE_SIZE}."
        )

    def __init__(self, *, present, **kwargs):
        super().__init__(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE, **kwargs)
        self.present = present

    def paginate_queryset(self, queryset, pagination, request, **params):
        # The page's keys first, sorted without the texts; then only those records, whole (a deep page sorted
        # 10,000 whole articles, 3.5 KB each, to keep 20 of them).
        offset = (pagination.page - 1) * pagination.page_size
        keys = list(queryset.values_list("pk", flat=True)[offset : offset + pagination.page_size])
        records = queryset.in_bulk(keys) if keys else {}
        return {
            "items": [self.present(request, records[key]) for key in keys],
            "count": self._items_count(queryset),
        }


@api.exception_handler(ValidationError)
def bad_parameters(request, exc):
    """400 with a sentence saying which parameter is wrong (django-ninja's default is a 422 with its internals)."""
    problems = []
    for error in exc.errors:
        name = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        problems.append(f"{name}: {error.get('msg', 'invalid value')}")
    return api.create_response(request, {"detail": "; ".join(problems)}, status=400)


LIST_ERRORS = {400: Error}


def texts(obj, field):
    return {code: getattr(obj.exact_text(code), field) or None for code in LANGUAGE_CODES}


def urls(request, obj):
    result = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            result[code] = site_url(obj.get_absolute_url())
    return result


def article_out(request, article):
    return {
        "slug": article.slug,
        "title": texts(article, "title"),
        "lead": texts(article, "lead"),
        "body_html": texts(article, "body"),
        "source_name": texts(article, "source_name"),
        "source_url": first_address(article.source_url),
        "source_urls": addresses(article.source_url),
        "published_at": article.published_at,
        "updated_at": article.updated_at,
        "members": [member.slug for member in article.members.all()],
        "provisions": [provision.slug for provision in article.provisions.all()],
        "urls": urls(request, article),
    }


def first_address(given):
    """The first of the sources' addresses (the field held one until it held one a line), or None."""
    return next(iter(addresses(given)), None)


def published_or_404(queryset, slug):
    """The record with this slug, or a 404. A slug no record can have is a 404 before the database is asked:
    PostgreSQL refuses text holding a NUL byte, which made /api/v1/news/%00/ a 500 (the web pages' slug converter
    never lets one through)."""
    if not slug_re.match(slug):
        raise Http404
    return get_object_or_404(queryset, slug=slug)


@api.get(
    "/news/", response={200: list[ArticleOut], **LIST_ERRORS}, tags=["news"], summary="Published news, newest first"
)
@paginate(Pages, present=article_out)
def news_list(request):
    return Article.objects.published().with_public_links()


@api.get("/news/{slug}/", response={200: ArticleOut, 404: Error}, tags=["news"], summary="One published article")
def news_detail(request, slug: str):
    article = published_or_404(Article.objects.published().with_public_links(), slug)
    return article_out(request, article)


def provision_out(request, provision):
    return {
        "slug": provision.slug,
        "title": texts(provision, "title"),
        "explanation": texts(provision, "explanation"),
        "draft_wording": texts(provision, "draft_wording"),
        "current_wording": texts(provision, "current_wording"),
        "change": provision.change or None,
        "draft_article": provision.draft_article or None,
        "current_article": provision.current_article or None,
        "topics": [{"slug": topic.slug, "title": texts(topic, "title")} for topic in provision.topics.all()],
        "sources": [
            {"title": texts(source, "title"), "url": source.link or None, "published_on": source.published_on}
            for source in provision.sources.all()
        ],
        "updated_at": provision.updated_at,
        "urls": urls(request, provision),
    }


@api.get(
    "/provisions/",
    response={200: list[ProvisionOut], **LIST_ERRORS},
    tags=["provisions"],
    summary="The draft's key provisions",
)
@paginate(Pages, present=provision_out)
def provision_list(request):
    return Provision.objects.published().prefetch_related("topics", "sources")


@api.get("/provisions/{slug}/", response={200: ProvisionOut, 404: Error}, tags=["provisions"])
def provision_detail(request, slug: str):
    provision = published_or_404(Provision.objects.published().prefetch_related("topics", "sources"), slug)
    return provision_out(request, provision)


def member_out(request, member):
    return {
        "slug": member.slug,
        "full_name": texts(member, "full_name"),
        "position": texts(member, "position"),
        "biography": texts(member, "biography"),
        "role": member.role,
        "is_current": member.is_current,
        "order": member.order,
        "urls": urls(request, member),
    }


@api.get(
    "/commission/",
    response={200: list[MemberOut], **LIST_ERRORS},
    tags=["commission"],
    summary="The Commission's members",
)
@paginate(Pages, present=member_out)
def member_list(request):
    return Member.objects.published()


def _float(value):
    return float(value) if value is not None else None


def referendum_out(request, referendum):
    """A referendum as the API gives it; the same for the list, the record and the current one."""
    return {
        "id": referendum.voting_date.isoformat(),
        "slug": referendum.slug,
        "title": texts(referendum, "title"),
        "subject": texts(referendum, "subject"),
        "voting_date": referendum.voting_date,
        "polls_open": referendum.opens_at if referendum.polls_open else None,
        "polls_close": referendum.closes_at if referendum.polls_close else None,
        "question": texts(referendum, "question"),
        "question_wording": referendum.question_wording,
        "question_note": texts(referendum, "question_note"),
        "answer_yes": texts(referendum, "answer_yes"),
        "answer_no": texts(referendum, "answer_no"),
        "turnout_threshold_percent": _float(referendum.turnout_threshold_percent),
        "approval_threshold_percent": _float(referendum.approval_threshold_percent),
        "approval_rule": referendum.approval_rule,
        "results": {
            "eligible_voters": referendum.eligible_voters,
            "participants": referendum.participants,
            "votes_for": referendum.votes_for,
            "votes_against": referendum.votes_against,
            "invalid_ballots": referendum.invalid_ballots,
            "unestablished_ballots": referendum.unestablished_ballots,
            "status": referendum.results_status,
            "turnout_percent": _float(referendum.turnout_percent),
            "for_percent": _float(referendum.for_percent),
            "is_valid": referendum.is_valid,
            "is_adopted": referendum.is_adopted,
            "results_date": referendum.results_date,
            "source": texts(referendum, "results_source"),
            "source_url": first_address(referendum.results_source_url),
            "source_urls": addresses(referendum.results_source_url),
            "note": texts(referendum, "results_note"),
            "from_reference_databases": referendum.results_from_reference_databases,
            "regions_total": referendum.regions_total,
            "regions_in_favour": referendum.regions_in_favour,
        },
        "polling_stations": {
            "in_kazakhstan": referendum.polling_stations,
            "abroad": referendum.polling_stations_abroad,
            "countries_abroad": referendum.countries_abroad,
            "voters_on_lists": referendum.voters_on_lists,
            "source": texts(referendum, "polling_stations_source"),
        },
        "key_dates": [
            {
                "date": event.date,
                "title": texts(event, "title"),
                "description": texts(event, "description"),
                "source_name": texts(event, "source_name"),
            }
            for event in referendum.timeline.all()
        ],
        "decision": texts(referendum, "decision"),
        "updated_at": referendum.updated_at,
        "urls": urls(request, referendum),
    }


def turnout_out(referendum):
    snapshots = referendum.snapshots.prefetch_related("regional__region")
    return {
        "regions": [
            {"slug": region.slug, "name": texts(region, "name"), "kind": region.kind} for region in Region.objects.all()
        ],
        "snapshots": [
            {
                "taken_at": snapshot.taken_at,
                "participants": snapshot.participants,
                "percent": _float(snapshot.percent),
                "source_name": snapshot.source_name,
                "source_url": first_address(snapshot.source_url),
                "source_urls": addresses(snapshot.source_url),
                "regions": [
                    {"region": figure.region.slug, "percent": float(figure.percent)}
                    for figure in snapshot.regional.all()
                ],
            }
            for snapshot in snapshots
        ],
        "regional_results": [
            {
                "region": result.region.slug,
                "participants": result.participants,
                "votes_for": result.votes_for,
                "votes_against": result.votes_against,
                "source_name": result.source_name,
                "source_url": first_address(result.source_url),
                "source_urls": addresses(result.source_url),
            }
            for result in referendum.regional_results.select_related("region")
        ],
    }


def current_or_404():
    referendum = Referendum.objects.current()
    if referendum is None:
        raise Http404
    return referendum


@api.get(
    "/referendums/",
    response={200: list[ReferendumOut], **LIST_ERRORS},
    tags=["referendum"],
    summary="Every published referendum, newest first",
)
@paginate(Pages, present=referendum_out)
def referendum_list(request):
    return Referendum.objects.published().order_by("-voting_date").prefetch_related("timeline")


@api.get(
    "/referendums/{referendum_id}/",
    response={200: ReferendumDetailOut, 404: Error},
    tags=["referendum"],
    summary="One referendum, by its voting date (YYYY-MM-DD), with its turnout and results",
)
def referendum_by_date(request, referendum_id: str):
    try:
        voting_date = date.fromisoformat(referendum_id) if DATE_ID.fullmatch(referendum_id) else None
    except ValueError:
        voting_date = None
    referendum = Referendum.objects.published().filter(voting_date=voting_date).first() if voting_date else None
    if referendum is None:
        raise Http404
    return {**referendum_out(request, referendum), "turnout": turnout_out(referendum)}


@api.get(
    "/referendum/",
    response={200: ReferendumOut, 404: Error},
    tags=["referendum"],
    summary="The current referendum: the next one still to come, otherwise the latest held",
)
def referendum_detail(request):
    return referendum_out(request, current_or_404())


@api.get(
    "/referendum/turnout/",
    response={200: TurnoutOut, 404: Error},
    tags=["referendum"],
    summary="The current referendum's turnout through the voting day, national and by region",
)
def referendum_turnout(request):
    return turnout_out(current_or_404())
