"""`digestbot serve` as real processes: end to end, restarts, and two instances sharing a
PostgreSQL store. Each test waits on real schedules, so each takes several seconds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from digestbot.model import FollowUp, Section, Session
from digestbot.store import open_store
from tests.conftest import ROOT, write_config
from tests.smtpd import SMTPServer

pytestmark = pytest.mark.slow


def session(list_name: str, n: int = 1) -> Session:
    return Session(title=f"{list_name} call {n}", date=date(2026, 11, 2),
                   sections=(Section("Context", summary=f"Meeting {n}."),),
                   follow_ups=(FollowUp(f"Send report {n}", ("Amara",)),),
                   fingerprint=f"{list_name}-{n}")


class Serve:
    """One `python -m digestbot serve` process, its log in a file."""

    def __init__(self, config: Path, log: Path, env: dict[str, str] | None = None):
        self.log = log
        env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
        with log.open("w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "digestbot", "--config", str(config), "serve"],
                stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=config.parent)

    def text(self) -> str:
        return self.log.read_text()

    def lists(self) -> set[str]:
        """The lists this process leads now, from its log."""
        held: set[str] = set()
        for line in self.text().splitlines():
            name = next((w[5:] for w in line.split() if w.startswith("list=")), None)
            if " list taken " in line and name:
                held.add(name)
            elif (" list released " in line or " list lost " in line) and name:
                held.discard(name)
        return held

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(20)


def wait_for(predicate: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


@pytest.fixture
def procs() -> Iterator[list[Serve]]:
    started: list[Serve] = []
    yield started
    for p in started:
        if p.proc.poll() is None:
            p.proc.kill()
            p.proc.wait(10)


def config_for(folder: Path, smtp: SMTPServer, *, store: str | None = None,
               lists: str = "", schedule: str = "*/1 * * * * *", grace: int = 3600,
               reminders: str = "") -> Path:
    extra = f"""
