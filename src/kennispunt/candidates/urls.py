from django.urls import path

from . import views

app_name = "candidates"

base = "<slug:election>/partij/<slug:party>/kandidaten/"
one = base + "<int:pk>/"

urlpatterns = [
    path("kandidaten/uitnodiging/<str:token>/", views.invitation, name="invitation"),
    path("kandidaten/mijn/<int:pk>/", views.own_candidacy, name="own"),
    path(base, views.pipeline_detail, name="pipeline"),
    path(base + "nieuw/", views.candidate_add, name="add"),
    path(base + "export.csv", views.pipeline_export, name="pipeline_export"),
    path(base + "inzage/", views.support_grant, name="support"),
    path(base + "lijst/", views.list_detail, name="list"),
    path(base + "lijst/volgorde/", views.order_set, name="order"),
    path(base + "lijst/alv/", views.alv_record, name="alv"),
    path(base + "lijst/inlevering/", views.submission_update, name="submission"),
    path(base + "lijst/gereed/", views.list_ready, name="ready"),
    path(base + "lijst/osv.csv", views.osv_export, name="osv_export"),
    path(base + "lijst/checklist/", views.checklist, name="checklist"),
    path(one, views.candidate_detail, name="candidate"),
    path(one + "gegevens/", views.candidate_update, name="update"),
    path(one + "fase/", views.candidate_move, name="move"),
    path(one + "notities/", views.note_add, name="note"),
    path(one + "screening/", views.screening_update, name="screening"),
    path(one + "uitnodigen/", views.invitation_send, name="invite"),
    path(one + "vog/", views.vog_upload, name="vog_upload"),
    path(one + "vog/download/", views.vog_download, name="vog_download"),
    path(one + "vog/verwijderen/", views.vog_delete, name="vog_delete"),
]
