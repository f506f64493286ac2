from django.urls import path

from . import views

app_name = "elections"

plan = "<slug:slug>/partij/<slug:party>/"

urlpatterns = [
    path("", views.election_list, name="list"),
    path("agenda/<str:token>.ics", views.ical_feed, name="ical"),
    path("<slug:slug>/", views.election_detail, name="detail"),
    path(plan, views.plan_detail, name="plan"),
    path(plan + "afdrukken/", views.plan_print, name="print"),
    path(plan + "situatie/", views.plan_case, name="case"),
    path(plan + "stap/<slug:key>/", views.step_toggle, name="step"),
    path(plan + "mijlpalen/", views.milestone_add, name="milestone_add"),
    path(plan + "mijlpalen/<int:pk>/afvinken/", views.milestone_toggle, name="milestone_toggle"),
    path(plan + "mijlpalen/<int:pk>/verwijderen/", views.milestone_delete, name="milestone_delete"),
    path(plan + "agenda/nieuw/", views.ical_regenerate, name="ical_regenerate"),
]
