"""`digestbot serve`: schedules, the notes watcher, list leadership, clean stops.

One asyncio loop runs an APScheduler 3 AsyncIOScheduler. Each list's `digest_schedule`
and `reminder_schedule` are cron jobs kept in a persistent SQLAlchemy job store of their
own (table `apscheduler_<list>` in the digestbot store), so a restart knows the runs it
missed: APScheduler coalesces them and makes the latest once if it is within
`misfire_grace_seconds`, and the others are logged as missed (the rule of
`schedule.catch_up`). Only the instance that leads a list (see `digestbot.leader`) adds
that list's job store, so one instance at a time schedules and sends for it; the
per-recipient delivery rows make a double send impossible even if two ever did.

The jobs themselves are the synchronous ones of `jobs` and `reminders`, run in a thread
so the loop stays free. SIGTERM/SIGINT stop new work, let a send in flight finish (its
ledger rows make it resumable anyway), release the locks and exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import signal
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from digestbot.errors import DigestbotError, NotesError
from digestbot.jobs import App, SendSummary, send_due_digests, send_session_digest
from digestbot.leader import Leadership, open_leadership
from digestbot.model import Session
from digestbot.reminders import send_reminders
from digestbot.schedule import catch_up, cron_trigger, runs_between, same_trigger

log = logging.getLogger("digestbot.service")
KINDS = ("digest", "reminder")
# How often a leader looks for digests a dead sender left half-sent.
RESUME_INTERVAL = 300.0

# APScheduler's persistent job store keeps jobs as an importable function and picklable
# arguments, so a job cannot hold the Service itself: the running Service is found here.
_running: Service | None = None


# -- logging: one line per event ------------------------------------------------------


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, event and the event's fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds"),
            "level": record.levelname.lower(), "event": record.getMessage()}
        data.update(getattr(record, "fields", {}))
        return json.dumps(data, default=str, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    """`2026-11-28T09:00:00+00:00 INFO digest sent list=igc sent=3 ...`."""

    def format(self, record: logging.LogRecord) -> str:
        at = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds")
        fields = " ".join(f"{k}={_plain(v)}" for k, v in getattr(record, "fields", {}).items())
        return f"{at} {record.levelname} {record.getMessage()}" + (f" {fields}" if fields else "")


def _plain(value: Any) -> str:
    text = str(value)
    return repr(text) if (" " in text or not text) else text


def configure_logging(log_format: str) -> None:
    """Send digestbot's event lines to stderr, plain or JSON."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format == "json" else PlainFormatter())
    root = logging.getLogger("digestbot")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    # APScheduler's own lines would repeat ours ("Running job ...", "was missed by ...").
    logging.getLogger("apscheduler").setLevel(logging.ERROR)


def event(name: str, *, level: int = logging.INFO, **fields: Any) -> None:
    """Log one event line."""
    log.log(level, name, extra={"fields": fields})


def log_summaries(summaries: Sequence[SendSummary]) -> None:
    for s in summaries:
        if s.sent or s.failed or s.pending:
            event(f"{s.kind} sent", list=s.list_name, subject=s.subject, sent=s.sent,
                  failed=s.failed, pending=s.pending, skipped=s.skipped, note=s.note)
        for f in s.failures:
            event("delivery failed", level=logging.WARNING, list=s.list_name, kind=s.kind,
                  recipient=f["recipient"], code=f["code"], response=f["response"])


# -- the jobs, as the service runs them ------------------------------------------------


def run_digests(app: App, list_name: str) -> list[SendSummary]:
    """Finish any digest left half-sent, then send every stored session not yet sent."""
    return send_due_digests(app, list_name)


def run_reminders(app: App, list_name: str) -> list[SendSummary]:
    return send_reminders(app, list_name)


async def scheduled_run(kind: str, list_name: str) -> None:
    """The job APScheduler stores: run `kind` for `list_name` in the running service."""
    if _running is None:
        return
    await _running.run(kind, list_name)


# -- the notes watcher ----------------------------------------------------------------


