"""Shared fixtures: a real SMTP server, a project folder with a config, real stores."""

from __future__ import annotations

import os
import shutil
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from digestbot.cli import main
from tests.smtpd import Recorder, SMTPServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_NOTES = ROOT / "examples" / "notes" / "2024-03-14-igc-wsis-review.txt"
SHARED = ROOT.parent / "shared"
PG_URL = os.environ.get("DIGESTBOT_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

MEMBERS = ["ana@example.org", "bruna@example.org", "chen@example.net"]


@pytest.fixture
def smtp() -> Iterator[SMTPServer]:
    with SMTPServer(Recorder()) as server:
        yield server


def write_config(folder: Path, *, smtp_port: int | None = None, extra: str = "",
                 members: list[str] | None = None, store: str | None = None,
                 address: str = "") -> Path:
    """A config for tests; SMTP on loopback without TLS when `smtp_port` is given."""
    members = MEMBERS if members is None else members
    smtp = (f'host = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
            "retry_base_delay = 0.05\ntimeout = 5\n" if smtp_port else "")
    text = textwrap.dedent(f"""\
        [bot]
        from = "IGC Digest <digest@igc.example>"
        domain = "igc.example"
        store = "{store or 'sqlite:///' + str(folder / 'var' / 'digestbot.db')}"
        notes_dir = "{folder / 'notes'}"
        templates_dir = "{folder / 'templates'}"

        [smtp]
        outbox = "{folder / 'var' / 'outbox'}"
        """) + smtp + textwrap.dedent(f"""
        [lists.igc]
        title = "Internet Governance Caucus"
        address = "{address}"
        members = {members!r}

        [people]
        Amara = "amara@example.org"
        """).replace("'", '"') + extra
    path = folder / "digestbot.toml"
    path.write_text(text)
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with the example notes and a config that delivers to the Maildir outbox."""
    (tmp_path / "notes").mkdir()
    shutil.copy(EXAMPLE_NOTES, tmp_path / "notes" / EXAMPLE_NOTES.name)
    write_config(tmp_path)
    return tmp_path


def run(config: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    """Run the digestbot command in-process, as a user would from a shell."""
    return CliRunner().invoke(main, ["--config", str(config), *args], env=env,
                              catch_exceptions=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh database on the machine's PostgreSQL; fails in CI if it is not there."""
    import sqlalchemy as sa

    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"digestbot_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE DATABASE {name}"))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc.orig}")
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name})
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on a SQLite file and on the machine's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return str(request.getfixturevalue("pg_url"))
