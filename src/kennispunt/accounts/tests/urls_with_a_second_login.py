"""The project's URLs plus two logins of the kind the login-route walk must catch."""

from django.contrib.auth import authenticate, login
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_POST


@require_POST
def quick_login(request: HttpRequest) -> HttpResponse:
    """A login for scripts: no page, no second step."""
    user = authenticate(
        request, username=request.POST.get("username"), password=request.POST.get("password")
    )
    if user is None:
        return HttpResponse(status=401)
    login(request, user)
    return HttpResponse(status=204)


urlpatterns = [
    # Django admin's login template posts to the page itself (no app_path outside the admin).
    path("verenigingen/<slug:slug>/inloggen/", LoginView.as_view(template_name="admin/login.html")),
    path("api/snel-inloggen/", quick_login),
    path("", include("kennispunt.urls")),
]
