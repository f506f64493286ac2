"""Reads for the knowledge base: module progress, lesson navigation, wegwijzer groups."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from kennispunt.core.suggestions import Suggestion

from .models import (
    ArticlePage,
    ChecklistTick,
    LessonCompletion,
    LessonPage,
    ModulePage,
    WegwijzerEntry,
    WegwijzerNeed,
)


@dataclass
class ModuleProgress:
    lessons: list[LessonPage]
    completed_ids: set[int] = field(default_factory=set)
    ticked_ids: set[str] = field(default_factory=set)
    checklist: list[dict[str, Any]] = field(default_factory=list)

    @property
    def completed_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.completed_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.completed_count / len(self.lessons)) if self.lessons else 0

    @property
    def next_lesson(self) -> LessonPage | None:
        """Where to continue: the first lesson not finished yet."""
        return next(
            (lesson for lesson in self.lessons if lesson.pk not in self.completed_ids), None
        )


def module_progress(*, module: ModulePage, user: Any) -> ModuleProgress:
    lessons = list(module.lessons())
    progress = ModuleProgress(lessons=lessons)
    if getattr(user, "is_authenticated", False):
        progress.completed_ids = set(
            LessonCompletion.objects.filter(user=user, lesson__in=lessons).values_list(
                "lesson_id", flat=True
            )
        )
        progress.ticked_ids = set(
            ChecklistTick.objects.filter(user=user, module=module).values_list("item_id", flat=True)
        )
    progress.checklist = [
        {"id": block.id, "text": block.value, "ticked": block.id in progress.ticked_ids}
        for block in module.checklist
    ]
    return progress


def lesson_navigation(*, lesson: LessonPage, user: Any) -> dict[str, Any]:
    module = lesson.get_parent().specific
    progress = module_progress(module=module, user=user)
    position = next(i for i, item in enumerate(progress.lessons) if item.pk == lesson.pk)
    return {
        "module": module,
        "progress": progress,
        "position": position + 1,
        "previous_lesson": progress.lessons[position - 1] if position > 0 else None,
        "next_lesson_in_order": (
            progress.lessons[position + 1] if position + 1 < len(progress.lessons) else None
        ),
        "is_completed": lesson.pk in progress.completed_ids,
    }


def wegwijzer_groups(*, audience: str = "") -> list[WegwijzerNeed]:
    entries: QuerySet[WegwijzerEntry] = WegwijzerEntry.objects.order_by("title")
    if audience:
        entries = entries.filter(**{f"for_{audience}": True})
    needs = WegwijzerNeed.objects.prefetch_related(
        Prefetch("entries", queryset=entries, to_attr="shown_entries")
    )
    return [need for need in needs if need.shown_entries]


def article_suggestions(*, text: str, limit: int) -> list[Suggestion]:
    """Published, public articles matching ``text`` (the helpdesk suggests them while typing).

    Any of the words may match, best first: a question typed as a whole sentence still finds
    the article that has its two telling words, where requiring every word finds nothing."""
    return [
        Suggestion(title=page.title, url=page.url, kind=_("Artikel"))
        for page in ArticlePage.objects.live().public().search(text, operator="or")[:limit]
    ]
