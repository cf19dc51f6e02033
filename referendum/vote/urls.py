from django.urls import path

from . import calendar, views

app_name = "vote"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("calendar.ics", calendar.referendum_calendar, name="calendar"),
]
