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

# Files of this test run in a throw-away folder (made when first needed, not on import):
# helpdesk attachments and raw e-mail, and the metrics (prometheus_client multi-process mode).
import tempfile  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

# One folder per test process: each pytest-xdist worker imports these settings itself.
# (Uploads stay in the checkout's var/media: a backup test restores them in a new process,
# which must find the same folder; storage gives clashing names a suffix.)
_RUN_FOLDER = Path(tempfile.gettempdir()) / f"kennispunt-test-{uuid.uuid4().hex}"
HELPDESK_PRIVATE_ROOT = _RUN_FOLDER / "helpdesk"
PROMETHEUS_MULTIPROC_DIR = _RUN_FOLDER / "metrics"
