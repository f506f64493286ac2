"""Registering a new local party: the form, the rules, the review and the e-mails."""

import itertools

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from kennispunt.core.audit import entries_for
from kennispunt.parties import services
from kennispunt.parties.eligibility import is_eligible
from kennispunt.parties.forms import CONSENT_TEXT
from kennispunt.parties.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Municipality,
    Party,
    PartyRegistration,
    RegistrationStatus,
    ReviewerPreference,
)
from kennispunt.parties.selectors import pending_registrations_count, registrations_of
from kennispunt_testing.access import client_for
from kennispunt_testing.world import Role, World, make_membership, make_party, make_user

pytestmark = pytest.mark.django_db
_n = itertools.count()
URL = "/partijen/aanmelden/"


def _deventer() -> Municipality:
    return Municipality.objects.get(name="Deventer")


def _submit(user, name: str = "Lokaal Deventer", **extra) -> PartyRegistration:
    data = {
        "user": user,
        "name": name,
        "municipalities": [_deventer()],
        "is_national": False,
        "role": MembershipRole.BESTUURSLID,
        "consent": True,
        "consent_text": str(CONSENT_TEXT),
        **extra,
    }
    return services.party_registration_submit(**data)


def _form(**overrides) -> dict:
    return {
        "name": "Lokaal Deventer",
        "municipalities": "deventer",
        "website": "lokaaldeventer.nl",
        "kvk_number": "1234 5678",
        "is_national": "nee",
        "role": "bestuurslid",
        "consent": "on",
        **overrides,
    }


def _applicant():
    return make_user(f"secretaris-{next(_n)}@example.org", first_name="Sanne")


# --- Services --------------------------------------------------------------------------------


def test_submit_records_consent_logs_and_mails_registrant_and_reviewers(
    world: World, django_capture_on_commit_callbacks
) -> None:
    applicant = _applicant()
    with django_capture_on_commit_callbacks(execute=True):
        registration = _submit(applicant)
    assert registration.status == RegistrationStatus.PENDING
    assert "toestemming" in registration.consent_text
    assert [e.action for e in entries_for(registration)] == ["party_registration.submitted"]
    to_registrant = [m for m in mail.outbox if m.to == [applicant.email]]
    assert len(to_registrant) == 1
    assert "We hebben uw aanmelding van Lokaal Deventer ontvangen" in to_registrant[0].subject
    assert "binnen 5 werkdagen" in to_registrant[0].body
    assert f"/partijen/aanmelden/{registration.pk}/" in to_registrant[0].body
    to_reviewers = [m for m in mail.outbox if m.to == [world.user(Role.BEHEERDER).email]]
    assert len(to_reviewers) == 1
    assert "Nieuwe aanmelding om te beoordelen: Lokaal Deventer" in to_reviewers[0].subject
    assert f"/partijen/aanmeldingen/{registration.pk}/" in to_reviewers[0].body
    assert "Deventer" in to_reviewers[0].body
    # No one else on the staff is mailed, and the registrant's name stays out of it.
    assert applicant.email not in to_reviewers[0].body
    assert {tuple(m.to) for m in mail.outbox} == {
        (applicant.email,),
        (world.user(Role.BEHEERDER).email,),
    }


def test_a_reviewer_can_opt_out_of_the_mail(world: World, django_capture_on_commit_callbacks):
    ReviewerPreference.objects.create(
        user=world.user(Role.BEHEERDER), notify_party_registrations=False
    )
    with django_capture_on_commit_callbacks(execute=True):
        _submit(_applicant())
    assert [m.to for m in mail.outbox if m.to == [world.user(Role.BEHEERDER).email]] == []


def test_national_branch_is_refused(world: World) -> None:
    with pytest.raises(services.NotEligibleParty):
        _submit(_applicant(), is_national=True)
    assert not PartyRegistration.objects.exists()


def test_consent_is_required(world: World) -> None:
    with pytest.raises(ValidationError):
        _submit(_applicant(), consent=False)


def test_party_already_in_the_register_is_refused(world: World) -> None:
    make_party("Lokaal Belang Deventer", "lokaal-belang-deventer", _deventer().cbs_code)
    with pytest.raises(ValidationError, match="staat al in het register"):
        _submit(_applicant(), name="lokaal belang  DEVENTER")


