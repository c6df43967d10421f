"""The web endpoint, served for real by uvicorn on 127.0.0.1, driven with the links that
the sent messages carry: one-click unsubscribe (both encodings), mark done, snooze,
the archive, bad tokens, and that no page gives away a member's address."""

from __future__ import annotations

import asyncio
import mailbox
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from digestbot.compose import LinkMaker
from digestbot.errors import ConfigError
from digestbot.jobs import App, list_recipients, send_session_digest
from digestbot.tokens import make_token
from digestbot.web import serve_web
from tests.conftest import MEMBERS, ROOT, run
from tests.mailsamples import (
    NOW,
    SECRET,
    WebThread,
    open_app,
    sample_session,
    web_config,
)


@dataclass
class Site:
    app: App
    web: WebThread
    client: httpx.Client
    outbox: Path

    def messages(self) -> dict[str, bytes]:
        """The messages in the Maildir outbox, by To address."""
        box = mailbox.Maildir(self.outbox, create=False)
        out = {}
        for key in box.iterkeys():
            raw = box.get_bytes(key)
            to = re.search(rb"^To: (.+?)\r?$", raw, re.M).group(1).decode()  # type: ignore[union-attr]
            out[to] = raw
        return out

    def link(self, action: str, subject: str, *, today: date | None = None) -> str:
        made = LinkMaker(self.app.identity("igc"), today or NOW.date()).url(action, subject)
        assert made is not None
        return self.web.local(made)

    def send_digest(self, title: str = "IGC WSIS+20 review") -> None:
        session = sample_session(title=title)
        sid = self.app.store.ingest("igc", session, now=self.app.clock()).session_id
        summary = send_session_digest(self.app, "igc", session, sid)
        assert summary.failed == 0


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    app = open_app(web_config(tmp_path))
    try:
        with WebThread(app) as web, httpx.Client(follow_redirects=False, timeout=10) as client:
            yield Site(app, web, client, tmp_path / "var" / "outbox")
    finally:
        app.store.close()


