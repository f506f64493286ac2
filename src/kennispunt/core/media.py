"""Uploaded images served by the embedded default (SERVE_MEDIA); nothing else of MEDIA_ROOT.

Documents (collection privacy) and forum attachments (members only) live in MEDIA_ROOT as
well and must go through their own views. The URL pattern cannot guard that: the server has
already decoded the path (``..%2f`` arrives as ``../``), and a symlink may point anywhere. So
the decision is made on the real file: every ``..`` and symlink resolved, then inside one of
the image folders, or 404.
"""

from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.views.decorators.http import require_safe
from django.views.static import serve

IMAGE_FOLDERS = ("images", "original_images")


def served_image(path: str) -> Path | None:
    """The real file that ``path`` (relative to MEDIA_ROOT) names, if it is a served image."""
    root = Path(settings.MEDIA_ROOT)
    try:
        target = (root / path).resolve(strict=True)
        folders = [(root / folder).resolve() for folder in IMAGE_FOLDERS]
    except (OSError, RuntimeError, ValueError):  # missing, a symlink loop, a NUL byte
        return None
    if not target.is_file():
        return None
    if any(target.is_relative_to(folder) for folder in folders):
        return target
    return None


@require_safe
def image(request: HttpRequest, path: str) -> HttpResponseBase:
    target = served_image(path)
    if target is None:
        raise Http404
    # Django's own static view, handed only the checked file: it sends Content-Type,
    # Content-Length and Last-Modified, and answers If-Modified-Since with a 304.
    return serve(request, target.name, document_root=str(target.parent))
