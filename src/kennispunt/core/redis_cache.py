"""Django's Redis cache, with one Redis client per connection pool instead of one per command.

Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every cache call,
and each one fills a table of ~170 response callbacks: on a page cache hit that was a fifth
of the CPU the whole answer took. A ``redis.Redis`` is safe to share between threads (each
command takes a connection from the pool), so one per pool is enough.
"""

from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        django: Any = self  # Django's private attributes, which its type stubs do not list
        index = django._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in django._pools:
                django._pools[index] = django._pool_class.from_url(
                    django._servers[index], **django._pool_options
                )
            client = django._client(connection_pool=django._pools[index])
            self._clients[index] = client
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server: Any, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
