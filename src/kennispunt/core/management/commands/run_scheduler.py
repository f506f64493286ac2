import signal
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kennispunt.core.periodic import registered_jobs, run_due_jobs


class Command(BaseCommand):
    help = "Fire periodic jobs when due (safe to run on several machines at once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=int, default=30, help="seconds between checks")
        parser.add_argument("--once", action="store_true", help="check once and exit")

    def handle(self, *args: Any, interval: int, once: bool, **options: Any) -> None:
        stopping = False

        def stop(*_: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        names = ", ".join(f"{job.name} (every {job.every})" for job in registered_jobs())
        self.stdout.write(f"scheduler: {names}")
        while not stopping:
            for name in run_due_jobs():
                self.stdout.write(f"scheduler: queued {name}")
            if once:
                break
            for _ in range(interval):
                if stopping:
                    break
                time.sleep(1)
