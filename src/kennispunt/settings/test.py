"""Test settings: the base settings made fast and self-contained.

The database still comes from DATABASE_URL, so the same suite runs on SQLite and PostgreSQL.
"""

from . import *  # noqa: F403
from . import STORAGES

KENNISPUNT_ENVIRONMENT = "test"
DEBUG = False
SECRET_KEY = "kennispunt-test-key-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kennispunt.search.backends"}}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}

# Helpdesk attachments and raw e-mail: a throw-away folder per test run.
import os  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

HELPDESK_PRIVATE_ROOT = Path(tempfile.mkdtemp(prefix="kennispunt-helpdesk-"))

# Metrics files of this test run (prometheus_client multi-process mode), not the checkout's var/.
PROMETHEUS_MULTIPROC_DIR = Path(tempfile.mkdtemp(prefix="kennispunt-metrics-"))
os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(PROMETHEUS_MULTIPROC_DIR)
