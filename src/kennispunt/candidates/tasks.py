"""Background work of the candidate pipeline: the retention of people who did not make a list."""

from django_tasks import task

from . import services


@task()
def anonymise_unlisted() -> int:
    return services.retention_run()
