"""Demo wethouderspool from content/alderman_pool/: a few people available as wethouder.

Idempotent: a person has at most one profile, which is left as it is once made (only renewed
when it has expired, so the demo pool never empties). The demo board of Samen Lokaal
Amersfoort has one open contact request, written directly (no mail on a demo load).
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from kennispunt.alderman_pool import services
from kennispunt.alderman_pool.forms import CONSENT_TEXT
from kennispunt.alderman_pool.models import ContactRequest, PoolProfile
from kennispunt.parties.models import Municipality, Party
from kennispunt.parties.seeding import person_ensure

from .guard import DEMO_PASSWORD
from .loader import load_alderman_pool
from .people import demo_email

DEMO_BOARD = "bestuur"
DEMO_BOARD_PARTY = "samen-lokaal-amersfoort"
DEMO_MESSAGE = (
    "Samen Lokaal Amersfoort zoekt na de verkiezingen een wethouder wonen. Uw ervaring met "
    "woningbouw spreekt ons aan. Zullen we kennismaken?"
)


@transaction.atomic
def build_alderman_pool() -> None:
    board = person_ensure(email=demo_email(DEMO_BOARD), password=DEMO_PASSWORD)
    party = Party.objects.get(slug=DEMO_BOARD_PARTY)
    for spec in load_alderman_pool():
        user = person_ensure(
            email=demo_email(spec.person), password=DEMO_PASSWORD, first_name=spec.first_name
        )
        if spec.last_name and not user.last_name:
            user.last_name = spec.last_name
            user.save(update_fields=["last_name"])
        profile = PoolProfile.objects.filter(user=user).first()
        if profile is None:
            profile = services.profile_create(
                user=user,
                data=services.ProfileData(
                    available_from=timezone.localdate() + timedelta(days=spec.available_in_days),
                    hours_per_week=spec.hours_per_week,
                    mid_term=spec.mid_term,
                    nickname=spec.nickname,
                    about=spec.about,
                    competences=list(spec.competences),
                    portfolios=list(spec.portfolios),
                    provinces=list(spec.provinces),
                    municipalities=list(
                        Municipality.objects.filter(cbs_code__in=spec.municipalities)
                    ),
                ),
                consent=True,
                consent_text=str(CONSENT_TEXT),
            )
        elif not profile.is_visible:
            services.profile_renew(profile=profile, user=user)
        if spec.asked_by_demo_board and not profile.contact_requests.filter(party=party).exists():
            ContactRequest.objects.create(
                profile=profile,
                party=party,
                sent_by=board,
                message=DEMO_MESSAGE,
                expires_at=timezone.now() + services.REQUEST_LIFETIME,
            )
