"""What large mailbox providers check on list mail, on the messages digestbot really
writes: the list headers (RFC 2919, 2369, 8058, 3834), Date and Message-ID, a visible
unsubscribe link, Gmail's clipping limit, and no header or markup from the notes."""

from __future__ import annotations

import email
import email.policy
import importlib.util
import mailbox
import re
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

from digestbot.compose import HTML_LIMIT, ListIdentity, Templates, compose
from digestbot.config import ListSettings
from digestbot.digest import build_digest
from digestbot.jobs import App, compose_digest, digest_for, send_session_digest
from digestbot.model import FollowUp, Link, Section, Session
from tests.mailsamples import BASE_URL, open_app, sample_session, web_config

LIST_ADDRESS = "igc@lists.igc.example"


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def body(msg: EmailMessage, kind: str) -> str:
    part = msg.get_body((kind,))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


def sent_messages(folder: Path, session: Session, *, list_extra: str = "",
                  address: str = "") -> dict[str, bytes]:
    """Send `session`'s digest into the Maildir outbox and return the messages by To."""
    app = open_app(web_config(folder, list_extra=list_extra, address=address))
    try:
        sid = app.store.ingest("igc", session, now=app.clock()).session_id
        assert send_session_digest(app, "igc", session, sid).failed == 0
        archived = app.store.archived_digests("igc")[0]
        assert app.store.digest_html(archived.id)  # the archive has the digest
    finally:
        app.store.close()
    box = mailbox.Maildir(folder / "var" / "outbox", create=False)
    return {str(parse(box.get_bytes(k))["To"]): box.get_bytes(k) for k in box.iterkeys()}


def reminder_message(app: App, owner_address: str) -> bytes:
    """A reminder as digestbot sends it (the reminders module when it is there)."""
    session = sample_session()  # its follow-up is Amara's, open and due
    app.store.ingest("igc", session, now=app.clock())
    if importlib.util.find_spec("digestbot.reminders") is not None:
        from digestbot.reminders import preview_reminder

        return preview_reminder(app, "igc", recipient=owner_address).eml
    digest = digest_for(app, "igc", session, None)
    composed = compose(
        app.templates, kind="reminder", template="digest",
        context={"digest": digest, "session": session, "outstanding": digest.outstanding,
                 "list_title": digest.list_title, "title": "Your open follow-ups"},
        subject="[IGC] Reminder: 1 open follow-up", identity=app.identity("igc"),
        message_id_base="reminder.sample", now=app.clock(),
        extra_headers={"Auto-Submitted": "auto-generated"})
    return composed.personalise(owner_address)


def test_personalised_digest_carries_every_list_header(tmp_path: Path) -> None:
    raw = sent_messages(tmp_path, sample_session())["ana@example.org"]
    msg = parse(raw)
    assert msg["List-Id"] == "Internet Governance Caucus <igc.igc.example>"
    unsubscribe = str(msg["List-Unsubscribe"])
    assert unsubscribe.startswith(f"<{BASE_URL}/unsubscribe/")
    assert unsubscribe.endswith(", <mailto:digest@igc.example?subject=unsubscribe%20igc>")
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["List-Archive"] == f"<{BASE_URL}/archive/igc>"
    assert msg["List-Post"] == "NO"
    assert msg["List-Help"] == "<mailto:digest@igc.example?subject=help>"
    assert msg["Precedence"] == "list"
    assert msg["Date"].datetime == datetime(2024, 3, 18, 9, 0, tzinfo=UTC)
    assert str(msg["Message-ID"]).endswith("@igc.example>")
    assert "Auto-Submitted" not in msg
    https = unsubscribe[1:].split(">", 1)[0]
    assert f'href="{https}"' in body(msg, "html") and https in body(msg, "plain")


def test_list_address_and_bulk_copies_offer_mailto_only(tmp_path: Path) -> None:
    messages = sent_messages(tmp_path, sample_session(), address=LIST_ADDRESS,
                             list_extra='mode = "bulk"')
    assert set(messages) == {LIST_ADDRESS}  # bulk: one shared message, to the list address
    msg = parse(messages[LIST_ADDRESS])
    assert str(msg["List-Unsubscribe"]) == "<mailto:digest@igc.example?subject=unsubscribe%20igc>"
    assert "List-Unsubscribe-Post" not in msg
    assert msg["List-Post"] == f"<mailto:{LIST_ADDRESS}>"
    assert "mailto:digest@igc.example?subject=unsubscribe%20igc" in body(msg, "html")
    assert "sent to this list" in body(msg, "plain")


