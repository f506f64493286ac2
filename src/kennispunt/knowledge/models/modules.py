"""Online modules: ordered lessons with an optional self-check, and a checklist to tick off."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import QuestionBlock, body_blocks
from .mixins import ReadingMixin


class ModulePage(RoutablePageMixin, ReadingMixin, Page):
    intro = models.TextField(_("introductie"))
    body = StreamField(body_blocks(), verbose_name=_("inhoud"), blank=True)
    checklist = StreamField(
        [("item", blocks.CharBlock(label=_("Taak")))],
        verbose_name=_("checklist"),
        blank=True,
        help_text=_("Taken die een partij kan afvinken. Elke taak houdt zijn eigen vinkjes."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("checklist"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["knowledge.ThemePage"]
    subpage_types = ["knowledge.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def lessons(self) -> models.QuerySet["LessonPage"]:
        return LessonPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from ..selectors import module_progress

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = module_progress(module=self, user=request.user)
        return context

    @path("")
    def module(self, request: HttpRequest) -> HttpResponse:
        """The module; a POST ticks or unticks one checklist item of the signed-in person."""
        if request.method != "POST":
            return self.index_route(request)
        return self._tick(request)

    @method_decorator(login_required)
    def _tick(self, request: HttpRequest) -> HttpResponse:
        from ..services import checklist_set

        item_id = request.POST.get("item", "")
        ticked = request.POST.get("ticked") == "1"
        if not checklist_set(user=request.user, module=self, item_id=item_id, ticked=ticked):
            return HttpResponseBadRequest()
        return redirect(f"{self.url}#checklist")


class LessonPage(RoutablePageMixin, ReadingMixin, Page):
    intro = models.TextField(_("samenvatting"), blank=True, max_length=400)
    body = StreamField(body_blocks(), verbose_name=_("inhoud"))
    questions = StreamField(
        [("question", QuestionBlock())],
        verbose_name=_("zelftoets"),
        blank=True,
        help_text=_("Optioneel: korte meerkeuzevragen met uitleg."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("questions"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["knowledge.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("les")
        verbose_name_plural = _("lessen")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from ..selectors import lesson_navigation
        from ..services import self_check

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_navigation(lesson=self, user=request.user))
        context["questions"] = self_check(lesson=self, answers={})
        context["toc"] = self.table_of_contents()
        return context

    @path("")
    def lesson(self, request: HttpRequest) -> HttpResponse:
        """The lesson; a POST scores the self-check (``action=check``, for everyone, nothing
        stored) or marks the lesson done (``action=complete``, signed in)."""
        if request.method != "POST":
            return self.index_route(request)
        from ..services import self_check

        action = request.POST.get("action")
        if action == "check":
            answers = {
                key[2:]: str(value) for key, value in request.POST.items() if key.startswith("q-")
            }
            questions = self_check(lesson=self, answers=answers)
            score = sum(1 for question in questions if question["correct"])
            return self.render(
                request,
                context_overrides={"questions": questions, "checked": True, "score": score},
            )
        if action == "complete":
            return self._complete(request)
        return HttpResponseBadRequest()

    @method_decorator(login_required)
    def _complete(self, request: HttpRequest) -> HttpResponse:
        from ..services import lesson_complete

        lesson_complete(user=request.user, lesson=self)
        following = self.get_next_siblings().live().public().first()
        if following is not None:
            return redirect(following.url)
        messages.success(request, gettext("U hebt alle lessen van deze module afgerond."))
        return redirect(self.get_parent().url)


class LessonCompletion(models.Model):
    """A signed-in person finished a lesson. Personal data: exported, erased with the account."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("afgerond op"), auto_now_add=True)

    class Meta:
        verbose_name = _("afgeronde les")
        verbose_name_plural = _("afgeronde lessen")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="knowledge_lesson_once")
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"


class ChecklistTick(models.Model):
    """A ticked checklist item of a module; ``item_id`` is the StreamField block id."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checklist_ticks"
    )
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="ticks")
    item_id = models.CharField(max_length=64)
    ticked_at = models.DateTimeField(_("afgevinkt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("afgevinkte taak")
        verbose_name_plural = _("afgevinkte taken")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module", "item_id"], name="knowledge_tick_once"
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"
