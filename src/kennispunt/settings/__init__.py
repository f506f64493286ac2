"""Kennispunt settings: the one module that reads the environment.

With no variables set the site runs on the embedded defaults: SQLite in ``var/``, a cache in
that database, the database task backend and e-mail printed to the console.
``production.py`` tightens this and refuses to start without the secrets it needs;
``test.py`` makes the test suite fast and self-contained.

Importing this module only reads: it creates no folders and sets no environment variables.
What the processes need on disk (``var/``, the metrics folder) is made at start-up by
``kennispunt.core.local_folders`` (from CoreConfig.ready). Every app's defaults live here, and
code reads ``settings.X`` without a fallback of its own.
"""

from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from kennispunt.core.csp import admin_directives, public_directives

BASE_DIR = Path(__file__).resolve().parents[3]
PACKAGE_DIR = BASE_DIR / "src" / "kennispunt"
VAR_DIR = Path(environ.Env().str("KENNISPUNT_VAR_DIR", default=str(BASE_DIR / "var")))

env = environ.Env()

KENNISPUNT_ENVIRONMENT = env.str("KENNISPUNT_ENVIRONMENT", default="development")

# An insecure key is fine for a development checkout only; production.py refuses it.
INSECURE_DEVELOPMENT_KEY = "django-insecure-kennispunt-development-only"
SECRET_KEY = env.str("SECRET_KEY", default=INSECURE_DEVELOPMENT_KEY)
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    # Our apps first, so their templates override those of the libraries.
    "kennispunt.core",
    "kennispunt.accounts",
    "kennispunt.parties",
    "kennispunt.pages",
    "kennispunt.knowledge",
    "kennispunt.outreach",
    "kennispunt.elections",
    "kennispunt.candidates",
    "kennispunt.finance",
    "kennispunt.trainings",
    "kennispunt.helpdesk",
    "kennispunt.alderman_pool",
    "kennispunt.forum",
    "kennispunt.mailings",
    "kennispunt.newsletter",
    "kennispunt.demo",
    "kennispunt.search",
    "kennispunt.dashboards",
    "kennispunt.backups",
    # After every app that registers cacheable views and content models (in its ready()).
    "kennispunt.caching",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background work
    "django_tasks",
    "django_tasks_db",
    "django_htmx",
    "anymail",
    # Request ids (see Observability) and the Content Security Policy (see Security headers).
    "django_guid",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    # Outermost, before SecurityMiddleware and the page cache: every answer gets an id, a log
    # line and a latency observation, cached ones and redirects included.
    "django_guid.middleware.guid_middleware",
    "kennispunt.core.observability.middleware.AccessLogMiddleware",
    # A public page cache hit is answered here, with the headers every middleware below gave
    # the miss that filled it (see "Public page cache"); the rules part is last.
    "kennispunt.caching.middleware.PublicPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware: every response gets these headers, also one that a cache
    # layer further down answers with (see "Security headers" below).
    "kennispunt.core.csp.KennispuntCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kennispunt.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "kennispunt.accounts.middleware.StaffMFARequiredMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last on purpose: it sees what the view did (session, CSRF token, messages) and decides
    # whether the answer may be shared.
    "kennispunt.caching.middleware.PublicPageCacheRules",
]

ROOT_URLCONF = "kennispunt.urls"
FORM_RENDERER = "kennispunt.core.forms.KennispuntFormRenderer"
WSGI_APPLICATION = "kennispunt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "kennispunt.core.context_processors.site",
                "kennispunt.core.context_processors.personal",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------------------------
# An empty variable counts as unset, so `DATABASE_URL= cmd` means "the embedded default".
DATABASE_URL = env.str("DATABASE_URL", default="") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web server and the task worker share one SQLite file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "kennispunt.core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kennispunt",
        }
    }
else:
    # In the database, not in each process's memory: bin/start runs two web processes, and a
    # rate limit (allauth's and ours) must count every attempt, whichever process answers.
    # `migrate` makes its table (core.apps). Past MAX_ENTRIES rows the expired ones are deleted,
    # and only then live ones (by key, not by age): a live counter must not go that way.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "kennispunt_cache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# --- Background tasks ------------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# Finished task results carry their arguments (for e-mail: recipient and text), so they are
