"""kill -9 a real `send-now` in the middle of a send; the next run delivers the rest.

The guarantee under test (digestbot.delivery's docstring has the argument): nobody is
skipped, and at most the messages in flight at the kill are sent twice, never more than
`max_connections` of them.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from digestbot.delivery import Envelope, Result, SmtpTransport
from tests.conftest import ROOT, write_config
from tests.sessions import open_app, store_session, tune
from tests.smtpd import Recorder, SMTPServer

MEMBERS = [f"member{i}@example.org" for i in range(60)]
CONNECTIONS = 4


def start_send(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "digestbot", "--config", str(config), "send-now", "--json"],
        env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)


def kill_after(proc: subprocess.Popen[bytes], recorder: Recorder, accepted: int) -> None:
    """SIGKILL the sender once the server has accepted `accepted` messages in all."""
    deadline = time.monotonic() + 30
    while len(recorder.received) < accepted:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the sender made no progress"
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    proc.communicate()


def sent_in_ledger(config: Path) -> set[str]:
    """Who the store says has the digest."""
    app = open_app(config)
    try:
        digest_id = app.store.history(limit=1, with_recipients=False)[0]["id"]
        return set(app.store.iter_recipients(digest_id, "sent"))
    finally:
        app.store.close()


@pytest.mark.slow
def test_kill_9_mid_send_then_resume_doubles_at_most_the_messages_in_flight(
        tmp_path: Path) -> None:
    # Slow replies keep several messages in flight at any moment of the kill.
    recorder = Recorder(data_delay=0.02)
    with SMTPServer(recorder) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS),
                      smtp=f"max_connections = {CONNECTIONS}")
        store_session(config)

        for accepted in (12, 30):  # two crashes, the second during the resume
            kill_after(start_send(config), recorder, accepted)
            with recorder.lock:
                received = {r for got in recorder.received for r in got.rcpt_tos}
            recorded = sent_in_ledger(config)
            # The ledger never claims what the server did not take...
            assert recorded <= received
            # ...and what the server took without the ledger knowing is bounded.
            assert len(received - recorded) <= CONNECTIONS

        final = start_send(config)
        out, err = final.communicate(timeout=60)
        copies = recorder.copies()

    assert final.returncode == 0, err.decode()
    summary = json.loads(out.decode().strip().splitlines()[-1])
    assert summary["failed"] == 0 and summary["pending"] == 0
    assert set(copies) == set(MEMBERS)  # nobody lost
    duplicates = sum(n - 1 for n in copies.values())
    assert duplicates <= 2 * CONNECTIONS  # at most the in-flight ones, per crash
    assert summary["sent"] + summary["skipped"] == len(MEMBERS)


@pytest.mark.parametrize("per_message", [1, 5])  # personalised, and bulk batches of 5
def test_a_connection_waits_for_the_ledger_before_sending_its_next_message(
        tmp_path: Path, per_message: int) -> None:
    """With a slow ledger, never more than one unrecorded accepted message per connection.

    This is what bounds the duplicates after a crash: the kill test above cannot slow
    the store down, so here the ledger takes 50 ms to make each answer durable.
    """
    members = [f"fast{i}@example.org" for i in range(40)]
    with SMTPServer(Recorder()) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=members),
                      smtp=f"max_connections = {CONNECTIONS}")
        app = open_app(config)
        transport = SmtpTransport(app.settings.smtp, sender="digest@igc.example")
        app.store.close()
        unrecorded: set[str] = set()
        worst = 0

        def slow_ledger(results: Sequence[Result]) -> asyncio.Future[None]:
            nonlocal worst
            sent = {r.recipient for r in results if r.status == "sent"}
            unrecorded.update(sent)
            worst = max(worst, len(unrecorded))
            done = asyncio.get_running_loop().create_future()

            def durable() -> None:
                unrecorded.difference_update(sent)
                done.set_result(None)

            asyncio.get_running_loop().call_later(0.05, durable)
            return done

        def message(to: str) -> bytes:
            return f"To: {to}\r\nSubject: test\r\n\r\nhello\r\n".encode()

        batches = [tuple(members[i:i + per_message])
                   for i in range(0, len(members), per_message)]
        envelopes = [Envelope(b, functools.partial(message, b[0])) for b in batches]
        asyncio.run(transport.deliver(envelopes, slow_ledger))
        copies = server.recorder.copies()
    assert copies == {m: 1 for m in members}
    # At most one unrecorded message per connection: in bulk, that many batches.
    assert per_message < worst <= CONNECTIONS * per_message