@dataclass
class Watcher:
    """Finds notes files that are new or changed and have stopped changing."""

    notes_dir: Path
    lists: Sequence[str]
    default_list: str
    seen: dict[Path, tuple[float, int]] = field(default_factory=dict)
    pending: dict[Path, tuple[float, int]] = field(default_factory=dict)

    def list_of(self, path: Path) -> str:
        """`notes/<list>/file` belongs to that list; anything else to the default one."""
        rel = path.relative_to(self.notes_dir)
        return rel.parts[0] if len(rel.parts) > 1 and rel.parts[0] in self.lists \
            else self.default_list

    def mark_seen(self, path: Path) -> None:
        """Done with this version of the file: a later change makes it new again."""
        try:
            st = path.stat()
        except OSError:
            return
        self.seen[path] = (st.st_mtime, st.st_size)

    def scan(self) -> list[Path]:
        """Files whose size and mtime are the same as at the previous scan, and new."""
        if not self.notes_dir.is_dir():
            return []
        ready = []
        for path in sorted(self.notes_dir.rglob("*")):
            if not path.is_file() or path.name.startswith("."):
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            sig = (st.st_mtime, st.st_size)
            if self.seen.get(path) == sig:
                continue
            if self.pending.get(path) == sig:  # unchanged for a whole interval: written
                ready.append(path)
                self.pending.pop(path)
            else:
                self.pending[path] = sig
        return ready


# -- the service ----------------------------------------------------------------------


Parse = Callable[[Path], Session]


