"""The explanation as a PDF in the Kennispunt style (WeasyPrint: HTML + CSS → PDF)."""

from django.template.loader import render_to_string

from kennispunt.core.links import absolute_url

from .models import OutreachText


def outreach_pdf(text: OutreachText, *, base_url: str) -> bytes:
    from weasyprint import HTML  # imported here: it parses its stylesheets on import

    html = render_to_string(
        "outreach/pdf.html", {"text": text, "more_url": absolute_url("/voor-gemeenten/")}
    )
    pdf: bytes = HTML(string=html, base_url=base_url).write_pdf()
    return pdf
