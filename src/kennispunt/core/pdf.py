"""PDFs in the Kennispunt style: a Django template rendered to HTML, then WeasyPrint
(HTML + CSS → PDF). The one way the site makes a PDF (the explanation for griffies,
certificates of attendance)."""

from typing import Any

from django.http import HttpResponse
from django.template.loader import render_to_string


def render_pdf(template_name: str, context: dict[str, Any], *, base_url: str) -> bytes:
    from weasyprint import HTML  # imported here: it parses its stylesheets on import

    html = render_to_string(template_name, context)
    pdf: bytes = HTML(string=html, base_url=base_url).write_pdf()
    return pdf


def pdf_response(pdf: bytes, *, filename: str) -> HttpResponse:
    """A PDF offered as a download."""
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
