from django.urls import path

from . import views

app_name = "provisions"

urlpatterns = [
    path("", views.ProvisionIndexView.as_view(), name="index"),
    path("<slug:slug>/", views.ProvisionDetailView.as_view(), name="detail"),
    path("<slug:slug>/languages/", views.ProvisionLanguagesView.as_view(), name="languages"),
]
