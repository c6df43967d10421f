"""The main jobs, shared by the CLI and the scheduler: ingest notes, send a session's digest.

Each job is collect -> policy -> assemble -> deliver: it reads the store, asks the pure
modules (`digest`, `compose`) what to send, records the digest and its pending
deliveries, then hands the messages to a transport and records each answer as it comes.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from digestbot.compose import Composed, ListIdentity, Templates, compose
from digestbot.config import Settings
from digestbot.delivery import Envelope, Result, make_transport
from digestbot.digest import Digest, build_digest
from digestbot.dkim import load_signer
from digestbot.errors import TemporaryDeliveryError
from digestbot.leader import SenderPresence, sender_presence
from digestbot.model import Session
from digestbot.notes import parse_notes
from digestbot.store import IngestResult, Store, StoredDigest

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]  # (done, total)
# The summary lists the first failures; `history` has them all.
MAX_LISTED_FAILURES = 100


@dataclass
class App:
    """What a job needs from the outside world, opened once by the CLI or the service."""

    settings: Settings
    store: Store
    clock: Clock
    templates: Templates = field(init=False)

    def __post_init__(self) -> None:
        self.templates = Templates(self.settings.bot.templates_dir)

    def identity(self, list_name: str) -> ListIdentity:
        bot, lst = self.settings.bot, self.settings.lists[list_name]
        return ListIdentity(
            name=list_name, title=lst.title, domain=bot.domain, from_=bot.from_,
            from_address=bot.from_address, post_address=lst.address,
            base_url=bot.base_url, secret=bot.secret.get_secret_value())


@dataclass
class SendSummary:
    """What a send did, for the one-line summary and `--json`."""

    list_name: str
    subject: str
    kind: str = "digest"
    digest_id: int | None = None
    recipients: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    pending: int = 0
    dry_run: bool = False
    note: str = ""
    destination: str = ""
    failures: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    rate: float = 0.0  # recipients accepted per second
    connections: int = 0
    retries: int = 0
    error: str = ""  # why delivery stopped early (server unreachable); recipients stay pending

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def line(self) -> str:
        verb = "would send" if self.dry_run else "sent"
        text = (f"{self.list_name}: {self.subject!r}: {verb} {self.sent}, failed {self.failed}, "
                f"skipped {self.skipped}")
        if self.pending:
            text += f", still pending {self.pending}"
        if self.seconds and self.sent:
            text += f" in {self.seconds:.1f} s ({self.rate:,.0f}/s)"
        if self.note:
            text += f" ({self.note})"
        return text


def ingest_file(app: App, path: Path, list_name: str) -> tuple[Session, IngestResult]:
    """Parse a notes file and store its session and follow-ups (idempotent)."""
    session = parse_notes(path)
    return session, app.store.ingest(list_name, session, now=app.clock())


def digest_for(app: App, list_name: str, session: Session, session_id: int | None) -> Digest:
    """Decide the digest of a session: its content plus earlier open follow-ups."""
    now = app.clock()
    earlier = app.store.follow_ups(list_name=list_name, open_only=True,
                                   exclude_session=session_id)
    if session_id is None:  # not stored (dry run): leave out this session's own items
        own = {f.id for f in session.follow_ups}
        earlier = [f for f in earlier if f.id not in own]
    return build_digest(list_name, app.settings.lists[list_name], session, earlier,
                        today=now.astimezone(app.settings.list_timezone(list_name)).date(),
                        due_soon_days=app.settings.reminders.due_soon_days)


def compose_digest(app: App, digest: Digest, key: str) -> Composed:
    """Render a digest's message once, ready to personalise."""
    return compose(
        app.templates, kind="digest", template="digest",
        context={"digest": digest, "session": digest.session, "outstanding": digest.outstanding,
                 "list_title": digest.list_title, "title": _heading(digest)},
        subject=digest.subject, identity=app.identity(digest.list_name),
        message_id_base=message_id_base("digest", key), now=app.clock())


def _heading(digest: Digest) -> str:
    return digest.subject.split("] ", 1)[-1].rsplit(":", 1)[0]


def message_id_base(kind: str, key: str) -> str:
    return f"{kind}.{hashlib.sha1(key.encode()).hexdigest()[:16]}"


def list_recipients(app: App, list_name: str) -> list[str]:
    """Members not unsubscribed, plus the list's own address."""
    lst = app.settings.lists[list_name]
    suppressed = app.store.suppressed(list_name)
    members = [m for m in lst.members if m.lower() not in suppressed]
    if lst.address and lst.address not in members:
        members.append(lst.address)
    return members


