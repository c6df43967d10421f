"""Handing messages over: an aiosmtplib connection pool, or a Maildir when no SMTP host is set.

`deliver()` takes `Envelope`s (one message and its envelope recipients) and reports
each server answer through `on_result` as soon as it arrives, so the caller can commit
the delivery ledger row by row. Temporary failures (4xx, 421, disconnects, timeouts)
are retried with exponential backoff and jitter, keeping the same bytes (and so the
same Message-ID); 5xx answers are final and reported per recipient.
"""

from __future__ import annotations

import asyncio
import logging
import mailbox
import random
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib

from digestbot.config import SmtpSettings
from digestbot.errors import DeliveryError, PermanentDeliveryError, TemporaryDeliveryError

log = logging.getLogger("digestbot.delivery")


@dataclass(frozen=True)
class Envelope:
    """One message to hand over, and who it is for (one member, or a bulk batch)."""

    recipients: tuple[str, ...]
    render: Callable[[], bytes]


@dataclass(frozen=True)
class Result:
    recipient: str
    status: str  # sent | failed
    code: int | None
    response: str


OnResult = Callable[[Sequence[Result]], None]


class RateLimiter:
    """Spaces messages evenly: never a burst above the configured rate."""

    def __init__(self, per_second: float = 0, per_minute: float = 0, per_hour: float = 0):
        rates = [r for r in (per_second, per_minute / 60, per_hour / 3600) if r > 0]
        self.interval = 1 / min(rates) if rates else 0.0
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        if not self.interval:
            return
        async with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


def describe_server(settings: SmtpSettings) -> str:
    return f"{settings.host}:{settings.port}"


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext | None:
    if settings.security == "none":
        return None
    context = ssl.create_default_context(
        cafile=str(settings.ca_file) if settings.ca_file else None)
    if not settings.verify_certificate:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


async def open_connection(settings: SmtpSettings, *, sender_host: str) -> aiosmtplib.SMTP:
    """Connect, EHLO, STARTTLS (required unless security = "none") and AUTH."""
    server = describe_server(settings)
    smtp = aiosmtplib.SMTP(
        hostname=settings.host, port=settings.port, timeout=settings.timeout,
        use_tls=settings.security == "tls",
        start_tls=settings.security == "starttls",
        tls_context=_tls_context(settings), local_hostname=sender_host,
    )
    try:
        await smtp.connect()
        if settings.username:
            await smtp.login(settings.username, settings.password.get_secret_value())
    except aiosmtplib.SMTPAuthenticationError as exc:
        smtp.close()
        raise PermanentDeliveryError(
            f"SMTP server {server} refused the login of user {settings.username!r}: "
            f"{exc.code} {exc.message}", code=exc.code, server=server) from None
    except aiosmtplib.SMTPNotSupported as exc:
        smtp.close()
        raise PermanentDeliveryError(f"SMTP server {server}: {exc}", server=server) from None
    except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
        smtp.close()
        raise TemporaryDeliveryError(f"cannot connect to SMTP server {server}: "
                                     f"{_reason(exc)}", server=server) from None
    return smtp


def _reason(exc: BaseException) -> str:
    text = str(exc) or exc.__class__.__name__
    return " ".join(text.split())[:300]


def _is_temporary(code: int | None) -> bool:
    return code is None or 400 <= code < 500


@dataclass
class _Job:
    envelope: Envelope
    recipients: tuple[str, ...]
    attempt: int = 0
    data: bytes | None = None


