"""Explicit and relative dates, resolved against the meeting date (no clock)."""

from __future__ import annotations

from datetime import date

import pytest

from digestbot.notes import parse_bytes
from digestbot.notes.dates import find_due, first_full_date, next_monthly, strip_due


def _due(text: str, ref: date) -> date | None:
    found = find_due(text, ref)
    return found.date if found else None

TUESDAY = date(2024, 6, 25)
DECEMBER = date(2024, 12, 11)  # a Wednesday near the year end


@pytest.mark.parametrize(("text", "ref", "due"), [
    ("send it by Friday", TUESDAY, date(2024, 6, 28)),
    ("submit the papers (Due: 2024/07/02)", TUESDAY, date(2024, 7, 2)),
    ("submit the papers by 2024.07.02", TUESDAY, date(2024, 7, 2)),
    ("turn the bays this Saturday", TUESDAY, date(2024, 6, 29)),
    ("ask the bakery by next Wednesday", TUESDAY, date(2024, 7, 3)),
    ("circulate the audit next week", DECEMBER, date(2024, 12, 20)),
    ("draft the poster this week", TUESDAY, date(2024, 6, 28)),
    ("cover the phones over the weekend", TUESDAY, date(2024, 6, 30)),
    ("water the beds this weekend", date(2024, 6, 29), date(2024, 6, 30)),
    ("meet the residents before the 6th", DECEMBER, date(2025, 1, 6)),
    ("prepare a map by the end of January", DECEMBER, date(2025, 1, 31)),
    ("contact the fund before the end of February", date(2024, 1, 18), date(2024, 2, 29)),
    ("visit the dairy before the end of the month", date(2023, 3, 14), date(2023, 3, 31)),
    ("publish the draft by 20 December", date(2023, 12, 12), date(2023, 12, 20)),
    ("report back before the 9th", date(2023, 12, 12), date(2024, 1, 9)),
    ("circulate the accounts by 31 Jan", date(2024, 1, 18), date(2024, 1, 31)),
    ("publish SECURITY.md by 2024-07-05", TUESDAY, date(2024, 7, 5)),
    ("set up the alias by July 10", TUESDAY, date(2024, 7, 10)),
    ("file the report by 03/09/2024", TUESDAY, date(2024, 9, 3)),
    ("renew the domain by 5th of August 2025", TUESDAY, date(2025, 8, 5)),
    ("update the budget before half term (25 October)", date(2024, 10, 8), date(2024, 10, 25)),
    ("send the notes tomorrow", TUESDAY, date(2024, 6, 26)),
    ("review it in two weeks", TUESDAY, date(2024, 7, 9)),
    ("close the books by end of next month", TUESDAY, date(2024, 7, 31)),
    ("send the figures by EOD", TUESDAY, date(2024, 6, 25)),
    ("send the figures by close of business", TUESDAY, date(2024, 6, 25)),
    ("file it by EOW", TUESDAY, date(2024, 6, 28)),
    ("ship the beta by mid-July", TUESDAY, date(2024, 7, 15)),
    ("publish the report by the end of Q3", TUESDAY, date(2024, 9, 30)),
    ("finish the audit by Q1", DECEMBER, date(2025, 3, 31)),
    ("renew it by Q2 2026", TUESDAY, date(2026, 6, 30)),
    ("send the link by 5/20", date(2024, 5, 14), date(2024, 5, 20)),
    ("pay the invoice by 20/5", date(2024, 5, 14), date(2024, 5, 20)),
    ("pay it by 06/05/2024", date(2024, 5, 14), date(2024, 5, 6)),
    ("circulate the minutes within two weeks", date(2024, 3, 9), date(2024, 3, 23)),
    ("pay it by the end of this month", TUESDAY, date(2024, 6, 30)),
    ("go ahead and fit the shelves this month", TUESDAY, date(2024, 6, 30)),
    ("turn the troughs on w/c 3 March", date(2025, 2, 4), date(2025, 3, 7)),
    ("book it week commencing 10 March 2025", date(2025, 2, 4), date(2025, 3, 14)),
    ("check the stopcock by Fri 28/2", date(2025, 2, 4), date(2025, 2, 28)),
    ("send reminders by end of play Friday", date(2025, 2, 4), date(2025, 2, 7)),
    ("send reminders by end of play", date(2025, 2, 4), date(2025, 2, 4)),
])
def test_due_dates(text: str, ref: date, due: date) -> None:
    found = find_due(text, ref)
    assert found is not None and found.date == due


