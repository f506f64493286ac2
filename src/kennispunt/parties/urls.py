from django.urls import path

from . import views, views_staff

app_name = "parties"

urlpatterns = [
    path("", views.party_list, name="list"),
    path("lidmaatschap/aanvragen/", views.membership_request, name="request"),
    path("lidmaatschap/aanvragen/openstaand/", views_staff.pending_memberships, name="pending"),
    path("lidmaatschap/toegang/", views.eligibility_status, name="eligibility"),
    path("lidmaatschap/<int:pk>/beoordelen/", views.membership_decide, name="decide"),
    path("lidmaatschap/<int:pk>/beeindigen/", views.membership_end, name="end"),
    path("<slug:slug>/", views.party_detail, name="detail"),
    path("<slug:slug>/leden/", views.party_members, name="members"),
]