def test_reminder_says_auto_generated(tmp_path: Path) -> None:
    app = open_app(web_config(tmp_path))
    try:
        msg = parse(reminder_message(app, "amara@example.org"))
    finally:
        app.store.close()
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_long_digest_is_shortened_under_gmails_limit_with_a_link_to_the_full_one(
        tmp_path: Path) -> None:
    long_summary = "The caucus discussed the review in depth. " * 120
    session = sample_session(title="Long meeting", summary=long_summary, sections=30)
    app = open_app(web_config(tmp_path))
    try:
        composed = compose_digest(app, digest_for(app, "igc", session, None), "long-key")
    finally:
        app.store.close()
    assert len(composed.full_html.encode()) > HTML_LIMIT
    assert len(composed.html.encode()) <= HTML_LIMIT
    html = body(parse(composed.personalise("ana@example.org")), "html")
    assert len(html.encode()) <= HTML_LIMIT
    key = composed.message_id_base
    assert re.search(rf'<a href="{BASE_URL}/archive/igc/{key}"[^>]*>Read the full digest</a>',
                     html)
    assert "Topic 30" in composed.full_html and "Topic 30" not in html
    # what the archive keeps is the whole digest
    app = open_app(web_config(tmp_path))
    try:
        sid = app.store.ingest("igc", session, now=app.clock()).session_id
        send_session_digest(app, "igc", session, sid)
        archived = app.store.archived_digests("igc")[0]
        assert "Topic 30" in app.store.digest_html(archived.id)
    finally:
        app.store.close()


def test_notes_cannot_inject_headers(tmp_path: Path) -> None:
    evil = "IGC call\r\nBcc: victim@example.org\nX-Evil: 1"
    messages = sent_messages(tmp_path, sample_session(title=evil, owner="Eve\r\nBcc: x@y.z"))
    raw = messages["ana@example.org"]
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc:" not in head and b"\nX-Evil:" not in head
    msg = parse(raw)
    assert "Bcc" not in msg and "X-Evil" not in msg
    assert "IGC call Bcc: victim@example.org X-Evil: 1" in str(msg["Subject"])
    # a list title from the config is one line too, and a header from a caller as well
    identity = ListIdentity(name="igc", title="IGC\r\nBcc: a@b.c", domain="igc.example",
                            from_="IGC <digest@igc.example>", from_address="digest@igc.example")
    session = sample_session()
    digest = build_digest("igc", ListSettings(title="IGC"), session, [], today=date(2024, 3, 18))
    composed = compose(Templates(None), kind="reminder", template="digest",
                       context={"digest": digest, "session": session, "outstanding": (),
                                "list_title": "IGC", "title": "t"},
                       subject="Reminder for Eve\nBcc: x@y.z", identity=identity,
                       message_id_base="r.1", now=datetime(2024, 3, 18, tzinfo=UTC),
                       extra_headers={"Auto-Submitted": "auto-generated\r\nBcc: q@r.s"})
    msg = parse(composed.personalise("eve@example.org"))
    assert "Bcc" not in msg
    assert msg["List-Id"] == '"IGC Bcc: a@b.c" <igc.igc.example>'


def test_html_in_notes_is_shown_as_text(tmp_path: Path) -> None:
    session = Session(
        title="<b>Bold</b> meeting", date=date(2024, 3, 14),
        sections=(Section("<script>alert(1)</script>", 2, 'Say <img src=x onerror="alert(2)">',
                          ("<a href='https://evil.example'>click</a>",)),),
        follow_ups=(FollowUp("Fix <iframe src=//evil.example>", ("<i>Ana</i>",)),),
        links=(Link("javascript:alert(3)", "harmless?"),
               Link("https://ok.example/", "<em>ok</em>")),
        source="evil.txt", fingerprint="evil")
    html = body(parse(sent_messages(tmp_path, session)["ana@example.org"]), "html")
    for raw_markup in ("<script", "<img", "<iframe", "<a href='https://evil", "<i>Ana", "<em>",
                       "<b>Bold", "javascript:"):
        assert raw_markup not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;i&gt;Ana&lt;/i&gt;" in html
    assert "harmless?" in html  # the label stays, without a link
    assert '<a href="https://ok.example/"' in html
