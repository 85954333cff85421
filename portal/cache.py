"""Django's Redis cache, made to fail open.

The default cache holds what every web process must share: the attempt limits of `limits/` and
the home page's fragments. When Redis is down or hangs, a cache read is a miss and a write is
skipped, after at most one short timeout: the site keeps working (sign-in included) and only the
limits and the fragment cache are off until Redis answers again. After a failure this process
stops asking Redis for `RETRY_AFTER` seconds, so an outage costs one slow call, not one per call.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 10.0  # seconds without trying Redis after it failed


class FailOpenRedisCache(RedisCache):
    _lock = threading.Lock()
    _down_until = 0.0  # per process, shared by every cache alias of this class

    def _call(self, name: str, default: Any, *args: Any, **kwargs: Any) -> Any:
        if time.monotonic() < FailOpenRedisCache._down_until:
            return default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except RedisError as exc:
            with FailOpenRedisCache._lock:
                FailOpenRedisCache._down_until = time.monotonic() + RETRY_AFTER
            logger.warning("Redis cache unavailable (%s); continuing without it", exc)
            return default

    @classmethod
    def reset_circuit(cls) -> None:
        cls._down_until = 0.0

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # True when Redis is down: a lock taken "successfully" lets the caller go on.
        return self._call("add", True, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", delta, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", [], data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
