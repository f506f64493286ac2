"""Keep special-category data (party membership, art. 9 AVG) out of error reports."""

import re

from django.views.debug import SafeExceptionReporterFilter

# Party membership reveals a political opinion; treat anything named after it like a password.
SENSITIVE_NAMES = re.compile(
    r"API|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|PARTY|PARTIJ|MEMBERSHIP|LIDMAATSCHAP|ROLE",
    flags=re.IGNORECASE,
)
# POST fields of forms that carry membership data; they are hidden in every error report.
SENSITIVE_POST_FIELDS = ("party", "role", "consent", "reason", "password", "password1")


class PrivacyExceptionReporterFilter(SafeExceptionReporterFilter):
    hidden_settings = SENSITIVE_NAMES

    def get_post_parameters(self, request):
        params = super().get_post_parameters(request)
        if request is None or not params:
            return params
        cleaned = params.copy()
        for name in cleaned:
            if name in SENSITIVE_POST_FIELDS or SENSITIVE_NAMES.search(name):
                cleaned[name] = self.cleansed_substitute
        return cleaned

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        return [
            (name, self.cleansed_substitute if SENSITIVE_NAMES.search(name) else value)
            for name, value in variables
        ]
