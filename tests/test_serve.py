"""The service in-process: the notes watcher and a schedule that fires within seconds."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from digestbot.config import load_settings
from digestbot.jobs import App
from digestbot.model import FollowUp, Section, Session
from digestbot.service import Service, Watcher
from digestbot.store import open_store
from tests.conftest import write_config
from tests.smtpd import SMTPServer

MEMBERS = ["ana@example.org", "amara@example.org"]


def read_json_notes(path: Path) -> Session:
    """Stands in for the notes reader: the extraction JSON of a meeting."""
    data = path.read_bytes()
    return Session.from_json(json.loads(data), source=str(path),
                             fingerprint=hashlib.sha256(data).hexdigest())


def notes_json(title: str, day: date) -> str:
    session = Session(title=title, date=day, sections=(Section("Context", summary="We met."),),
                      follow_ups=(FollowUp("Send the report around", ("Amara",)),))
    return json.dumps(session.to_json())


@pytest.fixture
def app(tmp_path: Path, smtp: SMTPServer) -> Iterator[App]:
    (tmp_path / "notes" / "igc").mkdir(parents=True)
    config = write_config(tmp_path, smtp_port=smtp.port, members=MEMBERS, extra="""
[scheduler]
watch_interval_seconds = 0.1
lock_timeout_seconds = 5
""")
    settings = load_settings(config)
    settings.lists["igc"].digest_schedule = "0 0 1 1 *"
    settings.lists["igc"].reminder_schedule = "*/1 * * * * *"
    store = open_store(settings.bot.store)
    yield App(settings, store, lambda: datetime.now(UTC))
    store.close()


async def wait_for(predicate: object, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():  # type: ignore[operator]
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)


async def test_watcher_ingests_new_notes_and_schedule_sends_reminders(
        app: App, smtp: SMTPServer, tmp_path: Path) -> None:
    service = Service(app, parse=read_json_notes)
    task = asyncio.create_task(service.run_forever())
    notes = tmp_path / "notes" / "igc" / "2026-11-02.json"
    notes.write_text(notes_json("IGC call", date(2026, 11, 2)))
    (tmp_path / "notes" / "broken.json").write_text("{not json")
    got = smtp.recorder.by_recipient
    # The digest to both members, then (the meeting being weeks ago) Amara's reminder.
    await wait_for(lambda: len(got().get("amara@example.org", [])) == 2)
    subjects = sorted(r.message["Subject"] for r in got()["amara@example.org"])
    assert subjects == ["[IGC] IGC call, 2 November 2026: summary and next steps",
                        "[IGC] Reminder: 1 open follow-up"]
    assert len(got()["ana@example.org"]) == 1
    await asyncio.sleep(1.2)  # the reminder job fires again: nothing more today
    assert len(smtp.recorder.received) == 3
    service.stop.set()
    await asyncio.wait_for(task, 10)
    assert app.store.history()[0]["kind"] == "reminder"


def test_watcher_waits_until_a_file_stops_changing(tmp_path: Path) -> None:
    (tmp_path / "igc").mkdir()
    watcher = Watcher(tmp_path, ["igc", "other"], "igc")
    a = tmp_path / "igc" / "a.txt"
    a.write_text("half")
    assert watcher.scan() == []
    a.write_text("half written")
    assert watcher.scan() == []
    assert watcher.scan() == [a]
    watcher.mark_seen(a)
    b = tmp_path / "b.txt"
    b.write_text("x")
    assert watcher.scan() == []
    assert watcher.scan() == [b]
    watcher.mark_seen(b)
    assert watcher.scan() == []
    a.write_text("changed later")
    assert watcher.scan() == []
    assert watcher.scan() == [a]
    assert (watcher.list_of(a), watcher.list_of(b)) == ("igc", "igc")
    assert watcher.list_of(tmp_path / "other" / "c.txt") == "other"


async def test_serve_runs_the_web_endpoint_when_base_url_is_set(app: App) -> None:
    import httpx
    from pydantic import SecretStr

    app.settings.bot.base_url = "https://digest.igc.example"
    app.settings.bot.secret = SecretStr("s3cret")
    app.settings.web.port = 0
    service = Service(app)
    task = asyncio.create_task(service.run_forever())
    await wait_for(lambda: service.web_address is not None)
    host, port = service.web_address  # type: ignore[misc]
    async with httpx.AsyncClient() as client:
        page = await client.get(f"http://{host}:{port}/archive/igc")
    assert page.status_code == 200
    service.stop.set()
    await asyncio.wait_for(task, 10)