# deleted after this many days; failed ones are kept longer for investigation.
TASK_RESULT_RETENTION_DAYS = env.int("TASK_RESULT_RETENTION_DAYS", default=7)
TASK_RESULT_FAILED_RETENTION_DAYS = env.int("TASK_RESULT_FAILED_RETENTION_DAYS", default=30)

# --- E-mail ----------------------------------------------------------------------------------
# EMAIL_URL examples: consolemail://, filemail:///path, smtp://user:pass@host:587/?tls=True
_email = env.email_url_config(env.str("EMAIL_URL", default="") or "consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = int(_email.get("EMAIL_PORT") or 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = bool(_email.get("EMAIL_USE_TLS"))
EMAIL_USE_SSL = bool(_email.get("EMAIL_USE_SSL"))
EMAIL_TIMEOUT = 30
EMAIL_FILE_PATH = _email.get("EMAIL_FILE_PATH") or str(VAR_DIR / "mail")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Kennispunt <noreply@kennispunt.nl>")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
KENNISPUNT_CONTACT_EMAIL = env.str("KENNISPUNT_CONTACT_EMAIL", default="info@kennispunt.nl")
KENNISPUNT_CONTACT_PHONE = env.str("KENNISPUNT_CONTACT_PHONE", default="030 123 45 67")

# Trainings: hours to confirm a seat offered from the waiting list, days before the session of
# the first reminder, and days after a session that attendee data is kept (then anonymised).
TRAININGS_OFFER_HOURS = env.int("TRAININGS_OFFER_HOURS", default=48)
TRAININGS_REMINDER_DAYS = env.int("TRAININGS_REMINDER_DAYS", default=3)
TRAININGS_RETENTION_DAYS = env.int("TRAININGS_RETENTION_DAYS", default=365)

# Candidates who did not make a party's list are anonymised this many days after election day.
CANDIDATES_RETENTION_DAYS = env.int("CANDIDATES_RETENTION_DAYS", default=90)
# A Fernet key for VOG documents a party chooses to keep; empty: derived from SECRET_KEY.
CANDIDATES_ENCRYPTION_KEY = env.str("CANDIDATES_ENCRYPTION_KEY", default="")
# --- Helpdesk ------------------------------------------------------------------------------
# Mail to HELPDESK_ADDRESS becomes a ticket; replies go to helpdesk+<token>@ the same domain.
HELPDESK_ADDRESS = env.str("HELPDESK_ADDRESS", default="helpdesk@kennispunt.nl")
HELPDESK_FROM_EMAIL = env.str(
    "HELPDESK_FROM_EMAIL", default=f"Kennispunt helpdesk <{HELPDESK_ADDRESS}>"
)
HELPDESK_PHONE_HOURS = env.str(
    "HELPDESK_PHONE_HOURS", default="maandag tot en met vrijdag, 9.00-17.00 uur"
)
# e.g. imaps://user:password@imap.example.org:993/INBOX; empty: no polling.
HELPDESK_IMAP_URL = env.str("HELPDESK_IMAP_URL", default="")
HELPDESK_IMAP_POLL_MINUTES = env.int("HELPDESK_IMAP_POLL_MINUTES", default=2)
# django-anymail webhooks at /anymail/<esp>/inbound/ (helpdesk mail in) and
# /anymail/<esp>/tracking/ (newsletter bounces and complaints): basic auth with
# ANYMAIL_WEBHOOK_SECRET ("user:password") plus the provider's own signature key, e.g.
# ANYMAIL_MAILGUN_WEBHOOK_SIGNING_KEY. Empty secret: those URLs do not exist, because anymail
# would otherwise accept unauthenticated posts.
ANYMAIL = {
    key: value
    for key, value in {
        "WEBHOOK_SECRET": env.str("ANYMAIL_WEBHOOK_SECRET", default=""),
        "MAILGUN_WEBHOOK_SIGNING_KEY": env.str("ANYMAIL_MAILGUN_WEBHOOK_SIGNING_KEY", default=""),
    }.items()
    if value
}
# Shared secret for the raw inbound webhook (Authorization: Bearer <secret>); empty: off.
HELPDESK_INBOUND_SECRET = env.str("HELPDESK_INBOUND_SECRET", default="")
HELPDESK_FIRST_RESPONSE_DAYS = env.int("HELPDESK_FIRST_RESPONSE_DAYS", default=2)
HELPDESK_RESOLUTION_DAYS = env.int("HELPDESK_RESOLUTION_DAYS", default=10)
HELPDESK_AUTO_CLOSE_DAYS = env.int("HELPDESK_AUTO_CLOSE_DAYS", default=14)
HELPDESK_RETENTION_DAYS = env.int("HELPDESK_RETENTION_DAYS", default=730)
HELPDESK_MAX_ATTACHMENT_BYTES = env.int("HELPDESK_MAX_ATTACHMENT_BYTES", default=10 * 1024 * 1024)
HELPDESK_MAX_MESSAGE_BYTES = env.int("HELPDESK_MAX_MESSAGE_BYTES", default=50 * 1024 * 1024)
# More than this many messages from one sender within the window is treated as a mail loop.
HELPDESK_LOOP_LIMIT = env.int("HELPDESK_LOOP_LIMIT", default=20)
HELPDESK_LOOP_WINDOW_MINUTES = env.int("HELPDESK_LOOP_WINDOW_MINUTES", default=60)
# Attachments and raw e-mail live outside MEDIA_ROOT: they are only served through a checked view.
HELPDESK_PRIVATE_ROOT = Path(
    env.str("HELPDESK_PRIVATE_ROOT", default=str(VAR_DIR / "private" / "helpdesk"))
)
# --- Newsletter and bulk mail ----------------------------------------------------------------
# The mailings app sends the newsletter and the outreach mail; its settings keep the NEWSLETTER_
# names existing deployments use. RATE_PER_SECOND 0: no pause between messages.
NEWSLETTER_FROM_EMAIL = env.str("NEWSLETTER_FROM_EMAIL", default=DEFAULT_FROM_EMAIL)
NEWSLETTER_UNSUBSCRIBE_MAILTO = env.str(
    "NEWSLETTER_UNSUBSCRIBE_MAILTO", default="afmelden@kennispunt.nl"
)
NEWSLETTER_MESSAGE_ID_DOMAIN = env.str("NEWSLETTER_MESSAGE_ID_DOMAIN", default="kennispunt.nl")
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=200)
NEWSLETTER_RATE_PER_SECOND = env.float("NEWSLETTER_RATE_PER_SECOND", default=20.0)
# After this many seconds another worker may take over a batch a (dead) worker had claimed.
NEWSLETTER_CLAIM_TIMEOUT = env.int("NEWSLETTER_CLAIM_TIMEOUT", default=600)
# Bounces and complaints arrive through django-anymail's tracking webhooks (see ANYMAIL above).

