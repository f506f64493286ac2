from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index


class KennispuntDocument(AbstractDocument):
    """A downloadable document (model statuten, checklists) with a description people can search."""

    description = models.TextField(_("omschrijving"), blank=True, max_length=600)

    admin_form_fields = (*Document.admin_form_fields, "description")
    search_fields = [*AbstractDocument.search_fields, index.SearchField("description")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
