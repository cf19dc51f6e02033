"""Django's Redis cache, but a Redis outage is a cache miss, not an error page: the site keeps serving
from the database, and uses Redis again as soon as it answers."""

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)


class ResilientRedisCache(RedisCache):
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