@pytest.mark.parametrize("text", [
    "send the report around",
    "release 3.2 status",
    "May I ask the group",
    "the 1.5 hour event",
    "we sat down on the floor",
    "3/4 of the members agreed",
])
def test_no_due_date(text: str) -> None:
    assert find_due(text, TUESDAY) is None


def test_relative_dates_need_a_meeting_date() -> None:
    assert find_due("by Friday", None) is None
    assert find_due("by 2 May 2024", None) is not None


def test_strip_due_leaves_the_task() -> None:
    text = "write the release notes by Friday"
    due = find_due(text, TUESDAY)
    assert due is not None
    assert strip_due(text, due) == "write the release notes"


@pytest.mark.parametrize(("text", "when"), [
    ("The IGC pre-event took place on 03 November 2020, as part of", date(2020, 11, 3)),
    ("Minutes of the Board Meeting held on Thursday 18 January 2024", date(2024, 1, 18)),
    ("scheduled for November 13 2020", date(2020, 11, 13)),
    ("date: 2024-06-25", date(2024, 6, 25)),
    ("Monday 2 September 2024, studio B", date(2024, 9, 2)),
    ("no date here, just 4 March", None),
])
def test_first_full_date(text: str, when: date | None) -> None:
    assert first_full_date(text) == when


def test_in_a_month_is_due_at_its_end_unless_it_says_what_or_from_when() -> None:
    ref = date(2021, 7, 5)
    assert _due("Organise the open house in August", ref) == date(2021, 8, 31)
    assert _due("Draft the report during March 2022", ref) == date(2022, 3, 31)
    assert _due("Send the newsletter, starting in September", ref) is None
    assert _due("Ask the officer about a course in March", ref) is None
    assert _due("Say if you may be late", ref) is None  # the verb, not May


def test_us_dates_with_dashes() -> None:
    assert _due("Research a way to do this by 11-15-17", date(2017, 11, 1)) == date(2017, 11, 15)
    assert _due("Call 555-12-34 first", date(2017, 11, 1)) is None


def test_a_deadline_after_for_next_week_wins() -> None:
    ref = date(2025, 6, 4)  # a Wednesday
    due = find_due("Circulate the rota for next week by Friday", ref)
    assert due is not None and due.date == date(2025, 6, 6)
    due = find_due("Book the hall for next week", ref)
    assert due is not None and due.date == date(2025, 6, 13)


def test_for_a_weekday_at_the_end_of_a_task_is_its_due_date() -> None:
    ref = date(2025, 6, 4)  # a Wednesday
    due = find_due("Chase the printer about the banner for Friday", ref)
    assert due is not None and due.date == date(2025, 6, 6)
    assert find_due("Set out the chairs for Friday and Saturday", ref) is None
    assert find_due("Write the rota for Monday evenings", ref) is None


@pytest.mark.parametrize(("nth", "weekday", "ref", "when"), [
    ("first", "Tuesday", date(2024, 6, 4), date(2024, 7, 2)),  # held on one: the next
    ("second", "Wed", date(2025, 5, 1), date(2025, 5, 14)),
    ("last", "Friday", date(2024, 12, 28), date(2025, 1, 31)),
    ("3rd", "Thursday", date(2024, 2, 16), date(2024, 3, 21)),
])
def test_next_monthly_meeting(nth: str, weekday: str, ref: date, when: date) -> None:
    assert next_monthly(nth, weekday, ref) == when


def test_next_week_at_the_same_time_is_a_week_on() -> None:
    ref = date(2025, 6, 3)  # a Tuesday
    due = find_due("Set up a call next week at the same time", ref)
    assert due is not None and due.date == date(2025, 6, 10)
    due = find_due("Set up a call next week", ref)
    assert due is not None and due.date == date(2025, 6, 13)


@pytest.mark.parametrize(("text", "due"), [
    ("send the hire form to the nursery by COB Thursday", date(2024, 6, 27)),
    ("return the keys EOD on Monday", date(2024, 7, 1)),
    ("confirm the caterer by COB", TUESDAY),
])
def test_close_of_business_on_a_weekday_is_that_day(text: str, due: date) -> None:
    assert _due(text, TUESDAY) == due


