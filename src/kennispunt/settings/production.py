"""Production settings: the base settings, hardened, refusing to start half-configured."""

from django.core.exceptions import ImproperlyConfigured

from . import *  # noqa: F403
from . import INSECURE_DEVELOPMENT_KEY, env

KENNISPUNT_ENVIRONMENT = "production"

# SITE_URL: links in e-mails, calendar files and security.txt must point at the real site.
for _required in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL"):
    if not env.str(_required, default=""):
        raise ImproperlyConfigured(f"Production needs the environment variable {_required}.")
if env.str("SECRET_KEY") == INSECURE_DEVELOPMENT_KEY or len(env.str("SECRET_KEY")) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be a long random value in production.")

DEBUG = False
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
# A year (internet.nl asks at least that), for every subdomain, preload-ready. Switch off
# includeSubDomains while a subdomain still serves plain HTTP; without preload check --deploy
# warns (security.W021).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
# Load balancers and container health checks probe /health over plain HTTP on the private
# network; it carries no personal data, so it answers there instead of redirecting.
SECURE_REDIRECT_EXEMPT = [r"^health$"]
