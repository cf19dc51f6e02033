import csv

from django.core.exceptions import BadRequest
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_response_headers
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext as _
from django.views.generic import RedirectView, TemplateView

from referendum.core.navigation import home_panels
from referendum.core.site import absolute_url, site_url

from .charts import archive_bars, regional_bars, snapshot_columns, threshold_bar
from .context_processors import PERIODS
from .models import Referendum, Region, current_of

# A page showing a countdown in minutes is out of date a minute later; a reader without JavaScript reloads.
COUNTDOWN_CACHE_SECONDS = 60
SETTLED_CACHE_SECONDS = 300


def referendum_context(referendum, now=None):
    """What every page telling one referendum shows: where it stands, and its result once there is one."""
    state = referendum.state(now)
    changes = latest_changes(referendum)
    context = {
        "referendum": referendum,
        "state": state,
        # What the vote_period context processor would look up again.
        "vote_period": PERIODS[state.phase],
        "structured_data": referendum_event(referendum),
        # The result goes first once there is one: it is what people come back for.
        "show_results": referendum.has_results and state.phase in ("counting", "concluded"),
        "has_turnout": changes["snapshots"] is not None,
        "last_changed": max(filter(None, changes.values()), default=None),
    }
    if state.phase in ("voting_day", "polls_open", "counting") and context["has_turnout"]:
        # On the voting day the latest national figure is the news: on the page, not only behind a link.
        context["latest_turnout"] = (
            referendum.snapshots.filter(percent__isnull=False, taken_at__lte=timezone.now())
            .order_by("-taken_at")
            .first()
        )
    if context["show_results"]:
        context["turnout_bar"] = threshold_bar(referendum.turnout_percent, referendum.turnout_threshold_percent)
        # Under the rule by regions, the national share is measured against no line: the threshold applies in each.
        nationwide = referendum.approval_rule == Referendum.ApprovalRule.NATIONAL
        approval_line = referendum.approval_threshold_percent if nationwide else None
        context["approval_bar"] = threshold_bar(referendum.for_percent, approval_line)
    return context


def latest_changes(referendum):
    """When what the referendum's page shows last changed: the referendum, its key dates, its figures through
    the day (None: it has none). One query for both the "Last updated" line and whether there is turnout."""
    latest = Referendum.objects.filter(pk=referendum.pk).aggregate(
        timeline=Max("timeline__updated_at"), snapshots=Max("snapshots__updated_at")
    )
    return {"referendum": referendum.updated_at, **latest}


def cache_seconds(state):
    """Never let a cache keep the page past the moment the referendum's state changes."""
    if state is None:
        return SETTLED_CACHE_SECONDS
    limit = COUNTDOWN_CACHE_SECONDS if state.countdown else SETTLED_CACHE_SECONDS
    until_change = state.seconds_until_change()
    return limit if until_change is None else min(limit, until_change)


class StateCachedMixin:
    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        patch_response_headers(response, cache_timeout=cache_seconds(context.get("state")))
        return response


class HomeView(StateCachedMixin, TemplateView):
    """The current referendum (Referendum.objects.current: the next still to come, else the latest held), with
    the way to the one before it and to every other."""

    template_name = "vote/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = list(Referendum.objects.published().order_by("-voting_date"))
        referendum = current_of(published)
        context["home_panels"] = home_panels()
        context["referendum"] = None
        context["vote_period"] = "before"
        if referendum is not None:
            context.update(referendum_context(referendum))
            context["previous"] = next((r for r in published if r.voting_date < referendum.voting_date), None)
        context["others_count"] = len(published) - (referendum is not None)
        return context


class ReferendumView(StateCachedMixin, TemplateView):
    """One referendum's page, at its voting date: what was asked, under which rules, the results with their
    status and sources, the outcome worked out from them, and what it decided. Sections it lacks are absent."""

    template_name = "vote/referendum.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referendum = published_referendum(self.kwargs["voting_date"])
        context.update(referendum_context(referendum))
        context["is_current"] = referendum == Referendum.objects.current()
        return context


def published_referendum(voting_date):
    referendum = Referendum.objects.published().filter(voting_date=voting_date).first()
    if referendum is None:
        raise Http404
    return referendum