class Service:
    """What `serve` runs; `run_forever` returns when `stop` is set."""

    def __init__(self, app: App, *, parse: Parse | None = None,
                 leadership: Leadership | None = None):
        self.app = app
        self.settings = app.settings
        self.instance = uuid.uuid4().hex[:8]
        self.parse = parse
        self.leadership = leadership or open_leadership(app.store, self.instance)
        self.leading: set[str] = set()
        self.list_locks = {name: asyncio.Lock() for name in self.settings.lists}
        self.stop = asyncio.Event()
        self.inflight: set[asyncio.Task[Any]] = set()
        self.web_address: tuple[str, int] | None = None
        self.scheduler = AsyncIOScheduler(timezone=self.settings.bot.timezone)
        self.scheduler.add_listener(self._on_job_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR)
        names = list(self.settings.lists)
        self.watcher = Watcher(self.settings.bot.notes_dir, names,
                               names[0] if names else "")

    # -- jobs -------------------------------------------------------------------------

    async def run(self, kind: str, list_name: str) -> None:
        """Run one job for a list this instance leads; one job per list at a time."""
        if list_name not in self.leading or self.stop.is_set():
            return
        job = {"digest": run_digests, "reminder": run_reminders}[kind]
        task = asyncio.current_task()
        if task is not None:
            self.inflight.add(task)
        try:
            async with self.list_locks[list_name]:
                if list_name not in self.leading or self.stop.is_set():
                    return
                summaries = await asyncio.to_thread(job, self.app, list_name)
            log_summaries(summaries)
        except DigestbotError as exc:
            event("job failed", level=logging.ERROR, job=kind, list=list_name, error=str(exc))
        except Exception as exc:  # the service outlives one bad run; its rows stay resumable
            event("job failed", level=logging.ERROR, job=kind, list=list_name,
                  error=f"{exc.__class__.__name__}: {exc}")
        finally:
            if task is not None:
                self.inflight.discard(task)

    def _on_job_event(self, ev: JobExecutionEvent) -> None:
        kind, _, list_name = ev.job_id.partition(":")
        if ev.code == EVENT_JOB_MISSED:
            event("job missed", level=logging.WARNING, job=kind, list=list_name,
                  scheduled=ev.scheduled_run_time.isoformat())
        else:
            event("job failed", level=logging.ERROR, job=kind, list=list_name,
                  error=repr(ev.exception))

    # -- leadership -------------------------------------------------------------------

    def _jobstore(self, list_name: str) -> SQLAlchemyJobStore:
        return SQLAlchemyJobStore(engine=self.app.store.engine,
                                  tablename=f"apscheduler_{list_name}")

    def take(self, list_name: str) -> None:
        """Start scheduling a list: load its job store, add or update its two jobs."""
        lst = self.settings.lists[list_name]
        tz = self.settings.list_timezone(list_name)
        now = self.app.clock()
        self.scheduler.add_jobstore(self._jobstore(list_name), alias=list_name)
        self.leading.add(list_name)
        grace = self.settings.scheduler.misfire_grace_seconds
        for kind in KINDS:
            job_id = f"{kind}:{list_name}"
            expr = lst.digest_schedule if kind == "digest" else lst.reminder_schedule
            job = self.scheduler.get_job(job_id, jobstore=list_name)
            if not expr.strip():
                if job:
                    job.remove()
                continue
            trigger = cron_trigger(expr, tz)
            if job is not None and same_trigger(job.trigger, trigger):
                if job.next_run_time and job.next_run_time < now:
                    plan = catch_up(runs_between(trigger, job.next_run_time, now), now=now,
                                    grace_seconds=grace)
                    event("catching up", job=kind, list=list_name,
                          run=plan.run.isoformat() if plan.run else None,
                          missed=len(plan.missed))
                continue
            self.scheduler.add_job(
                "digestbot.service:scheduled_run", trigger=trigger, args=[kind, list_name],
                id=job_id, name=job_id, jobstore=list_name, replace_existing=True,
                # APScheduler 3 wants a positive grace: 0 ("never catch up") becomes 1 s.
                coalesce=True, max_instances=1, misfire_grace_time=max(1, grace))
        event("list taken", list=list_name, instance=self.instance)
        # A digest a crash or stop left half-sent is finished now, not at the next run.
        if self.app.store.incomplete_digests(list_name):
            self._spawn(self.run("digest", list_name))

    async def drop(self, list_name: str, reason: str) -> None:
        """Stop scheduling a list; wait for its job in flight; then let the lock go."""
        self.leading.discard(list_name)
        if list_name in self.scheduler._jobstores:  # APScheduler has no public "has"
            self.scheduler.remove_jobstore(list_name)
        async with self.list_locks[list_name]:
            await asyncio.to_thread(self.leadership.release, list_name)
        event("list released", list=list_name, instance=self.instance, reason=reason)

    async def elect(self) -> None:
        """One round: keep, take or hand over lists so instances share them fairly."""
        names = list(self.settings.lists)
        for name in list(self.leading):
            if not await asyncio.to_thread(self.leadership.still_held, name):
                self.leading.discard(name)
                if name in self.scheduler._jobstores:
                    self.scheduler.remove_jobstore(name)
                event("list lost", level=logging.WARNING, list=name, instance=self.instance)
        instances = max(1, await asyncio.to_thread(self.leadership.instances))
        share = math.ceil(len(names) / instances)
        start = int(self.instance, 16) % max(1, len(names))
        for name in names[start:] + names[:start]:
            if len(self.leading) >= share or self.stop.is_set():
                break
            if name not in self.leading and await asyncio.to_thread(
                    self.leadership.try_acquire, name):
                try:
                    self.take(name)
                except Exception as exc:  # half taken is not taken: let another try
                    event("list not taken", level=logging.ERROR, list=name,
                          error=f"{exc.__class__.__name__}: {exc}")
                    await self.drop(name, "could not schedule it")
        extra = len(self.leading) - share
        if extra > 0:  # another instance came up: hand the lists over it should have
            idle = [n for n in sorted(self.leading) if not self.list_locks[n].locked()]
            for name in idle[:extra]:
                await self.drop(name, "sharing with another instance")

    async def resume_once(self) -> None:
        """Finish digests left unsent by a sender that died (a killed `send-now`, say)
        now, not at the next scheduled run, which may be a week away."""
        for name in sorted(self.leading):
            if not self.list_locks[name].locked() and await asyncio.to_thread(
                    self._has_unsent, name):
                self._spawn(self.run("digest", name))

    def _has_unsent(self, list_name: str) -> bool:
        return any(self.app.store.delivery_counts(d.id)["pending"]
                   for d in self.app.store.incomplete_digests(list_name))

    # -- loops ------------------------------------------------------------------------

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.inflight.add(task)
        task.add_done_callback(self.inflight.discard)

    async def _every(self, seconds: float, step: Callable[[], Any]) -> None:
        while not self.stop.is_set():
            try:
                await step()
            except Exception as exc:  # a loop of the service must outlive one bad round
                event("error", level=logging.ERROR, step=getattr(step, "__name__", "?"),
                      error=f"{exc.__class__.__name__}: {exc}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), seconds)

    async def watch_once(self) -> None:
        """Ingest notes that appeared in notes_dir and send their digest (led lists only)."""
        if self.parse is None:
            return
        for path in self.watcher.scan():
            list_name = self.watcher.list_of(path)
            if list_name not in self.leading:
                continue  # stays unseen: the leader of that list takes it
            self.watcher.mark_seen(path)
            async with self.list_locks[list_name]:
                try:
                    summary = await asyncio.to_thread(self._ingest_and_send, path, list_name)
                except NotesError as exc:
                    event("notes unreadable", level=logging.WARNING, file=str(path),
                          error=str(exc))
                    continue
                except NotImplementedError:
                    event("notes unreadable", level=logging.WARNING, file=str(path),
                          error="this digestbot has no notes reader")
                    continue
                except (ValueError, KeyError, TypeError) as exc:  # a reader's own bug
                    event("notes unreadable", level=logging.WARNING, file=str(path),
                          error=f"{exc.__class__.__name__}: {exc}")
                    continue
            if summary is not None:
                log_summaries([summary])

    def _ingest_and_send(self, path: Path, list_name: str) -> SendSummary | None:
        assert self.parse is not None
        session = self.parse(path)
        result = self.app.store.ingest(list_name, session, now=self.app.clock())
        if not result.created:  # already stored (every file is looked at after a start)
            return None
        event("notes ingested", file=str(path), list=list_name, session=result.session_id,
              added=len(result.added), updated=len(result.updated))
        return send_session_digest(self.app, list_name, session, result.session_id)

    async def run_forever(self) -> None:
        """Run until `stop` is set; then finish what is in flight and let go of the lists."""
        global _running
        _running = self
        self.scheduler.start()
        poll = max(1.0, self.settings.scheduler.lock_timeout_seconds / 4)
        loops = [asyncio.create_task(self._every(poll, self.elect)),
                 asyncio.create_task(self._every(self.settings.scheduler.watch_interval_seconds,
                                                 self.watch_once)),
                 asyncio.create_task(self._every(RESUME_INTERVAL, self.resume_once))]
        if self.settings.bot.base_url:
            loops.append(asyncio.create_task(_serve_web(self)))
        event("serve started", instance=self.instance, lists=",".join(self.settings.lists))
        try:
            await self.stop.wait()
        finally:
            event("serve stopping", instance=self.instance, inflight=len(self.inflight))
            self.scheduler.pause()
            await asyncio.gather(*loops, return_exceptions=True)
            if self.inflight:
                await asyncio.gather(*list(self.inflight), return_exceptions=True)
            for name in sorted(self.leading):
                await self.drop(name, "stopping")
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)
            await asyncio.to_thread(self.leadership.close)
            _running = None
            event("serve stopped", instance=self.instance)


async def _serve_web(service: Service) -> None:
    """The web endpoint (unsubscribe, mark done, archive); a failure to start is logged
    and the schedules go on, since sending matters more than the pages."""
    from digestbot.web import serve_web

    def ready(host: str, port: int) -> None:
        service.web_address = (host, port)
        event("web endpoint started", url=f"http://{host}:{port}")

    try:
        await serve_web(service.app, service.settings, service.stop, on_ready=ready)
    except DigestbotError as exc:
        event("web endpoint failed", level=logging.ERROR, error=str(exc))


async def serve(app: App, *, parse: Parse | None = None) -> None:
    """Run the service until SIGTERM or SIGINT."""
    service = Service(app, parse=parse)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, service.stop.set)
    try:
        await service.run_forever()
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
