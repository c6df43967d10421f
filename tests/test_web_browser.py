"""The served pages in a real browser (headless Debian Chromium over DevTools): a
reminder's mark-done link, the unsubscribe page's button, the archive, a tampered link."""

from __future__ import annotations

import importlib.util
import mailbox
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from digestbot.compose import LinkMaker
from digestbot.jobs import App, send_session_digest
from digestbot.model import FollowUp
from tests.cdp import CHROMIUM, Browser
from tests.mailsamples import NOW, WebThread, open_app, sample_session, web_config

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
# Until the reminders module is merged, the mark-done link is made as it would make it.
HAVE_REMINDERS = importlib.util.find_spec("digestbot.reminders") is not None


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[App, WebThread, Path]]:
    """One digest sent into the Maildir outbox, and the web endpoint serving it."""
    folder = tmp_path_factory.mktemp("site")
    app = open_app(web_config(folder))
    session = sample_session()
    sid = app.store.ingest("igc", session, now=app.clock()).session_id
    assert send_session_digest(app, "igc", session, sid).failed == 0
    try:
        with WebThread(app) as web:
            yield app, web, folder / "var" / "outbox"
    finally:
        app.store.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with Browser(tmp_path_factory.mktemp("chromium") / "profile") as b:
        yield b


def test_mark_done_from_a_reminder_link(served: tuple[App, WebThread, Path],
                                        browser: Browser) -> None:
    app, web, _ = served
    fid = app.store.add_follow_up("igc", FollowUp("Circulate the draft statement", ("Amara",)),
                                  now=NOW)
    link = LinkMaker(app.identity("igc"), NOW.date()).url("done", fid)
    if HAVE_REMINDERS:  # the link as the owner's reminder shows it
        from digestbot.reminders import preview_reminder

        html = preview_reminder(app, "igc", recipient="amara@example.org").html
        found = re.search(r'Circulate the draft statement.*?href="([^"]+/done/[^"]+)"', html,
                          re.S)
        assert found is not None, html
        link = found.group(1)
    assert link is not None
    browser.goto(web.local(link))
    assert browser.status == 200
    assert "Circulate the draft statement" in browser.text()
    assert app.store.get_follow_up(fid).status == "open"  # opening the link changes nothing
    browser.click("#done")
    assert browser.status == 200
    assert "Marked done" in browser.text()
    assert app.store.get_follow_up(fid).status == "done"
    browser.goto(web.local(link))
    assert "already marked done" in browser.text()
    if HAVE_REMINDERS:  # the next reminder to its owner no longer mentions it
        from digestbot.reminders import preview_reminder

        reminder = preview_reminder(app, "igc", recipient="amara@example.org")
        assert "Send the caucus statement" in reminder.text
        assert "Circulate the draft statement" not in reminder.text


def test_unsubscribe_page_button(served: tuple[App, WebThread, Path], browser: Browser) -> None:
    app, web, outbox = served
    box = mailbox.Maildir(outbox, create=False)
    raw = next(box.get_bytes(k) for k in box.iterkeys()
               if b"\r\nTo: chen@example.net\r\n" in box.get_bytes(k))
    head = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n ", b" ").decode()
    url = re.search(r"^List-Unsubscribe: <(https://[^>]+)>", head, re.M).group(1)  # type: ignore[union-attr]
    browser.goto(web.local(url))
    assert browser.status == 200
    assert "c***@example.net" in browser.text()
    assert "chen@example.net" not in app.store.suppressed("igc")  # a GET unsubscribes nobody
    browser.click("#unsubscribe")
    assert browser.status == 200
    assert "You are unsubscribed" in browser.text()
    assert "chen@example.net" in app.store.suppressed("igc")


def test_archive_index_and_digest(served: tuple[App, WebThread, Path], browser: Browser) -> None:
    _, web, _ = served
    browser.goto(f"{web.url}/archive/igc")
    assert browser.status == 200
    assert "IGC WSIS+20 review" in browser.text()
    # the links point at the public base_url: follow the first one on this server
    href = browser.evaluate("document.querySelector('#digests a').href")
    browser.goto(web.local(href))
    assert browser.status == 200
    text = browser.text()
    assert "Send the caucus statement to the co-facilitators" in text
    assert "sent to the list's members" in text
    assert "@example.org" not in text and "@example.net" not in text


def test_tampered_link_gets_a_clear_page(served: tuple[App, WebThread, Path],
                                         browser: Browser) -> None:
    app, web, _ = served
    link = LinkMaker(app.identity("igc"), NOW.date()).url("unsubscribe", "ana@example.org")
    assert link is not None
    tampered = link[:-4] + ("AAAA" if not link.endswith("AAAA") else "BBBB")
    browser.goto(web.local(tampered))
    assert browser.status == 400
    assert "This link is not valid" in browser.text()
