"""What a visitor gets from a few URLs: status and a hash of the body, per URL.

Used in the restore test on the original site (in the test process) and on the restored copy
(run as ``python -m kennispunt.backups.tests.site_snapshot '<json pages>'`` with DATABASE_URL,
MEDIA_ROOT and SNAPSHOT_HELPDESK_PRIVATE_ROOT pointing at the restored database and folders).
"""

import hashlib
import json
import os
import re
import sys
from pathlib import Path

# (url, e-mail address of the user to sign in as, or None for an anonymous visitor)
Page = tuple[str, str | None]

# A fresh CSRF token on every request is the one thing that differs between two renders.
_CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')


def snapshot(pages: list[Page]) -> dict[str, list[object]]:
    from django.contrib.auth import get_user_model
    from django.test import Client

    result: dict[str, list[object]] = {}
    for url, email in pages:
        client = Client()
        if email:
            client.force_login(get_user_model().objects.get(email=email))
        response = client.get(url)
        # getvalue() joins a streamed body (a file download) as well.
        body = response.getvalue()
        body = _CSRF.sub(b'name="csrfmiddlewaretoken" value=""', body)
        result[f"{email or 'anonymous'} {url}"] = [
            response.status_code,
            hashlib.sha256(body).hexdigest(),
            len(body),
        ]
    return result


def main() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennispunt.settings.test")
    django.setup()
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()  # "testserver" becomes an allowed host, as in the test process
    pages: list[Page] = [(url, email) for url, email in json.loads(sys.argv[1])]
    private_root = Path(os.environ["SNAPSHOT_HELPDESK_PRIVATE_ROOT"])
    with override_settings(HELPDESK_PRIVATE_ROOT=private_root):
        print(json.dumps(snapshot(pages)))


if __name__ == "__main__":
    main()