# --- Accounts --------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboards:mine"
LOGOUT_REDIRECT_URL = "/"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kennispunt] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https") else "http"
ACCOUNT_ADAPTER = "kennispunt.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "kennispunt.accounts.forms.SignupForm"}
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "10/h/ip",
    "reset_password": "10/h/ip,3/h/key",
    "reset_password_from_key": "20/m/ip",
}
# Behind N reverse proxies the visitor's address is the N-th X-Forwarded-For entry from the
# right; every rate limit (allauth's and ours, via core.http.client_ip) reads it from there.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Kennispunt"

# --- Internationalisation --------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
# First path wins: our Dutch for Django's and allauth's strings, then our own catalogue.
LOCALE_PATHS = [PACKAGE_DIR / "locale" / "overrides", PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("nl", _("Nederlands"))]

# --- Static and media files ------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "kennispunt.core.staticfiles.NpmFinder",
]
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
NODE_MODULES_DIR = BASE_DIR / "node_modules"
# Files from npm packages (NL Design System, htmx) served as they ship: static path -> package file.
NPM_STATIC_FILES = {
    "vendor/utrecht/index.css": "@utrecht/component-library-css/dist/index.css",
    "vendor/utrecht-tokens/theme.css": "@utrecht/design-tokens/dist/theme.css",
    "vendor/htmx/htmx.min.js": "htmx.org/dist/htmx.min.js",
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# The embedded default serves uploads itself; production leaves that to the web server or S3.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Kennispunt"
# Staff log in (with two-step verification) and manage passwords through allauth only. These
# URLs lead to allauth's login, or to "no access" for someone signed in (see urls.py).
WAGTAILADMIN_LOGIN_URL = "/beheer/cms/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/_util/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# Dutch stemming on PostgreSQL (the "dutch" text-search config) and SQLite (Snowball in Python).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kennispunt.search.backends"}}
WAGTAILDOCS_DOCUMENT_MODEL = "knowledge.KennispuntDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt"]

