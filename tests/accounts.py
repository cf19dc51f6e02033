"""Staff accounts the tests sign in with."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

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
