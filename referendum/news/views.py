from django.templatetags.static import static
from django.views.generic import DetailView, ListView

from referendum.about.models import publishing_organisation
from referendum.core.site import absolute_url, site_url

from .models import Article

PAGE_SIZE = 10


class ArticleListView(ListView):
    """Newest first. A page number that is not a number or out of range is a 404 (Django's paginator)."""

    query_parameters = ("page",)  # what the page cache keys on

    template_name = "news/article_list.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE
    allow_empty = True

    def get_queryset(self):
        return Article.objects.published()


class ArticleDetailView(DetailView):
    """A published article for everyone; drafts and scheduled articles only for staff, as a preview."""

    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        articles = Article.objects.with_public_links()
        if self.request.user.is_active and self.request.user.is_staff:
            return articles
        return articles.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        published = Article.objects.published()
        context["is_preview"] = not article.is_public
        context["previous_article"] = published.filter(published_at__lt=article.published_at).first()
        context["next_article"] = (
            published.filter(published_at__gt=article.published_at).order_by("published_at").first()
        )
        context["structured_data"] = self.structured_data()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            response.headers["X-Robots-Tag"] = "noindex"
            response.headers["Cache-Control"] = "private, no-store"
        return response

    def structured_data(self):
        article, text = self.object, self.object.text
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": text.title,
            "description": text.lead,
            "datePublished": article.published_at.isoformat(),
            "dateModified": max(article.published_at, article.updated_at).isoformat(),
            "inLanguage": text.language,
            "mainEntityOfPage": site_url(article.get_absolute_url()),
            "author": (organisation := publishing_organisation()),
            "publisher": organisation,
            "image": [absolute_url(article.cover_image.url if article.cover_image else static("img/share.png"))],
        }
        if text.source_name:
            data["isBasedOn"] = article.source_url or text.source_name
        return data
