"""How long `digestbot serve` instances take to share lists, and to take over a dead one's.

Starts instance A, then B, against a fresh database on the machine's PostgreSQL with
six lists and the default `[scheduler]` settings; prints when the lists are shared 3/3,
then kills A with SIGKILL and prints when B leads all six.

    PYTHONPATH=$PWD .venv/bin/python bench/takeover.py
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = os.environ.get("DIGESTBOT_TEST_PG_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
LISTS = 6


def held(log: Path) -> set[str]:
    """The lists an instance leads now, from its log."""
    lists: set[str] = set()
    for line in log.read_text().splitlines():
        name = next((w[5:] for w in line.split() if w.startswith("list=")), None)
        if name and " list taken " in line:
            lists.add(name)
        elif name and (" list released " in line or " list lost " in line):
            lists.discard(name)
    return lists


def wait(condition: object, timeout: float = 180) -> float:
    start = time.monotonic()
    while not condition():  # type: ignore[operator]
        if time.monotonic() - start > timeout:
            raise SystemExit("timed out")
        time.sleep(0.1)
    return time.monotonic() - start


def main() -> None:
    name = f"digestbot_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            lists = "".join(f'[lists.l{i}]\nmembers = ["m{i}@example.org"]\n'
                            'digest_schedule = "0 9 * * mon"\nreminder_schedule = ""\n'
                            for i in range(LISTS))
            config = folder / "digestbot.toml"
            config.write_text(f'[bot]\nstore = "{url}"\nnotes_dir = "{folder}/notes"\n'
                              f'[smtp]\noutbox = "{folder}/outbox"\n' + lists)
            env = dict(os.environ, PYTHONPATH=str(ROOT))
            logs = {n: folder / f"{n}.log" for n in "ab"}
            for n in "ab":
                with logs[n].open("w") as err:
                    procs.append(subprocess.Popen(
                        [sys.executable, "-m", "digestbot", "--config", str(config), "serve"],
                        env=env, stderr=err))
                time.sleep(3)
            took = wait(lambda: len(held(logs["a"])) == len(held(logs["b"])) == LISTS // 2)
            print(f"lists shared {LISTS // 2}/{LISTS // 2} {took:.1f} s after B started")
            procs[0].send_signal(signal.SIGKILL)
            procs[0].wait()
            took = wait(lambda: len(held(logs["b"])) == LISTS)
            print(f"B leads all {LISTS} lists {took:.1f} s after A was killed "
                  "(lock_timeout_seconds = 60: a round every 15 s)")
            procs[1].send_signal(signal.SIGTERM)
            print(f"B stopped with exit code {procs[1].wait(30)}")
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
        with admin.connect() as conn:
            conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE datname = :n"), {"n": name})
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()


if __name__ == "__main__":
    main()
