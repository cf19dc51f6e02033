"""The interface catalogues in the browser: django-rosetta's views, limited to the project's own catalogues, with
each translation checked for markup its original lacks before anything is written.

Mounted in place of `rosetta.urls` (same URL names, so Rosetta's templates and redirects still work):

- only the `project` filter exists, and a catalogue is chosen by its place in `project_catalogues()`: the
  django.po and djangojs.po of each LOCALE_PATHS folder. Django's and other packages' catalogues, and the
  repository's locale/ when LOCALE_PATHS points elsewhere, cannot be listed, opened, saved or downloaded;
- catalogues have names translators can tell apart, never a path on the server;
- a translation that brings tags, placeholders, entities or quotes of its own, or drops a placeholder or a tag
  of the original, is not saved (the rest of the page is); the translator is told which and why, and finds
  what they typed in its box again;
- a save says where it lives (this server's files) and how it reaches the repository, and records who made it:
  the catalogue's Last-Translator header and an entry in the admin's "Latest changes";
- signed-in staff who may not edit catalogues get 403; anonymous visitors go to the admin login
  (ROSETTA_LOGIN_URL).
"""

import copy
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
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
from rosetta.signals import post_save

from .catalogue_safety import Difference, check_entry

# (a completions folder?, domain) -> what translators see. "completions" holds the Kazakh that Django's admin lacks.
LABELS = {
    (False, "django"): _("Public site"),
    (False, "djangojs"): _("Public site, scripts"),
    (True, "django"): _("Admin completions"),
    (True, "djangojs"): _("Admin completions, scripts"),
}
COMPLETIONS_FOLDER = "completions"
# Rosetta's own words, from Rosetta's catalogues (constants, so the project's makemessages skips them).
ROSETTA_READ_ONLY = "File is read-only: download the file when done editing!"
ROSETTA_DOWNLOAD = "Download this catalog"
ROSETTA_PICK_ANOTHER = "Pick another file"
DOMAINS = ("django", "djangojs")
# How many changed texts a "Latest changes" entry names; the rest are counted.
NAMED_IN_LOG = 5


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


def admin_names():
    """The admin's own names, for Rosetta's pages (templates/rosetta/base.html): they lead back to the admin."""
    return {"site_header": admin.site.site_header, "site_title": admin.site.site_title}


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
            **admin_names(),
        )
        return context


