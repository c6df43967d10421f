"""Rendering: subject, parts, escaping, headers, per-recipient personalisation, overrides."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from digestbot.compose import ListIdentity, Templates, compose
from digestbot.config import ListSettings
from digestbot.digest import build_digest, digest_subject
from digestbot.errors import TemplateError
from digestbot.model import FollowUp, Link, Section, Session

NOW = datetime(2024, 3, 15, 9, 0, tzinfo=UTC)
LIST = ListSettings(title="Internet Governance Caucus", members=["ana@example.org"])
IDENTITY = ListIdentity(name="igc", title="Internet Governance Caucus", domain="igc.example",
                        from_="IGC Digest <digest@igc.example>", from_address="digest@igc.example")


def sample(**changes: object) -> Session:
    base = dict(
        event_name="IGC pre-event", date=date(2020, 11, 3), attendance="c. 40 people",
        agenda=("Introductions", "Challenges <b>bold</b>"),
        sections=(Section("Summary of discussions"),
                  Section("Challenges", 2, "Power imbalances " * 40, ("openness", "a & b"))),
        follow_ups=(FollowUp("Send a report around", ("Sheetal", "Bruna")),
                    FollowUp("Joint position paper", status="forthcoming")),
        recommendations=("Hold a roundtable",),
        links=(Link("https://example.org/p?a=1&b=2", "Paper by S. H."),),
        fingerprint="fp")
    base.update(changes)
    return Session(**base)  # type: ignore[arg-type]


def render(session: Session, templates: Templates | None = None) -> email.message.EmailMessage:
    return email.message_from_bytes(render_bytes(session, templates),
                                    policy=email.policy.default)  # type: ignore[return-value]


def render_bytes(session: Session, templates: Templates | None = None) -> bytes:
    digest = build_digest("igc", LIST, session, [], today=date(2024, 3, 15))
    composed = compose(templates or Templates(), kind="digest", template="digest",
                       context={"digest": digest, "session": session, "outstanding": (),
                                "list_title": LIST.title, "title": "IGC pre-event"},
                       subject=digest.subject, identity=IDENTITY, message_id_base="digest.x",
                       now=NOW)
    return composed.personalise("ana@example.org")


def test_subject_names_the_meeting_and_date() -> None:
    assert digest_subject("igc", LIST, sample()) == \
        "[IGC] IGC pre-event, 3 November 2020: summary and next steps"
    assert digest_subject("igc", LIST, sample(event_name=None, follow_ups=())) == \
        "[IGC] Internet Governance Caucus meeting, 3 November 2020: summary"
    # a title that is only one of the notes' headings is not the meeting's name
    heading_title = sample(title="Meeting information and agenda",
                           sections=(Section("Meeting information and agenda"),))
    assert digest_subject("igc", LIST, heading_title).startswith("[IGC] IGC pre-event, 3 Nov")
    not_a_section = sample(title="Meeting information and agenda")
    assert digest_subject("igc", LIST, not_a_section).startswith("[IGC] IGC pre-event, ")
    no_name = sample(title="Summary of discussions", event_name=None,
                     sections=(Section("Summary of discussions"),))
    assert digest_subject("igc", LIST, no_name).startswith(
        "[IGC] Internet Governance Caucus meeting, 3 November 2020")
    own_title = sample(title="PyUG organisers sync", event_name=None,
                       sections=(Section("PyUG organisers sync"),))
    assert digest_subject("igc", LIST, own_title).startswith("[IGC] PyUG organisers sync, ")
    evil = sample(title="Call\r\nBcc: victim@example.org")
    assert "\n" not in digest_subject("igc", LIST, evil)


def test_message_parts_and_headers() -> None:
    msg = render(sample())
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert msg["To"] == "ana@example.org"
    assert msg["List-Id"] == "Internet Governance Caucus <igc.igc.example>"
    assert msg["Message-ID"].endswith("@igc.example>")
    assert msg["Precedence"] == "list"
    assert msg["Date"]
    assert not msg.defects


def test_content_in_order_and_escaped() -> None:
    msg = render(sample())
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    order = ["IGC pre-event", "Agenda", "Next steps", "Summary", "Recommendations", "Links"]
    positions = [text.index(word) for word in order]
    assert positions == sorted(positions)
    assert "Sheetal, Bruna" in text and "[forthcoming] Joint position paper" in text
    assert "Challenges &lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html
    assert 'href="https://example.org/p?a=1&amp;b=2"' in html
    assert "a &amp; b" in html
    assert "unsubscribe" in text.lower() and "ana@example.org" in text
    assert "style=" in html  # css inlined
    assert "prefers-color-scheme: dark" in html  # dark mode kept as an at-rule


def test_recommendations_are_shown_once() -> None:
    session = sample(sections=(Section("Recommendations", 1, "", ("Hold a roundtable",)),
                               Section("Challenges", 2, "Text.", ("Hold a roundtable",))))
    text = render(session).get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text.count("Hold a roundtable") == 2  # the Challenges key point and the list
    assert "\nRecommendations\n---" in text

def test_long_lines_are_encoded_within_limits() -> None:
    raw = render_bytes(sample())
    assert b"\n" not in raw.replace(b"\r\n", b"")  # no bare LF
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998


def test_personal_parts_differ_per_recipient_only() -> None:
    session = sample()
    digest = build_digest("igc", LIST, session, [], today=date(2024, 3, 15))
    composed = compose(Templates(), kind="digest", template="digest",
                       context={"digest": digest, "session": session, "outstanding": (),
                                "list_title": LIST.title, "title": "t"},
                       subject=digest.subject, identity=IDENTITY, message_id_base="digest.x",
                       now=NOW)
    a = email.message_from_bytes(composed.personalise("a@example.org"), policy=email.policy.default)
    b = email.message_from_bytes(composed.personalise("b@example.org"), policy=email.policy.default)
    assert a["To"] == "a@example.org" and b["To"] == "b@example.org"
    assert a["Message-ID"] != b["Message-ID"]
    assert composed.personalise("a@example.org") == composed.personalise("a@example.org")
    assert "b@example.org" not in a.as_string()


def test_user_templates_override_shipped_ones(tmp_path: Path) -> None:
    (tmp_path / "digest.txt.j2").write_text("Custom digest for {{ recipient }}\n"
                                            "Unsubscribe: {{ unsubscribe_url }}\n")
    msg = render(sample(), Templates(tmp_path))
    assert msg.get_body(("plain",)).get_content().startswith("Custom digest for ana@example.org")
    assert "Agenda" in msg.get_body(("html",)).get_content()  # the shipped HTML still used


def test_broken_user_template_is_a_template_error(tmp_path: Path) -> None:
    (tmp_path / "digest.txt.j2").write_text("{{ session.nope }}\n")
    with pytest.raises(TemplateError, match=r"digest\.txt\.j2"):
        render(sample(), Templates(tmp_path))


def test_plain_text_wrapping_never_breaks_a_url() -> None:
    # A URL cut at a hyphen or in the middle is no longer a link a mail client can open.
    url = "https://unctad.org/topic/commission-on-science-and-technology-for-development/WSIS-20-review"
    long = "https://example.org/" + "x" * 90
    session = sample(sections=(Section("Timeline", 2, f"The official timeline is at {url} and "
                                                      f"the archive at {long} for members.",
                                       (f"Milestones are listed at {url}",)),),
                     recommendations=(f"Read the review's page at {url} before the call",))
    text = render(session).get_body(("plain",)).get_content()
    assert text.count(url) == 3 and long in text
