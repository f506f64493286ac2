from django.urls import path

from . import views, views_staff

app_name = "outreach"

urlpatterns = [
    path("", views.explanation, name="explanation"),
    path("uitleg.pdf", views.explanation_pdf, name="pdf"),
    path("gemeenten/", views.municipality_list, name="municipalities"),
    path("beheer/", views_staff.overview, name="overview"),
    path("beheer/verzenden/", views_staff.send_confirm, name="send"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("<slug:slug>/", views.municipality_detail, name="municipality"),
]
