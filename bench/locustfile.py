"""The load mix for bench/load.py: anonymous readers, searchers and signed-in members.

Run through bench/load.py, which seeds the database and passes the plan it wrote in
LOAD_PLAN (member logins, articles, forum topics, a training session). Weights: most visitors
read anonymously, some search, a smaller share are members who read the forum, reply now and
then, and sign up for a training and cancel again (so the session never fills up).
"""

import json
import os
import random
import re
from http.cookiejar import DefaultCookiePolicy
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from locust import HttpUser, between, task

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text())
SEARCH_WORDS = [
    "vrijwilligers",
    "begroting",
    "verkiezingen",
    "raadsvragen",
    "fractie",
    "motie",
    "penningmeester",
    "campagne",
    "kandidatenlijst",
    "subsidie",
    "gemeenteraad",
    "integriteit",
]
CANCEL_FORM = re.compile(r'action="(/trainingen/aanmelding/\d+/afmelden/)"')
MEMBER_EMAILS = iter(PLAN["members"])


# The production settings make the session and CSRF cookies HTTPS-only; this test talks plain
# HTTP to loopback, so this process's cookie jars send them back over HTTP to 127.0.0.1 too.
# (Patched on the class: requests builds a fresh jar with the default policy for each request.)
_return_ok_secure = DefaultCookiePolicy.return_ok_secure


def _secure_ok_on_loopback(self: DefaultCookiePolicy, cookie: Any, request: Any) -> bool:
    if urlparse(request.get_full_url()).hostname == "127.0.0.1":
        return True
    return _return_ok_secure(self, cookie, request)


DefaultCookiePolicy.return_ok_secure = _secure_ok_on_loopback  # type: ignore[method-assign]


class AnonymousReader(HttpUser):
    """Public pages, as a visitor without an account reads them."""

    weight = 6
    wait_time = between(1, 4)

    @task(3)
    def home(self) -> None:
        self.client.get("/", name="home")

    @task(2)
    def knowledge_index(self) -> None:
        self.client.get("/kennis/", name="knowledge index")

    @task(6)
    def article(self) -> None:
        self.client.get(random.choice(PLAN["articles"]), name="knowledge article")  # noqa: S311

    @task(2)
    def wegwijzer(self) -> None:
        self.client.get("/wegwijzer/", name="wegwijzer")

    @task(2)
    def trainings_calendar(self) -> None:
        self.client.get("/trainingen/", name="trainings calendar")

    @task(1)
    def newsletter_archive(self) -> None:
        self.client.get("/nieuwsbrieven/", name="newsletter archive")


class Searcher(HttpUser):
    """Site search with Dutch words (stemmed by PostgreSQL's "dutch" configuration)."""

    weight = 2
    wait_time = between(2, 6)

    @task
    def search(self) -> None:
        word = random.choice(SEARCH_WORDS)  # noqa: S311
        self.client.get(f"/zoeken/?q={word}", name="search")


class Member(HttpUser):
    """A verified member of a local party: reads the forum, replies, signs up for a training."""

    weight = 2
    wait_time = between(2, 6)

    def on_start(self) -> None:
        # Each simulated member logs in once with an account of its own; when there are more
        # members than accounts, accounts are shared (the site allows several sessions).
        global MEMBER_EMAILS
        try:
            email = next(MEMBER_EMAILS)
        except StopIteration:
            MEMBER_EMAILS = iter(PLAN["members"])
            email = next(MEMBER_EMAILS)
        self.email = email
        self.client.get("/account/login/", name="login form")
        with self.client.post(
            "/account/login/",
            data={"login": email, "password": PLAN["password"], **self._csrf()},
            name="login",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"login answered {response.status_code}")

    def _csrf(self) -> dict[str, str]:
        return {"csrfmiddlewaretoken": self.client.cookies.get("csrftoken", "")}

    def _member_get(self, path: str, name: str) -> Any:
        """A members-only page; being sent to the login page counts as a failure."""
        with self.client.get(path, name=name, catch_response=True) as response:
            if "/account/login/" in response.url:
                response.failure("not logged in")
            return response

    @task(3)
    def forum_home(self) -> None:
        self._member_get("/forum/", "forum home")

    @task(3)
    def forum_category(self) -> None:
        slug = random.choice(PLAN["categories"])  # noqa: S311
        self._member_get(f"/forum/categorie/{slug}/", "forum category")

    @task(8)
    def forum_topic(self) -> None:
        pk = random.choice(PLAN["topics"])  # noqa: S311
        self._member_get(f"/forum/onderwerp/{pk}/", "forum topic")

    @task(1)
    def forum_reply(self) -> None:
        pk = random.choice(PLAN["topics"])  # noqa: S311
        self._member_get(f"/forum/onderwerp/{pk}/", "forum topic")
        body = (
            "Goede vraag. Bij ons in de fractie doen we dit per kwartaal "
            f"({random.random():.6f})."  # noqa: S311
        )
        with self.client.post(
            f"/forum/onderwerp/{pk}/",
            data={"body": body, **self._csrf()},
            name="forum reply",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            # A redirect means "placed"; the form again (200) means a rule stopped the post.
            if response.status_code != 302:
                response.failure(f"reply not placed ({response.status_code})")

    @task(1)
    def training_signup_and_cancel(self) -> None:
        session = PLAN["session"]
        self._member_get(f"/trainingen/sessie/{session}/aanmelden/", "training sign-up form")
        with self.client.post(
            f"/trainingen/sessie/{session}/aanmelden/",
            data={"name": "Lid Belastingtest", "email": self.email, "role": "raadslid"}
            | self._csrf(),
            name="training sign-up",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"sign-up not accepted ({response.status_code})")
        mine = self._member_get("/trainingen/mijn-aanmeldingen/", "my sign-ups")
        for cancel_url in CANCEL_FORM.findall(mine.text):
            with self.client.post(
                cancel_url,
                data=self._csrf(),
                name="training cancel",
                allow_redirects=False,
                catch_response=True,
            ) as response:
                if response.status_code != 302:
                    response.failure(f"cancel not accepted ({response.status_code})")
