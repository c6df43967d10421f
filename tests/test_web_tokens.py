"""The signed link tokens: bound to action, list and subject; opaque; tamper- and age-checked."""

from __future__ import annotations

import base64
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digestbot.tokens import (
    ExpiredTokenError,
    TokenError,
    make_token,
    read_token,
)

SECRET = "correct horse battery staple"
TODAY = date(2024, 3, 15)


def token(action: str = "unsubscribe", subject: str = "ana@example.org", *,
          list_name: str = "igc", today: date = TODAY, secret: str = SECRET) -> str:
    return make_token(secret, action=action, list_name=list_name, subject=subject, today=today)


def test_round_trip_gives_back_the_claim() -> None:
    claim = read_token(SECRET, token(), action="unsubscribe", today=TODAY, max_age_days=90)
    assert (claim.action, claim.list_name, claim.subject, claim.issued) == (
        "unsubscribe", "igc", "ana@example.org", TODAY)


def test_token_is_url_safe_and_shows_nothing_of_the_claim() -> None:
    tok = token(subject="ana@example.org")
    assert tok.replace("-", "").replace("_", "").isalnum()
    decoded = base64.urlsafe_b64decode(tok + "=" * (-len(tok) % 4))
    for secret_part in (b"ana", b"example", b"unsubscribe", b"igc"):
        assert secret_part not in decoded


def test_same_claim_same_token_other_subject_other_token() -> None:
    assert token() == token()
    assert token(subject="bruna@example.org") != token()


@pytest.mark.parametrize("position", [0, 5, 15, 16, 20, -1])
def test_any_changed_character_is_rejected(position: int) -> None:
    tok = token()
    i = position % len(tok)
    changed = tok[:i] + ("A" if tok[i] != "A" else "B") + tok[i + 1:]
    with pytest.raises(TokenError):
        read_token(SECRET, changed, action="unsubscribe", today=TODAY, max_age_days=90)


@pytest.mark.parametrize("bad", ["", "x", "abc.def", "a" * 700, "ab cd", "%2e%2e", "AAAA"])
def test_malformed_tokens_are_rejected(bad: str) -> None:
    with pytest.raises(TokenError):
        read_token(SECRET, bad, action="unsubscribe", today=TODAY, max_age_days=90)


def test_token_for_another_action_or_secret_is_rejected() -> None:
    with pytest.raises(TokenError, match="another action"):
        read_token(SECRET, token("done", "abc1234"), action="unsubscribe", today=TODAY,
                   max_age_days=90)
    with pytest.raises(TokenError, match="invalid"):
        read_token("another secret", token(), action="unsubscribe", today=TODAY,
                   max_age_days=90)


def test_expiry_and_future_tokens() -> None:
    old = token(today=TODAY - timedelta(days=91))
    with pytest.raises(ExpiredTokenError):
        read_token(SECRET, old, action="unsubscribe", today=TODAY, max_age_days=90)
    assert read_token(SECRET, token(today=TODAY - timedelta(days=90)), action="unsubscribe",
                      today=TODAY, max_age_days=90)
    assert read_token(SECRET, token(today=TODAY + timedelta(days=1)), action="unsubscribe",
                      today=TODAY, max_age_days=90)
    with pytest.raises(TokenError, match="future"):
        read_token(SECRET, token(today=TODAY + timedelta(days=2)), action="unsubscribe",
                   today=TODAY, max_age_days=90)


def test_no_secret_and_no_line_breaks() -> None:
    with pytest.raises(ValueError, match="secret"):
        token(secret="")
    with pytest.raises(ValueError, match="one non-empty line"):
        token(subject="ana@example.org\nbruna@example.org")


@given(subject=st.text(min_size=1, max_size=80).filter(lambda s: "\n" not in s),
       flip=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
@settings(max_examples=60, deadline=None)
def test_any_subject_round_trips_and_any_flipped_bit_is_caught(subject: str, flip: int,
                                                               bit: int) -> None:
    tok = token(subject=subject)
    assert read_token(SECRET, tok, action="unsubscribe", today=TODAY,
                      max_age_days=90).subject == subject
    raw = bytearray(base64.urlsafe_b64decode(tok + "=" * (-len(tok) % 4)))
    raw[flip % len(raw)] ^= 1 << bit
    changed = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    with pytest.raises(TokenError):
        read_token(SECRET, changed, action="unsubscribe", today=TODAY, max_age_days=90)