def envelopes_for(app: App, list_name: str, composed: Composed,
                  recipients: Iterable[str]) -> Iterator[Envelope]:
    """One personalised message per member, or bulk batches; one copy to the list address.

    Lazy: a list of 100,000 members is drawn from `recipients` as the pool needs them.
    """
    lst = app.settings.lists[list_name]
    bulk = lst.mode == "bulk" and composed.kind != "reminder"  # reminders are personal
    size = app.settings.smtp.max_recipients_per_message
    signer = load_signer(app.settings.dkim)

    def signed(render: Callable[[], bytes]) -> Callable[[], bytes]:
        # Sign the final bytes: what is sent is what was signed.
        return signer.wrap(render) if signer is not None else render

    shared = _Once(signed(functools.partial(composed.shared,
                                            lst.address or composed.identity.from_)))
    batch: list[str] = []
    for r in recipients:
        if lst.address and r == lst.address:
            yield Envelope((r,), signed(functools.partial(composed.shared, r)))
        elif not bulk:
            yield Envelope((r,), signed(functools.partial(composed.personalise, r)))
        else:
            batch.append(r)
            if len(batch) == size:
                yield Envelope(tuple(batch), shared)
                batch = []
    if batch:
        yield Envelope(tuple(batch), shared)


class _Once:
    """The one bulk message, rendered (and signed) on first use, shared by every batch."""

    def __init__(self, render: Callable[[], bytes]):
        self._render = render
        self._data: bytes | None = None

    def __call__(self) -> bytes:
        if self._data is None:
            self._data = self._render()
        return self._data


class LedgerWriter:
    """Commits delivery answers in small batches from a worker thread (group commit).

    `record()` returns an awaitable that completes once its answers are committed; the
    transport waits on it before sending the body of that connection's next message,
    which keeps the crash guarantee (see digestbot.delivery). Batches are committed in
    order, so a later awaitable implies every earlier one.
    """

    def __init__(self, store: Store, digest_id: int, clock: Clock,
                 on_commit: Callable[[list[Result]], None]):
        self.store, self.digest_id, self.clock = store, digest_id, clock
        self.on_commit = on_commit
        self._queue: list[Result] = []
        self._batch_done: asyncio.Future[None] | None = None
        self._wake = asyncio.Event()
        self._closed = False
        self._task = asyncio.create_task(self._run())

    def record(self, results: Sequence[Result]) -> asyncio.Future[None]:
        """Queue answers; the future is done when they are durable."""
        if self._closed:
            raise RuntimeError("the ledger writer is closed")
        if self._task.done():  # a commit failed: stop sending, say why
            self._task.result()
        self._queue.extend(results)
        if self._batch_done is None:
            self._batch_done = asyncio.get_running_loop().create_future()
        self._wake.set()
        return self._batch_done

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if not self._queue:
                if self._closed:
                    return
                continue
            batch, done = self._queue, self._batch_done
            self._queue, self._batch_done = [], None
            rows = [(r.recipient, r.status, r.code, r.response) for r in batch]
            try:
                await asyncio.to_thread(self.store.record_results, self.digest_id, rows,
                                        now=self.clock())
            except BaseException as exc:
                # Fail every waiter, including answers queued during this commit, so
                # that no connection waits for a durability that will never come.
                for future in (done, self._batch_done):
                    if future is not None and not future.done():
                        future.set_exception(exc)
                        future.exception()  # retrieved: the task re-raises it
                raise
            self.on_commit(batch)
            if done is not None and not done.done():
                done.set_result(None)
            if self._queue or self._closed:
                self._wake.set()

    async def close(self) -> None:
        """Commit what is queued, then stop."""
        self._closed = True
        self._wake.set()
        await self._task


def deliver_recorded(app: App, digest: StoredDigest, composed: Composed,
                     summary: SendSummary, progress: Progress | None = None) -> SendSummary:
    """Send to the digest's pending recipients, committing answers as they come."""
    with sender_presence(app.store) as presence:
        return _deliver_claimed(app, digest, composed, summary, progress, presence)


