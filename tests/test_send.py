"""End to end: notes -> store -> digest -> a real SMTP server (aiosmtpd on 127.0.0.1:0)."""

from __future__ import annotations

import json
import mailbox
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_NOTES, MEMBERS, ROOT, run, write_config
from tests.smtpd import Recorder, SMTPServer


def sent_rows(folder: Path) -> list[tuple[str, str]]:
    db = sqlite3.connect(folder / "var" / "digestbot.db")
    try:
        return db.execute("SELECT recipient, status FROM deliveries ORDER BY id").fetchall()
    finally:
        db.close()


def test_send_now_delivers_one_digest_per_member(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES))
    assert result.exit_code == 0, result.output + result.stderr
    assert "sent 3, failed 0, skipped 0" in result.output

    got = smtp.recorder.by_recipient()
    assert sorted(got) == sorted(MEMBERS)
    assert all(len(copies) == 1 for copies in got.values())
    for rcpt, (copy,) in got.items():
        msg = copy.message
        assert copy.rcpt_tos == [rcpt]
        assert copy.mail_from == "digest@igc.example"
        assert msg["To"] == rcpt  # one recipient, never the whole list
        assert msg["From"] == "IGC Digest <digest@igc.example>"
        assert msg["Subject"].startswith("[IGC] ")
        assert "14 March 2024" in msg["Subject"]
        assert msg["List-Id"] == "Internet Governance Caucus <igc.igc.example>"
        assert msg["Message-ID"].endswith("@igc.example>")
        assert msg["Date"]
        assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
        text = msg.get_body(("plain",)).get_content()
        html = msg.get_body(("html",)).get_content()
        for expected in ("Agenda", "Next steps", "Amara", "Recommendations", "Links",
                         "https://unctad.org/topic/commission-on-science-and-technology-for-"
                         "development/WSIS-20-review"):
            assert expected in text, expected
        assert "Next steps</h2>" in html and "Amara" in html
        assert rcpt in text  # the footer names who it was sent to
    assert len({c.message["Message-ID"] for cs in got.values() for c in cs}) == 3
    assert sent_rows(tmp_path) == [(m, "sent") for m in MEMBERS]


def test_second_send_sends_nothing_unless_forced(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    assert run(config, "send-now", "--notes", str(EXAMPLE_NOTES)).exit_code == 0
    again = run(config, "send-now", "--notes", str(EXAMPLE_NOTES))
    assert again.exit_code == 0
    assert "sent 0" in again.output and "already sent" in again.output
    assert len(smtp.recorder.received) == 3
    forced = run(config, "send-now", "--notes", str(EXAMPLE_NOTES), "--force")
    assert forced.exit_code == 0 and "sent 3" in forced.output
    assert len(smtp.recorder.received) == 6


def test_list_address_gets_one_copy(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port, members=[],
                          address="igc-list@example.org")
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES))
    assert result.exit_code == 0, result.output
    (copy,) = smtp.recorder.received
    assert copy.rcpt_tos == ["igc-list@example.org"]
    assert copy.message["To"] == "igc-list@example.org"
    assert copy.message["List-Post"] == "<mailto:igc-list@example.org>"


def test_test_copy_goes_to_one_address_only(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES), "--to", "me@example.com")
    assert result.exit_code == 0, result.output
    assert [r.rcpt_tos for r in smtp.recorder.received] == [["me@example.com"]]
    # the real digest is still due to the members
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES))
    assert "sent 3" in result.output


def test_dry_run_sends_and_records_nothing(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "would send 3" in result.output
    assert smtp.recorder.received == []
    assert sent_rows(tmp_path) == []
    history = run(config, "history", "--json")
    assert json.loads(history.output) == []


def test_maildir_outbox_when_no_smtp_host(project: Path) -> None:
    config = project / "digestbot.toml"
    result = run(config, "send-now", "--notes", str(project / "notes" / EXAMPLE_NOTES.name))
    assert result.exit_code == 0, result.output
    assert f"Maildir {project / 'var' / 'outbox'}" in result.output
    box = mailbox.Maildir(project / "var" / "outbox", create=False)
    assert sorted(m["To"] for m in box) == sorted(MEMBERS)


def test_json_summary(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES), "--json")
    summary = json.loads(result.output)
    assert (summary["sent"], summary["failed"], summary["skipped"]) == (3, 0, 0)


# -- bad input: a clear one-line error, exit code, and nothing recorded as sent ---------

def test_missing_notes_file(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    result = run(config, "send-now", "--notes", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert smtp.recorder.received == []


def test_invalid_member_address(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port,
                          members=["ana@example.org", "bruna.example.org"])
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES))
    assert result.exit_code == 2
    assert "'bruna.example.org'" in result.stderr and "lists.igc.members" in result.stderr
    assert smtp.recorder.received == []