@pytest.mark.parametrize("text", [
    "invite the auditor to next month's finance meeting",
    "add it to next week's agenda",
    "we need stewards from now until the end of the year",
])
def test_a_possessive_or_a_span_is_no_deadline(text: str) -> None:
    assert find_due(text, TUESDAY) is None


def test_a_year_then_a_month_name_then_a_day() -> None:
    assert first_full_date("Meeting held 2021-MAR-23.") == date(2021, 3, 23)
    assert first_full_date("Due 2024-Dec-5") == date(2024, 12, 5)
    assert first_full_date("Budget line 2024-Mayday-5") is None


def test_an_ambiguous_meeting_date_is_read_the_way_that_falls_on_a_weekday() -> None:
    # 5/10/2024 is Saturday 5 October read day first, Friday 10 May read month first.
    assert first_full_date("Meeting Date and Location: 5/10/2024 Remote") == date(2024, 5, 10)
    # 06/05/2024: Thursday 6 June or Monday 6 May, both weekdays: day first, as before.
    assert first_full_date("Date: 06/05/2024") == date(2024, 5, 6)


def test_a_span_of_days_is_dated_by_its_first() -> None:
    assert first_full_date("9-11 October 2013 - Seattle, WA") == date(2013, 10, 9)
    assert first_full_date("Tutorial in Barcelona Jan 13-14th 2014") == date(2014, 1, 13)
    assert first_full_date("May 3-4, 2024") == date(2024, 5, 3)
    assert find_due("the call on Oct 3 - 5pm", date(2024, 9, 1)) is not None
    assert first_full_date("Oct 3-5pm") is None


def test_the_notes_own_day_order_decides_an_ambiguous_meeting_date() -> None:
    from digestbot.notes import parse_bytes

    def when(notes: str) -> date | None:
        return parse_bytes(notes.encode(), name="n.md").date

    # Front matter names the day: the title's 10/08/1998 is month first.
    assert when("---\ntitle: \"Minutes – 10/08/1998\"\ndate: 1998-10-08\n---\nHello.\n") == \
        date(1998, 10, 8)
    # Another date that can only be month first (12/24/2024).
    assert when("# Meeting 04/03/2024\n\nNext meeting 12/24/2024.\n") == date(2024, 4, 3)
    # Written dates, month first ("May 3"), or American spelling.
    assert when("# Meeting 04/03/2024\n\nThe fair is on May 3.\n") == date(2024, 4, 3)
    assert when("# Meeting 04/03/2024\n\nWe will organize the program.\n") == date(2024, 4, 3)
    # British spelling, or nothing to go on: day first, as before.
    assert when("# Meeting 04/03/2024\n\nWe will organise the programme.\n") == date(2024, 3, 4)
    assert when("# Meeting 04/03/2024\n\nHello.\n") == date(2024, 3, 4)


def test_the_middle_or_half_of_a_month_is_its_fifteenth() -> None:
    ref = date(2024, 11, 29)
    for text in ("by the middle of December", "deadline half of December",
                 "by mid-December"):
        due = find_due(text, ref)
        assert due is not None and due.date == date(2024, 12, 15), text
    assert find_due("half of the team will come", ref) is None


def test_a_weekday_with_its_day_of_the_month_is_that_day() -> None:
    # "by Friday 10th" said on Thursday 2 May 2024 is Friday 10 May, not the next day; the
    # day number is no part of the task.
    notes = ("# Call 2024-05-02\n\n## Actions\n\n- Ana to send the report by Friday 10th\n"
             "- Ben to book the room by Saturday, 1st\n- Chloe to call the venue by Wed 8th\n")
    session = parse_bytes(notes.encode(), name="call.md")
    assert [(f.task, f.due) for f in session.follow_ups] == [
        ("Send the report", date(2024, 5, 10)), ("Book the room", date(2024, 6, 1)),
        ("Call the venue", date(2024, 5, 8))]


def test_a_month_alone_in_a_due_column_is_its_last_day() -> None:
    notes = ("# Board 2024-05-02\n\n| Action | Owner | Due |\n|---|---|---|\n"
             "| Update the bylaws | Ben | June |\n| File the return | Dev | Jan 2025 |\n")
    session = parse_bytes(notes.encode(), name="board.md")
    assert [(f.task, f.due) for f in session.follow_ups] == [
        ("Update the bylaws", date(2024, 6, 30)), ("File the return", date(2025, 1, 31))]
