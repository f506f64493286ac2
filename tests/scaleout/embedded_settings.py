"""The embedded default (what `bin/start` runs) for web processes that tests start.

Only the static files differ: served under their plain names, so no `collectstatic` run (a
minute of compressing) is needed first. Database, cache and everything else are the defaults.
"""

from kennispunt.settings import *  # noqa: F403
from kennispunt.settings import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