def test_invalid_test_address(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES), "--to", "me@")
    assert result.exit_code == 2 and "'me@'" in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_records_nothing_as_sent(tmp_path: Path) -> None:
    port = free_port()
    config = write_config(tmp_path, smtp_port=port)
    result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES))
    assert result.exit_code == 1
    assert f"127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert all(status == "pending" for _, status in sent_rows(tmp_path))
    # once the server is up, the same command delivers everything
    with SMTPServer(Recorder()) as server:
        config = write_config(tmp_path, smtp_port=server.port)
        result = run(config, "send-now")
        assert result.exit_code == 0, result.output + result.stderr
        assert sorted(server.recorder.by_recipient()) == sorted(MEMBERS)


def test_refused_login(tmp_path: Path) -> None:
    from tests.smtpd import make_certificate

    cert = make_certificate(tmp_path)
    with SMTPServer(Recorder(), tls_cert=cert, require_starttls=True,
                    auth=("digest", "right-password")) as server:
        config = write_config(tmp_path, extra="")
        text = config.read_text().replace(
            "[smtp]\n", f'[smtp]\nhost = "localhost"\nport = {server.port}\n'
            f'security = "starttls"\nusername = "digest"\npassword = "wrong-password"\n'
            f'ca_file = "{cert[0]}"\ntimeout = 5\n', 1)
        config.write_text(text)
        result = run(config, "send-now", "--notes", str(EXAMPLE_NOTES))
        assert result.exit_code == 2, result.output + result.stderr
        assert "refused the login" in result.stderr and f"localhost:{server.port}" in result.stderr
        assert "wrong-password" not in result.stderr + result.output
        assert server.recorder.received == []
        assert all(status == "pending" for _, status in sent_rows(tmp_path))
        # with the right password, over STARTTLS, everything goes
        config.write_text(text.replace("wrong-password", "right-password"))
        result = run(config, "send-now")
        assert result.exit_code == 0, result.output + result.stderr
        assert len(server.recorder.received) == 3
        check = run(config, "check", "--smtp")
        assert check.exit_code == 0 and "authenticated" in check.output


def test_empty_notes_send_nothing(tmp_path: Path, smtp: SMTPServer) -> None:
    config = write_config(tmp_path, smtp_port=smtp.port)
    notes = tmp_path / "empty.txt"
    notes.write_text("\n\n")
    result = run(config, "send-now", "--notes", str(notes))
    assert result.exit_code == 0
    assert "empty digest" in result.output
    assert smtp.recorder.received == []


def test_preview_writes_each_format(project: Path) -> None:
    config = project / "digestbot.toml"
    notes = str(project / "notes" / EXAMPLE_NOTES.name)
    for flag, marker in (("--html", b"<html"), ("--text", b"Next steps"),
                         ("--eml", b"Content-Type: multipart/alternative")):
        out = project / f"out{flag}"
        result = run(config, "preview", "--notes", notes, flag, "-o", str(out))
        assert result.exit_code == 0, result.output + result.stderr
        assert marker in out.read_bytes()
    assert not (project / "var" / "outbox").exists()


def test_first_readme_command_works_as_a_real_process(tmp_path: Path) -> None:
    """`digestbot send-now --notes …` on the shipped config, from a copy of the repo root."""
    for name in ("config", "templates", "examples"):
        subprocess.run(["cp", "-r", str(ROOT / name), str(tmp_path / name)], check=True)
    cmd = [sys.executable, "-m", "digestbot", "send-now", "--notes",
           "examples/notes/2024-03-14-igc-wsis-review.txt"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "var/outbox" in done.stdout
    assert len(list((tmp_path / "var" / "outbox" / "new").iterdir())) == 3
    again = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env,
                           timeout=60)
    assert again.returncode == 0 and "already sent" in again.stdout
    assert len(list((tmp_path / "var" / "outbox" / "new").iterdir())) == 3


def all_commands() -> list[list[str]]:
    """Every command and subcommand of `digestbot`, as argument lists."""
    import click

    from digestbot.cli import main

    out: list[list[str]] = []

    def walk(group: click.Group, prefix: list[str]) -> None:
        for name, command in group.commands.items():
            out.append([*prefix, name])
            if isinstance(command, click.Group):
                walk(command, [*prefix, name])

    walk(main, [])
    return out


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str], tmp_path: Path) -> None:
    result = run(tmp_path / "unused.toml", *command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


@pytest.mark.parametrize("command", [c for c in all_commands() if len(c) == 1], ids=" ".join)
def test_every_command_is_in_the_readme(command: list[str]) -> None:
    assert f"`{command[0]}" in (ROOT / "README.md").read_text()


def test_parse_and_help_start_without_loading_the_config_models() -> None:
    # Loading the config's pydantic models takes a third of a second: `parse` needs none.
    code = ("import sys\nfrom digestbot.cli import main\n"
            f"sys.argv = ['digestbot', 'parse', {str(EXAMPLE_NOTES)!r}, '--json']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('config' if 'digestbot.config' in sys.modules else 'no config', "
            "file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert json.loads(done.stdout)["follow_ups"]
    assert done.stderr.strip() == "no config"
