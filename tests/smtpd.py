"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, port 0, in its own thread.

`Recorder` keeps every accepted message (envelope and bytes) and can inject faults:
refuse chosen recipients (550 or 451/452), answer 421 and close after N messages,
drop the connection in the middle of DATA, delay replies past the client's timeout,
and require STARTTLS and AUTH.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Recorder:
    """The handler: records what is accepted, and misbehaves when told to."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, tuple[int, str]] = field(default_factory=dict)  # rcpt -> reply
    refuse_times: dict[str, int] = field(default_factory=dict)  # rcpt -> how many times
    close_after: int | None = None  # answer 421 and close after this many messages
    drop_in_data_after: int | None = None  # drop the connection mid-DATA after N messages
    data_delay: float = 0.0  # seconds before answering DATA
    delay_times: int = 0  # how many DATA replies to delay (0 = all when data_delay is set)
    data_reply: str | None = None  # e.g. "451 try later" for every DATA
    pipelining: bool = True  # advertise PIPELINING (RFC 2920), as Postfix does
    messages_on_connection: dict[int, int] = field(default_factory=dict)
    connections: int = 0
    logins: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def copies(self) -> dict[str, int]:
        """How many accepted messages each recipient got."""
        return {rcpt: len(got) for rcpt, got in self.by_recipient().items()}

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        session.host_name = hostname
        with self.lock:
            self.connections += 1 if not getattr(session, "counted", False) else 0
            session.counted = True
        if self.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    def by_recipient(self) -> dict[str, list[Received]]:
        out: dict[str, list[Received]] = {}
        for r in self.received:
            for rcpt in r.rcpt_tos:
                out.setdefault(rcpt, []).append(r)
        return out

    def _take_delay(self) -> float:
        """How long to hold this DATA reply (`delay_times` counts the delayed ones)."""
        with self.lock:
            delay = self.data_delay
            if delay and self.delay_times:
                self.delay_times -= 1
                if self.delay_times == 0:
                    self.data_delay = 0.0
            return delay

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        with self.lock:
            if address in self.refuse:
                left = self.refuse_times.get(address)
                if left is None or left > 0:
                    if left is not None:
                        self.refuse_times[address] = left - 1
                    code, text = self.refuse[address]
                    return f"{code} {text}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        conn = id(session)
        with self.lock:
            count = self.messages_on_connection.get(conn, 0)
            total = len(self.received)
        if self.drop_in_data_after is not None and total >= self.drop_in_data_after:
            # The body has arrived but no reply ever will: the worst moment for a client,
            # which cannot know whether the message was taken.
            self.drop_in_data_after = None
            server.transport.abort()
            return "451 dropped"
        if self.close_after is not None and count >= self.close_after:
            # Reply first, then close, as a relay enforcing a per-connection limit does.
            asyncio.get_running_loop().call_later(0.05, server.transport.close)
            return "421 closing connection, too many messages"
        delay = self._take_delay()
        if delay:
            await asyncio.sleep(delay)
        if self.data_reply:
            return self.data_reply
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content)))
            self.messages_on_connection[conn] = count + 1
        return "250 Message accepted for delivery"


class Authenticator:
    def __init__(self, recorder: Recorder, username: str, password: str):
        self.recorder, self.username, self.password = recorder, username, password

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode()
            ok = user == self.username and auth_data.password.decode() == self.password
            self.recorder.logins.append(user)
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost (openssl on the PATH)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True)
    return cert, key


class SMTPServer:
    """Runs aiosmtpd on 127.0.0.1:0 in a thread; `.port` is the port it got."""

    def __init__(self, recorder: Recorder | None = None, *, tls_cert: tuple[Path, Path] | None
                 = None, implicit_tls: bool = False, require_starttls: bool = False,
                 auth: tuple[str, str] | None = None):
        self.recorder = recorder or Recorder()
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        context = None
        if tls_cert:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(tls_cert[0]), str(tls_cert[1]))
        self._context = context
        self._implicit = implicit_tls
        self._require_starttls = require_starttls
        self._auth = auth

    def _factory(self) -> SMTP:
        kwargs: dict[str, Any] = {"hostname": "mx.test.example", "timeout": 30}
        if self._context and not self._implicit:
            kwargs.update(tls_context=self._context, require_starttls=self._require_starttls)
        if self._auth:
            kwargs.update(authenticator=Authenticator(self.recorder, *self._auth),
                          auth_required=True, auth_require_tls=bool(self._context))
        return SMTP(self.recorder, **kwargs)

    def start(self) -> SMTPServer:
        self._thread.start()
        ssl_ctx = self._context if self._implicit else None
        future = asyncio.run_coroutine_threadsafe(
            self.loop.create_server(self._factory, "127.0.0.1", 0, ssl=ssl_ctx), self.loop)
        self._server = future.result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def close() -> None:
            self._server.close()
            # Sessions a client left open (or abandoned) end with the server.
            current = asyncio.current_task()
            sessions = [t for t in asyncio.all_tasks() if t is not current]
            for task in sessions:
                task.cancel()
            await asyncio.gather(*sessions, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()  # else its self-pipe socket leaks a ResourceWarning at GC

    def __enter__(self) -> SMTPServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
