from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog, set_language

from referendum.core.sitemaps import sitemap_index, sitemap_section
from referendum.core.translation_status import TranslationStatusView
from referendum.core.view_on_site import view_on_site
from referendum.core.views import robots_txt
from referendum.opendata.api import api

# A refusal is a page of the portal in the address's language, with the reason and a way back.
handler403 = "referendum.core.views.permission_denied"

# The language switcher posts here from every public page. Choosing a display language is harmless, and a
# CSRF token in each page would tie every cached page to one visitor's cookie, so this one view is exempt.
remember_language = csrf_exempt(set_language)

urlpatterns = [
    path("i18n/setlang/", remember_language, name="set_language"),
    path("robots.txt", robots_txt, name="robots"),
    path("api/v1/", api.urls),
    # Cached by the page cache with everything else, so an unpublished page leaves it at once.
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap-section"),
    path("favicon.ico", RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg", permanent=True)),
]

urlpatterns += i18n_patterns(
    path("", include("referendum.vote.urls")),
    path("commission/", include("referendum.commission.urls")),
    path("provisions/", include("referendum.provisions.urls")),
    path("news/", include("referendum.news.urls")),
    path("search/", include("referendum.search.urls")),
    path("open-data/", include("referendum.opendata.urls")),
    path("", include("referendum.about.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("admin/translations/", admin.site.admin_view(TranslationStatusView.as_view()), name="translation-status"),
    path("admin/catalogues/", include("referendum.core.catalogues")),
    # "View on site" at SITE_DOMAIN, not at the Sites table's domain: the same URL as the admin's own view.
    path("admin/r/<int:content_type_id>/<path:object_id>/", admin.site.admin_view(view_on_site)),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

# Without object storage, uploads live in MEDIA_ROOT and the app serves them itself, with DEBUG on or off (a
# proxy in front may serve the directory instead: see the README). They are re-encoded images, never HTML.
if not settings.S3_BUCKET:
    from django.views.decorators.http import require_safe
    from django.views.static import serve

    @require_safe
    def serve_upload(request, path):
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
        response["Cache-Control"] = "public, max-age=86400"
        return response

    urlpatterns += [path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", serve_upload, name="media")]
