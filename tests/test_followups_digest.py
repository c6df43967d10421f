"""The "Outstanding follow-ups" part of a digest: earlier open items, overdue first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from digestbot.config import load_settings
from digestbot.jobs import App, compose_digest, digest_for
from digestbot.model import FollowUp, Section, Session
from digestbot.store import open_store
from tests.conftest import write_config

FIRST = Session(
    title="IGC call", date=date(2026, 11, 2), sections=(Section("A", summary="x"),),
    follow_ups=(
        FollowUp("Send a report and summary of the session around", ("Sheetal",)),
        FollowUp("Book a room for the December call", ("Chen",), due=date(2026, 11, 10)),
        FollowUp("Collect comments on the charter", ("Ana",), due=date(2026, 11, 20)),
        FollowUp("Ask the secretariat about remote participation"),
    ), fingerprint="one")
SECOND = Session(
    title="IGC call", date=date(2026, 11, 16), sections=(Section("B", summary="y"),),
    follow_ups=(
        FollowUp("Report of the pre-event circulated", ("Sheetal",), status="done"),
        FollowUp("Ask the secretariat about remote participation", ("Bruna",)),
        FollowUp("Draft the 2027 work plan", ("Bruna",)),
    ), fingerprint="two")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    settings = load_settings(write_config(tmp_path))
    store = open_store(settings.bot.store)
    yield App(settings, store, lambda: datetime(2026, 11, 16, 18, tzinfo=UTC))
    store.close()


def test_outstanding_lists_earlier_open_items_overdue_first(app: App) -> None:
    app.store.ingest("igc", FIRST, now=datetime(2026, 11, 2, 18, tzinfo=UTC))
    sid = app.store.ingest("igc", SECOND, now=app.clock()).session_id
    digest = digest_for(app, "igc", SECOND, sid)
    # The report is done now; remote participation is in this meeting's own Next steps.
    assert [(o.follow_up.task.split()[0], o.overdue, o.due_soon, o.days_open)
            for o in digest.outstanding] == [("Book", True, False, 14),
                                             ("Collect", False, True, 14)]
    text = compose_digest(app, digest, "k").text
    part = text.split("Outstanding follow-ups", 1)[1].split("Summary", 1)[0]
    lines = [line for line in part.splitlines() if line.startswith("- ")]
    assert lines[0].startswith("- OVERDUE Book a room for the December call (Chen), "
                               "due 10 November 2026, open 14 days [")
    assert lines[1].startswith("- DUE SOON Collect comments on the charter (Ana)")
    html = compose_digest(app, digest, "k").html
    assert html.index("Outstanding follow-ups") < html.index("Book a room")
    assert 'class="overdue"' in html


def test_a_first_digest_has_no_outstanding_section(app: App) -> None:
    sid = app.store.ingest("igc", FIRST, now=app.clock()).session_id
    digest = digest_for(app, "igc", FIRST, sid)
    assert digest.outstanding == ()
    assert "Outstanding follow-ups" not in compose_digest(app, digest, "k").text
