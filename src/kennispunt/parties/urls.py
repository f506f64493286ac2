from django.urls import path

from . import views, views_registration, views_staff

app_name = "parties"

# services.RESERVED_SLUGS keeps a party's slug from taking one of the fixed paths below.
urlpatterns = [
    path("", views.party_list, name="list"),
    path("aanmelden/", views_registration.register, name="register"),
    path("aanmelden/<int:pk>/", views_registration.registration_status, name="registration_status"),
    path("mijn-aanvragen/", views_registration.my_requests, name="my_requests"),
    path("aanmeldingen/", views_staff.registration_queue, name="registration_queue"),
    path("aanmeldingen/<int:pk>/", views_staff.registration_review, name="registration_review"),
    path("aanmeldingen/meldingen/", views_staff.reviewer_preferences, name="reviewer_preferences"),
    path("lidmaatschap/aanvragen/", views.membership_request, name="request"),
    path("lidmaatschap/aanvragen/openstaand/", views_staff.pending_memberships, name="pending"),
    path("lidmaatschap/toegang/", views.eligibility_status, name="eligibility"),
    path("lidmaatschap/<int:pk>/beoordelen/", views.membership_decide, name="decide"),
    path("lidmaatschap/<int:pk>/beeindigen/", views.membership_end, name="end"),
    path("<slug:slug>/", views.party_detail, name="detail"),
    path("<slug:slug>/leden/", views.party_members, name="members"),
    path("<slug:slug>/leden/<int:pk>/taken/", views.membership_functions, name="functions"),
]
