"""The SMTP conversation: connection setup with aiosmtplib, then a pipelining channel.

aiosmtplib connects, says EHLO, starts TLS (required unless `security = "none"`) and
logs in. It reads exactly one reply per command, so it cannot pipeline (RFC 2920);
`SmtpChannel` takes the connection's stream over and writes MAIL, every RCPT and DATA
in one go, reading the replies in order: two round trips per message instead of four.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass

import aiosmtplib

from digestbot.config import SmtpSettings
from digestbot.errors import PermanentDeliveryError, TemporaryDeliveryError

# A server reply longer than this without a line end is not SMTP.
MAX_REPLY_BYTES = 64 * 1024


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
        use_tls=settings.security == "tls", start_tls=False,
        tls_context=_tls_context(settings), local_hostname=sender_host,
    )
    try:
        await smtp.connect()
        try:
            await smtp.ehlo()
        except aiosmtplib.SMTPHeloError:
            await smtp.helo()  # an old server without ESMTP: no pipelining either
        if settings.security == "starttls":
            if not smtp.supports_extension("starttls"):
                raise PermanentDeliveryError(
                    f"SMTP server {server} does not offer STARTTLS, which smtp.security "
                    '= "starttls" requires', server=server)
            await smtp.starttls()
        if settings.username:
            await smtp.login(settings.username, settings.password.get_secret_value())
    except (PermanentDeliveryError, asyncio.CancelledError):
        _drop(smtp)
        raise
    except aiosmtplib.SMTPAuthenticationError as exc:
        _drop(smtp)
        raise PermanentDeliveryError(
            f"SMTP server {server} refused the login of user {settings.username!r}: "
            f"{exc.code} {exc.message}", code=exc.code, server=server) from None
    except aiosmtplib.SMTPNotSupported as exc:
        _drop(smtp)
        raise PermanentDeliveryError(f"SMTP server {server}: {exc}", server=server) from None
    except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
        _drop(smtp)
        raise TemporaryDeliveryError(f"cannot connect to SMTP server {server}: "
                                     f"{reason(exc)}", server=server) from None
    return smtp


def _drop(smtp: aiosmtplib.SMTP) -> None:
    """Close at once: a TLS transport's close() would finish after the loop is gone."""
    if isinstance(smtp.transport, asyncio.WriteTransport):
        smtp.transport.abort()
    smtp.close()


async def close_quietly(smtp: aiosmtplib.SMTP) -> None:
    """Say QUIT, then close at once and let the loop close the socket before it ends.

    (`aiosmtplib.SMTP.quit()` over TLS starts a TLS shutdown that may still be under way
    when `asyncio.run` returns; its socket is then closed only by the garbage collector,
    with a ResourceWarning, in whatever code runs next.)"""
    try:
        async with asyncio.timeout(min(smtp.timeout or 2, 2)):
            await smtp.execute_command(b"QUIT")
    except (aiosmtplib.SMTPException, OSError, TimeoutError):
        pass
    _drop(smtp)
    for _ in range(3):
        await asyncio.sleep(0)  # the transports' connection_lost callbacks close the socket


def reason(exc: BaseException) -> str:
    """An exception as one short line, for ledgers and logs."""
    text = str(exc) or exc.__class__.__name__
    return " ".join(text.split())[:300]


def dot_stuff(data: bytes) -> bytes:
    """The message as DATA carries it (RFC 5321 4.5.2), ending with the final "."."""
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    data = data.replace(b"\r\n.", b"\r\n..")
    if data.startswith(b"."):
        data = b"." + data
    return data + b".\r\n"


class ChannelError(Exception):
    """The connection broke: disconnect, timeout or a reply that is not SMTP."""


Reply = tuple[int, str]


@dataclass
class Outcome:
    """What the server said to one transaction."""

    refused: dict[str, Reply]  # recipients refused at RCPT
    decided: list[str]  # the recipients `final` applies to
    final: Reply


