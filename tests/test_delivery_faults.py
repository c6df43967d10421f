"""Faults injected by the test server: every member ends with one copy or a recorded failure."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import pytest

from tests.conftest import run, write_config
from tests.sessions import open_app, store_session, tune
from tests.smtpd import Recorder, SMTPServer, make_certificate

MEMBERS = [f"member{i}@example.org" for i in range(8)]


def send(config: Path, *args: str) -> tuple[int, dict[str, object], str]:
    result = run(config, "send-now", "--json", *args)
    lines = result.output.strip().splitlines()
    summary = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return result.exit_code, summary, result.output


def ledger(config: Path) -> dict[str, tuple[str, int | None, str]]:
    """recipient -> (status, code, response) of the latest digest, as history shows it."""
    entries = json.loads(run(config, "history", "--json").output)
    return {r["recipient"]: (r["status"], r["code"], r["response"])
            for r in entries[0]["recipients"]}


def test_a_550_fails_only_that_recipient_and_is_not_retried(tmp_path: Path) -> None:
    refused = MEMBERS[3]
    recorder = Recorder(refuse={refused: (550, "5.1.1 no such mailbox")})
    with SMTPServer(recorder) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS)
        store_session(config)
        code, summary, _ = send(config)
        again, summary2, _ = send(config)
        copies = server.recorder.copies()
    assert code == 1
    assert summary["sent"] == len(MEMBERS) - 1 and summary["failed"] == 1
    assert summary["failures"] == [{"recipient": refused, "code": 550,
                                    "response": "5.1.1 no such mailbox"}]
    assert copies == {m: 1 for m in MEMBERS if m != refused}
    assert ledger(config)[refused] == ("failed", 550, "5.1.1 no such mailbox")
    # A permanent refusal is not worth another try: the next run sends nothing.
    assert again == 0 and summary2["sent"] == 0


def test_a_451_once_is_retried_in_the_same_run(tmp_path: Path) -> None:
    slow = MEMBERS[2]
    recorder = Recorder(refuse={slow: (451, "4.7.1 greylisted")}, refuse_times={slow: 1})
    with SMTPServer(recorder) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS)
        store_session(config)
        code, summary, _ = send(config)
        copies = server.recorder.copies()
    assert code == 0 and summary["sent"] == len(MEMBERS) and summary["retries"] == 1
    assert copies == {m: 1 for m in MEMBERS}
    assert ledger(config)[slow][:2] == ("sent", 250)


def test_a_lasting_452_becomes_a_recorded_failure_that_the_next_run_retries(
        tmp_path: Path) -> None:
    full = MEMBERS[5]
    recorder = Recorder(refuse={full: (452, "4.2.2 mailbox full")})
    with SMTPServer(recorder) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS),
                      smtp="max_attempts = 2")
        store_session(config)
        code, summary, _ = send(config)
        assert code == 1 and summary["failed"] == 1 and summary["sent"] == len(MEMBERS) - 1
        assert ledger(config)[full] == ("failed", 452, "4.2.2 mailbox full")
        server.recorder.refuse.clear()
        again, summary2, _ = send(config)
        copies = server.recorder.copies()
    assert again == 0 and summary2["sent"] == 1 and summary2["skipped"] == len(MEMBERS) - 1
    assert copies == {m: 1 for m in MEMBERS}


def test_partial_rcpt_refusal_in_bulk_fails_only_those_recipients(tmp_path: Path) -> None:
    refused, later = MEMBERS[1], MEMBERS[6]
    recorder = Recorder(refuse={refused: (550, "5.1.1 unknown"), later: (451, "4.3.0 later")},
                        refuse_times={later: 1})
    with SMTPServer(recorder) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS),
                      smtp="max_recipients_per_message = 50", list_='mode = "bulk"')
        store_session(config)
        code, summary, _ = send(config)
        copies = server.recorder.copies()
        transactions = [len(r.rcpt_tos) for r in server.recorder.received]
    assert code == 1 and summary["failed"] == 1 and summary["sent"] == len(MEMBERS) - 1
    assert copies == {m: 1 for m in MEMBERS if m != refused}
    assert transactions == [len(MEMBERS) - 2, 1]  # the retry carries only the 451 one


def test_421_and_close_after_n_messages_reconnects(tmp_path: Path) -> None:
    with SMTPServer(Recorder(close_after=3)) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS),
                      smtp="max_connections = 2\nmax_attempts = 5")
        store_session(config)
        code, summary, _ = send(config)
        copies = server.recorder.copies()
        per_connection = list(server.recorder.messages_on_connection.values())
        connections = server.recorder.connections
    assert code == 0 and summary["sent"] == len(MEMBERS)
    assert copies == {m: 1 for m in MEMBERS}
    assert max(per_connection) <= 3 and len(per_connection) >= 3
    assert summary["connections"] == connections >= 3


def test_connection_dropped_in_data_is_retried_without_loss(tmp_path: Path) -> None:
    with SMTPServer(Recorder(drop_in_data_after=3)) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS),
                      smtp="max_connections = 2")
        store_session(config)
        code, summary, _ = send(config)
        copies = server.recorder.copies()
    assert code == 0 and summary["sent"] == len(MEMBERS) and summary["retries"] == 1
    assert copies == {m: 1 for m in MEMBERS}


def test_a_reply_delayed_past_the_timeout_is_retried_with_the_same_message_id(
        tmp_path: Path) -> None:
    recorder = Recorder(data_delay=1.0, delay_times=1)
    with SMTPServer(recorder) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS[:3]),
                      smtp="max_connections = 1")
        config.write_text(config.read_text().replace("timeout = 5", "timeout = 0.3"))
        store_session(config)
        code, summary, _ = send(config)
        time.sleep(1.0)  # let the late message land, as a slow relay would
        copies = server.recorder.copies()
        by_rcpt = server.recorder.by_recipient()
    assert code == 0 and summary["sent"] == 3 and summary["retries"] == 1
    # If the server took the timed-out message after all, that is the one duplicate
    # SMTP cannot avoid (RFC 1047); it keeps its Message-ID so mail clients fold it.
    # aiosmtpd drops a session's pending message when the client hangs up.
    assert copies[MEMBERS[0]] in (1, 2) and copies[MEMBERS[1]] == copies[MEMBERS[2]] == 1
    assert len({r.message["Message-ID"] for r in by_rcpt[MEMBERS[0]]}) == 1


def test_a_server_that_always_says_451_leaves_recorded_failures(tmp_path: Path) -> None:
    with SMTPServer(Recorder(data_reply="451 4.3.0 local problem")) as server:
        config = tune(write_config(tmp_path, smtp_port=server.port, members=MEMBERS[:3]),
                      smtp="max_attempts = 2")
        store_session(config)
        code, summary, _ = send(config)
    assert code == 1 and summary["failed"] == 3 and summary["sent"] == 0
    assert {s for s, _c, _t in ledger(config).values()} == {"failed"}
    assert {c for _s, c, _t in ledger(config).values()} == {451}


def test_an_unreachable_server_leaves_everyone_pending(tmp_path: Path) -> None:
    with SMTPServer(Recorder()) as server:
        port = server.port
    config = tune(write_config(tmp_path, smtp_port=port, members=MEMBERS[:3]),
                  smtp="max_attempts = 2")
    store_session(config)
    result = run(config, "send-now")
    assert result.exit_code == 1
    assert f"cannot connect to SMTP server 127.0.0.1:{port}" in result.stderr
    assert {s for s, _c, _t in ledger(config).values()} == {"pending"}


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def tls_config(tmp_path: Path, port: int, cert: Path, *, password: str) -> Path:
    config = write_config(tmp_path, smtp_port=port, members=MEMBERS[:2])
    config.write_text(config.read_text().replace(
        'security = "none"', f'security = "starttls"\nca_file = "{cert}"\n'
        f'username = "digest"\npassword = "{password}"'))
    return config


def test_starttls_and_auth_are_used_and_the_password_never_shows(
        tmp_path: Path, certificate: tuple[Path, Path], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "s3cret-Pa55word"
    recorder = Recorder(refuse={MEMBERS[0]: (451, "4.7.1 try again")},
                        refuse_times={MEMBERS[0]: 1})
    with SMTPServer(recorder, tls_cert=certificate, require_starttls=True,
                    auth=("digest", secret)) as server:
        config = tls_config(tmp_path, server.port, certificate[0], password=secret)
        store_session(config)
        result = run(config, "-v", "send-now")
        copies = server.recorder.copies()
        logins = list(server.recorder.logins)
    assert result.exit_code == 0, result.output
    assert copies == {m: 1 for m in MEMBERS[:2]} and set(logins) == {"digest"}
    # digestbot's and aiosmtplib's logs, not the test server's ("mail.log"), which
    # logs every line it receives.
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("mail"))
    assert "login 'digest'" in ours and "temporary failure (451 4.7.1 try again)" in ours
    assert secret not in result.output and secret not in ours
    body_text = "Key point 1.0"
    assert body_text not in ours and body_text not in result.output


def test_a_wrong_password_is_refused_without_printing_it(
        tmp_path: Path, certificate: tuple[Path, Path]) -> None:
    with SMTPServer(Recorder(), tls_cert=certificate, require_starttls=True,
                    auth=("digest", "right")) as server:
        config = tls_config(tmp_path, server.port, certificate[0], password="wrong-one")
        store_session(config)
        result = run(config, "send-now")
        received = len(server.recorder.received)
    assert result.exit_code == 2 and received == 0
    assert "refused the login of user 'digest'" in result.output
    assert "wrong-one" not in result.output
    assert {s for s, _c, _t in ledger(config).values()} == {"pending"}


def test_starttls_is_required_not_opportunistic(tmp_path: Path) -> None:
    with SMTPServer(Recorder()) as server:  # no certificate: no STARTTLS offered
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS[:2])
        config.write_text(config.read_text().replace('security = "none"',
                                                     'security = "starttls"'))
        store_session(config)
        result = run(config, "send-now")
        received = len(server.recorder.received)
    assert result.exit_code == 2 and received == 0
    assert "does not offer STARTTLS" in result.output


def test_security_none_is_refused_for_a_remote_host(tmp_path: Path) -> None:
    config = write_config(tmp_path, smtp_port=25)
    config.write_text(config.read_text().replace('host = "127.0.0.1"',
                                                 'host = "mail.example.org"'))
    result = run(config, "check")
    assert result.exit_code == 2
    assert "allow_insecure" in result.output
    config.write_text(config.read_text().replace('security = "none"',
                                                 'security = "none"\nallow_insecure = true'))
    assert run(config, "check").exit_code == 0


def test_the_summary_counts_match_the_ledger(tmp_path: Path) -> None:
    recorder = Recorder(refuse={MEMBERS[0]: (554, "5.7.1 rejected")})
    with SMTPServer(recorder) as server:
        config = write_config(tmp_path, smtp_port=server.port, members=MEMBERS)
        store_session(config)
        result = run(config, "send-now")
    line = result.output.splitlines()[0]
    assert f"sent {len(MEMBERS) - 1}, failed 1, skipped 0" in line
    assert f"failed {MEMBERS[0]}: 554 5.7.1 rejected" in result.output
    app = open_app(config)
    counts = app.store.delivery_counts(1)
    app.store.close()
    assert counts["sent"] == len(MEMBERS) - 1 and counts["failed"] == 1