def _deliver_claimed(app: App, digest: StoredDigest, composed: Composed, summary: SendSummary,
                     progress: Progress | None, presence: SenderPresence) -> SendSummary:
    app.store.reset_failed(digest.id, now=app.clock())
    counts = app.store.delivery_counts(digest.id)
    summary.skipped += counts["sent"]
    total, done = counts["pending"], 0
    transport = make_transport(app.settings.smtp, sender=app.settings.bot.from_address,
                               sender_host=app.settings.bot.domain)
    summary.destination = (f"smtp {app.settings.smtp.host}:{app.settings.smtp.port}"
                           if app.settings.smtp.host else f"maildir {app.settings.smtp.outbox}")

    def committed(results: list[Result]) -> None:
        nonlocal done
        for r in results:
            if r.status == "sent":
                summary.sent += 1
            else:
                summary.failed += 1
                if len(summary.failures) < MAX_LISTED_FAILURES:
                    summary.failures.append({"recipient": r.recipient, "code": r.code,
                                             "response": r.response})
        done += len(results)
        if progress:
            progress(done, total)

    def claimed() -> Iterator[str]:
        # Pending recipients, claimed in batches as the pool draws them, so that another
        # live sender (a second instance, a manual send-now) never takes the same ones;
        # a killed sender's rows are taken over. Rows this sender holds are not claimed
        # again in this run, so rows left without an answer end it.
        while batch := app.store.claim_pending(digest.id, now=app.clock(),
                                               claimer=presence.token,
                                               alive=presence.alive):
            yield from batch

    async def run() -> None:
        ledger = LedgerWriter(app.store, digest.id, app.clock, committed)
        try:
            await transport.deliver(envelopes_for(app, digest.list_name, composed, claimed()),
                                    ledger.record)
        finally:
            await ledger.close()

    started = time.monotonic()
    if total:
        if progress:
            progress(0, total)
        try:
            asyncio.run(run())
        except TemporaryDeliveryError as exc:
            summary.error = str(exc)
        finally:
            # Rows still pending (no server, a refused login, an interrupt) are given back.
            app.store.release_claims(digest.id, presence.token)
    summary.seconds = round(time.monotonic() - started, 3)
    summary.rate = round(summary.sent / summary.seconds, 1) if summary.seconds else 0.0
    summary.connections = transport.stats.connections
    summary.retries = transport.stats.retries
    counts = app.store.delivery_counts(digest.id)
    # Rows another live sender holds are its to report, not left over by this run.
    summary.pending = app.store.unheld_pending(digest.id, claimer=presence.token)
    if counts["pending"] > summary.pending:
        summary.note = f"{counts['pending'] - summary.pending} being sent by another sender"
    if counts["pending"] == 0 and counts["failed"] == 0:
        app.store.complete_digest(digest.id, now=app.clock())
    return summary


def send_session_digest(app: App, list_name: str, session: Session, session_id: int | None, *,
                        force: bool = False, dry_run: bool = False, to: str | None = None,
                        progress: Progress | None = None) -> SendSummary:
    """Build and send one session's digest: once per recipient unless `force`."""
    digest = digest_for(app, list_name, session, session_id)
    summary = SendSummary(list_name=list_name, subject=digest.subject, dry_run=dry_run)
    if digest.is_empty():
        summary.note = "empty digest: nothing in the notes to send"
        return summary
    recipients = [to] if to else list_recipients(app, list_name)
    summary.recipients = len(recipients)
    key = f"digest:{list_name}:{session.fingerprint}"
    kind = "digest"
    if to:
        kind, key = "test", f"test:{list_name}:{session.fingerprint}:{app.clock().isoformat()}"
    elif force:
        key = f"{key}:force:{app.clock().isoformat()}"
    if dry_run:
        existing = app.store.find_digest(key)
        already = set(app.store.recipients(existing.id, "sent")) if existing else set()
        summary.skipped = len([r for r in recipients if r in already])
        summary.sent = len(recipients) - summary.skipped
        compose_digest(app, digest, key)  # renders, so template errors show in a dry run
        return summary
    if session_id is None:
        raise ValueError("a session must be stored before its digest is sent")
    existing = app.store.find_digest(key)
    counts = app.store.delivery_counts(existing.id) if existing else None
    if existing and counts and not counts["pending"] and not counts["retryable"]:
        summary.digest_id = existing.id
        summary.skipped = counts["sent"]
        permanent = counts["failed"]
        summary.note = "already sent to every recipient; use --force to send again" + (
            f" ({permanent} refused permanently: see digestbot history)" if permanent else "")
        return summary
    composed = compose_digest(app, digest, key)
    stored = app.store.create_digest(
        key=key, list_name=list_name, kind=kind, session_id=session_id, subject=digest.subject,
        message_id=composed.message_id(), html=composed.full_html, recipients=recipients,
        now=app.clock())
    summary.digest_id = stored.id
    summary.kind = kind
    return deliver_recorded(app, stored, composed, summary, progress)


def resume_digest(app: App, stored: StoredDigest, progress: Progress | None = None,
                  ) -> SendSummary:
    """Finish a digest a crash, a stop or temporary failures left incomplete."""
    if stored.session_id is None:
        raise ValueError(f"digest {stored.id} has no session to rebuild it from")
    session = app.store.get_session(stored.session_id)
    digest = digest_for(app, stored.list_name, session, stored.session_id)
    summary = SendSummary(list_name=stored.list_name, subject=stored.subject,
                          digest_id=stored.id, note="resumed")
    composed = compose_digest(app, digest, stored.key)
    summary.recipients = app.store.recipient_total(stored.id)
    return deliver_recorded(app, stored, composed, summary, progress)


def send_due_digests(app: App, list_name: str, progress: Progress | None = None,
                     ) -> list[SendSummary]:
    """Resume incomplete digests, then send one for each session not yet sent."""
    summaries = [resume_digest(app, d, progress) for d in app.store.incomplete_digests(list_name)]
    for session_id in app.store.sessions_without_digest(list_name):
        session = app.store.get_session(session_id)
        summaries.append(send_session_digest(app, list_name, session, session_id,
                                             progress=progress))
    return summaries
