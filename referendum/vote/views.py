from django.utils.cache import patch_response_headers
from django.views.generic import TemplateView

from referendum.core.navigation import home_panels

from .models import Referendum

# A page showing a countdown in minutes is out of date a minute later; a reader without JavaScript reloads.
COUNTDOWN_CACHE_SECONDS = 60
SETTLED_CACHE_SECONDS = 300


class HomeView(TemplateView):
    template_name = "vote/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referendum = Referendum.objects.published().prefetch_related("timeline").first()
        context["referendum"] = referendum
        context["state"] = referendum.state() if referendum else None
        context["home_panels"] = home_panels()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        patch_response_headers(response, cache_timeout=self.cache_seconds(context["state"]))
        return response

    @staticmethod
    def cache_seconds(state):
        """Never let a cache keep the page past the moment the referendum's state changes."""
        if state is None:
            return SETTLED_CACHE_SECONDS
        limit = COUNTDOWN_CACHE_SECONDS if state.countdown else SETTLED_CACHE_SECONDS
        until_change = state.seconds_until_change()
        return limit if until_change is None else min(limit, until_change)
