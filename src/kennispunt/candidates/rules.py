"""The Kieswet rules for a candidate list, as data: each with its article and source.

Like the planner's calendar (``elections.rules``), nothing else in the app hard-codes a rule.
A check takes the list as plain values and returns problems in plain Dutch, each pointing at
the rule it breaks, so the list page can show them while the committee edits.

Sources: Kieswet hoofdstuk H (art. H 2, H 3, H 6, H 9, H 10), kiesraad.nl "Kandidaatstelling"
and "Model H 1 / Model H 9"; see the tests, which pin each rule.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_CANDIDATES = 50
MAX_CANDIDATES_LARGE = 80
LARGE_PARTY_SEATS = 15  # more than this many seats last time allows the longer list


@dataclass(frozen=True)
class ListRule:
    key: str
    title: Promise
    article: str
    source: str


RULES: dict[str, ListRule] = {
    rule.key: rule
    for rule in (
        ListRule(
            key="max_candidates",
            title=gettext_lazy(
                "Ten hoogste 50 kandidaten; 80 als de partij bij de vorige verkiezing meer dan "
                "15 zetels haalde."
            ),
            article="Kieswet art. H 6",
            source="kiesraad.nl, Kandidaatstelling gemeenteraadsverkiezingen",
        ),
        ListRule(
            key="name_format",
            title=gettext_lazy(
                "Elke kandidaat staat op de lijst met achternaam, voorletters en woonplaats; "
                "de roepnaam tussen haakjes mag erbij."
            ),
            article="Kieswet art. H 2; Kiesbesluit; model H 1",
            source="kiesraad.nl, Model H 1 (kandidatenlijst)",
        ),
        ListRule(
            key="duplicate",
            title=gettext_lazy("Een kandidaat staat maar één keer op de lijst."),
            article="Kieswet art. H 6",
            source="kiesraad.nl, Kandidaatstelling",
        ),
        ListRule(
            key="two_lists",
            title=gettext_lazy(
                "Een kandidaat mag in een gemeente maar op één lijst staan; staat hij op "
                "twee lijsten, dan wordt zijn naam van beide geschrapt."
            ),
            article="Kieswet art. I 6 (te controleren)",
            source="kiesraad.nl, Kandidaatstelling",
        ),
        ListRule(
            key="consent",
            title=gettext_lazy(
                "Van elke kandidaat een ondertekende instemmingsverklaring (model H 9) en een "
                "kopie van een geldig identiteitsbewijs."
            ),
            article="Kieswet art. H 9",
            source="kiesraad.nl, Model H 9 (instemmingsverklaring)",
        ),
        ListRule(
            key="submitter",
            title=gettext_lazy(
                "De lijst wordt ingeleverd door een inleveraar; de gemachtigde van de "
                "geregistreerde aanduiding ondertekent de toestemming voor het gebruik ervan."
            ),
            article="Kieswet art. H 3 en H 5",
            source="kiesraad.nl, Kandidaatstelling",
        ),
    )
}


def max_candidates(seats_last_time: int | None) -> int:
    """Art. H 6: 50 names, 80 when the party won more than 15 seats last time."""
    if seats_last_time is not None and seats_last_time > LARGE_PARTY_SEATS:
        return MAX_CANDIDATES_LARGE
    return MAX_CANDIDATES


@dataclass(frozen=True)
class Entry:
    """One person on the list, as the checks need them."""

    pk: int
    surname: str
    initials: str
    residence: str
    first_name: str = ""
    consent_received: bool = False
    id_copy_received: bool = False
    on_other_list: str = ""  # the name of another party in the same municipality


@dataclass(frozen=True)
class Problem:
    rule: ListRule
    message: str
    candidate_pk: int | None = None


def _initials_ok(initials: str) -> bool:
    parts = [p for p in initials.replace(" ", "").split(".") if p]
    return bool(parts) and initials.strip().endswith(".") and all(p[:1].isupper() for p in parts)


def name_on_list(entry: Entry) -> str:
    """How the name appears on model H 1: "Jansen, A.B. (Anna) (Amersfoort)"."""
    name = f"{entry.surname}, {entry.initials}"
    if entry.first_name:
        name += f" ({entry.first_name})"
    return f"{name} ({entry.residence})" if entry.residence else name


def check_list(
    entries: Iterable[Entry],
    *,
    seats_last_time: int | None,
    submitter: str,
    agent: str,
) -> list[Problem]:
    """Every problem that stands between this list and a valid nomination, in list order."""
    entries = list(entries)
    problems: list[Problem] = []
    limit = max_candidates(seats_last_time)
    if len(entries) > limit:
        problems.append(
            Problem(
                RULES["max_candidates"],
                _("De lijst telt %(count)d kandidaten; er mogen er ten hoogste %(limit)d op.")
                % {"count": len(entries), "limit": limit},
            )
        )
    if not entries:
        problems.append(
            Problem(RULES["max_candidates"], _("Er staat nog geen kandidaat op de lijst."))
        )
    seen = Counter(
        (e.surname.strip().lower(), e.initials.replace(" ", "").lower(), e.residence.lower())
        for e in entries
    )
    for entry in entries:
        name = name_on_list(entry)
        missing = [
            label
            for label, value in (
                (_("achternaam"), entry.surname),
                (_("voorletters"), entry.initials),
                (_("woonplaats"), entry.residence),
            )
            if not value.strip()
        ]
        if missing:
            problems.append(
                Problem(
                    RULES["name_format"],
                    _("%(name)s: vul nog in: %(missing)s.")
                    % {"name": name, "missing": ", ".join(missing)},
                    entry.pk,
                )
            )
        elif not _initials_ok(entry.initials):
            problems.append(
                Problem(
                    RULES["name_format"],
                    _("%(name)s: schrijf de voorletters als hoofdletters met punten, zoals A.B.")
                    % {"name": name},
                    entry.pk,
                )
            )
        key = (
            entry.surname.strip().lower(),
            entry.initials.replace(" ", "").lower(),
            entry.residence.lower(),
        )
        if entry.surname and seen[key] > 1:
            problems.append(
                Problem(
                    RULES["duplicate"],
                    _("%(name)s staat meer dan één keer op de lijst.") % {"name": name},
                    entry.pk,
                )
            )
        if entry.on_other_list:
            problems.append(
                Problem(
                    RULES["two_lists"],
                    _("%(name)s staat ook op de lijst van %(party)s in deze gemeente.")
                    % {"name": name, "party": entry.on_other_list},
                    entry.pk,
                )
            )
        if not entry.consent_received:
            problems.append(
                Problem(
                    RULES["consent"],
                    _("%(name)s: de instemmingsverklaring (H 9) is nog niet binnen.")
                    % {"name": name},
                    entry.pk,
                )
            )
        if not entry.id_copy_received:
            problems.append(
                Problem(
                    RULES["consent"],
                    _("%(name)s: de kopie van het identiteitsbewijs is nog niet binnen.")
                    % {"name": name},
                    entry.pk,
                )
            )
    if not submitter.strip():
        problems.append(
            Problem(RULES["submitter"], _("Vul in wie de lijst inlevert (de lijstinleveraar)."))
        )
    if not agent.strip():
        problems.append(
            Problem(RULES["submitter"], _("Vul in wie de gemachtigde van de partij is."))
        )
    return problems


# The BZK "Handreiking screening kandidaten" (29 Oct 2019) instruments as guided steps. The
# questions support the party's own procedure; the tool never scores or ranks.
SELF_ASSESSMENT_QUESTIONS: tuple[tuple[str, Promise], ...] = (
    ("nevenfuncties", gettext_lazy("Welke nevenfuncties, betaald of onbetaald, heeft u?")),
    (
        "belangen",
        gettext_lazy(
            "Heeft u zakelijke of financiële belangen die met het werk van de gemeente "
            "te maken kunnen hebben?"
        ),
    ),
    (
        "verleden",
        gettext_lazy(
            "Is er iets in uw verleden dat de partij of de raad zou moeten weten voordat "
            "u kandidaat wordt?"
        ),
    ),
    (
        "omgeving",
        gettext_lazy(
            "Zijn er mensen in uw directe omgeving wier belangen botsen met een raadslidmaatschap?"
        ),
    ),
    (
        "social_media",
        gettext_lazy("Zijn er uitingen van u op sociale media die u nu anders zou doen?"),
    ),
)

DILEMMA_QUESTIONS: tuple[Promise, ...] = (
    gettext_lazy(
        "Een buurman vraagt u om bij de wethouder een goed woordje te doen voor zijn "
        "vergunning. Wat doet u?"
    ),
    gettext_lazy(
        "U krijgt van een projectontwikkelaar een uitnodiging voor een dure wedstrijd. Wat doet u?"
    ),
    gettext_lazy(
        "In een besloten vergadering hoort u iets dat een vriend zou helpen. Hoe gaat u daarmee om?"
    ),
    gettext_lazy("Uw fractie besluit iets waar u het ernstig mee oneens bent. Wat doet u?"),
)

PUBLIC_CHECKS: tuple[tuple[str, Promise], ...] = (
    ("kvk", gettext_lazy("Handelsregister (KvK): functies en ondernemingen")),
    ("nieuws", gettext_lazy("Nieuwsberichten en lokale media")),
    ("social_media", gettext_lazy("Openbare berichten op sociale media")),
    ("rechtspraak", gettext_lazy("Gepubliceerde uitspraken (uitspraken.rechtspraak.nl)")),
    ("insolventie", gettext_lazy("Centraal Insolventieregister")),
)
