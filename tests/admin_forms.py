"""The admin's forms as a browser posts them back: read from the page the signed-in client is shown (its role
decides which fields are there), then the test's changes on top. One way for every test, so a field added to a
form is posted by every test without touching it."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from testkit.forms import admin_form_data

from .pages import parse

OBJECT_VIEWS = ("change", "delete", "history")


def admin_url(target, view="change", language="en"):
    """The address of an admin page in `language`: of an object (`change`, `delete`, `history`) or of a model
    class (`add`, `changelist`)."""
    meta = target._meta
    args = [target.pk] if view in OBJECT_VIEWS else []
    with translation.override(language):
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


def form_as_shown(client, url, **changes):
    """What the browser would post back from the admin form at `url`, with the test's changes."""
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return {**admin_form_data(response.content.decode()), **changes}


def post_form(client, url, **changes):
    """The form at `url` posted back as the client is shown it, with the test's changes; the response."""
    return client.post(url, form_as_shown(client, url, **changes))


def post_member_photo(client, name, content, **changes):
    """A photo uploaded for Arman Issetov (a seeded member) through the admin; returns the response and the
    member as stored afterwards."""
    from referendum.commission.models import Member

    member = Member.objects.get(slug="arman-issetov")
    photo = {"photo": SimpleUploadedFile(name, content), "photo_alt_kk": "Портрет", "photo_alt_ru": "Портрет"}
    response = post_form(client, admin_url(member), **{**photo, "photo_alt_en": "Portrait", **changes})
    member.refresh_from_db()
    return response, member


def form_errors(response):
    """The error messages an admin form shows, in order."""
    return [error.get_text(" ", strip=True) for error in parse(response.content).select(".errorlist")]
