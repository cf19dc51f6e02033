"""Staff accounts the tests sign in with."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

PASSWORD = "a-long-test-password-42"


def make_user(name, *groups, **extra):
    user = get_user_model().objects.create_user(name, password=PASSWORD, is_staff=True, **extra)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def no_inline_changes(prefix, existing=0):
    """The management form of an inline formset that the test leaves as it is."""
    return {
        f"{prefix}-TOTAL_FORMS": str(existing),
        f"{prefix}-INITIAL_FORMS": str(existing),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def article_form(article, **changes):
    local = timezone.localtime(article.published_at)
    data = {
        "status": article.status,
        "published_at_0": local.strftime("%Y-%m-%d"),
        "published_at_1": local.strftime("%H:%M"),
        "slug": article.slug,
        "source_url": article.source_url,
        **no_inline_changes("corrections", article.corrections.count() if article.pk else 0),
    }
    for field in ("title", "lead", "body", "source_name", "cover_alt"):
        for code in ("kk", "ru", "en"):
            data[f"{field}_{code}"] = getattr(article, f"{field}_{code}") or ""
    if article.pk and "members" not in changes:
        data["members"] = [str(pk) for pk in article.members.values_list("pk", flat=True)]
        data["provisions"] = [str(pk) for pk in article.provisions.values_list("pk", flat=True)]
    data.update(changes)
    return data
