"""Our Redis cache backend: Django's, with one client per connection pool."""

import socket
import uuid
from typing import Any

from kennispunt.core.redis_cache import RedisCache
from kennispunt_testing.requirements import require


def _redis_listens() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


def test_one_client_serves_every_command_and_values_round_trip() -> None:
    require(_redis_listens(), "Redis on 127.0.0.1:6379")
    cache = RedisCache("redis://127.0.0.1:6379/7", {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    cache.set("page", (b"<html>", {"Vary": "Cookie"}), 30)
    assert cache.get_many(["page", "missing"]) == {"page": (b"<html>", {"Vary": "Cookie"})}
    assert cache.add("page", "other", 30) is False
    backend: Any = cache  # Django's private client holder, not in its type stubs
    client = backend._cache.get_client()
    assert backend._cache.get_client(write=True) is client
    cache.delete("page")
    assert cache.get("page") is None
