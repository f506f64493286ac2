"""The project's URLs plus a second, plain Django login: what the login-route walk must catch."""

from django.contrib.auth.views import LoginView
from django.urls import include, path

urlpatterns = [
    # Django admin's login template posts to the page itself (no app_path outside the admin).
    path("verenigingen/<slug:slug>/inloggen/", LoginView.as_view(template_name="admin/login.html")),
    path("", include("kennispunt.urls")),
]
