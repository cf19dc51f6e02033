"""The main menu, the home page's panels and the advertised feeds, as referendum/sections.py lists them."""

from django.urls import reverse

from referendum import sections


def navigation_items(current_view_name=""):
    current_section = current_view_name.split(":")[0]
    return [
        {"url": reverse(url_name), "label": label, "is_current": url_name.split(":")[0] == current_section}
        for url_name, label in sections.NAVIGATION
    ]


def home_panels():
    return list(sections.HOME_PANELS)


def feeds():
    return [{"url": reverse(url_name), "title": title} for url_name, title in sections.FEEDS]
