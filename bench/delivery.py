"""How fast digestbot delivers, next to Postfix's own smtp-source, against smtp-sink.

    PYTHONPATH=. .venv/bin/python bench/delivery.py            # everything, ~2 minutes
    PYTHONPATH=. .venv/bin/python bench/delivery.py --quick    # no 100k run, no rate run

Starts `smtp-sink` (Debian package postfix; the postfix daemon is not started) on a
loopback port, measures the reference `smtp-source -s 16 -m 10000` with a ~25 KB
digest, then digestbot's own delivery of that digest to 10,000 distinct members in
personalised and in bulk mode, and prints both rates and their ratio from the same run.
Then the peak memory (max RSS) of a send to 100,000 members, and how evenly a rate
limit of 50 messages/s is held over 2,000 messages.

Each digestbot run is a child process (`--child`) so that its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = 16  # smtp-source -s 16, and digestbot's max_connections


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_sink(port: int) -> subprocess.Popen[bytes]:
    """smtp-sink on 127.0.0.1:port (it advertises PIPELINING, like Postfix)."""
    sink = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
    args = [sink]
    if os.geteuid() == 0:
        args += ["-u", pwd.getpwuid(65534).pw_name]
    proc = subprocess.Popen([*args, f"127.0.0.1:{port}", "1024"])
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("smtp-sink did not start")


def write_config(folder: Path, port: int, members: int, *, mode: str = "personalised",
                 rate_limit: float = 0) -> Path:
    (folder / "members.txt").write_text("".join(f"member{i}@example.org\n"
                                                for i in range(members)))
    config = folder / "digestbot.toml"
    config.write_text(f"""\
[bot]
from = "IGC Digest <digest@igc.example>"
domain = "igc.example"
store = "sqlite:///{folder / 'digestbot.db'}"
base_url = "https://digest.igc.example"
secret = "bench-secret"

[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
max_connections = {SESSIONS}
rate_limit = {rate_limit}
timeout = 30

[lists.igc]
title = "Internet Governance Caucus"
mode = "{mode}"
members_file = "{folder / 'members.txt'}"
""")
    return config


def sample_session() -> Any:
    """A realistic meeting: agenda, eight sections with key points, follow-ups, links."""
    from digestbot.model import FollowUp, Link, Section, Session

    return Session(
        title="IGC call: WSIS+20 review and the road to the IGF",
        date=date(2024, 3, 14), attendance="c. 40 people",
        agenda=tuple(f"Agenda item {i}: the review process, part {i}" for i in range(1, 9)),
        sections=tuple(
            Section(f"Topic {i}: what are the main challenges? (Internal/external)", 2,
                    "Participants discussed the review process, the role of civil society "
                    "and how to keep the multistakeholder model open to newcomers. " * 3,
                    tuple(f"Key point {i}.{k}: funding, access, language and time zones "
                          "make participation hard for many members." for k in range(6)))
            for i in range(1, 9)),
        follow_ups=tuple(FollowUp(f"Send the report on topic {i} to the list", ("Sheetal",))
                         for i in range(1, 5)),
        recommendations=("Publish the notes in the wiki within a week.",),
        links=tuple(Link(f"https://www.example.org/report/{i}", f"Report {i}")
                    for i in range(6)),
        source="bench", fingerprint="bench-session")


def child(config: Path) -> None:
    """Ingest the sample meeting and send its digest; print figures as JSON."""
    from digestbot.config import load_settings
    from digestbot.jobs import App, compose_digest, digest_for, send_session_digest
    from digestbot.store import open_store

    settings = load_settings(config)
    app = App(settings, open_store(settings.bot.store), lambda: datetime.now(UTC))
    session = sample_session()
    session_id = app.store.ingest("igc", session, now=app.clock()).session_id
    sample = compose_digest(app, digest_for(app, "igc", session, session_id), "bench")
    (config.parent / "message.eml").write_bytes(sample.personalise("member0@example.org"))
    started = time.monotonic()
    summary = send_session_digest(app, "igc", session, session_id)
    wall = time.monotonic() - started
    print(json.dumps({"sent": summary.sent, "failed": summary.failed,
                      "seconds": summary.seconds, "wall": wall,
                      "connections": summary.connections,
                      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def run_child(config: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", str(config)], check=True,
                         capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def reference(port: int, message: Path, count: int, *, keep: bool = False) -> float:
    """smtp-source -s 16 -m COUNT with the digest's bytes (-d: keep connections open)."""
    source = shutil.which("smtp-source") or "/usr/sbin/smtp-source"
    started = time.monotonic()
    subprocess.run([source, *(["-d"] if keep else []), "-s", str(SESSIONS), "-m", str(count),
                    "-F", str(message),
                    "-f", "digest@igc.example", "-t", "member@example.org",
                    f"127.0.0.1:{port}"], check=True)
    return count / (time.monotonic() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="skip the 100k and rate runs")
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    port = free_port()
    sink = start_sink(port)
    work = Path(tempfile.mkdtemp(prefix="digestbot-bench-"))
    try:
        (work / "p").mkdir()
        personal = run_child(write_config(work / "p", port, args.members))
        message = work / "p" / "message.eml"
        ref = reference(port, message, args.members)
        size = message.stat().st_size
        rate = personal["sent"] / personal["seconds"]
        print(f"message size                      {size / 1024:8.1f} KB")
        print(f"smtp-source -s {SESSIONS} -m {args.members}        {ref:8.0f} messages/s")
        kept = reference(port, message, args.members, keep=True)
        print(f"  (for information, with -d: connections kept open {kept:8.0f} messages/s)")
        print(f"digestbot personalised, {args.members} members {rate:8.0f} messages/s   "
              f"ratio {rate / ref:.2f}  (goal >= 0.35; {personal['failed']} failed)")
        (work / "b").mkdir()
        bulk = run_child(write_config(work / "b", port, args.members, mode="bulk"))
        brate = bulk["sent"] / bulk["seconds"]
        print(f"digestbot bulk, {args.members} members         {brate:8.0f} recipients/s "
              f"ratio {brate / ref:.2f}  (goal >= 2)")
        if args.quick:
            return
        (work / "m").mkdir()
        big = run_child(write_config(work / "m", port, 100_000))
        print(f"digestbot personalised, 100000 members: peak memory {big['max_rss_mb']:.0f} MB "
              f"(goal < 200), {big['sent'] / big['seconds']:.0f} messages/s, "
              f"{big['wall']:.0f} s in all")
        (work / "r").mkdir()
        limited = run_child(write_config(work / "r", port, 2000, rate_limit=50))
        held = limited["sent"] / limited["seconds"]
        print(f"rate_limit = 50, 2000 messages: {held:.2f} messages/s "
              f"({(held / 50 - 1) * 100:+.1f}%; goal within 5%)")
    finally:
        sink.terminate()
        sink.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
