from django.views.generic import TemplateView


class OpenDataView(TemplateView):
    """What the API offers, how to use it, and its licence."""

    template_name = "opendata/index.html"
