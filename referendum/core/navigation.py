"""The main menu, built from the sections that are installed.

A section's AppConfig lists its entries as `navigation = [(url_name, label), ...]`; a section that is not
installed has no entry, so the menu never links to a page that does not exist.
"""

from django.apps import apps
from django.urls import reverse


def navigation_items(current_view_name=""):
    items = []
    for app_config in apps.get_app_configs():
        for url_name, label in getattr(app_config, "navigation", ()):
            section = url_name.split(":")[0]
            items.append(
                {
                    "url": reverse(url_name),
                    "label": label,
                    "is_current": current_view_name.split(":")[0] == section,
                }
            )
    return items


def home_panels():
    """Templates that sections contribute to the home page (`home_panels` on their AppConfig)."""
    return [template for app_config in apps.get_app_configs() for template in getattr(app_config, "home_panels", ())]


def feeds():
    """Feeds that sections advertise on every page (`feeds` on their AppConfig)."""
    return [
        {"url": reverse(url_name), "title": title}
        for app_config in apps.get_app_configs()
        for url_name, title in getattr(app_config, "feeds", ())
    ]
