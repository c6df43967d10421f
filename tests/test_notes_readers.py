"""Formats and encodings: what each reader hands on, and bad input."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digestbot.errors import NotesError
from digestbot.model import Session
from digestbot.notes import parse_bytes, parse_notes
from digestbot.notes.readers import date_from_name, decode, normalize_text, read_document


def test_bom_crlf_nbsp_quotes_and_mojibake_are_repaired() -> None:
    raw = "\ufeffThe co-op\u2019s\u00a0plan \u201cworks\u201d\r\nnon\u2011breaking\r".encode()
    text = normalize_text(decode(raw))
    assert text == "The co-op's plan \"works\"\nnon-breaking\n"
    assert normalize_text("the co-opâ€™s dairy") == "the co-op's dairy"
    assert normalize_text("CafÃ© meeting") == "Café meeting"


def test_windows_1252_and_utf16() -> None:
    assert decode("Chloé – £10".encode("cp1252")) == "Chloé – £10"
    assert decode("Chloé".encode("utf-16")) == "Chloé"


@pytest.mark.parametrize(("name", "when"), [
    ("notes/2024-06-25-tsc.md", date(2024, 6, 25)),
    ("20231212_wpwg-irc.txt", date(2023, 12, 12)),
    ("/srv/2023/minutes-2023.03.14.txt", date(2023, 3, 14)),
    ("notes.txt", None),
    ("build-20249999.txt", None),
])
def test_date_from_name(name: str, when: date | None) -> None:
    assert date_from_name(name) == when


def test_file_name_date_is_used_when_the_text_has_none() -> None:
    session = parse_bytes(b"Budget\n\nAna will send the figures by Friday.\n",
                          name="2024-06-25-finance.txt")
    assert session.date == date(2024, 6, 25)
    assert session.follow_ups[0].due == date(2024, 6, 28)


def test_email_quoted_mail_and_signature_are_ignored() -> None:
    raw = (b"From: Hannah Okoye <h@example.org>\nSubject: Re: Notes: garden meeting\n"
           b"Date: Tue, 5 Mar 2024 08:12:44 +0000\n\nHi all,\n\nI'll order a padlock.\n\n"
           b"Thanks,\nHannah\n-- \nHannah Okoye\nhttps://sig.example.org\n\n"
           b"On Fri, 1 Mar 2024 at 17:03, Marco <m@example.com> wrote:\n"
           b"> ACTION: Hannah to book the hall\n> https://old.example.com/x\n")
    session = parse_bytes(raw, name="recap.eml")
    assert session.title == "garden meeting"
    assert [(f.owners, f.task) for f in session.follow_ups] == [(("Hannah",), "Order a padlock")]
    assert session.links == ()
    assert session.date == date(2024, 3, 5)


def test_an_html_email_keeps_its_links_tables_and_drops_quoted_mail() -> None:
    head = (b"From: Lena Park <lena@example.org>\nSubject: Notes: planning call\n"
            b"Date: Mon, 3 Jun 2024 18:00:00 +0000\nMIME-Version: 1.0\n"
            b"Content-Type: text/html; charset=utf-8\n\n")
    body = (b"<html><head><style>p {margin: 0}</style></head><body>"
            b"<p>Hi all, papers &amp; minutes are on <a href='https://ex.org/m'>the wiki</a>.</p>"
            b"<table><tr><th>Owner</th><th>Action</th><th>Due</th></tr>"
            b"<tr><td>Omar</td><td>Renew the domain</td><td>7 June</td></tr>"
            b"<tr><td>Lena</td><td>Draft the Q3 budget &amp; send it round</td><td></td></tr>"
            b"</table><p>Thanks,<br>Lena</p><hr>"
            # Outlook's quoted message, then Gmail's:
            b"<p><b>From:</b> Omar &lt;omar@example.org&gt;<br><b>Sent:</b> Friday</p>"
            b"<p>Ana will send the old budget.</p>"
            b"<div class='gmail_quote'><blockquote><ul><li>Bo will buy stamps</li></ul>"
            b"<a href='https://old.example.org/x'>old</a></blockquote></div></body></html>")
    session = parse_bytes(head + body, name="recap.eml")
    assert [(f.owners, f.task, f.due) for f in session.follow_ups] == [
        (("Omar",), "Renew the domain", date(2024, 6, 7)),
        (("Lena",), "Draft the Q3 budget & send it round", None)]
    assert [(link.url, link.label) for link in session.links] == [("https://ex.org/m", "the wiki")]
    assert session.sections == ()
    # A quote in a notes page is the notes' own text, not earlier mail.
    page = b"<h2>Notes</h2><blockquote><ul><li>Bo will buy stamps</li></ul></blockquote>" * 4
    assert [f.task for f in parse_bytes(page, name="n.html").follow_ups] == ["Buy stamps"]
    # A "<head>" never closed ends where the body starts.
    page = b"<html><head><title>Notes</title><body>" + page
    assert [f.task for f in parse_bytes(page, name="n.html").follow_ups] == ["Buy stamps"]


def test_irc_bot_noise_is_dropped() -> None:
    raw = (b"<RRSAgent> logging to https://www.w3.org/2024/01/09-x-irc\n"
           b"<chair> trackbot, start meeting\n<trackbot> Meeting: Example WG\n"
           b"<chair> scribe: ana\n<ana> Topic: Charter\n<ana> Ben: the charter is done\n"
           b"<ana> ACTION: Ben to send the charter to the AC\n"
           b"<trackbot> Created ACTION-1 - Send the charter to the ac [on Ben - due 2024-01-16].\n"
           b"<chair> RRSAgent, draft minutes\n")
    session = parse_bytes(raw, name="20240109-example.txt")
    assert session.title == "Example WG"
    assert [s.title for s in session.sections] == ["Charter"]
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Ben",), "Send the charter to the AC")]
    assert session.links == ()


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Board call", level=0)
    document.add_paragraph("Held on 2 May 2024.")
    document.add_heading("Budget", level=1)
    document.add_paragraph("Ana will send the figures by Friday.")
    document.add_paragraph("Draft the grant letter", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Owner", "Action"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Ben", "Book the room"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_headings_lists_and_tables() -> None:
    session = parse_bytes(_docx_bytes(), name="board.docx")
    assert session.title == "Board call" and session.date == date(2024, 5, 2)
    assert [s.title for s in session.sections] == ["Budget"]
    assert {(f.owners, f.task) for f in session.follow_ups} == {
        (("Ana",), "Send the figures"), ((), "Draft the grant letter"), (("Ben",), "Book the room")}


@pytest.mark.parametrize(("data", "name"), [
    (b"PK\x03\x04" + b"junk" * 50, "broken.docx"),
    (b"not a zip at all", "notes.docx"),
    (b"\x00\x01\x02\x03" * 100, "image.bin"),
])
def test_bad_files_give_one_line_errors_naming_the_file(data: bytes, name: str) -> None:
    with pytest.raises(NotesError) as info:
        parse_bytes(data, name=name)
    message = str(info.value)
    assert name in message and "\n" not in message


def test_zip_of_junk_named_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-xml")
    with pytest.raises(NotesError, match=r"junk\.docx"):
        parse_bytes(buffer.getvalue(), name="junk.docx")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotesError, match=r"nope\.txt"):
        parse_notes(tmp_path / "nope.txt")


def test_empty_and_huge_single_line() -> None:
    assert parse_bytes(b"", name="empty.txt").is_empty()
    line = (b"word " * 1_000_000)[:5_000_000]
    assert isinstance(parse_bytes(line, name="big.txt"), Session)


def test_invalid_utf8_is_read() -> None:
    session = parse_bytes(b"Caf\xe9 night\n\nAna will book the caf\xe9 by Friday \xff.\n",
                          name="2024-01-01.txt")
    assert session.follow_ups[0].owners == ("Ana",)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["n.txt", "n.md", "n.eml", "n.docx", ""]))
def test_any_bytes_give_a_session_or_a_one_line_error(data: bytes, name: str) -> None:
    try:
        session = parse_bytes(data, name=name)
    except NotesError as exc:
        assert "\n" not in str(exc) and (name or "<notes>") in str(exc)
    else:
        assert isinstance(session, Session)
        session.to_json()


_NOTEY = st.lists(st.sampled_from(
    [*"abcdefgh ABCDEF.,:;-*#|[]()@\t\n\r>`0123456789/", "will ", " to ", "Ana ", "ACTION: ",
     "- [ ] ", "- [x] ", "by Friday", "https://x.org/a", "[bookmark: x]", "Key points raised: ",
     "---\n", "```\n", "From: a@b.c\n", "<nick> ", "Topic: ", "This includes: ", "; ",
     "(forthcoming)", "(done)", "has been done. ", "? Yes."]), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NOTEY, st.sampled_from(["n.txt", "n.md", "n.eml", "2024-01-02.txt"]))
def test_note_shaped_text_never_crashes(text: str, name: str) -> None:
    try:
        session = parse_bytes(text.encode(), name=name)
    except NotesError as exc:
        assert "\n" not in str(exc)
    else:
        session.to_json()


def test_read_document_kinds() -> None:
    assert read_document(b"# Title\n\n- [ ] Ana to go\n", "x").kind == "markdown"
    assert read_document(b"Plain notes\n", "x.txt").kind == "text"


def test_greetings_and_sign_offs_are_not_headings() -> None:
    raw = (b"From: Dana <d@x.org>\nSubject: recap\nDate: Thu, 15 Aug 2024 21:40:02 -0500\n\n"
           b"Hi team\n\nField schedule\n\nMarcus will book the fields by Friday.\n\n"
           b"Cheers\nDana\n")
    session = parse_bytes(raw, name="r.eml")
    assert [s.title for s in session.sections] == ["Field schedule"]
    assert session.follow_ups[0].due == date(2024, 8, 16)


def test_struck_through_items_are_done() -> None:
    session = parse_bytes(b"# Call\n\n## Actions\n\n- ~~Ana to renew the domain~~\n"
                          b"- Ben to book the room\n", name="2024-05-02-call.md")
    assert [(f.task, f.status) for f in session.follow_ups] == [
        ("Renew the domain", "done"), ("Book the room", "open")]


def test_wiki_links_are_names() -> None:
    session = parse_bytes(b"# Sync\n\n## Actions\n\n- [[Ana Silva]] to send the deck\n",
                          name="2024-05-02-sync.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [(("Ana Silva",), "Send the deck")]


def test_pasted_outlook_recap_keeps_its_dashes_and_sent_date() -> None:
    raw = ("From: Olga Brandt\nSent: Monday, 9 March 2026 16:02\nSubject: Next steps\n\n"
           "Actions:\n1. Piet – order the new badges (by March 13)\n\nRegards,\nOlga\n")
    session = parse_bytes(raw.encode(), name="recap.txt")
    assert session.date == date(2026, 3, 9)
    [item] = session.follow_ups
    assert (item.task, item.owners, item.due) == ("Order the new badges", ("Piet",),
                                                  date(2026, 3, 13))


def test_pasted_recap_with_its_subject_line_is_signed() -> None:
    raw = (b"Subject: Recap of the print shop call\n\nHi both,\n\nNext steps:\n"
           b"- I'll send the proof to the printer.\n\nCheers,\nMilo\n")
    [item] = parse_bytes(raw, name="recap.md").follow_ups
    assert item.owners == ("Milo",)


def test_inputs_that_once_crashed_the_reader_give_a_result() -> None:
    # Found by fuzzing real notes: a table rule with no header row before a bare pipe row,
    # and a From: header the standard e-mail parser cannot read ("Ana <").
    table = parse_bytes(b"| --- | --- | --- |\nKofi | Renew the certs | 14 July\n", name="p.md")
    assert len(table.follow_ups) == 0  # a rule with no header row: no table to read
    recap = parse_bytes(b"From: Ana <\nTo: list@example.org\nSubject: Recap\n\n"
                        b"I will send the report.\n", name="m.txt")
    assert recap.title == "Recap"
    assert [(f.owners, f.task) for f in recap.follow_ups] == [(("Ana",), "Send the report")]
    # A step under a topic that ends on its slash ("review/").
    step = parse_bytes(b"# Call\n\n## Docs\n\n- Website\n  - review/\n", name="r.md")
    assert len(step.follow_ups) == 0


def test_notes_written_in_html_are_read_as_their_structure() -> None:
    from digestbot.notes import parse_bytes

    page = ("<div class='minutes'>\n<h2>Committee Meeting (03/12/2024)</h2>\n"
            "<p><strong>Present:</strong> Jimmy, Matt, Steve <br />\n</p>\n"
            "<h3>Business cards</h3>\n<ul>\n"
            "  <li>Matt noted that 250 cards cost about $100.</li>\n"
            "  <li>Matt to get the business cards printed.</li>\n"
            "  <li>Steve will draft a <a href=\"https://example.org/notice\">notice</a>.</li>\n"
            "</ul>\n<p>Next meeting: in 2 months, Jimmy to advise of a date.</p>\n</div>\n")
    for name in ("minutes.md", "minutes.html"):
        session = parse_bytes(page.encode(), name=name)
        assert session.date is not None and session.date.isoformat() == "2024-12-03"
        assert [s.title for s in session.sections] == ["Business cards"]
        assert [(f.owners, f.task) for f in session.follow_ups] == [
            (("Matt",), "Get the business cards printed"),
            (("Steve",), "Draft a notice")]
        assert session.attendance == "Jimmy, Matt, Steve"
        assert [link.url for link in session.links] == ["https://example.org/notice"]


def test_a_markdown_page_with_a_little_html_stays_markdown() -> None:
    from digestbot.notes import parse_bytes

    text = "# Sync\n\n## Notes\n\n- Ana will send the deck<br>\n- Bo: <b>check</b> it\n"
    session = parse_bytes(text.encode(), name="sync.md")
    assert [s.title for s in session.sections] == ["Notes"]


def test_html_lines_are_not_chat_and_bold_between_list_items_labels_a_list() -> None:
    page = ("# Team meeting 5\n\n## **Attendance**\n<ul>\n<li> Ana Lee </li>\n<li> Bo Chen </li>\n"
            "<li> Cy Diaz </li>\n</ul>\n\n## **Meeting Notes**\n<ul>\n<b>Updates</b>\n<ul>\n"
            "  <li>Shared the report template.</li>\n</ul>\n<b>Tasks to be completed</b>\n<ul>\n"
            "  <li><b>Phase 1</b>\n    <ul>\n      <li>Connect to the discussion database.</li>\n"
            "      <li>Transform the data to drop unneeded columns</li>\n    </ul>\n  </li>\n"
            "</ul>\n</ul>\n")
    session = parse_bytes(page.encode(), name="meeting.md")
    assert [s.title for s in session.sections] == [
        "Attendance", "Meeting Notes", "Updates", "Tasks to be completed"]
    assert [f.task for f in session.follow_ups] == [
        "Connect to the discussion database", "Transform the data to drop unneeded columns"]
    chat = b"<ana> hi all\n<bo> I'll send the deck\n<ana> thanks\n<cy> ACTION: cy to book\n"
    assert read_document(chat, "log.txt").kind == "irc"


def test_html_strike_through_marks_an_item_done() -> None:
    text = ("# Log\n\n## This week\n\n1. <span style=\"color: blue\"><strike>Prepare the meeting"
            " with Lean Marine</strike> <br /></span>\n2. <del>Book the room</del>\n"
            "3. Send the paper\n")
    assert [(f.task, f.status) for f in parse_bytes(text.encode(), name="log.md").follow_ups] == [
        ("Prepare the meeting with Lean Marine", "done"), ("Book the room", "done"),
        ("Send the paper", "open")]
    page = ("<h2>Actions</h2><ul><li><strike>Ana to send the report</strike></li>"
            "<li>Bo to book the room</li></ul>" + "<p>Notes.</p>" * 6)
    assert [(f.task, f.status) for f in parse_bytes(page.encode(), name="a.html").follow_ups] == [
        ("Send the report", "done"), ("Book the room", "open")]


def test_a_chat_clients_stamped_log_in_a_code_fence_is_read_as_chat() -> None:
    log = ("```\n(01:02:15 PM) maria: kovacs, ines: meeting time\n(01:02:23 PM) kovacs: hello\n"
           "(01:02:30 PM) ***ines waves\n(01:03:04 PM) maria: only two things on the agenda\n"
           "(01:05:31 PM) ines: I will send the release notes to the list tomorrow\n"
           "(01:06:04 PM) kovacs: so we will be reminded of them\n"
           "(01:07:27 PM) maria: ok, thanks all\n```\n")
    session = parse_bytes(log.encode(), name="2014-06-10-meeting.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("ines",), "Send the release notes to the list")]
    assert "01:02" not in str(session.to_json())


def test_a_timed_agenda_is_no_chat_log() -> None:
    agenda = ("# Board meeting, 3 May 2024\n\n## Agenda\n\n(10:00) Welcome: the chair\n"
              "(10:10) Budget: Ana\n(10:30) Membership: Bo\n(10:45) Events: Cy\n"
              "(11:00) Close: the chair\n")
    session = parse_bytes(agenda.encode(), name="agenda.md")
    assert [s.title for s in session.sections] == ["Agenda"]
    assert "<" not in str(session.to_json())


def test_a_run_on_line_of_many_sentences_without_stops_keeps_its_follow_ups() -> None:
    # A paste that lost its full stops: over 40,000 characters of one "sentence", read in
    # pieces cut at a comma, so no clause is lost or cut in two where the pieces meet.
    people = ("Ana", "Ben", "Chloe", "Dev")
    text = ", ".join(f"{people[n % 4]} will send report {n} to the board" for n in range(1200))
    assert len(text) > 40_000
    session = parse_bytes(text.encode(), name="run-on.txt")
    assert sorted((f.owners, f.task) for f in session.follow_ups) == sorted(
        ((people[n % 4],), f"Send report {n} to the board") for n in range(1200))
