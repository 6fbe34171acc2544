"""Who may ask, and how often: the allowlist, admins, and a per-user rate limit."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence


def allowed(allowlist: Sequence[int], *ids: int | None) -> bool:
    """Whether any of the ids (user, chat) is on the allowlist; an empty allowlist admits all."""
    return not allowlist or any(i in allowlist for i in ids if i is not None)


class UserLimiter:
    """At most one question in flight and `per_minute` questions per rolling minute, per user."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self._clock = clock
        self._recent: dict[int, deque[float]] = {}
        self._busy: set[int] = set()

    def acquire(self, user: int) -> tuple[bool, float]:
        """(True, 0) and the user counts as busy; or (False, seconds to wait) and nothing changes.

        Waiting seconds are 0 when the refusal is for a question still in flight.
        """
        if user in self._busy:
            return False, 0.0
        now = self._clock()
        recent = self._recent.setdefault(user, deque())
        while recent and now - recent[0] >= 60:
            recent.popleft()
        if len(recent) >= self.per_minute:
            return False, 60 - (now - recent[0])
        recent.append(now)
        self._busy.add(user)
        return True, 0.0

    def release(self, user: int) -> None:
        """The user's question is answered (or failed)."""
        self._busy.discard(user)


class Budget:
    """A global allowance of `per_second` events (a token bucket); what exceeds it is skipped."""

    def __init__(self, per_second: float, clock: Callable[[], float] = time.monotonic):
        self.per_second = per_second
        self._clock = clock
        self._tokens = per_second
        self._last = clock()

    def take(self) -> bool:
        """Use one event of the allowance if there is one left."""
        now = self._clock()
        self._tokens = min(self.per_second, self._tokens + (now - self._last) * self.per_second)
        self._last = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False
