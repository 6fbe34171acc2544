"""Access and rate limits."""

from __future__ import annotations

from bot.limits import Budget, UserLimiter, allowed


def test_allowlist() -> None:
    assert allowed([], 1, 2)
    assert allowed([5], 5, -100)
    assert allowed([-100], 5, -100)
    assert not allowed([7], 5, -100)


def test_one_in_flight_and_per_minute() -> None:
    now = [0.0]
    limiter = UserLimiter(2, clock=lambda: now[0])
    assert limiter.acquire(1) == (True, 0.0)
    assert limiter.acquire(1) == (False, 0.0)  # still in flight
    assert limiter.acquire(2)[0]  # others are independent
    limiter.release(1)
    now[0] = 10
    assert limiter.acquire(1)[0]
    limiter.release(1)
    ok, wait = limiter.acquire(1)
    assert not ok and wait == 50  # first question at t=0 leaves the window at t=60
    now[0] = 60
    assert limiter.acquire(1)[0]


def test_budget_refills_at_its_rate() -> None:
    now = [0.0]
    budget = Budget(2, clock=lambda: now[0])
    assert [budget.take() for _ in range(3)] == [True, True, False]
    now[0] = 0.5
    assert budget.take() and not budget.take()
    now[0] = 10.0
    assert [budget.take() for _ in range(3)] == [True, True, False]  # never more than one second's worth