def with_turnout(voting_date):
    """The referendum, if its turnout pages exist: it has turnout figures, or today is its voting day."""
    referendum = published_referendum(voting_date)
    if referendum.voting_date != timezone.localdate() and not referendum.snapshots.exists():
        raise Http404
    return referendum


class ArchiveView(TemplateView):
    """Every published referendum, newest first, with its turnout and share in favour, as a chart and a table."""

    template_name = "vote/archive.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referendums = list(Referendum.objects.published().order_by("-voting_date"))
        context["referendums"] = referendums
        context["chart"] = archive_bars(referendums)
        context["any_from_reference_databases"] = any(r.results_from_reference_databases for r in referendums)
        return context


class FirstAddressRedirect(RedirectView):
    """The turnout addresses of the portal's first years, when it knew one referendum: they belong to the
    referendum its Commission and provisions sections are about (2026), and move to its own addresses for good."""

    permanent = True
    query_string = True
    query_parameters = ("at", "sort")  # kept on the way, as the page cache keys on them

    def get_redirect_url(self, *args, **kwargs):
        referendum = Referendum.objects.reform()
        if referendum is None:
            raise Http404
        return super().get_redirect_url(voting_date=referendum.voting_date)


class CurrentTurnoutRedirect(RedirectView):
    """The menu's "Turnout": the turnout page of the referendum the home page tells, when it has figures or its
    voting day is today; otherwise of the latest referendum held that has figures; otherwise the list of all
    referendums. Temporary: which page it is changes with the next referendum."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        today = timezone.localdate()
        referendums = list(Referendum.objects.published())
        with_figures = set(Referendum.objects.published().filter(snapshots__isnull=False).values_list("pk", flat=True))
        current = current_of(referendums)
        if current is not None and (current.pk in with_figures or current.voting_date == today):
            chosen = current
        else:
            held = [r for r in referendums if r.pk in with_figures and r.voting_date <= today]
            chosen = max(held, key=lambda referendum: referendum.voting_date, default=None)
        if chosen is None:
            return reverse("vote:archive")
        return reverse("vote:turnout", kwargs={"voting_date": chosen.voting_date})


def referendum_event(referendum):
    """The referendum as a schema.org Event: the voting day at polling stations across Kazakhstan, organised by
    the Central Referendum Commission (the Central Election Commission acting as it, by the sources)."""
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": referendum.text.title,
        "startDate": referendum.opens_at.isoformat(),
        "endDate": referendum.closes_at.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": gettext("Polling stations in Kazakhstan and abroad"),
            "address": {"@type": "PostalAddress", "addressCountry": "KZ"},
        },
        "organizer": {"@type": "GovernmentOrganization", "name": gettext("Central Referendum Commission")},
        "url": site_url(referendum.get_absolute_url()),
        "image": [absolute_url(static("img/share.png"))],
        "inLanguage": referendum.text.language,  # the language of its name, which may be a fallback
    }


class TurnoutView(TemplateView):
    """Turnout through the voting day, nationally and by region, as charts, a tile map and tables."""

    query_parameters = ("at", "sort")  # what the page cache keys on

    template_name = "vote/turnout.html"
    sort_orders = ("", "turnout", "name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referendum = published_referendum(self.kwargs["voting_date"])
        snapshots = list(referendum.snapshots.prefetch_related("regional"))
        if not snapshots and referendum.voting_date != timezone.localdate():
            raise Http404  # as with_turnout(), without asking for the snapshots twice
        regional = [snapshot for snapshot in snapshots if snapshot.regional.all()]
        chosen = self.chosen_snapshot(regional)
        sort = self.request.GET.get("sort", "")
        if sort not in self.sort_orders:
            raise BadRequest
        regions = list(Region.objects.all())
        figures = {snapshot.pk: figures_by_region(snapshot) for snapshot in regional}
        table = [
            {"region": region, "figures": [figures[snapshot.pk].get(region.pk) for snapshot in regional]}
            for region in regions
        ]
        chosen_figures = figures[chosen.pk] if chosen else {}
        rows = [(region, chosen_figures.get(region.pk)) for region in regions]
        if sort == "turnout":
            rows.sort(key=lambda row: (row[1] is None, -(row[1] or 0)))
        elif sort == "name":
            rows.sort(key=lambda row: row[0].text.name)
        known = [percent for _, percent in rows if percent is not None]
        context.update(
            referendum=referendum,
            snapshots=snapshots,
            regional_snapshots=regional,
            chosen=chosen,
            sort=sort,
            rows=rows,
            table=table,
            national_chart=snapshot_columns(snapshots, referendum.turnout_threshold_percent),
            regional_results=list(referendum.regional_results.select_related("region")),
            regional_chart=regional_bars(rows),
            tiles=[(region, chosen_figures.get(region.pk)) for region in regions],
            unknown_count=len(rows) - len(known),
            highest=max(rows, key=lambda row: row[1] or -1) if known else None,
            lowest=min((row for row in rows if row[1] is not None), key=lambda row: row[1]) if known else None,
        )
        return context

    def chosen_snapshot(self, regional):
        """`?at=HHMM` picks a moment of the day; the latest with regional figures by default."""
        at = self.request.GET.get("at")
        if at is None:
            return regional[-1] if regional else None
        for snapshot in regional:
            if snapshot_code(snapshot) == at:
                return snapshot
        raise BadRequest


def snapshot_code(snapshot):
    return timezone.localtime(snapshot.taken_at).strftime("%H%M")


def figures_by_region(snapshot):
    return {figure.region_id: figure.percent for figure in snapshot.regional.all()}


def regions_csv(request, voting_date):
    """One row per region, one column per snapshot; UTF-8 with a BOM so spreadsheets read Cyrillic."""
    referendum = with_turnout(voting_date)
    snapshots = list(referendum.snapshots.prefetch_related("regional"))
    figures = [figures_by_region(snapshot) for snapshot in snapshots]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="turnout-by-region-{referendum.voting_date}-{get_language()}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [_("Region"), "slug"] + [timezone.localtime(s.taken_at).strftime("%Y-%m-%d %H:%M") for s in snapshots]
    )
    for region in Region.objects.all():
        writer.writerow(
            [spreadsheet_text(region.text.name), region.slug] + [unlocalized(f.get(region.pk)) for f in figures]
        )
    return response


def national_csv(request, voting_date):
    referendum = with_turnout(voting_date)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="turnout-national-{referendum.voting_date}-{get_language()}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("As of"), _("Citizens who had received a ballot"), _("Turnout, %"), _("Source")])
    for snapshot in referendum.snapshots.all():
        writer.writerow(
            [
                timezone.localtime(snapshot.taken_at).strftime("%Y-%m-%d %H:%M"),
                "" if snapshot.participants is None else snapshot.participants,
                unlocalized(snapshot.percent),
                spreadsheet_text(snapshot.source_name),
            ]
        )
    return response


def results_csv(request):
    """Every published referendum's results, one row each, newest first; shares of those who took part."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="referendum-results-{get_language()}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Voting date"),
            _("Referendum"),
            _("Eligible citizens"),
            _("Took part"),
            _("Turnout, %"),
            _("Voted in favour"),
            _("In favour, %"),
            _("Voted against"),
            _("Invalid ballots"),
            _("Ballots not counted"),
            _("Status of the results"),
            _("Source"),
        ]
    )
    for referendum in Referendum.objects.published().order_by("-voting_date"):
        text = referendum.text
        writer.writerow(
            [
                referendum.voting_date.isoformat(),
                spreadsheet_text(text.title),
                unlocalized(referendum.eligible_voters),
                unlocalized(referendum.participants),
                rounded(referendum.turnout_percent),
                unlocalized(referendum.votes_for),
                rounded(referendum.for_percent),
                unlocalized(referendum.votes_against),
                unlocalized(referendum.invalid_ballots),
                unlocalized(referendum.unestablished_ballots),
                referendum.get_results_status_display() if referendum.has_results else "",
                spreadsheet_text(text.results_source),
            ]
        )
    return response


def rounded(share):
    return "" if share is None else f"{share:.2f}"


def spreadsheet_text(text):
    """Staff-typed text a spreadsheet program must show as text, never run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def unlocalized(value):
    return "" if value is None else str(value)
