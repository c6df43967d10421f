"""Notes written in a test, parsed: the session, or its follow-ups as plain tuples."""

from __future__ import annotations

from datetime import date

from digestbot.model import Session
from digestbot.notes import parse_bytes

Item = tuple[tuple[str, ...], str, date | None, str]  # owners, task, due, status


def parsed(notes: str, name: str = "notes.md") -> Session:
    """The session `parse` reads from `notes`, as if from a file called `name`."""
    return parse_bytes(notes.encode(), name=name)


def follow_ups(notes: str, name: str = "notes.md") -> list[Item]:
    """The follow-ups `parse` reads from `notes`: (owners, task, due, status) each."""
    return [(f.owners, f.task, f.due, f.status) for f in parsed(notes, name).follow_ups]
