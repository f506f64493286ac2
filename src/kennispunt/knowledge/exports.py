from typing import Any

from .models import ChecklistTick, LessonCompletion


def export_progress(user: Any) -> dict[str, Any]:
    return {
        "completed_lessons": [
            {
                "lesson": c.lesson.title,
                "url": c.lesson.url,
                "completed_at": c.completed_at.isoformat(),
            }
            for c in LessonCompletion.objects.filter(user=user).select_related("lesson")
        ],
        "checklist_ticks": [
            {"module": t.module.title, "item_id": t.item_id, "ticked_at": t.ticked_at.isoformat()}
            for t in ChecklistTick.objects.filter(user=user).select_related("module")
        ],
    }


def erase_progress(user: Any) -> None:
    LessonCompletion.objects.filter(user=user).delete()
    ChecklistTick.objects.filter(user=user).delete()
