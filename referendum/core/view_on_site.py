"""The admin's "View on site" at the portal's configured address (SITE_SCHEME, SITE_DOMAIN).

Django's own view (`contenttypes.views.shortcut`) redirects to the domain of the Sites framework's row, which is
synced from SITE_DOMAIN only at `migrate`, with the scheme of the admin's request: a portal started on another
port, or behind a proxy that ends TLS, would send staff to an address that does not answer. This view answers
at the same URL (portal/urls.py puts it before the admin's, so `admin:view_on_site`, every admin's and inline's
link, reaches it) and redirects to the object's page on `site_url()`. Drafts open there as a staff preview.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import HttpResponseRedirect

from .site import absolute_url


def view_on_site(request, content_type_id, object_id):
    shortcut(request, content_type_id, object_id)  # Django's checks: 404 for an unknown type or object
    obj = ContentType.objects.get_for_id(content_type_id).get_object_for_this_type(pk=object_id)
    return HttpResponseRedirect(absolute_url(obj.get_absolute_url()))
