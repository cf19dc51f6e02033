"""The admin's words that Django and django-axes keep in English where no catalogue reaches them.

- django-axes has no `verbose_name` for its app, so the admin calls it "Axes" (upper case on the index): it is
  named here, in the admin's language.
- Select2 (the admin's pickers) has no Kazakh catalogue: the portal ships one and names it for the kk admin.
- Group names are rows in the database ("Editors", "Translators", made by core's migration and roles.py) and every
  permission's name is English text Django wrote at `migrate` ("Can add glossary term"). The user and group
  admins show the portal's roles by their translated names, and each of Django's four default permissions as a
  sentence made from the model's verbose name in the reader's language; a permission of any other kind is shown
  through the catalogues, as stored when no catalogue has it.

`use_portal_wording(admin.site)` applies both; core's admin module calls it once.
"""

from django.apps import apps
from django.contrib import admin
from django.contrib.admin import widgets as admin_widgets
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .roles import EDITORS, TRANSLATORS

# The portal's roles, by the name their group has in the database.
ROLE_NAMES = {EDITORS: _("Editors"), TRANSLATORS: _("Translators")}

# Django's default permissions, one whole sentence each so that no language has to inflect the model's name
# after a verb: the name stands after a colon, as it is.
PERMISSION_SENTENCES = {
    "add": _("Can add: %(model)s"),
    "change": _("Can change: %(model)s"),
    "delete": _("Can delete: %(model)s"),
    "view": _("Can view: %(model)s"),
}

SIGN_IN_RECORDS = _("Sign-ins")


def group_name(group):
    """A group as staff read it: a portal role by its translated name, any other group by its own."""
    name = group.name if isinstance(group, Group) else str(group)
    return str(ROLE_NAMES.get(name, name))


def permission_name(permission):
    """ "Section | Can add: news article", in the active language, for Django's default permissions; any other
    permission by its stored name, through the catalogues."""
    model = permission.content_type.model_class()
    if model is None:
        return str(permission)
    options = model._meta
    action, _separator, model_name = permission.codename.partition("_")
    if model_name == options.model_name and action in PERMISSION_SENTENCES:
        sentence = PERMISSION_SENTENCES[action] % {"model": options.verbose_name}
    else:
        sentence = gettext(permission.name)
    return f"{capfirst(options.app_config.verbose_name)} | {sentence}"


class Named:
    """An object shown under another name (a group by its role's name) on the admin's pages, everything else as
    it is: the templates read `pk`, `_meta` and the rest from the object itself."""

    def __init__(self, obj, name):
        self._obj = obj
        self._name = name

    def __getattr__(self, attribute):
        return getattr(self._obj, attribute)

    def __str__(self):
        return self._name


class RoleFilter(admin.RelatedFieldListFilter):
    """The user list's group filter, with the roles' translated names."""

    def field_choices(self, field, request, model_admin):
        return [(pk, group_name(name)) for pk, name in super().field_choices(field, request, model_admin)]


class TranslatedChoicesMixin:
    """Groups and permissions offered in the forms by their names in the admin's language."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and db_field.related_model is Group:
            field.label_from_instance = group_name
        elif field is not None and db_field.related_model is Permission:
            field.label_from_instance = permission_name
        return field


class PortalUserAdmin(TranslatedChoicesMixin, UserAdmin):
    list_filter = tuple(("groups", RoleFilter) if name == "groups" else name for name in UserAdmin.list_filter)


class PortalGroupAdmin(TranslatedChoicesMixin, GroupAdmin):
    """Groups by their roles' names in the list, the headings, the breadcrumbs and the delete confirmation."""

    list_display = ("role_name",)

    @admin.display(description=_("name"), ordering="name")
    def role_name(self, group):
        return group_name(group)

    def action_checkbox(self, group):
        return super().action_checkbox(Named(group, group_name(group)))

    def _named(self, request, object_id):
        group = self.get_object(request, object_id)
        return None if group is None else Named(group, group_name(group))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        named = self._named(request, object_id)
        if named is not None:
            extra_context = {"subtitle": str(named), "original": named, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        named = self._named(request, object_id)
        if named is not None:
            title = gettext("Change history: %s") % named
            extra_context = {"title": title, "object": named, **(extra_context or {})}
        return super().history_view(request, object_id, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        named = self._named(request, object_id)
        if named is not None:
            extra_context = {"object": named, "escaped_object": str(named), **(extra_context or {})}
        return super().delete_view(request, object_id, extra_context)

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        renamed = {f">{escape(group.name)}</a>": f">{escape(group_name(group))}</a>" for group in objs}
        return [self._rename(item, renamed) for item in to_delete], model_count, perms_needed, protected

    def _rename(self, item, renamed):
        if isinstance(item, list):
            return [self._rename(child, renamed) for child in item]
        for old, new in renamed.items():
            if str(item).endswith(old):
                return type(item)(str(item)[: -len(old)] + new)
        return item


def use_portal_wording(site):
    """Names django-axes' section and puts the user and group admins above in place of Django's."""
    apps.get_app_config("axes").verbose_name = SIGN_IN_RECORDS
    # Select2 has no Kazakh: the search-as-you-type pickers said "Searching…" and lang="None" in the kk admin.
    # static/admin/js/vendor/select2/i18n/kk.js is the portal's own.
    admin_widgets.SELECT2_TRANSLATIONS.setdefault("kk", "kk")
    for model, model_admin in ((get_user_model(), PortalUserAdmin), (Group, PortalGroupAdmin)):
        if site.is_registered(model):
            site.unregister(model)
        site.register(model, model_admin)
