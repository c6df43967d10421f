"""DKIM: what the SMTP server receives carries a signature that verifies, relaxed/relaxed,
over the list headers (RFC 8058 needs List-Unsubscribe and List-Unsubscribe-Post signed)."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import dkim
import pytest

from digestbot.config import DkimSettings
from digestbot.dkim import load_signer
from digestbot.errors import ConfigError
from digestbot.jobs import send_session_digest
from tests.mailsamples import open_app, sample_session, web_config
from tests.smtpd import SMTPServer

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")


@pytest.fixture(scope="module")
def rsa_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A fresh 2048-bit key and its DNS TXT record."""
    folder = tmp_path_factory.mktemp("dkim")
    key = folder / "dkim.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(key), "2048"], check=True,
                   capture_output=True)
    der = subprocess.run(["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
                         check=True, capture_output=True).stdout
    return key, b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


def dns(record: bytes) -> Callable[..., bytes | None]:
    def lookup(name: bytes, timeout: int = 5) -> bytes | None:
        return record if name == b"mail2024._domainkey.igc.example." else None
    return lookup


def test_sent_digest_is_signed_and_verifies(tmp_path: Path, smtp: SMTPServer,
                                            rsa_key: tuple[Path, bytes]) -> None:
    key, record = rsa_key
    config = web_config(tmp_path, smtp_port=smtp.port, extra=(
        f'\n[dkim]\nselector = "mail2024"\ndomain = "igc.example"\nkey_file = "{key}"\n'))
    app = open_app(config)
    try:
        session = sample_session()
        sid = app.store.ingest("igc", session, now=app.clock()).session_id
        summary = send_session_digest(app, "igc", session, sid)
    finally:
        app.store.close()
    assert summary.sent == 3 and summary.failed == 0
    for received in smtp.recorder.received:
        raw = received.data
        assert raw.startswith(b"DKIM-Signature: ")
        assert dkim.verify(raw, dnsfunc=dns(record))
        sig = re.sub(rb"\s+", b"", raw.split(b"\r\n\r\n", 1)[0].split(b"DKIM-Signature:", 1)[1])
        assert b"c=relaxed/relaxed;" in sig and b"d=igc.example;" in sig
        signed = set(re.search(rb"h=([^;]*)", sig).group(1).lower().split(b":"))  # type: ignore[union-attr]
        assert {b"from", b"to", b"subject", b"date", b"message-id", b"list-id",
                b"list-unsubscribe", b"list-unsubscribe-post"} <= signed
        # a relay that rewrites a signed header breaks the signature
        forged = raw.replace(b"Subject: [IGC]", b"Subject: [SPAM]", 1)
        assert forged != raw and not dkim.verify(forged, dnsfunc=dns(record))


def test_unconfigured_dkim_signs_nothing() -> None:
    assert load_signer(DkimSettings()) is None


def test_dkim_config_errors_name_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"dkim\.key_file is empty"):
        load_signer(DkimSettings(selector="s", domain="igc.example"))
    with pytest.raises(ConfigError, match=r"dkim\.key_file: cannot read .*missing\.pem"):
        load_signer(DkimSettings(selector="s", domain="igc.example",
                                 key_file=tmp_path / "missing.pem"))
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key\n")
    with pytest.raises(ConfigError, match="not a PEM RSA private key"):
        load_signer(DkimSettings(selector="s", domain="igc.example", key_file=junk))
    with pytest.raises(ConfigError, match=r"dkim\.selector"):
        load_signer(DkimSettings(selector="bad selector", domain="igc.example", key_file=junk))
