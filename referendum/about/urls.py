from django.urls import path

from . import views

app_name = "about"

urlpatterns = [
    path("about/", views.AboutView.as_view(), name="index"),
    path("about/accessibility/", views.AccessibilityView.as_view(), name="accessibility"),
    path("about/privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("glossary/", views.GlossaryView.as_view(), name="glossary"),
]
