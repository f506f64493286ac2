import logging
from typing import Any

logger = logging.getLogger("kennispunt.tasks")


def log_task_enqueued(sender: Any, task_result: Any, **kwargs: Any) -> None:
    logger.info(
        "Task %s enqueued as %s",
        task_result.task.module_path,
        task_result.id,
        extra={"task": task_result.task.module_path, "task_id": str(task_result.id)},
    )
