from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profiel/", views.profile, name="profile"),
    path("profiel/gegevens/", views.data_export, name="data_export"),
    path("profiel/verwijderen/", views.account_delete, name="delete"),
]
