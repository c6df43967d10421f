"""Signed, opaque tokens for the links in mail (unsubscribe, mark done, snooze).

A token binds an action to a list and a subject (a member address or a follow-up id)
with an HMAC-SHA256 over a secret from config; it carries its issue day so that old
ones expire. Verification is constant-time. Pure: the caller passes `today`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, timedelta

EPOCH = date(2020, 1, 1)


class TokenError(ValueError):
    """The token is malformed, tampered with, or expired."""


@dataclass(frozen=True)
class Claim:
    action: str
    list_name: str
    subject: str
    issued: date


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: bytes, payload: bytes) -> bytes:
    return hmac.new(secret, payload, hashlib.sha256).digest()[:16]


def make_token(secret: str, *, action: str, list_name: str, subject: str, today: date) -> str:
    """A URL-safe token for `action` on `subject` in `list_name`."""
    if not secret:
        raise ValueError("a secret is needed to sign tokens")
    days = (today - EPOCH).days
    payload = "\n".join((action, list_name, subject, str(days))).encode("utf-8")
    return _b64(payload) + "." + _b64(_mac(secret.encode(), payload))


def read_token(secret: str, token: str, *, action: str, today: date, max_age_days: int) -> Claim:
    """The claim inside a valid token for `action`, or TokenError."""
    try:
        body, mac = token.split(".", 1)
        payload = _unb64(body)
        given = _unb64(mac)
    except (ValueError, TypeError) as exc:
        raise TokenError("malformed token") from exc
    if not hmac.compare_digest(given, _mac(secret.encode(), payload)):
        raise TokenError("invalid token")
    try:
        tok_action, list_name, subject, days = payload.decode("utf-8").split("\n")
        issued = EPOCH + timedelta(days=int(days))
    except ValueError as exc:
        raise TokenError("malformed token") from exc
    if tok_action != action:
        raise TokenError("token is for another action")
    if (today - issued).days > max_age_days:
        raise TokenError("token has expired")
    return Claim(tok_action, list_name, subject, issued)
