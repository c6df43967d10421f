"""Meetings built directly (no notes parser needed) and an App over a config file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from digestbot.config import load_settings
from digestbot.jobs import App
from digestbot.model import FollowUp, Link, Section, Session
from digestbot.store import open_store

NOW = datetime(2024, 3, 18, 9, 0, tzinfo=UTC)


def sample_session(sections: int = 4, tag: str = "wsis") -> Session:
    """A meeting like the IGC's: sections with key points, follow-ups, links."""
    return Session(
        title=f"IGC call: WSIS+20 review ({tag})",
        date=date(2024, 3, 14),
        attendance="c. 40 people",
        agenda=tuple(f"Agenda item {i}" for i in range(1, sections + 1)),
        sections=tuple(
            Section(f"Topic {i}: what are the main challenges?", 2,
                    "Participants discussed the review process, the role of civil society "
                    "and how to keep the multistakeholder model open to newcomers. " * 3,
                    tuple(f"Key point {i}.{k}: funding, access, language and time zones "
                          "make participation hard for many members." for k in range(6)))
            for i in range(1, sections + 1)),
        follow_ups=(
            FollowUp("Send a report and summary of the session around", ("Sheetal", "Bruna")),
            FollowUp("Draft the joint statement for the consultation", ("Amara",),
                     due=date(2024, 3, 28)),
        ),
        recommendations=("Publish the notes in the wiki within a week.",),
        links=(Link("https://www.tandfonline.com/doi/full/10.1080/24701475.2020.1769892",
                    "Internet Histories article"),),
        source=f"built in tests ({tag})",
        fingerprint=f"test-session-{tag}",
    )


def open_app(config: Path, *, now: datetime = NOW) -> App:
    """The App a command would open, with a fixed clock."""
    settings = load_settings(config)
    return App(settings, open_store(settings.bot.store), lambda: now)


def store_session(config: Path, session: Session | None = None) -> int:
    """Ingest a meeting into the config's store, as `digestbot ingest` would."""
    app = open_app(config)
    try:
        return app.store.ingest("igc", session or sample_session(), now=NOW).session_id
    finally:
        app.store.close()


def tune(config: Path, *, smtp: str = "", list_: str = "") -> Path:
    """Add lines to the [smtp] and [lists.igc] tables of a `write_config` file."""
    text = config.read_text()
    if smtp:
        text = text.replace("timeout = 5\n", f"timeout = 5\n{smtp.strip()}\n", 1)
    if list_:
        text = text.replace("[lists.igc]\n", f"[lists.igc]\n{list_.strip()}\n", 1)
    config.write_text(text)
    return config
