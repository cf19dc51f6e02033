"""The data of the admin's change forms, as a browser posts them: every field as it is, then the test's changes."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from referendum.core.content import LANGUAGE_CODES

from .pages import parse

LANGUAGES = LANGUAGE_CODES


def no_inline_changes(prefix, existing=0):
    """The management form of an inline formset that the test leaves as it is."""
    return {
        f"{prefix}-TOTAL_FORMS": str(existing),
        f"{prefix}-INITIAL_FORMS": str(existing),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def article_form(article, **changes):
    local = timezone.localtime(article.published_at)
    data = {
        "status": article.status,
        "published_at_0": local.strftime("%Y-%m-%d"),
        "published_at_1": local.strftime("%H:%M"),
        "slug": article.slug,
        "source_url": article.source_url,
        **no_inline_changes("corrections", article.corrections.count() if article.pk else 0),
    }
    for field in ("title", "lead", "body", "source_name", "cover_alt"):
        for code in LANGUAGES:
            data[f"{field}_{code}"] = getattr(article, f"{field}_{code}") or ""
    if article.pk and "members" not in changes:
        data["members"] = [str(pk) for pk in article.members.values_list("pk", flat=True)]
        data["provisions"] = [str(pk) for pk in article.provisions.values_list("pk", flat=True)]
    data.update(changes)
    return data


def member_form(member, **changes):
    data = {
        f"{field}_{code}": getattr(member, f"{field}_{code}") or ""
        for field in ("full_name", "position", "biography", "photo_alt")
        for code in LANGUAGES
    }
    data.update(role=member.role, order=str(member.order), is_current="on", is_published="on", slug=member.slug)
    data.update(changes)
    return data


def post_member_photo(client, name, content, **changes):
    """A photo uploaded for Arman Issetov (a seeded member) through the admin; returns the response and the
    member as stored afterwards."""
    from referendum.commission.models import Member

    member = Member.objects.get(slug="arman-issetov")
    photo = {"photo": SimpleUploadedFile(name, content), "photo_alt_kk": "Портрет", "photo_alt_ru": "Портрет"}
    data = member_form(member, **{**photo, "photo_alt_en": "Portrait", **changes})
    response = client.post(f"/en/admin/commission/member/{member.pk}/change/", data)
    member.refresh_from_db()
    return response, member


def form_errors(response):
    """The error messages an admin form shows, in order."""
    return [error.get_text(" ", strip=True) for error in parse(response.content).select(".errorlist")]


def referendum_form(referendum, **changes):
    """The referendum's change form as it stands, then the test's changes."""
    data = {
        "slug": referendum.slug,
        "is_published": "on",
        "voting_date": "2026-03-15",
        "polls_open": "07:00",
        "polls_close": "20:00",
        "turnout_threshold_percent": "50",
        "approval_threshold_percent": "50",
        "eligible_voters": "12482613",
        "participants": "9127192",
        "votes_for": "7954667",
        "votes_against": "898099",
        "invalid_ballots": "146558",
        "unestablished_ballots": "127868",
        "results_status": "preliminary",
        "results_date": "2026-03-16",
        "results_source_url": "",
        "timeline-TOTAL_FORMS": "0",
        "timeline-INITIAL_FORMS": "0",
        "regional_results-TOTAL_FORMS": "0",
        "regional_results-INITIAL_FORMS": "0",
    }
    for language in LANGUAGES:
        for field in ("title", "question", "question_note", "answer_yes", "answer_no", "results_source"):
            data[f"{field}_{language}"] = getattr(referendum, f"{field}_{language}") or ""
    data.update(changes)
    return data
