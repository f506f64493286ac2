from django.urls import path

from . import views, views_staff

app_name = "trainings"

urlpatterns = [
    path("", views.calendar, name="calendar"),
    path("agenda.ics", views.feed, name="feed"),
    path("mijn-aanmeldingen/", views.my_signups, name="my_signups"),
    path("maatwerk/aanvragen/", views.maatwerk_request, name="maatwerk_request"),
    path("sessie/<int:pk>/", views.session_detail, name="session"),
    path("sessie/<int:pk>/agenda.ics", views.session_ics, name="session_ics"),
    path("sessie/<int:pk>/aanmelden/", views.signup, name="signup"),
    path("aanmelding/<int:pk>/", views.signup_done, name="signup_done"),
    path("aanmelding/<int:pk>/afmelden/", views.signup_cancel, name="signup_cancel"),
    path("aanmelding/<int:pk>/bevestigen/", views.signup_accept, name="signup_accept"),
    path("aanmelding/<int:pk>/bewijs-van-deelname.pdf", views.certificate, name="certificate"),
    path("aanmelding/<int:pk>/beoordelen/", views.evaluate, name="evaluate"),
    path("wachtlijst/<str:token>/", views.waitlist_leave, name="waitlist_leave"),
    path("beheer/", views_staff.manage, name="manage"),
    path("beheer/sessie/nieuw/", views_staff.session_create, name="staff_session_create"),
    path("beheer/sessie/<int:pk>/", views_staff.session_attendees, name="staff_session"),
    path("beheer/sessie/<int:pk>/bewerken/", views_staff.session_edit, name="staff_session_edit"),
    path(
        "beheer/sessie/<int:pk>/kopieren/",
        views_staff.session_duplicate,
        name="staff_session_duplicate",
    ),
    path(
        "beheer/sessie/<int:pk>/annuleren/",
        views_staff.session_cancel,
        name="staff_session_cancel",
    ),
    path(
        "beheer/sessie/<int:pk>/deelnemers.csv",
        views_staff.session_attendees_csv,
        name="staff_session_csv",
    ),
    path("beheer/sessie/<int:pk>/mailen/", views_staff.session_mail, name="staff_session_mail"),
    path("beheer/evaluaties/", views_staff.evaluations, name="staff_evaluations"),
    path("beheer/maatwerk/", views_staff.maatwerk_list, name="staff_maatwerk_list"),
    path("beheer/maatwerk/<int:pk>/", views_staff.maatwerk_detail, name="staff_maatwerk"),
    path("<slug:slug>/", views.training_detail, name="training"),
]
