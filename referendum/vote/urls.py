from django.urls import path

from . import calendar, views

app_name = "vote"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("calendar.ics", calendar.referendum_calendar, name="calendar"),
    path("turnout/", views.TurnoutView.as_view(), name="turnout"),
    path("turnout/regions.csv", views.regions_csv, name="turnout-regions-csv"),
    path("turnout/national.csv", views.national_csv, name="turnout-national-csv"),
]