# --- Security --------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# The CSRF failure page in Dutch, in the site layout (core.errors).
CSRF_FAILURE_VIEW = "kennispunt.core.errors.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Party membership is special-category data (art. 9 AVG): error reports must not carry it.
DEFAULT_EXCEPTION_REPORTER_FILTER = "kennispunt.core.privacy.PrivacyExceptionReporterFilter"

# Forum: hold the first post of a new member for a moderator; rate limits per member as
# (posts, minutes) for new topics and for replies.
# Replies by e-mail to forum notifications: <local>+forum-<signed token>@<domain> of this
# address. By default the helpdesk's, so they arrive in the mailbox the helpdesk already reads.
FORUM_REPLY_ADDRESS = env.str("FORUM_REPLY_ADDRESS", default=HELPDESK_ADDRESS)
FORUM_HOLD_FIRST_POSTS = env.bool("FORUM_HOLD_FIRST_POSTS", default=False)
FORUM_RATE_LIMITS = {"topic": (5, 60), "reply": (20, 10)}

# --- Observability ---------------------------------------------------------------------------
# docs/deploy/observability.md. Logs carry no personal data: no e-mail addresses (redacted as a
# safety net), no IP addresses, no query strings, no user ids.
LOG_FORMAT = env.str("LOG_FORMAT", default="plain")  # "plain" or "json" (one object per line)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {
            "()": "django_guid.log_filters.CorrelationId",
            "correlation_id_field": "request_id",
        },
        "request_id_default": {"()": "kennispunt.core.observability.logs.RequestIdDefaultFilter"},
        "redact_emails": {"()": "kennispunt.core.observability.logs.RedactEmailFilter"},
        "redact_paths": {"()": "kennispunt.core.observability.logs.RedactRequestPathFilter"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "kennispunt.core.observability.logs.KennispuntJsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
            "filters": ["request_id", "request_id_default", "redact_paths", "redact_emails"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # It logs every request at INFO, and a refused X-Request-ID (visitor-chosen text) at
        # WARNING; the access log already carries the id that was used.
        "django_guid": {"level": "ERROR"},
    },
}
# Request ids (django-guid): an incoming X-Request-ID is kept only when it is a UUID (32 hex
# digits or the dashed form, as nginx's $request_id and most proxies make); otherwise a new
# uuid4 hex. Returned in the X-Request-ID response header and put on every log record.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "RETURN_HEADER": True,
    "EXPOSE_HEADER": False,
}
# /health reports "degraded" when the oldest due task has waited longer than this.
HEALTH_MAX_WORKER_LAG_SECONDS = env.int("HEALTH_MAX_WORKER_LAG_SECONDS", default=300)
# /metrics answers only with "Authorization: Bearer <METRICS_TOKEN>"; empty: /metrics is a 404.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
# prometheus_client's multi-process mode: every process (web and task workers) writes its
# counters here and /metrics adds them up, so all processes on a machine must share it.
# prometheus_client reads the environment variable when it is first imported: CoreConfig.ready
# (core.local_folders) makes the folder and puts it there, before any app imports the metrics.
# The gunicorn master never loads these settings: the service sets the variable for it.
PROMETHEUS_MULTIPROC_DIR = Path(
    env.str("PROMETHEUS_MULTIPROC_DIR", default="") or str(VAR_DIR / "metrics")
)
# Mail goes through a backend that counts sent and failed messages, then this one delivers.
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "kennispunt.core.observability.mail.CountingEmailBackend"
# --- Deployment: uploads on S3-compatible storage, optional OpenSearch -------------------------
# MEDIA_STORAGE=s3 keeps uploads (images, documents) in an S3-compatible bucket through
# django-storages instead of MEDIA_ROOT. Objects are private and reached through signed,
# expiring URLs: documents are always served through Wagtail's view (which checks collection
# privacy, then redirects to the signed URL). Image renditions are embedded in pages that may be
# cached for everyone, so a signed URL would expire inside the cached HTML: they go to a second
# storage with plain URLs, readable by anyone (AWS_RENDITIONS_ACL, or a bucket policy on the
# "images/" prefix when the provider has no ACLs). Helpdesk attachments never go to S3: they
# stay under HELPDESK_PRIVATE_ROOT.
MEDIA_STORAGE = env.str("MEDIA_STORAGE", default="local")
STORAGE_ORIGINS: list[str] = []
if MEDIA_STORAGE == "s3":
    _s3_options = {
        "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME"),
        "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
        "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
        # An upload never replaces another file that happens to have the same name.
        "file_overwrite": False,
    }
    _private_uploads: dict[str, Any] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_options,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env.int("AWS_QUERYSTRING_EXPIRE", default=3600),
        },
    }
    _public_renditions: dict[str, Any] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_options,
            "default_acl": env.str("AWS_RENDITIONS_ACL", default="public-read") or None,
            "querystring_auth": False,
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
        },
    }
    # Where pages load images from: the Content Security Policy below must allow it.
    _bucket = _s3_options["bucket_name"]
    _region = _s3_options["region_name"]
    if _public_renditions["OPTIONS"]["custom_domain"]:
        STORAGE_ORIGINS = [f"https://{_public_renditions['OPTIONS']['custom_domain']}"]
    elif _s3_options["endpoint_url"]:
        STORAGE_ORIGINS = [_s3_options["endpoint_url"].rstrip("/")]
    else:
        STORAGE_ORIGINS = [f"https://{_bucket}.s3.amazonaws.com"]
        if _region:
            STORAGE_ORIGINS.append(f"https://{_bucket}.s3.{_region}.amazonaws.com")
    STORAGES["default"] = _private_uploads
    STORAGES["renditions"] = _public_renditions
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    # Always through the view, so private collections stay private.
    WAGTAILDOCS_SERVE_METHOD = "redirect"
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured("MEDIA_STORAGE must be 'local' or 's3'.")

