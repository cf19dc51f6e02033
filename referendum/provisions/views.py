from django.db.models import Prefetch
from django.views.generic import DetailView, TemplateView

from referendum.about.models import terms_in
from referendum.core.content import LANGUAGE_CODES

from .comparison import cached_comparison
from .forms import TopicFilterForm
from .models import EasyReadPoint, EasyReadSection, Provision, Topic


class ProvisionIndexView(TemplateView):
    """Provisions grouped by topic, or the provisions of one topic: every one of them, with a kind of change or
    without."""

    query_parameters = ("topic",)  # what the page cache keys on

    template_name = "provisions/provision_list.html"

    def get(self, request, *args, **kwargs):
        provisions = Provision.objects.published()
        topics = list(Topic.objects.prefetch_related(Prefetch("provisions", queryset=provisions, to_attr="shown")))
        offered = {topic.slug for topic in topics if topic.shown}
        form = TopicFilterForm(request.GET, topics=topics, offered=offered)
        status = 200 if form.is_valid() else 400
        chosen = next((t for t in topics if status == 200 and t.slug == form.cleaned_data["topic"]), None)
        context = self.get_context_data(
            form=form,
            chosen_topic=chosen,
            # One topic: all of its provisions, even those listed under another topic on the whole index.
            topics=([chosen] if chosen.shown else []) if chosen else once_each(topics),
            without_topic=[] if chosen else list(provisions.filter(topics=None)),
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


class EasyReadView(TemplateView):
    """The "What changes for me" page: the main points in short sentences and everyday words, each linked to the
    provision it comes from and that provision's sources. Staff write it in the admin (EasyReadSection and
    EasyReadPoint)."""

    template_name = "provisions/easy_read.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        points = EasyReadPoint.objects.select_related("provision").prefetch_related("provision__sources")
        sections = list(
            EasyReadSection.objects.published().prefetch_related(Prefetch("points", queryset=points, to_attr="shown"))
        )
        texts = [section.text.heading for section in sections]
        texts += [point.text.body for section in sections for point in section.shown]
        changed = [section.updated_at for section in sections] + [p.updated_at for s in sections for p in s.shown]
        context.update(
            sections=sections,
            glossary_terms=terms_in(*texts),
            last_changed=max(changed, default=None),
        )
        return context
