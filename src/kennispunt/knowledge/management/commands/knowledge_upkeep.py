from django.core.management.base import BaseCommand, CommandParser

from kennispunt.knowledge import tasks


class Command(BaseCommand):
    help = (
        "Queue the knowledge base's periodic jobs: review reminders to article owners (weekly) "
        "and the wegwijzer link check. Run it from a scheduler (cron, systemd timer)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--only", choices=["reminders", "links"], help="queue just one job")

    def handle(self, *args: object, only: str | None = None, **options: object) -> None:
        if only in (None, "reminders"):
            tasks.send_review_reminders.enqueue()
            self.stdout.write("queued: review reminders")
        if only in (None, "links"):
            tasks.check_wegwijzer_links.enqueue()
            self.stdout.write("queued: wegwijzer link check")
