"""Demo content for the Kennispunt knowledge base: themes, articles, model documents, modules,
news and the wegwijzer.

Written for volunteers and board members of local parties: plain Dutch, "u"-form, practical.
Election rules and amounts follow current practice (Kiesraad, Kieswet) for the municipal elections
of 2026; they can change, so the texts point readers to the Kiesraad and their own municipality.
"""

from kennispunt.knowledge.demo_types import (
    DemoArticle,
    DemoDocument,
    DemoLesson,
    DemoModule,
    DemoNews,
    DemoQuestion,
    DemoTheme,
    DemoWegwijzerEntry,
)

THEMES: tuple[DemoTheme, ...] = (
    DemoTheme(
        slug="oprichting",
        title="Oprichting",
        intro=(
            "Alles over het starten van een lokale partij: van het eerste idee tot een "
            "vereniging met statuten, een KvK-inschrijving en een bestuur."
        ),
    ),
    DemoTheme(
        slug="organisatie-en-bestuur",
        title="Organisatie en bestuur",
        intro=(
            "Hoe u de partij als vereniging goed bestuurt: taken in het bestuur, de "
            "ledenvergadering en een nette administratie."
        ),
    ),
    DemoTheme(
        slug="leden-en-vrijwilligers",
        title="Leden en vrijwilligers",
        intro=(
            "Mensen vinden, binden en laten meedoen. Een lokale partij draait op leden en "
            "vrijwilligers: hier leest u hoe u hen werft en vasthoudt."
        ),
    ),
    DemoTheme(
        slug="kandidaatstelling",
        title="Kandidaatstelling",
        intro=(
            "De formele stappen om mee te doen aan de gemeenteraadsverkiezingen: de naam "
            "registreren, de kandidatenlijst, ondersteuningsverklaringen en de waarborgsom."
        ),
    ),
    DemoTheme(
        slug="campagne",
        title="Campagne",
        intro=(
            "Een verkiezingsprogramma schrijven en campagne voeren, ook met een kleine "
            "begroting en een klein team."
        ),
    ),
    DemoTheme(
        slug="financien-en-fondsenwerving",
        title="Financiën en fondsenwerving",
        intro=(
            "Geld ophalen, beheren en verantwoorden. Met aandacht voor giften, transparantie en"
            " de regels die gelden."
        ),
    ),
    DemoTheme(
        slug="integriteit",
        title="Integriteit",
        intro=(
            "Betrouwbaar en zorgvuldig werken als partij en fractie: kandidaten screenen, "
            "belangen melden en afspraken maken over gedrag."
        ),
    ),
    DemoTheme(
        slug="fusie-en-samenwerking",
        title="Fusie en samenwerking",
        intro=(
            "Samengaan met een andere lokale partij of samenwerken zonder te fuseren: wat komt "
            "erbij kijken en hoe pakt u het zorgvuldig aan?"
        ),
    ),
    DemoTheme(
        slug="raadswerk",
        title="Raadswerk",
        intro=(
            "Praktische hulp voor raadsleden en fracties: in een coalitie of in de oppositie, "
            "en de samenwerking tussen fractie en partij."
        ),
    ),
)


