from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language


@csrf_exempt
def language_switch(request: HttpRequest) -> HttpResponse:
    """Django's set_language without a CSRF token, so pages that show it can be shared.

    The switch sits in the footer of every page; with a per-visitor token in it no public page
    could be cached. A forged switch can only change the language cookie, and the browser's
    own Fetch Metadata header stops cross-site posts anyway.
    """
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return HttpResponseForbidden()
    return set_language(request)
