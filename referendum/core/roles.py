"""The two kinds of staff. Editors write and publish everything; translators change the translatable text
of every content model, in every language, and nothing else.

The groups are created by a migration (core 0001); which permissions they hold is worked out after every
`migrate` from the content models that exist then, so a section added later is covered without new code.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from modeltranslation.translator import NotRegistered, translator

from referendum import sections

EDITORS = "Editors"
TRANSLATORS = "Translators"


def content_models():
    """Every model staff edit: the models of the content sections (sections.CONTENT_APPS), translated or not
    (turnout snapshots and regional figures are numbers)."""
    return [model for model in apps.get_models() if model._meta.app_label in sections.CONTENT_APPS]


def translatable_field_names(model):
    """The per-language columns (title_kk, title_ru, ...) of a model, the only fields translators change."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return set()
    return {field.name for fields in options.all_fields.values() for field in fields}


def translator_editable_field_names(model):
    """The per-language columns a translator may change: all but those the model keeps verbatim (the ballot's
    official wording is an editor's decision, whoever translates the rest)."""
    return translatable_field_names(model) - set(getattr(model, "verbatim_translations", ()))


def in_group(user, name):
    cache = getattr(user, "_portal_groups", None)
    if cache is None:
        cache = user._portal_groups = (
            set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
        )
    return name in cache


def is_translator_only(user):
    """A translator who is neither an editor nor a superuser: the admin restricts them to translations."""
    return (
        user.is_authenticated and not user.is_superuser and in_group(user, TRANSLATORS) and not in_group(user, EDITORS)
    )


def can_edit_catalogues(user):
    """Who may edit the interface catalogues in Rosetta."""
    return user.is_authenticated and user.is_active and (user.is_superuser or in_group(user, TRANSLATORS))


def sync_role_permissions(**kwargs):
    """Give the groups their permissions on every content model (run after each migrate)."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    editor_permissions, translator_permissions = [], []
    for model in content_models():
        content_type = ContentType.objects.get_for_model(model)
        permissions = {p.codename: p for p in Permission.objects.filter(content_type=content_type)}
        name = model._meta.model_name
        editor_permissions += [
            permissions[f"{action}_{name}"]
            for action in ("add", "change", "delete", "view")
            if f"{action}_{name}" in permissions
        ]
        translator_permissions += [
            permissions[f"{action}_{name}"] for action in ("change", "view") if f"{action}_{name}" in permissions
        ]
    editors.permissions.add(*editor_permissions)
    translators.permissions.add(*translator_permissions)
