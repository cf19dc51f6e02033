from django import template

from ..models import Provision

register = template.Library()


@register.simple_tag
def featured_provisions(limit=6):
    return list(Provision.objects.published().filter(is_featured=True)[:limit])
