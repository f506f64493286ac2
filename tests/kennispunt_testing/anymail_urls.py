"""The site's URLs with the anymail webhooks mounted, as they are when a secret is configured."""

from django.urls import include, path

from kennispunt.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("anymail/", include("anymail.urls")), *site_urlpatterns]
