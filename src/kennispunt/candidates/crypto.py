"""Encryption at rest for the one document a party may choose to keep: a candidate's VOG.

The key comes from ``CANDIDATES_ENCRYPTION_KEY`` (a Fernet key); unset, it is derived from the
site's secret key, so development needs nothing and no key is ever written in the code.
"""

import base64
import hashlib

from cryptography.fernet import Fernet
from django.conf import settings


def _key() -> bytes:
    configured: str = settings.CANDIDATES_ENCRYPTION_KEY
    if configured:
        return configured.encode()
    digest = hashlib.sha256(f"candidates-vog:{settings.SECRET_KEY}".encode()).digest()
    return base64.urlsafe_b64encode(digest)


def encrypt(data: bytes) -> bytes:
    return Fernet(_key()).encrypt(data)


def decrypt(token: bytes) -> bytes:
    return Fernet(_key()).decrypt(token)
