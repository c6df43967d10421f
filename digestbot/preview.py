"""Render what would be sent, without sending or recording anything."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from pathlib import Path

from digestbot.errors import ConfigError
from digestbot.jobs import App, compose_digest, digest_for
from digestbot.notes import parse_notes


@dataclass(frozen=True)
class Rendered:
    text: str
    html: str
    eml: bytes


def render_preview(app: App, list_name: str, *, kind: str = "digest", notes: Path | None = None,
                   recipient: str | None = None) -> Rendered:
    """The message a member would get for `notes` (or the latest stored session)."""
    if kind != "digest":
        from digestbot.reminders import preview_reminder

        return preview_reminder(app, list_name, recipient=recipient)
    if notes is not None:
        session, session_id = parse_notes(notes), None
    else:
        ids = app.store.session_ids(list_name)
        if not ids:
            raise ConfigError(f"list {list_name!r} has no stored meeting; give --notes FILE",
                              key="--notes")
        session_id = ids[-1]
        session = app.store.get_session(session_id)
    digest = digest_for(app, list_name, session, session_id)
    composed = compose_digest(app, digest, f"preview:{list_name}:{session.fingerprint}")
    who = recipient or (app.settings.lists[list_name].members or [app.settings.bot.from_address])[0]
    raw = composed.personalise(who)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    return Rendered(text=text, html=html, eml=raw)
