from django.db.models import Prefetch
from django.views.generic import DetailView, TemplateView

from referendum.about.models import terms_in
from referendum.core.content import LANGUAGE_CODES

from .comparison import cached_comparison
from .forms import ChangeFilterForm
from .models import Provision, Topic


class ProvisionIndexView(TemplateView):
    """Provisions grouped by topic, optionally only one kind of change."""

    query_parameters = ("change",)  # what the page cache keys on

    template_name = "provisions/provision_list.html"

    def get(self, request, *args, **kwargs):
        provisions = Provision.objects.published()
        offered = set(provisions.exclude(change="").values_list("change", flat=True).distinct())
        form = ChangeFilterForm(request.GET, offered=offered)
        status = 200 if form.is_valid() else 400
        change = form.cleaned_data.get("change", "") if status == 200 else ""
        if change:
            provisions = provisions.filter(change=change)
        topics = Topic.objects.prefetch_related(Prefetch("provisions", queryset=provisions, to_attr="shown"))
        context = self.get_context_data(
            form=form,
            change=change,
            topics=once_each(topics),
            without_topic=list(provisions.filter(topics=None)),
            change_label=Provision.Change(change).label if change else "",
        )
        return self.render_to_response(context, status=status)


def once_each(topics):
    """The topics with provisions to show, each provision under the first of its topics only: a provision
    filed under two topics is not listed twice on one page."""
    listed, shown = set(), []
    for topic in topics:
        topic.shown = [provision for provision in topic.shown if provision.pk not in listed]
        listed.update(provision.pk for provision in topic.shown)
        if topic.shown:
            shown.append(topic)
    return shown


class PublishedProvisionMixin:
    def get_queryset(self):
        return Provision.objects.published().prefetch_related("topics", "sources")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["news"] = list(self.object.news_articles.published()[:20])
        return context


class ProvisionDetailView(PublishedProvisionMixin, DetailView):
    template_name = "provisions/provision_detail.html"
    context_object_name = "provision"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        text = self.object.text
        if text.current_wording and text.draft_wording:
            context["comparison"] = cached_comparison(text.current_wording, text.draft_wording)
        context["glossary_terms"] = terms_in(text.title, text.explanation)
        return context


class ProvisionLanguagesView(PublishedProvisionMixin, DetailView):
    """One provision in Kazakh, Russian and English side by side, each column marked with its language."""

    template_name = "provisions/provision_languages.html"
    context_object_name = "provision"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = [(self.object.exact_text(code), self.object.has_language(code)) for code in LANGUAGE_CODES]
        return context
