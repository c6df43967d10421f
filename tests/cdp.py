"""Headless Chromium driven over the Chrome DevTools Protocol, for the web page tests.

Debian's `chromium` is started with a fresh profile and `--remote-debugging-port=0`;
the port it picks is read from the DevToolsActivePort file it writes, and one page is
driven over its websocket (the `websockets` package). Nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
from websockets.sync.client import ClientConnection, connect

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio",
         "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1")


class BrowserError(RuntimeError):
    """Chromium did not start, or a page did not answer in time."""


class Browser:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, profile: Path, *, timeout: float = 20.0):
        if CHROMIUM is None:
            raise BrowserError("chromium is not installed")
        self.timeout = timeout
        self.profile = profile
        self.status: int | None = None  # HTTP status of the last document loaded
        self._ids = 0
        self._events: list[dict[str, Any]] = []
        self._log = (profile.parent / f"{profile.name}.log").open("wb")
        self._proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}",
                                       "about:blank"], stdout=subprocess.DEVNULL,
                                      stderr=self._log)
        self._ws: ClientConnection | None = None
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> Browser:
        try:
            port = self._devtools_port()
            pages = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=5).json()
            page = next(p for p in pages if p["type"] == "page")
            self._ws = self._stack.enter_context(
                connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=5))
            self.send("Page.enable")
            self.send("Network.enable")
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _devtools_port(self) -> int:
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrowserError(f"chromium exited with {self._proc.returncode}")
            if marker.is_file() and marker.read_text().strip():
                return int(marker.read_text().split()[0])
            time.sleep(0.05)
        raise BrowserError("chromium did not open its debugging port")

    def close(self) -> None:
        self._stack.close()
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        self._log.close()

    def _receive(self) -> dict[str, Any]:
        assert self._ws is not None
        try:
            message: dict[str, Any] = json.loads(self._ws.recv(timeout=self.timeout))
        except TimeoutError as exc:
            raise BrowserError("no answer from chromium") from exc
        if message.get("method") == "Network.responseReceived" and \
                message["params"].get("type") == "Document":
            self.status = message["params"]["response"]["status"]
        return message

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call one DevTools method and return its result (events are kept for later)."""
        assert self._ws is not None
        self._ids += 1
        self._ws.send(json.dumps({"id": self._ids, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == self._ids:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            self._events.append(message)

    def _wait_for(self, event: str) -> None:
        while True:
            if any(e.get("method") == event for e in self._events):
                self._events.clear()
                return
            self._events.append(self._receive())

    def goto(self, url: str) -> None:
        """Load `url` and wait until the page has loaded."""
        self._events.clear()
        self.send("Page.navigate", url=url)
        self._wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """Click the element (a submit button or a link) and wait for the next page."""
        self._events.clear()
        found = self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                              " if (!e) return false; e.click(); return true; })()")
        if not found:
            raise BrowserError(f"no element {selector} on {self.evaluate('location.href')}")
        self._wait_for("Page.loadEventFired")

    def text(self) -> str:
        return str(self.evaluate("document.body.innerText"))

    def url(self) -> str:
        return str(self.evaluate("location.href"))