class SmtpTransport:
    """A pool of reused SMTP connections with retries and a rate limit."""

    def __init__(self, settings: SmtpSettings, *, sender: str, sender_host: str = "localhost"):
        self.settings = settings
        self.sender = sender
        self.sender_host = sender_host
        self.limiter = RateLimiter(settings.rate_limit, settings.rate_limit_per_minute,
                                   settings.rate_limit_per_hour)

    def _backoff(self, attempt: int) -> float:
        base = self.settings.retry_base_delay * (2 ** (attempt - 1))
        return base * random.uniform(0.5, 1.5)

    async def deliver(self, envelopes: Sequence[Envelope], on_result: OnResult) -> None:
        """Hand every envelope over; report each answer through `on_result`."""
        if not envelopes:
            return
        queue: asyncio.Queue[_Job | None] = asyncio.Queue()
        for env in envelopes:
            queue.put_nowait(_Job(env, env.recipients))
        # One connection first: a refused login or an unreachable server fails fast,
        # before any recipient is touched.
        first = await self._connect_with_retries()
        pending = len(envelopes)
        state = {"pending": pending}
        workers = min(self.settings.max_connections, pending)
        tasks = [asyncio.create_task(self._worker(queue, on_result, state,
                                                  first if i == 0 else None))
                 for i in range(workers)]
        try:
            await asyncio.gather(*tasks)
        finally:
            for t in tasks:
                t.cancel()

    async def _connect_with_retries(self) -> aiosmtplib.SMTP:
        attempt = 0
        while True:
            attempt += 1
            try:
                return await open_connection(self.settings, sender_host=self.sender_host)
            except TemporaryDeliveryError:
                if attempt >= self.settings.max_attempts:
                    raise
                await asyncio.sleep(self._backoff(attempt))

    async def _worker(self, queue: asyncio.Queue[_Job | None], on_result: OnResult,
                      state: dict[str, int], smtp: aiosmtplib.SMTP | None) -> None:
        try:
            while state["pending"] > 0:
                try:
                    job = queue.get_nowait()
                except asyncio.QueueEmpty:
                    # Others are retrying; wait a little for their jobs to come back.
                    await asyncio.sleep(0.05)
                    continue
                if job is None:
                    break
                smtp = await self._send_job(smtp, job, queue, on_result, state)
        finally:
            if smtp is not None and smtp.is_connected:
                try:
                    await asyncio.wait_for(smtp.quit(), timeout=2)
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    smtp.close()

    def _finish(self, job: _Job, results: list[Result], on_result: OnResult,
                state: dict[str, int]) -> None:
        on_result(results)
        state["pending"] -= 1

    async def _retry_or_fail(self, job: _Job, recipients: tuple[str, ...], code: int | None,
                             text: str, queue: asyncio.Queue[_Job | None],
                             on_result: OnResult, state: dict[str, int]) -> None:
        if job.attempt >= self.settings.max_attempts:
            self._finish(job, [Result(r, "failed", code, text) for r in recipients],
                         on_result, state)
            return
        log.info("temporary failure (%s %s), retrying %d recipient(s) later",
                 code, text, len(recipients))
        retry = _Job(job.envelope, recipients, job.attempt, job.data)
        await asyncio.sleep(self._backoff(job.attempt))
        queue.put_nowait(retry)

    async def _send_job(self, smtp: aiosmtplib.SMTP | None, job: _Job,
                        queue: asyncio.Queue[_Job | None], on_result: OnResult,
                        state: dict[str, int]) -> aiosmtplib.SMTP | None:
        job.attempt += 1
        if smtp is None or not smtp.is_connected:
            try:
                smtp = await open_connection(self.settings, sender_host=self.sender_host)
            except TemporaryDeliveryError as exc:
                await self._retry_or_fail(job, job.recipients, None, str(exc), queue,
                                          on_result, state)
                return None
        if job.data is None:
            job.data = job.envelope.render()
        await self.limiter.wait()
        try:
            errors, response = await smtp.sendmail(self.sender, list(job.recipients), job.data)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refused = {r.recipient: (r.code, r.message) for r in exc.recipients}
            await self._settle(job, {}, refused, "", queue, on_result, state)
            await self._reset(smtp)
            return smtp
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code == 421 or not smtp.is_connected:
                smtp.close()
                smtp = None
            else:
                await self._reset(smtp)
            if _is_temporary(exc.code):
                await self._retry_or_fail(job, job.recipients, exc.code, exc.message, queue,
                                          on_result, state)
            else:
                self._finish(job, [Result(r, "failed", exc.code, exc.message)
                                   for r in job.recipients], on_result, state)
            return smtp
        except (aiosmtplib.SMTPException, OSError) as exc:
            smtp.close()
            await self._retry_or_fail(job, job.recipients, None, _reason(exc), queue,
                                      on_result, state)
            return None
        refused = {r: (resp.code, resp.message) for r, resp in errors.items()}
        await self._settle(job, {"code": 250, "text": response}, refused, response, queue,
                           on_result, state)
        return smtp

    async def _settle(self, job: _Job, accepted: dict[str, object],
                      refused: dict[str, tuple[int, str]], response: str,
                      queue: asyncio.Queue[_Job | None], on_result: OnResult,
                      state: dict[str, int]) -> None:
        """Record accepted and permanently refused recipients; retry the temporary ones."""
        results = [Result(r, "sent", 250, response) for r in job.recipients
                   if r not in refused and accepted]
        retry: list[str] = []
        last: tuple[int | None, str] = (None, "")
        for r, (code, text) in refused.items():
            if _is_temporary(code) and job.attempt < self.settings.max_attempts:
                retry.append(r)
                last = (code, text)
            else:
                results.append(Result(r, "failed", code, text))
        if results:
            on_result(results)
        if retry:
            await self._retry_or_fail(job, tuple(retry), last[0], last[1], queue,
                                      on_result, state)
        else:
            state["pending"] -= 1

    async def _reset(self, smtp: aiosmtplib.SMTP) -> None:
        try:
            await smtp.rset()
        except (aiosmtplib.SMTPException, OSError):
            smtp.close()


class MaildirTransport:
    """Writes each message into a Maildir (the outbox) instead of sending it."""

    def __init__(self, outbox: Path):
        self.outbox = outbox

    async def deliver(self, envelopes: Sequence[Envelope], on_result: OnResult) -> None:
        try:
            box = mailbox.Maildir(self.outbox, create=True)
        except OSError as exc:
            raise PermanentDeliveryError(f"cannot open the outbox {self.outbox}: "
                                         f"{exc.strerror or exc}") from None
        for env in envelopes:
            try:
                key = box.add(env.render())
            except OSError as exc:
                on_result([Result(r, "failed", None, f"outbox {self.outbox}: {exc}")
                           for r in env.recipients])
                continue
            on_result([Result(r, "sent", None, f"maildir {key}") for r in env.recipients])


Transport = SmtpTransport | MaildirTransport


def make_transport(settings: SmtpSettings, *, sender: str, sender_host: str) -> Transport:
    """SMTP when a host is configured, else the Maildir outbox."""
    if settings.host:
        return SmtpTransport(settings, sender=sender, sender_host=sender_host)
    return MaildirTransport(settings.outbox)


__all__ = ["DeliveryError", "Envelope", "MaildirTransport", "RateLimiter", "Result",
           "SmtpTransport", "make_transport"]
