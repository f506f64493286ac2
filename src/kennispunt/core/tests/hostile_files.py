"""Files that try to get active content past an upload check, and what each must count as.

Shared by the tests of the upload check itself and of every feature that takes files (forum,
helpdesk by web form and by e-mail), so each feature meets the same corpus.
"""

import io
import zipfile
from dataclasses import dataclass

from PIL import Image

from kennispunt.core import uploads


@dataclass(frozen=True)
class Sample:
    label: str
    filename: str
    content: bytes
    declared: str  # what a browser or mail program would claim
    detected: str  # what the check must see; a feature accepts it only if on its list

    def __str__(self) -> str:
        return self.label


def _image(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), (200, 30, 30)).save(buffer, kind)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


SCRIPT = b"<script>alert(document.cookie)</script>"
PLAIN_TEXT = b"Notulen van 3 maart: begroting < 2025 & \"extra\" 'posten' > nul.\n"
ODT = _zip({"mimetype": uploads.ODT.encode(), "content.xml": b"<office:document-content/>"})
DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})

CORPUS = [
    Sample(
        "html-without-html-tag",
        "notitie.txt",
        b"Beste helpdesk,\n<img src=x onerror=alert(1)>\n",
        "text/plain",
        uploads.HTML,
    ),
    Sample("img-onerror", "foto.jpg", b"<img src=x onerror=alert(1)>", "image/jpeg", uploads.HTML),
    Sample(
        "svg-onload",
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "image/svg+xml",
        uploads.SVG,
    ),
    Sample(
        "svg-with-xml-prolog",
        "tekening.svg",
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "image/svg+xml",
        uploads.SVG,
    ),
    Sample(
        "xml-with-stylesheet",
        "gegevens.txt",
        b'<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="x.xsl"?><a/>',
        "text/plain",
        uploads.XML,
    ),
    Sample(
        "xhtml-namespace-script",
        "data.txt",
        b'<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
        "text/plain",
        uploads.HTML,
    ),
    Sample(
        "html-with-bom",
        "brief.txt",
        b"\xef\xbb\xbf<!DOCTYPE html><p>Hallo</p>" + SCRIPT,
        "text/plain",
        uploads.HTML,
    ),
    Sample(
        "upper-case-script", "a.txt", b"  \r\n<SCRIPT>alert(1)</SCRIPT>", "text/plain", uploads.HTML
    ),
    Sample("only-a-comment", "a.txt", b"<!-- -->", "text/plain", uploads.HTML),
    Sample("end-tag-only", "a.txt", b"tekst</title><script>x</script>", "text/plain", uploads.HTML),
    Sample(
        "javascript-link",
        "links.txt",
        b'<a href="javascript:alert(1)">klik</a>',
        "text/plain",
        uploads.HTML,
    ),
    Sample(
        "markup-after-5000-bytes",
        "lang.txt",
        b"Lange tekst zonder opmaak. " * 200 + SCRIPT,
        "text/plain",
        uploads.HTML,
    ),
    Sample(
        "html-named-pdf",
        "rapport.pdf",
        b"<html><body>" + SCRIPT + b"</body></html>",
        "application/pdf",
        uploads.HTML,
    ),
    Sample(
        "utf16-html-with-bom",
        "pagina.txt",
        "<html><script>alert(1)</script></html>".encode("utf-16"),
        "text/plain",
        uploads.UNKNOWN,
    ),
    Sample(
        "utf16le-html-without-bom",
        "pagina.txt",
        "<html><script>alert(1)</script></html>".encode("utf-16-le"),
        "text/plain",
        uploads.UNKNOWN,
    ),
    Sample(
        "latin1-text",
        "oud.txt",
        "Financiën en café".encode("latin-1"),
        "text/plain",
        uploads.UNKNOWN,
    ),
    Sample(
        "control-characters", "x.txt", b"tekst\x00\x01\x02binair", "text/plain", uploads.UNKNOWN
    ),
    Sample(
        "exe-named-pdf",
        "factuur.pdf",
        b"MZ\x90\x00\x03\x00binary",
        "application/pdf",
        uploads.UNKNOWN,
    ),
    Sample(
        "zip-claiming-html-mimetype",
        "document.odt",
        _zip({"mimetype": b"text/html", "index.html": b"<html>" + SCRIPT}),
        uploads.ODT,
        uploads.ZIP,
    ),
    Sample(
        "zip-claiming-png-mimetype",
        "foto.png",
        _zip({"mimetype": b"image/png", "index.html": b"<html>" + SCRIPT}),
        "image/png",
        uploads.ZIP,
    ),
    Sample(
        "zip-with-html", "site.zip", _zip({"index.html": SCRIPT}), "application/zip", uploads.ZIP
    ),
    Sample(
        "polyglot-gif-html",
        "grap.html",
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00/*<html>" + SCRIPT + b"*/=1;",
        "text/html",
        uploads.GIF,
    ),
    Sample("png-named-html", "pagina.html", _image("PNG"), "text/html", uploads.PNG),
    Sample("jpeg-named-svg", "logo.svg", _image("JPEG"), "image/svg+xml", uploads.JPEG),
    Sample(
        "pdf-named-html",
        "verslag.html",
        b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        "text/html",
        uploads.PDF,
    ),
    Sample(
        "javascript-without-markup",
        "script.js",
        b"alert(document.cookie);\n",
        "application/javascript",
        uploads.TEXT,
    ),
    Sample("plain-text-with-punctuation", "notulen.txt", PLAIN_TEXT, "text/plain", uploads.TEXT),
    Sample("opendocument-text", "statuten.odt", ODT, uploads.ODT, uploads.ODT),
    Sample("word-document-named-html", "brief.html", DOCX, "text/html", uploads.DOCX),
]
