"""Gunicorn server hooks. Use them from the gunicorn config file:

from kennispunt.core.observability.gunicorn_hooks import child_exit  # noqa: F401
"""

import os
from typing import Any


def child_exit(server: Any, worker: Any) -> None:
    """Drop the live-gauge files of a web worker that exited (prometheus_client multi-process).

    Runs in the gunicorn master, which never loads Django settings: it finds the directory only
    in its environment, so set PROMETHEUS_MULTIPROC_DIR for the whole service.
    """
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if path:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid, path)
