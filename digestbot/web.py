"""The web endpoint behind the links in mail: unsubscribe, mark done / snooze, the archive.

A small Starlette app, served by uvicorn in the caller's event loop (`serve_web`, which
`digestbot serve` runs beside the scheduler when `base_url` is set), or alone with
`python -m digestbot.web --config FILE`.

    GET  /unsubscribe/{token}   a page with a button; a GET never unsubscribes (scanners)
    POST /unsubscribe/{token}   RFC 8058 one-click: List-Unsubscribe=One-Click, no cookie
    GET  /done/{token}          confirm page;  POST closes the follow-up
    GET  /snooze/{token}        choice page;   POST snoozes it for 7, 14 or 28 days
    GET  /archive/{list}        the digests sent, newest first
    GET  /archive/{list}/{key}  one digest as sent, without the member's address or links
    GET  /followups/{list}      what is outstanding

Tokens are sealed by `digestbot.tokens`; a bad one gets a page saying so and a 400 (410
when it is only too old). No page shows a member's address: the unsubscribe page masks it.
Store calls are synchronous, so they run in Starlette's thread pool.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import re
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Message

from digestbot.compose import LinkMaker, public_html
from digestbot.config import Settings, load_settings, resolve_config_path
from digestbot.digest import format_date, select_outstanding
from digestbot.errors import ConfigError, DigestbotError, StoreError
from digestbot.jobs import App
from digestbot.store import StoredFollowUp, open_store
from digestbot.tokens import Claim, ExpiredTokenError, TokenError, read_token

log = logging.getLogger("digestbot.web")

SNOOZE_CHOICES = (7, 14, 28)
MAX_FORM_BYTES = 16 * 1024
_KEY_RE = re.compile(r"[A-Za-z0-9._-]{1,100}")
# No scripts, no frames, forms post only here; tokens stay out of Referer headers.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'unsafe-inline'; img-src https:;"
                                " form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def mask_address(address: str) -> str:
    """`a***@example.org`: enough for a member to recognise, too little to harvest."""
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


@dataclass(frozen=True)
class Web:
    """The handlers, closed over the App (settings, store, templates, clock)."""

    app: App

    @property
    def settings(self) -> Settings:
        return self.app.settings

    def today(self) -> date:
        # Tokens carry the UTC day they were made on (compose uses the clock's date).
        return self.app.clock().date()

    def links(self, list_name: str) -> LinkMaker:
        return LinkMaker(self.app.identity(list_name), self.today())

    def page(self, template: str, *, heading: str, status: int = 200, list_name: str = "",
             private: bool = False, **context: Any) -> HTMLResponse:
        title = self.settings.lists[list_name].title or list_name if list_name else ""
        html = self.app.templates.render(f"web/{template}.html.j2", dict(
            context, heading=heading, list_title=title))
        return self._html(html, status=status, private=private)

    @staticmethod
    def _html(html: str, *, status: int = 200, private: bool = False) -> HTMLResponse:
        headers = dict(SECURITY_HEADERS)
        headers["Cache-Control"] = "no-store" if private else "no-cache"
        return HTMLResponse(html, status_code=status, headers=headers)

    def message(self, heading: str, message: str, *, status: int = 200, list_name: str = "",
                link: tuple[str, str] | None = None) -> HTMLResponse:
        return self.page("message", heading=heading, message=message, status=status,
                         list_name=list_name, private=True,
                         link_url=link[0] if link else None, link_text=link[1] if link else "")

    # -- tokens -----------------------------------------------------------------------

    def claim(self, request: Request, action: str) -> Claim | HTMLResponse:
        """The token's claim, or the page to answer with when it is not valid."""
        try:
            claim = read_token(self.settings.bot.secret.get_secret_value(),
                               request.path_params["token"], action=action, today=self.today(),
                               max_age_days=self.settings.web.token_max_age_days)
        except ExpiredTokenError:
            return self.message("This link has expired",
                                "Links in our emails work for "
                                f"{self.settings.web.token_max_age_days} days. Please use the "
                                "link in a more recent email.", status=410)
        except TokenError:
            return self.message("This link is not valid",
                                "The link is incomplete or has been changed. Please use the "
                                "link exactly as it appears in the email.", status=400)
        if claim.list_name not in self.settings.lists:
            return self.message("Unknown list", "This list no longer exists here.", status=404)
        return claim

    async def form(self, request: Request) -> FormData | HTMLResponse:
        """The posted form (either encoding), read with a bound on its size."""
        body = b""
        async for chunk in request.stream():  # chunked bodies have no Content-Length
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                return self.message("Request too large", "The form data is too large.",
                                    status=413)

        async def replay() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            return await Request(request.scope, replay).form(max_files=0, max_fields=8,
                                                              max_part_size=1024)
        except (HTTPException, ValueError, AssertionError):
            return self.message("Bad request", "The form data could not be read.",
                                status=400)

    # -- unsubscribe ------------------------------------------------------------------

    async def unsubscribe(self, request: Request) -> Response:
        claim = self.claim(request, "unsubscribe")
        if isinstance(claim, Response):
            return claim
        name = claim.list_name
        if request.method != "POST":
            return self.page("unsubscribe", heading="Unsubscribe", list_name=name,
                             private=True, masked_address=mask_address(claim.subject))
        form = await self.form(request)
        if isinstance(form, Response):
            return form
        if form.get("List-Unsubscribe") != "One-Click":
            return self.message("Bad request", "The request does not ask to unsubscribe "
                                "(List-Unsubscribe=One-Click is missing).", status=400,
                                list_name=name)
        await run_in_threadpool(self.app.store.suppress, name, claim.subject,
                                reason="one-click", now=self.app.clock())
        log.info("unsubscribed a member of %s (one-click)", name)
        return self.message("You are unsubscribed",
                            f"{mask_address(claim.subject)} will get no more emails from "
                            "this list.", list_name=name)

    # -- follow-ups -------------------------------------------------------------------

    async def _follow_up(self, request: Request, action: str,
                         ) -> tuple[Claim, StoredFollowUp] | HTMLResponse:
        """The follow-up a valid `action` token names, or the page to answer with."""
        claim = self.claim(request, action)
        if isinstance(claim, Response):
            return claim
        try:
            item = await run_in_threadpool(self.app.store.get_follow_up, claim.subject)
        except StoreError:
            item = None
        # get_follow_up also accepts a prefix; a token names one item exactly, on its list.
        if item is None or item.id != claim.subject or item.list_name != claim.list_name:
            return self.message("Unknown follow-up", "This follow-up no longer exists.",
                                status=404, list_name=claim.list_name)
        return claim, item

    async def done(self, request: Request) -> Response:
        found = await self._follow_up(request, "done")
        if isinstance(found, Response):
            return found
        claim, item = found
        if request.method == "POST" and item.status != "done":
            item = await run_in_threadpool(
                lambda: self.app.store.change_follow_up(
                    item.id, now=self.app.clock(), action="done from the web", status="done"))
            return self.message("Marked done", f"Thank you: “{item.task}” is closed; no "
                                "reminder will mention it again.", list_name=claim.list_name,
                                link=(f"{self._base()}/followups/{claim.list_name}",
                                      "Outstanding follow-ups"))
        return self.page("done", heading="Mark a follow-up done", list_name=claim.list_name,
                         private=True, item=item)

    async def snooze(self, request: Request) -> Response:
        found = await self._follow_up(request, "snooze")
        if isinstance(found, Response):
            return found
        claim, item = found
        if request.method == "POST" and item.status != "done":
            form = await self.form(request)
            if isinstance(form, Response):
                return form
            days = str(form.get("days") or SNOOZE_CHOICES[0])
            if not days.isdigit() or int(days) not in SNOOZE_CHOICES:
                return self.message("Bad request", "Choose one of the snooze periods offered.",
                                    status=400, list_name=claim.list_name)
            until = self.today() + timedelta(days=int(days))
            await run_in_threadpool(lambda: self.app.store.change_follow_up(
                item.id, now=self.app.clock(), action="snoozed from the web",
                snoozed_until=until))
            return self.message("Snoozed", f"No reminder about “{item.task}” until "
                                f"{format_date(until)}.", list_name=claim.list_name)
        return self.page("snooze", heading="Snooze a follow-up", list_name=claim.list_name,
                         private=True, item=item, choices=SNOOZE_CHOICES)

    # -- archive ----------------------------------------------------------------------

    def _list_name(self, request: Request) -> str:
        name = str(request.path_params["list"])
        if name not in self.settings.lists:
            raise HTTPException(404)
        return name

    async def archive_index(self, request: Request) -> Response:
        name = self._list_name(request)
        links = self.links(name)
        stored = await run_in_threadpool(self.app.store.archived_digests, name)
        seen: set[int | None] = set()
        entries = []
        for d in stored:  # newest first; a --force re-send shows once
            if d.session_id is not None and d.session_id in seen:
                continue
            seen.add(d.session_id)
            key = d.message_id.strip("<>").split("@", 1)[0]
            entries.append({"url": links.archive(key), "subject": d.subject,
                            "sent": d.created_at.date()})
        return self.page("archive", heading="Digest archive", list_name=name, digests=entries,
                         followups_url=f"{self._base()}/followups/{name}")

    async def archive_digest(self, request: Request) -> Response:
        name = self._list_name(request)
        key = str(request.path_params["key"])
        if not _KEY_RE.fullmatch(key):
            raise HTTPException(404)
        found = await run_in_threadpool(self.app.store.archived_digest, name,
                                        f"<{key}@{self.settings.bot.domain}>")
        if found is None:
            raise HTTPException(404)
        return self._html(public_html(found[1], self.links(name)))

    async def followups(self, request: Request) -> Response:
        name = self._list_name(request)
        today = self.app.clock().astimezone(self.settings.list_timezone(name)).date()
        items = await run_in_threadpool(
            lambda: self.app.store.follow_ups(list_name=name, open_only=True))
        outstanding = select_outstanding(items, today=today,
                                         due_soon_days=self.settings.reminders.due_soon_days)
        return self.page("followups", heading="Outstanding follow-ups", list_name=name,
                         items=outstanding, snoozed=len(items) - len(outstanding),
                         archive_url=self.links(name).archive())

    async def index(self, request: Request) -> Response:
        lists = [{"title": lst.title or name, "archive_url": self.links(name).archive(),
                  "followups_url": f"{self._base()}/followups/{name}"}
                 for name, lst in self.settings.lists.items()]
        return self.page("index", heading="Lists", lists=lists)

    def _base(self) -> str:
        return self.settings.bot.base_url.rstrip("/")

    async def not_found(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 404:
            return self.message("Not found", "There is no such page.", status=404)
        return PlainTextResponse(str(getattr(exc, "detail", "error")), status_code=status,
                                 headers=SECURITY_HEADERS)


def check_web_settings(settings: Settings) -> None:
    """ConfigError when the web endpoint is asked for but cannot sign or check links."""
    if settings.bot.base_url and not settings.bot.secret.get_secret_value():
        raise ConfigError("bot.secret is empty but bot.base_url is set: the links in mail "
                          "are signed with it (set a long random string)", key="bot.secret")
    if settings.bot.base_url and not settings.bot.base_url.startswith(("https://", "http://")):
        raise ConfigError(f"bot.base_url must start with https:// (got "
                          f"{settings.bot.base_url!r})", key="bot.base_url")


def create_web_app(app: App) -> Starlette:
    """The ASGI app for one App (its settings, store, templates and clock)."""
    check_web_settings(app.settings)
    web = Web(app)
    both = ["GET", "POST"]
    routes = [
        Route("/", web.index),
        Route("/unsubscribe/{token}", web.unsubscribe, methods=both),
        Route("/done/{token}", web.done, methods=both),
        Route("/snooze/{token}", web.snooze, methods=both),
        Route("/archive/{list}", web.archive_index),
        Route("/archive/{list}/{key}", web.archive_digest),
        Route("/followups/{list}", web.followups),
        Route("/healthz", lambda request: PlainTextResponse("ok")),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: web.not_found})