def test_the_same_person_cannot_register_the_same_party_twice(world: World) -> None:
    applicant = _applicant()
    _submit(applicant)
    with pytest.raises(ValidationError, match="al aangemeld"):
        _submit(applicant, name="Lokaal-Deventer")


def test_approve_lists_the_party_and_makes_the_registrant_verified_board(
    world: World, django_capture_on_commit_callbacks
) -> None:
    applicant = _applicant()
    registration = _submit(applicant, website="https://lokaaldeventer.nl", kvk_number="12345678")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        party = services.party_registration_approve(
            registration=registration, by=world.user(Role.BEHEERDER)
        )
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED
    assert registration.party == party
    assert party.is_listed and party.is_local
    assert party.slug == "lokaal-deventer"
    assert list(party.municipalities.all()) == [_deventer()]
    assert (party.website, party.kvk_number) == ("https://lokaaldeventer.nl", "12345678")
    assert Party.objects.register().filter(pk=party.pk).exists()
    membership = Membership.objects.get(user=applicant, party=party)
    assert membership.role == MembershipRole.BESTUURSLID
    assert membership.status == MembershipStatus.VERIFIED
    assert membership.consent_text == registration.consent_text
    assert is_eligible(applicant)
    assert "party_registration.approved" in [e.action for e in entries_for(registration)]
    assert [m.to for m in mail.outbox] == [[applicant.email]]
    assert mail.outbox[0].subject == "Lokaal Deventer staat in het register"
    assert "bestuurslid" in mail.outbox[0].body


def test_reject_needs_a_reason_that_the_registrant_reads(
    world: World, django_capture_on_commit_callbacks
) -> None:
    applicant = _applicant()
    registration = _submit(applicant)
    with pytest.raises(ValidationError):
        services.party_registration_reject(
            registration=registration, by=world.user(Role.BEHEERDER), reason="  "
        )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.party_registration_reject(
            registration=registration,
            by=world.user(Role.BEHEERDER),
            reason="Dit is de afdeling Deventer van een landelijke partij.",
        )
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.REJECTED
    assert not Party.objects.filter(name="Lokaal Deventer").exists()
    assert "party_registration.rejected" in [e.action for e in entries_for(registration)]
    assert mail.outbox[0].subject == "Uw aanmelding van Lokaal Deventer is afgewezen"
    assert "De reden: Dit is de afdeling Deventer" in mail.outbox[0].body
    page = client_for_user(applicant).get(f"/partijen/aanmelden/{registration.pk}/")
    assert "Dit is de afdeling Deventer van een landelijke partij." in page.content.decode()


def client_for_user(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def test_only_reviewers_decide_never_on_their_own_and_only_once(world: World) -> None:
    registration = _submit(_applicant())
    for role in (Role.BOARD_A, Role.REDACTEUR, Role.MODERATOR):
        with pytest.raises(PermissionDenied):
            services.party_registration_approve(registration=registration, by=world.user(role))
    services.party_registration_approve(registration=registration, by=world.user(Role.BEHEERDER))
    with pytest.raises(ValidationError, match="al beoordeeld"):
        services.party_registration_reject(
            registration=registration, by=world.user(Role.BEHEERDER), reason="x"
        )
    own = _submit(world.user(Role.BEHEERDER), name="Eigen Partij")
    with pytest.raises(PermissionDenied):
        services.party_registration_approve(registration=own, by=world.user(Role.BEHEERDER))


def test_a_direct_permission_also_makes_a_reviewer(world: World) -> None:
    reviewer = make_user("los@example.org")
    reviewer.user_permissions.add(Permission.objects.get(codename="review_party_registration"))
    registration = _submit(_applicant())
    services.party_registration_approve(registration=registration, by=reviewer)


def test_slug_never_takes_a_fixed_path_or_an_existing_slug(world: World) -> None:
    first = _submit(_applicant(), name="Aanmelden")
    party = services.party_registration_approve(registration=first, by=world.user(Role.BEHEERDER))
    assert party.slug == "aanmelden-deventer"
    assert Party.objects.get(slug="aanmelden-deventer") == party


def test_selectors_for_the_start_pages(world: World) -> None:
    applicant = _applicant()
    assert pending_registrations_count() == 0
    registration = _submit(applicant)
    assert pending_registrations_count() == 1
    assert list(registrations_of(applicant)) == [registration]
    assert registrations_of(world.user(Role.UNVERIFIED)).count() == 0
    services.party_registration_approve(registration=registration, by=world.user(Role.BEHEERDER))
    assert pending_registrations_count() == 0
    assert registrations_of(applicant).get().status == RegistrationStatus.APPROVED


# --- Views -----------------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_sign_up_and_back(client) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/account/signup/?next=%2Fpartijen%2Faanmelden%2F"


def test_form_explains_eligibility_before_submitting(world: World) -> None:
    html = client_for(world, Role.UNVERIFIED).get(URL).content.decode()
    assert "<details><summary>Waarom vragen we dit?</summary>" in html
    assert "Tweede Kamer" in html
    assert '<option value="Deventer">' in html
    assert "Ik geef het Kennispunt toestemming" in html


def test_registering_in_one_step_when_nothing_looks_alike(
    world: World, django_capture_on_commit_callbacks
) -> None:
    client = client_for(world, Role.UNVERIFIED)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _form())
    registration = PartyRegistration.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/partijen/aanmelden/{registration.pk}/"
    assert registration.kvk_number == "12345678"
    assert registration.website == "https://lokaaldeventer.nl"
    assert list(registration.municipalities.all()) == [_deventer()]
    status = client.get(response["Location"]).content.decode()
    assert "wacht op beoordeling sinds" in status
    assert "U hoort uiterlijk" in status