[scheduler]
watch_interval_seconds = 0.5
lock_timeout_seconds = 5
misfire_grace_seconds = {grace}
""" + lists
    path = write_config(folder, smtp_port=smtp.port, members=["ana@example.org"],
                        store=store, extra=extra)
    text = path.read_text().replace(
        'members = ["ana@example.org"]',
        f'members = ["ana@example.org"]\ndigest_schedule = "{schedule}"\n'
        f'reminder_schedule = "{reminders}"')
    path.write_text(text)
    return path


def ingest(url: str, *sessions: tuple[str, Session]) -> None:
    store = open_store(url)
    try:
        for list_name, s in sessions:
            store.ingest(list_name, s, now=datetime(2026, 11, 2, 18, tzinfo=UTC))
    finally:
        store.close()


def test_serve_sends_on_schedule_and_stops_cleanly(tmp_path: Path, smtp: SMTPServer,
                                                   procs: list[Serve]) -> None:
    config = config_for(tmp_path, smtp, reminders="*/1 * * * * *")
    ingest(f"sqlite:///{tmp_path / 'var' / 'digestbot.db'}", ("igc", session("igc")))
    procs.append(Serve(config, tmp_path / "serve.log"))
    # The digest to the member, and (the meeting being weeks ago) the owner's reminder.
    wait_for(lambda: len(smtp.recorder.received) == 2)
    time.sleep(1.5)  # both schedules fire again: nothing new to send
    assert procs[0].stop() == 0
    got = {rcpt: [r.message for r in rs] for rcpt, rs in smtp.recorder.by_recipient().items()}
    assert sorted(got) == ["amara@example.org", "ana@example.org"]
    assert [m["Subject"] for m in got["amara@example.org"]] == ["[IGC] Reminder: 1 open follow-up"]
    assert got["amara@example.org"][0]["Auto-Submitted"] == "auto-generated"
    assert len(got["ana@example.org"]) == 1
    log = procs[0].text()
    assert "INFO digest sent list=igc" in log and "INFO reminder sent list=igc" in log
    assert "INFO serve stopped" in log and "Traceback" not in log


def test_restart_runs_a_missed_run_once_within_grace_and_logs_it_otherwise(
        tmp_path: Path, smtp: SMTPServer, procs: list[Serve]) -> None:
    url = f"sqlite:///{tmp_path / 'var' / 'digestbot.db'}"
    # Once a day, a few seconds from now: the first process stops before it fires.
    fire = datetime.now(UTC) + timedelta(seconds=5)  # margin for a slow start
    daily = f"{fire.second} {fire.minute} {fire.hour} * * *"
    config = config_for(tmp_path, smtp, schedule=daily)
    first = Serve(config, tmp_path / "1.log")
    procs.append(first)
    wait_for(lambda: "list taken" in first.text())
    assert first.stop() == 0
    assert datetime.now(UTC) < fire, "the first process must stop before the run is due"
    ingest(url, ("igc", session("igc")))
    wait_for(lambda: datetime.now(UTC) > fire + timedelta(seconds=1))
    assert smtp.recorder.received == []

    second = Serve(config, tmp_path / "2.log")  # within the hour of grace: made once
    procs.append(second)
    wait_for(lambda: len(smtp.recorder.received) == 1)
    assert "INFO catching up job=digest list=igc run=" in second.text()
    assert "missed=0" in second.text()
    assert second.stop() == 0

    third = Serve(config, tmp_path / "3.log")  # nothing missed any more, nothing twice
    procs.append(third)
    wait_for(lambda: "list taken" in third.text())
    time.sleep(1)
    assert third.stop() == 0
    assert len(smtp.recorder.received) == 1


def test_a_run_missed_beyond_grace_is_logged_not_made(tmp_path: Path, smtp: SMTPServer,
                                                      procs: list[Serve]) -> None:
    url = f"sqlite:///{tmp_path / 'var' / 'digestbot.db'}"
    fire = datetime.now(UTC) + timedelta(seconds=5)  # margin for a slow start
    config = config_for(tmp_path, smtp, grace=0,
                        schedule=f"{fire.second} {fire.minute} {fire.hour} * * *")
    first = Serve(config, tmp_path / "1.log")
    procs.append(first)
    wait_for(lambda: "list taken" in first.text())
    assert first.stop() == 0
    assert datetime.now(UTC) < fire, "the first process must stop before the run is due"
    ingest(url, ("igc", session("igc")))
    wait_for(lambda: datetime.now(UTC) > fire + timedelta(seconds=1.2))
    second = Serve(config, tmp_path / "2.log")
    procs.append(second)
    wait_for(lambda: "job missed" in second.text())
    assert "WARNING job missed job=digest list=igc scheduled=" in second.text()
    assert second.stop() == 0
    assert smtp.recorder.received == []


@pytest.mark.postgres
def test_two_instances_share_lists_send_once_and_take_over(
        tmp_path: Path, smtp: SMTPServer, pg_url: str, procs: list[Serve]) -> None:
    names = ["alpha", "beta", "gamma", "delta"]
    lists = "".join(f'\n[lists.{n}]\ntitle = "{n}"\nmembers = ["{n}@example.org"]\n'
                    'digest_schedule = "*/1 * * * * *"\nreminder_schedule = ""\n'
                    for n in names)
    config = config_for(tmp_path, smtp, store=pg_url, lists=lists)
    ingest(pg_url, *((n, session(n)) for n in [*names, "igc"]))
    a = Serve(config, tmp_path / "a.log")
    b = Serve(config, tmp_path / "b.log")
    procs += [a, b]
    everyone = ["ana@example.org", *(f"{n}@example.org" for n in names)]
    wait_for(lambda: sorted(smtp.recorder.by_recipient()) == sorted(everyone))
    wait_for(lambda: a.lists() and b.lists() and len(a.lists() | b.lists()) == 5)
    assert not a.lists() & b.lists()
    time.sleep(1.5)
    assert all(len(v) == 1 for v in smtp.recorder.by_recipient().values())

    # Kill the one with more lists, without a chance to clean up; the other takes over.
    victim, survivor = (a, b) if len(a.lists()) >= len(b.lists()) else (b, a)
    orphaned = victim.lists()
    victim.stop(signal.SIGKILL)
    ingest(pg_url, *((n, session(n, 2)) for n in [*names, "igc"]))
    started = time.monotonic()
    wait_for(lambda: len(smtp.recorder.received) == 10, timeout=30)
    took = time.monotonic() - started
    assert orphaned <= survivor.lists()
    assert took < 60
    assert all(len(v) == 2 for v in smtp.recorder.by_recipient().values())
    assert survivor.stop() == 0


def test_sigterm_lets_the_send_in_flight_finish_and_logs_json(
        tmp_path: Path, smtp: SMTPServer, procs: list[Serve]) -> None:
    members = [f"m{i}@example.org" for i in range(6)]
    config = config_for(tmp_path, smtp)
    config.write_text(config.read_text().replace('members = ["ana@example.org"]',
                                                 f"members = {json.dumps(members)}"))
    ingest(f"sqlite:///{tmp_path / 'var' / 'digestbot.db'}", ("igc", session("igc")))
    smtp.recorder.data_delay = 0.3
    serve = Serve(config, tmp_path / "serve.log", env={
        "DIGESTBOT_SMTP__MAX_CONNECTIONS": "1", "DIGESTBOT_BOT__LOG_FORMAT": "json"})
    procs.append(serve)
    wait_for(lambda: len(smtp.recorder.received) >= 1)
    assert serve.stop(signal.SIGTERM) == 0
    assert sorted(smtp.recorder.by_recipient()) == members  # all of them, once each
    assert len(smtp.recorder.received) == 6
    events = [json.loads(line) for line in serve.text().splitlines()]
    by_name = {e["event"]: e for e in events}
    assert by_name["serve stopping"]["inflight"] == 1
    assert by_name["digest sent"]["sent"] == 6 and by_name["digest sent"]["pending"] == 0
    names = [e["event"] for e in events]
    assert names.index("serve stopping") < names.index("digest sent") < names.index(
        "serve stopped")


def test_a_killed_send_is_finished_on_restart_repeating_only_the_one_in_flight(
        tmp_path: Path, smtp: SMTPServer, procs: list[Serve]) -> None:
    import sqlalchemy as sa

    members = [f"m{i}@example.org" for i in range(6)]
    config = config_for(tmp_path, smtp)
    config.write_text(config.read_text().replace('members = ["ana@example.org"]',
                                                 f"members = {json.dumps(members)}"))
    url = f"sqlite:///{tmp_path / 'var' / 'digestbot.db'}"
    ingest(url, ("igc", session("igc")))
    smtp.recorder.data_delay = 0.3
    env = {"DIGESTBOT_SMTP__MAX_CONNECTIONS": "1"}
    first = Serve(config, tmp_path / "1.log", env=env)
    procs.append(first)
    wait_for(lambda: len(smtp.recorder.received) >= 2)
    first.stop(signal.SIGKILL)
    second = Serve(config, tmp_path / "2.log", env=env)  # takes over the dead one's claims
    procs.append(second)
    wait_for(lambda: set(smtp.recorder.by_recipient()) == set(members))
    time.sleep(1)  # the schedule fires again: nothing more
    assert second.stop() == 0
    counts = {r: len(v) for r, v in smtp.recorder.by_recipient().items()}
    assert sum(counts.values()) - len(members) <= 1, counts  # one connection, one in flight
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT recipient, status FROM deliveries")).all())
    engine.dispose()
    assert rows == {m: "sent" for m in members}


def test_notes_dropped_in_notes_dir_are_ingested_and_their_digest_sent(
        tmp_path: Path, smtp: SMTPServer, procs: list[Serve]) -> None:
    import shutil

    from tests.conftest import EXAMPLE_NOTES

    (tmp_path / "notes").mkdir()
    config = config_for(tmp_path, smtp, schedule="0 0 1 1 *")  # the watcher sends, not cron
    serve = Serve(config, tmp_path / "serve.log")
    procs.append(serve)
    wait_for(lambda: "list taken" in serve.text())
    shutil.copy(EXAMPLE_NOTES, tmp_path / "notes" / EXAMPLE_NOTES.name)
    wait_for(lambda: len(smtp.recorder.received) == 1)
    time.sleep(1.2)  # later scans: the same file is not ingested or sent again
    assert serve.stop() == 0
    assert len(smtp.recorder.received) == 1
    message = smtp.recorder.received[0].message
    assert message["To"] == "ana@example.org" and "14 March 2024" in message["Subject"]
    log = serve.text()
    assert log.count("INFO notes ingested") == 1 and "INFO digest sent list=igc" in log
