"""Delivery through a real aiosmtpd server: personalised and bulk, the ledger, the pacing."""

from __future__ import annotations

import asyncio
import json
import random
import time
from pathlib import Path

import pytest

from digestbot.delivery import Envelope, RateLimiter, SmtpTransport, dot_stuff, is_temporary
from tests.conftest import run, write_config
from tests.sessions import open_app, store_session, tune
from tests.smtpd import Recorder, SMTPServer

MEMBERS = [f"member{i}@example.org" for i in range(12)]


def send(config: Path, *args: str) -> tuple[int, dict[str, object]]:
    result = run(config, "send-now", "--json", *args)
    return result.exit_code, json.loads(result.output.strip().splitlines()[-1])


def test_personalised_one_copy_each_with_their_own_to_and_unsubscribe(tmp_path: Path) -> None:
    with SMTPServer(Recorder()) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS)
        store_session(config)
        code, summary = send(config)
        copies = server.recorder.copies()
    assert code == 0
    assert summary["sent"] == len(MEMBERS) and summary["failed"] == 0
    assert copies == {m: 1 for m in MEMBERS}
    by_rcpt = server.recorder.by_recipient()
    ids = set()
    for member in MEMBERS:
        message = by_rcpt[member][0].message
        assert message["To"] == member
        assert member in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        ids.add(message["Message-ID"])
    assert len(ids) == len(MEMBERS)


def test_a_second_run_sends_nothing_and_history_shows_each_recipient(tmp_path: Path) -> None:
    with SMTPServer(Recorder()) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS[:3])
        store_session(config)
        assert send(config)[0] == 0
        code, summary = send(config)
        received = len(server.recorder.received)
    assert code == 0 and received == 3
    assert summary["sent"] == 0 and summary["note"] == "no new meeting notes to send"
    history = json.loads(run(config, "history", "--json").output)
    assert [r["status"] for r in history[0]["recipients"]] == ["sent"] * 3
    assert history[0]["counts"] == {"sent": 3, "failed": 0, "pending": 0}


def test_bulk_mode_sends_one_message_to_many_in_one_transaction(tmp_path: Path) -> None:
    with SMTPServer(Recorder()) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS,
                                   address="igc@lists.igc.example"),
                      smtp="max_recipients_per_message = 5", list_='mode = "bulk"')
        store_session(config)
        code, summary = send(config)
        received = list(server.recorder.received)
    assert code == 0 and summary["sent"] == len(MEMBERS) + 1
    batches = sorted(len(r.rcpt_tos) for r in received)
    assert batches == [1, 2, 5, 5]  # the list's own address gets its own copy
    assert len({r.message["Message-ID"] for r in received if len(r.rcpt_tos) > 1}) == 1
    assert sum(batches) == len(MEMBERS) + 1


@pytest.mark.parametrize("pipelining", [True, False])
def test_with_and_without_pipelining(tmp_path: Path, pipelining: bool) -> None:
    with SMTPServer(Recorder(pipelining=pipelining)) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS[:5])
        store_session(config)
        code, _ = send(config)
        copies = server.recorder.copies()
    assert code == 0 and copies == {m: 1 for m in MEMBERS[:5]}


def test_messages_starting_with_a_dot_are_stuffed_and_arrive_intact(tmp_path: Path) -> None:
    raw = b"Subject: dots\r\n\r\n.hidden line\r\n..two\r\nend"
    assert dot_stuff(raw) == b"Subject: dots\r\n\r\n..hidden line\r\n...two\r\nend\r\n.\r\n"
    with SMTPServer(Recorder()) as server:
        config = write_config(tmp_path, smtp_port=server.port)
        app = open_app(config)
        transport = SmtpTransport(app.settings.smtp, sender="digest@igc.example")
        got: list[object] = []
        asyncio.run(transport.deliver([Envelope(("ana@example.org",), lambda: raw)],
                                      got.extend))
        data = server.recorder.received[0].data
    assert data.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n") + b"\n"


