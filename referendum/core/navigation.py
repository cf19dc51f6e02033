"""The main menu, the home page's panels and the advertised feeds, as referendum/sections.py lists them."""

from django.urls import reverse

from referendum import sections


def navigation_items(current_view_name=""):
    return [
        {
            "url": reverse(item.url_name) + (f"#{item.fragment}" if item.fragment else ""),
            "label": item.label,
            "is_current": not item.fragment and item.is_current(current_view_name),
        }
        for item in sections.NAVIGATION
    ]


def home_panels():
    return list(sections.HOME_PANELS)


def feeds():
    return [{"url": reverse(url_name), "title": title} for url_name, title in sections.FEEDS]
