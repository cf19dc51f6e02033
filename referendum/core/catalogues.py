"""The interface catalogues in the browser: django-rosetta's views, limited to the project's own catalogues, with
each translation checked for markup its original lacks before anything is written.

Mounted in place of `rosetta.urls` (same URL names, so Rosetta's templates and redirects still work):

- only the `project` filter exists, and a catalogue is chosen by its place in `project_catalogues()`: the
  django.po and djangojs.po of each LOCALE_PATHS folder. Django's and other packages' catalogues, and the
  repository's locale/ when LOCALE_PATHS points elsewhere, cannot be listed, opened, saved or downloaded;
- catalogues have names translators can tell apart, never a path on the server;
- a translation that brings tags, placeholders, entities or quotes of its own is not saved (the rest of the
  page is), and the translator is told which and why;
- signed-in staff who may not edit catalogues get 403; anonymous visitors go to the admin login
  (ROSETTA_LOGIN_URL).
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.urls import re_path, reverse_lazy
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView, TemplateView
from polib import pofile
from rosetta import views as rosetta
from rosetta.access import can_translate, can_translate_language
from rosetta.conf import settings as rosetta_settings

from .catalogue_safety import Difference, check_entry

# (a completions folder?, domain) -> what translators see. "completions" holds the Kazakh that Django's admin lacks.
LABELS = {
    (False, "django"): _("Public site"),
    (False, "djangojs"): _("Public site, scripts"),
    (True, "django"): _("Admin completions"),
    (True, "djangojs"): _("Admin completions, scripts"),
}
COMPLETIONS_FOLDER = "completions"
ROSETTA_READ_ONLY = "File is read-only: download the file when done editing!"
DOMAINS = ("django", "djangojs")


@dataclass(frozen=True)
class Catalogue:
    index: int
    label: str
    slug: str
    path: str


def project_catalogues(language):
    """The project's catalogues for a language, in a fixed order: each LOCALE_PATHS folder's django.po, then its
    djangojs.po. The only files these views open."""
    found = []
    for folder in settings.LOCALE_PATHS:
        folder = Path(folder)
        completions = folder.name == COMPLETIONS_FOLDER
        for domain in DOMAINS:
            path = folder / language / "LC_MESSAGES" / f"{domain}.po"
            if path.is_file():
                slug = ("admin-completions" if completions else "site") + ("-scripts" if domain == "djangojs" else "")
                found.append(Catalogue(len(found), LABELS[completions, domain], slug, str(path)))
    return found


class ProjectCataloguesOnly:
    """Rosetta's access check, file choice and filter, narrowed to the project's catalogues."""

    def dispatch(self, request, *args, **kwargs):
        # Rosetta sends everyone it refuses to the login page, where signed-in staff would land on the admin
        # index with no word of why; they are told instead.
        if request.user.is_authenticated and not can_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def po_filter(self):
        if self.kwargs.get("po_filter") != "project":
            raise Http404
        return "project"

    @cached_property
    def catalogue(self):
        catalogues = project_catalogues(self.language_id) if self.po_filter == "project" else []
        index = int(self.kwargs["idx"])
        if index >= len(catalogues):
            raise Http404
        return catalogues[index]

    @cached_property
    def po_file_path(self):
        return self.catalogue.path


class CatalogueListView(ProjectCataloguesOnly, rosetta.TranslationFileListView):
    template_name = "rosetta/file-list.html"

    def get_context_data(self, **kwargs):
        # Rosetta's own listing walks Django and every installed package; this one starts from TemplateView.
        context = TemplateView.get_context_data(self, **kwargs)
        languages = []
        for code, name in rosetta_settings.ROSETTA_LANGUAGES:
            if not can_translate_language(self.request.user, code):
                continue
            catalogues = [(catalogue, pofile(catalogue.path)) for catalogue in project_catalogues(code)]
            if catalogues:
                languages.append({"code": code, "name": name, "catalogues": catalogues})
        context.update(
            version=rosetta.get_rosetta_version(),
            languages=languages,
            has_pos=bool(languages),
            po_filter=self.po_filter,
        )
        return context


class CatalogueFormView(ProjectCataloguesOnly, rosetta.TranslationFormView):
    field_name = re.compile(r"^m_([0-9a-f]+)(?:_([0-9]+))?$")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rosetta_i18n_app"] = context["catalogue_label"] = self.catalogue.label
        # Rosetta's own words, from Rosetta's catalogues (a constant, so the project's makemessages skips it).
        context["read_only_note"] = gettext(ROSETTA_READ_ONLY)
        return context

    def post(self, request, *args, **kwargs):
        refused = self.refuse_unsafe_translations(request)
        changed = any(self.field_name.match(name) for name in request.POST)
        response = super().post(request, *args, **kwargs)
        if changed and response.status_code == 302 and not refused:
            # Saving drops every cached page and each app server reloads the catalogue within seconds
            # (CatalogReloadMiddleware, page_cache.bump_generation): say when readers will see it.
            messages.success(
                request,
                gettext("Saved. The public site shows your translation within a few seconds, on every page."),
            )
        if refused:
            # Back to the same block, where the refused entry still shows its saved translation.
            return HttpResponseRedirect(request.get_full_path())
        return response

    def refuse_unsafe_translations(self, request):
        """Take every entry whose new translation brings markup of its own out of the post, and say why."""
        submitted = {}
        for name, value in request.POST.items():
            match = self.field_name.match(name)
            if match:
                digest, form = match.groups()
                # A textarea sends CRLF line ends, which Rosetta writes as LF; anything else is checked as sent.
                value = value.replace("\r\n", "\n")
                submitted.setdefault(digest, {})[None if form is None else int(form)] = value
        refused = []
        for digest, forms in submitted.items():
            entry = self.po_file.find(digest, "md5hash")
            if entry is None:
                continue  # Rosetta says itself that the file changed on disk
            if (None in forms) if entry.msgid_plural else any(form is not None for form in forms):
                # A plural form posted for a singular entry (or the reverse) is no form Rosetta would show.
                difference = Difference(added=("?",), missing=())
            elif entry.msgid_plural:
                difference = check_entry(entry.msgid, msgid_plural=entry.msgid_plural, msgstr_plural=forms)
            else:
                difference = check_entry(entry.msgid, forms.get(None, ""))
            if difference:
                refused.append(digest)
                messages.error(
                    request,
                    gettext(
                        "Not saved: the translation of “%(original)s” does not keep the markup of the original "
                        '(tags, placeholders, entities, straight quotes "): %(difference)s. Copy these exactly '
                        "from the original and add none. Your other changes on this page were saved."
                    )
                    % {
                        "original": Truncator(entry.msgid).chars(80),
                        "difference": ", ".join(difference.items),
                    },
                )
        if refused:
            kept = request.POST.copy()
            for name in list(kept):
                match = self.field_name.match(name)
                if (match and match.group(1) in refused) or name.removeprefix("f_") in refused:
                    del kept[name]
            request.POST = kept
        return refused


class CatalogueDownloadView(ProjectCataloguesOnly, rosetta.TranslationFileDownload):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if response.has_header("Content-Disposition"):
            # Rosetta names the file after its path on the server.
            response["Content-Disposition"] = f'attachment; filename="{self.catalogue.slug}.{self.language_id}.zip"'
        return response


to_the_list = RedirectView.as_view(url=reverse_lazy("rosetta-file-list", kwargs={"po_filter": "project"}))
urlpatterns = [
    re_path(r"^$", to_the_list, name="rosetta-old-home-redirect"),
    re_path(r"^files/$", to_the_list, name="rosetta-file-list-redirect"),
    re_path(r"^files/(?P<po_filter>[\w-]+)/$", CatalogueListView.as_view(), name="rosetta-file-list"),
    re_path(
        r"^files/(?P<po_filter>[\w-]+)/(?P<lang_id>[\w\-_\.@]+)/(?P<idx>\d+)/$",
        CatalogueFormView.as_view(),
        name="rosetta-form",
    ),
    re_path(
        r"^files/(?P<po_filter>[\w-]+)/(?P<lang_id>[\w\-_\.@]+)/(?P<idx>\d+)/download/$",
        CatalogueDownloadView.as_view(),
        name="rosetta-download-file",
    ),
    re_path(r"^translate/$", rosetta.translate_text, name="rosetta.translate_text"),
]
