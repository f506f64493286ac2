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
# Worker recycling is OFF by default. Restarting a worker after N requests only guards against
# a memory leak, and none is known here (bench/load.py runs without recycling and watches memory).
# Its cost is real: with equal load every worker reaches N at about the same moment, and a fresh
# worker needs ~2 s to boot, so with max_requests=2000 and a jitter of 200 both workers restarted
# together under load (p90 3.4 s, p99 4.8 s on a page that answers in 20 ms; issue 18).
# Opt in with GUNICORN_MAX_REQUESTS=<n> if a leak ever shows. The jitter then defaults to half of
# n (GUNICORN_MAX_REQUESTS_JITTER overrides it, but never below n/2): each worker's limit is
# drawn from n..1.5 n, so restarts spread over a third of the interval instead of coinciding.
max_requests = max(0, int(os.environ.get("GUNICORN_MAX_REQUESTS", "0")))
max_requests_jitter = (
    max(int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "0")), max_requests // 2)
    if max_requests
    else 0
)

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
