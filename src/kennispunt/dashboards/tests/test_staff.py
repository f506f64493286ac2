import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kennispunt.core import staff_tools
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World

from .conftest import Filled

pytestmark = pytest.mark.django_db

# Which tools each role sees on /beheer/ (the labels link to the tools).
TOOLS = {
    "helpdesk": ("Helpdeskvragen", "/helpdesk/beheer/"),
    "memberships": ("Lidmaatschapsaanvragen", "/partijen/lidmaatschap/aanvragen/openstaand/"),
    "party_registrations": ("Aanmeldingen van partijen", "/partijen/aanmeldingen/"),
    "trainings": ("Trainingen", "/trainingen/beheer/"),
    "moderation": ("Moderatie van het forum", "/forum/moderatie/"),
    "cms": ("Website en nieuws (CMS)", "/beheer/cms/"),
    "newsletter": ("Nieuwsbrief verzenden", "/beheer/cms/verzendingen/"),
    "outreach": ("Gemeenten benaderen", "/voor-gemeenten/beheer/"),
}
ROLE_TOOLS = {
    Role.REDACTEUR: {"cms", "newsletter"},
    Role.HELPDESKMEDEWERKER: {"helpdesk"},
    Role.TRAINER: {"trainings"},
    Role.MODERATOR: {"moderation"},
    Role.BEHEERDER: set(TOOLS),
}


def _main(html: str) -> str:
    return html[html.index('<main id="main"') : html.index("</main>")]


@pytest.mark.parametrize("role", list(ROLE_TOOLS), ids=lambda role: role.value)
def test_each_role_sees_only_its_tools(world: World, role: Role) -> None:
    from kennispunt.pages.site_structure import site_structure_ensure

    site_structure_ensure()  # the editors' page permissions
    main = _main(client_for(world, role).get("/beheer/").content.decode())
    for key, (label, url) in TOOLS.items():
        link = f'<a class="utrecht-link" href="{url}">{label}</a>'
        if key in ROLE_TOOLS[role]:
            assert link in main, f"{role.value} misses {key}"
        else:
            assert label not in main, f"{role.value} sees {key}"


def test_the_registry_holds_every_tool() -> None:
    assert {tool.key for tool in staff_tools.staff_tools()} == set(TOOLS)


def test_counts_are_live(filled: Filled) -> None:
    main = _main(client_for(filled.world, Role.BEHEERDER).get("/beheer/").content.decode())
    for text in (
        "Open vragen</a>: <strong>1</strong>",
        "Over de termijn: <strong>1</strong>",
        "Wachten op beoordeling: <strong>1</strong>",
        "Komende sessies: <strong>1</strong>",
        "Sessies met een wachtlijst: <strong>1</strong>",
        "Meldingen van leden: <strong>1</strong>",
        "Berichten wachten op goedkeuring: <strong>1</strong>",
        "Abonnees: <strong>1</strong>",
    ):
        assert text in main, text


def test_query_count_for_the_beheerder(filled: Filled) -> None:
    client = client_for(filled.world, Role.BEHEERDER)
    client.get("/beheer/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/beheer/").status_code == 200
    # Session, user, groups and permissions, and one or two per tool's counts.
    assert len(queries) <= 20, "\n".join(q["sql"] for q in queries.captured_queries)


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_beheer_in_the_header_for_staff_only(world: World, role: Role) -> None:
    html = client_for(world, role).get(
        "/account/profiel/" if role != Role.ANONYMOUS else "/zoeken/"
    )
    header = html.content.decode().split("</header>")[0]
    shown = '<a class="utrecht-link kennispunt-account__link" href="/beheer/"' in header
    staff = role in ROLE_TOOLS
    assert shown is staff


@pytest.mark.parametrize(
    "url",
    [
        "/helpdesk/beheer/",
        "/helpdesk/beheer/telefoon/",
        "/helpdesk/beheer/rapportage/",
        "/trainingen/beheer/",
        "/trainingen/beheer/evaluaties/",
        "/trainingen/beheer/maatwerk/",
        "/forum/moderatie/",
        "/voor-gemeenten/beheer/",
        "/partijen/lidmaatschap/aanvragen/openstaand/",
        "/partijen/aanmeldingen/",
        "/partijen/aanmeldingen/meldingen/",
    ],
)
def test_staff_pages_lead_back_to_beheer(world: World, url: str) -> None:
    html = client_for(world, Role.BEHEERDER).get(url).content.decode()
    trail = html[
        html.index('aria-label="Kruimelpad"') : html.index("</nav>", html.index("Kruimelpad"))
    ]
    assert 'href="/beheer/">Beheer</a>' in trail


def test_the_cms_menu_leads_back_to_beheer(world: World) -> None:
    html = client_for(world, Role.REDACTEUR).get("/beheer/cms/").content.decode()
    assert '"url": "/beheer/"' in html or 'href="/beheer/"' in html
