"""Changes in the knowledge base: a person's progress through modules."""

from typing import Any

from django.db import transaction

from .models import ChecklistTick, LessonCompletion, LessonPage, ModulePage


def lesson_complete(*, user: Any, lesson: LessonPage) -> None:
    LessonCompletion.objects.get_or_create(user=user, lesson=lesson)


@transaction.atomic
def checklist_set(*, user: Any, module: ModulePage, item_id: str, ticked: bool) -> bool:
    """Tick or untick one checklist item. False when the item is not in the module."""
    if item_id not in {block.id for block in module.checklist}:
        return False
    if ticked:
        ChecklistTick.objects.get_or_create(user=user, module=module, item_id=item_id)
    else:
        ChecklistTick.objects.filter(user=user, module=module, item_id=item_id).delete()
    return True


def self_check(*, lesson: LessonPage, answers: dict[str, str]) -> list[dict[str, Any]]:
    """Score the lesson's questions. ``answers`` maps a question's block id to a choice index."""
    results = []
    for block in lesson.questions:
        choices = list(block.value["choices"])
        chosen = answers.get(block.id, "")
        index = int(chosen) if chosen.isdigit() and int(chosen) < len(choices) else None
        results.append(
            {
                "id": block.id,
                "question": block.value["question"],
                "choices": [
                    {"index": i, "text": c["text"], "correct": c["correct"], "chosen": i == index}
                    for i, c in enumerate(choices)
                ],
                "answered": index is not None,
                "correct": index is not None and bool(choices[index]["correct"]),
                "explanation": block.value["explanation"],
            }
        )
    return results