def unsubscribe_url(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n ", b" ").decode()
    return re.search(r"^List-Unsubscribe: <(https://[^>]+)>", head, re.M).group(1)  # type: ignore[union-attr]


def test_one_click_post_urlencoded_suppresses_at_once_and_for_good(site: Site) -> None:
    site.send_digest()
    url = site.web.local(unsubscribe_url(site.messages()["ana@example.org"]))
    answer = site.client.post(url, data={"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "set-cookie" not in answer.headers
    assert "You are unsubscribed" in answer.text
    assert site.app.store.suppressed("igc") == {"ana@example.org"}
    assert "ana@example.org" not in list_recipients(site.app, "igc")
    # the next digest goes to everybody else, and not to her
    for path in (site.outbox / "new").iterdir():
        path.unlink()
    site.send_digest("IGC April call")
    assert set(site.messages()) == set(MEMBERS) - {"ana@example.org"}
    # a second POST (a provider retrying) is harmless
    assert site.client.post(url, data={"List-Unsubscribe": "One-Click"}).status_code == 200


def test_one_click_post_multipart(site: Site) -> None:
    url = site.link("unsubscribe", "bruna@example.org")
    answer = site.client.post(url, files={"List-Unsubscribe": (None, "One-Click")})
    assert answer.request.headers["content-type"].startswith("multipart/form-data")
    assert answer.status_code == 200
    assert site.app.store.suppressed("igc") == {"bruna@example.org"}


def test_get_shows_a_button_and_unsubscribes_nobody(site: Site) -> None:
    url = site.link("unsubscribe", "chen@example.net")
    page = site.client.get(url)
    assert page.status_code == 200
    assert '<button type="submit" class="primary" id="unsubscribe">' in page.text
    assert 'name="List-Unsubscribe" value="One-Click"' in page.text
    assert "c***@example.net" in page.text and "chen@example.net" not in page.text
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert site.client.head(url).status_code == 200
    assert site.app.store.suppressed("igc") == set()


def test_post_without_one_click_field_changes_nothing(site: Site) -> None:
    url = site.link("unsubscribe", "chen@example.net")
    assert site.client.post(url, data={"other": "x"}).status_code == 400
    assert site.client.post(url, content=b"garbage", headers={
        "content-type": "multipart/form-data; boundary=zz"}).status_code == 400
    assert site.client.post(url, content=b"x" * 20000, headers={
        "content-type": "application/x-www-form-urlencoded"}).status_code == 413

    def chunked() -> Iterator[bytes]:  # no Content-Length: the bound still holds
        yield b"List-Unsubscribe=One-Click&x="
        yield from (b"x" * 1000 for _ in range(20))

    assert site.client.post(url, content=chunked(), headers={
        "content-type": "application/x-www-form-urlencoded"}).status_code == 413
    assert site.app.store.suppressed("igc") == set()


def test_tampered_expired_and_misused_tokens_get_a_clear_page(site: Site) -> None:
    good = site.link("unsubscribe", "ana@example.org")
    token = good.rsplit("/", 1)[1]
    flipped = token[:10] + ("A" if token[10] != "A" else "B") + token[11:]
    cases = {
        good.replace(token, flipped): (400, "This link is not valid"),
        good.replace(token, token[:-3]): (400, "This link is not valid"),
        good.replace(token, "not-a-token"): (400, "This link is not valid"),
        site.link("unsubscribe", "ana@example.org", today=NOW.date() - timedelta(days=91)):
            (410, "This link has expired"),
        # a mark-done token is no unsubscribe token, and the other way round
        site.link("done", "ana@example.org").replace("/done/", "/unsubscribe/"):
            (400, "This link is not valid"),
        good.replace("/unsubscribe/", "/done/"): (400, "This link is not valid"),
    }
    for url, (status, text) in cases.items():
        for method in ("GET", "POST"):
            answer = site.client.request(method, url, data={"List-Unsubscribe": "One-Click"})
            assert (answer.status_code, text in answer.text) == (status, True), (method, url)
    other_secret = make_token("another secret", action="unsubscribe", list_name="igc",
                              subject="ana@example.org", today=NOW.date())
    assert site.client.post(good.replace(token, other_secret),
                            data={"List-Unsubscribe": "One-Click"}).status_code == 400
    other_list = make_token(SECRET, action="unsubscribe", list_name="nope",
                            subject="ana@example.org", today=NOW.date())
    assert site.client.post(good.replace(token, other_list),
                            data={"List-Unsubscribe": "One-Click"}).status_code == 404
    assert site.app.store.suppressed("igc") == set()


def test_mark_done_page_then_click_closes_the_follow_up(site: Site) -> None:
    site.send_digest()
    item = site.app.store.follow_ups(list_name="igc", open_only=True)[0]
    url = site.link("done", item.id)
    page = site.client.get(url)
    assert page.status_code == 200
    assert item.task in page.text and 'id="done"' in page.text
    assert site.app.store.get_follow_up(item.id).status == "open"  # a GET changes nothing
    answer = site.client.post(url)
    assert answer.status_code == 200 and "Marked done" in answer.text
    closed = site.app.store.get_follow_up(item.id)
    assert closed.status == "done" and closed.closed_at == NOW
    assert site.app.store.follow_up_history(item.id)[-1]["action"] == "done from the web"
    assert "already marked done" in site.client.get(url).text
    # a token names one follow-up exactly: an unknown id is a 404, not a prefix match
    assert site.client.post(site.link("done", item.id[:3])).status_code == 404


def test_snooze_offers_fixed_periods(site: Site) -> None:
    site.send_digest()
    item = site.app.store.follow_ups(list_name="igc", open_only=True)[0]
    url = site.link("snooze", item.id)
    page = site.client.get(url)
    assert 'id="snooze-14"' in page.text
    assert site.client.post(url, data={"days": "3"}).status_code == 400
    answer = site.client.post(url, data={"days": "14"})
    assert answer.status_code == 200 and "1 April 2024" in answer.text
    assert site.app.store.get_follow_up(item.id).snoozed_until == date(2024, 4, 1)
    followups = site.client.get(f"{site.web.url}/followups/igc").text
    assert item.task not in followups and "1 follow-up snoozed" in followups


def test_archive_shows_each_digest_without_personal_parts(site: Site) -> None:
    site.send_digest()
    index = site.client.get(f"{site.web.url}/archive/igc")
    assert index.status_code == 200
    assert "IGC WSIS+20 review" in index.text
    href = re.search(r'<a href="([^"]+)">\[IGC\]', index.text).group(1)  # type: ignore[union-attr]
    digest = site.client.get(site.web.local(href))
    assert digest.status_code == 200
    assert "Send the caucus statement to the co-facilitators" in digest.text
    assert "sent to the list&#39;s members" in digest.text or \
        "sent to the list's members" in digest.text
    assert "@@DIGESTBOT" not in digest.text and "/unsubscribe/" not in digest.text
    assert "mailto:digest@igc.example?subject=unsubscribe%20igc" in digest.text
    assert site.client.get(f"{site.web.url}/archive/igc/digest.nothere").status_code == 404
    assert site.client.get(f"{site.web.url}/archive/nolist").status_code == 404
    assert site.client.get(f"{site.web.url}/archive/igc/..%2f..%2fetc").status_code == 404


def test_followups_page_lists_what_is_open(site: Site) -> None:
    site.send_digest()
    page = site.client.get(f"{site.web.url}/followups/igc")
    assert page.status_code == 200
    assert "Amara" in page.text and "Send the caucus statement" in page.text
    item = site.app.store.follow_ups(list_name="igc", open_only=True)[0]
    site.client.post(site.link("done", item.id))
    assert "Nothing is outstanding" in site.client.get(f"{site.web.url}/followups/igc").text


def test_no_page_shows_a_member_address(site: Site) -> None:
    site.send_digest()
    pages = ["/", "/archive/igc", "/followups/igc", "/healthz", "/nothing", "/archive/igc/x"]
    archive = site.client.get(f"{site.web.url}/archive/igc").text
    pages += [site.web.local(h) for h in re.findall(r'href="([^"]+/archive/igc/[^"]+)"', archive)]
    pages += [site.link("unsubscribe", m) for m in MEMBERS]
    seen = "".join(site.client.get(p if p.startswith("http") else site.web.url + p).text
                   for p in pages)
    for member in MEMBERS:
        assert member not in seen


def test_web_needs_a_secret_and_a_free_port(tmp_path: Path) -> None:
    config = web_config(tmp_path)
    config.write_text(config.read_text().replace(f'secret = "{SECRET}"', 'secret = ""'))
    result = run(config, "check")
    assert result.exit_code == 2
    assert "bot.secret is empty but bot.base_url is set" in result.output
    app = open_app(config)
    try:
        with pytest.raises(ConfigError, match=r"bot\.secret"):
            asyncio.run(serve_web(app, app.settings, asyncio.Event()))
    finally:
        app.store.close()


def test_serve_web_reports_a_port_in_use(site: Site) -> None:
    port = int(site.web.url.rsplit(":", 1)[1])
    site.app.settings.web.port = port
    with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
        asyncio.run(serve_web(site.app, site.app.settings, asyncio.Event()))


def test_web_runs_alone_and_stops_on_sigterm(tmp_path: Path) -> None:
    config = web_config(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "digestbot.web", "--config", str(config),
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=tmp_path)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = re.fullmatch(r"serving on (http://127\.0\.0\.1:\d+)\n", line).group(1)  # type: ignore[union-attr]
        assert httpx.get(f"{url}/healthz").text == "ok"
        assert "Internet Governance Caucus" in httpx.get(f"{url}/").text
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
