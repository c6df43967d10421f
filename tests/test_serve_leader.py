"""List leadership: one holder per list, on PostgreSQL advisory locks and on lock files."""

from __future__ import annotations

from pathlib import Path

from digestbot.leader import FileLeadership, PgLeadership, open_leadership
from digestbot.store import open_store


def test_advisory_locks_one_holder_per_list_and_a_count_of_instances(pg_url: str) -> None:
    store = open_store(pg_url)
    a, b = PgLeadership(store.engine, "a"), PgLeadership(store.engine, "b")
    try:
        assert a.try_acquire("igc") and not b.try_acquire("igc")
        assert b.try_acquire("other")
        assert a.instances() == b.instances() == 2
        assert a.still_held("igc") and not a.still_held("other") and not b.still_held("igc")
        a.release("igc")
        assert not a.still_held("igc") and b.try_acquire("igc")
        # A holder whose connection dies loses its lists at once, to whoever asks next.
        assert b.conn is not None
        b.conn.invalidate()
        assert not b.still_held("igc")
        assert a.try_acquire("igc") and a.try_acquire("other")
        assert a.instances() == 2  # b, still running, came back on a new connection
        b.close()
        assert a.instances() == 1
    finally:
        a.close()
        b.close()
        store.close()


def test_lock_files_one_holder_per_list(tmp_path: Path) -> None:
    a, b = FileLeadership(tmp_path), FileLeadership(tmp_path)
    assert a.try_acquire("igc") and not b.try_acquire("igc")
    assert a.still_held("igc") and not b.still_held("igc")
    a.close()
    assert b.try_acquire("igc") and b.instances() == 1
    b.close()
    store = open_store(f"sqlite:///{tmp_path / 'db' / 'store.db'}")
    try:
        leadership = open_leadership(store, "x")
        assert isinstance(leadership, FileLeadership)
        assert leadership.folder == (tmp_path / "db").resolve()
    finally:
        store.close()