class _Server(uvicorn.Server):
    """uvicorn without its own signal handlers: the caller owns SIGTERM/SIGINT."""

    def install_signal_handlers(self) -> None:  # uvicorn < 0.29
        pass

    def capture_signals(self) -> Any:  # uvicorn >= 0.29
        return contextlib.nullcontext()


async def serve_web(app: App, settings: Settings, stop_event: asyncio.Event, *,
                    on_ready: Callable[[str, int], None] | None = None) -> None:
    """Serve the web endpoint on [web] host/port in this event loop until `stop_event`."""
    asgi = create_web_app(app)
    config = uvicorn.Config(asgi, host=settings.web.host, port=settings.web.port,
                            lifespan="off", access_log=False, server_header=False,
                            log_config=None, log_level="warning")
    server = _Server(config)

    async def run() -> None:
        # uvicorn logs why it cannot bind and calls sys.exit(): keep that inside this task
        with contextlib.suppress(SystemExit):
            await server.serve()

    task = asyncio.create_task(run())
    while not server.started:
        if task.done():
            raise ConfigError(f"web: cannot listen on {settings.web.host}:{settings.web.port}",
                              key="web.port")
        await asyncio.sleep(0.01)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    log.info("web endpoint on http://%s:%d (public URL %s)", host, port, settings.bot.base_url)
    if on_ready:
        on_ready(host, port)
    stopping = asyncio.create_task(stop_event.wait())
    await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    server.should_exit = True
    stopping.cancel()
    await task


