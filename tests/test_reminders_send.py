"""Reminders sent through a real SMTP server: who gets what, threading, once a day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from digestbot.config import load_settings
from digestbot.jobs import App, send_session_digest
from digestbot.model import FollowUp, Section, Session
from digestbot.reminders import preview_reminder, send_reminders
from digestbot.store import open_store
from tests.conftest import run, write_config
from tests.smtpd import SMTPServer

MEETING = date(2026, 11, 2)
MEMBERS = ["ana@example.org", "amara@example.org", "chen@example.net"]


def meeting(fingerprint: str = "s1", day: date = MEETING,
            *items: FollowUp) -> Session:
    items = items or (
        FollowUp("Send a report and summary of the session around", ("Amara",),
                 due=day + timedelta(days=10)),
        FollowUp("Write up the WSIS review timeline", ("Amara Diallo",)),
        FollowUp("Book a room for the December call"),
    )
    return Session(title="IGC pre-event", date=day, follow_ups=items,
                   sections=(Section("Context", summary="We met."),), fingerprint=fingerprint)


class Clock:
    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def app(tmp_path: Path, smtp: SMTPServer, store_url: str) -> Iterator[App]:
    """On a SQLite file and on the machine's PostgreSQL."""
    config = write_config(tmp_path, smtp_port=smtp.port, members=MEMBERS, store=store_url)
    settings = load_settings(config)
    store = open_store(settings.bot.store)
    yield App(settings, store, Clock(datetime(2026, 11, 2, 18, tzinfo=UTC)))
    store.close()


def at(app: App, day: int, hour: int = 9) -> None:
    app.clock.at = datetime(2026, 11, 2, hour, tzinfo=UTC) + timedelta(days=day)  # type: ignore[attr-defined]


def test_owner_gets_one_reminder_with_all_items_threaded_to_the_digest(
        app: App, smtp: SMTPServer) -> None:
    session = meeting()
    sid = app.store.ingest("igc", session, now=app.clock()).session_id
    send_session_digest(app, "igc", session, sid)
    digests = {r.rcpt_tos[0]: r.message for r in smtp.recorder.received}
    smtp.recorder.received.clear()

    at(app, 3)
    summaries = send_reminders(app, "igc")
    # Amara's own, and the list's for the unowned item to the others: she gets only one.
    assert [(s.kind, s.sent, s.failed) for s in summaries] == [("reminder", 1, 0),
                                                               ("reminder", 2, 0)]
    got = smtp.recorder.by_recipient()
    assert [len(got[m]) for m in MEMBERS] == [1, 1, 1]
    own = got["amara@example.org"][0].message
    assert own["Subject"] == "[IGC] Reminder: 2 open follow-ups"
    assert own["Auto-Submitted"] == "auto-generated"
    assert own["In-Reply-To"] == digests["amara@example.org"]["Message-ID"]
    assert digests["amara@example.org"]["Message-ID"] in own["References"]
    body = own.get_body(("plain",)).get_content()
    assert "Send a report and summary" in body and "Write up the WSIS review" in body
    mine, others = body.split("Also open, with no owner")
    assert "Book a room" in others and "Book a room" not in mine
    everyone = got["ana@example.org"][0].message
    assert everyone["Subject"] == "[IGC] Reminder: 1 open follow-up"
    assert "Book a room" in everyone.get_body(("plain",)).get_content()

    # Again the same day, and the next days: nothing until the cadence says so.
    smtp.recorder.received.clear()
    for day in (3, 4, 7):
        at(app, day, hour=20)
        assert [s.sent for s in send_reminders(app, "igc")] == []
    # The report is due on day 10: Amara hears two days before and the day after; the
    # list hears again every_days (7) after the first.
    for day, sent in ((8, [1]), (9, []), (10, [3]), (11, [1]), (12, [])):
        at(app, day)
        assert [s.sent for s in send_reminders(app, "igc")] == sent, day


def test_done_and_snoozed_items_are_never_reminded_again(app: App, smtp: SMTPServer) -> None:
    session = meeting()
    app.store.ingest("igc", session, now=app.clock())
    ids = {f.task.split()[0]: f.id for f in app.store.follow_ups(list_name="igc")}
    app.store.change_follow_up(ids["Send"], now=app.clock(), action="done", status="done")
    app.store.change_follow_up(ids["Book"], now=app.clock(), action="snoozed",
                               snoozed_until=MEETING + timedelta(days=30))
    at(app, 3)
    summaries = send_reminders(app, "igc")
    assert [s.recipients for s in summaries] == [1]
    body = smtp.recorder.received[0].message.get_body(("plain",)).get_content()
    assert "Write up the WSIS" in body and "Send a report" not in body
    assert "Book a room" not in body


def test_dry_run_sends_and_records_nothing(app: App, smtp: SMTPServer) -> None:
    app.store.ingest("igc", meeting(), now=app.clock())
    at(app, 3)
    assert [s.sent for s in send_reminders(app, "igc", dry_run=True)] == [1, 2]
    assert smtp.recorder.received == []
    assert app.store.history() == []
    assert [s.sent for s in send_reminders(app, "igc")] == [1, 2]