# SEARCH_BACKEND=opensearch moves the search index from the database to OpenSearch (Wagtail's
# own backend from modelsearch, client opensearch-py) with OpenSearch's built-in "dutch"
# analyzer as the index default, so text and queries are stemmed as in PostgreSQL's "dutch"
# configuration. After switching, run `manage.py update_index`.
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="database")
if SEARCH_BACKEND == "opensearch":
    _opensearch: dict[str, Any] = {
        "BACKEND": "wagtail.search.backends.opensearch"
        + env.str("OPENSEARCH_MAJOR_VERSION", default="3"),
        "URLS": env.list("OPENSEARCH_URL"),
        "INDEX_PREFIX": env.str("OPENSEARCH_INDEX_PREFIX", default="kennispunt_"),
        "TIMEOUT": 10,
        "INDEX_SETTINGS": {"settings": {"analysis": {"analyzer": {"default": {"type": "dutch"}}}}},
    }
    WAGTAILSEARCH_BACKENDS = {"default": _opensearch}
elif SEARCH_BACKEND != "database":
    raise ImproperlyConfigured("SEARCH_BACKEND must be 'database' or 'opensearch'.")

# --- Security headers --------------------------------------------------------------------------
# Enforced Content Security Policy (django-csp): our own origin only, no inline code. Absolute
# STATIC_URL/MEDIA_URL origins (a CDN, an S3 bucket) are added by themselves; CSP_EXTRA_SOURCES
# (comma separated origins) adds more places images, fonts and media may come from.
CSP_PUBLIC_DIRECTIVES = public_directives(
    static_url=STATIC_URL,
    media_url=MEDIA_URL,
    extra_sources=[*STORAGE_ORIGINS, *env.list("CSP_EXTRA_SOURCES", default=[])],
)
CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_PUBLIC_DIRECTIVES}
# The admins' templates carry inline scripts and styles: they get their own, looser policy.
CSP_ADMIN_PATH_PREFIXES = ["/beheer/cms/", "/beheer/django/"]
CSP_ADMIN_DIRECTIVES = admin_directives(CSP_PUBLIC_DIRECTIVES)
# Wagtail would load staff avatars from Gravatar: a hash of their e-mail address sent to a third
# party, and an image host outside our policy. Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin's "new Wagtail release" check calls wagtail.org from the browser (outside the
# policy, and it tells a third party who runs the admin); updates come through uv.lock.
WAGTAIL_ENABLE_UPDATE_CHECK = False
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Browser features the site never uses, switched off for us and anything we might embed.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
# /.well-known/security.txt (RFC 9116). Contact: comma separated URIs (mailto:, https:).
SECURITY_TXT_CONTACTS = env.list("SECURITY_CONTACT", default=[f"mailto:{KENNISPUNT_CONTACT_EMAIL}"])
SECURITY_TXT_POLICY_URL = env.str("SECURITY_POLICY_URL", default="")
# The file says it expires this many days after it was served; RFC 9116 asks for < 1 year.
SECURITY_TXT_EXPIRES_DAYS = min(env.int("SECURITY_TXT_EXPIRES_DAYS", default=180), 364)
# --- Backups ---------------------------------------------------------------------------------
# Where `manage.py backup` writes its archives when no --output-dir is given. Archives hold
# personal data: keep this folder private (the command makes it 0700, archives 0600).
BACKUP_DIR = Path(env.str("BACKUP_DIR", default=str(VAR_DIR / "backups")))
# --- Public page cache -----------------------------------------------------------------------
# Anonymous visitors without a session get public pages (knowledge base, wegwijzer, trainings,
# archive, party register ...) from the cache above (Redis in production). Any change to public
# content invalidates them at once; these seconds bound only time-dependent text such as
# countdowns. 0 switches the cache off. See docs/deploy/caching.md.
PUBLIC_PAGE_CACHE_SECONDS = env.int("PUBLIC_PAGE_CACHE_SECONDS", default=300)
# How long browsers and proxies may keep such a page (Cache-Control: public, max-age); they are
# not told when content changes, so keep it short. 0: they must always ask again.
PUBLIC_PAGE_BROWSER_SECONDS = env.int("PUBLIC_PAGE_BROWSER_SECONDS", default=60)
# Production: a Redis of its own (PUBLIC_PAGE_CACHE_URL, with maxmemory and allkeys-lru), so a
# flood of page variants can only evict pages, never the rate-limit counters in REDIS_URL.
PUBLIC_PAGE_CACHE_URL = env.str("PUBLIC_PAGE_CACHE_URL", default="")
if PUBLIC_PAGE_CACHE_URL:
    CACHES["public_pages"] = {
        "BACKEND": "kennispunt.core.redis_cache.RedisCache",
        "LOCATION": PUBLIC_PAGE_CACHE_URL,
        "KEY_PREFIX": "kennispunt-pages",
    }
elif not REDIS_URL:
    # A local-memory cache lives in one process: a page published by the scheduler or a sign-up
    # in one web process would not invalidate the copies of the others. Files are shared.
    CACHES["public_pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "public-pages"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
