"""The exceptions digestbot raises. Only the CLI prints them.

    DigestbotError
    ├── ConfigError            bad or missing config (names the file and key)
    ├── NotesError             unreadable or unparseable notes (names the file, line)
    ├── StoreError             the database cannot be opened or migrated
    ├── TemplateError          a template is missing or fails to render
    └── DeliveryError          a message could not be handed over
        ├── TemporaryDeliveryError   4xx, disconnect, timeout: worth retrying
        └── PermanentDeliveryError   5xx, refused login, bad address: not retried

Context travels as attributes (`exc.path`, `exc.key`, `exc.recipient`, `exc.code`),
and `str(exc)` is the one-line message a user sees. No message ever holds a password.
"""

from __future__ import annotations

from pathlib import Path


class DigestbotError(Exception):
    """Root of every error digestbot raises on purpose."""


class ConfigError(DigestbotError, ValueError):
    def __init__(self, message: str, *, path: Path | str | None = None, key: str | None = None):
        super().__init__(message)
        self.path = path
        self.key = key


class NotesError(DigestbotError, ValueError):
    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.path = path
        self.line = line


class StoreError(DigestbotError):
    pass


class TemplateError(DigestbotError):
    def __init__(self, message: str, *, template: str | None = None):
        super().__init__(message)
        self.template = template


class DeliveryError(DigestbotError):
    def __init__(self, message: str, *, recipient: str | None = None, code: int | None = None,
                 server: str | None = None):
        super().__init__(message)
        self.recipient = recipient
        self.code = code
        self.server = server


class TemporaryDeliveryError(DeliveryError):
    """Worth retrying later: 4xx replies, disconnects, timeouts."""


class PermanentDeliveryError(DeliveryError):
    """Not worth retrying: 5xx replies, refused login, invalid address."""
