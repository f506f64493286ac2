"""The fixed lists of the pool: what a person offers and what a party looks for.

Held here as data, one list per question, so a profile and a search speak the same words. The
values are stored; the labels are translated. A new entry is a line here (no migration: the
values live in ``ProfileTag.value``, which has no choices in the database).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kennispunt.parties.models import Province


class Competence(models.TextChoices):
    BESTUURLIJK = "bestuurlijk", _("Bestuurlijke ervaring")
    FINANCIEN = "financien", _("Financieel inzicht")
    LEIDINGGEVEN = "leidinggeven", _("Leidinggeven")
    ONDERHANDELEN = "onderhandelen", _("Onderhandelen en samenwerken")
    COMMUNICATIE = "communicatie", _("Communicatie en media")
    VERBINDEN = "verbinden", _("Verbinden met inwoners")
    PROJECTEN = "projecten", _("Projecten en verandering leiden")
    JURIDISCH = "juridisch", _("Juridische kennis")
    INTEGRITEIT = "integriteit", _("Integriteit en omgaan met dilemma's")
    CRISIS = "crisis", _("Crisis en tegenwind hanteren")


class Portfolio(models.TextChoices):
    FINANCIEN = "financien", _("Financiën")
    RUIMTELIJKE_ORDENING = "ruimte", _("Ruimtelijke ordening en omgevingswet")
    WONEN = "wonen", _("Wonen")
    SOCIAAL_DOMEIN = "sociaal", _("Sociaal domein en zorg")
    JEUGD = "jeugd", _("Jeugd en onderwijs")
    ECONOMIE = "economie", _("Economie en werk")
    DUURZAAMHEID = "duurzaamheid", _("Duurzaamheid en energie")
    MOBILITEIT = "mobiliteit", _("Verkeer en mobiliteit")
    CULTUUR = "cultuur", _("Cultuur, sport en recreatie")
    VEILIGHEID = "veiligheid", _("Openbare ruimte en veiligheid")
    DIENSTVERLENING = "dienstverlening", _("Dienstverlening en digitalisering")
    LANDBOUW = "landbouw", _("Landbouw en platteland")


class TagKind(models.TextChoices):
    COMPETENCE = "competence", _("competentie")
    PORTFOLIO = "portfolio", _("portefeuille")
    PROVINCE = "province", _("provincie")


CHOICES_OF = {
    TagKind.COMPETENCE: Competence,
    TagKind.PORTFOLIO: Portfolio,
    TagKind.PROVINCE: Province,
}
