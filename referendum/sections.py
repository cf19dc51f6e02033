"""The portal's sections and what each one adds to the pages they share: one list per concern, read top to
bottom, in the order the pages show them. Nothing is discovered: a section that is not named here is not on the
menu, the home page, the sitemap or in search, and its seed does not run.

To add a content type, see docs/architecture.md ("Adding a content type").
"""

from django.utils.translation import gettext_lazy as _

from referendum.core.menu import MenuItem

# The main menu, in its order. On a phone it opens from one "Menu" button (templates/includes/header.html).
NAVIGATION = (
    MenuItem("vote:home", _("Referendum"), current_on=("vote:home", "vote:referendum")),
    MenuItem("vote:home", _("Key dates"), fragment="timeline-heading"),
    MenuItem("vote:current-turnout", _("Turnout"), current_on=("vote:turnout",), is_page=False),
    MenuItem("vote:archive", _("All referendums"), current_on=("vote:archive",)),
    MenuItem("commission:roster", _("Commission"), current_on=("commission",)),
    MenuItem(
        "provisions:index",
        _("What changes"),
        current_on=("provisions:index", "provisions:detail", "provisions:languages"),
    ),
    MenuItem("provisions:easy-read", _("What changes for me"), current_on=("provisions:easy-read",)),
    MenuItem("about:glossary", _("Glossary"), current_on=("about:glossary",)),
    MenuItem("news:list", _("News"), current_on=("news",)),
)

# Fixed pages the sitemap lists besides the menu's.
PAGES = (
    "about:index",
    "about:accessibility",
    "about:privacy",
    "about:glossary",
    "opendata:index",
)

# Panels of the home page, after the referendum's own.
HOME_PANELS = (
    "provisions/includes/home_panel.html",
    "news/includes/home_panel.html",
)

# Feeds every page advertises (url name, title).
FEEDS = (("news:feed", _("News of the constitutional reform")),)

# Apps whose models staff edit: the roles' permissions, and a save of any of them empties every cache.
CONTENT_APPS = ("vote", "commission", "provisions", "news", "about")

# Seed modules (each with `load()`), in the order they run: the news links its articles to members and
# provisions, so it comes after both.
SEEDS = (
    "referendum.vote.seed",
    "referendum.commission.seed",
    "referendum.provisions.seed",
    "referendum.news.seed",
    "referendum.about.seed",
)

# Modules whose `SOURCES` list what search indexes.
SEARCH_SOURCES = (
    "referendum.vote.search",
    "referendum.commission.search",
    "referendum.provisions.search",
    "referendum.news.search",
    "referendum.about.search",
)

# Modules whose `SITEMAPS` name the sections of /sitemap.xml.
SITEMAPS = (
    "referendum.vote.sitemaps",
    "referendum.commission.sitemaps",
    "referendum.provisions.sitemaps",
    "referendum.news.sitemaps",
)
