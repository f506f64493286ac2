from django.urls import URLPattern, URLResolver, path

from . import views, views_staff

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
    path("beheer/", views_staff.queue, name="staff_queue"),
    path("beheer/telefoon/", views_staff.phone, name="staff_phone"),
    path("beheer/rapportage/", views_staff.report, name="staff_report"),
    path("beheer/meerdere/", views_staff.bulk, name="staff_bulk"),
    path("beheer/meldingen/", views_staff.preferences, name="staff_preferences"),
    path("beheer/artikelen/", views_staff.article_search, name="staff_article_search"),
    path("beheer/<str:reference>/", views_staff.ticket, name="staff_ticket"),
    path("beheer/<str:reference>/bijwerken/", views_staff.update, name="staff_update"),
    path("beheer/<str:reference>/aan-mij/", views_staff.assign_me, name="staff_assign_me"),
    path("beheer/<str:reference>/samenvoegen/", views_staff.merge, name="staff_merge"),
    path("beheer/<str:reference>/artikel/", views_staff.article, name="staff_article"),
]