def test_similar_party_in_the_same_municipality_is_shown_first(world: World) -> None:
    party = make_party("Lokaal Belang Deventer", "lokaal-belang-deventer", _deventer().cbs_code)
    client = client_for(world, Role.UNVERIFIED)
    response = client.post(URL, _form(name="Lokaal Belang"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bedoelt u Lokaal Belang Deventer?" in html
    assert f"/partijen/lidmaatschap/aanvragen/?partij={party.pk}" in html
    assert 'name="confirm_new"' in html
    assert 'value="Lokaal Belang"' in html  # what was typed stays
    assert not PartyRegistration.objects.exists()
    # Confirmed as another party: registered.
    response = client.post(URL, _form(name="Lokaal Belang", confirm_new="on"))
    assert response.status_code == 302
    assert PartyRegistration.objects.get().name == "Lokaal Belang"


def test_a_similar_name_elsewhere_is_not_shown(world: World) -> None:
    make_party("Lokaal Deventer", "lokaal-deventer-zwolle", "GM0193")  # Zwolle
    response = client_for(world, Role.UNVERIFIED).post(URL, _form())
    assert response.status_code == 302


def test_national_branch_gets_a_friendly_page_pointing_to_what_is_open(world: World) -> None:
    response = client_for(world, Role.UNVERIFIED).post(URL, _form(is_national="ja"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze partij kunnen we niet aanmelden" in html
    for link in ('href="/kennis/"', 'href="/wegwijzer/"', 'href="/nieuwsbrief/"'):
        assert link in html
    assert 'href="/verkiezingen/"' in html
    assert not PartyRegistration.objects.exists()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Atlantis", "We vinden geen gemeente met de naam “Atlantis”."),
        ("berg", "past bij meer gemeenten"),
    ],
)
def test_unknown_or_ambiguous_municipality_gets_a_clear_error(world, typed, message) -> None:
    response = client_for(world, Role.UNVERIFIED).post(URL, _form(municipalities=typed))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'value="{typed}"' in html


def test_several_municipalities_and_aliases(world: World) -> None:
    client_for(world, Role.UNVERIFIED).post(URL, _form(municipalities="Den Haag, den bosch"))
    names = set(PartyRegistration.objects.get().municipalities.values_list("name", flat=True))
    assert names == {"'s-Gravenhage", "'s-Hertogenbosch"}


@pytest.mark.parametrize("kvk", ["1234567", "123456789", "abcdefgh"])
def test_kvk_number_must_be_eight_digits(world: World, kvk: str) -> None:
    response = client_for(world, Role.UNVERIFIED).post(URL, _form(kvk_number=kvk))
    assert "Een KvK-nummer bestaat uit 8 cijfers." in response.content.decode()


def test_review_page_shows_what_helps_to_decide(world: World) -> None:
    applicant = _applicant()
    registration = _submit(applicant, website="https://lokaaldeventer.nl")
    other = _submit(_applicant(), name="Deventer Anders")
    html = (
        client_for(world, Role.BEHEERDER)
        .get(f"/partijen/aanmeldingen/{registration.pk}/")
        .content.decode()
    )
    assert applicant.email in html
    assert "https://www.kvk.nl/zoeken/?source=all&amp;q=Lokaal+Deventer" in html
    assert 'href="https://lokaaldeventer.nl"' in html
    assert 'href="/partijen/?q=Deventer"' in html  # the register in that municipality
    assert f'href="/partijen/aanmeldingen/{other.pk}/"' in html
    assert "verkiezingsuitslagen.nl" in html
    assert "Reden van afwijzing (verplicht bij afwijzen)" in html


def test_rejecting_in_the_queue_without_reason_keeps_the_request(world: World) -> None:
    registration = _submit(_applicant())
    url = f"/partijen/aanmeldingen/{registration.pk}/"
    response = client_for(world, Role.BEHEERDER).post(url, {"decision": "reject", "reason": ""})
    assert response.status_code == 200
    assert "Geef een reden" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING


def test_approving_in_the_queue_gives_access_at_once(world: World) -> None:
    applicant = _applicant()
    registration = _submit(applicant)
    url = f"/partijen/aanmeldingen/{registration.pk}/"
    response = client_for(world, Role.BEHEERDER).post(url, {"decision": "verify"})
    assert response.status_code == 302
    forum = client_for_user(applicant).get("/forum/")
    assert forum.status_code == 200


def test_reviewer_preference_is_editable(world: World) -> None:
    client = client_for(world, Role.BEHEERDER)
    assert "Aanmeldingen van nieuwe partijen" in client.get("/account/profiel/").content.decode()
    response = client.post("/partijen/aanmeldingen/meldingen/", {})
    assert response.status_code == 302
    assert not ReviewerPreference.objects.get(
        user=world.user(Role.BEHEERDER)
    ).notify_party_registrations
    page = client.get("/partijen/aanmeldingen/meldingen/").content.decode()
    assert "checked" not in page


# --- Waiting is explained ------------------------------------------------------------------


def test_403_of_members_only_pages_names_the_pending_request(world: World) -> None:
    applicant = _applicant()
    _submit(applicant)
    client = client_for_user(applicant)
    for url in ("/forum/", "/trainingen/maatwerk/aanvragen/"):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 403, url
        assert "Uw aanmelding van Lokaal Deventer wacht op beoordeling sinds" in html
        assert "Koppel uw account aan uw partij" not in html


def test_403_names_a_pending_membership_request(world: World) -> None:
    client = client_for(world, Role.UNVERIFIED)
    client.post(
        "/partijen/lidmaatschap/aanvragen/",
        {"party": world.party_a.pk, "role": "lid", "consent": "on"},
    )
    html = client.get("/forum/").content.decode()
    assert "Uw aanvraag voor Lokaal Belang A wacht op beoordeling sinds" in html


def test_after_a_membership_request_the_status_page_gives_the_waiting_time(world: World) -> None:
    client = client_for(world, Role.UNVERIFIED)
    response = client.post(
        "/partijen/lidmaatschap/aanvragen/",
        {"party": world.party_a.pk, "role": "lid", "consent": "on"},
        follow=True,
    )
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == "/partijen/mijn-aanvragen/"
    assert "binnen 5 werkdagen" in html
    assert "wacht op beoordeling sinds" in html


def test_membership_reviewers_see_who_asks_and_a_checklist(world: World) -> None:
    applicant = make_user("aanvrager-lijst@example.org", first_name="Ali")
    membership = make_membership(applicant, world.party_a, status=MembershipStatus.PENDING)
    client = client_for(world, Role.BEHEERDER)
    queue = client.get("/partijen/lidmaatschap/aanvragen/openstaand/").content.decode()
    assert "aanvrager-lijst@example.org" in queue
    assert "Rol volgens de aanvrager" in queue
    page = client.get(f"/partijen/lidmaatschap/{membership.pk}/beoordelen/").content.decode()
    assert "aanvrager-lijst@example.org" in page
    assert "Controleren" in page
    assert "Reden van afwijzing (verplicht bij afwijzen)" in page
    response = client.post(
        f"/partijen/lidmaatschap/{membership.pk}/beoordelen/", {"decision": "reject"}
    )
    assert "Geef een reden, zodat de aanvrager weet waarom." in response.content.decode()
