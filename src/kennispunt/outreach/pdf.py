"""The explanation as a PDF in the Kennispunt style (``core.pdf``: HTML + CSS → PDF)."""

from kennispunt.core.links import absolute_url
from kennispunt.core.pdf import render_pdf

from .models import OutreachText


def outreach_pdf(text: OutreachText, *, base_url: str) -> bytes:
    return render_pdf(
        "outreach/pdf.html",
        {"text": text, "more_url": absolute_url("/voor-gemeenten/")},
        base_url=base_url,
    )
