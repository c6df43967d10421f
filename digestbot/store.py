"""The store: sessions, follow-ups and their history, digests and per-recipient deliveries.

SQLite (the embedded default) or PostgreSQL, through SQLAlchemy Core. Opening a store
applies any pending Alembic migration, so an existing database is upgraded in place.
Every method takes `now` from its caller: the store never reads the clock.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    create_engine,
    event,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.sql import ColumnElement

from digestbot.errors import StoreError
from digestbot.matching import SAME_TASK_THRESHOLD, same_people, task_similarity
from digestbot.matching import same_task as same_task  # where it used to be
from digestbot.model import FollowUp, Session, follow_up_id
from digestbot.schema import (
    deliveries,
    digests,
    follow_up_events,
    follow_ups,
    reminder_items,
    sessions,
    suppressions,
)

MIGRATIONS = Path(__file__).parent / "migrations"
# Without a way to tell whether a claim's sender runs (digestbot.leader.SenderPresence
# tells it at once), a claim this old is taken to be a dead sender's.
CLAIM_STALE_AFTER = timedelta(minutes=10)


# A failure worth another try: no answer from the server, or a 4xx. A 5xx is final.
TEMPORARY_FAILURE = (deliveries.c.status == "failed") & (
    deliveries.c.code.is_(None) | (deliveries.c.code < 500))
STILL_TO_TRY = (deliveries.c.status == "pending") | TEMPORARY_FAILURE


def is_temporary_failure(code: int | None) -> bool:
    """The same rule as TEMPORARY_FAILURE, for a code already read."""
    return code is None or code < 500


def _utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes: they were stored as UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


@dataclass(frozen=True)
class StoredFollowUp:
    id: str
    list_name: str
    session_id: int | None
    task: str
    owners: tuple[str, ...]
    due: date | None
    status: str
    snoozed_until: date | None
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    meeting_date: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "list": self.list_name, "owners": list(self.owners),
            "task": self.task, "due": self.due.isoformat() if self.due else None,
            "status": self.status,
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
            "meeting_date": self.meeting_date.isoformat() if self.meeting_date else None,
            "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True)
class StoredDigest:
    id: int
    list_name: str
    kind: str
    key: str
    session_id: int | None
    subject: str
    message_id: str
    created_at: datetime
    completed_at: datetime | None


@dataclass(frozen=True)
class IngestResult:
    session_id: int
    created: bool
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()


def _best_match(known: Sequence[StoredFollowUp], item: FollowUp) -> StoredFollowUp | None:
    """The earlier follow-up `item` rewords, if any: open ones and shared owners first."""
    best: tuple[float, ...] | None = None
    match = None
    for k in known:
        people = same_people(k.owners, item.owners)
        score = task_similarity(k.task, item.task, same_people=people)
        if score < SAME_TASK_THRESHOLD:
            continue
        rank = (k.status != "done", people, score, k.created_at.timestamp())
        if best is None or rank > best:
            best, match = rank, k
    return match


class Store:
    """One database; open it with `open_store`."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction; database failures come out as StoreError."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(f"store {self.engine.url.render_as_string()}: "
                             f"{exc.orig or exc}") from exc

    def _insert(self, table: Any) -> Any:
        dialect = postgresql if self.dialect == "postgresql" else sqlite
        return dialect.insert(table)

    # -- sessions ---------------------------------------------------------------------

    def ingest(self, list_name: str, session: Session, *, now: datetime) -> IngestResult:
        """Store a session and merge its follow-ups; the same notes twice change nothing."""
        with self.begin() as conn:
            existing = conn.execute(
                select(sessions.c.id).where(sessions.c.list_name == list_name,
                                            sessions.c.fingerprint == session.fingerprint)
            ).scalar()
            if existing is not None:
                return IngestResult(existing, created=False)
            inserted = conn.execute(sessions.insert().values(
                list_name=list_name, fingerprint=session.fingerprint, source=session.source,
                title=session.name, meeting_date=session.date,
                data=session.to_json() | {"event_name": session.event_name},
                ingested_at=now,
            )).inserted_primary_key
            session_id = int(inserted[0]) if inserted else 0
            added, updated = self._merge_follow_ups(conn, list_name, session_id,
                                                    session.follow_ups, now)
        return IngestResult(session_id, True, tuple(added), tuple(updated))

    def _merge_follow_ups(self, conn: Connection, list_name: str, session_id: int,
                          items: Sequence[FollowUp], now: datetime) -> tuple[list[str], list[str]]:
        known = [self._row_to_follow_up(r) for r in conn.execute(
            select(follow_ups).where(follow_ups.c.list_name == list_name))]
        added: list[str] = []
        updated: list[str] = []
        for item in items:
            match = next((k for k in known if k.id == item.id), None) or _best_match(
                [k for k in known if k.session_id != session_id], item)
            if match is None:
                fid = self._free_id(conn, item.id)
                conn.execute(follow_ups.insert().values(
                    id=fid, list_name=list_name, session_id=session_id, task=item.task,
                    owners=list(item.owners), due=item.due, status=item.status,
                    created_at=now, updated_at=now,
                    closed_at=now if item.status == "done" else None))
                self._event(conn, fid, now, "created", item.status, session_id)
                added.append(fid)
                continue
            changes: dict[str, Any] = {}
            if item.status != match.status and not (item.status == "open"
                                                    and match.status == "forthcoming"):
                changes["status"] = item.status
                changes["closed_at"] = now if item.status == "done" else None
            if item.due and item.due != match.due:
                changes["due"] = item.due
            if item.owners and tuple(item.owners) != match.owners:
                changes["owners"] = list(item.owners)
            if changes:
                conn.execute(update(follow_ups).where(follow_ups.c.id == match.id)
                             .values(updated_at=now, **changes))
                detail = ", ".join(f"{k}={v}" for k, v in changes.items() if k != "closed_at")
                self._event(conn, match.id, now, "updated by notes", detail, session_id)
                updated.append(match.id)
        return added, updated

    def _free_id(self, conn: Connection, wanted: str) -> str:
        candidate, n = wanted, 0
        while conn.execute(select(follow_ups.c.id).where(follow_ups.c.id == candidate)).first():
            n += 1
            candidate = follow_up_id(f"{wanted}#{n}")
        return candidate

    def _event(self, conn: Connection, fid: str, now: datetime, action: str, detail: str,
               session_id: int | None = None) -> None:
        conn.execute(follow_up_events.insert().values(
            follow_up_id=fid, at=now, action=action, detail=detail, session_id=session_id))

    def get_session(self, session_id: int) -> Session:
        with self.begin() as conn:
            row = conn.execute(select(sessions).where(sessions.c.id == session_id)).one()
        return Session.from_json(row.data, source=row.source, fingerprint=row.fingerprint)

    def session_ids(self, list_name: str) -> list[int]:
        """Every stored session of a list, oldest first."""
        with self.begin() as conn:
            return list(conn.execute(select(sessions.c.id).where(
                sessions.c.list_name == list_name).order_by(sessions.c.id)).scalars())

    def sessions_without_digest(self, list_name: str) -> list[int]:
        """Sessions of a list that no digest has been made for yet, oldest first."""
        with self.begin() as conn:
            done = select(digests.c.session_id).where(digests.c.kind == "digest",
                                                      digests.c.session_id.is_not(None))
            return list(conn.execute(
                select(sessions.c.id).where(sessions.c.list_name == list_name,
                                            sessions.c.id.not_in(done))
                .order_by(sessions.c.id)).scalars())

    # -- follow-ups -------------------------------------------------------------------

    def _row_to_follow_up(self, row: Any, meeting_date: date | None = None) -> StoredFollowUp:
        return StoredFollowUp(
            id=row.id, list_name=row.list_name, session_id=row.session_id, task=row.task,
            owners=tuple(row.owners), due=row.due, status=row.status,
            snoozed_until=row.snoozed_until, created_at=_utc(row.created_at),  # type: ignore[arg-type]
            updated_at=_utc(row.updated_at), closed_at=_utc(row.closed_at),  # type: ignore[arg-type]
            meeting_date=meeting_date)

    def follow_ups(self, *, list_name: str | None = None, open_only: bool = False,
                   owner: str | None = None, exclude_session: int | None = None,
                   ) -> list[StoredFollowUp]:
        """Follow-ups, oldest first, filtered as asked."""
        query = (select(follow_ups, sessions.c.meeting_date)
                 .join(sessions, sessions.c.id == follow_ups.c.session_id, isouter=True)
                 .order_by(follow_ups.c.created_at, follow_ups.c.id))
        if list_name:
            query = query.where(follow_ups.c.list_name == list_name)
        if open_only:
            query = query.where(follow_ups.c.status.in_(("open", "forthcoming")))
        if exclude_session is not None:
            query = query.where(follow_ups.c.session_id.is_distinct_from(exclude_session))
        with self.begin() as conn:
            rows = [self._row_to_follow_up(r, r.meeting_date) for r in conn.execute(query)]
        if owner:
            wanted = owner.lower().lstrip("@")
            rows = [r for r in rows if any(o.lower().lstrip("@") == wanted for o in r.owners)]
        return rows

    def get_follow_up(self, fid: str) -> StoredFollowUp:
        matches = [f for f in self.follow_ups() if f.id == fid or f.id.startswith(fid)]
        if len(matches) != 1:
            what = "no follow-up" if not matches else "more than one follow-up"
            raise StoreError(f"{what} with id {fid!r}")
        return matches[0]

    def follow_up_history(self, fid: str) -> list[dict[str, Any]]:
        with self.begin() as conn:
            rows = conn.execute(select(follow_up_events).where(
                follow_up_events.c.follow_up_id == fid).order_by(follow_up_events.c.id))
            return [{"at": _utc(r.at).isoformat(), "action": r.action,  # type: ignore[union-attr]
                     "detail": r.detail} for r in rows]

    def change_follow_up(self, fid: str, *, now: datetime, action: str, **values: Any,
                         ) -> StoredFollowUp:
        """Change one follow-up and keep the change in its history."""
        item = self.get_follow_up(fid)
        if "status" in values:
            values["closed_at"] = now if values["status"] == "done" else None
        if "owners" in values:
            values["owners"] = list(values["owners"])
        detail = ", ".join(f"{k}={v}" for k, v in values.items() if k != "closed_at")
        with self.begin() as conn:
            conn.execute(update(follow_ups).where(follow_ups.c.id == item.id)
                         .values(updated_at=now, **values))
            self._event(conn, item.id, now, action, detail)
        return self.get_follow_up(item.id)

    def add_follow_up(self, list_name: str, item: FollowUp, *, now: datetime) -> str:
        with self.begin() as conn:
            fid = self._free_id(conn, item.id)
            conn.execute(follow_ups.insert().values(
                id=fid, list_name=list_name, session_id=None, task=item.task,
                owners=list(item.owners), due=item.due, status=item.status,
                created_at=now, updated_at=now))
            self._event(conn, fid, now, "added by hand", item.status)
        return fid

    # -- digests and deliveries -------------------------------------------------------

    def find_digest(self, key: str) -> StoredDigest | None:
        with self.begin() as conn:
            row = conn.execute(select(digests).where(digests.c.key == key)).first()
        return self._row_to_digest(row) if row else None

    def _row_to_digest(self, row: Any) -> StoredDigest:
        return StoredDigest(row.id, row.list_name, row.kind, row.key, row.session_id,
                            row.subject, row.message_id, _utc(row.created_at),  # type: ignore[arg-type]
                            _utc(row.completed_at))

    def create_digest(self, *, key: str, list_name: str, kind: str, session_id: int | None,
                      subject: str, message_id: str, html: str, recipients: Iterable[str],
                      now: datetime) -> StoredDigest:
        """Record a digest and one pending delivery row per recipient, in one transaction."""
        with self.begin() as conn:
            conn.execute(self._insert(digests).values(
                key=key, list_name=list_name, kind=kind, session_id=session_id,
                subject=subject, message_id=message_id, html=html, created_at=now,
            ).on_conflict_do_nothing(index_elements=["key"]))
            row = conn.execute(select(digests).where(digests.c.key == key)).one()
            insert = self._insert(deliveries).on_conflict_do_nothing(
                index_elements=["digest_id", "recipient"])
            # In chunks: a list of 100,000 members must not become 100,000 dicts at once.
            unique = iter(dict.fromkeys(recipients))
            while chunk := list(itertools.islice(unique, 5000)):
                conn.execute(insert, [{"digest_id": row.id, "recipient": r, "status": "pending",
                                       "attempts": 0, "response": "", "updated_at": now}
                                      for r in chunk])
        return self._row_to_digest(row)

    def recipients(self, digest_id: int, status: str | None = None) -> list[str]:
        query = select(deliveries.c.recipient).where(deliveries.c.digest_id == digest_id)
        if status:
            query = query.where(deliveries.c.status == status)
        with self.begin() as conn:
            return list(conn.execute(query.order_by(deliveries.c.id)).scalars())

    def record_results(self, digest_id: int, results: Sequence[tuple[str, str, int | None, str]],
                       *, now: datetime) -> None:
        """Record (recipient, status, code, response) answers; sent rows are never undone."""
        if not results:
            return
        # One executemany per batch: the delivery engine commits small batches of
        # answers, and one statement per answer was the cost at thousands a second.
        statement = (
            update(deliveries)
            .where(deliveries.c.digest_id == bindparam("b_digest"),
                   deliveries.c.recipient == bindparam("b_recipient"),
                   deliveries.c.status != "sent")
            .values(status=bindparam("b_status"), code=bindparam("b_code"),
                    response=bindparam("b_response"), attempts=deliveries.c.attempts + 1,
                    updated_at=bindparam("b_now")))
        rows = [{"b_digest": digest_id, "b_recipient": recipient, "b_status": status,
                 "b_code": code, "b_response": response[:500], "b_now": now}
                for recipient, status, code, response in results]
        with self.begin() as conn:
            conn.execute(statement, rows)

    def reset_failed(self, digest_id: int, *, now: datetime) -> int:
        """Put temporarily failed recipients back to pending; 5xx refusals stay failed."""
        with self.begin() as conn:
            return conn.execute(update(deliveries).where(
                deliveries.c.digest_id == digest_id, TEMPORARY_FAILURE,
            ).values(status="pending", updated_at=now, claimed_at=None,
                     claimed_by=None)).rowcount

    def retryable(self, digest_id: int) -> list[str]:
        """Recipients still to try: pending, or failed with a temporary error."""
        with self.begin() as conn:
            return list(conn.execute(select(deliveries.c.recipient).where(
                deliveries.c.digest_id == digest_id, STILL_TO_TRY,
            ).order_by(deliveries.c.id)).scalars())

    def complete_digest(self, digest_id: int, *, now: datetime) -> None:
        with self.begin() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id,
                                               digests.c.completed_at.is_(None))
                         .values(completed_at=now))

    def incomplete_digests(self, list_name: str, kind: str = "digest") -> list[StoredDigest]:
        """Digests with recipients still to try (a crash, a stop or a 4xx left them)."""
        with self.begin() as conn:
            todo = select(deliveries.c.digest_id).where(STILL_TO_TRY)
            rows = conn.execute(select(digests).where(
                digests.c.list_name == list_name, digests.c.kind == kind,
                digests.c.id.in_(todo)).order_by(digests.c.id)).all()
        return [self._row_to_digest(r) for r in rows]

    def digest_html(self, digest_id: int) -> str:
        with self.begin() as conn:
            return str(conn.execute(select(digests.c.html).where(
                digests.c.id == digest_id)).scalar_one())

    def history(self, *, list_name: str | None = None, limit: int = 50,
                with_recipients: bool = True) -> list[dict[str, Any]]:
        """Digests and reminders, newest first, with per-recipient results."""
        query = select(digests).order_by(digests.c.id.desc()).limit(limit)
        if list_name:
            query = query.where(digests.c.list_name == list_name)
        out = []
        with self.begin() as conn:
            for d in conn.execute(query).all():
                counts: dict[str, int] = dict(conn.execute(  # type: ignore[arg-type]
                    select(deliveries.c.status, func.count())
                    .where(deliveries.c.digest_id == d.id).group_by(deliveries.c.status)).all())
                entry: dict[str, Any] = {
                    "id": d.id, "list": d.list_name, "kind": d.kind, "subject": d.subject,
                    "message_id": d.message_id, "created_at": _utc(d.created_at).isoformat(),  # type: ignore[union-attr]
                    "completed_at": (_utc(d.completed_at).isoformat()  # type: ignore[union-attr]
                                     if d.completed_at else None),
                    "counts": {k: counts.get(k, 0) for k in ("sent", "failed", "pending")},
                }
                if with_recipients:
                    entry["recipients"] = [
                        {"recipient": r.recipient, "status": r.status, "code": r.code,
                         "response": r.response, "attempts": r.attempts}
                        for r in conn.execute(select(deliveries).where(
                            deliveries.c.digest_id == d.id).order_by(deliveries.c.id))]
                out.append(entry)
        return out

    def suppress(self, list_name: str, address: str, *, reason: str, now: datetime) -> None:
        with self.begin() as conn:
            conn.execute(self._insert(suppressions).values(
                list_name=list_name, address=address.lower(), reason=reason, at=now,
            ).on_conflict_do_nothing(index_elements=["list_name", "address"]))

    def suppressed(self, list_name: str) -> set[str]:
        with self.begin() as conn:
            return set(conn.execute(select(suppressions.c.address).where(
                suppressions.c.list_name == list_name)).scalars())

    # -- reminders --------------------------------------------------------------------

    def record_reminder_items(self, key: str, target: str, item_ids: Iterable[str]) -> None:
        """Note which follow-ups the reminder `key` lists for `target` (idempotent)."""
        rows = [{"digest_key": key, "follow_up_id": fid, "target": target}
                for fid in dict.fromkeys(item_ids)]
        if not rows:
            return
        with self.begin() as conn:
            conn.execute(self._insert(reminder_items).on_conflict_do_nothing(
                index_elements=["digest_key", "follow_up_id"]), rows)

    def reminder_history(self, list_name: str) -> dict[tuple[str, str], datetime]:
        """(follow-up id, target) -> when a reminder listing it last reached that target."""
        query = (select(reminder_items.c.follow_up_id, reminder_items.c.target,
                        func.max(deliveries.c.updated_at))
                 .join(digests, digests.c.key == reminder_items.c.digest_key)
                 .join(deliveries, deliveries.c.digest_id == digests.c.id)
                 .where(digests.c.list_name == list_name, digests.c.kind == "reminder",
                        deliveries.c.status == "sent")
                 .group_by(reminder_items.c.follow_up_id, reminder_items.c.target))
        with self.begin() as conn:
            return {(fid, target): _utc(at) for fid, target, at in conn.execute(query)}  # type: ignore[misc]

    def reminder_item_ids(self, key: str) -> list[str]:
        """The follow-ups the reminder `key` listed."""
        with self.begin() as conn:
            return list(conn.execute(select(reminder_items.c.follow_up_id).where(
                reminder_items.c.digest_key == key).order_by(reminder_items.c.id)).scalars())

    def claim_pending(self, digest_id: int, *, now: datetime, claimer: str,
                      alive: Callable[[set[str]], set[str]] | None = None, limit: int = 500,
                      stale_after: timedelta = CLAIM_STALE_AFTER) -> list[str]:
        """Take up to `limit` pending recipients for `claimer`, atomically: rows another
        live sender holds are left alone, so two senders never send the same delivery.

        `alive` says which other claimers still run; the rows of the others (a killed
        process) are taken over at once. Without it, claims older than `stale_after`
        are. Rows `claimer` holds already are not taken again.
        """
        pending = and_(deliveries.c.digest_id == digest_id, deliveries.c.status == "pending")
        with self.begin() as conn:
            others = set(conn.execute(select(deliveries.c.claimed_by).distinct().where(
                pending, deliveries.c.claimed_by.is_not(None),
                deliveries.c.claimed_by != claimer)).scalars())
        taken_over: ColumnElement[bool]
        if alive is not None:  # only the rows of senders that are gone
            taken_over = deliveries.c.claimed_by.in_(sorted(others - alive(others)))
        else:  # no way to tell: only claims so old that their sender must be gone
            taken_over = deliveries.c.claimed_at < now - stale_after
        claimable = and_(pending, or_(deliveries.c.claimed_by.is_(None), taken_over))
        ids = select(deliveries.c.id).where(claimable).order_by(deliveries.c.id).limit(limit)
        if self.dialect == "postgresql":
            ids = ids.with_for_update(skip_locked=True)
        with self.begin() as conn:
            return list(conn.execute(
                update(deliveries).where(deliveries.c.id.in_(ids.scalar_subquery()), claimable)
                .values(claimed_at=now, claimed_by=claimer, updated_at=now)
                .returning(deliveries.c.recipient)).scalars())

    def release_claims(self, digest_id: int, claimer: str) -> None:
        """Give back the rows `claimer` holds that are still pending (it stopped early)."""
        with self.begin() as conn:
            conn.execute(update(deliveries).where(
                deliveries.c.digest_id == digest_id, deliveries.c.status == "pending",
                deliveries.c.claimed_by == claimer).values(claimed_at=None, claimed_by=None))

    def unheld_pending(self, digest_id: int, *, claimer: str) -> int:
        """Pending recipients no other sender holds (free, or held by `claimer`)."""
        with self.begin() as conn:
            return int(conn.execute(select(func.count()).where(
                deliveries.c.digest_id == digest_id, deliveries.c.status == "pending",
                or_(deliveries.c.claimed_by.is_(None), deliveries.c.claimed_by == claimer),
            )).scalar_one())

    def session_digest(self, session_id: int) -> StoredDigest | None:
        """The first digest sent for a session (what its reminders thread under)."""
        with self.begin() as conn:
            row = conn.execute(select(digests).where(
                digests.c.session_id == session_id, digests.c.kind == "digest",
            ).order_by(digests.c.id).limit(1)).first()
        return self._row_to_digest(row) if row else None

    def expire_unsent(self, digest_id: int, *, now: datetime, response: str) -> int:
        """Give up on a digest's pending and failed recipients (a stale reminder): their
        rows become `expired`, kept for the record and never retried."""
        with self.begin() as conn:
            return conn.execute(update(deliveries).where(
                deliveries.c.digest_id == digest_id,
                deliveries.c.status.in_(("pending", "failed")),
            ).values(status="expired", response=response, updated_at=now)).rowcount

    # -- archive (web) ----------------------------------------------------------------

    def archived_digests(self, list_name: str, *, limit: int = 200) -> list[StoredDigest]:
        """A list's digests (not tests or reminders), newest first."""
        with self.begin() as conn:
            rows = conn.execute(select(digests).where(
                digests.c.list_name == list_name, digests.c.kind == "digest",
            ).order_by(digests.c.id.desc()).limit(limit)).all()
        return [self._row_to_digest(r) for r in rows]

    def archived_digest(self, list_name: str, message_id: str) -> tuple[StoredDigest, str] | None:
        """One digest of a list by its Message-ID, with its HTML; None if there is none."""
        with self.begin() as conn:
            row = conn.execute(select(digests).where(
                digests.c.list_name == list_name, digests.c.kind == "digest",
                digests.c.message_id == message_id)).first()
        return (self._row_to_digest(row), str(row.html)) if row else None

    # -- the delivery ledger, in chunks ---------------------------------------------

    def delivery_counts(self, digest_id: int) -> dict[str, int]:
        """How many recipients are pending, sent, failed, and failed but retryable."""
        with self.begin() as conn:
            rows = conn.execute(
                select(deliveries.c.status, deliveries.c.code, func.count())
                .where(deliveries.c.digest_id == digest_id)
                .group_by(deliveries.c.status, deliveries.c.code)).all()
        counts = {"pending": 0, "sent": 0, "failed": 0, "retryable": 0}
        for status, code, n in rows:
            counts[status] = counts.get(status, 0) + n
            if status == "failed" and is_temporary_failure(code):
                counts["retryable"] += n
        return counts

    def recipient_total(self, digest_id: int) -> int:
        """How many recipients a digest has, whatever their state."""
        with self.begin() as conn:
            return int(conn.execute(select(func.count()).where(
                deliveries.c.digest_id == digest_id)).scalar_one())

    def delivery_status(self, digest_id: int, recipient: str) -> str | None:
        """One recipient's state for a digest (pending, sent, failed), None if not one."""
        with self.begin() as conn:
            return conn.execute(select(deliveries.c.status).where(
                deliveries.c.digest_id == digest_id,
                deliveries.c.recipient == recipient)).scalar()

    def iter_recipients(self, digest_id: int, status: str, *,
                        chunk: int = 2000) -> Iterator[str]:
        """A digest's recipients in `status`, read `chunk` rows at a time (keyset paging)."""
        last = 0
        while True:
            with self.begin() as conn:
                rows = conn.execute(
                    select(deliveries.c.id, deliveries.c.recipient)
                    .where(deliveries.c.digest_id == digest_id, deliveries.c.status == status,
                           deliveries.c.id > last)
                    .order_by(deliveries.c.id).limit(chunk)).all()
            if not rows:
                return
            last = rows[-1].id
            yield from (r.recipient for r in rows)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_store(url: str) -> Store:
    """Open (creating if needed) and migrate the store at `url`."""
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ModuleNotFoundError, ValueError) as exc:
        raise StoreError(f"store URL {url!r} is not usable: {exc}") from exc
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    migrate(store)
    return store


def migrate(store: Store) -> None:
    """Apply every pending migration."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        where = store.engine.url.render_as_string(hide_password=True)
        raise StoreError(f"store {where}: cannot open or migrate: {exc.__class__.__name__}: "
                         f"{getattr(exc, 'orig', None) or exc}") from exc
