"""First versions of the pages every install needs. Editors own them afterwards in Wagtail.

This is editorial content in Dutch (the site's content language), not interface text, so it
is not run through gettext.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    slug: str
    title: str
    intro: str
    body: tuple[tuple[str, str], ...]


HOME_INTRO = (
    "<p>Het Kennispunt helpt lokale politieke partijen: partijen die in de gemeenteraad zitten "
    "zonder landelijke partij achter zich. Hier vindt u kennis over het runnen van een partij, "
    "trainingen, een helpdesk en een forum om met andere lokale partijen te overleggen. "
    "Onafhankelijk, en gefinancierd door het ministerie van BZK.</p>"
)

# Every section of the main navigation is now served by its own app (knowledge, trainings,
# forum, helpdesk, newsletter), so no placeholder pages are needed.
_SECTIONS: tuple[PageText, ...] = ()

PRIVACY = PageText(
    "privacy",
    "Privacyverklaring",
    "Welke gegevens het Kennispunt bewaart, waarom, hoe lang, en wat uw rechten zijn.",
    (
        ("heading", "Wie zijn wij"),
        (
            "paragraph",
            "<p>Het Kennispunt lokale politieke partijen is een onafhankelijk "
            "steunpunt, gefinancierd door het ministerie van Binnenlandse Zaken en "
            "Koninkrijksrelaties. Het Kennispunt is verantwoordelijk voor de verwerking van de "
            "persoonsgegevens op deze website.</p>",
        ),
        ("heading", "Welke gegevens wij bewaren"),
        (
            "paragraph",
            "<ul><li><b>Uw account</b>: uw e-mailadres, en als u dat wilt uw naam. "
            "Uw wachtwoord bewaren we alleen versleuteld.</li><li><b>Uw partij</b>: bij welke "
            "partij u hoort en in welke rol. Dit zegt iets over uw politieke voorkeur en is "
            "daarom een bijzonder persoonsgegeven (artikel 9 AVG). We leggen het alleen vast met "
            "uw uitdrukkelijke toestemming; de tekst waarmee u toestemming gaf bewaren we erbij."
            "</li><li><b>Uw voortgang</b>: welke lessen van de online modules u hebt afgerond en "
            "welke taken u op een checklist hebt afgevinkt, zodat u verder kunt waar u was.</li>"
            "<li><b>Trainingen</b>: voor wie u zich of een collega aanmeldt: naam, e-mailadres, "
            "partij en rol, eventuele dieetwensen en wat u hoopt te leren, en of u aanwezig was. "
            "De trainer en de medewerkers van het Kennispunt zien dit. Een jaar na de training "
            "halen we naam, e-mailadres en antwoorden weg; alleen de aantallen en de (anonieme) "
            "beoordelingen blijven.</li>"
            "<li><b>Het forum</b>: uw berichten (en eerdere versies als u een bericht "
            "bewerkt), wat u leuk vindt, volgt en als bladwijzer bewaart, welke berichten u hebt "
            "gelezen, uw meldingen en uw keuze voor e-mail. Andere leden zien uw voornaam en uw "
            "forumnaam (bijvoorbeeld @anna-12), nooit uw e-mailadres of uw partij. Moderatoren "
            "kunnen persoonsgegevens uit een bericht weghalen; dat wordt vastgelegd in het "
            "logboek.</li>"
            "<li><b>Logboek</b>: wie een lidmaatschap heeft bekeken, goedgekeurd, "
            "afgewezen of beëindigd, en wanneer. Zo kunnen we verantwoorden wie uw gegevens "
            "heeft gezien.</li>"
            "<li><b>Verkiezingsplanner</b>: welke stappen u voor uw partij hebt afgevinkt en "
            "wanneer, en de mijlpalen die u hebt gemaakt of die aan u zijn toegewezen. Alleen de "
            "bevestigde leden van uw partij zien dit. De bestuursleden krijgen voor elke termijn "
            "een herinnering per e-mail. Verwijdert u uw account, dan blijft de planning van de "
            "partij staan, zonder uw naam.</li>"
            "<li><b>Nieuwsbrief</b>: als u zich aanmeldt uw e-mailadres, en als u dat "
            "invult uw naam en gemeente. We bewaren wanneer u zich aan- en afmeldde en met welke "
            "tekst, als bewijs van uw toestemming. U krijgt de nieuwsbrief pas als u de link in "
            "de bevestigingsmail hebt aangeklikt. Afmelden kan met één klik onderaan elke "
            "nieuwsbrief. We houden niet bij of u de nieuwsbrief opent of op links klikt. Komt "
            "een nieuwsbrief niet aan of meldt u hem als spam, dan sturen we dat adres niets "
            "meer.</li>"
            "<li><b>Griffies</b>: om gemeenten te vertellen over het Kennispunt bewaren we per "
            "gemeente het zakelijke e-mailadres van de griffie, soms met de naam van een "
            "contactpersoon en een notitie (gerechtvaardigd belang). We houden bij of onze "
            "e-mail is verzonden of niet aankwam. Elke e-mail heeft een link om geen berichten "
            "meer te krijgen; een griffie kan ook vragen de gegevens te verwijderen.</li>"
            "</ul>",
        ),
        ("heading", "Wie uw partijlidmaatschap kan zien"),
        (
            "paragraph",
            "<p>Alleen de bevestigde bestuursleden van uw partij en de medewerkers van "
            "het Kennispunt. Andere bezoekers en leden van andere partijen zien het niet. Het komt "
            "niet in foutmeldingen of logbestanden van de website terecht.</p>",
        ),
        ("heading", "Waarvoor en op welke grond"),
        (
            "paragraph",
            "<p>Uw account gebruiken we om u toegang te geven tot het forum, de "
            "helpdesk en de trainingen (uitvoering van onze dienst). Uw partijlidmaatschap "
            "gebruiken we alleen om vast te stellen dat u lid bent van een lokale partij "
            "(uitdrukkelijke toestemming).</p>",
        ),
        ("heading", "Vragen aan de helpdesk"),
        (
            "paragraph",
            "<p>Stelt u een vraag via het formulier, per e-mail of telefonisch, dan bewaren we "
            "uw vraag, onze antwoorden, uw e-mailadres en eventuele bijlagen om u te helpen. "
            "Een vraag die u voor uw partij stelt, kunnen de bevestigde leden van die partij "
            "ook lezen. Interne notities van medewerkers ziet u niet. Twee jaar nadat een "
            "vraag is gesloten maken we hem anoniem; alleen datum, kanaal en thema blijven "
            "over voor onze jaarcijfers. Uw vragen staan in de download van uw gegevens en "
            "worden anoniem gemaakt als u uw account verwijdert.</p>",
        ),
        ("heading", "Cookies"),
        (
            "paragraph",
            "<p>We gebruiken alleen cookies die nodig zijn om in te loggen en "
            "formulieren veilig te versturen. We volgen u niet en gebruiken geen "
            "advertentie- of analysecookies.</p>",
        ),
        ("heading", "Hoe lang"),
        (
            "paragraph",
            "<p>Zolang u een account hebt. Beëindigt u een lidmaatschap, dan blijft "
            "alleen de vermelding dat het beëindigd is. Verwijdert u uw account, dan verdwijnen uw "
            "account en lidmaatschappen direct.</p>",
        ),
        ("heading", "Wat blijft na het verwijderen van uw account"),
        (
            "paragraph",
            "<p>Berichten die u op het forum schreef blijven staan, zodat gesprekken "
            "leesbaar blijven, maar zonder uw naam: er staat dan 'verwijderd lid'. In het logboek "
            "blijft staan dat er iets gebeurd is, maar niet meer door of voor wie.</p>",
        ),
        ("heading", "Uw rechten"),
        (
            "paragraph",
            "<p>Op uw profielpagina kunt u al uw gegevens downloaden en uw account "
            "verwijderen. Voor inzage, correctie of andere vragen kunt u ons mailen. Bent u het "
            "niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de "
            "Autoriteit Persoonsgegevens.</p>",
        ),
    ),
)

ACCESSIBILITY = PageText(
    "toegankelijkheid",
    "Toegankelijkheidsverklaring",
    "Het Kennispunt wil dat iedereen deze website kan gebruiken.",
    (
        ("heading", "Onze ambitie"),
        (
            "paragraph",
            "<p>Deze website moet voldoen aan de Web Content Accessibility "
            "Guidelines (WCAG) 2.2 op niveau AA, zoals de wet voorschrijft voor organisaties die "
            "met overheidsgeld werken. We gebruiken de huisstijlonderdelen van NL Design System, "
            "die op toegankelijkheid zijn getest.</p>",
        ),
        ("heading", "Hoe we dat controleren"),
        (
            "paragraph",
            "<p>Bij elke wijziging controleren automatische tests de belangrijkste "
            "pagina's met axe-core in een echte browser. Daarnaast testen we met het toetsenbord, "
            "met vergroting tot 400% en op een smalle telefoon. Een volledig onderzoek door een "
            "onafhankelijke partij is nog niet uitgevoerd.</p>",
        ),
        ("heading", "Loopt u ergens tegenaan?"),
        (
            "paragraph",
            "<p>Laat het ons weten via e-mail of telefoon (zie onderaan de pagina). "
            "We reageren binnen vijf werkdagen en zoeken samen met u naar een oplossing.</p>",
        ),
    ),
)

CONTACT = PageText(
    "contact",
    "Contact",
    "Zo bereikt u het Kennispunt.",
    (
        (
            "paragraph",
            "<p>U kunt ons mailen of bellen op werkdagen tussen 9.00 en 17.00 uur. "
            "De gegevens staan onderaan elke pagina. Bent u lid van een lokale partij, dan kunt u "
            "ook een vraag stellen via de helpdesk.</p>",
        ),
    ),
)

PAGES = (*_SECTIONS, PRIVACY, ACCESSIBILITY, CONTACT)
