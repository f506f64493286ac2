from django.urls import path

from . import views

app_name = "finance"

# Included under /partijen/ before the parties app, so these win over its <slug>/ patterns;
# parties.services.RESERVED_SLUGS keeps "financien" from being a party's slug.
urlpatterns = [
    path("financien/", views.publishing_list, name="index"),
    path("financien/schema.json", views.schema, name="schema"),
    path("<slug:slug>/financien/", views.public_page, name="public"),
    path("<slug:slug>/financien.json", views.public_json, name="public_json"),
    path("<slug:slug>/financien.csv", views.public_csv, name="public_csv"),
    path(
        "<slug:slug>/financien/giftenreglement/", views.regulation_public, name="regulation_public"
    ),
    path(
        "<slug:slug>/financien/giftenreglement.pdf",
        views.regulation_public_pdf,
        name="regulation_public_pdf",
    ),
    path("<slug:slug>/financien/register/", views.register, name="register"),
    path("<slug:slug>/financien/register/nieuw/", views.entry_add, name="entry_add"),
    path("<slug:slug>/financien/register/inlezen/", views.import_entries, name="import"),
    path(
        "<slug:slug>/financien/register/<int:pk>/goedkeuren/",
        views.entry_approve,
        name="entry_approve",
    ),
    path(
        "<slug:slug>/financien/register/jaaroverzicht-<int:year>.csv",
        views.year_overview_csv,
        name="year_overview_csv",
    ),
    path(
        "<slug:slug>/financien/register/jaaroverzicht-<int:year>.pdf",
        views.year_overview_pdf,
        name="year_overview_pdf",
    ),
    path(
        "<slug:slug>/financien/register/<int:pk>/gever-wissen/",
        views.donor_erase,
        name="donor_erase",
    ),
    path("<slug:slug>/financien/register/regels/", views.rule_pack, name="rule_pack"),
    path("<slug:slug>/financien/register/publiceren/", views.publish, name="publish"),
    path(
        "<slug:slug>/financien/register/giftenreglement/",
        views.regulation_new,
        name="regulation_new",
    ),
    path(
        "<slug:slug>/financien/register/giftenreglement/<int:version>/",
        views.regulation_detail,
        name="regulation",
    ),
]
