"""Django's Redis cache, but a Redis outage is a cache miss, not an error page: the site keeps serving
from the database, and uses Redis again as soon as it answers. And it builds its redis-py client once."""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)


class ReusedRedisClient(RedisCacheClient):
    """Django makes a new redis.Redis around the shared connection pool for every cache call; redis-py 8
    spends about 0.2 ms on each (it fills a table of response callbacks), almost half the time of serving a
    cached page. A client is thread-safe and holds no connection of its own, so one per pool is enough."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisClient

    def _quietly(self, method, default, *args, **kwargs):
        try:
            return getattr(super(), method)(*args, **kwargs)
        except OUTAGE as error:
            logger.warning("cache unavailable, carrying on without it: %s", error)
            return default

    def get(self, key, default=None, version=None):
        return self._quietly("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._quietly("get_many", {}, keys, version)

    def set(self, key, value, timeout=None, version=None):
        return self._quietly("set", None, key, value, timeout, version)

    def add(self, key, value, timeout=None, version=None):
        return self._quietly("add", False, key, value, timeout, version)

    def set_many(self, data, timeout=None, version=None):
        return self._quietly("set_many", list(data), data, timeout, version)

    def delete(self, key, version=None):
        return self._quietly("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._quietly("delete_many", None, keys, version)

    def has_key(self, key, version=None):
        return self._quietly("has_key", False, key, version)

    def touch(self, key, timeout=None, version=None):
        return self._quietly("touch", False, key, timeout, version)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except OUTAGE as error:
            logger.warning("cache unavailable, carrying on without it: %s", error)
            return delta

    def clear(self):
        return self._quietly("clear", False)

    # Announcements to every app server's process (see referendum/core/near_cache.py).
    def channel(self, name):
        return f"{self.key_prefix}:{name}"

    def publish(self, name, message):
        try:
            self._cache.get_client(write=True).publish(self.channel(name), message)
        except OUTAGE as error:
            logger.warning("cache unavailable, announcement not sent: %s", error)

    def subscribe(self, name, on_message, on_error, on_reconnect):
        """Calls on_message in a thread of its own for each announcement; on_reconnect after every gap in which
        announcements may have been lost; on_error when the subscription ends. Raises if Redis is down."""
        pubsub = self._cache.get_client().pubsub(ignore_subscribe_messages=True)
        pubsub.subscribe(**{self.channel(name): on_message})
        pubsub.connection.register_connect_callback(on_reconnect)
        return pubsub.run_in_thread(sleep_time=1.0, daemon=True, exception_handler=on_error)
