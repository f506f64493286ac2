from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kennispunt.mailings import sending
from kennispunt.mailings.models import Mailing, MailingStatus


class Command(BaseCommand):
    help = "Start due mailings and send them in the foreground (what the task worker does)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--mailing", type=int, help="only this mailing")

    def handle(self, *args: Any, **options: Any) -> None:
        for mailing_id in sending.due_mailings():
            sending.mailing_start(mailing_id=mailing_id)
        if options["mailing"]:
            ids = [options["mailing"]]
        else:
            ids = list(
                Mailing.objects.filter(status=MailingStatus.SENDING).values_list("pk", flat=True)
            )
        for mailing_id in ids:
            handled = sending.mailing_send(mailing_id=mailing_id)
            self.stdout.write(f"mailing {mailing_id}: {handled} handled")
