from django.urls import reverse_lazy
from django.views.generic import ListView, TemplateView

from referendum.news.models import Correction

from .models import GlossaryTerm, PortalDetails


class AboutView(TemplateView):
    template_name = "about/about.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            details=PortalDetails.current(),
            corrections=Correction.objects.public().select_related("article")[:50],
            **kwargs,
        )


class AccessibilityView(TemplateView):
    template_name = "about/accessibility.html"
    extra_context = {"about_url": reverse_lazy("about:index")}


class PrivacyView(TemplateView):
    template_name = "about/privacy.html"


class GlossaryView(ListView):
    template_name = "about/glossary.html"
    context_object_name = "terms"

    def get_queryset(self):
        return GlossaryTerm.objects.published()
