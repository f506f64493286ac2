"""StreamField blocks of a newsletter issue. Each block becomes a *section* (see rendering.py),
which the web page, the HTML e-mail and the plain-text e-mail all render from."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

FEATURES = ["bold", "italic", "link", "ol", "ul"]


class IntroBlock(blocks.RichTextBlock):
    class Meta:
        label = _("Inleiding")
        icon = "pilcrow"


class HighlightedArticlesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), default="Uitgelicht in de kennisbank")
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="knowledge.ArticlePage", label=_("Artikel")),
        label=_("Artikelen"),
    )

    class Meta:
        label = _("Uitgelichte artikelen")
        icon = "doc-full"


class ChosenTrainingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"))
    when = blocks.CharBlock(label=_("Datum en plaats"), help_text=_("Bijv. 12 maart, Utrecht"))
    url = blocks.URLBlock(label=_("Link"), required=False)


class TrainingsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), default="Binnenkort: trainingen")
    automatic = blocks.BooleanBlock(
        label=_("Automatisch vullen met de eerstvolgende trainingen"),
        required=False,
        default=True,
    )
    limit = blocks.IntegerBlock(
        label=_("Aantal (automatisch)"), min_value=1, max_value=10, default=5
    )
    chosen = blocks.ListBlock(
        ChosenTrainingBlock(), label=_("Zelf gekozen trainingen"), required=False, default=[]
    )

    class Meta:
        label = _("Trainingen")
        icon = "date"


class NewsItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"))
    text = blocks.TextBlock(label=_("Tekst"))
    url = blocks.URLBlock(label=_("Link"), required=False)


class NewsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), default="Nieuws")
    items = blocks.ListBlock(NewsItemBlock(), label=_("Berichten"))

    class Meta:
        label = _("Nieuws")
        icon = "list-ul"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Tekst"))
    button_label = blocks.CharBlock(label=_("Knoptekst"), max_length=60)
    url = blocks.URLBlock(label=_("Link"))

    class Meta:
        label = _("Oproep")
        icon = "pick"


def issue_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("intro", IntroBlock(features=FEATURES)),
        ("articles", HighlightedArticlesBlock()),
        ("trainings", TrainingsBlock()),
        ("news", NewsBlock()),
        ("cta", CallToActionBlock()),
    ]
