from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from kennispunt.accounts.views import login_elsewhere
from kennispunt.caching import views as caching_views
from kennispunt.core import media as core_media
from kennispunt.core import views as core_views
from kennispunt.core.observability import views as observability_views
from kennispunt.core.security_txt import security_txt

# Every login goes through allauth (two-step verification for staff, rate limits): the login
# URLs of Django's admin, Wagtail's admin and Wagtail's private pages only point there.
admin.site.login = login_elsewhere  # type: ignore[method-assign]

# Dutch error pages in the site's layout (core.errors); the 500 page needs no database.
handler400 = "kennispunt.core.errors.bad_request"
handler403 = "kennispunt.core.errors.permission_denied"
handler404 = "kennispunt.core.errors.page_not_found"
handler500 = "kennispunt.core.errors.server_error"

urlpatterns = [
    path("health", core_views.health, name="health"),
    path("metrics", observability_views.metrics, name="metrics"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("i18n/setlang/", caching_views.language_switch, name="set_language"),
    path("", include("kennispunt.dashboards.urls")),
    path("beheer/cms/login/", login_elsewhere, name="wagtailadmin_login_elsewhere"),
    path("_util/login/", login_elsewhere, name="wagtail_login_elsewhere"),
    path("beheer/cms/", include(wagtailadmin_urls)),
    path("beheer/django/", admin.site.urls),
    path("documenten/", include(wagtaildocs_urls)),
    path("account/", include("kennispunt.accounts.urls")),
    path("account/", include("allauth.urls")),
    # Before parties: its <slug>/ patterns would take "financien".
    path("partijen/", include("kennispunt.finance.urls")),
    path("partijen/", include("kennispunt.parties.urls")),
    path("zoeken/", include("kennispunt.search.urls")),
    path("verkiezingen/", include("kennispunt.candidates.urls")),
    path("verkiezingen/", include("kennispunt.elections.urls")),
    path("trainingen/", include("kennispunt.trainings.urls")),
    path("helpdesk/", include("kennispunt.helpdesk.urls")),
    path("forum/", include("kennispunt.forum.urls")),
    path("nieuwsbrief/", include("kennispunt.newsletter.urls")),
    path("voor-gemeenten/", include("kennispunt.outreach.urls")),
    path("wethouderspool/", include("kennispunt.alderman_pool.urls")),
]

# django-anymail webhooks: inbound mail for the helpdesk, bounces and complaints for the
# newsletter. Without a secret anymail would accept unauthenticated posts, so they only exist
# when ANYMAIL_WEBHOOK_SECRET is set.
if settings.ANYMAIL.get("WEBHOOK_SECRET"):
    urlpatterns += [path("anymail/", include("anymail.urls"))]

if settings.SERVE_MEDIA:
    # Only images: documents and forum attachments also live in MEDIA_ROOT, but they must go
    # through their views, which check who may download them (collection privacy, membership).
    # The pattern alone cannot promise that (the path arrives decoded); the view checks the file.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.*)$",
            core_media.image,
            name="media_image",
        ),
    ]

# Wagtail serves everything else: editorial pages, including the section pages in the header.
urlpatterns += [path("", include(wagtail_urls))]
