"""Reading meeting notes: readers per format -> blocks -> extraction -> Session.

Public surface:
    parse_notes(path)            read a file (any supported format) into a Session
    parse_bytes(data, name=...)  the same for bytes already in memory
    session_to_markdown(session) canonical Markdown that parses back to the same JSON
"""

from __future__ import annotations

from pathlib import Path

from digestbot.model import Session

__all__ = ["parse_bytes", "parse_notes", "session_to_markdown"]


def parse_notes(path: Path) -> Session:
    """Read notes from `path`; raise NotesError naming the file when it cannot be read."""
    raise NotImplementedError


def parse_bytes(data: bytes, *, name: str = "") -> Session:
    """Extract a Session from the bytes of a notes file called `name`."""
    raise NotImplementedError


def session_to_markdown(session: Session) -> str:
    """Render a Session as canonical Markdown that parses back to the same JSON."""
    raise NotImplementedError
