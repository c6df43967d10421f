"""Follow-ups across meetings (on SQLite and PostgreSQL) and the `followups` commands."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from digestbot.matching import same_people, same_task
from digestbot.model import FollowUp, Section, Session
from digestbot.store import open_store
from tests.conftest import run, write_config

T0 = datetime(2026, 11, 2, 18, tzinfo=UTC)


def session(fingerprint: str, day: date, *items: FollowUp) -> Session:
    return Session(title="IGC call", date=day, follow_ups=items,
                   sections=(Section("Context", summary="We met."),), fingerprint=fingerprint)


FIRST = session("one", date(2026, 11, 2),
                FollowUp("Send a report and summary of the session around",
                         ("Sheetal", "Bruna")),
                FollowUp("Book a room for the December call", ("Chen",)))


@pytest.mark.parametrize(("a", "b", "people", "same"), [
    ("Send a report and summary of the session around", "report of the pre-event circulated",
     False, True),
    ("Share the draft charter with members", "Circulate the draft charter", False, True),
    ("Book a room for the December call", "Room for the December call booked", False, True),
    ("Send the report and summary of the session around", "Report sent", True, True),
    ("Send the report and summary of the session around", "Report sent", False, False),
    ("Send the WSIS report to the board", "Send the meeting report to members", True, False),
    ("Get quotes for a new shed roof", "Get quotes for the roof gutters", False, False),
    ("Get Bob the staging DB credentials", "Rotate the staging credentials", True, False),
    ("Design the poster", "Design two more promotional posters", False, False),
    ("Book the venue", "Send the invitations", True, False),
    ("Draft the budget", "Review the budget", True, False),
    ("Recieve the quotes from the printer", "Receive the quotes from the printer", False, True),
])
def test_same_task(a: str, b: str, people: bool, same: bool) -> None:
    assert same_task(a, b, same_people=people) is same


@pytest.mark.parametrize(("a", "b", "same"), [
    (("Sheetal",), ("Sheetal Kumar",), True),
    (("@bruna", "Chen"), ("Bruna",), True),
    ((), ("Ana",), True),            # nobody named: no contradiction
    (("Ana",), ("Chen",), False),
])
def test_same_people(a: tuple[str, ...], b: tuple[str, ...], same: bool) -> None:
    assert same_people(a, b) is same


def test_a_later_meeting_updates_the_same_follow_up(store_url: str) -> None:
    store = open_store(store_url)
    try:
        first = store.ingest("igc", FIRST, now=T0)
        assert len(first.added) == 2
        again = store.ingest("igc", FIRST, now=T0 + timedelta(hours=1))
        assert (again.created, again.added, again.updated) == (False, (), ())

        later = session("two", date(2026, 11, 16),
                        FollowUp("Report of the pre-event circulated", ("Sheetal",),
                                 status="done"),
                        FollowUp("Room for the December call booked", ("Ana",),
                                 due=date(2026, 11, 30)),
                        FollowUp("Draft the 2027 work plan", ("Bruna",)))
        result = store.ingest("igc", later, now=T0 + timedelta(days=14))
        assert len(result.added) == 1 and len(result.updated) == 2
        items = {f.task.split()[0]: f for f in store.follow_ups(list_name="igc")}
        assert sorted(items) == ["Book", "Draft", "Send"]
        assert items["Send"].status == "done" and items["Send"].closed_at is not None
        assert items["Book"].owners == ("Ana",) and items["Book"].due == date(2026, 11, 30)
        assert items["Book"].session_id == first.session_id  # it stays where it began
        history = store.follow_up_history(items["Book"].id)
        assert [h["action"] for h in history] == ["created", "updated by notes"]
        assert "owners=['Ana']" in history[1]["detail"]
        assert [f.id for f in store.follow_ups(list_name="igc", open_only=True)] == [
            items["Book"].id, items["Draft"].id]
    finally:
        store.close()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    store = open_store(f"sqlite:///{tmp_path / 'var' / 'digestbot.db'}")
    store.ingest("igc", FIRST, now=T0)
    store.close()
    return path


def ids(config: Path) -> dict[str, str]:
    out = json.loads(run(config, "followups", "list", "--json").output)
    return {f["task"].split()[0]: f["id"] for f in out}


def test_followups_commands_keep_every_change_in_history(config: Path) -> None:
    fid = ids(config)["Send"]
    assert run(config, "followups", "done", fid).exit_code == 0
    assert run(config, "followups", "reopen", fid[:5]).exit_code == 0  # a prefix will do
    result = run(config, "followups", "snooze", fid, "--until", "2026-12-01")
    assert result.exit_code == 0 and "snoozed until 2026-12-01" in result.output
    result = run(config, "followups", "assign", fid, "Amara")
    assert result.exit_code == 0 and "Amara:" in result.output
    result = run(config, "followups", "add", "--owner", "Ana", "--owner", "Chen",
                 "--due", "2026-12-10", "Collect", "comments", "on", "the", "charter")
    assert result.exit_code == 0, result.output

    data = {f["id"]: f for f in json.loads(run(config, "followups", "list", "--json").output)}
    item = data[fid]
    assert item["owners"] == ["Amara"] and item["status"] == "open"
    assert item["snoozed_until"] == "2026-12-01"
    assert [h["action"] for h in item["history"]] == [
        "created", "done", "reopened", "snoozed", "assigned"]
    added = next(f for f in data.values() if f["task"].startswith("Collect"))
    assert added["owners"] == ["Ana", "Chen"] and added["due"] == "2026-12-10"

    result = run(config, "followups", "list", "--open", "--owner", "chen")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()] == [
        ids(config)["Book"], added["id"]]
    shown = run(config, "followups", "show", fid)
    assert "reopened" in shown.output and "assigned: owners=['Amara']" in shown.output


@pytest.mark.parametrize(("args", "message"), [
    (["followups", "done", "nosuch"], "no follow-up with id 'nosuch'"),
    (["followups", "snooze", "XID", "--until", "soon"], "--until: 'soon' is not a date"),
    (["followups", "add", "--due", "12/01", "x"], "--due: '12/01' is not a date"),
    (["followups", "list", "--list", "nope"], "no list named 'nope'"),
])
def test_followups_errors_are_one_line_with_exit_2(config: Path, args: list[str],
                                                   message: str) -> None:
    args = [ids(config)["Send"] if a == "XID" else a for a in args]
    result = run(config, *args)
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize("command", [
    ["followups"], ["followups", "list"], ["followups", "show"], ["followups", "done"],
    ["followups", "reopen"], ["followups", "snooze"], ["followups", "assign"],
    ["followups", "add"], ["remind-now"], ["serve"],
])
def test_every_command_has_help_with_an_example(config: Path, command: list[str]) -> None:
    result = run(config, *command, "--help")
    assert result.exit_code == 0
    example = result.output.split("Example", 1)[1].split("Options:", 1)[0]
    assert "digestbot " in example and command[0] in example


def test_preview_reminder_from_the_command_line(config: Path, tmp_path: Path) -> None:
    result = run(config, "preview", "--kind", "reminder", "--text")
    assert result.exit_code == 0, result.output
    assert "Reminder: 2 open follow-ups" in result.output  # the list's unaddressed items
    out = tmp_path / "r.eml"
    result = run(config, "preview", "--kind", "reminder", "--to", "nobody@example.org",
                 "-o", str(out))
    assert result.exit_code == 2 and "owns no open follow-up" in result.output