ARTICLES: tuple[DemoArticle, ...] = (
    DemoArticle(
        theme="oprichting",
        slug="lokale-partij-oprichten",
        title="Een lokale partij oprichten: de eerste stappen",
        intro=(
            "Wilt u met een eigen lokale partij meedoen aan de gemeenteraadsverkiezingen? Dan "
            "richt u een vereniging op bij de notaris, schrijft u die in bij de KvK en kiest u "
            "een bestuur. Dit artikel zet de stappen op een rij."
        ),
        body=(
            (
                "heading",
                "Begin met een kleine kerngroep",
            ),
            (
                "paragraph",
                (
                    "<p>Een partij begint bijna altijd met een paar mensen die iets willen "
                    "veranderen in hun gemeente. Zoek eerst drie tot vijf mensen die tijd en "
                    "energie hebben. Bespreek samen:</p><ul><li>Waarom willen we een partij? "
                    "Wat willen we bereiken in onze gemeente?</li><li>Welke inwoners willen we "
                    "vertegenwoordigen?</li><li>Hoeveel tijd kan iedereen per week "
                    "geven?</li><li>Wie wil bestuurder worden en wie wil liever kandidaat "
                    "zijn?</li></ul><p>Schrijf de antwoorden kort op. Dit wordt later de basis "
                    "voor de statuten, het verkiezingsprogramma en uw eerste gesprekken met "
                    "nieuwe leden.</p>"
                ),
            ),
            (
                "heading",
                "Waarom een vereniging met een notariële akte?",
            ),
            (
                "paragraph",
                (
                    "<p>U kunt alleen een <b>naam</b> (de <i>aanduiding</i>) boven uw "
                    "kandidatenlijst laten zetten als uw partij een <b>vereniging met volledige"
                    " rechtsbevoegdheid</b> is. Dat betekent: een vereniging die is opgericht "
                    "met een notariële akte waarin de statuten staan. Zonder die registratie "
                    "mag u wel meedoen, maar staat er alleen een lijstnummer boven uw lijst, "
                    "zonder naam. Voor een nieuwe partij is dat een groot nadeel.</p><p>Een "
                    "vereniging met volledige rechtsbevoegdheid heeft nog een voordeel: "
                    "bestuurders zijn in de regel niet persoonlijk aansprakelijk voor de "
                    "schulden van de vereniging, zolang zij hun taak behoorlijk uitvoeren.</p>"
                ),
            ),
            (
                "heading",
                "Stap voor stap",
            ),
            (
                "paragraph",
                (
                    "<ol><li><b>Kies een naam.</b> De naam mag bij registratie niet langer zijn"
                    " dan 35 tekens en mag niet misleidend zijn of te veel lijken op de naam "
                    "van een andere partij.</li><li><b>Maak concept-statuten.</b> Gebruik ons "
                    "model als start en bespreek het met de notaris.</li><li><b>Ga naar de "
                    "notaris.</b> De notaris stelt de oprichtingsakte op. Meestal tekenen "
                    "minimaal twee oprichters. Vraag vooraf een offerte, want prijzen "
                    "verschillen per notaris.</li><li><b>Schrijf de vereniging in bij de "
                    "KvK.</b> Vaak regelt de notaris dit voor u. Controleer daarna of de "
                    "gegevens kloppen.</li><li><b>Open een zakelijke bankrekening</b> op naam "
                    "van de vereniging.</li><li><b>Houd een eerste ledenvergadering</b> en stel"
                    " een huishoudelijk reglement vast.</li><li><b>Registreer de naam</b> bij "
                    "het centraal stembureau van uw gemeente, ruim op tijd voor de "
                    "verkiezingen.</li></ol>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Let op de tijd.</b> Het verzoek om uw naam te registreren moet "
                    "uiterlijk op de 42e dag voor de dag van kandidaatstelling binnen zijn bij "
                    "het centraal stembureau. Voor de gemeenteraadsverkiezingen van 2026 was "
                    "dat 22 december 2025. Begin daarom minstens een half jaar voor de "
                    "verkiezingen met de oprichting.</p>"
                ),
            ),
            (
                "heading",
                "Het eerste bestuur",
            ),
            (
                "paragraph",
                (
                    "<p>In de oprichtingsakte staat wie het eerste bestuur vormt. Gebruikelijk "
                    "is een bestuur van minimaal drie mensen: een voorzitter, een secretaris en"
                    " een penningmeester. Let op het verschil tussen bestuur en fractie: het "
                    "bestuur leidt de vereniging, de fractie doet het werk in de gemeenteraad. "
                    "Veel partijen vinden het verstandig om die rollen zoveel mogelijk bij "
                    "verschillende mensen te leggen.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Kan ik ook meedoen zonder vereniging?",
                        (
                            "<p>Ja, dat mag. Maar dan mag u geen naam boven uw lijst zetten; er"
                            " komt alleen een nummer. Dat heet een <i>blanco lijst</i>. "
                            "Daarnaast zijn dan wel ondersteuningsverklaringen nodig. Voor de "
                            "herkenbaarheid kiezen vrijwel alle lokale partijen daarom voor een"
                            " vereniging.</p>"
                        ),
                    ),
                    (
                        "Hoeveel kost de oprichting?",
                        (
                            "<p>Dat hangt af van de notaris. Vraag een paar offertes op. "
                            "Daarnaast betaalt u bij de KvK mogelijk inschrijfkosten en bij het"
                            " centraal stembureau €112,50 voor de registratie van de naam voor "
                            "de gemeenteraad. Controleer de actuele bedragen bij de KvK en de "
                            "Kiesraad.</p>"
                        ),
                    ),
                    (
                        "Moeten we ons ook bij het UBO-register melden?",
                        (
                            "<p>Voor veel verenigingen geldt een registratieplicht in het "
                            "UBO-register. Vaak worden dan de bestuurders geregistreerd. Kijk "
                            'op <a href="https://www.kvk.nl/">kvk.nl</a> wat voor uw vereniging'
                            " geldt.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "statuten-en-huishoudelijk-reglement",
            "aanduiding-registreren",
            "taken-voorzitter-secretaris-penningmeester",
        ),
        documents=("model-statuten",),
    ),
    DemoArticle(
        theme="oprichting",
        slug="statuten-en-huishoudelijk-reglement",
        title="Statuten en huishoudelijk reglement",
        intro=(
            "De statuten zijn de grondwet van uw partij, het huishoudelijk reglement regelt de "
            "praktische afspraken. Hier leest u wat er in beide stukken hoort en hoe u ze later"
            " wijzigt."
        ),
        body=(
            (
                "heading",
                "Wat is het verschil?",
            ),
            (
                "paragraph",
                (
                    "<p>De <b>statuten</b> staan in de notariële akte van de vereniging. Ze "
                    "regelen de belangrijkste zaken, zoals de naam, het doel en de macht van de"
                    " ledenvergadering. Wijzigen kan alleen via een besluit van de "
                    "ledenvergadering en daarna opnieuw een notariële akte.</p><p>Het "
                    "<b>huishoudelijk reglement</b> is een gewoon document dat de "
                    "ledenvergadering zelf vaststelt. Hierin staan de praktische afspraken, "
                    "bijvoorbeeld over de hoogte van de contributie of de manier waarop u "
                    "kandidaten kiest. U kunt het makkelijker aanpassen, maar het mag nooit in "
                    "strijd zijn met de statuten of de wet.</p>"
                ),
            ),
            (
                "heading",
                "Wat moet er in de statuten staan?",
            ),
            (
                "paragraph",
                (
                    "<p>De wet (Burgerlijk Wetboek, boek 2) schrijft voor dat de statuten van "
                    "een vereniging in ieder geval bevatten:</p><ul><li>de naam van de "
                    "vereniging en de gemeente waar zij gevestigd is;</li><li>het doel van de "
                    "vereniging;</li><li>de verplichtingen van de leden, of hoe die worden "
                    "opgelegd (bijvoorbeeld contributie);</li><li>hoe de algemene "
                    "ledenvergadering wordt bijeengeroepen;</li><li>hoe bestuurders worden "
                    "benoemd en ontslagen;</li><li>wat er met het geld gebeurt als de "
                    "vereniging wordt opgeheven.</li></ul><p>De notaris controleert dit. Voor "
                    "een politieke partij is het verstandig om ook vast te leggen wie de partij"
                    " mag vertegenwoordigen, hoe de kandidatenlijst tot stand komt en wie de "
                    "<i>gemachtigde</i> bij het centraal stembureau aanwijst.</p>"
                ),
            ),
            (
                "heading",
                "Wat zet u in het huishoudelijk reglement?",
            ),
            (
                "paragraph",
                (
                    "<ul><li>De procedure voor de kandidatenlijst: wie zit in de "
                    "selectiecommissie en wie stelt de lijst vast?</li><li>Hoe u omgaat met "
                    "integriteit, nevenfuncties en het screenen van kandidaten.</li><li>De "
                    "verhouding tussen bestuur en fractie, bijvoorbeeld hoe vaak zij "
                    "overleggen.</li><li>Commissies, zoals de kascommissie en de "
                    "programmacommissie.</li><li>Afspraken over contributie, "
                    "onkostenvergoedingen en giften.</li><li>Hoe leden voorstellen kunnen "
                    "indienen voor de ledenvergadering.</li></ul>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Tip:</b> houd de statuten kort en algemeen en zet details in het "
                    "huishoudelijk reglement. Zo hoeft u niet voor elke kleine wijziging naar "
                    "de notaris.</p>"
                ),
            ),
            (
                "heading",
                "De statuten wijzigen",
            ),
            (
                "paragraph",
                (
                    "<p>Wilt u de statuten wijzigen? Kijk dan eerst in de statuten zelf welke "
                    "regels daarvoor gelden. Vaak staat er dat het voorstel ruim van tevoren "
                    "naar de leden moet en dat een grotere meerderheid nodig is, bijvoorbeeld "
                    "twee derde van de stemmen. Na het besluit legt de notaris de wijziging "
                    "vast in een akte. Geef de nieuwe statuten ook door aan de KvK (vaak doet "
                    "de notaris dat).</p><p>Heeft u de naam van de partij gewijzigd? Dan moet u"
                    " die ook bij het centraal stembureau laten wijzigen. Let daarbij op "
                    "dezelfde termijn als voor registratie: uiterlijk de 42e dag voor de dag "
                    "van kandidaatstelling.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        ("Mag het huishoudelijk reglement iets anders zeggen dan de statuten?"),
                        (
                            "<p>Nee. Als ze botsen, gaan de statuten voor. Controleer bij elke "
                            "wijziging van het reglement of het nog past bij de statuten.</p>"
                        ),
                    ),
                    (
                        "Moeten we elk jaar iets doen met de statuten?",
                        (
                            "<p>Nee, maar het is goed om ze elke paar jaar door te lezen, "
                            "bijvoorbeeld na de verkiezingen. Passen ze nog bij hoe de partij "
                            "nu werkt?</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "lokale-partij-oprichten",
            "ledenvergadering-organiseren",
        ),
        documents=(
            "model-statuten",
            "model-huishoudelijk-reglement",
        ),
    ),
    DemoArticle(
        theme="kandidaatstelling",
        slug="aanduiding-registreren",
        title="De aanduiding registreren bij het centraal stembureau",
        intro=(
            "De naam van uw partij op het stembiljet heet de aanduiding. Die moet u op tijd "
            "laten registreren bij het centraal stembureau van uw gemeente. Zo doet u dat."
        ),
        body=(
            (
                "heading",
                "Wat is de aanduiding?",
            ),
            (
                "paragraph",
                (
                    "<p>De aanduiding is de naam die boven uw kandidatenlijst op het stembiljet"
                    " staat. Kiezers herkennen u daaraan. Een partij die haar naam niet heeft "
                    "laten registreren, mag wel meedoen, maar dan staat er geen naam boven de "
                    "lijst. Elke gemeente heeft een <b>centraal stembureau</b> dat de "
                    "registraties beoordeelt. Meestal is de burgemeester voorzitter en doet een"
                    " afdeling van de gemeente (vaak Burgerzaken of Verkiezingen) het "
                    "praktische werk.</p>"
                ),
            ),
            (
                "heading",
                "Wat heeft u nodig?",
            ),
            (
                "paragraph",
                (
                    "<p>U dient een schriftelijk verzoek in bij het centraal stembureau. Stuur "
                    "mee:</p><ul><li>een afschrift van de <b>notariële akte</b> van oprichting,"
                    " met daarin de statuten;</li><li>een recent <b>uittreksel uit het "
                    "Handelsregister</b> van de KvK;</li><li>het <b>bewijs van betaling</b> van"
                    " €112,50 (het bedrag voor de gemeenteraadsverkiezingen);</li><li>de "
                    "aanwijzing van een <b>gemachtigde</b> en een <b>plaatsvervangend "
                    "gemachtigde</b>. Zij handelen namens de partij zaken af met het centraal "
                    "stembureau, zoals het geven van toestemming om de naam te gebruiken boven "
                    "de kandidatenlijst.</li></ul><p>De Kiesraad heeft hiervoor "
                    "modelformulieren. Vraag bij uw gemeente na welk formulier zij gebruikt en "
                    "hoe u het bedrag betaalt.</p>"
                ),
            ),
            (
                "heading",
                "Eisen aan de naam",
            ),
            (
                "paragraph",
                (
                    "<p>Het centraal stembureau weigert een naam als die:</p><ul><li>langer is "
                    "dan 35 letters of andere tekens;</li><li>helemaal of grotendeels hetzelfde"
                    " is als de naam van een partij die al geregistreerd is, waardoor "
                    "verwarring kan ontstaan;</li><li>misleidend is voor kiezers;</li><li>in "
                    "strijd is met de openbare orde.</li></ul><p>Kies daarom een duidelijke, "
                    "eigen naam. Tel de tekens, ook spaties en leestekens.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Termijn:</b> het verzoek moet uiterlijk op de <b>42e dag voor de dag"
                    " van kandidaatstelling</b> binnen zijn. Voor de gemeenteraadsverkiezingen "
                    "van 2026 (kandidaatstelling maandag 2 februari 2026) was dat maandag 22 "
                    "december 2025. Komt uw verzoek later binnen, dan geldt de registratie pas "
                    "voor de verkiezingen daarna. Registreren kan het hele jaar door, dus wacht"
                    " niet tot het laatste moment.</p>"
                ),
            ),
            (
                "heading",
                "Na de registratie",
            ),
            (
                "paragraph",
                (
                    "<p>Het centraal stembureau neemt een besluit en maakt dat openbaar. Tegen "
                    "dat besluit kunt u in beroep gaan bij de Afdeling bestuursrechtspraak van "
                    "de Raad van State. De termijnen daarvoor zijn kort; lees het besluit dus "
                    "meteen.</p><p>Een registratie blijft in principe geldig zolang u bij elke "
                    "volgende verkiezing een geldige kandidatenlijst inlevert met die naam. U "
                    "hoeft dus niet elke vier jaar opnieuw te registreren. Doet u een keer niet"
                    " mee, vraag dan bij het centraal stembureau na of uw registratie nog "
                    "geldt.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Wat doet de gemachtigde precies?",
                        (
                            "<p>De gemachtigde is het aanspreekpunt van de partij voor het "
                            "centraal stembureau. Hij of zij tekent bijvoorbeeld de verklaring "
                            "waarmee de inleveraar van de kandidatenlijst de geregistreerde "
                            "naam mag gebruiken. Kies iemand die betrouwbaar en goed bereikbaar"
                            " is, en een plaatsvervanger voor als die persoon er niet is.</p>"
                        ),
                    ),
                    (
                        "Kunnen we de naam later nog wijzigen?",
                        (
                            "<p>Ja, u kunt een wijziging van de geregistreerde naam aanvragen. "
                            "Daarvoor geldt dezelfde uiterste datum: de 42e dag voor de dag van"
                            " kandidaatstelling.</p>"
                        ),
                    ),
                    (
                        "Komt ons logo ook op het stembiljet?",
                        (
                            "<p>Dat hangt af van de regels en het model stembiljet dat op dat "
                            "moment geldt. Er lopen ook proeven met een nieuw stembiljet. Vraag"
                            " het na bij het centraal stembureau van uw gemeente of kijk op <a "
                            'href="https://www.kiesraad.nl/">kiesraad.nl</a>.</p>'
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "lokale-partij-oprichten",
            "kandidatenlijst-opstellen",
            "ondersteuningsverklaringen-en-waarborgsom",
        ),
        documents=("checklist-kandidaatstelling",),
    ),
    DemoArticle(
        theme="kandidaatstelling",
        slug="kandidatenlijst-opstellen",
        title="Hoe stel ik een kandidatenlijst op?",
        intro=(
            "De kandidatenlijst bepaalt wie namens uw partij in de gemeenteraad kan komen. In "
            "dit artikel leest u hoe u een kandidatenlijst samenstelt, welke regels gelden en "
            "hoe u de kandidatenlijst op tijd en foutloos inlevert."
        ),
        body=(
            (
                "heading",
                "Wat is een kandidatenlijst?",
            ),
            (
                "paragraph",
                (
                    "<p>Op de kandidatenlijst staan de mensen die uw partij voordraagt voor de "
                    "gemeenteraad, in een vaste volgorde. Kiezers stemmen op één kandidaat van "
                    "een kandidatenlijst. Alle stemmen op de kandidaten van uw kandidatenlijst "
                    "tellen samen op voor uw partij. Zo wordt bepaald hoeveel zetels uw partij "
                    "krijgt.</p>"
                ),
            ),
            (
                "heading",
                "Hoeveel namen mogen op de kandidatenlijst?",
            ),
            (
                "paragraph",
                (
                    "<p>Een kandidatenlijst voor de gemeenteraad mag <b>maximaal 50 namen</b> "
                    "bevatten. Heeft uw partij bij de vorige verkiezingen <b>meer dan 15 "
                    "zetels</b> gehaald, dan mogen er <b>maximaal 80 namen</b> op. Er is geen "
                    "wettelijk minimum, maar een te korte kandidatenlijst is riskant: als u "
                    "meer zetels haalt dan u kandidaten heeft, blijft een zetel leeg of gaat "
                    "die naar een andere partij. Zet daarom ruim voldoende namen op de "
                    "kandidatenlijst.</p>"
                ),
            ),
            (
                "heading",
                "De volgorde en de lijsttrekker",
            ),
            (
                "paragraph",
                (
                    "<p>Nummer 1 is de <b>lijsttrekker</b>: het gezicht van de campagne en "
                    "meestal de beoogde fractievoorzitter. De volgorde op de kandidatenlijst is"
                    " belangrijk. Zetels gaan in principe naar de kandidaten in de volgorde van"
                    " de lijst. Een kandidaat die veel <i>voorkeurstemmen</i> krijgt, kan die "
                    "volgorde doorbreken. De drempel daarvoor staat in de Kieswet; kijk voor de"
                    " actuele regels op de site van de Kiesraad.</p><p>Denk bij de volgorde aan"
                    " een goede mix: ervaring en nieuwe mensen, verschillende wijken of kernen,"
                    " verschillende leeftijden en achtergronden. Onderaan zetten partijen soms "
                    "bekende inwoners als <i>lijstduwer</i>. Zij trekken stemmen, maar zijn "
                    "niet van plan de zetel in te nemen. Wees daar open over naar kiezers.</p>"
                ),
            ),
            (
                "heading",
                "Zo komt uw kandidatenlijst tot stand",
            ),
            (
                "paragraph",
                (
                    "<ol><li><b>Stel een kandidatencommissie in</b>, bijvoorbeeld drie leden "
                    "die zelf geen kandidaat zijn.</li><li><b>Maak een profiel</b>: wat "
                    "verwacht u van een raadslid? Denk aan tijd (reken op meerdere avonden per "
                    "week), kennis van de gemeente en integriteit.</li><li><b>Werf "
                    "kandidaten</b> onder leden en daarbuiten.</li><li><b>Voer gesprekken</b> "
                    "en screen kandidaten zorgvuldig.</li><li><b>Doe een voorstel</b> voor de "
                    "volgorde van de kandidatenlijst aan het bestuur.</li><li><b>Laat de "
                    "ledenvergadering de kandidatenlijst vaststellen</b>, als uw statuten of "
                    "reglement dat zo regelen.</li></ol>"
                ),
            ),
            (
                "heading",
                "Instemmingsverklaringen",
            ),
            (
                "paragraph",
                (
                    "<p>Elke kandidaat op de kandidatenlijst moet schriftelijk verklaren dat "
                    "hij of zij instemt met de kandidatuur. Dat is de "
                    "<b>instemmingsverklaring</b>. Hiervoor is een modelformulier van de "
                    "Kiesraad. Een kandidaat mag in een gemeente maar op één kandidatenlijst "
                    "staan. Controleer ook of de naam, voorletters en woonplaats precies "
                    "kloppen. Een ontbrekende instemmingsverklaring betekent dat de kandidaat "
                    "van de kandidatenlijst wordt geschrapt als dat niet op tijd wordt "
                    "hersteld.</p>"
                ),
            ),
            (
                "heading",
                "Inleveren op de dag van kandidaatstelling",
            ),
            (
                "paragraph",
                (
                    "<p>De kandidatenlijst levert u in op de <b>dag van kandidaatstelling</b>, "
                    "tussen 09.00 en 17.00 uur, bij het centraal stembureau van uw gemeente. "
                    "Dat is een maandag eind januari of begin februari. Voor de "
                    "gemeenteraadsverkiezingen van 2026 was dat maandag 2 februari 2026. De "
                    "volgende gewone gemeenteraadsverkiezingen zijn in 2030. Lever samen met de"
                    " kandidatenlijst ook de instemmingsverklaringen in, de verklaring van de "
                    "gemachtigde dat u de geregistreerde naam mag gebruiken en, als dat voor uw"
                    " partij nodig is, de ondersteuningsverklaringen en het bewijs dat de "
                    "waarborgsom is betaald.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Tip:</b> veel gemeenten bieden aan om uw kandidatenlijst en "
                    "formulieren vooraf te laten controleren. Maak daar gebruik van. Lever de "
                    "kandidatenlijst niet op het laatste uur in: dan heeft u nog tijd als er "
                    "iets ontbreekt.</p>"
                ),
            ),
            (
                "heading",
                "Herstel van fouten",
            ),
            (
                "paragraph",
                (
                    "<p>Na de kandidaatstelling onderzoekt het centraal stembureau elke "
                    "kandidatenlijst. Vindt het een fout, zoals een ontbrekende "
                    "instemmingsverklaring, dan krijgt u bericht en een korte periode om die te"
                    " herstellen (in de dagen direct na de kandidaatstelling). Daarna beslist "
                    "het centraal stembureau of de kandidatenlijst geldig is en welk "
                    "lijstnummer zij krijgt. Niet elke fout is te herstellen: reken er niet op "
                    "dat u ontbrekende ondersteuningsverklaringen of een niet-betaalde "
                    "waarborgsom achteraf nog kunt regelen.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Moet een kandidaat in onze gemeente wonen?",
                        (
                            "<p>Niet op het moment van kandidaatstelling. Wie gekozen wordt, "
                            "moet wel in de gemeente wonen om als raadslid te worden "
                            "toegelaten. Er bestaan uitzonderingen; vraag het na bij uw "
                            "gemeente.</p>"
                        ),
                    ),
                    (
                        ("Mag een kandidaat op de kandidatenlijst van twee partijen staan?"),
                        (
                            "<p>Nee, niet in dezelfde gemeente. Iemand kan wel in verschillende"
                            " gemeenten kandidaat zijn, maar kan uiteindelijk maar in één "
                            "gemeente raadslid worden.</p>"
                        ),
                    ),
                    (
                        "Wie levert de kandidatenlijst in?",
                        (
                            "<p>Iemand namens de partij, vaak de gemachtigde of een "
                            "bestuurslid. Spreek dit ruim van tevoren af en zorg voor een "
                            "vervanger.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "ondersteuningsverklaringen-en-waarborgsom",
            "aanduiding-registreren",
            "kandidaten-screenen",
        ),
        documents=(
            "checklist-kandidaatstelling",
            "model-integriteitsverklaring",
        ),
    ),
    DemoArticle(
        theme="kandidaatstelling",
        slug="ondersteuningsverklaringen-en-waarborgsom",
        title="Ondersteuningsverklaringen en waarborgsom",
        intro=(
            "Doet uw partij voor het eerst mee, of haalde zij de vorige keer geen zetel? Dan "
            "heeft u ondersteuningsverklaringen nodig en betaalt u een waarborgsom. Hier leest "
            "u hoeveel, wanneer en hoe."
        ),
        body=(
            (
                "heading",
                "Voor wie gelden deze regels?",
            ),
            (
                "paragraph",
                (
                    "<p>Ondersteuningsverklaringen en de waarborgsom zijn alleen nodig als uw "
                    "partij:</p><ul><li>voor het eerst meedoet aan de gemeenteraadsverkiezingen"
                    " in uw gemeente, of</li><li>bij de vorige gemeenteraadsverkiezingen geen "
                    "zetel heeft gehaald.</li></ul><p>Ook voor een lijst zonder naam erboven "
                    "(een blanco lijst) zijn ondersteuningsverklaringen nodig. Zit uw partij al"
                    " in de raad, dan hoeft u dit allemaal niet te doen.</p>"
                ),
            ),
            (
                "heading",
                "Hoeveel ondersteuningsverklaringen?",
            ),
            (
                "paragraph",
                (
                    "<p>Het aantal hangt af van het aantal zetels in uw "
                    "gemeenteraad:</p><ul><li>gemeenteraad met <b>minder dan 19 zetels</b>: "
                    "<b>10</b> verklaringen;</li><li>gemeenteraad met <b>19 tot en met 37 "
                    "zetels</b>: <b>20</b> verklaringen;</li><li>gemeenteraad met <b>39 zetels "
                    "of meer</b>: <b>30</b> verklaringen.</li></ul><p>Dit is het wettelijk "
                    "minimum. Verzamel er altijd een paar extra, voor het geval er één ongeldig"
                    " blijkt. Controleer het aantal voor uw gemeente bij het centraal "
                    "stembureau.</p>"
                ),
            ),
            (
                "heading",
                "Hoe werkt een ondersteuningsverklaring?",
            ),
            (
                "paragraph",
                (
                    "<ol><li>De partij geeft een kiezer een formulier met de gegevens van de "
                    "kandidatenlijst.</li><li>De kiezer gaat <b>zelf, persoonlijk</b> naar het "
                    "gemeentehuis van de gemeente waar hij of zij als kiezer staat "
                    "ingeschreven, met een geldig identiteitsbewijs.</li><li>Daar tekent de "
                    "kiezer het formulier in het bijzijn van een medewerker van de "
                    "gemeente.</li><li>De kiezer geeft het formulier terug aan de partij. De "
                    "partij levert alle verklaringen in samen met de "
                    "kandidatenlijst.</li></ol><p>Elke kiezer mag maar <b>één</b> "
                    "ondersteuningsverklaring tekenen, en een getekende verklaring kan niet "
                    "worden ingetrokken. Ook kandidaten mogen tekenen, als zij in de gemeente "
                    "kiezer zijn.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Wanneer?</b> Tekenen kan vanaf de 14e dag voor de dag van "
                    "kandidaatstelling tot en met de dag van kandidaatstelling zelf. Voor de "
                    "gemeenteraadsverkiezingen van 2026 was dat van maandag 19 januari tot en "
                    "met maandag 2 februari 2026. Vraag of u een afspraak moet maken: in veel "
                    "gemeenten is dat nodig of handig.</p>"
                ),
            ),
            (
                "heading",
                "De waarborgsom",
            ),
            (
                "paragraph",
                (
                    "<p>Een nieuwe partij, of een partij die de vorige keer geen zetel haalde, "
                    "betaalt een <b>waarborgsom van €225</b>. Die moet uiterlijk op de 14e dag "
                    "voor de dag van kandidaatstelling betaald zijn (voor 2026 was dat 19 "
                    "januari 2026). Uw gemeente vertelt u hoe u betaalt. Het bewijs van "
                    "betaling levert u in bij de kandidatenlijst.</p><p>U krijgt de waarborgsom"
                    " terug als uw lijst ten minste <b>75% van de kiesdeler</b> haalt. De "
                    "kiesdeler is het aantal geldige stemmen gedeeld door het aantal zetels in "
                    "de raad. Haalt uw partij dat niet, dan bent u de waarborgsom kwijt.</p>"
                ),
            ),
            (
                "heading",
                "Zo organiseert u het",
            ),
            (
                "paragraph",
                (
                    "<ul><li>Wijs één coördinator aan die bijhoudt wie al getekend "
                    "heeft.</li><li>Maak een lijst van mensen die willen tekenen en plan per "
                    "dag wie er naar het gemeentehuis gaat.</li><li>Geef iedereen de "
                    "openingstijden en het adres van het gemeentehuis mee.</li><li>Haal de "
                    "formulieren dezelfde dag nog op en bewaar ze veilig.</li><li>Ga niet "
                    "ronselen met beloningen; een ondersteuningsverklaring is een vrije keuze "
                    "van de kiezer.</li></ul>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Kan een kiezer online tekenen?",
                        (
                            "<p>Nee. Een ondersteuningsverklaring wordt persoonlijk getekend op"
                            " het gemeentehuis, met een identiteitsbewijs. Kijk bij uw gemeente"
                            " of er andere locaties of avondopenstellingen zijn.</p>"
                        ),
                    ),
                    (
                        "Mag iemand uit de buurgemeente tekenen?",
                        (
                            "<p>Nee. Alleen kiezers die in uw gemeente staan ingeschreven "
                            "tellen mee, en zij tekenen in hun eigen gemeentehuis.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "kandidatenlijst-opstellen",
            "aanduiding-registreren",
        ),
        documents=("checklist-kandidaatstelling",),
    ),
    DemoArticle(
        theme="integriteit",
        slug="kandidaten-screenen",
        title="Kandidaten screenen",
        intro=(
            "Een zorgvuldige screening beschermt uw kandidaten, uw partij en het vertrouwen van"
            " kiezers. Dit artikel laat zien hoe u dat eerlijk en met respect voor privacy "
            "aanpakt."
        ),
        body=(
            (
                "heading",
                "Waarom screenen?",
            ),
            (
                "paragraph",
                (
                    "<p>Raadsleden beslissen over geld, vergunningen en plannen die inwoners "
                    "raken. Kiezers moeten erop kunnen vertrouwen dat uw kandidaten integer "
                    "zijn. Een incident na de verkiezingen kost de partij veel en kan ook voor "
                    "de kandidaat zelf erg vervelend zijn. Screenen is daarom geen wantrouwen, "
                    "maar zorg: u bespreekt vooraf wat later lastig kan worden.</p>"
                ),
            ),
            (
                "heading",
                "Drie onderdelen",
            ),
            (
                "paragraph",
                (
                    "<p><b>1. Het integriteitsgesprek.</b> Een gesprek van ongeveer een uur met"
                    " twee mensen van de kandidatencommissie. U bespreekt onder "
                    "andere:</p><ul><li>werk, nevenfuncties en bezit (bijvoorbeeld grond of een"
                    " bedrijf in de gemeente);</li><li>familie of vrienden die zaken doen met "
                    "de gemeente;</li><li>schulden of lopende conflicten die iemand kwetsbaar "
                    "maken;</li><li>uitspraken op sociale media uit het verleden;</li><li>hoe "
                    "de kandidaat omgaat met druk, geheimhouding en "
                    "bedreigingen.</li></ul><p><b>2. De risicoanalyse.</b> Na het gesprek "
                    "beoordeelt de commissie of er risico's zijn en hoe die te beperken zijn. "
                    "Een risico betekent niet automatisch dat iemand afvalt. Vaak is de "
                    "oplossing een afspraak, bijvoorbeeld: bij onderwerpen die het eigen "
                    "bedrijf raken, doet de kandidaat niet mee aan de "
                    "besluitvorming.</p><p><b>3. De Verklaring Omtrent het Gedrag (VOG).</b> "
                    "Sommige partijen vragen kandidaten om een VOG. De kandidaat vraagt die "
                    "zelf aan bij Justis; de partij vult als organisatie het doel en het "
                    "screeningsprofiel in. Vraag bij Justis na welk profiel past.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Let op:</b> voor kandidaat-wethouders gebeurt vaak een aparte "
                    "screening, meestal via de burgemeester. De regels daarvoor kunnen per "
                    "gemeente verschillen en zijn in ontwikkeling. Vraag de griffie hoe het in "
                    "uw gemeente gaat.</p>"
                ),
            ),
            (
                "heading",
                "Privacy van kandidaten",
            ),
            (
                "paragraph",
                (
                    "<p>Bij screening verzamelt u gevoelige gegevens. Ga daar zorgvuldig mee "
                    "om:</p><ul><li>Vertel de kandidaat vooraf wat u vraagt, waarom, wie het "
                    "ziet en hoe lang u het bewaart.</li><li>Verzamel niet meer dan nodig. "
                    "Noteer conclusies en afspraken, geen uitgebreide verslagen.</li><li>Bewaar"
                    " geen kopie van het identiteitsbewijs en geen strafrechtelijke details. "
                    "Noteer alleen dát een VOG is overlegd.</li><li>Beperk de toegang tot de "
                    "leden van de commissie.</li><li>Verwijder de gegevens van kandidaten die "
                    "niet op de kandidatenlijst komen na afloop van de "
                    "procedure.</li></ul><p>Lidmaatschap van een politieke partij is een "
                    "bijzonder persoonsgegeven onder de AVG. Meer uitleg vindt u bij de "
                    "Autoriteit Persoonsgegevens.</p>"
                ),
            ),
            (
                "heading",
                "Een eerlijke procedure",
            ),
            (
                "paragraph",
                (
                    "<p>Gebruik voor alle kandidaten dezelfde vragen en dezelfde stappen. Leg "
                    "vast hoe de procedure werkt in het huishoudelijk reglement. Geef een "
                    "kandidaat altijd de kans om te reageren op een zorg voordat de commissie "
                    "besluit. En spreek af wat er gebeurt als er na de verkiezingen nieuwe "
                    "informatie opduikt.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Mogen we kandidaten googelen?",
                        (
                            "<p>Openbare informatie bekijken kan onderdeel zijn van de "
                            "screening. Vertel kandidaten dat vooraf, kijk alleen naar wat "
                            "relevant is en bespreek wat u vindt met de kandidaat zelf.</p>"
                        ),
                    ),
                    (
                        "Is een VOG verplicht voor raadsleden?",
                        (
                            "<p>Nee, de wet verplicht raadsleden niet tot een VOG. Het is een "
                            "keuze van de partij. Als u het vraagt, vraag het dan van alle "
                            "kandidaten.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "integriteit-in-de-fractie",
            "kandidatenlijst-opstellen",
        ),
        documents=("model-integriteitsverklaring",),
    ),
    DemoArticle(
        theme="leden-en-vrijwilligers",
        slug="leden-werven-en-behouden",
        title="Leden werven en behouden",
        intro=(
            "Een lokale partij draait op mensen. Hoe vindt u nieuwe leden, hoe maakt u van een "
            "lid een actieve vrijwilliger, en hoe zorgt u dat mensen blijven?"
        ),
        body=(
            (
                "heading",
                "Waarom mensen lid worden",
            ),
            (
                "paragraph",
                (
                    "<p>De meeste mensen worden geen lid vanwege een folder, maar omdat iemand "
                    "het hun vraagt. Ze willen iets doen voor hun straat, hun dorp of hun wijk."
                    " Vertel daarom vooral wat uw partij concreet doet in de gemeente, en vraag"
                    " mensen persoonlijk. Een lid dat zich welkom voelt, wordt vaak ook een "
                    "vrijwilliger.</p>"
                ),
            ),
            (
                "heading",
                "Zo werft u nieuwe leden",
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Vraag het persoonlijk.</b> Laat elk bestuurslid en raadslid dit"
                    " jaar drie mensen persoonlijk vragen.</li><li><b>Wees zichtbaar</b> op "
                    "plekken waar inwoners komen: de markt, de sportclub, een "
                    "buurtfeest.</li><li><b>Maak lid worden makkelijk.</b> Een kort formulier "
                    "op de website, een duidelijke contributie en een snelle "
                    "bevestiging.</li><li><b>Organiseer open avonden</b> over een onderwerp dat"
                    " in de gemeente speelt. Nodig ook niet-leden uit.</li><li><b>Gebruik het "
                    "moment.</b> Rond een lastig besluit in de raad of vlak voor de campagne "
                    "zijn mensen eerder bereid om mee te doen.</li></ul>"
                ),
            ),
            (
                "heading",
                "Van lid naar vrijwilliger",
            ),
            (
                "paragraph",
                (
                    "<p>Niet elk lid wil een avond per week vergaderen. Bied daarom "
                    "verschillende soorten taken aan, van klein tot groot:</p><ul><li>een keer "
                    "flyers rondbrengen in de eigen straat;</li><li>meedenken over één "
                    "onderwerp in een werkgroep;</li><li>helpen bij de ledenvergadering of een "
                    "campagnedag;</li><li>een vaste rol, zoals de website of de "
                    "ledenadministratie.</li></ul><p>Vraag nieuwe leden in een kort "
                    "welkomstgesprek wat zij leuk vinden en hoeveel tijd zij hebben. Een "
                    "vrijwilliger die een taak krijgt die past, blijft langer. Geef elke nieuwe"
                    " vrijwilliger een vast aanspreekpunt in de partij.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Tip:</b> houd een eenvoudige lijst bij van wie waarbij wil helpen. "
                    "Zo weet u bij de volgende campagne meteen wie u kunt bellen. Vraag wel "
                    "toestemming om deze gegevens te bewaren.</p>"
                ),
            ),
            (
                "heading",
                "Leden en helpers behouden",
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Houd contact.</b> Stuur regelmatig een korte nieuwsbrief met "
                    "wat de fractie heeft gedaan.</li><li><b>Laat leden meebeslissen</b>, "
                    "bijvoorbeeld over het verkiezingsprogramma en de "
                    "kandidatenlijst.</li><li><b>Bedank mensen.</b> Een berichtje na een "
                    "campagnedag of een jaarlijkse borrel doet veel.</li><li><b>Vraag waarom "
                    "mensen opzeggen.</b> Een kort gesprek of mailtje levert nuttige lessen "
                    "op.</li><li><b>Voorkom overbelasting.</b> Let op de vrijwilliger die "
                    "overal ja op zegt en geef tijdig taken aan anderen.</li></ul>"
                ),
            ),
            (
                "heading",
                "Privacy van leden",
            ),
            (
                "paragraph",
                (
                    "<p>Dat iemand lid is van een politieke partij, zegt iets over zijn of haar"
                    " politieke opvatting. Volgens de AVG is dat een <b>bijzonder "
                    "persoonsgegeven</b>. Wees daarom extra zorgvuldig:</p><ul><li>Bewaar de "
                    "ledenlijst op één veilige plek en geef alleen toegang aan wie het echt "
                    "nodig heeft.</li><li>Deel de ledenlijst niet met anderen, ook niet met de "
                    "fractie, zonder duidelijke afspraken.</li><li>Gebruik BCC als u een mail "
                    "aan veel leden tegelijk stuurt.</li><li>Verwijder gegevens van oud-leden "
                    "na een vaste termijn, behalve wat u voor de boekhouding moet "
                    "bewaren.</li></ul><p>Meer informatie vindt u bij de Autoriteit "
                    "Persoonsgegevens.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Moet iemand lid zijn om te helpen?",
                        (
                            "<p>Nee. Sommige mensen willen wel helpen, maar geen lid worden. "
                            "Ook zo'n vrijwilliger is welkom. Spreek wel af wat hij of zij "
                            "namens de partij mag zeggen en doen.</p>"
                        ),
                    ),
                    (
                        "Hoe hoog moet de contributie zijn?",
                        (
                            "<p>Dat bepaalt de ledenvergadering zelf. Veel lokale partijen "
                            "kiezen een laag bedrag, zodat niemand wordt buitengesloten. Een "
                            "verlaagd tarief voor jongeren of mensen met een laag inkomen kan "
                            "helpen.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "ledenvergadering-organiseren",
            "campagne-met-weinig-geld",
        ),
    ),
    DemoArticle(
        theme="campagne",
        slug="verkiezingsprogramma-schrijven",
        title="Een verkiezingsprogramma schrijven",
        intro=(
            "Het verkiezingsprogramma vertelt kiezers wat uw partij wil bereiken in de "
            "gemeente. Een goed programma is concreet, leesbaar en gedragen door de leden. Zo "
            "pakt u het aan."
        ),
        body=(
            (
                "heading",
                "Begin op tijd",
            ),
            (
                "paragraph",
                (
                    "<p>Een programma schrijven kost meer tijd dan de meeste partijen denken. "
                    "Begin ongeveer een jaar voor de verkiezingen. Een mogelijke "
                    "planning:</p><ul><li><b>12 maanden vooraf:</b> programmacommissie "
                    "instellen en een planning maken.</li><li><b>10 tot 7 maanden vooraf:</b> "
                    "ideeën ophalen bij leden, inwoners en organisaties.</li><li><b>6 tot 4 "
                    "maanden vooraf:</b> schrijven en bespreken.</li><li><b>3 maanden "
                    "vooraf:</b> vaststellen in de ledenvergadering.</li></ul>"
                ),
            ),
            (
                "heading",
                "Wie schrijft er?",
            ),
            (
                "paragraph",
                (
                    "<p>Stel een kleine programmacommissie in van drie tot vijf mensen. Zorg "
                    "voor een mix: iemand met kennis van de raad, iemand die goed kan schrijven"
                    " en iemand die dicht bij inwoners staat. Eén persoon is eindredacteur en "
                    "zorgt dat het één verhaal wordt. Betrek de fractie, maar laat het "
                    "programma van de hele partij zijn.</p>"
                ),
            ),
            (
                "heading",
                "Ideeën ophalen",
            ),
            (
                "paragraph",
                (
                    "<ul><li>Organiseer een avond voor leden per thema, zoals wonen, zorg, "
                    "verkeer of de kernen.</li><li>Praat met verenigingen, ondernemers, "
                    "wijkraden en dorpsraden.</li><li>Maak een korte online vragenlijst voor "
                    "inwoners.</li><li>Kijk naar de begroting en de plannen van de gemeente. Op"
                    ' <a href="https://www.waarstaatjegemeente.nl/">waarstaatjegemeente.nl</a> '
                    "vindt u veel cijfers over uw gemeente.</li></ul>"
                ),
            ),
            (
                "heading",
                "Schrijftips",
            ),
            (
                "paragraph",
                (
                    '<ul><li><b>Schrijf concreet.</b> Niet "wij vinden veiligheid belangrijk", '
                    "maar wat u wilt veranderen, waar en wanneer.</li><li><b>Wees eerlijk over "
                    "geld.</b> Geeft u ergens meer aan uit, zeg dan waar het geld vandaan "
                    "komt.</li><li><b>Gebruik gewone taal.</b> Korte zinnen, geen ambtelijke "
                    "woorden. Laat iemand van buiten de partij meelezen.</li><li><b>Houd het "
                    "kort.</b> Liever twintig duidelijke pagina's dan zestig "
                    "vage.</li><li><b>Maak een samenvatting</b> van één pagina met de "
                    "belangrijkste punten. Die gebruikt u in de campagne.</li></ul>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Tip:</b> schrijf per hoofdstuk drie tot vijf concrete punten waar u "
                    "na vier jaar op afgerekend wilt worden. Dat helpt later ook bij het "
                    "onderhandelen over een coalitie- of raadsakkoord.</p>"
                ),
            ),
            (
                "heading",
                "Een vaste opbouw",
            ),
            (
                "paragraph",
                (
                    "<ol><li>Een korte inleiding: wie zijn wij en waar staan wij "
                    "voor?</li><li>Hoofdstukken per onderwerp, elk met: wat is er aan de hand, "
                    "wat willen wij en hoe gaan we dat doen?</li><li>Een hoofdstuk over geld: "
                    "hoe gaan we om met de gemeentelijke begroting?</li><li>Een slot met een "
                    "oproep om te stemmen en mee te doen.</li></ol>"
                ),
            ),
            (
                "heading",
                "Vaststellen en gebruiken",
            ),
            (
                "paragraph",
                (
                    "<p>Stuur het concept ruim voor de ledenvergadering naar de leden. Geef "
                    "leden de kans om wijzigingsvoorstellen in te dienen en bespreek die in de "
                    "vergadering. Na vaststelling maakt u er een leesbare versie van, online en"
                    " eventueel op papier. Gebruik het programma daarna actief: in debatten, in"
                    " gesprekken met kiezers en later in de raad.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Moeten we over elk onderwerp iets zeggen?",
                        (
                            "<p>Nee. Kies de onderwerpen die voor uw gemeente en uw kiezers het"
                            " belangrijkst zijn. Wel is het goed om in één zin te zeggen hoe u "
                            "naar de gemeentefinanciën kijkt.</p>"
                        ),
                    ),
                    (
                        "Mogen we ideeën van andere partijen gebruiken?",
                        (
                            "<p>Neem geen teksten over. Goede ideeën mag u natuurlijk in uw "
                            "eigen woorden en voor uw eigen gemeente uitwerken.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "campagne-met-weinig-geld",
            "ledenvergadering-organiseren",
        ),
    ),
    DemoArticle(
        theme="campagne",
        slug="campagne-met-weinig-geld",
        title="Campagne voeren met weinig geld",
        intro=(
            "Een lokale partij heeft meestal een kleine kas. Dat hoeft geen probleem te zijn: "
            "in de gemeentepolitiek tellen persoonlijk contact en zichtbaarheid het meest. "
            "Praktische tips voor een campagne met een klein budget."
        ),
        body=(
            (
                "heading",
                "Maak eerst een plan",
            ),
            (
                "paragraph",
                (
                    "<p>Zet op één A4 wat u wilt bereiken, bij wie en met welk geld. Beantwoord"
                    " deze vragen:</p><ul><li>Welke kiezers wilt u vooral bereiken, en waar "
                    "wonen zij?</li><li>Wat zijn uw drie belangrijkste "
                    "boodschappen?</li><li>Hoeveel geld en hoeveel mensen heeft u?</li><li>Wat "
                    "doet u per week in de laatste acht weken?</li></ul><p>Wijs één "
                    "campagneleider aan die de planning bewaakt en één penningmeester die de "
                    "uitgaven bijhoudt.</p>"
                ),
            ),
            (
                "heading",
                "Gratis of bijna gratis",
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Huis-aan-huis.</b> Aanbellen en een kort gesprek voeren werkt "
                    "in een gemeente vaak beter dan elke advertentie. Begin in buurten waar u "
                    "nog weinig bekend bent.</li><li><b>Op straat.</b> Sta op de markt, bij de "
                    "supermarkt of bij evenementen. Een kraam is niet nodig; een herkenbare jas"
                    " en een goede flyer zijn genoeg.</li><li><b>Lokale media.</b> Stuur een "
                    "persbericht naar de lokale krant, omroep en nieuwssites bij elk concreet "
                    "plan. Houd het kort en geef een contactpersoon.</li><li><b>Debatten.</b> "
                    "Doe mee aan elk debat en elke stemhulp waarvoor u wordt "
                    "uitgenodigd.</li><li><b>Sociale media.</b> Korte filmpjes van kandidaten "
                    "op plekken in de gemeente werken vaak goed. Reageer netjes en snel op "
                    "vragen.</li><li><b>Het eigen netwerk.</b> Vraag elke kandidaat om tien "
                    "mensen persoonlijk te benaderen.</li></ul>"
                ),
            ),
            (
                "heading",
                "Waar geeft u geld aan uit?",
            ),
            (
                "paragraph",
                (
                    "<p>Met een klein budget kiest u voor dingen die lang meegaan of veel "
                    "mensen bereiken:</p><ul><li>een eenvoudige, goede website met het "
                    "programma en de kandidaten;</li><li>een flyer met de kernpunten en de "
                    "kandidatenlijst;</li><li>posters voor de verkiezingsborden en voor ramen "
                    "van leden;</li><li>eventueel een kleine advertentie of gesponsorde "
                    "berichten in de laatste week.</li></ul><p>Vraag altijd meerdere offertes "
                    "voor drukwerk en bestel niet te veel.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Let op de regels van uw gemeente.</b> Regels over verkiezingsborden,"
                    " posters en flyeren verschillen per gemeente. Sommige gemeenten plaatsen "
                    "geen borden meer om zelf op te plakken. Kijk op de site van uw gemeente of"
                    " in de Algemene Plaatselijke Verordening (APV), en vraag bij twijfel de "
                    "gemeente.</p>"
                ),
            ),
            (
                "heading",
                "De laatste weken",
            ),
            (
                "paragraph",
                (
                    "<p>In de laatste twee weken beslissen veel kiezers pas. Plan dan uw meeste"
                    " acties. Zorg in de laatste dagen voor zichtbaarheid bij drukke plekken en"
                    " herinner uw eigen netwerk eraan om te gaan stemmen. Op de verkiezingsdag "
                    "zelf voert u geen campagne in het stemlokaal. Voor acties vlak bij een "
                    "stemlokaal kan de gemeente regels hebben; vraag die op tijd na.</p>"
                ),
            ),
            (
                "heading",
                "Privacy en netheid",
            ),
            (
                "paragraph",
                (
                    "<ul><li>Stuur alleen e-mails of berichten naar mensen die daar toestemming"
                    " voor hebben gegeven.</li><li>Ruim posters en borden na de verkiezingen op"
                    " tijd op.</li><li>Blijf respectvol over andere partijen en kandidaten. "
                    "Kiezers waarderen een positieve campagne.</li></ul>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Moeten we betalen voor de verkiezingsborden?",
                        (
                            "<p>Dat verschilt per gemeente. Vaak regelt de gemeente de borden. "
                            "Vraag het na bij de gemeente.</p>"
                        ),
                    ),
                    (
                        "Hoe vinden we genoeg mensen om te helpen?",
                        (
                            "<p>Vraag mensen voor een concrete, korte taak: één middag flyeren "
                            "of één avond aanbellen. Dat is voor veel mensen makkelijker dan "
                            "een vaste rol.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "verkiezingsprogramma-schrijven",
            "fondsenwerving-en-giften",
            "leden-werven-en-behouden",
        ),
    ),
    DemoArticle(
        theme="financien-en-fondsenwerving",
        slug="fondsenwerving-en-giften",
        title="Fondsenwerving en giften: wat mag wel en niet",
        intro=(
            "Contributie, giften, sponsoring en acties: een lokale partij kan op veel manieren "
            "geld ophalen. Wees daarbij open over wie u steunt. In dit artikel leest u waar u "
            "op let en welke regels u nagaat."
        ),
        body=(
            (
                "heading",
                "Waar komt het geld vandaan?",
            ),
            (
                "paragraph",
                (
                    "<p>De meeste lokale partijen halen hun geld uit een mix "
                    "van:</p><ul><li><b>contributie</b> van leden;</li><li><b>afdrachten</b> "
                    "van raadsleden en wethouders, als de partij dat heeft "
                    "afgesproken;</li><li><b>giften</b> van leden, inwoners en soms "
                    "bedrijven;</li><li><b>acties</b>, zoals een verkoopactie, een feest of "
                    "crowdfunding.</li></ul><p>Spreek in het huishoudelijk reglement af hoe u "
                    "met elk van deze bronnen omgaat. Dan hoeft het bestuur niet per geval "
                    "opnieuw te beslissen.</p>"
                ),
            ),
            (
                "heading",
                "Welke wetten gelden er?",
            ),
            (
                "paragraph",
                (
                    "<p>De <b>Wet financiering politieke partijen</b> regelt onder meer het "
                    "openbaar maken van giften. Die wet is vooral gericht op partijen die "
                    "meedoen aan verkiezingen voor de Tweede Kamer, de Eerste Kamer en "
                    "Provinciale Staten. Voor veel lokale partijen gelden de meeste regels uit "
                    "die wet daarom niet direct. Maar: de regels veranderen. Er wordt gewerkt "
                    "aan een nieuwe <b>Wet op de politieke partijen</b>, die ook gevolgen kan "
                    "hebben voor lokale partijen. Controleer daarom altijd de actuele regels op"
                    ' <a href="https://www.rijksoverheid.nl/">rijksoverheid.nl</a> en <a '
                    'href="https://wetten.overheid.nl/">wetten.overheid.nl</a>, of vraag het na'
                    " bij een adviseur.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Ons advies:</b> gedraag u alsof transparantie verplicht is. Kiezers "
                    "en journalisten vragen steeds vaker wie een partij financiert. Wie daar "
                    "open over is, heeft niets te vrezen.</p>"
                ),
            ),
            (
                "heading",
                "Goede afspraken over giften",
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Registreer elke gift</b>: wie, hoeveel, wanneer en of er "
                    "voorwaarden aan vastzitten.</li><li><b>Stel een eigen grens</b> waarboven "
                    "u de naam van de gever openbaar maakt, bijvoorbeeld in het jaarverslag. "
                    "Vertel gevers dat vooraf.</li><li><b>Weiger anonieme giften</b> boven een "
                    "klein bedrag dat u zelf vaststelt.</li><li><b>Geen gift in ruil voor "
                    "iets.</b> Een gift mag nooit gekoppeld zijn aan een standpunt, stem of "
                    "belofte. Twijfelt u, weiger de gift dan.</li><li><b>Let op giften in "
                    "natura</b>, zoals gratis drukwerk of een zaal. Ook dat zijn giften; noteer"
                    " de waarde.</li><li><b>Bespreek grote giften in het bestuur</b> en leg het"
                    " besluit vast.</li></ul>"
                ),
            ),
            (
                "heading",
                "Sponsoring door lokale ondernemers",
            ),
            (
                "paragraph",
                (
                    "<p>In een gemeente kent iedereen elkaar. Een ondernemer die uw campagne "
                    "steunt, kan later een vergunning aanvragen waarover uw fractie meebeslist."
                    " Dat hoeft geen probleem te zijn, maar zorg dat het zichtbaar is. Maak de "
                    "steun openbaar en spreek af dat raadsleden melden als een onderwerp een "
                    "gever raakt. Zo voorkomt u de schijn van belangenverstrengeling.</p>"
                ),
            ),
            (
                "heading",
                "Fractiegeld is geen partijgeld",
            ),
            (
                "paragraph",
                (
                    "<p>Veel gemeenten geven fracties een vergoeding voor ondersteuning van het"
                    " raadswerk. Die regels staan in een verordening van uw gemeente. Vaak mag "
                    "dat geld <b>niet</b> worden gebruikt voor de partij of de campagne. Houd "
                    "de geldstromen van fractie en partij daarom gescheiden en lees de "
                    "verordening van uw gemeente goed. Die vindt u op <a "
                    'href="https://lokaleregelgeving.overheid.nl/">lokaleregelgeving.overheid.nl</a>.</p>'
                ),
            ),
            (
                "heading",
                "Acties en loterijen",
            ),
            (
                "paragraph",
                (
                    "<p>Een verkoopactie of feest is meestal eenvoudig te organiseren. Voor "
                    "loterijen en andere kansspelen gelden wel regels, en soms is een "
                    "vergunning nodig. Kijk hiervoor bij de Kansspelautoriteit en uw "
                    "gemeente.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Zijn giften aan onze partij aftrekbaar voor de belasting?",
                        (
                            "<p>Ga daar niet zomaar van uit. Of een gift aftrekbaar is, hangt "
                            "af van de status van de organisatie. Vraag het na bij de "
                            "Belastingdienst voordat u het aan gevers belooft.</p>"
                        ),
                    ),
                    (
                        "Moeten we een jaarverslag over de financiën maken?",
                        (
                            "<p>Ja. Het bestuur legt elk jaar in de ledenvergadering "
                            "verantwoording af over het beleid en de financiën. Zet de giften "
                            "en de grens voor openbaarmaking daar ook in.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "taken-voorzitter-secretaris-penningmeester",
            "campagne-met-weinig-geld",
            "integriteit-in-de-fractie",
        ),
    ),
    DemoArticle(
        theme="integriteit",
        slug="integriteit-in-de-fractie",
        title="Integriteit in de fractie",
        intro=(
            "Integriteit is meer dan geen regels overtreden. Het gaat om hoe u als fractie "
            "omgaat met belangen, informatie en elkaar. Zo maakt u er samen een vast onderwerp "
            "van."
        ),
        body=(
            (
                "heading",
                "De regels voor raadsleden",
            ),
            (
                "paragraph",
                (
                    "<p>Voor raadsleden gelden regels uit de Gemeentewet. Drie "
                    "belangrijke:</p><ul><li><b>Nevenfuncties openbaar maken.</b> Raadsleden "
                    "melden hun nevenfuncties; de gemeente maakt die openbaar.</li><li><b>Niet "
                    "meestemmen bij een persoonlijk belang.</b> Gaat een besluit over uzelf, of"
                    " bent u er als vertegenwoordiger bij betrokken, dan stemt u niet "
                    "mee.</li><li><b>Gedragscode.</b> Elke gemeenteraad heeft een gedragscode "
                    "voor raadsleden. Vraag die op bij de griffie en lees hem "
                    "samen.</li></ul><p>De precieze regels vindt u in de Gemeentewet en de "
                    "gedragscode van uw raad. Bij twijfel helpt de griffier u verder.</p>"
                ),
            ),
            (
                "heading",
                "Praat er regelmatig over",
            ),
            (
                "paragraph",
                (
                    "<p>Integriteit wordt pas lastig als niemand erover durft te beginnen. Maak"
                    " het daarom een gewoon gespreksonderwerp:</p><ul><li>Zet integriteit twee "
                    "keer per jaar op de agenda van het fractieoverleg.</li><li>Bespreek een "
                    "dilemma uit de praktijk: wat zou u doen?</li><li>Laat nieuwe fractieleden "
                    "en commissieleden een integriteitsverklaring tekenen.</li><li>Spreek af "
                    "dat iedereen twijfels vroeg meldt bij de fractievoorzitter.</li></ul>"
                ),
            ),
            (
                "callout",
                (
                    '<p><b>Een voorbeeld van een dilemma:</b> uw buurman vraagt of u "even" '
                    "kunt kijken naar zijn bouwaanvraag, die binnenkort in de raad komt. Wat "
                    "doet u? Bespreek zulke situaties samen voordat ze echt gebeuren.</p>"
                ),
            ),
            (
                "heading",
                "Omgaan met informatie",
            ),
            (
                "paragraph",
                (
                    "<p>Raadsleden krijgen soms vertrouwelijke informatie. Soms legt de raad of"
                    " het college geheimhouding op. Houd u daar strikt aan, ook binnen de "
                    "partij. Het bestuur en de leden hoeven en mogen niet alles weten. Spreek "
                    "als fractie af hoe u vertrouwelijke stukken bewaart en wie ze mag "
                    "inzien.</p>"
                ),
            ),
            (
                "heading",
                "Omgangsvormen en veiligheid",
            ),
            (
                "paragraph",
                (
                    "<p>Integriteit gaat ook over hoe u met elkaar omgaat, in de fractie en met"
                    " ambtenaren. Spreek af hoe u conflicten oplost. Raadsleden krijgen ook "
                    "steeds vaker te maken met intimidatie en bedreiging. Maak een melding "
                    "daarvan altijd bespreekbaar en neem contact op met de griffie en eventueel"
                    " de politie. Uw gemeente heeft vaak een aanspreekpunt voor de veiligheid "
                    "van politieke ambtsdragers.</p>"
                ),
            ),
            (
                "heading",
                "Als het misgaat",
            ),
            (
                "paragraph",
                (
                    "<p>Is er een vermoeden van een integriteitsschending? Handel dan rustig en"
                    " zorgvuldig:</p><ol><li>Bespreek het eerst vertrouwelijk met de "
                    "fractievoorzitter of de partijvoorzitter.</li><li>Verzamel feiten; oordeel"
                    " niet op basis van geruchten.</li><li>Geef de betrokkene altijd de kans om"
                    " te reageren.</li><li>Schakel bij ernstige zaken de burgemeester in. De "
                    "burgemeester heeft een wettelijke taak om de bestuurlijke integriteit te "
                    "bevorderen.</li><li>Communiceer naar buiten pas als de feiten duidelijk "
                    "zijn, en met één woordvoerder.</li></ol>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Wat is het verschil tussen partij en fractie bij integriteit?",
                        (
                            "<p>De partij kiest kandidaten en kan afspraken maken met haar "
                            "leden. De fractie bestaat uit gekozen raadsleden, die hun zetel "
                            "persoonlijk hebben. De partij kan een raadslid niet uit de raad "
                            "zetten. Goede afspraken vooraf zijn daarom extra belangrijk.</p>"
                        ),
                    ),
                    (
                        (
                            "Moeten commissieleden die geen raadslid zijn ook een verklaring "
                            "tekenen?"
                        ),
                        (
                            "<p>Dat is verstandig. Zij nemen ook deel aan vergaderingen van de "
                            "gemeente en krijgen soms vertrouwelijke informatie. Kijk ook wat "
                            "de gedragscode van uw gemeente over hen zegt.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "kandidaten-screenen",
            "samenwerken-coalitie-oppositie",
        ),
        documents=("model-integriteitsverklaring",),
    ),
    DemoArticle(
        theme="fusie-en-samenwerking",
        slug="fuseren-met-een-andere-lokale-partij",
        title="Fuseren met een andere lokale partij",
        intro=(
            "Twee lokale partijen die veel op elkaar lijken, kunnen samen sterker staan. Maar "
            "een fusie is ook spannend voor leden en raadsleden. Zo pakt u het zorgvuldig aan."
        ),
        body=(
            (
                "heading",
                "Waarom fuseren?",
            ),
            (
                "paragraph",
                (
                    "<p>Partijen fuseren om verschillende redenen: ze willen meer zetels, ze "
                    "hebben te weinig mensen om alles te doen, of hun gemeenten gaan samen (een"
                    " herindeling). Stel voordat u begint samen vast wat u wilt bereiken. Een "
                    "fusie kost veel tijd en energie. Soms is samenwerken zonder fusie een "
                    "betere keuze, bijvoorbeeld een gezamenlijke werkgroep of een gezamenlijk "
                    "standpunt over één onderwerp.</p>"
                ),
            ),
            (
                "heading",
                "Eerst verkennen",
            ),
            (
                "paragraph",
                (
                    "<ul><li>Lijken de standpunten genoeg op elkaar? Leg de "
                    "verkiezingsprogramma's naast elkaar.</li><li>Past de cultuur? Hoe nemen "
                    "beide partijen besluiten, hoe gaan ze om met leden?</li><li>Wat betekent "
                    "het voor de raadsleden en de fractie?</li><li>Hoe staan de financiën "
                    "ervoor? Zijn er schulden of verplichtingen?</li><li>Wat vinden de leden? "
                    "Peil dat vroeg, bijvoorbeeld in een ledenvergadering.</li></ul><p>Laat de "
                    "verkenning doen door een kleine groep uit beide partijen, met een heldere "
                    "opdracht en een einddatum.</p>"
                ),
            ),
            (
                "heading",
                "Drie juridische routes",
            ),
            (
                "paragraph",
                (
                    "<p>Er zijn grofweg drie manieren om samen te gaan. Welke het beste past, "
                    "bespreekt u met een notaris:</p><ol><li><b>Juridische fusie.</b> De ene "
                    "vereniging gaat op in de andere, of beide gaan op in een nieuwe "
                    "vereniging. Hiervoor geldt een wettelijke procedure met een fusievoorstel,"
                    " een termijn waarin anderen het kunnen inzien, besluiten van beide "
                    "ledenvergaderingen en een notariële akte.</li><li><b>Opheffen en "
                    "overstappen.</b> De ene vereniging wordt opgeheven en haar leden worden "
                    "lid van de andere. Dit is soms eenvoudiger, maar regel goed wat er met het"
                    " geld en de bezittingen gebeurt.</li><li><b>Een nieuwe vereniging "
                    "oprichten</b> waar leden van beide partijen lid van worden, waarna de oude"
                    " verenigingen worden opgeheven.</li></ol>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Let op de kandidaatstelling.</b> Krijgt de partij een nieuwe naam, "
                    "dan moet die naam op tijd bij het centraal stembureau worden "
                    "geregistreerd: uiterlijk de 42e dag voor de dag van kandidaatstelling. "
                    "Vraag bij het centraal stembureau ook na of voor de nieuwe partij "
                    "ondersteuningsverklaringen en een waarborgsom nodig zijn. Plan de fusie "
                    "daarom ruim voor de gemeenteraadsverkiezingen.</p>"
                ),
            ),
            (
                "heading",
                "De fractie en de raad",
            ),
            (
                "paragraph",
                (
                    "<p>Een raadszetel is persoonlijk: de zetel is van het raadslid, niet van "
                    "de partij. Als twee fracties samengaan in de raad, regelt u dat volgens "
                    "het reglement van orde van uw gemeente. Vraag de griffie wat dat betekent "
                    "voor de naam van de fractie, de spreektijd en de fractieondersteuning. "
                    "Praat vooraf met alle raadsleden van beide partijen, zodat niemand verrast"
                    " wordt.</p>"
                ),
            ),
            (
                "heading",
                "Mensen meenemen",
            ),
            (
                "paragraph",
                (
                    "<p>Een fusie gaat over mensen. Leden zijn vaak gehecht aan hun partij en "
                    "haar naam. Geef ruimte voor vragen en zorgen, houd iedereen op de hoogte "
                    "en zorg dat beide partijen zich terugzien in het nieuwe bestuur en de "
                    "nieuwe plannen. Spreek duidelijk af wie tijdens het proces namens de "
                    "partijen naar buiten treedt.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Hoe lang duurt een fusie?",
                        (
                            "<p>Reken op maanden, niet op weken. De verkenning, de besluiten in"
                            " twee ledenvergaderingen en de stappen bij de notaris kosten tijd."
                            " Een jaar voor de verkiezingen beginnen is verstandig.</p>"
                        ),
                    ),
                    (
                        "Wat gebeurt er met de leden?",
                        (
                            "<p>Bij een juridische fusie worden de leden in principe lid van de"
                            " verkrijgende vereniging. Bij de andere routes moeten leden vaak "
                            "zelf overstappen. Informeer alle leden persoonlijk.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "samenwerken-coalitie-oppositie",
            "statuten-en-huishoudelijk-reglement",
            "aanduiding-registreren",
        ),
        documents=("model-statuten",),
    ),
    DemoArticle(
        theme="raadswerk",
        slug="samenwerken-coalitie-oppositie",
        title="Samenwerken in een coalitie of als oppositie",
        intro=(
            "Na de verkiezing begint het echte werk. Komt uw partij in de coalitie of gaat u "
            "oppositie voeren? In beide rollen kunt u veel bereiken voor uw gemeente."
        ),
        body=(
            (
                "heading",
                "De eerste weken na de verkiezing",
            ),
            (
                "paragraph",
                (
                    "<p>Na de verkiezing praten de partijen met elkaar over de vorming van een "
                    "nieuw college van burgemeester en wethouders. Vaak wijst de raad een "
                    "<b>informateur</b> aan die onderzoekt welke samenwerking kansrijk is. "
                    "Daarna schrijft een <b>formateur</b> met de betrokken partijen een "
                    "akkoord. Sommige gemeenten kiezen voor een <b>raadsakkoord</b>, waarbij "
                    "alle of bijna alle partijen meepraten over de hoofdlijnen.</p><p>Bereid u "
                    "goed voor: weet wat uw drie belangrijkste punten zijn en waar u wel en "
                    "niet over kunt onderhandelen. Stem met het partijbestuur af wie mag "
                    "onderhandelen en wie het resultaat goedkeurt, bijvoorbeeld een "
                    "ledenvergadering.</p>"
                ),
            ),
            (
                "heading",
                "In de coalitie",
            ),
            (
                "paragraph",
                (
                    "<p>Levert uw partij een wethouder, dan krijgt u invloed op het beleid. "
                    "Maar de rollen veranderen:</p><ul><li>De wethouder is lid van het college "
                    "en geen raadslid meer. Als een raadslid wethouder wordt, neemt de volgende"
                    " kandidaat van de lijst de zetel in de raad over.</li><li>De raad stelt de"
                    " kaders en controleert het college. Ook uw eigen fractie controleert uw "
                    "eigen wethouder. Dat heet het <i>dualisme</i>.</li><li>Spreek af hoe "
                    "fractie, wethouder en partijbestuur contact houden, bijvoorbeeld een vast "
                    "wekelijks overleg.</li><li>Een akkoord vraagt compromissen. Leg aan uw "
                    "leden uit wat u heeft bereikt en waar u water bij de wijn heeft "
                    "gedaan.</li></ul>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Tip:</b> een wethouder hoeft geen raadslid te zijn. Partijen kunnen "
                    "ook iemand van buiten voordragen. Vaak laat de burgemeester "
                    "kandidaat-wethouders vooraf screenen op integriteit. Vraag de griffie hoe "
                    "dat in uw gemeente gaat.</p>"
                ),
            ),
            (
                "heading",
                "In de oppositie",
            ),
            (
                "paragraph",
                (
                    "<p>Oppositie voeren is geen tweede keus. De raad is het hoogste orgaan van"
                    " de gemeente, en elke fractie heeft dezelfde "
                    "instrumenten:</p><ul><li><b>schriftelijke en mondelinge vragen</b> aan het"
                    " college;</li><li><b>moties</b>: een verzoek of uitspraak van de "
                    "raad;</li><li><b>amendementen</b>: voorstellen om een raadsvoorstel te "
                    "wijzigen;</li><li><b>initiatiefvoorstellen</b>: een eigen voorstel aan de "
                    "raad;</li><li>bij zware twijfel: meedoen aan of vragen om een onderzoek "
                    "van de raad of de rekenkamer.</li></ul><p>Een goede oppositiepartij is "
                    "kritisch maar ook constructief. Zoek per onderwerp steun bij andere "
                    "fracties, ook bij coalitiepartijen. Een motie met steun van meerdere "
                    "partijen heeft meer kans.</p>"
                ),
            ),
            (
                "heading",
                "Samenwerken met andere fracties",
            ),
            (
                "paragraph",
                (
                    "<ul><li>Investeer in persoonlijke contacten met raadsleden van andere "
                    "partijen.</li><li>Zoek onderwerpen waarop u het eens bent en werk die "
                    "samen uit.</li><li>Houd afspraken na en wees duidelijk als u ergens niet "
                    "aan mee kunt doen.</li><li>Gebruik de griffie: die helpt alle fracties "
                    "gelijk, ongeacht coalitie of oppositie.</li></ul>"
                ),
            ),
            (
                "heading",
                "Blijf verbonden met de partij",
            ),
            (
                "paragraph",
                (
                    "<p>Raadswerk is druk, en dan raakt het contact met de leden snel uit "
                    "beeld. Vertel regelmatig wat de fractie doet, vraag leden om mee te denken"
                    " en gebruik het programma van de partij als kompas. Zo bent u bij de "
                    "volgende verkiezing goed voorbereid.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Wie benoemt de wethouders?",
                        (
                            "<p>De gemeenteraad benoemt de wethouders. De burgemeester wordt "
                            "niet door de raad benoemd, maar door de Kroon, op aanbeveling van "
                            "de raad.</p>"
                        ),
                    ),
                    (
                        "Kan een fractie tijdens de raadsperiode de coalitie verlaten?",
                        (
                            "<p>Ja, dat kan. Het heeft wel gevolgen, bijvoorbeeld voor de "
                            "positie van uw wethouder. Bespreek zo'n stap eerst goed met de "
                            "fractie en het partijbestuur.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "integriteit-in-de-fractie",
            "fuseren-met-een-andere-lokale-partij",
        ),
    ),
    DemoArticle(
        theme="organisatie-en-bestuur",
        slug="taken-voorzitter-secretaris-penningmeester",
        title="Goed bestuur: taken van voorzitter, secretaris en penningmeester",
        intro=(
            "Het bestuur zorgt dat de vereniging goed loopt, zodat de fractie zich op het "
            "raadswerk kan richten. Wat doen de voorzitter, de secretaris en de penningmeester,"
            " en wat doet u samen?"
        ),
        body=(
            (
                "heading",
                "Het bestuur als geheel",
            ),
            (
                "paragraph",
                (
                    "<p>Het bestuur leidt de vereniging en is verantwoordelijk tegenover de "
                    "ledenvergadering. De wet (Burgerlijk Wetboek, boek 2) geeft het bestuur "
                    "een aantal vaste taken, zoals een goede administratie bijhouden en elk "
                    "jaar verantwoording afleggen. Bestuurders zijn samen verantwoordelijk: ook"
                    " als de penningmeester de boeken bijhoudt, moeten de andere bestuurders "
                    "weten hoe het met het geld staat.</p><p>Sinds de Wet bestuur en toezicht "
                    "rechtspersonen (WBTR) zijn de regels voor onder meer tegenstrijdige "
                    "belangen duidelijker. Heeft een bestuurder een persoonlijk belang dat "
                    "botst met het belang van de vereniging, dan doet hij of zij niet mee aan "
                    "het overleg en het besluit daarover.</p>"
                ),
            ),
            (
                "heading",
                "De voorzitter",
            ),
            (
                "paragraph",
                (
                    "<ul><li>leidt de bestuursvergaderingen en de "
                    "ledenvergadering;</li><li>houdt overzicht: lopen de plannen, wordt "
                    "iedereen gehoord?</li><li>is vaak het gezicht van de partij naar buiten, "
                    "naast de lijsttrekker of fractievoorzitter;</li><li>onderhoudt het contact"
                    " met de fractie;</li><li>bemiddelt bij conflicten.</li></ul>"
                ),
            ),
            (
                "heading",
                "De secretaris",
            ),
            (
                "paragraph",
                (
                    "<ul><li>maakt agenda's en verslagen (notulen) van "
                    "vergaderingen;</li><li>verstuurt de uitnodigingen voor de "
                    "ledenvergadering, op tijd en volgens de statuten;</li><li>beheert de post "
                    "en e-mail van de partij;</li><li>houdt de ledenadministratie bij, of zorgt"
                    " dat iemand anders dat zorgvuldig doet;</li><li>bewaakt termijnen, zoals "
                    "die van het centraal stembureau en de KvK.</li></ul>"
                ),
            ),
            (
                "heading",
                "De penningmeester",
            ),
            (
                "paragraph",
                (
                    "<ul><li>beheert de bankrekening en betaalt rekeningen;</li><li>int de "
                    "contributie en registreert giften;</li><li>maakt een begroting voor het "
                    "komende jaar;</li><li>stelt de jaarrekening op;</li><li>bewaart de "
                    "financiële administratie. De wet verplicht verenigingen om hun "
                    "administratie zeven jaar te bewaren.</li></ul>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Vier ogen.</b> Spreek af dat grotere betalingen door twee "
                    "bestuurders worden goedgekeurd. Dat beschermt de vereniging én de "
                    "penningmeester. Leg vast vanaf welk bedrag dit geldt.</p>"
                ),
            ),
            (
                "heading",
                "Samen goed besturen",
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Vergader regelmatig</b>, bijvoorbeeld eens per maand, met een "
                    "vaste agenda: fractie, financiën, leden, campagne.</li><li><b>Maak een "
                    "jaarplan</b> met de belangrijkste activiteiten en "
                    "termijnen.</li><li><b>Verdeel taken</b> ook buiten het bestuur, "
                    "bijvoorbeeld een ledenadministrateur of een webbeheerder.</li><li><b>Zorg "
                    "voor opvolging.</b> Leid mensen op voor bestuursfuncties, zodat niet alles"
                    " van één persoon afhangt.</li><li><b>Bewaar toegang centraal</b>: "
                    "wachtwoorden, bankpassen en de KvK-gegevens horen niet bij één persoon "
                    "thuis.</li></ul>"
                ),
            ),
            (
                "heading",
                "Bestuur en fractie",
            ),
            (
                "paragraph",
                (
                    "<p>Bestuur en fractie hebben elk een eigen rol. Het bestuur leidt de "
                    "vereniging, de raadsleden nemen hun eigen besluiten in de raad. Spreek af "
                    "hoe u elkaar informeert en wanneer u overlegt. Veel partijen kiezen ervoor"
                    " dat raadsleden niet ook voorzitter of penningmeester van de partij zijn, "
                    "zodat bestuur en fractie elkaar scherp kunnen houden. Leg uw keuze vast in"
                    " het huishoudelijk reglement.</p>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Ben ik als bestuurder persoonlijk aansprakelijk?",
                        (
                            "<p>Bij een vereniging met volledige rechtsbevoegdheid in de regel "
                            "niet, zolang u uw taak behoorlijk uitvoert. Bij ernstige fouten, "
                            "zoals het bewust aangaan van schulden die de vereniging niet kan "
                            "betalen, kan dat anders zijn. Laat u bij twijfel adviseren.</p>"
                        ),
                    ),
                    (
                        "Moeten bestuurswijzigingen naar de KvK?",
                        (
                            "<p>Ja. Geef een nieuwe of vertrekkende bestuurder altijd door aan "
                            'de KvK. Op <a href="https://www.kvk.nl/">kvk.nl</a> leest u hoe '
                            "dat gaat.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "ledenvergadering-organiseren",
            "fondsenwerving-en-giften",
            "lokale-partij-oprichten",
        ),
        documents=("model-huishoudelijk-reglement",),
    ),
    DemoArticle(
        theme="organisatie-en-bestuur",
        slug="ledenvergadering-organiseren",
        title="De ledenvergadering (ALV) organiseren",
        intro=(
            "De algemene ledenvergadering (ALV) is het hoogste orgaan van uw vereniging. Hier "
            "beslissen de leden over het bestuur, het geld, het programma en de "
            "kandidatenlijst. Zo organiseert u een goede ALV."
        ),
        body=(
            (
                "heading",
                "Wat beslist de ALV?",
            ),
            (
                "paragraph",
                (
                    "<p>De ALV heeft alle bevoegdheden die niet aan het bestuur zijn gegeven. "
                    "Meestal beslist de ALV over:</p><ul><li>het benoemen en ontslaan van "
                    "bestuurders;</li><li>het jaarverslag en de jaarrekening;</li><li>de "
                    "begroting en de contributie;</li><li>het wijzigen van statuten en het "
                    "huishoudelijk reglement;</li><li>het verkiezingsprogramma en de "
                    "kandidatenlijst, als uw statuten dat zo regelen.</li></ul>"
                ),
            ),
            (
                "heading",
                "Minstens één keer per jaar",
            ),
            (
                "paragraph",
                (
                    "<p>Het bestuur moet elk jaar verantwoording afleggen. Volgens de wet doet "
                    "het bestuur dat binnen zes maanden na afloop van het boekjaar, tenzij de "
                    "ALV die termijn verlengt. Het bestuur legt dan het jaarverslag en de "
                    "jaarrekening voor. Houd daarom in ieder geval één ALV in het voorjaar. In "
                    "een verkiezingsjaar komen er vaak extra vergaderingen bij.</p>"
                ),
            ),
            (
                "heading",
                "Voorbereiding: een planning",
            ),
            (
                "paragraph",
                (
                    "<ol><li><b>Zes tot acht weken vooraf:</b> datum en zaal vastleggen. Vraag "
                    "de kascommissie om de financiën te controleren.</li><li><b>Vier weken "
                    "vooraf:</b> stukken klaarmaken: agenda, verslag van de vorige ALV, "
                    "jaarverslag, jaarrekening, begroting en "
                    "voorstellen.</li><li><b>Uitnodiging versturen</b> binnen de termijn die in"
                    " de statuten staat. Vermeld datum, tijd, plaats en agenda.</li><li><b>Een "
                    "week vooraf:</b> herinnering sturen en de presentielijst "
                    "klaarzetten.</li></ol>"
                ),
            ),
            (
                "callout",
                (
                    "<p><b>Check uw statuten.</b> Daarin staat hoe u de ALV bijeenroept, "
                    "hoeveel dagen vooraf, of er een minimum aantal aanwezigen (quorum) nodig "
                    "is en welke meerderheid geldt voor welk besluit. Houdt u zich daar niet "
                    "aan, dan kunnen besluiten later worden aangevochten.</p>"
                ),
            ),
            (
                "heading",
                "Een voorbeeldagenda",
            ),
            (
                "paragraph",
                (
                    "<ol><li>Opening en vaststellen agenda</li><li>Mededelingen</li><li>Verslag"
                    " van de vorige ALV</li><li>Jaarverslag van het "
                    "bestuur</li><li>Jaarrekening en verslag van de kascommissie; decharge van "
                    "het bestuur</li><li>Benoeming nieuwe kascommissie</li><li>Begroting en "
                    "contributie</li><li>Bestuursverkiezing</li><li>Bericht uit de "
                    "fractie</li><li>Rondvraag en sluiting</li></ol>"
                ),
            ),
            (
                "heading",
                "De kascommissie",
            ),
            (
                "paragraph",
                (
                    "<p>De kascommissie bestaat uit minimaal twee leden die geen bestuurder "
                    "zijn. Zij controleren de boeken en brengen verslag uit aan de ALV. Op "
                    "basis daarvan kan de ALV het bestuur <i>decharge</i> verlenen: goedkeuring"
                    " van het gevoerde financiële beleid.</p>"
                ),
            ),
            (
                "heading",
                "Tijdens en na de vergadering",
            ),
            (
                "paragraph",
                (
                    "<ul><li>Laat iedereen de presentielijst tekenen. Zo kunt u later aantonen "
                    "wie er was.</li><li>Controleer bij stemmingen over personen of dat "
                    "schriftelijk moet; vaak staat dat in de statuten.</li><li>Laat de "
                    "secretaris of een notulist het verslag maken, met alle "
                    "besluiten.</li><li>Stuur het conceptverslag binnen een paar weken naar de "
                    "leden.</li><li>Geef bestuurswijzigingen door aan de KvK.</li></ul>"
                ),
            ),
            (
                "faq",
                (
                    (
                        "Mag de ALV ook online?",
                        (
                            "<p>Alleen als uw statuten toestaan dat leden op afstand deelnemen "
                            "en stemmen. Staat dat er niet in, dan kunt u een statutenwijziging"
                            " overwegen. Vraag de notaris om advies.</p>"
                        ),
                    ),
                    (
                        "Wat als er te weinig leden komen?",
                        (
                            "<p>Kijk in de statuten of er een quorum geldt en wat er gebeurt "
                            "als dat niet wordt gehaald. Vaak mag u dan een tweede vergadering "
                            "uitschrijven. Maak de ALV aantrekkelijk met een interessante "
                            "spreker of een bericht uit de fractie.</p>"
                        ),
                    ),
                ),
            ),
        ),
        related=(
            "taken-voorzitter-secretaris-penningmeester",
            "statuten-en-huishoudelijk-reglement",
            "verkiezingsprogramma-schrijven",
        ),
        documents=(
            "model-huishoudelijk-reglement",
            "model-statuten",
        ),
    ),
)


DOCUMENTS: tuple[DemoDocument, ...] = (
    DemoDocument(
        slug="model-statuten",
        title="Model statuten lokale politieke vereniging",
        description=(
            "Een voorbeeld van statuten voor een lokale partij als vereniging. Gebruik het als "
            "start voor het gesprek met de notaris."
        ),
        filename="model-statuten-lokale-partij.txt",
        content=(
            "MODEL STATUTEN LOKALE POLITIEKE VERENIGING\n"
            "\n"
            "LET OP: dit is een MODEL. Pas het aan aan uw eigen situatie en laat het "
            "controleren door een notaris of adviseur voordat u het gebruikt. Wetten en regels "
            "kunnen veranderen. De notaris neemt de statuten op in de akte van oprichting.\n"
            "\n"
            "Artikel 1 - Naam en zetel\n"
            "1. De vereniging heet: [naam van de partij].\n"
            "2. Zij is gevestigd in de gemeente [naam gemeente].\n"
            "\n"
            "Artikel 2 - Doel\n"
            "1. De vereniging wil, zonder binding aan een landelijke politieke partij, "
            "bijdragen aan een goed bestuur van de gemeente [naam gemeente].\n"
            "2. Zij doet daartoe onder meer mee aan de gemeenteraadsverkiezingen.\n"
            "\n"
            "Artikel 3 - Leden\n"
            "1. Lid kan worden iedere persoon van [leeftijd] jaar of ouder die het doel "
            "onderschrijft.\n"
            "2. Het bestuur beslist over toelating en houdt een ledenregister bij.\n"
            "\n"
            "Artikel 4 - Verplichtingen van leden\n"
            "Leden betalen een jaarlijkse contributie. De algemene ledenvergadering stelt de "
            "hoogte vast.\n"
            "\n"
            "Artikel 5 - Einde lidmaatschap\n"
            "Het lidmaatschap eindigt door overlijden, opzegging of ontzetting.\n"
            "\n"
            "Artikel 6 - Bestuur\n"
            "1. Het bestuur bestaat uit ten minste drie leden, benoemd door de algemene "
            "ledenvergadering voor [aantal] jaar.\n"
            "2. De algemene ledenvergadering kan een bestuurder altijd schorsen of ontslaan.\n"
            "3. Een bestuurder met een tegenstrijdig persoonlijk belang neemt niet deel aan het"
            " overleg en besluit daarover.\n"
            "\n"
            "Artikel 7 - Vertegenwoordiging\n"
            "De vereniging wordt vertegenwoordigd door het bestuur, of door twee gezamenlijk "
            "handelende bestuurders.\n"
            "\n"
            "Artikel 8 - Algemene ledenvergadering\n"
            "1. Het bestuur roept ten minste eenmaal per jaar de leden bijeen, schriftelijk of "
            "per e-mail, ten minste [aantal] dagen vooraf.\n"
            "2. Binnen zes maanden na afloop van het boekjaar legt het bestuur het jaarverslag "
            "en de jaarrekening voor.\n"
            "3. De vergadering benoemt jaarlijks een kascommissie van ten minste twee leden die"
            " geen bestuurder zijn.\n"
            "\n"
            "Artikel 9 - Kandidaatstelling\n"
            "De algemene ledenvergadering stelt de kandidatenlijst voor de "
            "gemeenteraadsverkiezingen vast, op voorstel van het bestuur. Het bestuur wijst de "
            "gemachtigde en de plaatsvervangend gemachtigde aan bij het centraal stembureau.\n"
            "\n"
            "Artikel 10 - Statutenwijziging\n"
            "Statutenwijziging vraagt twee derde van de uitgebrachte stemmen. Het voorstel gaat"
            " ten minste [aantal] dagen vooraf naar de leden.\n"
            "\n"
            "Artikel 11 - Ontbinding\n"
            "Bij ontbinding besluit de algemene ledenvergadering over de bestemming van een "
            "batig saldo.\n"
            "\n"
            "Artikel 12 - Huishoudelijk reglement\n"
            "De algemene ledenvergadering kan een huishoudelijk reglement vaststellen, niet in "
            "strijd met deze statuten.\n"
        ),
    ),
    DemoDocument(
        slug="model-huishoudelijk-reglement",
        title="Model huishoudelijk reglement",
        description=(
            "Een voorbeeld van een huishoudelijk reglement met praktische afspraken over leden,"
            " bestuur, fractie, kandidaatstelling en geld."
        ),
        filename="model-huishoudelijk-reglement-lokale-partij.txt",
        content=(
            "MODEL HUISHOUDELIJK REGLEMENT\n"
            "\n"
            "LET OP: dit is een MODEL. Pas het aan aan uw eigen situatie en laat het "
            "controleren door een notaris of adviseur voordat u het gebruikt. Wetten en regels "
            "kunnen veranderen. Dit reglement mag niet in strijd zijn met de statuten van uw "
            "vereniging.\n"
            "\n"
            "1. Lidmaatschap\n"
            "1.1 Aanmelden gaat via het formulier op de website of schriftelijk bij de "
            "secretaris.\n"
            "1.2 Opzeggen kan schriftelijk of per e-mail bij de secretaris, uiterlijk [aantal] "
            "weken voor het einde van het verenigingsjaar.\n"
            "1.3 De vereniging gaat zorgvuldig om met de gegevens van leden. Alleen het bestuur"
            " en de ledenadministrateur hebben toegang tot de ledenlijst.\n"
            "\n"
            "2. Contributie\n"
            "2.1 De algemene ledenvergadering stelt jaarlijks de contributie vast.\n"
            "2.2 Het bestuur kan in bijzondere gevallen een lagere contributie toestaan.\n"
            "\n"
            "3. Bestuur\n"
            "3.1 Het bestuur vergadert ten minste [aantal] keer per jaar.\n"
            "3.2 Betalingen boven [bedrag] euro worden door twee bestuurders goedgekeurd.\n"
            "3.3 Een raadslid of wethouder van de partij is niet tegelijk voorzitter of "
            "penningmeester. [Schrappen als u dit anders wilt regelen.]\n"
            "\n"
            "4. Fractie en partij\n"
            "4.1 Het bestuur en de fractie overleggen ten minste eenmaal per [periode].\n"
            "4.2 De fractie brengt in elke algemene ledenvergadering verslag uit.\n"
            "4.3 [Afspraak over afdrachten van raadsleden en wethouders, als u die maakt.]\n"
            "\n"
            "5. Kandidaatstelling\n"
            "5.1 Het bestuur stelt uiterlijk [datum of termijn] een kandidatencommissie in van "
            "[aantal] leden die zelf geen kandidaat zijn.\n"
            "5.2 De commissie maakt een profiel, voert gesprekken met alle kandidaten en "
            "screent hen volgens een vaste werkwijze.\n"
            "5.3 Elke kandidaat tekent een integriteitsverklaring.\n"
            "5.4 Het bestuur legt de voorgestelde kandidatenlijst voor aan de algemene "
            "ledenvergadering.\n"
            "\n"
            "6. Integriteit\n"
            "6.1 Raadsleden, commissieleden en bestuurders melden hun nevenfuncties en "
            "mogelijke belangen bij de voorzitter.\n"
            "6.2 Twijfels over integriteit worden vertrouwelijk besproken met de "
            "fractievoorzitter of de partijvoorzitter.\n"
            "\n"
            "7. Giften\n"
            "7.1 Alle giften worden geregistreerd.\n"
            "7.2 Giften van meer dan [bedrag] euro per gever per jaar worden met naam vermeld "
            "in het jaarverslag.\n"
            "7.3 Anonieme giften boven [bedrag] euro worden geweigerd. Aan een gift mogen geen "
            "voorwaarden over standpunten verbonden zijn.\n"
            "\n"
            "8. Slotbepaling\n"
            "In gevallen waarin dit reglement niet voorziet, beslist het bestuur.\n"
        ),
    ),
    DemoDocument(
        slug="checklist-kandidaatstelling",
        title="Checklist kandidaatstelling",
        description=(
            "Alle stappen voor de kandidaatstelling voor de gemeenteraad op een rij, met de "
            "termijnen zoals die golden voor 2026."
        ),
        filename="checklist-kandidaatstelling-gemeenteraad.txt",
        content=(
            "CHECKLIST KANDIDAATSTELLING GEMEENTERAAD\n"
            "\n"
            "LET OP: dit is een MODEL. Pas het aan aan uw eigen situatie en laat het "
            "controleren door een notaris of adviseur voordat u het gebruikt. Wetten en regels "
            "kunnen veranderen. De data hieronder gelden voor de gemeenteraadsverkiezingen van "
            "18 maart 2026 en zijn een voorbeeld. Controleer de data voor uw verkiezing altijd "
            "bij de Kiesraad en het centraal stembureau van uw gemeente.\n"
            "\n"
            "A. Ruim van tevoren (minstens een half jaar)\n"
            "[ ] De partij is een vereniging met een notariële akte en staat ingeschreven bij "
            "de KvK.\n"
            "[ ] Het bestuur heeft een gemachtigde en een plaatsvervangend gemachtigde gekozen."
            "\n"
            "[ ] De kandidatencommissie is ingesteld en de procedure staat in het huishoudelijk"
            " reglement.\n"
            "\n"
            "B. Registratie van de naam (aanduiding)\n"
            "[ ] Naam gekozen: maximaal 35 tekens, niet misleidend, niet te veel lijkend op een"
            " andere partij.\n"
            "[ ] Verzoek met notariële akte (met statuten), KvK-uittreksel, betaalbewijs van "
            "112,50 euro en aanwijzing van de gemachtigden ingediend.\n"
            "[ ] Het verzoek is uiterlijk op de 42e dag voor de dag van kandidaatstelling "
            "binnen (2026: 22 december 2025).\n"
            "\n"
            "C. Alleen voor een nieuwe partij of een partij zonder zetel\n"
            "[ ] Waarborgsom van 225 euro betaald, uiterlijk op de 14e dag voor de dag van "
            "kandidaatstelling (2026: 19 januari 2026).\n"
            "[ ] Genoeg ondersteuningsverklaringen, plus een paar extra: 10 (raad kleiner dan "
            "19 zetels), 20 (19 tot en met 37 zetels) of 30 (39 zetels of meer).\n"
            "[ ] Kiezers tekenen persoonlijk in hun eigen gemeentehuis, vanaf de 14e dag voor "
            "de dag van kandidaatstelling tot en met die dag (2026: 19 januari tot en met 2 "
            "februari).\n"
            "\n"
            "D. De kandidatenlijst\n"
            "[ ] Maximaal 50 namen (80 als de partij de vorige keer meer dan 15 zetels haalde)."
            "\n"
            "[ ] Volgorde vastgesteld volgens de statuten of het reglement.\n"
            "[ ] Van elke kandidaat een getekende instemmingsverklaring.\n"
            "[ ] Namen, voorletters en woonplaatsen gecontroleerd.\n"
            "[ ] Verklaring van de gemachtigde voor het gebruik van de naam getekend.\n"
            "[ ] Stukken, als dat kan, vooraf laten controleren door de gemeente.\n"
            "\n"
            "E. Dag van kandidaatstelling (2026: maandag 2 februari, 09.00 tot 17.00 uur)\n"
            "[ ] Kandidatenlijst met alle bijlagen ingeleverd bij het centraal stembureau.\n"
            "[ ] Ontvangstbewijs bewaard.\n"
            "\n"
            "F. Daarna\n"
            "[ ] Bereikbaar zijn voor herstel van eventuele fouten in de dagen na de "
            "kandidaatstelling.\n"
            "[ ] Besluit over geldigheid en lijstnummer gelezen.\n"
        ),
    ),
    DemoDocument(
        slug="model-integriteitsverklaring",
        title="Model integriteitsverklaring kandidaat",
        description=(
            "Een voorbeeldverklaring waarmee kandidaten, raadsleden en commissieleden afspraken"
            " over integriteit bevestigen."
        ),
        filename="model-integriteitsverklaring-kandidaat.txt",
        content=(
            "MODEL INTEGRITEITSVERKLARING KANDIDAAT\n"
            "\n"
            "LET OP: dit is een MODEL. Pas het aan aan uw eigen situatie en laat het "
            "controleren door een notaris of adviseur voordat u het gebruikt. Wetten en regels "
            "kunnen veranderen. Bespreek de verklaring in een persoonlijk gesprek met de "
            "kandidaat. Bewaar de getekende verklaring veilig en niet langer dan nodig.\n"
            "\n"
            "Naam kandidaat: ..............................................\n"
            "Partij: [naam van de partij]\n"
            "\n"
            "Ik verklaar het volgende:\n"
            "\n"
            "1. Ik heb in het gesprek met de kandidatencommissie eerlijk en volledig antwoord "
            "gegeven op de vragen over mijn werk, nevenfuncties, financiële belangen en andere "
            "zaken die van belang kunnen zijn voor mijn functie.\n"
            "\n"
            "2. Ik ken geen feiten of omstandigheden die, als zij bekend worden, mijn "
            "functioneren of het aanzien van de partij ernstig kunnen schaden en die ik niet "
            "met de commissie heb besproken.\n"
            "\n"
            "3. Als ik word gekozen, meld ik mijn nevenfuncties zoals de wet en de gedragscode "
            "van de gemeenteraad vragen.\n"
            "\n"
            "4. Ik neem geen deel aan stemmingen of besluiten waarbij ik een persoonlijk belang"
            " heb, en ik meld zo'n belang tijdig bij de fractievoorzitter.\n"
            "\n"
            "5. Ik houd mij aan de gedragscode van de gemeenteraad en aan opgelegde "
            "geheimhouding.\n"
            "\n"
            "6. Ik neem geen geschenken, diensten of voordelen aan die mijn onafhankelijkheid "
            "in gevaar kunnen brengen.\n"
            "\n"
            "7. Als er na vandaag iets verandert dat van belang is voor deze verklaring, meld "
            "ik dat uit mezelf en zo snel mogelijk bij de voorzitter van de partij.\n"
            "\n"
            "8. [Alleen als de partij dit vraagt van alle kandidaten:] Ik ben bereid een "
            "Verklaring Omtrent het Gedrag (VOG) aan te vragen en te overleggen.\n"
            "\n"
            "Ik weet dat de partij deze verklaring alleen gebruikt voor de kandidaatstelling en"
            " het integriteitsbeleid, en dat mijn gegevens vertrouwelijk worden behandeld.\n"
            "\n"
            "Plaats en datum: ..............................................\n"
            "\n"
            "Handtekening: ..............................................\n"
        ),
    ),
)


MODULES: tuple[DemoModule, ...] = (
    DemoModule(
        theme="oprichting",
        slug="een-lokale-partij-oprichten",
        title="Een lokale partij oprichten",
        intro=(
            "In vijf korte lessen leert u hoe u van een idee een echte lokale partij maakt: een"
            " vereniging met statuten, een KvK-inschrijving, een bestuur en een geregistreerde "
            "naam. Aan het eind heeft u een checklist om af te vinken."
        ),
        lessons=(
            DemoLesson(
                slug="waarom-een-vereniging",
                title="Waarom een vereniging?",
                body=(
                    (
                        "heading",
                        "Van idee naar partij",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Een lokale partij begint vaak met een groepje inwoners dat "
                            "vindt dat het anders moet in de gemeente. Om mee te doen aan de "
                            "gemeenteraadsverkiezingen met een eigen naam op het stembiljet, "
                            "moet die groep een rechtsvorm kiezen. Voor politieke partijen is "
                            "dat de <b>vereniging</b>.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Volledige rechtsbevoegdheid",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Er zijn twee soorten verenigingen. Een vereniging zonder "
                            "notariële akte heeft <i>beperkte</i> rechtsbevoegdheid. Een "
                            "vereniging die bij de notaris is opgericht, met statuten in de "
                            "akte, heeft <b>volledige rechtsbevoegdheid</b>. Alleen die tweede "
                            "soort kan haar naam (de aanduiding) laten registreren bij het "
                            "centraal stembureau. Daarom kiezen lokale partijen voor de "
                            "notariële akte.</p><p>Volledige rechtsbevoegdheid heeft nog meer "
                            "voordelen:</p><ul><li>De vereniging kan zelf contracten sluiten, "
                            "bijvoorbeeld met een drukker of voor een zaal.</li><li>Bestuurders"
                            " zijn in de regel niet persoonlijk aansprakelijk voor schulden van"
                            " de vereniging, als zij hun taak goed doen.</li><li>Leden hebben "
                            "duidelijke rechten via de statuten en de "
                            "ledenvergadering.</li></ul>"
                        ),
                    ),
                    (
                        "heading",
                        "Zonder naam meedoen?",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Een groep zonder geregistreerde naam mag wel een lijst "
                            "inleveren, maar die lijst heeft dan alleen een nummer op het "
                            "stembiljet. Dat heet een blanco lijst. Kiezers moeten dan zelf "
                            "weten wie er achter die lijst zit. Voor een nieuwe partij is dat "
                            "een groot nadeel.</p>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Onthoud:</b> geen notariële akte betekent geen "
                            "geregistreerde naam, en dus geen naam boven uw lijst.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Een kerngroep vormen",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Voordat u naar de notaris gaat, heeft u een kleine kerngroep "
                            "nodig van drie tot vijf mensen. Spreek samen af wat het doel van "
                            "de partij is, wie in het bestuur wil en wie kandidaat wil worden. "
                            "Zo weet u wat er in de statuten moet komen.</p>"
                        ),
                    ),
                ),
                questions=(
                    DemoQuestion(
                        question=(
                            "Welke rechtsvorm is nodig om de naam van uw partij te laten "
                            "registreren bij het centraal stembureau?"
                        ),
                        choices=(
                            (
                                "Een stichting",
                                False,
                            ),
                            (
                                "Een vereniging met volledige rechtsbevoegdheid",
                                True,
                            ),
                            (
                                "Een vereniging zonder notariële akte",
                                False,
                            ),
                            (
                                "Een eenmanszaak",
                                False,
                            ),
                        ),
                        explanation=(
                            "Alleen een vereniging die met een notariële akte is opgericht "
                            "(volledige rechtsbevoegdheid) kan een aanduiding laten "
                            "registreren."
                        ),
                    ),
                    DemoQuestion(
                        question=(
                            "Wat gebeurt er als u zonder geregistreerde naam een lijst inlevert?"
                        ),
                        choices=(
                            (
                                "U mag niet meedoen",
                                False,
                            ),
                            (
                                "De lijst krijgt alleen een nummer, zonder naam",
                                True,
                            ),
                            (
                                "De gemeente kiest een naam voor u",
                                False,
                            ),
                        ),
                        explanation=(
                            "Een lijst zonder geregistreerde naam is een blanco lijst: die "
                            "staat alleen met een nummer op het stembiljet."
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="naar-de-notaris",
                title="Naar de notaris: akte en statuten",
                body=(
                    (
                        "heading",
                        "De oprichtingsakte",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De notaris stelt de akte van oprichting op. Daarin staan de "
                            "statuten van de vereniging. Meestal tekenen ten minste twee "
                            "oprichters de akte. Neem contact op met een paar notarissen en "
                            "vraag vooraf een offerte: prijzen en werkwijzen verschillen.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Wat moet er in de statuten?",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De wet schrijft voor wat er minimaal in de statuten van een "
                            "vereniging staat:</p><ul><li>de naam en de gemeente waar de "
                            "vereniging gevestigd is;</li><li>het doel;</li><li>de "
                            "verplichtingen van de leden (of hoe die worden "
                            "opgelegd);</li><li>hoe de algemene ledenvergadering wordt "
                            "bijeengeroepen;</li><li>hoe bestuurders worden benoemd en "
                            "ontslagen;</li><li>wat er met het geld gebeurt als de vereniging "
                            "wordt opgeheven.</li></ul><p>Voor een politieke partij zijn ook "
                            "handig: een regeling voor de kandidatenlijst, wie de gemachtigde "
                            "aanwijst en wie de vereniging vertegenwoordigt.</p>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Tip:</b> neem ons model statuten mee als startpunt voor het "
                            "gesprek. De notaris past het aan en controleert of alles "
                            "klopt.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Kort en helder",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Zet in de statuten alleen de hoofdzaken. Details, zoals de "
                            "hoogte van de contributie of hoe de kandidatencommissie werkt, "
                            "kunnen beter in het huishoudelijk reglement. Dat kan de "
                            "ledenvergadering zelf wijzigen, zonder notaris. Statuten wijzigen "
                            "kost altijd een nieuwe akte.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "De naam kiezen",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Kies bij de oprichting meteen een naam die geschikt is voor het"
                            " stembiljet. Bij registratie mag de naam niet langer zijn dan 35 "
                            "tekens en mag hij niet misleidend zijn of te veel lijken op een "
                            "partij die al geregistreerd staat. Tel spaties en leestekens mee. "
                            "Zo voorkomt u dat u later de statuten moet wijzigen.</p>"
                        ),
                    ),
                ),
                questions=(
                    DemoQuestion(
                        question=(
                            "Hoeveel tekens mag de naam van uw partij bij registratie maximaal "
                            "hebben?"
                        ),
                        choices=(
                            (
                                "20",
                                False,
                            ),
                            (
                                "35",
                                True,
                            ),
                            (
                                "50",
                                False,
                            ),
                            (
                                "Er is geen maximum",
                                False,
                            ),
                        ),
                        explanation=(
                            "De aanduiding mag niet langer zijn dan 35 letters of andere "
                            "tekens, spaties en leestekens meegeteld."
                        ),
                    ),
                    DemoQuestion(
                        question="Waar zet u de hoogte van de contributie het best?",
                        choices=(
                            (
                                "In de statuten",
                                False,
                            ),
                            (
                                (
                                    "In het huishoudelijk reglement of een besluit van de "
                                    "ledenvergadering"
                                ),
                                True,
                            ),
                            (
                                "Op het stembiljet",
                                False,
                            ),
                        ),
                        explanation=(
                            "Details zoals de contributie horen in het huishoudelijk reglement "
                            "of een ALV-besluit, want die kunt u wijzigen zonder notaris."
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="kvk-en-praktische-zaken",
                title="De KvK en praktische zaken",
                body=(
                    (
                        "heading",
                        "Inschrijven bij de KvK",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Een vereniging met volledige rechtsbevoegdheid staat "
                            "ingeschreven in het Handelsregister van de Kamer van Koophandel "
                            "(KvK). Vaak regelt de notaris de inschrijving direct na de "
                            "oprichting. Controleer daarna zelf of de gegevens kloppen: naam, "
                            "adres, doel en bestuurders. Het uittreksel van de KvK heeft u "
                            "later nodig voor de registratie bij het centraal stembureau.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "UBO-register",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Veel verenigingen moeten ook hun UBO's (uiteindelijk "
                            "belanghebbenden) registreren. Bij een vereniging zijn dat vaak de "
                            "bestuurders. Kijk op kvk.nl wat voor uw vereniging geldt.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Een bankrekening",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Open een zakelijke rekening op naam van de vereniging. Gebruik "
                            "nooit een privérekening voor partijgeld: dat maakt de boekhouding "
                            "onduidelijk en kan tot misverstanden leiden. Spreek met de bank af"
                            " wie mag betalen. Kies bij voorkeur voor een systeem waarbij "
                            "grotere betalingen door twee mensen worden goedgekeurd.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Een eenvoudige administratie",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Een vereniging moet een administratie bijhouden en die zeven "
                            "jaar bewaren. Begin meteen goed:</p><ul><li>een ledenlijst op een "
                            "veilige plek;</li><li>een kasboek of eenvoudig "
                            "boekhoudprogramma;</li><li>een map met de akte, de statuten, het "
                            "KvK-uittreksel en bankafspraken;</li><li>een overzicht van "
                            "wachtwoorden en toegang, dat niet bij één persoon ligt.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Privacy:</b> dat iemand lid is van een politieke partij, is "
                            "een bijzonder persoonsgegeven. Bewaar de ledenlijst goed beveiligd"
                            " en geef alleen toegang aan wie het nodig heeft.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Zichtbaar worden",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Maak een eenvoudige website en een e-mailadres van de partij. "
                            "Zet er het doel, het bestuur en een contactformulier op. Zo kunnen"
                            " inwoners u vinden en lid worden.</p>"
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="eerste-bestuur-en-alv",
                title="Het eerste bestuur en de eerste ledenvergadering",
                body=(
                    (
                        "heading",
                        "Het eerste bestuur",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In de oprichtingsakte staat wie het eerste bestuur vormt. "
                            "Gebruikelijk is een bestuur van minimaal drie "
                            "personen:</p><ul><li>de <b>voorzitter</b>, die vergaderingen leidt"
                            " en het overzicht houdt;</li><li>de <b>secretaris</b>, die "
                            "agenda's, verslagen, post en termijnen bijhoudt;</li><li>de "
                            "<b>penningmeester</b>, die het geld beheert en de jaarrekening "
                            "maakt.</li></ul><p>Spreek af hoe vaak het bestuur vergadert en hoe"
                            " besluiten worden vastgelegd.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Bestuur en fractie",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Het bestuur leidt de vereniging. Later, als de partij in de "
                            "raad zit, doet de fractie het raadswerk. Veel partijen kiezen "
                            "ervoor om die rollen zoveel mogelijk te scheiden. Denk daar al bij"
                            " de oprichting over na.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "De eerste ledenvergadering",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Nodig na de oprichting zo snel mogelijk alle leden uit voor een"
                            " eerste algemene ledenvergadering (ALV). Op de agenda staan "
                            "bijvoorbeeld:</p><ol><li>kennismaking en uitleg over de "
                            "partij;</li><li>vaststellen van het huishoudelijk "
                            "reglement;</li><li>vaststellen van de "
                            "contributie;</li><li>instellen van een kascommissie;</li><li>een "
                            "planning naar de verkiezingen toe: programma, kandidatenlijst en "
                            "campagne.</li></ol>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Let op:</b> volg bij de uitnodiging de termijn en de manier "
                            "die in uw statuten staan. Anders kunnen besluiten later worden "
                            "aangevochten.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Werkgroepen",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Vraag leden al in de eerste ALV om mee te doen in een "
                            "werkgroep, bijvoorbeeld voor het programma of de campagne. Zo "
                            "verdeelt u het werk en ontdekt u wie welke talenten heeft.</p>"
                        ),
                    ),
                ),
                questions=(
                    DemoQuestion(
                        question="Wie stelt het huishoudelijk reglement vast?",
                        choices=(
                            (
                                "De notaris",
                                False,
                            ),
                            (
                                "De algemene ledenvergadering",
                                True,
                            ),
                            (
                                "Het centraal stembureau",
                                False,
                            ),
                            (
                                "De KvK",
                                False,
                            ),
                        ),
                        explanation=(
                            "Het huishoudelijk reglement is een besluit van de leden: de "
                            "algemene ledenvergadering stelt het vast en kan het ook wijzigen."
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="naam-registreren",
                title="Klaar voor de verkiezingen: de naam registreren",
                body=(
                    (
                        "heading",
                        "De laatste stap van de oprichting",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Is de vereniging opgericht en ingeschreven? Dan kunt u de naam "
                            "(de aanduiding) laten registreren bij het centraal stembureau van "
                            "uw gemeente. Pas dan staat uw naam boven de kandidatenlijst op het"
                            " stembiljet.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Wat stuurt u mee?",
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>een afschrift van de notariële akte met de "
                            "statuten;</li><li>een uittreksel uit het Handelsregister van de "
                            "KvK;</li><li>een bewijs dat u €112,50 heeft betaald (het bedrag "
                            "voor de gemeenteraadsverkiezingen);</li><li>de aanwijzing van een "
                            "gemachtigde en een plaatsvervangend gemachtigde.</li></ul><p>De "
                            "Kiesraad heeft hiervoor modelformulieren. Uw gemeente vertelt u "
                            "hoe en waar u het verzoek indient.</p>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Termijn:</b> het verzoek moet uiterlijk op de 42e dag voor "
                            "de dag van kandidaatstelling binnen zijn. Voor de "
                            "gemeenteraadsverkiezingen van 2026 was dat 22 december 2025. "
                            "Registreren kan het hele jaar door. Wacht dus niet tot het laatste"
                            " moment.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Hoe lang geldt de registratie?",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Een registratie blijft in principe geldig zolang u bij elke "
                            "volgende verkiezing met die naam een geldige kandidatenlijst "
                            "inlevert. U hoeft dus niet elke vier jaar opnieuw te registreren. "
                            "De gewone gemeenteraadsverkiezingen zijn elke vier jaar; na 2026 "
                            "zijn de volgende in 2030.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Volgende stap",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Nu de partij bestaat en de naam geregistreerd is, kunt u verder"
                            " met de kandidaatstelling: de kandidatenlijst, en als uw partij "
                            "nieuw is ook de ondersteuningsverklaringen en de waarborgsom. Volg"
                            " daarvoor de module <i>Kandidaatstelling stap voor stap</i>.</p>"
                        ),
                    ),
                ),
            ),
        ),
        checklist=(
            ("Kerngroep van drie tot vijf mensen gevormd en doel van de partij op papier gezet"),
            "Naam gekozen van maximaal 35 tekens, niet lijkend op een bestaande partij",
            "Concept-statuten gemaakt en offertes bij notarissen opgevraagd",
            "Vereniging opgericht bij de notaris (akte met statuten getekend)",
            "Inschrijving bij de KvK gecontroleerd, inclusief UBO-gegevens",
            "Zakelijke bankrekening geopend met vier-ogenafspraak voor betalingen",
            (
                "Eerste ledenvergadering gehouden: huishoudelijk reglement en contributie "
                "vastgesteld"
            ),
            "Gemachtigde en plaatsvervangend gemachtigde aangewezen",
            (
                "Naam geregistreerd bij het centraal stembureau, ruim voor de 42e dag voor de "
                "kandidaatstelling"
            ),
        ),
    ),
    DemoModule(
        theme="kandidaatstelling",
        slug="kandidaatstelling-stap-voor-stap",
        title="Kandidaatstelling stap voor stap",
        intro=(
            "Deze module neemt u mee door alle formele stappen om met uw partij mee te doen aan"
            " de gemeenteraadsverkiezingen: de tijdlijn, de kandidatenlijst, "
            "ondersteuningsverklaringen en waarborgsom, de dag van kandidaatstelling en wat er "
            "daarna gebeurt."
        ),
        lessons=(
            DemoLesson(
                slug="de-tijdlijn",
                title="De tijdlijn: van registratie tot verkiezingsdag",
                body=(
                    (
                        "heading",
                        "Alles draait om één dag",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Alle termijnen rekenen terug of vooruit vanaf de <b>dag van "
                            "kandidaatstelling</b>. Dat is een maandag eind januari of begin "
                            "februari. Op die dag levert u tussen 09.00 en 17.00 uur de "
                            "kandidatenlijst in. De verkiezingsdag is de 44e dag daarna, een "
                            "woensdag.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "De tijdlijn, met de data van 2026 als voorbeeld",
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Uiterlijk de 42e dag voor de kandidaatstelling</b>: "
                            "verzoek tot registratie van de naam binnen bij het centraal "
                            "stembureau (2026: 22 december 2025).</li><li><b>Uiterlijk de 14e "
                            "dag voor de kandidaatstelling</b>: waarborgsom betaald, als uw "
                            "partij die moet betalen (2026: 19 januari 2026).</li><li><b>Vanaf "
                            "de 14e dag voor de kandidaatstelling tot en met die dag</b>: "
                            "kiezers tekenen ondersteuningsverklaringen, als die nodig zijn "
                            "(2026: 19 januari tot en met 2 februari).</li><li><b>Dag van "
                            "kandidaatstelling</b>: kandidatenlijst inleveren (2026: maandag 2 "
                            "februari).</li><li><b>De dagen daarna</b>: controle door het "
                            "centraal stembureau en herstel van fouten; daarna besluit over "
                            "geldigheid en lijstnummers.</li><li><b>Verkiezingsdag</b>: de 44e "
                            "dag na de kandidaatstelling (2026: woensdag 18 maart).</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Let op:</b> de data voor 2030 staan nog niet vast. Kijk "
                            "zodra ze bekend zijn op de site van de Kiesraad en van uw "
                            "gemeente. Bij een herindeling (als gemeenten samengaan) zijn er "
                            "vaak verkiezingen in november, met een eigen tijdlijn.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Maak een eigen planning",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Zet alle data in een gedeelde agenda van het bestuur. Plan er "
                            "uw eigen stappen omheen: wanneer moet de kandidatencommissie klaar"
                            " zijn, wanneer stelt de ALV de kandidatenlijst vast, wie haalt de "
                            "instemmingsverklaringen op? Reken voor de interne stappen ruim: "
                            "mensen zijn ziek, op vakantie of bedenken zich.</p>"
                        ),
                    ),
                ),
                questions=(
                    DemoQuestion(
                        question=(
                            "Wanneer moet het verzoek om registratie van de naam uiterlijk "
                            "binnen zijn?"
                        ),
                        choices=(
                            (
                                "Op de dag van kandidaatstelling",
                                False,
                            ),
                            (
                                "Op de 14e dag voor de dag van kandidaatstelling",
                                False,
                            ),
                            (
                                "Op de 42e dag voor de dag van kandidaatstelling",
                                True,
                            ),
                            (
                                "Op de verkiezingsdag",
                                False,
                            ),
                        ),
                        explanation=(
                            "Het registratieverzoek moet uiterlijk op de 42e dag voor de dag "
                            "van kandidaatstelling bij het centraal stembureau binnen zijn."
                        ),
                    ),
                    DemoQuestion(
                        question=(
                            "Hoeveel dagen na de dag van kandidaatstelling is de verkiezingsdag?"
                        ),
                        choices=(
                            (
                                "14 dagen",
                                False,
                            ),
                            (
                                "42 dagen",
                                False,
                            ),
                            (
                                "44 dagen",
                                True,
                            ),
                        ),
                        explanation=(
                            "De stemming is op de 44e dag na de dag van kandidaatstelling, een "
                            "woensdag."
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="de-kandidatenlijst-samenstellen",
                title="De kandidatenlijst samenstellen",
                body=(
                    (
                        "heading",
                        "Een eerlijke procedure",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Stel ruim voor de verkiezingen een kandidatencommissie in met "
                            "leden die zelf geen kandidaat zijn. De commissie maakt een "
                            "profiel, werft kandidaten, voert gesprekken en screent. Daarna "
                            "doet zij een voorstel voor de volgorde. Meestal stelt de "
                            "ledenvergadering de kandidatenlijst vast. Leg de procedure vast in"
                            " het huishoudelijk reglement.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "De regels",
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Maximaal <b>50 namen</b> op de kandidatenlijst, of "
                            "<b>80</b> als de partij bij de vorige verkiezingen meer dan 15 "
                            "zetels haalde.</li><li>Nummer 1 is de "
                            "<b>lijsttrekker</b>.</li><li>Elke kandidaat tekent een "
                            "<b>instemmingsverklaring</b>.</li><li>Een kandidaat mag in een "
                            "gemeente maar op één lijst staan.</li><li>Wie gekozen wordt, moet "
                            "in de gemeente wonen om raadslid te worden.</li></ul>"
                        ),
                    ),
                    (
                        "heading",
                        "Tips voor de volgorde",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De volgorde is belangrijk, omdat zetels in principe in die "
                            "volgorde worden verdeeld. Een kandidaat met veel voorkeurstemmen "
                            "kan de volgorde doorbreken. Zet op de verkiesbare plaatsen mensen "
                            "die echt raadslid willen en kunnen worden. Denk aan spreiding over"
                            " wijken en kernen, leeftijd en achtergrond. Zet ook genoeg namen "
                            "op de lijst: haalt u meer zetels dan u kandidaten heeft, dan kunt "
                            "u niet alle zetels bezetten. En er moeten opvolgers zijn als een "
                            "raadslid stopt of wethouder wordt.</p>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Controleer de gegevens:</b> achternaam, voorletters en "
                            "woonplaats moeten precies kloppen en overeenkomen met de "
                            "instemmingsverklaring. Kleine schrijffouten kosten op de dag zelf "
                            "onnodig tijd.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Instemmingsverklaringen verzamelen",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Vraag alle kandidaten hun instemmingsverklaring ruim voor de "
                            "dag van kandidaatstelling te tekenen. Gebruik het modelformulier "
                            "van de Kiesraad. Houd een lijst bij van wie er al heeft getekend "
                            "en bewaar de originelen bij één persoon.</p>"
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="ondersteuningsverklaringen-en-waarborgsom",
                title="Ondersteuningsverklaringen en waarborgsom",
                body=(
                    (
                        "heading",
                        "Wie moet dit doen?",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Alleen een partij die nieuw is in uw gemeente, of die bij de "
                            "vorige gemeenteraadsverkiezingen geen zetel haalde, heeft "
                            "ondersteuningsverklaringen nodig en betaalt een waarborgsom. Zit "
                            "uw partij al in de raad, dan kunt u deze les overslaan.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Hoeveel ondersteuningsverklaringen?",
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Raad met minder dan 19 zetels: <b>10</b>.</li><li>Raad met"
                            " 19 tot en met 37 zetels: <b>20</b>.</li><li>Raad met 39 zetels of"
                            " meer: <b>30</b>.</li></ul><p>Verzamel er een paar extra. "
                            "Controleer het aantal voor uw gemeente bij het centraal "
                            "stembureau.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Hoe werkt het?",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Kiezers tekenen <b>persoonlijk</b> op het gemeentehuis van de "
                            "gemeente waar zij als kiezer staan ingeschreven, met een "
                            "identiteitsbewijs. Dat kan vanaf de 14e dag voor de dag van "
                            "kandidaatstelling tot en met die dag. Elke kiezer mag maar één "
                            "verklaring tekenen, en een getekende verklaring kan niet worden "
                            "ingetrokken. Plan per dag wie er gaat tekenen en haal de "
                            "formulieren meteen op.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "De waarborgsom",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De waarborgsom is <b>€225</b> en moet uiterlijk op de 14e dag "
                            "voor de dag van kandidaatstelling betaald zijn. U krijgt het geld "
                            "terug als uw lijst ten minste 75% van de kiesdeler haalt. De "
                            "kiesdeler is het aantal geldige stemmen gedeeld door het aantal "
                            "raadszetels.</p>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Belangrijk:</b> te weinig geldige ondersteuningsverklaringen"
                            " of een niet-betaalde waarborgsom kunt u na de kandidaatstelling "
                            "niet zomaar repareren. Begin dus op tijd en houd een marge "
                            "aan.</p>"
                        ),
                    ),
                ),
                questions=(
                    DemoQuestion(
                        question=(
                            "Hoeveel ondersteuningsverklaringen heeft een nieuwe partij nodig "
                            "in een gemeente met een raad van 23 zetels?"
                        ),
                        choices=(
                            (
                                "10",
                                False,
                            ),
                            (
                                "20",
                                True,
                            ),
                            (
                                "30",
                                False,
                            ),
                            (
                                "Geen",
                                False,
                            ),
                        ),
                        explanation=(
                            "Bij een raad van 19 tot en met 37 zetels zijn 20 "
                            "ondersteuningsverklaringen nodig."
                        ),
                    ),
                    DemoQuestion(
                        question="Wanneer krijgt een partij de waarborgsom van €225 terug?",
                        choices=(
                            (
                                "Altijd na de verkiezingen",
                                False,
                            ),
                            (
                                "Als de lijst ten minste 75% van de kiesdeler haalt",
                                True,
                            ),
                            (
                                "Alleen als de partij een zetel haalt",
                                False,
                            ),
                            (
                                "Nooit",
                                False,
                            ),
                        ),
                        explanation=(
                            "De waarborgsom wordt terugbetaald als de lijst ten minste 75% van "
                            "de kiesdeler haalt, ook als dat geen hele zetel oplevert."
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="de-dag-van-kandidaatstelling",
                title="De dag van kandidaatstelling",
                body=(
                    (
                        "heading",
                        "Goed voorbereid",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Op de dag van kandidaatstelling levert u tussen 09.00 en 17.00 "
                            "uur de kandidatenlijst in bij het centraal stembureau. Spreek van "
                            "tevoren af wie dat doet, vaak de gemachtigde of een bestuurslid, "
                            "en wie de vervanger is.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Wat neemt u mee?",
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>de kandidatenlijst;</li><li>de getekende "
                            "instemmingsverklaringen van alle kandidaten;</li><li>de verklaring"
                            " van de gemachtigde dat de geregistreerde naam boven de lijst mag "
                            "staan;</li><li>als dat voor uw partij geldt: de "
                            "ondersteuningsverklaringen en het bewijs dat de waarborgsom is "
                            "betaald;</li><li>eventuele andere stukken die uw gemeente "
                            "vraagt.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Tip:</b> veel gemeenten bieden aan om de stukken vooraf te "
                            "laten controleren. Maak daar gebruik van, en kom op de dag zelf "
                            "liever 's ochtends dan vlak voor 17.00 uur.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Bij het inleveren",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Een medewerker van de gemeente neemt de stukken in ontvangst en"
                            " geeft u een bewijs van ontvangst. Bewaar dat goed. Vraag ook hoe "
                            "en wanneer u bericht krijgt als er iets ontbreekt. Zorg dat de "
                            "inleveraar in de dagen daarna goed bereikbaar is.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Maak een kopie en een draaiboek",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Maak voordat u de stukken inlevert een kopie of scan van alles."
                            " Als er vragen komen, heeft u zo snel alle gegevens bij de "
                            "hand.</p><p>Schrijf ook een kort draaiboek voor de dag: wie gaat "
                            "er, hoe laat, met welke map, en wie is telefonisch bereikbaar als "
                            "er onverwacht nog een handtekening nodig is? Zorg dat de "
                            "kandidaten die dag ook bereikbaar zijn.</p>"
                        ),
                    ),
                ),
                questions=(
                    DemoQuestion(
                        question=(
                            "Tussen welke tijden levert u de kandidatenlijst in op de dag van "
                            "kandidaatstelling?"
                        ),
                        choices=(
                            (
                                "Tussen 07.30 en 21.00 uur",
                                False,
                            ),
                            (
                                "Tussen 09.00 en 17.00 uur",
                                True,
                            ),
                            (
                                "De hele dag, tot middernacht",
                                False,
                            ),
                        ),
                        explanation=(
                            "Kandidatenlijsten worden ingeleverd tussen 09.00 en 17.00 uur. De "
                            "tijden 07.30 tot 21.00 uur zijn de openingstijden van de "
                            "stembureaus op de verkiezingsdag."
                        ),
                    ),
                ),
            ),
            DemoLesson(
                slug="na-het-inleveren",
                title="Na het inleveren: controle, herstel en lijstnummers",
                body=(
                    (
                        "heading",
                        "Het centraal stembureau controleert",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Na de kandidaatstelling onderzoekt het centraal stembureau alle"
                            " ingeleverde lijsten. Het kijkt bijvoorbeeld of elke kandidaat een"
                            " instemmingsverklaring heeft, of de gegevens kloppen en of er "
                            "genoeg ondersteuningsverklaringen zijn.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Herstel van fouten",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Vindt het centraal stembureau een fout die te herstellen is, "
                            "dan krijgt de inleveraar bericht. U krijgt dan een korte periode, "
                            "in de dagen direct na de kandidaatstelling, om de fout te "
                            "herstellen. Het bericht vertelt u precies wat er mis is en tot "
                            "wanneer u de tijd heeft. Handel meteen: de termijn is "
                            "kort.</p><p>Wordt een fout niet op tijd hersteld, dan kan een "
                            "kandidaat van de lijst worden geschrapt, of kan de hele lijst "
                            "ongeldig worden.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "Geldigheid en lijstnummers",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Daarna beslist het centraal stembureau in een openbare zitting "
                            "welke lijsten geldig zijn en welk nummer elke lijst krijgt. Het "
                            "besluit wordt openbaar gemaakt. Bent u het niet eens met een "
                            "besluit, dan kunt u in beroep gaan bij de Afdeling "
                            "bestuursrechtspraak van de Raad van State. De termijnen daarvoor "
                            "zijn erg kort; lees een besluit dus direct.</p>"
                        ),
                    ),
                    (
                        "callout",
                        (
                            "<p><b>Tip:</b> woon de openbare zitting bij of volg de "
                            "bekendmaking op de site van uw gemeente. Zo weet u meteen welk "
                            "lijstnummer u krijgt en kunt u uw campagnemateriaal afmaken.</p>"
                        ),
                    ),
                    (
                        "heading",
                        "En dan: campagne!",
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Is de lijst geldig verklaard, dan staat uw partij op het "
                            "stembiljet. Zet het lijstnummer op uw posters, flyers en website. "
                            "Vertel uw leden en helpers dat de formele stappen klaar zijn en "
                            "dat de campagne nu echt begint.</p>"
                        ),
                    ),
                ),
            ),
        ),
        checklist=(
            (
                "Data van de komende gemeenteraadsverkiezingen opgezocht bij de Kiesraad en de "
                "gemeente"
            ),
            (
                "Naam (aanduiding) geregistreerd of registratie gecontroleerd, uiterlijk de 42e"
                " dag voor de kandidaatstelling"
            ),
            "Kandidatencommissie ingesteld en procedure vastgelegd",
            ("Kandidatenlijst vastgesteld (maximaal 50 namen, of 80 na meer dan 15 zetels)"),
            "Instemmingsverklaringen van alle kandidaten getekend en gecontroleerd",
            (
                "Indien nodig: waarborgsom van €225 betaald, uiterlijk de 14e dag voor de "
                "kandidaatstelling"
            ),
            ("Indien nodig: genoeg ondersteuningsverklaringen verzameld, met een paar extra"),
            "Stukken vooraf laten controleren door de gemeente (als dat kan)",
            (
                "Kandidatenlijst ingeleverd op de dag van kandidaatstelling tussen 09.00 en "
                "17.00 uur"
            ),
            ("Bereikbaar geweest voor herstel en besluit over geldigheid en lijstnummer gelezen"),
        ),
    ),
)


NEWS: tuple[DemoNews, ...] = (
    DemoNews(
        slug="kennispunt-van-start",
        title="Kennispunt van start",
        days_ago=58,
        intro=(
            "Het Kennispunt voor lokale politieke partijen is online. Hier vinden besturen, "
            "raadsleden en vrijwilligers van lokale partijen praktische kennis, modellen en "
            "trainingen."
        ),
        body=(
            (
                "paragraph",
                (
                    "<p>Lokale partijen zijn er in bijna elke gemeente. Ze draaien op "
                    "vrijwilligers en hebben geen landelijke partij achter zich die helpt met "
                    "bijvoorbeeld statuten, de kandidaatstelling of integriteit. Het Kennispunt"
                    " wil die steun bieden: onafhankelijk, politiek neutraal en gratis.</p>"
                ),
            ),
            (
                "heading",
                "Wat vindt u hier?",
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Een kennisbank</b> met artikelen over oprichting, bestuur, "
                    "leden, kandidaatstelling, campagne, financiën, integriteit, fusie en "
                    "raadswerk.</li><li><b>Modeldocumenten</b>, zoals model statuten en een "
                    "checklist kandidaatstelling.</li><li><b>Modules</b> waarin u stap voor "
                    "stap leert, met vragen om uzelf te testen.</li><li><b>Een wegwijzer</b> "
                    "naar andere organisaties die lokale politici helpen.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Het Kennispunt wordt gefinancierd door het ministerie van Binnenlandse "
                    "Zaken en Koninkrijksrelaties. De inhoud is politiek neutraal: wij geven "
                    "geen politieke adviezen en kiezen geen partij.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p>Mist u een onderwerp of ziet u een fout? Laat het ons weten. We vullen "
                    "de kennisbank steeds verder aan.</p>"
                ),
            ),
        ),
    ),
    DemoNews(
        slug="nieuwe-module-kandidaatstelling",
        title="Nieuwe module over kandidaatstelling",
        days_ago=41,
        intro=(
            "De module 'Kandidaatstelling stap voor stap' is nu beschikbaar. In vijf korte "
            "lessen leert u alles over de formele stappen om mee te doen aan de "
            "gemeenteraadsverkiezingen."
        ),
        body=(
            (
                "paragraph",
                (
                    "<p>Veel lokale partijen doen het werk rond de kandidaatstelling maar eens "
                    "in de vier jaar. Dan is het lastig om alle regels en termijnen te "
                    "onthouden. De nieuwe module helpt daarbij.</p>"
                ),
            ),
            (
                "heading",
                "Wat leert u?",
            ),
            (
                "paragraph",
                (
                    "<ul><li>de tijdlijn: van registratie van de naam tot de "
                    "verkiezingsdag;</li><li>hoe u de kandidatenlijst "
                    "samenstelt;</li><li>wanneer u ondersteuningsverklaringen en een "
                    "waarborgsom nodig heeft;</li><li>wat u meeneemt op de dag van "
                    "kandidaatstelling;</li><li>wat er gebeurt na het inleveren.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Na een aantal lessen kunt u met een paar vragen testen of u de stof "
                    "kent. Aan het eind staat een checklist die u met het bestuur kunt "
                    "afvinken. De module sluit aan bij de module <i>Een lokale partij "
                    "oprichten</i>, voor partijen die nog moeten beginnen.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p>De regels kunnen veranderen. Controleer de data voor uw verkiezing "
                    "altijd bij de Kiesraad en het centraal stembureau van uw gemeente.</p>"
                ),
            ),
        ),
    ),
    DemoNews(
        slug="terugblik-gemeenteraadsverkiezingen-2026",
        title="Terugblik op de gemeenteraadsverkiezingen van maart 2026",
        days_ago=24,
        intro=(
            "Op 18 maart 2026 kozen inwoners in het hele land hun nieuwe gemeenteraad. Een "
            "korte terugblik vanuit het Kennispunt, en een vooruitblik op wat nu komt."
        ),
        body=(
            (
                "paragraph",
                (
                    "<p>Lokale partijen deden in veel gemeenten mee aan de "
                    "gemeenteraadsverkiezingen van 18 maart 2026. Voor sommige partijen was het"
                    " de eerste keer, andere doen al tientallen jaren mee. Voor de officiële "
                    "uitslagen verwijzen wij naar de gemeenten en de Kiesraad.</p>"
                ),
            ),
            (
                "heading",
                "Wat we hoorden",
            ),
            (
                "paragraph",
                (
                    "<p>In de aanloop kregen wij veel vragen over de registratie van de naam, "
                    "ondersteuningsverklaringen en de instemmingsverklaringen van kandidaten. "
                    "Die vragen nemen we mee bij het verbeteren van de kennisbank en de module "
                    "over kandidaatstelling.</p>"
                ),
            ),
            (
                "heading",
                "En nu?",
            ),
            (
                "paragraph",
                (
                    "<p>Na de verkiezingen begint voor veel partijen een nieuwe periode: nieuwe"
                    " raadsleden, gesprekken over een coalitie of raadsakkoord, en soms een "
                    "nieuw bestuur. In de kennisbank vindt u artikelen over samenwerken in een "
                    "coalitie of als oppositie, over integriteit in de fractie en over goed "
                    "bestuur.</p>"
                ),
            ),
            (
                "callout",
                (
                    "<p>Bent u net gekozen? Kijk in de wegwijzer onder <i>Ik ben net "
                    "gekozen</i> voor organisaties die nieuwe raadsleden helpen.</p>"
                ),
            ),
        ),
    ),
    DemoNews(
        slug="trainingen-nieuwe-fracties-en-besturen",
        title="Trainingen voor nieuwe fracties en besturen",
        days_ago=7,
        intro=(
            "Het Kennispunt organiseert de komende maanden trainingen voor lokale partijen. De "
            "trainingen zijn gratis en bedoeld voor raadsleden, fractieassistenten en "
            "bestuursleden."
        ),
        body=(
            (
                "paragraph",
                (
                    "<p>Na de gemeenteraadsverkiezingen zijn er veel nieuwe raadsleden en "
                    "bestuursleden. Daarom bieden wij een reeks korte trainingen aan, online en"
                    " op een aantal plekken in het land.</p>"
                ),
            ),
            (
                "heading",
                "Onderwerpen",
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>Goed bestuur</b>: de taken van voorzitter, secretaris en "
                    "penningmeester, en een goede ledenvergadering.</li><li><b>Integriteit in "
                    "de fractie</b>: omgaan met belangen, geheimhouding en "
                    "dilemma's.</li><li><b>Leden en vrijwilligers</b>: hoe houdt u mensen "
                    "betrokken tussen twee verkiezingen in?</li><li><b>Samenwerken in de "
                    "raad</b>: in een coalitie of als oppositie.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>De data en locaties volgen in de agenda op deze website. Aanmelden kan "
                    "per training. Wilt u een training voor uw eigen partij of voor meerdere "
                    "lokale partijen in uw regio samen? Neem dan contact met ons op.</p>"
                ),
            ),
        ),
    ),
)


WEGWIJZER_NEEDS: tuple[tuple[str, str, str], ...] = (
    (
        "net-gekozen",
        "Ik ben net gekozen",
        (
            "U bent nieuw in de gemeenteraad of het college en zoekt uitleg over uw rol, "
            "rechten en de organisatie van de gemeente."
        ),
    ),
    (
        "raadswerk-versterken",
        "Ik wil mijn raadswerk versterken",
        (
            "U zit al in de raad en wilt beter controleren, meer weten over uw gemeente of "
            "leren van anderen."
        ),
    ),
    (
        "partij-besturen",
        "Ik bestuur een lokale partij",
        (
            "U zit in het bestuur van een lokale partij en zoekt hulp bij de vereniging, de "
            "administratie, geld of privacy."
        ),
    ),
    (
        "verkiezingen-voorbereiden",
        "Ik bereid de verkiezingen voor",
        (
            "U bereidt de gemeenteraadsverkiezingen voor en zoekt de regels voor registratie, "
            "kandidaatstelling en campagne."
        ),
    ),
    (
        "integriteit",
        "Ik heb een vraag over integriteit",
        (
            "U zoekt informatie of advies over integriteit, belangenverstrengeling, veiligheid "
            "of het melden van een misstand."
        ),
    ),
)


WEGWIJZER: tuple[DemoWegwijzerEntry, ...] = (
    DemoWegwijzerEntry(
        title="Vereniging voor raadsleden",
        organisation="Nederlandse Vereniging voor Raadsleden",
        url="https://www.raadsleden.nl/",
        description=(
            "De beroepsvereniging van en voor raadsleden. U vindt er informatie over het "
            "raadswerk, bijeenkomsten en opleidingen, onder meer voor nieuwe raadsleden."
        ),
        need="net-gekozen",
        audiences=(
            "raadslid",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Vereniging van Griffiers",
        organisation="Vereniging van Griffiers",
        url="https://www.griffiers.nl/",
        description=(
            "De vereniging van griffiers, de ondersteuners van de gemeenteraad. Handig om te "
            "begrijpen wat de griffie voor raadsleden en fracties kan doen."
        ),
        need="net-gekozen",
        audiences=(
            "raadslid",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Wethoudersvereniging",
        organisation="Wethoudersvereniging",
        url="https://www.wethoudersvereniging.nl/",
        description=(
            "De vereniging voor wethouders, met informatie over het ambt, rechtspositie en "
            "ondersteuning voor nieuwe en zittende wethouders."
        ),
        need="net-gekozen",
        audiences=("wethouder",),
    ),
    DemoWegwijzerEntry(
        title="Vereniging van Nederlandse Gemeenten",
        organisation="VNG",
        url="https://vng.nl/",
        description=(
            "De vereniging van alle Nederlandse gemeenten. U vindt er achtergrond over "
            "gemeentelijke taken, financiën en actuele ontwikkelingen, voor raad en college."
        ),
        need="net-gekozen",
        audiences=(
            "raadslid",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Politiek en democratie uitgelegd",
        organisation="ProDemos",
        url="https://prodemos.nl/",
        description=(
            "ProDemos legt uit hoe politiek en democratie werken en biedt cursussen, onder meer"
            " voor (nieuwe) lokale politici en geïnteresseerde inwoners."
        ),
        need="net-gekozen",
        audiences=(
            "raadslid",
            "fractievoorzitter",
            "bestuurder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Informatie van de Rijksoverheid",
        organisation="Rijksoverheid",
        url="https://www.rijksoverheid.nl/",
        description=(
            "De website van de Rijksoverheid, met uitleg over onderwerpen als verkiezingen, "
            "gemeenten en politieke ambtsdragers."
        ),
        need="net-gekozen",
        audiences=(
            "raadslid",
            "wethouder",
            "bestuurder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Kennisbank Openbaar Bestuur",
        organisation="Ministerie van BZK",
        url="https://www.kennisopenbaarbestuur.nl/",
        description=(
            "Kennis, onderzoek en cijfers over het openbaar bestuur, verzameld door het "
            "ministerie van BZK. Nuttig als achtergrond bij raadswerk en lokale democratie."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "fractievoorzitter",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Cijfers over uw gemeente",
        organisation="Waarstaatjegemeente.nl",
        url="https://www.waarstaatjegemeente.nl/",
        description=(
            "Een overzicht van cijfers over gemeenten, zoals bevolking, zorg, veiligheid en "
            "financiën. Handig om uw gemeente te vergelijken met andere gemeenten."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "fractievoorzitter",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Statistieken",
        organisation="Centraal Bureau voor de Statistiek (CBS)",
        url="https://www.cbs.nl/",
        description=(
            "Officiële statistieken over Nederland, ook per gemeente en wijk. Bruikbaar bij het"
            " voorbereiden van debatten en het schrijven van een programma."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Lokale regelgeving",
        organisation="Overheid.nl",
        url="https://lokaleregelgeving.overheid.nl/",
        description=(
            "Hier vindt u de verordeningen van uw gemeente, zoals het reglement van orde, de "
            "gedragscode en de verordening over fractieondersteuning."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "fractievoorzitter",
            "bestuurder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Officiële bekendmakingen",
        organisation="Overheid.nl",
        url="https://zoek.officielebekendmakingen.nl/",
        description=(
            "Zoeken in officiële publicaties van gemeenten en het Rijk, zoals besluiten, "
            "verordeningen en Kamerstukken."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Algemene Rekenkamer",
        organisation="Algemene Rekenkamer",
        url="https://www.rekenkamer.nl/",
        description=(
            "De Algemene Rekenkamer onderzoekt of het Rijk geld goed besteedt. Haar rapporten "
            "en werkwijze kunnen inspiratie bieden voor de controlerende rol van de raad."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Nationale ombudsman",
        organisation="Nationale ombudsman",
        url="https://www.nationaleombudsman.nl/",
        description=(
            "De Nationale ombudsman behandelt klachten over de overheid en publiceert over "
            "behoorlijk bestuur. Nuttig om te leren hoe inwoners de overheid ervaren."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Raad voor het Openbaar Bestuur",
        organisation="Raad voor het Openbaar Bestuur",
        url="https://www.raadopenbaarbestuur.nl/",
        description=(
            "Een onafhankelijk adviesorgaan over de inrichting en werking van het openbaar "
            "bestuur, met adviezen die ook over gemeenten en lokale democratie gaan."
        ),
        need="raadswerk-versterken",
        audiences=(
            "raadslid",
            "fractievoorzitter",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Lokale politieke partijen",
        organisation="Lokalepolitiekepartijen.nl",
        url="https://www.lokalepolitiekepartijen.nl/",
        description=(
            "Een informatiesite voor lokale politieke partijen, met uitleg over onder meer het "
            "oprichten van een partij en registreren bij het centraal stembureau."
        ),
        need="partij-besturen",
        audiences=(
            "bestuurder",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Vereniging inschrijven en wijzigen",
        organisation="Kamer van Koophandel (KvK)",
        url="https://www.kvk.nl/",
        description=(
            "Alles over inschrijving in het Handelsregister, het doorgeven van "
            "bestuurswijzigingen en het UBO-register voor verenigingen."
        ),
        need="partij-besturen",
        audiences=("bestuurder",),
    ),
    DemoWegwijzerEntry(
        title="Een notaris vinden",
        organisation="Koninklijke Notariële Beroepsorganisatie (KNB)",
        url="https://www.knb.nl/",
        description=(
            "De beroepsorganisatie van notarissen, met informatie over de rol van de notaris en"
            " hulp bij het vinden van een notaris voor oprichting of statutenwijziging."
        ),
        need="partij-besturen",
        audiences=("bestuurder",),
    ),
    DemoWegwijzerEntry(
        title="Privacy en de AVG",
        organisation="Autoriteit Persoonsgegevens",
        url="https://www.autoriteitpersoonsgegevens.nl/",
        description=(
            "De toezichthouder op privacy. U vindt er uitleg over de AVG, bijzondere "
            "persoonsgegevens en wat een vereniging moet doen bij een datalek."
        ),
        need="partij-besturen",
        audiences=(
            "bestuurder",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Belastingen en verenigingen",
        organisation="Belastingdienst",
        url="https://www.belastingdienst.nl/",
        description=(
            "Informatie over belastingzaken voor verenigingen en over de fiscale behandeling "
            "van giften."
        ),
        need="partij-besturen",
        audiences=("bestuurder",),
    ),
    DemoWegwijzerEntry(
        title="Loterijen en acties",
        organisation="Kansspelautoriteit",
        url="https://kansspelautoriteit.nl/",
        description=(
            "De toezichthouder op kansspelen. Kijk hier voordat u een loterij of andere "
            "kansspelactie organiseert om geld op te halen."
        ),
        need="partij-besturen",
        audiences=("bestuurder",),
    ),
    DemoWegwijzerEntry(
        title="Kiesraad",
        organisation="Kiesraad",
        url="https://www.kiesraad.nl/",
        description=(
            "De centrale autoriteit voor verkiezingen. U vindt er de regels en modelformulieren"
            " voor registratie, kandidaatstelling, ondersteuningsverklaringen en de "
            "waarborgsom."
        ),
        need="verkiezingen-voorbereiden",
        audiences=(
            "bestuurder",
            "fractievoorzitter",
            "raadslid",
        ),
    ),
    DemoWegwijzerEntry(
        title="Wet- en regelgeving",
        organisation="Overheid.nl",
        url="https://wetten.overheid.nl/",
        description=(
            "De actuele tekst van wetten zoals de Kieswet, de Gemeentewet en het Burgerlijk "
            "Wetboek. Handig om een regel zelf na te lezen."
        ),
        need="verkiezingen-voorbereiden",
        audiences=(
            "bestuurder",
            "raadslid",
            "fractievoorzitter",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Beroep bij verkiezingszaken",
        organisation="Raad van State",
        url="https://www.raadvanstate.nl/",
        description=(
            "De Afdeling bestuursrechtspraak behandelt onder meer beroepen tegen besluiten van "
            "een centraal stembureau over registratie en kandidaatstelling."
        ),
        need="verkiezingen-voorbereiden",
        audiences=(
            "bestuurder",
            "fractievoorzitter",
        ),
    ),
    DemoWegwijzerEntry(
        title="Verklaring Omtrent het Gedrag",
        organisation="Justis",
        url="https://www.justis.nl/",
        description=(
            "Justis geeft de Verklaring Omtrent het Gedrag (VOG) af. Lees hier hoe een "
            "kandidaat een VOG aanvraagt en welke rol de organisatie daarbij heeft."
        ),
        need="verkiezingen-voorbereiden",
        audiences=("bestuurder",),
    ),
    DemoWegwijzerEntry(
        title="Huis voor Klokkenluiders",
        organisation="Huis voor Klokkenluiders",
        url="https://www.huisvoorklokkenluiders.nl/",
        description=(
            "Advies en informatie over het melden van misstanden en over integriteit in "
            "organisaties, ook in de publieke sector."
        ),
        need="integriteit",
        audiences=(
            "raadslid",
            "fractievoorzitter",
            "bestuurder",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Burgemeesters en integriteit",
        organisation="Nederlands Genootschap van Burgemeesters",
        url="https://www.burgemeesters.nl/",
        description=(
            "De vereniging van burgemeesters. De burgemeester heeft een wettelijke taak om de "
            "bestuurlijke integriteit te bevorderen; hier leest u meer over die rol."
        ),
        need="integriteit",
        audiences=(
            "fractievoorzitter",
            "wethouder",
        ),
    ),
    DemoWegwijzerEntry(
        title="Veiligheid en weerbaarheid",
        organisation="Centrum voor Criminaliteitspreventie en Veiligheid (CCV)",
        url="https://hetccv.nl/",
        description=(
            "Kennis over veiligheid en criminaliteitspreventie voor gemeenten en partners, "
            "onder meer over ondermijning en weerbaarheid."
        ),
        need="integriteit",
        audiences=(
            "raadslid",
            "wethouder",
        ),
    ),
)
