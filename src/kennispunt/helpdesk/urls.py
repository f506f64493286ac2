from django.urls import URLPattern, URLResolver, path

from . import views

app_name = "helpdesk"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("vraag-stellen/", views.ask, name="ask"),
    path("suggesties/", views.suggest, name="suggest"),
    path("mijn-vragen/", views.my_questions, name="mine"),
    path("vraag/<str:reference>/", views.ticket_detail, name="ticket"),
    path("bijlage/<uuid:public_id>/", views.attachment_download, name="attachment"),
    path("beoordelen/<str:token>/", views.rate, name="rate"),
    path("inkomend/", views.inbound, name="inbound"),
    path("beheer/", views.staff_queue, name="staff_queue"),
    path("beheer/telefoon/", views.staff_phone, name="staff_phone"),
    path("beheer/rapportage/", views.staff_report, name="staff_report"),
    path("beheer/<str:reference>/", views.staff_ticket, name="staff_ticket"),
    path("beheer/<str:reference>/bijwerken/", views.staff_update, name="staff_update"),
    path("beheer/<str:reference>/samenvoegen/", views.staff_merge, name="staff_merge"),
    path("beheer/<str:reference>/artikel/", views.staff_article, name="staff_article"),
]
