"""CSV import into the register (from a bank export or a spreadsheet): every row is checked as
if typed in the form, with Dutch errors per row; nothing is saved while any row is wrong."""

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .forms import EntryForm

# The columns a file must have (Dutch, as a treasurer's spreadsheet has them), in any order.
COLUMNS = {
    "datum": "received_on",
    "soort": "kind",
    "gever": "donor_type",
    "naam": "donor_name",
    "woonplaats": "donor_place",
    "kvk": "donor_kvk",
    "land": "donor_country",
    "bedrag": "amount",
    "waardering": "valuation",
    "voorwaarden": "conditions",
    "toestemming": "publication_consent",
    "omschrijving": "description",
}
REQUIRED = ("datum", "soort", "gever", "bedrag")
YES = {"ja", "j", "yes", "1", "waar"}
MAX_ROWS = 500


@dataclass
class Row:
    number: int
    values: dict[str, str]
    data: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _donor_errors(data: dict[str, Any]) -> list[str]:
    from .services import _check_donor

    try:
        _check_donor(
            donor_type=data["donor_type"],
            donor_name=data.get("donor_name", ""),
            donor_place=data.get("donor_place", ""),
            donor_kvk=data.get("donor_kvk", ""),
            donor_country=data.get("donor_country", "NL"),
        )
    except ValidationError as error:
        return [str(m) for messages in error.message_dict.values() for m in messages]
    return []


def parse(text: str) -> tuple[list[Row], list[str]]:
    """The rows of a CSV text (comma or semicolon separated) and the errors of the file."""
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in headers]
    if missing:
        return [], [
            _("De kolommen %(columns)s ontbreken in de eerste regel.")
            % {"columns": ", ".join(missing)}
        ]
    rows: list[Row] = []
    for number, raw in enumerate(reader, start=2):
        if number - 1 > MAX_ROWS:
            return rows, [_("Een bestand mag hoogstens %(n)s regels hebben.") % {"n": MAX_ROWS}]
        values = {
            (k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None
        }
        if not any(values.values()):
            continue
        form_data = {
            field_name: values.get(column, "")
            for column, field_name in COLUMNS.items()
            if field_name != "publication_consent"
        }
        form_data["donor_country"] = form_data["donor_country"] or "NL"
        form_data["amount"] = form_data["amount"].replace("€", "").replace(" ", "")
        if "," in form_data["amount"]:
            form_data["amount"] = form_data["amount"].replace(".", "").replace(",", ".")
        if values.get("toestemming", "").lower() in YES:
            form_data["publication_consent"] = "on"
        row = Row(number=number, values=values)
        form = EntryForm(form_data)
        if form.is_valid():
            row.data = dict(form.cleaned_data)
            row.errors = _donor_errors(row.data)
        else:
            row.errors = [
                f"{form.fields[name].label if name in form.fields else ''}: {message}".lstrip(": ")
                for name, messages in form.errors.items()
                for message in messages
            ]
        rows.append(row)
    if not rows:
        return [], [_("Het bestand bevat geen regels.")]
    return rows, []
