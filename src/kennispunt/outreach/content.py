"""The default Dutch text of the explanation for griffiers (editors change it in Wagtail)."""

TITLE = "Het Kennispunt lokale politieke partijen: informatie voor gemeenten"
INTRO = (
    "Een korte uitleg over het Kennispunt die u als griffie kunt doorsturen aan de lokale "
    "politieke partijen in uw gemeente."
)
BODY: tuple[tuple[str, str], ...] = (
    ("heading", "Wat is het Kennispunt?"),
    (
        "paragraph",
        "<p>Het Kennispunt lokale politieke partijen helpt lokale partijen: partijen die "
        "alleen in de gemeenteraad zitten en geen landelijke partij achter zich hebben. Zij "
        "hebben geen partijbureau dat hen ondersteunt. Het Kennispunt vult dat gat.</p>",
    ),
    ("heading", "Wat biedt het Kennispunt?"),
    (
        "paragraph",
        "<ul><li>Een kennisbank met praktische uitleg over raadswerk, financiën, "
        "de partijorganisatie en de verkiezingen.</li>"
        "<li>Trainingen in de eigen provincie en online, bijvoorbeeld over de begroting "
        "lezen of een verkiezingsprogramma schrijven.</li>"
        "<li>Een verkiezingsplanner met alle wettelijke termijnen voor de "
        "gemeenteraadsverkiezingen.</li>"
        "<li>Een helpdesk voor vragen en een forum om ervaringen te delen met andere lokale "
        "partijen.</li></ul>",
    ),
    ("heading", "Gratis, onafhankelijk en neutraal"),
    (
        "paragraph",
        "<p>Het Kennispunt is gratis voor alle lokale partijen. Het wordt betaald door het "
        "ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK). Het Kennispunt is "
        "politiek neutraal: elke lokale partij krijgt dezelfde hulp, wat haar standpunten ook "
        "zijn.</p>",
    ),
    ("heading", "Hoe meldt een partij zich aan?"),
    (
        "paragraph",
        "<ol><li>Een bestuurslid of raadslid maakt een account aan op de website van het "
        "Kennispunt.</li>"
        "<li>Daarna vraagt hij of zij het lidmaatschap van de eigen partij aan. Staat de partij "
        "nog niet in het register, dan meldt hij of zij de partij aan.</li>"
        "<li>Het Kennispunt controleert de aanvraag. Daarna kunnen alle leden van de partij "
        "het hele aanbod gebruiken.</li></ol>",
    ),
    ("heading", "Wat vragen wij van de griffie?"),
    (
        "paragraph",
        "<p>Wilt u deze uitleg doorsturen aan de fracties en besturen van de lokale partijen "
        "in uw gemeente? U kunt deze pagina doorsturen of de PDF-versie meesturen. Heeft u "
        "vragen, neem dan contact op via de helpdesk van het Kennispunt.</p>",
    ),
)
