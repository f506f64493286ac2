from django.urls import path

from . import views

app_name = "dashboards"

urlpatterns = [
    path("mijn/", views.mine, name="mine"),
    path("beheer/", views.staff, name="staff"),
]
