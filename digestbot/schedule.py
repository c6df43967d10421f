"""Schedule maths, pure: cron expressions to triggers, next and missed runs, catch-up.

A schedule is a crontab expression in the list's time zone: five fields (minute hour
day month weekday) or six with seconds first. Weekday numbers follow cron (0 and 7 are
Sunday), not APScheduler 3's own numbering (0 is Monday), so `0 9 * * 1` is Monday.
`catch_up` is the rule the service applies, through APScheduler's coalescing and
misfire grace time, to runs missed while no instance was up: the latest missed run is
made once if it is within the grace period, and every other missed run is logged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from apscheduler.triggers.cron import CronTrigger

_CRON_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DIGIT = re.compile(r"(?<![/\d])([0-7])(?!\d)")


def _weekday_names(field: str) -> str:
    """Cron weekday numbers as names: `1-5` -> `mon-fri`; steps (`*/2`) stay as they are."""
    return _DIGIT.sub(lambda m: _CRON_DAYS[int(m.group(1))], field)


def cron_trigger(expr: str, tz: tzinfo) -> CronTrigger:
    """The trigger for a five- or six-field (seconds first) crontab expression."""
    fields = expr.split()
    if len(fields) == 5:
        fields = ["0", *fields]
    if len(fields) != 6:
        raise ValueError(f"wrong number of fields in {expr!r}: want 5, or 6 with seconds")
    second, minute, hour, day, month, weekday = fields
    return CronTrigger(second=second, minute=minute, hour=hour, day=day, month=month,
                       day_of_week=_weekday_names(weekday), timezone=tz)


def same_trigger(a: CronTrigger, b: CronTrigger) -> bool:
    """True when two triggers fire at the same times (same fields, same time zone)."""
    return str(a) == str(b) and str(a.timezone) == str(b.timezone)


def next_run(trigger: CronTrigger, after: datetime) -> datetime | None:
    """The first fire time strictly after `after`."""
    return trigger.get_next_fire_time(None, after + timedelta(microseconds=1))


def runs_between(trigger: CronTrigger, start: datetime, end: datetime,
                 limit: int = 1000) -> list[datetime]:
    """Fire times in [start, end], at most `limit` of them (the latest kept)."""
    out: list[datetime] = []
    at = trigger.get_next_fire_time(None, start)
    while at is not None and at <= end:
        out.append(at)
        if len(out) > limit:
            out.pop(0)
        at = next_run(trigger, at)
    return out


@dataclass(frozen=True)
class CatchUp:
    """What to do about runs missed while nobody was running the schedule."""

    run: datetime | None  # the one missed run to make now, if any
    missed: tuple[datetime, ...]  # missed runs that are not made (logged)


def catch_up(missed: Sequence[datetime], *, now: datetime, grace_seconds: float) -> CatchUp:
    """Coalesce missed runs: make the latest once if within the grace period, log the rest."""
    if not missed:
        return CatchUp(None, ())
    latest = max(missed)
    others = tuple(sorted(t for t in missed if t != latest))
    if (now - latest).total_seconds() <= grace_seconds:
        return CatchUp(latest, others)
    return CatchUp(None, (*others, latest))