class SmtpChannel(asyncio.Protocol):
    """One SMTP connection's stream, taken over from aiosmtplib after EHLO/STARTTLS/AUTH.

    aiosmtplib reads exactly one reply per command, so it cannot pipeline; this writes
    MAIL, every RCPT and DATA in one go and reads their replies in order.
    """

    def __init__(self, transport: asyncio.Transport, *, timeout: float, pipelining: bool,
                 smtputf8: bool):
        self.transport = transport
        self.timeout = timeout
        self.pipelining = pipelining
        self.smtputf8 = smtputf8
        self._buffer = bytearray()
        self._lines: list[bytes] = []
        self._replies: deque[Reply] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._lost: str | None = None
        self._gone: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.messages = 0

    @classmethod
    def take_over(cls, smtp: aiosmtplib.SMTP, *, timeout: float) -> SmtpChannel:
        """Move a connected aiosmtplib client's transport to a new channel."""
        transport = smtp.transport
        if transport is None or smtp.protocol is None or not smtp.is_connected:
            raise ChannelError("connection lost during setup")
        channel = cls(transport, timeout=timeout,  # type: ignore[arg-type]
                      pipelining=smtp.supports_extension("pipelining"),
                      smtputf8=smtp.supports_extension("smtputf8"))
        transport.set_protocol(channel)
        # Detach aiosmtplib so that it never closes or reads this transport again.
        smtp.protocol.transport = None
        smtp.protocol = None
        smtp.transport = None
        return channel

    # -- asyncio.Protocol -------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\n")) >= 0:
            line = bytes(self._buffer[:end + 1])
            del self._buffer[:end + 1]
            self._lines.append(line)
            if line[3:4] == b"-":
                continue
            lines, self._lines = self._lines, []
            try:
                code = int(line[:3])
            except ValueError:
                self._fail(f"not an SMTP reply: {line[:80]!r}")
                return
            text = " ".join(x[4:].decode("utf-8", "replace").strip() for x in lines)
            self._replies.append((code, text))
        if len(self._buffer) > MAX_REPLY_BYTES:
            self._fail("SMTP reply too long")
            return
        self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._lost is None:
            self._lost = reason(exc) if exc else "connection closed by the server"
        if not self._gone.done():
            self._gone.set_result(None)
        self._wake()

    def eof_received(self) -> bool:
        return False

    def _fail(self, reason: str) -> None:
        self._lost = reason
        self.transport.abort()
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    # -- commands ---------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._lost is not None or self.transport.is_closing()

    def write(self, data: bytes) -> None:
        if self.closed:
            raise ChannelError(self._lost or "connection closed")
        self.transport.write(data)

    async def reply(self) -> Reply:
        """The next reply; ChannelError on disconnect or after `timeout` seconds."""
        while not self._replies:
            if self._lost is not None:
                raise ChannelError(self._lost)
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                async with asyncio.timeout(self.timeout):
                    await self._waiter
            except TimeoutError:
                self._fail(f"no reply within {self.timeout:g} s")
                raise ChannelError(f"no reply within {self.timeout:g} s") from None
            finally:
                self._waiter = None
        return self._replies.popleft()

    async def command(self, line: bytes) -> Reply:
        self.write(line)
        return await self.reply()

    async def transact(self, sender: str, recipients: Sequence[str], body: bytes,
                       before_body: Awaitable[None] | None = None) -> Outcome:
        """One message: MAIL, RCPT per recipient, DATA; `body` is already dot-stuffed.

        `before_body` is awaited after the server said 354 and before the body is sent
        (the previous message's answer must be durable first: see the module docstring).
        """
        utf8 = not (sender.isascii() and all(r.isascii() for r in recipients))
        mail = b"MAIL FROM:<" + sender.encode() + b">" + \
            (b" SMTPUTF8" if utf8 and self.smtputf8 else b"") + b"\r\n"
        rcpts = [b"RCPT TO:<" + r.encode() + b">\r\n" for r in recipients]
        refused: dict[str, Reply] = {}
        accepted: list[str] = []
        if self.pipelining:
            self.write(b"".join((mail, *rcpts, b"DATA\r\n")))
            mail_reply = await self.reply()
            rcpt_replies = [await self.reply() for _ in rcpts]
            data_reply = await self.reply()
        else:
            mail_reply = await self.command(mail)
            if mail_reply[0] != 250:
                return Outcome({}, list(recipients), mail_reply)
            rcpt_replies = []
            for line in rcpts:
                rcpt_replies.append(await self.command(line))
            if not any(code in (250, 251) for code, _ in rcpt_replies):
                data_reply = (503, "no recipient accepted")
            else:
                data_reply = await self.command(b"DATA\r\n")
        for r, (code, text) in zip(recipients, rcpt_replies, strict=True):
            if code in (250, 251):
                accepted.append(r)
            else:
                refused[r] = (code, text)
        if data_reply[0] == 354 and (mail_reply[0] != 250 or not accepted):
            # A server that says 354 with nobody to deliver to still wants a "."
            await self.command(b".\r\n")
        if mail_reply[0] != 250:
            return Outcome({}, list(recipients), mail_reply)
        if not accepted:
            return Outcome(refused, [], data_reply)
        if data_reply[0] != 354:
            return Outcome(refused, accepted, data_reply)
        if before_body is not None:
            await before_body
        self.write(body)
        final = await self.reply()
        if final[0] == 250:
            self.messages += 1
        return Outcome(refused, accepted, final)

    async def reset(self) -> None:
        """RSET after a failed transaction; ChannelError if the server is gone."""
        code, text = await self.command(b"RSET\r\n")
        if code != 250:
            raise ChannelError(f"RSET answered {code} {text}")

    async def quit(self) -> None:
        """Say goodbye politely, but never wait long for it."""
        try:
            if not self.closed:
                self.write(b"QUIT\r\n")
                async with asyncio.timeout(min(self.timeout, 2)):
                    await self.reply()
        except (ChannelError, TimeoutError):
            pass
        self.transport.close()
        try:
            # Let a TLS transport finish closing while the loop still runs.
            async with asyncio.timeout(1):
                await self._gone
        except TimeoutError:
            self.transport.abort()

    def abort(self) -> None:
        self._lost = self._lost or "closed"
        self.transport.abort()


__all__ = ["ChannelError", "Outcome", "Reply", "SmtpChannel", "close_quietly", "describe_server",
           "dot_stuff", "open_connection", "reason"]
