"""Demo forum content: editorial Dutch text written for the demo, not interface strings."""

from typing import NamedTuple

CATEGORIES = (
    ("aankondigingen", "Aankondigingen", "Nieuws van het Kennispunt over het forum.", True),
    ("campagne", "Campagne en verkiezingen", "Kandidatenlijsten, campagne voeren, flyeren.", False),
    ("raadswerk", "Raadswerk", "Moties, vragen, begroting en samenwerken in de raad.", False),
    ("vereniging", "Partij en vereniging", "Statuten, ALV, penningmeester en bestuur.", False),
    ("vrijwilligers", "Vrijwilligers en leden", "Leden werven, vrijwilligers vasthouden.", False),
    ("communicatie", "Communicatie", "Website, nieuwsbrief, sociale media en de pers.", False),
)


class DemoTopic(NamedTuple):
    category: str
    author: str
    title: str
    body: str
    replies: tuple[tuple[str, str], ...]
    solution: int = 0  # number of the reply (1 = first reply) that solved it; 0 = none


TOPICS = (
    DemoTopic(
        "aankondigingen",
        "moderator",
        "Welkom op het forum van het Kennispunt",
        "Fijn dat u er bent! Dit forum is alleen voor leden van lokale partijen. Stel gerust "
        "een vraag, ook als die klein lijkt: de kans is groot dat een andere partij hetzelfde "
        "heeft meegemaakt.\n\nEen paar afspraken:\n\n"
        "- Wees vriendelijk, ook als u het oneens bent.\n"
        "- Noem geen namen van inwoners of ambtenaren.\n- Is uw vraag beantwoord? Markeer dan het "
        "antwoord als oplossing, zodat anderen het ook vinden.",
        (("lid", "Mooi initiatief. Ik ben benieuwd hoe andere partijen het doen!"),),
    ),
    DemoTopic(
        "aankondigingen",
        "moderator",
        "Nieuw in de kennisbank: kandidaatstelling stap voor stap",
        "In de kennisbank staat een nieuwe online module over kandidaatstelling. Lees ook "
        "[het artikel over de kandidatenlijst]"
        "(/kennis/kandidaatstelling/kandidatenlijst-opstellen/) "
        "als u dit jaar voor het eerst een lijst "
        "inlevert.",
        (),
    ),
    DemoTopic(
        "campagne",
        "lid",
        "Hoeveel ondersteuningsverklaringen hebben jullie nodig gehad?",
        "Wij doen volgend jaar voor het eerst mee in Amersfoort. Klopt het dat we per kieskring "
        "ondersteuningsverklaringen moeten verzamelen, en hoe pakken jullie dat aan?",
        (
            (
                "lid-zwolle",
                "In Zwolle hadden we er 30 nodig. We hebben een avond in het stadhuis "
                "georganiseerd en mensen persoonlijk uitgenodigd. Binnen twee uur waren we klaar.",
            ),
            (
                "forum-houten",
                "Let op: de verklaring moet worden afgelegd bij de gemeente, niet bij "
                "u thuis. Plan het ruim op tijd, de openingstijden zijn beperkt.",
            ),
            ("lid", "Dank jullie wel, dit helpt enorm. We plannen een avond in de eerste week."),
        ),
        solution=1,
    ),
    DemoTopic(
        "campagne",
        "forum-heuvelland",
        "Flyeren in kleine kernen: deur voor deur of markt?",
        "Onze gemeente bestaat uit veel kleine dorpen. Flyeren we het best huis aan huis, of "
        "staan we beter op de weekmarkt? Wie heeft ervaring?",
        (
            (
                "forum-westerkwartier",
                "Bij ons werkt huis aan huis het best, maar dan wel met een "
                "praatje. Mensen willen een gezicht zien.",
            ),
            (
                "bestuur",
                "Wij combineren: zaterdag de markt, doordeweeks een paar straten met "
                "vrijwilligers die er zelf wonen.",
            ),
        ),
    ),
    DemoTopic(
        "campagne",
        "forum-westerkwartier",
        "Lijsttrekkersdebat: wel of niet meedoen bij de lokale omroep?",
        "De lokale omroep organiseert een debat, maar de opzet voelt rommelig. Gaan jullie altijd?",
        (
            ("lid-zwolle", "Altijd gaan. Ook als het rommelig is, is het gratis zendtijd."),
            (
                "forum-houten",
                "Vraag vooraf naar de onderwerpen en de spreektijd. Dan weet u waar u "
                "aan toe bent.",
            ),
            ("forum-westerkwartier", "Goede tip, ik heb het gevraagd en we doen mee."),
        ),
        solution=2,
    ),
    DemoTopic(
        "campagne",
        "bestuur",
        "Hoe maken jullie een verkiezingsprogramma samen met inwoners?",
        "We willen dit keer inwoners echt laten meeschrijven. Hebben jullie goede ervaringen "
        "met wijkavonden of een online enquête?",
        (
            (
                "forum-heuvelland",
                "Wij hielden in elk dorp een keukentafelgesprek. Kleine groepjes, "
                "koffie erbij. Dat leverde veel meer op dan een enquête.",
            ),
        ),
    ),
    DemoTopic(
        "campagne",
        "forum-houten",
        "Campagnebudget: waar geven jullie het meest aan uit?",
        "Ons budget is klein, zo'n 2.000 euro. Waar halen jullie het meeste rendement uit?",
        (
            (
                "lid",
                "Posters langs de weg leveren bij ons weinig op. Wij besteden het meeste aan "
                "een huis-aan-huiskrant.",
            ),
            (
                "forum-westerkwartier",
                "Sociale media advertenties gericht op onze gemeente, met een "
                "klein bedrag per week. Dat is goed te meten.",
            ),
        ),
    ),
    DemoTopic(
        "raadswerk",
        "lid-zwolle",
        "Tips voor een eerste motie?",
        "Ik zit sinds kort in de raad en wil mijn eerste motie indienen over de bibliotheek in "
        "onze wijk. Waar moet ik op letten?",
        (
            (
                "lid",
                "Houd het dictum kort en concreet: wat moet het college precies doen, en "
                "wanneer? En zoek vooraf steun bij andere fracties.",
            ),
            (
                "forum-heuvelland",
                "Laat de griffie er even naar kijken. Die helpen graag en weten wat juridisch kan.",
            ),
            ("lid-zwolle", "Dank! De motie is aangenomen met brede steun."),
        ),
        solution=1,
    ),
    DemoTopic(
        "raadswerk",
        "lid",
        "Hoe lezen jullie de begroting als kleine fractie?",
        "De begroting is honderden pagina's. Met twee raadsleden redden we het niet om alles te "
        "lezen. Hoe verdelen jullie het werk?",
        (
            (
                "forum-westerkwartier",
                "Wij kiezen vooraf drie thema's die voor onze kiezers het "
                "belangrijkst zijn, en lezen alleen die hoofdstukken grondig.",
            ),
            (
                "bestuur",
                "De rekenkamer en de griffie geven vaak een technische sessie. Zeker gaan!",
            ),
        ),
    ),
    DemoTopic(
        "raadswerk",
        "forum-houten",
        "Schriftelijke vragen: hoe lang wachten jullie op antwoord?",
        "Wij hebben vragen gesteld over de verkeersveiligheid bij een school en wachten al tien "
        "weken. Is dat normaal?",
        (
            (
                "lid-zwolle",
                "Het reglement van orde noemt meestal een termijn van dertig dagen. "
                "Spreek de burgemeester erop aan als voorzitter van de raad.",
            ),
        ),
        solution=1,
    ),
    DemoTopic(
        "raadswerk",
        "forum-heuvelland",
        "Samenwerken met een landelijke partij in de coalitie",
        "We gaan misschien een coalitie vormen met twee landelijke partijen. Hoe zorgen jullie "
        "dat je als lokale partij herkenbaar blijft?",
        (
            (
                "lid",
                "Leg in het coalitieakkoord een paar echt lokale punten vast die van jullie zijn.",
            ),
            (
                "forum-westerkwartier",
                "En communiceer zelf over de resultaten. Wacht niet op het college.",
            ),
        ),
    ),
    DemoTopic(
        "raadswerk",
        "bestuur",
        "Burgerraad in onze gemeente: ervaringen?",
        "De gemeente overweegt een burgerraad over de energietransitie. Heeft iemand daar al "
        "ervaring mee?",
        (),
    ),
    DemoTopic(
        "vereniging",
        "forum-westerkwartier",
        "Statuten wijzigen: moet dat altijd via de notaris?",
        "We willen de naam van onze partij aanpassen. Moeten de statuten dan langs de notaris?",
        (
            (
                "forum-houten",
                "Ja, een statutenwijziging van een vereniging moet bij notariële akte. "
                "Eerst een besluit van de ALV, daarna naar de notaris.",
            ),
            ("forum-westerkwartier", "Helder, dank u. Dan plannen we eerst een ALV."),
        ),
        solution=1,
    ),
    DemoTopic(
        "vereniging",
        "lid",
        "Kascommissie: wie controleert bij jullie de penningmeester?",
        "Onze kascommissie bestaat uit één persoon. Is dat genoeg?",
        (
            (
                "bestuur",
                "Wij hebben er twee, en wisselen elk jaar één lid. Dan blijft er kennis "
                "en komt er een frisse blik bij.",
            ),
            (
                "forum-heuvelland",
                "Twee is echt het minimum. Kijk ook even in uw statuten wat daar staat.",
            ),
        ),
        solution=1,
    ),
    DemoTopic(
        "vereniging",
        "forum-heuvelland",
        "Digitaal vergaderen en stemmen in de ALV",
        "Mag een ALV volledig online, inclusief stemmen over de begroting?",
        (
            (
                "lid-zwolle",
                "Dat kan als uw statuten het toestaan. Anders eerst de statuten aanpassen.",
            ),
            (
                "forum-houten",
                "Wij doen hybride: in een zaal met een online verbinding. Stemmen via "
                "een eenvoudige tool.",
            ),
        ),
    ),
    DemoTopic(
        "vereniging",
        "forum-houten",
        "Opvolging in het bestuur: niemand wil voorzitter worden",
        "Onze voorzitter stopt na acht jaar en niemand meldt zich. Hoe hebben jullie dit opgelost?",
        (
            (
                "forum-westerkwartier",
                "Wij hebben de taken opgesplitst: een voorzitter voor de "
                "vergaderingen en iemand voor de contacten. Dat voelde minder zwaar.",
            ),
            ("lid", "Vraag mensen persoonlijk. Een oproep in de nieuwsbrief werkt bijna nooit."),
            ("forum-houten", "Goed idee om het op te splitsen. Dat gaan we voorstellen."),
        ),
    ),
    DemoTopic(
        "vereniging",
        "bestuur",
        "Contributie innen: automatische incasso of factuur?",
        "We willen af van het handmatig nasturen van betalingsherinneringen. Wat gebruiken jullie?",
        (
            (
                "forum-heuvelland",
                "Automatische incasso via de bank. Het kost een paar euro per "
                "maand maar scheelt enorm veel werk.",
            ),
        ),
        solution=1,
    ),
    DemoTopic(
        "vereniging",
        "lid-zwolle",
        "Integriteitsbeleid voor kandidaten",
        "Hoe toetsen jullie kandidaten op integriteit voordat ze op de lijst komen?",
        (
            (
                "bestuur",
                "Wij voeren met elke kandidaat een gesprek aan de hand van een vragenlijst, "
                "en vragen een verklaring omtrent het gedrag.",
            ),
            (
                "forum-westerkwartier",
                "In de kennisbank staat er een artikel over: "
                "[Kandidaten screenen](/kennis/integriteit/kandidaten-screenen/).",
            ),
        ),
    ),
    DemoTopic(
        "vrijwilligers",
        "forum-westerkwartier",
        "Hoe houden jullie vrijwilligers vast na de verkiezingen?",
        "Tijdens de campagne hebben we veel hulp, daarna haakt iedereen af. Tips?",
        (
            (
                "forum-heuvelland",
                "Geef ze een eigen klus die ook na de verkiezingen doorloopt, "
                "bijvoorbeeld de nieuwsbrief of een wijkschouw.",
            ),
            ("lid", "En bedank ze! Wij organiseren elk jaar een barbecue voor vrijwilligers."),
            ("forum-westerkwartier", "Een eigen klus, daar ga ik mee aan de slag."),
        ),
        solution=1,
    ),
    DemoTopic(
        "vrijwilligers",
        "forum-houten",
        "Jongeren betrekken bij de partij",
        "De gemiddelde leeftijd van onze leden is 62. Hoe bereiken jullie jongeren?",
        (
            (
                "lid-zwolle",
                "Wij zijn langs gegaan bij het mbo en hebben een debatmiddag "
                "georganiseerd. Twee studenten zijn nu actief.",
            ),
            ("bestuur", "Geef jongeren echt iets te doen, niet alleen flyers uitdelen."),
        ),
    ),
    DemoTopic(
        "vrijwilligers",
        "lid",
        "Nieuwe leden welkom heten",
        "Hoe zorgen jullie dat nieuwe leden zich welkom voelen bij de eerste ledenvergadering?",
        (
            (
                "forum-houten",
                "Elk nieuw lid krijgt een maatje uit het bestuur die even belt voor de "
                "eerste vergadering.",
            ),
        ),
    ),
    DemoTopic(
        "vrijwilligers",
        "forum-heuvelland",
        "Vrijwilligersverzekering via de gemeente",
        "Zijn onze vrijwilligers verzekerd tijdens het flyeren?",
        (
            (
                "forum-westerkwartier",
                "Veel gemeenten hebben een collectieve vrijwilligersverzekering. "
                "Vraag het na bij uw gemeente.",
            ),
            ("forum-heuvelland", "Gecheckt: onze gemeente heeft er een. Dank!"),
        ),
        solution=1,
    ),
    DemoTopic(
        "vrijwilligers",
        "bestuur",
        "Een ledenwerfactie die werkte",
        "Wij hebben dit jaar veertig nieuwe leden geworven met een open avond in het dorpshuis. "
        "Zin om te horen hoe we het aanpakten?",
        (
            ("lid-zwolle", "Graag! Hoe hebben jullie de avond bekendgemaakt?"),
            (
                "bestuur",
                "Vooral via de lokale krant en de Facebookgroep van het dorp. En iedereen "
                "die al lid was nam één persoon mee.",
            ),
        ),
    ),
    DemoTopic(
        "communicatie",
        "lid-zwolle",
        "Welke tool gebruiken jullie voor de nieuwsbrief?",
        "We sturen nu een Word-document als bijlage. Dat moet beter kunnen. Welke tool raden "
        "jullie aan?",
        (
            (
                "forum-houten",
                "Wij gebruiken een Europese nieuwsbriefdienst, in verband met de AVG. "
                "Let op dat u een verwerkersovereenkomst afsluit.",
            ),
            (
                "lid",
                "Houd de nieuwsbrief kort: drie onderwerpen, een foto en een link naar de website.",
            ),
        ),
        solution=1,
    ),
    DemoTopic(
        "communicatie",
        "forum-westerkwartier",
        "Reageren op kritiek op Facebook",
        "Er staat een boze reactie onder ons bericht over de nieuwe woonwijk. "
        "Reageren of laten staan?",
        (
            (
                "bestuur",
                "Altijd kort en vriendelijk reageren, en aanbieden om even te bellen. Nooit "
                "in discussie gaan in de reacties.",
            ),
            (
                "forum-heuvelland",
                "En niet verwijderen, tenzij het beledigend is. Dat werkt averechts.",
            ),
        ),
    ),
    DemoTopic(
        "communicatie",
        "forum-houten",
        "Persbericht schrijven: hoe krijg je de krant zover?",
        "Onze persberichten worden nooit geplaatst. Wat doen we fout?",
        (
            (
                "lid-zwolle",
                "Begin met het nieuws, niet met de partij. En bel de journalist even na.",
            ),
            ("forum-westerkwartier", "Stuur een goede foto mee, liefst met mensen erop."),
        ),
    ),
    DemoTopic(
        "communicatie",
        "lid",
        "Privacy: mogen we foto's van inwoners op onze website zetten?",
        "Op onze bijeenkomst zijn foto's gemaakt. Mogen die zomaar online?",
        (
            (
                "forum-heuvelland",
                "Alleen met toestemming van de mensen die herkenbaar op de foto "
                "staan. Vraag het vooraf, bijvoorbeeld bij de ingang.",
            ),
        ),
        solution=1,
    ),
    DemoTopic(
        "communicatie",
        "forum-heuvelland",
        "Website bijhouden met een klein team",
        "Onze website is verouderd en niemand heeft tijd. Hoe houden jullie het bij?",
        (
            (
                "forum-houten",
                "Wij hebben een eenvoudige site met alleen de vaste informatie, en "
                "plaatsen nieuws op sociale media.",
            ),
            (
                "lid-zwolle",
                "Eén keer per maand een vast moment om de site na te lopen helpt bij ons.",
            ),
        ),
    ),
    DemoTopic(
        "campagne",
        "lid-zwolle",
        "Verkiezingsposters: zelf ontwerpen of uitbesteden?",
        "Is het de moeite waard om een ontwerper in te huren voor de posters?",
        (
            (
                "forum-westerkwartier",
                "Wij hadden een lid dat grafisch ontwerper is. Vraag eens rond in uw eigen partij!",
            ),
        ),
    ),
    DemoTopic(
        "raadswerk",
        "forum-westerkwartier",
        "Inwoners betrekken bij een raadsvoorstel",
        "Hoe halen jullie de mening van inwoners op voordat er over een voorstel wordt gestemd?",
        (
            (
                "lid",
                "Wij houden een inloopavond in de wijk waar het over gaat. Mensen komen "
                "eerder als het over hun eigen straat gaat.",
            ),
            ("forum-houten", "Een korte peiling via de nieuwsbrief werkt bij ons ook goed."),
        ),
    ),
)

# Demo members who write on the forum next to the standard demo users (party slug, first name).
EXTRA_MEMBERS = (
    ("forum-westerkwartier", "Gerrit", "dorpsbelang-westerkwartier"),
    ("forum-houten", "Ilse", "eerlijk-houten"),
    ("forum-heuvelland", "Twan", "gemeentebelang-heuvelland"),
)