def test_rate_limiter_spaces_messages_evenly() -> None:
    clock = [100.0]
    limiter = RateLimiter(per_second=50, clock=lambda: clock[0])
    waits = [limiter.reserve() for _ in range(5)]
    assert waits == pytest.approx([0, 0.02, 0.04, 0.06, 0.08])
    clock[0] += 1.0  # idle for a second: no credit is saved up for a burst
    assert [limiter.reserve(), limiter.reserve()] == pytest.approx([0, 0.02])


def test_the_strictest_of_the_stated_rates_wins() -> None:
    assert RateLimiter(per_second=10, per_minute=300).interval == pytest.approx(0.2)
    assert RateLimiter(per_hour=3600).interval == pytest.approx(1.0)
    assert RateLimiter().interval == 0


def test_rate_limit_is_held_against_a_real_server(tmp_path: Path) -> None:
    members = [f"paced{i}@example.org" for i in range(11)]
    with SMTPServer(Recorder()) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=members),
                      smtp="rate_limit = 40")
        store_session(config)
        started = time.monotonic()
        code, _ = send(config)
        elapsed = time.monotonic() - started
    assert code == 0
    assert elapsed >= 10 / 40  # 11 messages: 10 intervals of 25 ms at least


def test_backoff_grows_exponentially_with_jitter(tmp_path: Path) -> None:
    app = open_app(write_config(tmp_path, smtp_port=25))
    transport = SmtpTransport(app.settings.smtp, sender="d@igc.example",
                              rng=random.Random(7))
    base = app.settings.smtp.retry_base_delay
    for attempt in (1, 2, 3, 4):
        delays = [transport.backoff(attempt) for _ in range(50)]
        assert min(delays) >= base * 2 ** (attempt - 1) * 0.5
        assert max(delays) < base * 2 ** (attempt - 1) * 1.5
        assert len(set(delays)) > 1


def test_which_replies_are_temporary() -> None:
    assert is_temporary(None) and is_temporary(421) and is_temporary(452)
    assert not is_temporary(550) and not is_temporary(250)


def test_ledger_on_postgresql_and_sqlite(tmp_path: Path, store_url: str) -> None:
    with SMTPServer(Recorder()) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS,
                              store=store_url)
        store_session(config)
        code, summary = send(config)
        app = open_app(config)
        counts = app.store.delivery_counts(int(summary["digest_id"]))  # type: ignore[call-overload]
        app.store.close()
        copies = server.recorder.copies()
    assert code == 0 and copies == {m: 1 for m in MEMBERS}
    assert counts == {"pending": 0, "sent": len(MEMBERS), "failed": 0, "retryable": 0}


def test_a_ledger_that_cannot_commit_stops_the_send_instead_of_hanging(tmp_path: Path) -> None:
    from sqlalchemy import text

    from digestbot.errors import StoreError
    from digestbot.jobs import LedgerWriter

    with SMTPServer(Recorder()) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS)
        app = open_app(config)
        digest = app.store.create_digest(
            key="k", list_name="igc", kind="digest", session_id=None, subject="s",
            message_id="<m@igc.example>", html="", recipients=MEMBERS, now=app.clock())
        with app.store.engine.begin() as conn:  # the disk goes away, as it were
            conn.execute(text("DROP TABLE deliveries"))
        transport = SmtpTransport(app.settings.smtp, sender="digest@igc.example")

        def message(to: str) -> bytes:
            return f"To: {to}\r\nSubject: s\r\n\r\nhello\r\n".encode()

        async def main() -> None:
            ledger = LedgerWriter(app.store, digest.id, app.clock, lambda _: None)
            try:
                await transport.deliver(
                    [Envelope((m,), lambda m=m: message(m)) for m in MEMBERS], ledger.record)
            finally:
                with pytest.raises(StoreError):
                    await ledger.close()

        with pytest.raises(StoreError, match="no such table"):
            asyncio.run(asyncio.wait_for(main(), 20))
        app.store.close()
        received = len(server.recorder.received)
    # Each connection stops at its second message: the first one's answer never
    # became durable, so no more than max_connections messages went out unrecorded.
    assert received <= app.settings.smtp.max_connections
