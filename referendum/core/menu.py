"""One item of the main menu, as referendum/sections.py lists them (a module of its own: the sections' list
imports it, and the menu's code imports the list)."""

from typing import NamedTuple


class MenuItem(NamedTuple):
    url_name: str
    label: str
    # The views on which this item is the current page: a view's full name ("vote:archive"), or an app's name
    # for all its views ("news").
    current_on: tuple = ()
    # A part of the page to open at ("timeline-heading"): such an item is never the current page.
    fragment: str = ""
    # False for an address that only redirects (the sitemap lists pages, not redirects).
    is_page: bool = True

    def is_current(self, view_name):
        section = view_name.split(":")[0]
        return bool(view_name) and any(name in (view_name, section) for name in self.current_on)
