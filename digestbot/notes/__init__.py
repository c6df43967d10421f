"""Reading meeting notes: readers per format -> blocks -> extraction -> Session.

Public surface:
    parse_notes(path)            read a file (any supported format) into a Session
    parse_bytes(data, name=...)  the same for bytes already in memory
    session_to_markdown(session) canonical Markdown that parses back to the same JSON
"""

from __future__ import annotations

import gc
import hashlib
from pathlib import Path

from digestbot.errors import NotesError
from digestbot.model import Session
from digestbot.notes.extract import extract_session
from digestbot.notes.markdown import read_canonical, session_to_markdown
from digestbot.notes.readers import read_document

__all__ = ["parse_bytes", "parse_notes", "session_to_markdown"]


def parse_notes(path: Path) -> Session:
    """Read notes from `path`; raise NotesError naming the file when it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise NotesError(f"{path}: cannot read notes ({reason})", path=path) from exc
    return parse_bytes(data, name=str(path))


def parse_bytes(data: bytes, *, name: str = "") -> Session:
    """Extract a Session from the bytes of a notes file called `name`."""
    label = name or "<notes>"
    fingerprint = hashlib.sha256(data).hexdigest()
    # A parse makes hundreds of thousands of short-lived objects and no reference cycles:
    # the cyclic collector's passes over them are a tenth of the time, for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        doc = read_document(data, name)
        if doc.kind == "canonical":
            session = read_canonical(doc.text, source=name)
        else:
            session = extract_session(doc, source=name)
    except NotesError:
        raise
    except Exception as exc:
        # Whatever the input, the CLI promises a one-line message naming the file, never a
        # traceback; the cause stays attached for debugging.
        reason = " ".join(str(exc).split())[:200]
        raise NotesError(f"{label}: cannot extract notes ({type(exc).__name__}: {reason})",
                         path=label) from exc
    finally:
        if collecting:
            gc.enable()
    return Session(**{**session.__dict__, "fingerprint": fingerprint})
