from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Stores e-mail addresses in lower case so one person cannot sign up twice."""

    def clean_email(self, email: str) -> str:
        return super().clean_email(email).strip().lower()
