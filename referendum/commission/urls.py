from django.urls import path

from . import views

app_name = "commission"

urlpatterns = [
    path("", views.RosterView.as_view(), name="roster"),
    path("<slug:slug>/", views.MemberView.as_view(), name="member"),
]