class CatalogueFormView(ProjectCataloguesOnly, rosetta.TranslationFormView):
    field_name = re.compile(r"^m_([0-9a-f]+)(?:_([0-9]+))?$")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rosetta_i18n_app"] = context["catalogue_label"] = self.catalogue.label
        context["read_only_note"] = gettext(ROSETTA_READ_ONLY)
        context["download_link"] = gettext(ROSETTA_DOWNLOAD)
        context["pick_another_file"] = gettext(ROSETTA_PICK_ANOTHER)
        context.update(admin_names())
        context["rosetta_messages"] = self.with_refused_text(context["rosetta_messages"])
        return context

    @property
    def refused_key(self):
        return f"catalogue-refused:{self.language_id}:{self.catalogue.index}"

    def with_refused_text(self, entries):
        """The block's entries, each refused one showing what the translator typed (once, then the saved text):
        a copy, so the catalogue itself keeps its saved translation and its field name (the MD5 of it)."""
        typed = self.request.session.pop(self.refused_key, None) if self.request.method == "GET" else None
        if not typed:
            return entries
        shown = []
        for entry in entries:
            forms = typed.get(entry.md5hash)
            if forms:
                entry = copy.copy(entry)
                if entry.msgid_plural:
                    entry.msgstr_plural = {**entry.msgstr_plural, **{int(k): v for k, v in forms.items() if k}}
                else:
                    entry.msgstr = forms.get("", entry.msgstr)
            shown.append(entry)
        return shown

    def post(self, request, *args, **kwargs):
        refused = self.refuse_unsafe_translations(request)
        changed = self.changed_entries(request)
        if refused and not changed:
            # Nothing left to save: Rosetta would still rewrite and recompile the file (and drop every cached page).
            return HttpResponseRedirect(request.get_full_path())
        # Rosetta writes first name, last name and e-mail into Last-Translator: `  <>` for staff with neither.
        self.po_file.metadata = SignedMetadata(self.po_file.metadata, translator_name(request.user))
        response = super().post(request, *args, **kwargs)
        if changed and getattr(request, "catalogue_saved", False):
            self.log_save(request, changed)
            if not refused:
                # Saving drops every cached page and each app server reloads the catalogue within seconds
                # (CatalogReloadMiddleware, page_cache.bump_generation); a deploy brings the repository's files.
                messages.success(
                    request,
                    gettext("Saved. The public site shows your translation within a few seconds, on every page."),
                )
                messages.info(
                    request,
                    gettext(
                        "The change lives only in this server's catalogue files, and the next deployment replaces "
                        "them: to keep it, a developer downloads this catalogue (“%(download)s” at the top of the "
                        "page) and commits it to the repository."
                    )
                    % {"download": gettext(ROSETTA_DOWNLOAD)},
                )
        if refused:
            # Back to the same block, where the refused entry shows what was typed, with the reason.
            return HttpResponseRedirect(request.get_full_path())
        return response

    def changed_entries(self, request):
        """The entries this post changes (a new translation, or the fuzzy box ticked or cleared), in page order."""
        changed = []
        for name, value in request.POST.items():
            match = self.field_name.match(name)
            entry = self.po_file.find(match.group(1), "md5hash") if match else None
            if entry is None or entry in changed:
                continue
            saved = entry.msgstr if match.group(2) is None else entry.msgstr_plural.get(int(match.group(2)), "")
            fuzzy = bool(request.POST.get(f"f_{match.group(1)}"))
            if value.replace("\r\n", "\n").strip() != saved.strip() or fuzzy != ("fuzzy" in entry.flags):
                changed.append(entry)
        return changed

    def log_save(self, request, changed):
        """An entry in the admin's "Latest changes": who saved which texts of which catalogue. The texts are
        stored as Django's structured change message, so each reader sees "Changed ..." in their own language."""
        names = [Truncator(entry.msgid).chars(60) for entry in changed[:NAMED_IN_LOG]]
        if len(changed) > NAMED_IN_LOG:
            names.append(f"+{len(changed) - NAMED_IN_LOG}")
        language = dict(rosetta_settings.ROSETTA_LANGUAGES).get(self.language_id, self.language_id)
        LogEntry.objects.create(
            user_id=request.user.pk,
            content_type=None,
            object_id=None,
            object_repr=Truncator(f"{self.catalogue.label} ({gettext(language)})").chars(200),
            action_flag=CHANGE,
            change_message=json.dumps([{"changed": {"fields": names}}]),
        )

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
                messages.error(request, refusal_message(entry.msgid, difference))
        if refused:
            # Shown again in its box on the next page (with_refused_text): nothing typed is lost.
            request.session[self.refused_key] = {
                digest: {"" if form is None else str(form): text for form, text in submitted[digest].items()}
                for digest in refused
            }
            kept = request.POST.copy()
            for name in list(kept):
                match = self.field_name.match(name)
                if (match and match.group(1) in refused) or name.removeprefix("f_") in refused:
                    del kept[name]
            request.POST = kept
        return refused


def refusal_message(msgid, difference):
    """Why a translation was not saved: what it lacks of the original and what it brings that the original
    lacks, each named as the text shows it."""
    parts = []
    if difference.missing:
        parts.append(gettext("missing: %(items)s") % {"items": ", ".join(difference.missing)})
    if difference.added:
        parts.append(gettext("not in the original: %(items)s") % {"items": ", ".join(difference.added)})
    return gettext(
        "Not saved: the translation of “%(original)s” must keep the placeholders and markup of the original "
        '(tags, placeholders such as %%(name)s, %%s or {name}, entities, straight quotes "), each at least once, '
        "and add none: %(difference)s. Your text is still in its box below: correct it and save again. Your "
        "other changes on this page were saved."
    ) % {"original": Truncator(msgid).chars(80), "difference": "; ".join(parts)}


def translator_name(user):
    """Who saved, as the catalogue's Last-Translator header names them: the full name and the username, or the
    username alone; the e-mail address in angle brackets only when there is one."""
    username, full_name, email = (one_line(text) for text in (user.get_username(), user.get_full_name(), user.email))
    name = f"{full_name} ({username})" if full_name else username
    return f"{name} <{email}>" if email else name


def one_line(text):
    """A header value on one line: a line break in a name would start a header of its own (Plural-Forms...)."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in (text or ""))
    return " ".join(text.replace("<", "").replace(">", "").split())


class SignedMetadata(dict):
    """A catalogue's header, where Rosetta's Last-Translator (first name, last name, e-mail) is replaced by
    translator_name(): Rosetta sets it just before writing the file, with no hook in between."""

    def __init__(self, metadata, who):
        super().__init__(metadata)
        self.who = who

    def __setitem__(self, key, value):
        super().__setitem__(key, self.who if key == "Last-Translator" else value)


@receiver(post_save, dispatch_uid="portal-catalogue-saved")
def note_catalogue_saved(sender, request=None, **kwargs):
    """Rosetta reports each catalogue it wrote (and compiled); a save that failed is reported as an error."""
    if request is not None:
        request.catalogue_saved = True


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
