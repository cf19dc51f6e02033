from django import template

from ..models import Article

register = template.Library()


@register.simple_tag
def latest_articles(limit=3):
    return list(Article.objects.published()[:limit])
