"""Which instance of `serve` leads which list (one at a time per list), and which senders
are alive (so the deliveries a killed sender had claimed are taken over at once).

On PostgreSQL each list is a session-level advisory lock held on one dedicated
connection; when a process dies its connection closes and the server frees its locks at
once, so another instance takes the list at its next election round (every quarter of
`lock_timeout_seconds`). Each instance also holds a presence lock, so instances can
count each other and share the lists fairly. On SQLite, which only one machine can
use, an flock'ed file per list next to the database plays the same part.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import uuid
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from digestbot.errors import StoreError
from digestbot.store import Store

# Advisory lock namespaces (the first int4 of the two-key form): "dbL1", "dbI1", "dbS1".
NS_LIST = 0x64624C31
NS_INSTANCE = 0x64624931
NS_SENDER = 0x64625331


def lock_key(name: str) -> int:
    """A stable non-negative int4 for a list or instance name."""
    return zlib.crc32(name.encode("utf-8")) & 0x7FFFFFFF


class Leadership(Protocol):
    def try_acquire(self, list_name: str) -> bool: ...
    def still_held(self, list_name: str) -> bool: ...
    def release(self, list_name: str) -> None: ...
    def instances(self) -> int: ...
    def close(self) -> None: ...


class PgLeadership:
    """Advisory locks on one connection that lives as long as the process."""

    def __init__(self, engine: Engine, instance: str):
        self.engine = engine
        self.instance = instance
        self.conn: Connection | None = None
        self.held: set[str] = set()

    def _connection(self) -> Connection:
        if self.conn is None or self.conn.closed or self.conn.invalidated:
            self.held.clear()  # a new session holds nothing
            self.conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self.conn.execute(text("SELECT pg_advisory_lock(:ns, :key)"),
                              {"ns": NS_INSTANCE, "key": lock_key(self.instance)})
        return self.conn

    def _scalar(self, sql: str, **params: Any) -> Any:
        try:
            return self._connection().execute(text(sql), params).scalar()
        except SQLAlchemyError as exc:
            self._discard()
            raise StoreError(f"leadership lock: {exc.__class__.__name__}: "
                             f"{getattr(exc, 'orig', None) or exc}") from exc

    def _discard(self) -> None:
        if self.conn is not None:
            try:
                self.conn.invalidate()
                self.conn.close()
            except SQLAlchemyError:
                pass
        self.conn = None
        self.held.clear()

    def try_acquire(self, list_name: str) -> bool:
        got = bool(self._scalar("SELECT pg_try_advisory_lock(:ns, :key)",
                                ns=NS_LIST, key=lock_key(list_name)))
        if got:
            self.held.add(list_name)
        return got

    def still_held(self, list_name: str) -> bool:
        if list_name not in self.held:
            return False
        try:
            return bool(self._scalar(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND pid = pg_backend_pid() AND classid::bigint = :ns "
                "AND objid::bigint = :key", ns=NS_LIST, key=lock_key(list_name)))
        except StoreError:
            return False

    def release(self, list_name: str) -> None:
        if list_name in self.held:
            self.held.discard(list_name)
            self._scalar("SELECT pg_advisory_unlock(:ns, :key)",
                         ns=NS_LIST, key=lock_key(list_name))

    def instances(self) -> int:
        return int(self._scalar(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid::bigint = :ns AND database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())",
            ns=NS_INSTANCE))

    def close(self) -> None:
        # Unlock first: the server ends a closed session a moment later, not at once.
        # Then invalidate: a pooled connection would go back to the pool, locks and all.
        _unlock_all(self.conn)
        self._discard()


def _unlock_all(conn: Connection | None) -> None:
    """Free a session's advisory locks now (a dead connection has none left anyway)."""
    if conn is None or conn.closed or conn.invalidated:
        return
    with suppress(SQLAlchemyError):
        conn.execute(text("SELECT pg_advisory_unlock_all()"))


class FileLeadership:
    """flock(2) on one file per list: held until released or the process ends."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.fds: dict[str, int] = {}

    def _path(self, list_name: str) -> Path:
        return self.folder / f".digestbot-{list_name}.lock"

    def try_acquire(self, list_name: str) -> bool:
        fd = os.open(self._path(list_name), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self.fds[list_name] = fd
        return True

    def still_held(self, list_name: str) -> bool:
        return list_name in self.fds

    def release(self, list_name: str) -> None:
        fd = self.fds.pop(list_name, None)
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def instances(self) -> int:
        return 1  # unknown on SQLite: take every list that is free

    def close(self) -> None:
        for name in list(self.fds):
            self.release(name)


def open_leadership(store: Store, instance: str) -> Leadership:
    """Advisory locks on PostgreSQL, lock files next to a SQLite database."""
    if store.dialect == "postgresql":
        return PgLeadership(store.engine, instance)
    return FileLeadership(_lock_folder(store))


# -- senders ---------------------------------------------------------------------------


class SenderPresence(Protocol):
    """A running sender's token, held as a lock while it sends; others can test it."""

    token: str

    def alive(self, tokens: set[str]) -> set[str]: ...
    def close(self) -> None: ...


class PgSenderPresence:
    """An advisory lock per sender, on a connection of its own, for as long as it sends."""

    def __init__(self, engine: Engine):
        self.token = uuid.uuid4().hex
        self.conn: Connection | None = engine.connect().execution_options(
            isolation_level="AUTOCOMMIT")
        self.conn.execute(text("SELECT pg_advisory_lock(:ns, :key)"),
                          {"ns": NS_SENDER, "key": lock_key(self.token)})

    def alive(self, tokens: set[str]) -> set[str]:
        assert self.conn is not None
        held = set(self.conn.execute(text(
            "SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid::bigint = :ns AND database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())"),
            {"ns": NS_SENDER}).scalars())
        return {t for t in tokens if lock_key(t) in held}

    def close(self) -> None:
        if self.conn is not None:
            _unlock_all(self.conn)
            self.conn.invalidate()  # end the session, never back to the pool
            self.conn.close()
        self.conn = None


class FileSenderPresence:
    """An flock'ed file per sender next to the SQLite database, while it sends."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.token = uuid.uuid4().hex
        self.path = self._path(self.token)
        self.fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def _path(self, token: str) -> Path:
        return self.folder / f".digestbot-sender-{token}.lock"

    def alive(self, tokens: set[str]) -> set[str]:
        out = set()
        for token in tokens:
            path = self._path(token)
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                continue  # it finished, or its file was cleaned up: gone
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                out.add(token)  # still locked by a running sender
            else:
                path.unlink(missing_ok=True)  # a killed sender's leftover
            finally:
                os.close(fd)
        return out

    def close(self) -> None:
        if self.fd is not None:
            self.path.unlink(missing_ok=True)
            os.close(self.fd)
        self.fd = None


@contextmanager
def sender_presence(store: Store) -> Iterator[SenderPresence]:
    """This sender's presence for the time of one send."""
    presence: SenderPresence
    if store.dialect == "postgresql":
        presence = PgSenderPresence(store.engine)
    else:
        presence = FileSenderPresence(_lock_folder(store))
    try:
        yield presence
    finally:
        presence.close()


def _lock_folder(store: Store) -> Path:
    database = store.engine.url.database
    return Path(database).resolve().parent if database and database != ":memory:" \
        else Path(tempfile.gettempdir())
