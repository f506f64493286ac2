"""Log formatting and filters. Logs must never carry personal data (AVG): see redact_emails."""

import logging
import re
from typing import Any

from pythonjsonlogger.json import JsonFormatter

# Deliberately broad: a false positive costs a log word, a miss leaks an address.
EMAIL_PATTERN = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
REDACTED_EMAIL = "[e-mail]"

# The only fields a JSON line may carry. Anything else a library attaches to a record
# (Django's "django.request" logger attaches the whole request, query string included) is dropped.
JSON_FIELDS = (
    "timestamp",
    "level",
    "logger",
    "message",
    "request_id",
    "method",
    "path",
    "status",
    "duration_ms",
    "view",
    "task",
    "task_id",
    "exc_info",
    "stack_info",
)


def redact_emails(text: str) -> str:
    return EMAIL_PATTERN.sub(REDACTED_EMAIL, text)


class RedactEmailFilter(logging.Filter):
    """Safety net: replaces e-mail addresses in the message and traceback of every record.

    Put it on the handler (handler filters see records from every logger; logger filters
    only see records logged on that very logger).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a wrong format string: the handler reports it, a filter must not raise
            return True
        redacted = redact_emails(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info:
            # Format the traceback once, redacted; both formatters use exc_text when
            # exc_info is cleared (exception messages can quote a unique e-mail value).
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact_emails(text)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact_emails(record.exc_text)
        return True


class RequestIdDefaultFilter(logging.Filter):
    """Gives records outside a request (workers, scheduler) an empty request id, not None."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = "-"
        return True


class KennispuntJsonFormatter(JsonFormatter):
    """One JSON object per line, with a fixed set of fields (JSON_FIELDS)."""

    def __init__(self) -> None:
        super().__init__(
            "{levelname}{name}{message}",
            style="{",
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp=True,
            json_ensure_ascii=False,
        )

    def process_log_record(self, log_data: dict[str, Any]) -> dict[str, Any]:
        return {key: log_data[key] for key in JSON_FIELDS if log_data.get(key) is not None}


class RedactRequestPathFilter(logging.Filter):
    """Django's own request logs ("Not Found: /path", "Bad Request: /path") carry the raw path.

    Unsubscribe and confirmation links hold a secret token in the path (and a newsletter
    confirmation token holds the address, base64-encoded): the same redaction as the access log.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        raw_path = getattr(request, "path", None)
        if request is None or not raw_path or not isinstance(record.args, tuple):
            return True
        try:
            from .middleware import loggable_path

            safe = loggable_path(request)
            record.args = tuple(safe if arg == raw_path else arg for arg in record.args)
        except Exception:  # a log line must never fail because of its redaction
            record.args = tuple("[path]" if arg == raw_path else arg for arg in record.args)
        return True
