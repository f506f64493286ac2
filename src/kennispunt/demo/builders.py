"""The demo builders in the order they run: each is idempotent (it finds before it creates).

The texts come from content/ (see content/README.md); ``loader.load_all`` checks every file
before the first builder runs.
"""

from collections.abc import Callable

from kennispunt.pages.site_structure import site_structure_ensure

from .alderman_pool import build_alderman_pool
from .candidates import build_candidates
from .elections import build_elections
from .finance import build_finance
from .forum import build_forum
from .helpdesk import build_helpdesk
from .knowledge import build_knowledge
from .newsletter import build_newsletter
from .outreach import build_outreach
from .people import build_parties, build_users
from .trainings import build_trainings


def build_site() -> None:
    site_structure_ensure()


BUILDERS: tuple[tuple[str, Callable[[], None]], ...] = (
    ("site", build_site),
    ("knowledge", build_knowledge),
    ("parties", build_parties),
    ("users", build_users),
    ("elections", build_elections),
    ("candidates", build_candidates),
    ("finance", build_finance),
    ("trainings", build_trainings),
    ("helpdesk", build_helpdesk),
    ("forum", build_forum),
    ("newsletter", build_newsletter),
    ("outreach", build_outreach),
    ("alderman_pool", build_alderman_pool),
)
