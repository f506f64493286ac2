"""POST handling of lesson and module pages (Wagtail serves the GETs)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import services
from .models import LessonPage, ModulePage


def lesson_post(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    action = request.POST.get("action")
    if action == "check":
        # The self-check works for everyone, signed in or not; nothing is stored.
        answers = {
            key[2:]: str(value) for key, value in request.POST.items() if key.startswith("q-")
        }
        context = lesson.get_context(request)
        context["questions"] = services.self_check(lesson=lesson, answers=answers)
        context["checked"] = True
        context["score"] = sum(1 for q in context["questions"] if q["correct"])
        return TemplateResponse(request, lesson.get_template(request), context)
    if action == "complete":
        if not request.user.is_authenticated:
            return redirect_to_login(lesson.url)
        services.lesson_complete(user=request.user, lesson=lesson)
        following = lesson.get_next_siblings().live().public().first()
        if following is not None:
            return redirect(following.url)
        messages.success(request, _("U hebt alle lessen van deze module afgerond."))
        return redirect(lesson.get_parent().url)
    return HttpResponseBadRequest()


def checklist_update(request: HttpRequest, module: ModulePage) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(module.url)
    item_id = request.POST.get("item", "")
    ticked = request.POST.get("ticked") == "1"
    if not services.checklist_set(user=request.user, module=module, item_id=item_id, ticked=ticked):
        return HttpResponseBadRequest()
    return redirect(f"{module.url}#checklist")
