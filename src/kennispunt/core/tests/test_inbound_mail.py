"""The shared cleaning of e-mail replies, and the registry of reply-address handlers."""

import pytest

from kennispunt.core import inbound_mail
from kennispunt.core.inbound_mail import Handled, InboundMail, reply_text


@pytest.mark.parametrize(
    "mail",
    [
        "Goed idee!\n\nOp ma 7 dec. 2026 om 10:00 schreef Kennispunt <helpdesk@kennispunt.nl>:\n"
        "> Bo schreef in ...\n> tekst",
        "Goed idee!\n\nOp ma 7 dec. 2026 om 10:00 schreef Kennispunt <\nhelpdesk@kennispunt.nl>:\n"
        "> tekst",
        "Goed idee!\n\nOn Mon, Dec 7, 2026 at 10:00 AM Kennispunt wrote:\n> text",
        "Goed idee!\n\n-----Oorspronkelijk bericht-----\nVan: Kennispunt\nTekst",
        "Goed idee!\n\nVan: Kennispunt <helpdesk@kennispunt.nl>\nVerzonden: maandag\nAan: Anna",
        "Goed idee!\n\n-- \nAnna de Vries\nSecretaris",
        "Goed idee!\n\nVerzonden vanaf mijn iPhone",
        "Goed idee!\n\n> Bo schreef:\n> tekst\n",
    ],
)
def test_reply_text_keeps_what_was_written_above_the_quote_and_signature(mail: str) -> None:
    assert reply_text(mail) == "Goed idee!"


def test_reply_text_keeps_a_quote_the_writer_put_in_the_middle() -> None:
    text = "> Wat doen jullie?\n\nWij bellen iedereen.\n\nGroet"
    assert reply_text(text) == text


def test_dispatch_asks_handlers_until_one_claims_the_mail(monkeypatch) -> None:
    monkeypatch.setattr(inbound_mail, "_registry", inbound_mail._Registry())
    mail = InboundMail(from_address="a@b.nl", recipients=["x@y.nl"], subject="", body="")
    assert inbound_mail.dispatch(mail) is None
    inbound_mail.register_handler(lambda m: None)
    inbound_mail.register_handler(lambda m: Handled(accepted=True, note="mine"))
    assert inbound_mail.dispatch(mail) == Handled(accepted=True, note="mine")
