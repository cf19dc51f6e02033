"""This process's own copies of cached pages, so that a repeat visit costs no Redis round trip.

A copy is only as good as this process's knowledge of the content generation. Every content change is
announced on a Redis channel to every process of every app server; a process trusts its copies only while
it is subscribed. Without Redis, while Redis is down, or after the subscription was interrupted (when an
announcement may have been missed), the copies are dropped and each request asks Redis for the generation,
as it would without this tier.
"""

import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django_redis import get_redis_connection
from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
CHANNEL = "content-changed"
RETRY_SECONDS = 5


class NearCache:
    def __init__(self, read_generation):
        self.read_generation = read_generation
        self.lock = threading.Lock()
        self.starting = threading.Lock()
        self.entries = {}
        self.generation = None  # what this process knows the generation to be; None: it does not know
        self.heard_since_forgotten = 0
        self.worker = None
        self.source = None
        self.pid = None
        self.retry_at = 0.0

    # --- The request path.
    def trusted_generation(self):
        """The current content generation if this process is sure of it, else None."""
        source = self.current_source()
        if source is None or not settings.PAGE_CACHE_LOCAL_COPIES:
            return None
        if (source, os.getpid()) != (self.source, self.pid):
            self.stop()  # another cache configured (tests), or a forked child: start afresh
            self.source, self.pid, self.retry_at = source, os.getpid(), 0.0
        if self.worker is None and time.monotonic() >= self.retry_at:
            with self.starting:
                if self.worker is None and time.monotonic() >= self.retry_at:
                    self.listen()
        if self.worker is not None and self.generation is None:
            self.resync()
        return self.generation

    def get(self, key, generation):
        entry = self.entries.get(key)
        if entry is not None and entry[0] == generation and entry[-1] > time.time():
            return entry
        return None

    def put(self, key, entry):
        with self.lock:
            if entry[0] != self.generation:
                return
            if key not in self.entries and len(self.entries) >= settings.PAGE_CACHE_LOCAL_COPIES:
                self.entries.pop(next(iter(self.entries)))  # the oldest copy
            self.entries[key] = entry

    # --- The subscription.
    @staticmethod
    def current_source():
        if not isinstance(caches["default"], RedisCache):
            return None  # a cache in this process's memory already: nothing to add
        return settings.CACHES["default"].get("LOCATION")

    def listen(self):
        self.retry_at = time.monotonic() + RETRY_SECONDS
        try:
            self.worker = subscribe(self.heard, self.lost, self.reconnected)
        except Exception as error:  # redis-py raises several kinds for an unreachable server
            logger.warning("page copies off: cannot subscribe to content changes: %s", error)

    def resync(self):
        generation = self.read_generation()
        with self.lock:
            self.entries.clear()
            # An announcement heard while reading is newer than what was read.
            self.generation = max(generation, self.heard_since_forgotten) if generation else None

    def heard(self, message):
        try:
            self.advance(int(message["data"]))
        except (TypeError, ValueError):
            logger.warning("ignored a malformed announcement: %r", message)

    def advance(self, generation):
        """Content changed: the generation is now at least this (None: Redis did not say)."""
        with self.lock:
            if generation is None:
                self.entries.clear()
                self.generation = None
                return
            self.entries.clear()
            self.heard_since_forgotten = max(self.heard_since_forgotten, generation)
            if self.generation is not None:
                self.generation = max(self.generation, generation)

    def reconnected(self, connection):
        # Announcements made while the connection was down were lost: trust nothing until resynced.
        self.forget()

    def lost(self, error, pubsub, worker):
        logger.warning("page copies off: subscription to content changes lost: %s", error)
        self.release(worker)
        self.forget()
        self.worker = None
        self.retry_at = time.monotonic() + RETRY_SECONDS

    def forget(self):
        # Redis may have restarted empty and counts from 1 again: nothing heard before is comparable.
        with self.lock:
            self.entries.clear()
            self.generation = None
            self.heard_since_forgotten = 0

    def stop(self):
        if self.worker is not None:
            self.release(self.worker)
            self.worker = None
        self.forget()

    def release(self, worker):
        # The connection goes back to the shared pool: its next (re)connect is not this subscription's.
        connection = getattr(worker.pubsub, "connection", None)
        if connection is not None:
            connection.deregister_connect_callback(self.reconnected)
        worker.stop()


# --- Announcements on Redis, through django-redis's own connection.
def channel_name():
    return f"{settings.CACHES['default'].get('KEY_PREFIX', '')}:{CHANNEL}"


def announce(generation):
    if not isinstance(caches["default"], RedisCache) or generation is None:
        return
    try:
        get_redis_connection("default").publish(channel_name(), generation)
    except (RedisError, OSError) as error:
        logger.warning("cache unavailable, announcement not sent: %s", error)


def subscribe(on_message, on_error, on_reconnect):
    """Calls on_message in a thread of its own for each announcement; on_reconnect after every gap in which
    announcements may have been lost; on_error when the subscription ends. Raises if Redis is down."""
    pubsub = get_redis_connection("default").pubsub(ignore_subscribe_messages=True)
    pubsub.subscribe(**{channel_name(): on_message})
    pubsub.connection.register_connect_callback(on_reconnect)
    return pubsub.run_in_thread(sleep_time=1.0, daemon=True, exception_handler=on_error)
