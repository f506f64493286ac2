"""Signing up with an address that has an account looks and costs the same as with a new one.

Without that, the answer's speed tells who has an account: hashing a password is by far the
slowest step of a sign-up. Checked by what happens (hashes made, mails queued, the answer), not
by timing.
"""

from typing import Any

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.test import Client
from django_tasks_db.models import DBTaskResult

from kennispunt_testing.world import make_user

pytestmark = pytest.mark.django_db


class CountingHasher(MD5PasswordHasher):
    """The test hasher, counting every password it hashes."""

    algorithm = "counting_md5"
    hashed = 0

    def encode(self, password: str, salt: str) -> str:
        CountingHasher.hashed += 1
        return super().encode(password, salt)


def _sign_up(email: str, capture) -> tuple[Any, int, list[DBTaskResult]]:
    CountingHasher.hashed = 0
    DBTaskResult.objects.all().delete()
    with capture(execute=True):
        response = Client().post(
            "/account/signup/",
            {
                "email": email,
                "password1": "een-lang-wachtwoord",
                "password2": "een-lang-wachtwoord",
            },
        )
    queued = list(DBTaskResult.objects.filter(task_path="kennispunt.core.tasks.send_email"))
    return response, CountingHasher.hashed, queued


def test_a_taken_address_costs_a_hash_and_a_queued_mail_like_a_new_one(
    settings, django_capture_on_commit_callbacks
) -> None:
    settings.PASSWORD_HASHERS = ["kennispunt.accounts.tests.test_signup_enumeration.CountingHasher"]
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_user("bestaat-al@example.org")

    new, new_hashes, new_mail = _sign_up("nieuw@example.org", django_capture_on_commit_callbacks)
    taken, taken_hashes, taken_mail = _sign_up(
        "bestaat-al@example.org", django_capture_on_commit_callbacks
    )

    assert (taken.status_code, taken["Location"]) == (new.status_code, new["Location"])
    assert new_hashes == 1
    assert taken_hashes == new_hashes
    # Both mails (the verification link, "you already have an account") wait for the worker.
    assert mail.outbox == []
    assert len(new_mail) == len(taken_mail) == 1
    assert "nieuw@example.org" in str(new_mail[0].args_kwargs)
    assert "bestaat-al@example.org" in str(taken_mail[0].args_kwargs)
