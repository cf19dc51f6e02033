"""The yardstick for `make bench`: a bare Django view (no database, no middleware) under the same gunicorn
configuration as the portal."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="benchmark-only",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def bare(request):
    return HttpResponse("<!doctype html><title>bare</title><p>bare Django view</p>")


urlpatterns = [path("", bare)]
application = get_wsgi_application()
