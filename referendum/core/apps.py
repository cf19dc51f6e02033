from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Pieces every section shares: language links, navigation, date formats, the seed-loading command."""

    name = "referendum.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib import admin
        from django.db.models.signals import post_migrate

        from .roles import sync_role_permissions

        post_migrate.connect(sync_role_permissions, dispatch_uid="portal-role-permissions")
        post_migrate.connect(sync_site_domain, dispatch_uid="portal-site-domain")

        from .page_cache import connect_invalidation

        connect_invalidation()

        admin.site.site_header = _("Referendum portal: administration")
        admin.site.site_title = _("Referendum portal")
        admin.site.index_title = _("Content of the portal")


def sync_site_domain(**kwargs):
    """The sitemap and the redirects speak of the site by its public domain (SITE_DOMAIN)."""
    from django.conf import settings
    from django.contrib.sites.models import Site

    Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": settings.SITE_DOMAIN, "name": settings.SITE_DOMAIN}
    )
