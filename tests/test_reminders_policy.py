"""The reminder policy as tables: what is due on a given day, with no clock and no store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from digestbot.config import ReminderSettings
from digestbot.reminders import (
    LIST_TARGET,
    due_reminders,
    item_reasons,
    owned_by,
    people_index,
    resolve_owner,
)
from digestbot.store import StoredFollowUp

D0 = date(2026, 11, 2)  # the meeting
CADENCE = ReminderSettings(first_after_days=3, every_days=7, before_due_days=2, due_soon_days=7)
PEOPLE = {"Sheetal": "sheetal@example.org", "Bruna Santos": "bruna@example.org",
          "@bru": "bruna@example.org", "Amara": "amara@example.org"}


def item(fid: str, *owners: str, due: int | None = None, status: str = "open",
         snoozed: int | None = None, meeting: date | None = D0) -> StoredFollowUp:
    at = datetime(2026, 11, 2, 12, tzinfo=UTC)
    return StoredFollowUp(
        id=fid, list_name="igc", session_id=1, task=f"task {fid}", owners=owners,
        due=D0 + timedelta(days=due) if due is not None else None, status=status,
        snoozed_until=D0 + timedelta(days=snoozed) if snoozed is not None else None,
        created_at=at, updated_at=at, closed_at=None, meeting_date=meeting)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


@pytest.mark.parametrize(("today", "last", "due", "expected"), [
    (2, None, None, ()),                         # too soon after the meeting
    (3, None, None, ("first",)),                 # first_after_days
    (9, 3, None, ()),
    (10, 3, None, ("again",)),                   # every_days after the last one
    (16, 10, 18, ("due soon",)),                 # before_due_days before the due date
    (17, 16, 18, ()),
    (18, 16, 18, ()),                            # due today: not overdue yet
    (19, 16, 18, ("overdue",)),                  # the day it is overdue
    (20, 19, 18, ()),
    (26, 19, 18, ("again",)),
    (25, 10, 18, ("again", "overdue")),          # a weekly schedule catches up
    (1, None, 3, ("due soon",)),                 # due before the first reminder would come
    (1, None, None, ()),
])
def test_item_reasons(today: int, last: int | None, due: int | None,
                      expected: tuple[str, ...]) -> None:
    reasons = item_reasons(item("a", "Sheetal", due=due), today=day(today),
                           last=day(last) if last is not None else None, cadence=CADENCE)
    assert reasons == expected


@pytest.mark.parametrize(("due", "days"), [
    (None, [3, 10, 17, 24]),
    (12, [3, 10, 13, 20, 27]),   # due-soon window (10-12) falls on the weekly one
    (6, [3, 4, 7, 14, 21, 28]),  # due soon on day 4, overdue on day 7
    (1, [0, 2, 9, 16, 23]),      # due the day after the meeting: due soon at once, overdue
                                 # on day 2, before the first reminder would have come
])
def test_daily_runs_remind_on_these_days(due: int | None, days: list[int]) -> None:
    """Run the policy every day for four weeks, feeding back what it sent."""
    items = [item("a", "Sheetal", due=due)]
    history: dict[tuple[str, str], date] = {}
    sent = []
    for n in range(29):
        for r in due_reminders(items, today=day(n), people=PEOPLE, cadence=CADENCE,
                               history=history):
            sent.append(n)
            for o in r.items:
                history[(o.follow_up.id, r.target)] = day(n)
    assert sent == days


@pytest.mark.parametrize(("owner", "address"), [
    ("Sheetal", "sheetal@example.org"),
    ("sheetal", "sheetal@example.org"),
    ("Sheetal Kumar", "sheetal@example.org"),    # first name
    ("Bruna Santos", "bruna@example.org"),
    ("@bru", "bruna@example.org"),               # handle
    ("bru", "bruna@example.org"),
    ("chen@example.net", "chen@example.net"),    # an address in the notes
    ("Chen", None),
    ("", None),
])
def test_resolve_owner(owner: str, address: str | None) -> None:
    assert resolve_owner(owner, people_index(PEOPLE)) == address


def test_one_reminder_per_person_listing_all_their_items_overdue_first() -> None:
    items = [item("a", "Sheetal"), item("b", "Sheetal Kumar", "Bruna Santos", due=4),
             item("c", "@bru")]
    # Sheetal was reminded of "a" yesterday; "b" becomes overdue today.
    history = {("a", "sheetal@example.org"): day(4), ("c", "bruna@example.org"): day(4)}
    due = due_reminders(items, today=day(5), people=PEOPLE, cadence=CADENCE, history=history)
    assert [r.target for r in due] == ["bruna@example.org", "sheetal@example.org"]
    bruna, sheetal = due
    assert [o.follow_up.id for o in sheetal.items] == ["b", "a"]
    assert sheetal.reasons == {"b": ("first", "overdue")}
    assert [o.follow_up.id for o in bruna.items] == ["b", "c"]
    assert set(bruna.names) == {"Bruna Santos", "@bru"}


def test_items_nobody_can_be_written_to_go_to_the_list_or_the_coordinator() -> None:
    items = [item("a"), item("b", "Chen"), item("c", "Amara")]
    due = due_reminders(items, today=day(3), people=PEOPLE, cadence=CADENCE, history={})
    assert [(r.target, [o.follow_up.id for o in r.items]) for r in due] == [
        ("amara@example.org", ["c"]), (LIST_TARGET, ["a", "b"])]
    # With a coordinator who also owns an item: one email, not two.
    due = due_reminders(items, today=day(3), people=PEOPLE, cadence=CADENCE, history={},
                        coordinator="amara@example.org")
    assert [(r.target, sorted(o.follow_up.id for o in r.items)) for r in due] == [
        ("amara@example.org", ["a", "b", "c"])]


@pytest.mark.parametrize(("status", "snoozed", "today", "reminded"), [
    ("open", None, 5, True),
    ("forthcoming", None, 5, True),
    ("done", None, 5, False),
    ("open", 9, 5, False),      # snoozed until day 9
    ("open", 9, 9, True),       # the snooze is over
])
def test_done_and_snoozed_items_are_not_reminded(status: str, snoozed: int | None, today: int,
                                                 reminded: bool) -> None:
    items = [item("a", "Sheetal", status=status, snoozed=snoozed)]
    due = due_reminders(items, today=day(today), people=PEOPLE, cadence=CADENCE, history={})
    assert bool(due) is reminded


def test_never_two_reminders_to_one_person_on_one_day() -> None:
    items = [item("a", "Sheetal"), item("b", "Sheetal", due=4)]
    history = {("a", "sheetal@example.org"): day(5)}  # "b" is new to her, and overdue
    assert due_reminders(items, today=day(5), people=PEOPLE, cadence=CADENCE,
                         history=history) == []
    assert [r.reasons for r in due_reminders(items, today=day(6), people=PEOPLE,
                                             cadence=CADENCE, history=history)] == [
        {"b": ("first", "overdue")}]


@pytest.mark.parametrize(("owners", "who", "owned"), [
    (("Sheetal Kumar",), "Sheetal", True),
    (("Sheetal Kumar",), "sheetal kumar", True),
    (("Sheetal Kumar",), "sheetal@example.org", True),
    (("@bru",), "Bruna Santos", True),          # one address, several names
    (("Bruna Santos",), "@bru", True),
    (("Chen",), "chen", True),
    (("Chen",), "Sheetal", False),
    ((), "Sheetal", False),
])
def test_owned_by(owners: tuple[str, ...], who: str, owned: bool) -> None:
    assert owned_by(owners, who, PEOPLE) is owned


def test_one_email_per_person_when_the_list_is_reminded_the_same_day() -> None:
    items = [item("a", "Amara"), item("b"), item("c", "Sheetal")]
    history = {("c", "sheetal@example.org"): day(3)}  # Sheetal had hers earlier today
    due = due_reminders(items, today=day(3), people=PEOPLE, cadence=CADENCE, history=history)
    assert [r.target for r in due] == ["amara@example.org", LIST_TARGET]
    amara, to_list = due
    assert [o.follow_up.id for o in amara.unowned] == ["b"]
    assert to_list.skip == {"amara@example.org", "sheetal@example.org"}
