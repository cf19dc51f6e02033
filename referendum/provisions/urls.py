from django.urls import path

from . import views

app_name = "provisions"

urlpatterns = [
    path("", views.ProvisionIndexView.as_view(), name="index"),
    # Before the provisions' own addresses; models.RESERVED_SLUGS keeps a provision from taking this one.
    path("what-changes-for-me/", views.EasyReadView.as_view(), name="easy-read"),
    path("<slug:slug>/", views.ProvisionDetailView.as_view(), name="detail"),
    path("<slug:slug>/languages/", views.ProvisionLanguagesView.as_view(), name="languages"),
]
