"""gunicorn configuration for Kennispunt in production.

Used by bin/production-local, the systemd unit and the container image:
``gunicorn -c deploy/gunicorn.conf.py kennispunt.wsgi``. Every value can be changed through the
environment without editing this file.
"""

import os

# Loopback by default: nginx (or another proxy) in front terminates TLS. In a container bind to
# 0.0.0.0:8000 (GUNICORN_BIND).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# WEB_CONCURRENCY is the usual name for "number of web processes" (gunicorn reads it too).
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Sync workers: Django views are synchronous; one request per process at a time keeps memory and
# database connections predictable (connections = web workers + task workers + scheduler).
worker_class = "sync"
pythonpath = os.environ.get("GUNICORN_PYTHONPATH", "src")
wsgi_app = "kennispunt.wsgi:application"

# gunicorn's control socket (for `gunicornc`) lives in $HOME by default: several gunicorns of
# one user would share it, and systemd's ProtectHome forbids it. Signals do the same job.
control_socket_disable = True

# A request that takes longer than this is killed and logged (the PDF export is the slowest).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Restart workers now and then, so a slow leak in any library cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200

# Which addresses may set X-Forwarded-Proto/-For: the proxy in front. gunicorn's default is
# 127.0.0.1; behind a proxy on another host list its address here.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# The application logs every request itself (with the request id, without IP addresses or
# query strings), so gunicorn's access log would only repeat it with personal data in it.
# Keep it off: no --access-logfile on the command line, no GUNICORN_CMD_ARGS with it.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Load the application in each worker (not in the master): workers then never share a database
# connection or a Redis socket inherited over fork, and `kill -HUP` reloads new code.
preload_app = False


# prometheus_client's multi-process directory, shared with the task workers on this machine
# (docs/deploy/observability.md). The master never loads the Django settings, yet its
# child_exit hook below needs the directory: so it must be in the environment of the whole
# service. The systemd unit, the image and bin/production-local set it; otherwise use the same
# default as the settings ($KENNISPUNT_VAR_DIR/metrics).
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    _var_dir = os.environ.get("KENNISPUNT_VAR_DIR") or os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "var"
    )
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = os.path.join(_var_dir, "metrics")


def child_exit(server, worker):
    """Let the metrics collector forget a dead worker (multi-process Prometheus files)."""
    from kennispunt.core.observability import gunicorn_hooks

    gunicorn_hooks.child_exit(server, worker)
