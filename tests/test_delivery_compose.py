"""The per-recipient fast path gives the same bytes as encoding each message whole."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from digestbot.compose import (
    RECIPIENT,
    UNSUBSCRIBE,
    Composed,
    LinkMaker,
    ListIdentity,
    _Prepared,
    _qp_part,
    fold_ascii_header,
)

IDENTITY = ListIdentity(name="igc", title="IGC", domain="igc.example",
                        from_="IGC Digest <digest@igc.example>",
                        from_address="digest@igc.example",
                        base_url="https://digest.igc.example", secret="s")
NOW = datetime(2024, 3, 18, 9, 0, tzinfo=UTC)

pieces = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
    st.sampled_from([RECIPIENT, UNSUBSCRIBE, "\n", "\r\n", " \n", "\t\n", ".", "=", "é" * 40,
                     "x" * 90]))


@settings(max_examples=150, deadline=None)
@example(["\r\r\n"], "ana@example.org", "")  # a bare CR before CRLF (found by hypothesis)
@given(st.lists(pieces, max_size=30),
       st.sampled_from(["ana@example.org", "o&neil@example.org", "jos\u00e9@example.org"]),
       st.text(max_size=80))
def test_prepared_lines_encode_like_the_whole_body(parts: list[str], recipient: str,
                                                   unsubscribe: str) -> None:
    body = "".join(parts)
    whole = body.replace(RECIPIENT, recipient).replace(UNSUBSCRIBE, unsubscribe)
    assert _Prepared.of("text/plain", body).fill(recipient, unsubscribe) == \
        _qp_part("text/plain", whole)


def test_personalised_message_decodes_to_the_members_own_text() -> None:
    text = f"Hello\n{'A long line of the digest. ' * 10}\nsent to {RECIPIENT}.\n" \
           f"Unsubscribe: {UNSUBSCRIBE}\n"
    html = f"<p>sent to {RECIPIENT}</p>\n<a href=\"{UNSUBSCRIBE}\">Unsubscribe</a>\n"
    composed = Composed(kind="digest", subject="[IGC] Digest", text=text, html=html,
                        message_id_base="digest.abc", identity=IDENTITY,
                        links=LinkMaker(IDENTITY, NOW.date()), date=NOW)
    raw = composed.personalise("o&neil@example.org")
    head, body_bytes = raw.split(b"\r\n\r\n", 1)
    assert all(len(line) <= 76 for line in body_bytes.split(b"\r\n"))  # RFC 2045 6.7
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    plain = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    link = composed.links.unsubscribe("o&neil@example.org")
    assert plain.replace("\r\n", "\n") == text.replace(RECIPIENT, "o&neil@example.org") \
        .replace(UNSUBSCRIBE, link)
    body = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "sent to o&amp;neil@example.org" in body and f'href="{link}"' in body
    assert msg["List-Unsubscribe"].startswith(f"<{link}>")


@given(st.lists(st.text(alphabet="abc[]:,.-IGC0123456789", min_size=1, max_size=30),
                min_size=1, max_size=12))
def test_an_ascii_subject_folds_at_spaces_and_parses_back_unchanged(words: list[str]) -> None:
    subject = " ".join(words)
    raw = fold_ascii_header("Subject", subject) + b"\r\nbody\r\n"
    assert all(len(line) <= 78 or b" " not in line.strip()
               for line in raw.split(b"\r\n"))
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Subject"] == subject


def test_the_digest_subject_keeps_no_leading_space() -> None:
    subject = "[IGC] Meeting information and agenda, 14 March 2024: summary and next steps"
    composed = Composed(kind="digest", subject=subject, text="t", html="<p>h</p>",
                        message_id_base="digest.abc", identity=IDENTITY,
                        links=LinkMaker(IDENTITY, NOW.date()), date=NOW)
    msg = email.message_from_bytes(composed.personalise("ana@example.org"),
                                   policy=email.policy.default)
    assert msg["Subject"] == subject
