"""DKIM signing (RFC 6376) of the final message bytes, with dkimpy.

Optional: configured by `[dkim] selector, domain, key_file`. The signature is
relaxed/relaxed and covers the headers mailbox providers look at for list mail,
the RFC 8058 one-click pair among them; the signed bytes are what is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import dkim as dkimpy
from dkim.crypto import UnparsableKeyError, parse_pem_private_key

from digestbot.config import DkimSettings
from digestbot.errors import ConfigError

# From .. List-Unsubscribe-Post are required (RFC 8058 section 4 for the last two); the
# rest keep a relay from rewriting the body type or the other list headers. A name
# absent from a message is still signed, as "absent", so nobody can add it later.
SIGNED_HEADERS = (
    "From", "To", "Subject", "Date", "Message-ID", "List-Id", "List-Unsubscribe",
    "List-Unsubscribe-Post", "MIME-Version", "Content-Type", "List-Post", "List-Help",
    "List-Archive", "Auto-Submitted",
)

Render = Callable[[], bytes]


@dataclass(frozen=True)
class DkimSigner:
    """Signs messages for one selector and domain with one private key."""

    selector: str
    domain: str
    key: bytes

    def sign(self, message: bytes) -> bytes:
        """The message with a DKIM-Signature header in front."""
        try:
            header = dkimpy.sign(message, self.selector.encode("ascii"),
                                 self.domain.encode("ascii"), self.key,
                                 canonicalize=(b"relaxed", b"relaxed"),
                                 include_headers=[h.encode("ascii") for h in SIGNED_HEADERS])
        except dkimpy.DKIMException as exc:
            raise ConfigError(f"dkim: cannot sign for {self.selector}._domainkey."
                              f"{self.domain}: {exc}", key="dkim") from exc
        # dkimpy folds with bare LF; the message itself uses CRLF.
        return header.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + message

    def wrap(self, render: Render) -> Render:
        """A render callable whose bytes come out signed."""
        return lambda: self.sign(render())


def load_signer(settings: DkimSettings) -> DkimSigner | None:
    """The signer `[dkim]` asks for, None when it is not configured, else ConfigError."""
    given = [k for k in ("selector", "domain", "key_file") if getattr(settings, k)]
    if not given:
        return None
    missing = [k for k in ("selector", "domain", "key_file") if not getattr(settings, k)]
    if missing:
        raise ConfigError(f"dkim.{missing[0]} is empty: signing needs selector, domain and "
                          "key_file", key=f"dkim.{missing[0]}")
    for name in ("selector", "domain"):
        value = getattr(settings, name)
        if not value.isascii() or not value.replace("-", "").replace(".", "").isalnum():
            raise ConfigError(f"dkim.{name}: {value!r} is not a DNS name", key=f"dkim.{name}")
    path = settings.key_file
    try:
        key = path.read_bytes() if path else b""
        parse_pem_private_key(key)
    except OSError as exc:
        raise ConfigError(f"dkim.key_file: cannot read {path}: {exc.strerror or exc}",
                          path=path, key="dkim.key_file") from exc
    except UnparsableKeyError as exc:
        raise ConfigError(f"dkim.key_file: {path} is not a PEM RSA private key",
                          path=path, key="dkim.key_file") from exc
    return DkimSigner(settings.selector, settings.domain.lower(), key)
