"""The main jobs, shared by the CLI and the scheduler: ingest notes, send a session's digest.

Each job is collect -> policy -> assemble -> deliver: it reads the store, asks the pure
modules (`digest`, `compose`) what to send, records the digest and its pending
deliveries, then hands the messages to a transport and records each answer as it comes.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from digestbot.compose import Composed, ListIdentity, Templates, compose
from digestbot.config import Settings
from digestbot.delivery import Envelope, Result, make_transport
from digestbot.digest import Digest, build_digest
from digestbot.dkim import load_signer
from digestbot.model import Session
from digestbot.notes import parse_notes
from digestbot.store import IngestResult, Store, StoredDigest

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]  # (done, total)


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

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def line(self) -> str:
        verb = "would send" if self.dry_run else "sent"
        text = (f"{self.list_name}: {self.subject!r}: {verb} {self.sent}, failed {self.failed}, "
                f"skipped {self.skipped}")
        if self.pending:
            text += f", still pending {self.pending}"
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
                  recipients: list[str]) -> list[Envelope]:
    """One personalised message per member, or bulk batches; one copy to the list address."""
    lst = app.settings.lists[list_name]
    out: list[Envelope] = []
    members = [r for r in recipients if r != lst.address]
    if lst.address in recipients:
        out.append(Envelope((lst.address,), lambda: composed.shared(lst.address)))
    if lst.mode == "bulk" and composed.kind != "reminder":  # reminders are personal
        size = app.settings.smtp.max_recipients_per_message
        to = lst.address or composed.identity.from_
        for i in range(0, len(members), size):
            batch = tuple(members[i:i + size])
            out.append(Envelope(batch, lambda: composed.shared(to)))
    else:
        out.extend(Envelope((r,), lambda r=r: composed.personalise(r)) for r in members)
    signer = load_signer(app.settings.dkim)
    if signer is not None:  # sign the final bytes: what is sent is what was signed
        out = [Envelope(e.recipients, signer.wrap(e.render)) for e in out]
    return out


def deliver_recorded(app: App, digest: StoredDigest, composed: Composed,
                     summary: SendSummary, progress: Progress | None = None) -> SendSummary:
    """Send to the digest's pending recipients, committing each answer as it comes."""
    app.store.reset_failed(digest.id, now=app.clock())
    summary.skipped += len(app.store.recipients(digest.id, "sent"))
    total, done = len(app.store.recipients(digest.id, "pending")), 0

    def record(results: list[Result] | Any) -> None:
        nonlocal done
        app.store.record_results(digest.id, [(r.recipient, r.status, r.code, r.response)
                                             for r in results], now=app.clock())
        for r in results:
            if r.status == "sent":
                summary.sent += 1
            else:
                summary.failed += 1
                summary.failures.append({"recipient": r.recipient, "code": r.code,
                                         "response": r.response})
        done += len(results)
        if progress:
            progress(done, total)

    summary.destination = (f"smtp {app.settings.smtp.host}:{app.settings.smtp.port}"
                           if app.settings.smtp.host else f"maildir {app.settings.smtp.outbox}")
    # Claim recipients in batches, so that another sender (a second instance, a manual
    # send-now) can never take the same ones, and a claim stays fresh while it is used.
    # Rows still pending after a batch (no server, a refused login, an interrupt) are
    # given back at once; only a killed process leaves claims, taken again when stale.
    attempted: set[str] = set()
    while claimed := app.store.claim_pending(digest.id, now=app.clock()):
        if attempted.issuperset(claimed):  # no answer for these this run: leave them
            app.store.release_claims(digest.id, claimed)
            break
        attempted.update(claimed)
        try:
            envelopes = envelopes_for(app, digest.list_name, composed, claimed)
            transport = make_transport(app.settings.smtp, sender=app.settings.bot.from_address,
                                       sender_host=app.settings.bot.domain)
            asyncio.run(transport.deliver(envelopes, record))
        finally:
            app.store.release_claims(digest.id, claimed)
    summary.pending = len(app.store.recipients(digest.id, "pending"))
    elsewhere = app.store.claimed_pending(digest.id, now=app.clock())
    if elsewhere:  # another sender has them: not ours to report as left over
        summary.pending -= elsewhere
        summary.note = f"{elsewhere} being sent by another sender"
    if summary.pending == 0 and summary.failed == 0:
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
    if existing and not app.store.retryable(existing.id):
        summary.digest_id = existing.id
        summary.skipped = len(app.store.recipients(existing.id, "sent"))
        summary.note = "already sent to every recipient; use --force to send again"
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
    summary.recipients = len(app.store.recipients(stored.id))
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