def main(argv: Sequence[str] | None = None) -> int:
    """Run the web endpoint alone: python -m digestbot.web [--config FILE]."""
    parser = argparse.ArgumentParser(
        prog="python -m digestbot.web",
        description="Serve digestbot's web endpoint alone (digestbot serve runs it too).",
        epilog="Example: python -m digestbot.web --config config/digestbot.toml --port 8025")
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--host", help="Listen address (default: [web] host).")
    parser.add_argument("--port", type=int, help="Listen port (default: [web] port; 0: any).")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        settings = load_settings(resolve_config_path(args.config, os.environ))
        if args.host:
            settings.web.host = args.host
        if args.port is not None:
            settings.web.port = args.port
        check_web_settings(settings)
        if not settings.bot.base_url:
            raise ConfigError("bot.base_url is empty: there are no links to serve",
                              key="bot.base_url")
        store = open_store(settings.bot.store)
    except DigestbotError as exc:
        print(f"digestbot: error: {exc}", file=sys.stderr)
        return 2

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await serve_web(App(settings, store, lambda: datetime.now(UTC)), settings, stop,
                        on_ready=lambda host, port: print(f"serving on http://{host}:{port}",
                                                          flush=True))

    try:
        asyncio.run(run())
    except DigestbotError as exc:
        print(f"digestbot: error: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
