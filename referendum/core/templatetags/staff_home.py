"""What the admin's front page shows staff first: content missing a language, scheduled articles, the last changes."""

from django import template
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse

from referendum.core.admin import TranslatedContentAdmin
from referendum.core.admin_language import render_change_message
from referendum.core.content import LANGUAGE_CODES, TranslatedContent, missing_in
from referendum.core.roles import content_models

register = template.Library()

RECENT_CHANGES = 10


def _can_view(user, model):
    options = model._meta
    return user.has_perm(f"{options.app_label}.view_{options.model_name}") or user.has_perm(
        f"{options.app_label}.change_{options.model_name}"
    )


def missing_languages_by_model(user, site=admin.site):
    """[{name, counts: [{code, name, count, url}]}] for each content model the user may see that lacks a language."""
    rows = []
    for model in content_models():
        model_admin = site._registry.get(model)
        if not issubclass(model, TranslatedContent) or not isinstance(model_admin, TranslatedContentAdmin):
            continue
        if not _can_view(user, model):
            continue
        options = model._meta
        totals = model._default_manager.aggregate(
            **{code: Count("pk", filter=missing_in(code, model.required_translations)) for code in LANGUAGE_CODES}
        )
        try:
            changelist = reverse(f"{site.name}:{options.app_label}_{options.model_name}_changelist")
        except NoReverseMatch:
            continue
        counts = [
            {"code": code, "count": totals[code], "url": f"{changelist}?missing={code}"}
            for code in LANGUAGE_CODES
            if totals[code]
        ]
        if counts:
            rows.append({"name": options.verbose_name_plural, "counts": counts})
    return rows


def scheduled_articles(user, site=admin.site):
    article = apps.get_model("news", "Article")
    if not _can_view(user, article):
        return []
    scheduled = article.objects.scheduled()
    return [{"object": item, "url": reverse(f"{site.name}:news_article_change", args=[item.pk])} for item in scheduled]


def visible_content_types(user):
    """The content types whose changes the user may see: those of the models they may view or change (an editor
    does not see the changes made to user accounts, a translator not those to models they cannot open)."""
    if user.is_superuser:
        return None
    allowed = []
    for content_type in ContentType.objects.filter(pk__in=LogEntry.objects.values("content_type").distinct()):
        model = content_type.model_class()
        if model is not None and _can_view(user, model):
            allowed.append(content_type.pk)
    return allowed


def recent_changes(user, limit=RECENT_CHANGES):
    entries = LogEntry.objects.select_related("user", "content_type").order_by("-action_time", "-pk")
    allowed = visible_content_types(user)
    if allowed is not None:
        # Catalogue saves (core/catalogues.py) name no model; every staff member may see who saved a text.
        entries = entries.filter(Q(content_type__in=allowed) | Q(content_type__isnull=True))
    entries = entries[:limit]
    changes = []
    for entry in entries:
        model = entry.content_type.model_class() if entry.content_type else None
        if entry.is_change() and model is not None:
            message = render_change_message(entry.change_message, [model])
        else:
            message = entry.get_change_message()
        changes.append({"entry": entry, "model": model, "message": message, "url": entry.get_admin_url()})
    return changes


@register.inclusion_tag("admin/includes/needs_staff.html", takes_context=True)
def needs_staff(context):
    request = context["request"]
    return {
        "missing_rows": missing_languages_by_model(request.user),
        "scheduled": scheduled_articles(request.user),
        "recent_changes": recent_changes(request.user),
        "languages": LANGUAGE_CODES,
    }
