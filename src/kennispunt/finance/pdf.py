"""The giftenreglement as a PDF (WeasyPrint: HTML + CSS → PDF), as the outreach explanation."""

from typing import Any

from django.template.loader import render_to_string

from .models import GiftRegulation


def regulation_pdf(regulation: GiftRegulation, *, base_url: str) -> bytes:
    from weasyprint import HTML  # imported here: it parses its stylesheets on import

    html = render_to_string("finance/regulation_pdf.html", {"regulation": regulation})
    pdf: bytes = HTML(string=html, base_url=base_url).write_pdf()
    return pdf


def year_overview_pdf(party: Any, overview: dict[str, Any], *, base_url: str) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "finance/year_overview_pdf.html", {"party": party, "overview": overview}
    )
    pdf: bytes = HTML(string=html, base_url=base_url).write_pdf()
    return pdf