def test_a_half_sent_reminder_is_finished_the_same_day_and_dropped_the_next(
        app: App, smtp: SMTPServer) -> None:
    app.store.ingest("igc", meeting(), now=app.clock())
    at(app, 3)
    smtp.recorder.refuse["chen@example.net"] = (451, "try later")
    app.settings.smtp.max_attempts = 1
    summaries = send_reminders(app, "igc")
    assert [(s.sent, s.failed) for s in summaries] == [(1, 0), (1, 1)]
    smtp.recorder.refuse.clear()
    smtp.recorder.received.clear()
    at(app, 3, hour=15)
    assert [(s.sent, s.skipped) for s in send_reminders(app, "igc")] == [(1, 1)]
    assert [r.rcpt_tos for r in smtp.recorder.received] == [["chen@example.net"]]

    smtp.recorder.refuse["chen@example.net"] = (451, "try later")
    at(app, 10)  # new reminders; the list's one of day 3 is not retried any more
    assert [(s.sent, s.failed) for s in send_reminders(app, "igc")] == [(1, 0), (1, 1)]
    smtp.recorder.refuse.clear()
    smtp.recorder.received.clear()
    at(app, 10, hour=15)
    assert [(s.sent, s.skipped) for s in send_reminders(app, "igc")] == [(1, 1)]
    assert [r.rcpt_tos for r in smtp.recorder.received] == [["chen@example.net"]]
    statuses = [r["status"] for e in app.store.history() for r in e["recipients"]]
    assert statuses.count("expired") == 0  # day 3's list reminder had reached everyone


def test_preview_reminder_renders_without_sending(app: App, smtp: SMTPServer) -> None:
    app.store.ingest("igc", meeting(), now=app.clock())
    rendered = preview_reminder(app, "igc", recipient="amara@example.org")
    assert "Write up the WSIS review" in rendered.text
    assert b"Auto-Submitted: auto-generated" in rendered.eml
    assert "<strong>Send a report and summary" in rendered.html
    assert smtp.recorder.received == [] and app.store.history() == []


def test_remind_now_cli_as_of_and_dry_run(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port, members=MEMBERS)
    settings = load_settings(config)
    store = open_store(settings.bot.store)
    store.ingest("igc", meeting(), now=datetime(2026, 11, 2, 18, tzinfo=UTC))
    store.close()
    result = run(config, "remind-now", "--as-of", "2026-11-03", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "no reminder due" in result.output
    result = run(config, "remind-now", "--as-of", "2026-11-05", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "would send 1" in result.output and "would send 2" in result.output
    assert smtp.recorder.received == []
    result = run(config, "remind-now", "--as-of", "2026-11-05")
    assert result.exit_code == 0, result.output
    assert len(smtp.recorder.received) == 3
    result = run(config, "remind-now", "--as-of", "2026-11-05")
    assert "no reminder due" in result.output and len(smtp.recorder.received) == 3


def test_an_unfinished_reminder_of_an_earlier_day_expires(app: App, smtp: SMTPServer) -> None:
    app.store.ingest("igc", meeting(), now=app.clock())
    app.settings.smtp.max_attempts = 1
    smtp.recorder.refuse["chen@example.net"] = (451, "try later")
    at(app, 3)
    assert [(s.sent, s.failed) for s in send_reminders(app, "igc")] == [(1, 0), (1, 1)]
    smtp.recorder.refuse.clear()
    smtp.recorder.received.clear()
    at(app, 8)  # Amara's report is due soon; the list's day-3 reminder is not retried
    assert [(s.sent, s.failed) for s in send_reminders(app, "igc")] == [(1, 0)]
    assert [r.rcpt_tos for r in smtp.recorder.received] == [["amara@example.org"]]
    statuses = [r["status"] for e in app.store.history() for r in e["recipients"]]
    assert statuses.count("expired") == 1


def test_reminders_carry_signed_done_and_snooze_links_when_the_web_is_set(app: App) -> None:
    from pydantic import SecretStr

    from digestbot.tokens import read_token

    app.settings.bot.base_url = "https://digest.igc.example"
    app.settings.bot.secret = SecretStr("s3cret")
    app.store.ingest("igc", meeting(), now=app.clock())
    text = preview_reminder(app, "igc", recipient="amara@example.org").text
    links = [line.split(": ", 1)[1].strip() for line in text.splitlines()
             if line.strip().startswith(("Mark it done:", "Snooze it:"))]
    assert len(links) == 4 and all(u.startswith("https://digest.igc.example/") for u in links)
    claim = read_token("s3cret", links[0].rsplit("/", 1)[1], action="done",
                       today=MEETING, max_age_days=90)
    ids = {f.id for f in app.store.follow_ups(list_name="igc")
           if any(o.startswith("Amara") for o in f.owners)}
    assert claim.subject in ids and claim.list_name == "igc"
    assert "tell the list coordinator" not in text


def test_the_day_is_the_list_s_local_day(app: App) -> None:
    app.store.ingest("igc", meeting(), now=app.clock())
    app.clock.at = datetime(2026, 11, 4, 11, tzinfo=UTC)  # type: ignore[attr-defined]
    assert send_reminders(app, "igc", dry_run=True) == []  # 4 November in UTC
    app.settings.lists["igc"].timezone = "Pacific/Kiritimati"  # UTC+14: 5 November, 1:00
    assert [s.sent for s in send_reminders(app, "igc")] == [1, 2]
    keys = sorted(e["subject"] for e in app.store.history())
    assert keys == ["[IGC] Reminder: 1 open follow-up", "[IGC] Reminder: 2 open follow-ups"]
    with app.store.begin() as conn:
        from digestbot.schema import digests

        assert {k.rsplit(":", 1)[1] for k in conn.execute(
            digests.select().with_only_columns(digests.c.key)).scalars()} == {"2026-11-05"}
