"""What the knowledge base adds to /mijn/: the online modules the person began and has not
finished, each with where to continue (registered in apps.py)."""

from typing import Any

from django.db.models import Q
from wagtail.models import Page

from .models import LessonCompletion, LessonPage, ModulePage

START_PANEL_LIMIT = 3


def start_panel(user: Any) -> dict[str, Any]:
    done_paths = set(
        LessonCompletion.objects.filter(user=user).values_list("lesson__path", flat=True)
    )
    module_paths = {path[: -Page.steplen] for path in done_paths}
    modules = list(ModulePage.objects.live().public().filter(path__in=module_paths))
    in_progress = []
    if modules:
        lessons = (
            LessonPage.objects.live()
            .public()
            .filter(
                Q(
                    *[Q(path__startswith=m.path, depth=m.depth + 1) for m in modules],
                    _connector="OR",
                )
            )
            .order_by("path")
        )
        by_module: dict[str, list[LessonPage]] = {}
        for lesson in lessons:
            by_module.setdefault(lesson.path[: -Page.steplen], []).append(lesson)
        for module in modules:
            module_lessons = by_module.get(module.path, [])
            remaining = [lesson for lesson in module_lessons if lesson.path not in done_paths]
            if remaining:
                in_progress.append(
                    {
                        "module": module,
                        "done": len(module_lessons) - len(remaining),
                        "total": len(module_lessons),
                        "next_lesson": remaining[0],
                    }
                )
    return {"modules": in_progress[:START_PANEL_LIMIT]}
