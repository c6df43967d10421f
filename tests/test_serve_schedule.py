"""Schedule maths as tables: triggers, next runs, missed runs and catch-up, no clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from digestbot.config import check_cron
from digestbot.schedule import catch_up, cron_trigger, next_run, runs_between, same_trigger

PARIS = ZoneInfo("Europe/Paris")


SAT = datetime(2026, 11, 28, 12, tzinfo=UTC)


@pytest.mark.parametrize(("expr", "after", "expected"), [
    ("0 9 * * mon", SAT, datetime(2026, 11, 30, 9)),
    ("0 9 * * 1", SAT, datetime(2026, 11, 30, 9)),  # cron: Monday
    ("0 9 * * 0", SAT, datetime(2026, 11, 29, 9)),  # Sunday
    ("0 9 * * 7", SAT, datetime(2026, 11, 29, 9)),  # Sunday
    ("0 9 * * 1-5", SAT, datetime(2026, 11, 30, 9)),
    ("0 9 * * thu", datetime(2026, 11, 26, 8, tzinfo=UTC), datetime(2026, 12, 3, 9)),  # just run
    ("*/5 * * * *", datetime(2026, 11, 28, 12, 1, tzinfo=UTC), datetime(2026, 11, 28, 13, 5)),
    ("*/2 * * * * *", datetime(2026, 11, 28, 12, 0, 1, tzinfo=UTC),
     datetime(2026, 11, 28, 13, 0, 2)),                                      # six fields
    # 9:00 in Paris is 8:00 UTC in winter and 7:00 UTC in summer
    ("0 9 * * *", datetime(2026, 3, 28, 12, tzinfo=UTC), datetime(2026, 3, 29, 9)),
])
def test_next_run_in_the_list_time_zone(expr: str, after: datetime, expected: datetime) -> None:
    got = next_run(cron_trigger(expr, PARIS), after)
    assert got == expected.replace(tzinfo=PARIS)


def test_runs_between_and_same_trigger() -> None:
    trigger = cron_trigger("0 9 * * *", UTC)
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    runs = runs_between(trigger, start, datetime(2026, 11, 4, 8, 59, tzinfo=UTC))
    assert runs == [start + timedelta(days=n) for n in range(3)]
    assert runs_between(trigger, start, start + timedelta(days=99), limit=2) == [
        start + timedelta(days=98), start + timedelta(days=99)]
    assert same_trigger(trigger, cron_trigger("0 9 * * *", UTC))
    assert not same_trigger(trigger, cron_trigger("0 9 * * *", PARIS))
    assert not same_trigger(trigger, cron_trigger("0 10 * * *", UTC))


NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)


@pytest.mark.parametrize(("missed_hours_ago", "grace", "run", "missed"), [
    ([], 3600, None, []),
    ([0.5], 3600, 0.5, []),                  # within grace: made once
    ([2], 3600, None, [2]),                  # beyond grace: logged as missed
    ([50, 26, 2, 0.25], 3600, 0.25, [50, 26, 2]),  # coalesced: only the latest is made
    ([1], 3600, 1, []),                      # exactly at the edge still runs
    ([0.5], 0, None, [0.5]),                 # no grace: nothing is caught up
])
def test_catch_up(missed_hours_ago: list[float], grace: int, run: float | None,
                  missed: list[float]) -> None:
    def ago(h: float) -> datetime:
        return NOW - timedelta(hours=h)

    plan = catch_up([ago(h) for h in missed_hours_ago], now=NOW, grace_seconds=grace)
    assert plan.run == (ago(run) if run is not None else None)
    assert list(plan.missed) == [ago(h) for h in missed]


@pytest.mark.parametrize(("expr", "ok"), [
    ("0 9 * * mon", True), ("*/2 * * * * *", True), ("", True),
    ("0 9 * *", False), ("61 9 * * *", False), ("0 9 * * * * *", False),
])
def test_config_accepts_five_or_six_fields(expr: str, ok: bool) -> None:
    if ok:
        assert check_cron(expr) == expr
    else:
        with pytest.raises(ValueError, match="invalid cron expression"):
            check_cron(expr)
