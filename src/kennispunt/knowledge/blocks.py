"""StreamField blocks of the knowledge base (articles, lessons, modules)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"))
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=RICH_TEXT_FEATURES)

    class Meta:
        label = _("Vraag en antwoord")


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), required=False, default="Veelgestelde vragen")
    items = blocks.ListBlock(FAQItemBlock(), label=_("Vragen"))

    class Meta:
        label = _("Veelgestelde vragen")
        icon = "help"
        template = "knowledge/blocks/faq.html"


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Omschrijving"), required=False)

    class Meta:
        label = _("Download")
        icon = "doc-full"
        template = "knowledge/blocks/download.html"


class CalloutBlock(blocks.RichTextBlock):
    class Meta:
        label = _("Tip of waarschuwing")
        icon = "warning"
        template = "knowledge/blocks/callout.html"


def body_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("heading", blocks.CharBlock(label=_("Tussenkop"), form_classname="title")),
        ("paragraph", blocks.RichTextBlock(label=_("Tekst"), features=RICH_TEXT_FEATURES)),
        ("callout", CalloutBlock(features=RICH_TEXT_FEATURES)),
        ("faq", FAQBlock()),
        ("download", DocumentDownloadBlock()),
    ]


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwoord"))
    correct = blocks.BooleanBlock(label=_("Juist antwoord"), required=False)


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"))
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Antwoorden"), min_num=2)
    explanation = blocks.TextBlock(label=_("Uitleg"), help_text=_("Getoond na het antwoorden."))

    class Meta:
        label = _("Vraag")
        icon = "help"
