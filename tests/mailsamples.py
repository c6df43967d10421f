"""Sample meetings and a configured App for the mail-standards, DKIM and web tests.

The sessions are built directly (no notes parser needed), stored through the real
store, and sent through the real jobs, so what the tests look at is what users get.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, date, datetime
from pathlib import Path

from digestbot.config import load_settings
from digestbot.jobs import App
from digestbot.model import FollowUp, Link, Section, Session
from digestbot.store import open_store
from digestbot.web import serve_web
from tests.conftest import write_config

NOW = datetime(2024, 3, 18, 9, 0, tzinfo=UTC)
BASE_URL = "https://digest.igc.example"
SECRET = "test-secret-not-for-production"


def sample_session(*, title: str = "IGC WSIS+20 review", owner: str = "Amara",
                   summary: str = "We reviewed the WSIS+20 timeline and the caucus input.",
                   sections: int = 2, links: tuple[Link, ...] = ()) -> Session:
    """A small meeting with a summary, key points, a follow-up, a recommendation and links."""
    return Session(
        title=title, date=date(2024, 3, 14), attendance="c. 40 people",
        agenda=("Introductions", "WSIS+20 review timeline"),
        sections=tuple(Section(f"Topic {i + 1}", 2, summary,
                               ("Civil society needs a seat at the table.",
                                "The review should be open to remote participation."))
                       for i in range(sections)),
        follow_ups=(FollowUp("Send the caucus statement to the co-facilitators", (owner,),
                             due=date(2024, 3, 28)),),
        recommendations=("Coordinate the statement with other caucuses.",),
        links=links or (Link("https://www.example.org/wsis-review", "WSIS+20 review page"),),
        source="sample.txt", fingerprint=f"sample-{title}-{sections}",
    )


def web_config(folder: Path, *, extra: str = "", bot_extra: str = "", list_extra: str = "",
               smtp_port: int | None = None, address: str = "") -> Path:
    """A test config with base_url and secret set (plus lines for [bot] and [lists.igc])."""
    folder.mkdir(parents=True, exist_ok=True)
    path = write_config(folder, extra=extra + "\n[web]\nport = 0\n", smtp_port=smtp_port,
                        address=address)
    bot = f'base_url = "{BASE_URL}"\nsecret = "{SECRET}"\n{bot_extra}\n'
    text = path.read_text().replace("\n[smtp]\n", f"{bot}\n[smtp]\n", 1)
    path.write_text(text.replace("\n[lists.igc]\n", f"\n[lists.igc]\n{list_extra}\n", 1))
    return path


def open_app(config: Path, *, now: datetime = NOW) -> App:
    """An App on the config's store with a fixed clock; close its store when done."""
    settings = load_settings(config)
    return App(settings, open_store(settings.bot.store), lambda: now)


class WebThread:
    """`serve_web` on 127.0.0.1, port 0, in its own thread and event loop."""

    def __init__(self, app: App):
        self.app = app
        self.url = ""
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        def ready(host: str, port: int) -> None:
            self.url = f"http://{host}:{port}"
            self._ready.set()

        try:
            self._loop.run_until_complete(
                serve_web(self.app, self.app.settings, self._stop, on_ready=ready))
        except BaseException as exc:  # reported to the test thread in start()
            self._error = exc
            self._ready.set()
        finally:
            self._loop.close()

    def local(self, url: str) -> str:
        """A link from a message, pointed at this server instead of the public base_url."""
        return url.replace(BASE_URL, self.url)

    def __enter__(self) -> WebThread:
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)
