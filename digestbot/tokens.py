"""Signed, opaque tokens for the links in mail (unsubscribe, mark done, snooze).

A token binds an action to a list and a subject (a member address or a follow-up id)
and carries its issue day, so that old ones expire. It is sealed with HMAC-SHA256 keys
derived from the configured secret, in the SIV manner: the tag is an HMAC of the claim,
and the claim is enciphered with an HMAC keystream seeded by that tag. So the token
shows nothing (no member address in a URL, a log or a forwarded mail), any change to
it is detected, and the tag is compared in constant time. Pure: the caller passes `today`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date, timedelta

EPOCH = date(2020, 1, 1)
TAG_BYTES = 16
# Far longer than any token made here (an address is at most 320 octets); a cheap
# bound on the work a request can ask for.
MAX_TOKEN_CHARS = 640
_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]+")
# A token issued "tomorrow" is accepted: the issuing and the checking host may sit
# in different time zones.
CLOCK_SKEW_DAYS = 1


class TokenError(ValueError):
    """The token is malformed, tampered with, or expired."""


class ExpiredTokenError(TokenError):
    """The token was genuine but is older than the allowed age."""


@dataclass(frozen=True)
class Claim:
    """What a valid token says: do `action` for `subject` on list `list_name`."""

    action: str
    list_name: str
    subject: str
    issued: date


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _keys(secret: str) -> tuple[bytes, bytes]:
    """Separate keys for the tag and the keystream, so neither use weakens the other."""
    if not secret:
        raise ValueError("a secret is needed to sign tokens")
    root = secret.encode("utf-8")
    return (hmac.new(root, b"digestbot token tag v1", hashlib.sha256).digest(),
            hmac.new(root, b"digestbot token stream v1", hashlib.sha256).digest())


def _keystream(key: bytes, tag: bytes, length: int) -> bytes:
    blocks = (hmac.new(key, tag + i.to_bytes(4, "big"), hashlib.sha256).digest()
              for i in range(-(-length // 32)))
    return b"".join(blocks)[:length]


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def make_token(secret: str, *, action: str, list_name: str, subject: str, today: date) -> str:
    """A URL-safe, opaque token for `action` on `subject` in `list_name`."""
    for name, value in (("action", action), ("list_name", list_name), ("subject", subject)):
        if not value or "\n" in value:
            raise ValueError(f"token {name} must be one non-empty line: {value!r}")
    tag_key, stream_key = _keys(secret)
    days = (today - EPOCH).days
    claim = "\n".join((action, list_name, subject, str(days))).encode("utf-8")
    tag = hmac.new(tag_key, claim, hashlib.sha256).digest()[:TAG_BYTES]
    return _b64(tag + _xor(claim, _keystream(stream_key, tag, len(claim))))


def read_token(secret: str, token: str, *, action: str, today: date, max_age_days: int) -> Claim:
    """The claim inside a valid token for `action`, or TokenError (ExpiredTokenError)."""
    if len(token) > MAX_TOKEN_CHARS or not _TOKEN_RE.fullmatch(token):
        raise TokenError("malformed token")
    try:
        raw = _unb64(token)
    except ValueError as exc:
        raise TokenError("malformed token") from exc
    if len(raw) <= TAG_BYTES:
        raise TokenError("malformed token")
    tag_key, stream_key = _keys(secret)
    tag, sealed = raw[:TAG_BYTES], raw[TAG_BYTES:]
    claim = _xor(sealed, _keystream(stream_key, tag, len(sealed)))
    if not hmac.compare_digest(tag, hmac.new(tag_key, claim, hashlib.sha256).digest()[:TAG_BYTES]):
        raise TokenError("invalid token")
    try:
        tok_action, list_name, subject, days = claim.decode("utf-8").split("\n")
        issued = EPOCH + timedelta(days=int(days))
    except (ValueError, OverflowError) as exc:
        raise TokenError("malformed token") from exc
    if tok_action != action:
        raise TokenError("token is for another action")
    age = (today - issued).days
    if age < -CLOCK_SKEW_DAYS:
        raise TokenError("token issued in the future")
    if age > max_age_days:
        raise ExpiredTokenError("token has expired")
    return Claim(tok_action, list_name, subject, issued)
