from datetime import date

from django.urls import path, register_converter

from . import calendar, views

app_name = "vote"


class VotingDateConverter:
    """A referendum's voting date in its address, as YYYY-MM-DD. A date that does not exist (2022-02-30) is no
    match, so a 404, never a 500."""

    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value):
        return date.fromisoformat(value)  # ValueError: Django tries the next pattern, then answers 404

    def to_url(self, value):
        return value.isoformat()


register_converter(VotingDateConverter, "voting_date")

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("calendar.ics", calendar.referendum_calendar, name="calendar"),
    path("referendums/", views.ArchiveView.as_view(), name="archive"),
    path("referendums/results.csv", views.results_csv, name="results-csv"),
    path("referendums/current/turnout/", views.CurrentTurnoutRedirect.as_view(), name="current-turnout"),
    path("referendums/<voting_date:voting_date>/", views.ReferendumView.as_view(), name="referendum"),
    path("referendums/<voting_date:voting_date>/turnout/", views.TurnoutView.as_view(), name="turnout"),
    path("referendums/<voting_date:voting_date>/turnout/regions.csv", views.regions_csv, name="turnout-regions-csv"),
    path(
        "referendums/<voting_date:voting_date>/turnout/national.csv",
        views.national_csv,
        name="turnout-national-csv",
    ),
    # The addresses the 2026 turnout pages had while the portal knew one referendum: they redirect for good.
    path("turnout/", views.FirstAddressRedirect.as_view(pattern_name="vote:turnout"), name="first-turnout"),
    path(
        "turnout/regions.csv",
        views.FirstAddressRedirect.as_view(pattern_name="vote:turnout-regions-csv"),
        name="first-turnout-regions-csv",
    ),
    path(
        "turnout/national.csv",
        views.FirstAddressRedirect.as_view(pattern_name="vote:turnout-national-csv"),
        name="first-turnout-national-csv",
    ),
]
