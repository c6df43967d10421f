"""Two senders of one digest never send to the same recipient (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from digestbot.leader import sender_presence
from digestbot.model import Section, Session
from digestbot.store import open_store
from tests.conftest import ROOT, write_config
from tests.smtpd import SMTPServer

T0 = datetime(2026, 11, 2, 18, tzinfo=UTC)


def test_claims_are_disjoint_and_a_gone_sender_s_are_taken_over(store_url: str) -> None:
    store = open_store(store_url)
    try:
        recipients = [f"m{i}@example.org" for i in range(200)]
        digest = store.create_digest(key="k", list_name="igc", kind="digest", session_id=None,
                                     subject="s", message_id="<m@x>", html="",
                                     recipients=recipients, now=T0)
        got: dict[str, list[str]] = {}

        def claim(token: str) -> None:
            got[token] = store.claim_pending(digest.id, now=T0, claimer=token, limit=30)

        threads = [threading.Thread(target=claim, args=(f"s{i}",)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        claimed = [r for batch in got.values() for r in batch]
        assert len(claimed) == len(set(claimed)) == 200
        everyone = set(got)
        assert store.claim_pending(digest.id, now=T0, claimer="new",
                                   alive=lambda tokens: tokens & everyone) == []
        assert store.unheld_pending(digest.id, claimer="new") == 0
        assert store.unheld_pending(digest.id, claimer="s3") == len(got["s3"])
        # s0 stops early and gives its rows back; s1 is killed: its rows are taken over
        # as soon as it is seen gone; everybody's once the claims are ten minutes old.
        store.release_claims(digest.id, "s0")
        alive = everyone - {"s0", "s1"}
        taken = store.claim_pending(digest.id, now=T0, claimer="new", limit=500,
                                    alive=lambda tokens: tokens & alive)
        assert sorted(taken) == sorted(got["s0"] + got["s1"])
        taken = store.claim_pending(digest.id, now=T0 + timedelta(minutes=11), claimer="late")
        assert sorted(taken) == sorted(recipients)
        # A retried failure is free to claim again.
        store.record_results(digest.id, [(taken[0], "failed", 451, "later")], now=T0)
        assert store.reset_failed(digest.id, now=T0) == 1
        assert store.claim_pending(digest.id, now=T0, claimer="x") == [taken[0]]
    finally:
        store.close()


def test_sender_presence_is_seen_while_it_sends(store_url: str) -> None:
    store = open_store(store_url)
    try:
        with sender_presence(store) as a:
            with sender_presence(store) as b:
                assert a.alive({a.token, b.token, "nobody"}) == {a.token, b.token}
            assert a.alive({a.token, b.token}) == {a.token}
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_two_send_now_processes_send_each_member_once(tmp_path: Path, smtp: SMTPServer,
                                                      pg_url: str) -> None:
    members = [f"m{i}@example.org" for i in range(40)]
    config = write_config(tmp_path, smtp_port=smtp.port, members=members, store=pg_url)
    store = open_store(pg_url)
    store.ingest("igc", Session(title="IGC call", date=date(2026, 11, 2),
                                sections=(Section("A", summary="x"),), fingerprint="f"),
                 now=T0)
    store.close()
    smtp.recorder.data_delay = 0.02  # keep both senders busy at the same time
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "digestbot", "--config", str(config), "send-now"]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    counts = {r: len(v) for r, v in smtp.recorder.by_recipient().items()}
    assert sorted(counts) == sorted(members)
    assert set(counts.values()) == {1}


def test_a_send_that_cannot_connect_gives_its_claims_back(tmp_path: Path) -> None:
    from tests.conftest import run
    from tests.smtpd import Recorder

    config = write_config(tmp_path, smtp_port=1)  # nothing listens on port 1
    store = open_store(f"sqlite:///{tmp_path / 'var' / 'digestbot.db'}")
    store.ingest("igc", Session(title="IGC call", date=date(2026, 11, 2),
                                sections=(Section("A", summary="x"),), fingerprint="f"),
                 now=T0)
    store.close()
    result = run(config, "send-now")
    assert result.exit_code == 1
    with SMTPServer(Recorder()) as server:  # at once, not ten minutes later
        result = run(write_config(tmp_path, smtp_port=server.port), "send-now")
        assert result.exit_code == 0, result.output
        assert len(server.recorder.received) == 3
