from django.urls import path

from . import views

app_name = "alderman_pool"

urlpatterns = [
    path("", views.index, name="index"),
    path("mijn-profiel/", views.my_profile, name="my_profile"),
    path("mijn-profiel/bewerken/", views.profile_edit, name="profile_edit"),
    path("mijn-profiel/vernieuwen/", views.profile_renew, name="profile_renew"),
    path("mijn-profiel/verwijderen/", views.profile_delete, name="profile_delete"),
    path("mijn-profiel/verzoek/<int:pk>/", views.received_request, name="received_request"),
    path("zoeken/", views.search, name="search"),
    path("kandidaat/<str:code>/", views.profile_detail, name="profile"),
    path("verzoeken/", views.board_requests, name="board_requests"),
    path("verzoeken/<int:pk>/", views.board_request, name="board_request"),
]
