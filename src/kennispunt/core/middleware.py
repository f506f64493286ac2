from django.conf import settings
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


def chosen_language(request: HttpRequest) -> str:
    """The language of the language-switch cookie, else the site's (Dutch)."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Dutch unless the visitor chose English with the language switch (a cookie).

    The browser's Accept-Language is ignored on purpose: many Dutch volunteers use an
    English-language phone, and a half-English site about Dutch law helps nobody.
    """

    def process_request(self, request: HttpRequest) -> None:
        translation.activate(chosen_language(request))
        request.LANGUAGE_CODE = translation.get_language()
