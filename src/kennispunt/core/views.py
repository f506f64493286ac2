from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import check_database, check_tasks
from .links import absolute_url


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """For operators and load balancers: 200 when the database and task backend answer.

    Workers falling behind make the status "degraded" but keep the answer 200: a load balancer
    would otherwise take every web process out of rotation for a problem none of them has.
    """
    tasks = check_tasks()
    checks = {"database": check_database(connection), "tasks": tasks.status}
    broken = any(result not in ("ok", "lagging") for result in checks.values())
    status = "error" if broken else "degraded" if tasks.status == "lagging" else "ok"
    return JsonResponse(
        {
            "status": status,
            "checks": checks,
            "worker_lag_seconds": tasks.worker_lag_seconds,
            "queue_depth": tasks.queue_depth,
        },
        status=503 if broken else 200,
    )


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page says: send them to the static file
    (its name carries a hash in production, so this is a temporary redirect, cached a day)."""
    response = HttpResponseRedirect(static("kennispunt/img/favicon.ico"))
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /beheer/",
        "Disallow: /account/",
        "Disallow: /partijen/lidmaatschap/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
