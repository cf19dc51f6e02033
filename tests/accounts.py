"""Staff accounts the tests sign in with."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "a-long-test-password-42"


def make_user(name, *groups, **extra):
    user = get_user_model().objects.create_user(name, password=PASSWORD, is_staff=True, **extra)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def make_superuser(name="chief"):
    return make_user(name, is_superuser=True)
