"""What notes say about the meeting itself: title, date, attendance, note-taker, next meeting.

The title comes from front matter, an e-mail subject or an IRC `Meeting:` line, else from
the first heading or line when it reads as a name; the date from a `Date:` label, the first
full date near the top, the file name, or an e-mail's date, in that order.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from digestbot.notes.dates import (
    RECURRING,
    find_dates,
    find_due,
    first_full_date,
    next_monthly,
    resolve,
)
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import PRESENT_LABEL
from digestbot.notes.lines import Block
from digestbot.notes.readers import Document

_MEETING_WORDS = lazy_regex(r"\b(meeting|minutes|call|teleconference|telco|agm|general meeting|"
                            r"stand-?up|sync|retro(spective)?|notes|huddle|check-in|roundtable|"
                            r"workshop|webinar|consultation|retreat|summary report|recap|"
                            r"debrief)\b", re.I)
LABEL = lazy_regex(r"^([A-Za-z][\w '/-]{0,30}?)\s*:\s*(.*)$")
_DATE_LABELS = {"date", "meeting date", "when", "held on", "date and time", "date/time", "time"}
_ATTENDANCE_LABELS = {"attendance", "attendees", "present", "participants", "in attendance",
                      "attending", "members present", "attended by", "attended"}
_NOTES_LABELS = {"notes", "notes by", "note taker", "note-taker", "notetaker", "minutes",
                 "minutes by", "minute taker", "minute-taker", "scribe", "minutes taken by",
                 "recorder", "secretary"}
_ATTENDED = lazy_regex(r"\battended by\s+((?:c\.|ca\.|circa|about|around|approximately|some|over|"
                       r"nearly)?\s*\d+\s*\+?\s*(?:people|participants|members|attendees|"
                       r"persons|delegates))|\b(\d{1,3}[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:people|"
                       r"participants|members|attendees|residents|volunteers|holders))[ \t]+"
                       r"(?:were[ \t]+)?(?:present|attended)", re.I)
_DRAFT_MARK = lazy_regex(r"^[\W_]*(?:draft|confidential|unapproved|for review)(?: minutes)?[\W_]*$",
                         re.I)
# "## Page 1": where a PDF's page began, kept by its conversion to text.
_PAGE_MARK = lazy_regex(r"^page \d{1,3}$", re.I)
# "Meeting information and agenda" names a part of the notes, not the meeting.
_PART_WORDS = lazy_regex(r"\b(?:information|info|agenda|details|overview|logistics|"
                         r"background|roll[ -]call|attendance|attendees|participants|apologies|"
                         r"call to order)\b", re.I)
# "Westgate Allotments: Committee meeting": a body's name, then which meeting of it.
_NAMED_MEETING = lazy_regex(r"^(?:[A-Z][\w'&.-]*\s+){1,5}[A-Z][\w'&.-]*:\s+[A-Z][^.:;!?]{2,60}$")
_EVENT = lazy_regex(r"\b[Tt]he\s+(.{3,60}?)\s+(?:took place|was held|met|convened)\s+on\b")


def _labels(blocks: list[Block]) -> dict[str, str]:
    """ "Date: …", "Present: …" lines near the top; one line may hold several."""
    found: dict[str, str] = {}
    for block in blocks[:40]:
        if block.kind == "bullet" and block.indent == 0 and (label := LABEL.match(block.text)):
            # "- Attending: Brandon Bayer, Fran Zekan" as a list's item (only the roll: "-
            # Date: …" in a list may be the next meeting's, "- Notes: …" a topic).
            key = label.group(1).strip().lower()
            if key in _ATTENDANCE_LABELS:
                found.setdefault(key, label.group(2).strip().rstrip(".;|").strip())
            continue
        if block.kind != "paragraph" or not LABEL.match(block.text):
            continue
        for part in re.split(r"(?<=[.;|])\s+(?=[A-Z][\w '/-]{0,30}:)", block.text):
            match = LABEL.match(part)
            if match:
                value = match.group(2).strip()
                value = value[:-1] if value.endswith((".", ";", "|")) else value
                found.setdefault(match.group(1).strip().lower(), value.strip())
    return found


def _first_of(labels: dict[str, str], names: set[str]) -> str | None:
    return next((value for key, value in labels.items() if key in names and value), None)


def _meeting_date(meta: dict[str, str], labels: dict[str, str], blocks: list[Block],
                  doc: Document, title: str | None) -> dt.date | None:
    sources = (meta.get("date"), doc.meta.get("date"), _first_of(labels, _DATE_LABELS))
    for at, text in enumerate(sources):
        if text:
            found = first_full_date(_ISO_TIME.sub(" ", text) if "T" in text else text)
            if found and at == 0:
                found = _posted(found, blocks)
            if found:
                # "Title: Board Meeting 2014-01-23" over "Date: 2010-12-03 10:20": a page's
                # date is when it was posted; the date the meeting is named by wins.
                named = first_full_date(title) if title and doc.kind != "email" else None
                if named and found.day <= 12 and named == _swapped(found):
                    return found  # "10/08/1998" in the title, 1998-10-08 in the front matter
                return named or found
    named = first_full_date(meta["title"]) if meta.get("title") else None
    if named:
        return named  # "title: 1890-09-23 Board of Management Minutes" in the front matter
    head = " ".join(_before_next_meeting(b.text) for b in blocks[:12]
                    if b.kind in ("paragraph", "heading") and not _PAGE_STAMP.match(b.text))
    sent = doc.header_date
    if sent and not first_full_date(head[:3000]):
        # An e-mail recap says "Tuesday's meeting (9 January)": the year is the e-mail's.
        for match in find_dates(f"{doc.title or ''} {head[:1500]}"):
            if match.kind in ("dmy", "mdy"):
                when = resolve(match, sent)
                if when and when > sent:
                    when = _safe_year(when, when.year - 1)
                if when:
                    return when
    if doc.name_month and not first_full_date(head[:3000]):
        # "sc-update-2021-08.md" with "# August 2" inside: the day is the text's, the
        # year the name's.
        for match in find_dates(head[:1500]):
            when = resolve(match, doc.name_month) if match.kind in ("dmy", "mdy") and \
                not match.has_year else None
            if when and when.month == doc.name_month.month:
                return when
    return first_full_date(head[:3000]) or _table_date(blocks[:12]) or doc.name_date or \
        doc.header_date or (
        first_full_date(" ".join(b.text for b in blocks[:60]
                                 if not _PAGE_STAMP.match(b.text))[:20000]))


def _table_date(blocks: list[Block]) -> dt.date | None:
    """ "| Date | Time | Length |" over "| 19 Jan, 2023 | 10:30 | 1 hour |" at the top of the
    notes: the meeting's date, in a table of its details."""
    for block in blocks:
        if block.kind != "table" or len(block.rows) < 2:
            continue
        column = next((i for i, cell in enumerate(block.rows[0])
                       if cell.strip(" *_:").lower() in ("date", "meeting date")), None)
        row = block.rows[1]
        if column is not None and column < len(row):
            return first_full_date(row[column])
    return None


def _before_next_meeting(text: str) -> str:
    """A line without what it says of the next meeting: "Held on 17 March; the next stand up
    is on 19/03/21" keeps "Held on 17 March;"."""
    nxt = _NEXT_MEETING_LINE.search(text) if "ext" in text or "EXT" in text else None
    return text[:nxt.start()] if nxt else text


# "The next stand up is on 19/03/21": when the next meeting is, not this one.
_NEXT_MEETING_LINE = lazy_regex(r"\bnext\s+(?:meeting|call|session|stand[- ]?up|sync|get-together)"
                                r"\b", re.I)
# A wiki page's own history, not the meeting: "Created by Ry Jones on Oct 01, 2019",
# "Last updated by Ana, 3 May 2021".
_PAGE_STAMP = lazy_regex(r"^[*_]*(?:created|(?:last\s+)?(?:updated|modified|edited|changed)|"
                         r"page\s+(?:created|updated)|posted|published)\s+(?:by|on)\b", re.I)
_ISO_TIME = lazy_regex(r"(?<=\d)T(?=\d\d:)")  # "2022-09-18T13:05:00-05:00"


def _posted(posted: dt.date, blocks: list[Block]) -> dt.date:
    """A site's front matter date is often the day the minutes were posted: an earlier date
    in the first lines ("Called to order at 19:01, August 16, 2022") is the meeting's."""
    opening = first_full_date(" ".join(b.text for b in blocks[:3] if b.kind != "table"))
    if opening and opening < posted and (posted - opening).days <= 120:
        return opening
    return posted


# "Minutes of the meeting of the Riverside Tenants Association held on 5 March 2024 at the
# Hall": a first line that long names the meeting when it says so and is not a sentence.
_LONG_TITLE = lazy_regex(r"^(?:minutes|notes|record|summary|report)\s+(?:of|from|for)\s+"
                         r"(?:the\s+)?[^.;:!?]{10,200}$", re.I)
_GENERIC_TITLE = lazy_regex(r"(?:meeting\s+)?(?:minutes|notes)|minutes of (?:the )?meeting", re.I)


def _title_lines(title: str, top: Block, blocks: list[Block]) -> str:
    """ "MINUTES" over "Board of Directors Meeting": the second line names the meeting."""
    index = blocks.index(top)
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "paragraph" or nxt.line != top.line + 1 or not \
            short_line(nxt.text) or len(_clean_title(nxt.text)) < 3 or (
            first_full_date(nxt.text) and len(_undated(nxt.text)) < 3):
        return title
    return nxt.text if _GENERIC_TITLE.fullmatch(title.strip()) else title


def _page_title(blocks: list[Block]) -> str | None:
    """A "Title: …" line in the page data atop the notes (Pelican's and MultiMarkdown's
    front matter), before any heading."""
    for block in itertools.takewhile(lambda b: b.kind == "paragraph", blocks[:8]):
        match = LABEL.match(block.text) if block.text[:6].lower() == "title:" else None
        if match:
            return match.group(2).strip() or None
    return None


def _safe_year(when: dt.date, year: int) -> dt.date | None:
    try:
        return when.replace(year=year)
    except ValueError:
        return None


def _title_index(blocks: list[Block]) -> int | None:
    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    if not headings:
        return None
    first = headings[0]
    # A wiki export's breadcrumb trail ("1. Committee Home" / "2. Minutes" / "3. 2017") may
    # stand above the page's one "# Title".
    crumbs = blocks[first].source == "markup" and blocks[first].level == 1
    if any((blocks[i].kind != "paragraph" or not LABEL.match(blocks[i].text)) and not (
            crumbs and blocks[i].kind == "bullet" and len(blocks[i].text.split()) <= 6)
           for i in range(first)):
        return None
    head = blocks[first]
    if _PART_WORDS.fullmatch(head.text.strip(" :")):
        return None  # "# Agenda" over the topics names a part of the notes
    if _PART_WORDS.search(head.text) and not _PART_WORDS.sub(
            "", _MEETING_WORDS.sub("", head.text)).strip(" :-"):
        return None  # "## Meeting Details" over the date and place: a part too
    name = _key(_undated(head.text))
    if len(name) >= 3 and any(blocks[i].level == head.level and _key(_undated(
            blocks[i].text)) == name for i in headings[1:]):
        return None  # "### Triage (5 Jan)", later "### Triage (21 Jan)": a log of meetings
    others = [blocks[i].level for i in headings[1:]]
    if head.source == "markup" and others and head.level < min(others):
        return first
    if _MEETING_WORDS.search(head.text) and len(head.text.split()) <= 14 and not \
            _PART_WORDS.search(head.text):
        return first
    nxt = blocks[first + 1] if first + 1 < len(blocks) else None
    if head.source == "guess" and first == 0 and nxt is not None and nxt.line == head.line + 1:
        return first
    if first == 0 and nxt is not None and nxt.kind == "heading" and nxt.level >= head.level:
        return first  # a heading with nothing of its own at the very top names the document
    label = LABEL.match(nxt.text) if first == 0 and nxt is not None else None
    if label and label.group(1).strip().lower() in (_DATE_LABELS | _ATTENDANCE_LABELS
                                                     | _NOTES_LABELS | {"created", "time"}):
        return first  # "Release Planning" over "Date: …", "Attendees: …"
    if head.source == "markup" and not others:
        return first
    if first == 0 and first_full_date(head.text):
        return first  # "*#events: thread summary (Thu 6 Feb 2025)*" heads the document
    if first == 0 and nxt is not None and nxt.kind == "paragraph" and len(nxt.text) <= 60 \
            and ":" not in nxt.text and first_full_date(nxt.text):
        return first  # "# Spring Interim" over "Lisbon, PT, 3 May 2024"
    return None


def _log_dates(blocks: list[Block]) -> list[dt.date]:
    """The dates of a log's meetings when its first heading recurs for each of them with
    its date ("### Triage (5 Jan 2022)", "### Triage (21 Jan 2022)"); else none."""
    headings = [b for b in blocks if b.kind == "heading"]
    if len(headings) < 2:
        return []
    name = _key(_undated(headings[0].text))
    same = [b for b in headings if b.level == headings[0].level
            and _key(_undated(b.text)) == name]
    dates = [first_full_date(b.text) for b in same]
    return [d for d in dates if d] if len(name) >= 3 and len(same) >= 2 and all(dates) else []


def short_line(text: str) -> bool:
    """A first line that reads as a name, not a sentence or a label."""
    return (len(text.split()) <= 12 and not re.search(r"[.,;:!?]$", text)
            and not LABEL.match(text) and "http" not in text)


_TITLE_MARK = lazy_regex(r"^(?:%\s+|#+(?=[\dA-Z]))")  # (not a channel: "#events: …")


def _clean_title(title: str) -> str:
    """A title without the date and separators it often carries ("Retro — Jun 3, 2024"),
    but "Call March 2, 2018", only a kind of meeting without it, keeps its date. A pandoc
    title block's "% " and a heading's "#" written without its space ("#5/18/16 Kickoff")
    go too."""
    if title[:1] in "%#":
        title = _TITLE_MARK.sub("", title)
    cleaned = _undated(title)
    return cleaned if len(cleaned) >= 3 and not _MEETING_WORDS.fullmatch(cleaned) else title


def _undated(title: str) -> str:
    cleaned = title
    for match in reversed(find_dates(title)):
        if match.has_year or match.kind in ("dmy", "mdy"):
            head = cleaned[:match.start]
            tail = cleaned[match.end:]
            if head.endswith((" on ", " dated ")) or (head.endswith((
                    " of ", " for ", " from ")) and _NO_NOUN_AFTER.match(tail)):
                # "held on 5 March 2024 at …", "Minutes of the meeting of 2 May 2024" (but
                # "Minutes of 2 May 2024 Board Meeting": of the Board Meeting)
                head = head[:head.rstrip().rfind(" ") + 1]
            # "Libs Meeting 2021-02-10/11": a second day goes with the date.
            cleaned = head + (_SECOND_DAY.sub("", tail, count=1) if tail[:1] in "/&-–" else tail)
    cleaned = " ".join(_EMPTY_BRACKETS.sub("", cleaned).split())
    if ", ," in cleaned:
        cleaned = _EMPTY_COMMAS.sub(",", cleaned)  # "meeting, May 11th, 2021, (EDT)"
    cleaned = _EDGE_MARKS.sub("", cleaned)
    return _BAR_OR_DASHES.sub(" – ", cleaned)


_NO_NOUN_AFTER = lazy_regex(r"^\W*$|^\W*(?:at|in|via|on|by)\b", re.I)
_SECOND_DAY = lazy_regex(r"^\s*[/&–-]\s*\d{1,2}\b(?![:.]\d)")
_EMPTY_BRACKETS = lazy_regex(r"\(\s*\)|\[\s*\]")
_EMPTY_COMMAS = lazy_regex(r"(?:, )+,")
_EDGE_MARKS = lazy_regex(r"^[\s|,:;–—-]+|[\s|,:;–—-]+$")
_BAR_OR_DASHES = lazy_regex(r"\s*[|]\s*|\s+[–—-]\s+[–—-]\s+")


_NEXT_MEETING = lazy_regex(r"\bnext (?:meeting|call|session)\b[^.:]{0,40}?(?::|\bon\b|\bis\b)\s*"
                           r"(?P<when>[^.\n]{4,60})", re.I)
# "NEXT MEETING MONDAY 8 APRIL", "Next meeting - 3 June": the date straight after the words.
_NEXT_MEETING_DATED = lazy_regex(r"\bnext (?:meeting|call|session)\s*[-–—,]?\s+(?P<when>(?:"
                                 r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d|(?:jan|feb|"
                                 r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)"
                                 r"[^.\n]{2,60})", re.I)


_NEXT_WEEKS_MEETING = lazy_regex(r"\bnext\s+week['’]s\s+(?:meeting|call|session|sync)\b",
                                 re.I)
_MEETS = lazy_regex(r"\b(?:meet|meets|meeting|meetings|calls?)\b", re.I)


def _next_meeting(blocks: list[Block], ref: dt.date | None) -> dt.date | None:
    """The date the notes give for the next meeting ("Next meeting: 22 January 2025"), else
    the next date of the schedule they state ("we meet on the first Tuesday of the month"),
    else a week on when they speak of "next week's meeting"."""
    regular: dt.date | None = None
    weekly: dt.date | None = None
    for index, block in enumerate(blocks):
        line = block.text
        if ref and regular is None and "onth" in line:
            monthly = RECURRING.search(line)
            if monthly and _MEETS.search(line, max(0, monthly.start() - 60), monthly.start()):
                regular = next_monthly(monthly.group("nth"), monthly.group("wd"), ref)
        if "ext" not in line and "EXT" not in line:
            continue  # no "next …" here: the cheap test first
        if ref and weekly is None and _NEXT_WEEKS_MEETING.search(line):
            weekly = ref + dt.timedelta(days=7)  # "on the agenda for next week's meeting"
        match = _NEXT_MEETING.search(line) or _NEXT_MEETING_DATED.search(line)
        text = match.group("when") if match else None
        if text is None and block.kind == "heading" and re.search(r"\bnext meeting\b",
                                                                  block.text, re.I):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            text = following.text if following else None
        if text:
            due = find_due(text, ref, field=True)
            if due and (ref is None or due.date >= ref):
                return due.date
    return regular or weekly


def _owners_me(labels: dict[str, str], doc: Document, blocks: list[Block]) -> str | None:
    if doc.signer:
        return doc.signer
    notes = _first_of(labels, _NOTES_LABELS)
    if notes:
        name = re.split(r"[,;(]| and ", notes)[0].strip()
        return name.split()[0] if name and name[0].isupper() else None
    # "## Notes from Ed:" heads what Ed wrote: the "I" of "I plan to post the minutes".
    written = next((m for b in blocks[:12] if b.kind == "heading"
                    and (m := _NOTES_FROM.match(b.text))), None)
    return written.group(1) if written else None


_NOTES_FROM = lazy_regex(r"^(?:(?:meeting\s+)?(?:notes|minutes|summary|recap|report)\s+"
                         r"(?:from|by|taken by)|notes\s+taken\s+by)\s+([A-Z][\w'’-]+)"
                         r"(?:\s+[A-Z][\w'’-]+)?\s*:?$", re.I)


def _known_names(attendance: str | None) -> frozenset[str]:
    """First names (or handles) of the people listed as present, lower-cased."""
    if not attendance or re.match(r"^(?:c\.|ca\.|about|around)?\s*\d", attendance):
        return frozenset()
    names = re.split(r"[,;]|\band\b|\s(?=@)", re.sub(r"\([^)]*\)", "", attendance))
    return frozenset(n.split()[0].lower().lstrip("@") for n in names if n.split())


# "Attendees:" or "## Present" over a list of who came.
_ROLL_INTRO = lazy_regex(rf"^[*_\s]*{PRESENT_LABEL}[*_\s]*:?[*_\s]*$", re.I)
# What follows a name in such a list: "Mark Boorer (_TSC_) - Industrial Light & Magic".
_AFTER_NAME = lazy_regex(r"\s*(?:\(.*|\s[-–—|]\s.*|,.*|:.*)$")
_LISTED_NAME = lazy_regex(r"@[\w.-]+|[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,3}")


def _listed(blocks: list[Block]) -> str | None:
    """The names listed under "Attendees:" or "## Present", one an item; where the items are
    checkboxes ticked for who came, the ticked ones."""
    for at, block in enumerate(blocks):
        if block.kind not in ("paragraph", "heading") or not _ROLL_INTRO.match(block.text):
            continue
        items = []
        for item in blocks[at + 1:]:
            if item.kind != "bullet":
                break
            items.append(item)
        if not items:
            # "### Participants:" over "Flavio Geraldes - Lufthansa<br>" / "Paul Fremantle -
            # WSO2<br>": one name a line, without list marks.
            lines = list(itertools.takewhile(lambda b: b.kind == "paragraph" and len(
                b.text) <= 60 and b.text[-1:] not in ".:?!" and _LISTED_NAME.fullmatch(
                    _AFTER_NAME.sub("", b.text).strip()) is not None, blocks[at + 1:]))
            items = lines if len(lines) >= 2 else []
        if any(item.checked for item in items) and any(item.checked is False for item in items):
            items = [item for item in items if item.checked]
        names = [_AFTER_NAME.sub("", item.text.replace("*", "").replace("_", " ")).strip()
                 for item in items]
        names = [name for name in names if _LISTED_NAME.fullmatch(name)]
        if names and len(names) >= len(items) / 2:
            return ", ".join(dict.fromkeys(names))
    return None


def _attendance(labels: dict[str, str], doc: Document, text: str,
                blocks: list[Block]) -> str | None:
    value = _first_of(labels, _ATTENDANCE_LABELS) or doc.attendance or _listed(blocks)
    if value:
        return value
    match = _ATTENDED.search(text[:20000])
    if match:
        return " ".join((match.group(1) or match.group(2)).split())
    return None


def _key(text: str) -> str:
    return " ".join(_KEY_WORDS.findall(text.lower()))


_KEY_WORDS = lazy_regex(r"[a-z0-9]+")


@dataclass(frozen=True)
class Header:
    """The meeting's own particulars, and which block (if any) is the title."""

    title: str | None
    title_at: int | None
    date: dt.date | None
    attendance: str | None
    note_taker: str | None
    known: frozenset[str]
    next_meeting: dt.date | None
    event_name: str | None


def _in_the_notes_order(when: dt.date, text: str) -> dt.date:
    """A meeting date read day first from "10/08/1998", read month first instead when the
    notes write their dates that way: another numeric date that can only be month first
    (12/24/1998), dates in words month first ("October 8"), or American spelling; never
    when written with dots ("12.03.2016"), as dates are where the day comes first."""
    head = text[:20000]
    found = find_dates(head)
    written = [m for m in found if m.kind == "num" and int(m.groups["num_a"] or 0) == when.day
               and int(m.groups["num_b"] or 0) == when.month]
    if not written:
        return when  # not read from such a date (or read month first already)
    if all(m.groups["num_s"] == "." for m in written):
        return when  # "12.03.2016": a date written with dots puts the day first
    swapped = _swapped(when)
    for m in found:
        if m.kind == "num":
            a, b = int(m.groups["num_a"] or 0), int(m.groups["num_b"] or 0)
            if a > 12 >= b:
                return when  # "24/12/1998": these notes put the day first
            if b > 12 >= a:
                return swapped
    kinds = [m.kind for m in found]
    month_first = kinds.count("mdy") - kinds.count("dmy")
    if month_first == 0:
        lower = head.lower()
        month_first = len(_US_SPELLING.findall(lower)) - len(_UK_SPELLING.findall(lower))
    return swapped if month_first > 0 else when


def _swapped(when: dt.date) -> dt.date:
    """The same numbers read the other way round: 10 August for 8 October (day ≤ 12)."""
    return dt.date(when.year, when.day, when.month)


_US_SPELLING = lazy_regex(r"\b(?:organiz\w*|color\w*|center|centers|favor\w*|behavior\w*|"
                          r"program|programs|analyz\w*|labor|honor\w*|prioritiz\w*|recogniz\w*)\b")
_UK_SPELLING = lazy_regex(r"\b(?:organis\w*|colour\w*|centre|centres|favour\w*|behaviour\w*|"
                          r"programme|programmes|analys(?:e|ed|ing)|labour|honour\w*|prioritis\w*|"
                          r"recognis\w*)\b")


def read_header(meta: dict[str, str], blocks: list[Block], doc: Document, text: str) -> Header:
    """Title, date, attendance and the rest, from front matter, the format and the text."""
    labels = _labels(blocks)
    title_at = _title_index(blocks)
    if title_at is None and blocks and blocks[0].kind == "heading" and meta.get("title") \
            and _key(blocks[0].text) == _key(meta["title"]):
        title_at = 0  # the page's first heading repeats its front matter title
    if title_at is not None and meta.get("title") and not _GENERIC_TITLE.fullmatch(
            meta["title"].strip()) and blocks[title_at].level >= 2 and sum(
            1 for b in blocks if b.kind == "heading" and b.level == blocks[title_at].level) > 1:
        # A post titled "We Had Coffee! - Quarterly Leadership Meeting" whose first "##"
        # ("Fundraiser Recap") is one of its sections.
        title_at = None
    title = doc.title or (meta.get("title") or _page_title(blocks) if title_at is None else None)
    if title_at is not None and meta.get("title") and not doc.title and _GENERIC_TITLE.fullmatch(
            blocks[title_at].text.strip()) and not _GENERIC_TITLE.fullmatch(meta["title"]):
        title_at = None  # "# Meeting Notes" under a named page: the page's name is the title
        title = meta["title"]
    if title and title_at is not None and _key(blocks[title_at].text) != _key(title):
        title_at = None  # the format named the meeting; this heading is a section
    # A site's front matter title is often a date or "Meeting Minutes"; a heading that
    # heads the page is the name its authors gave the meeting.
    if not title and title_at is not None:
        title = blocks[title_at].text
    top = blocks[title_at] if title_at is not None else None
    if not title:
        first = next((b for b in blocks[:3] if not _DRAFT_MARK.match(b.text)
                      and not _PAGE_MARK.match(b.text)), None)
        if first is not None and first.kind == "paragraph" and (
                short_line(first.text) or _NAMED_MEETING.match(first.text)
                or _LONG_TITLE.match(first.text)):
            title, top = first.text, first
    if title and top is not None and not doc.title and top.source in ("", "guess"):
        title = _title_lines(title, top, blocks)
    when = _meeting_date(meta, labels, blocks, doc, title)
    if when and when.day <= 12 and when.day != when.month and not meta.get("date"):
        # ("Date: 12-1-2021" in "…-2021-12-01.md": the file's name says which is the month.)
        when = doc.name_date if doc.name_date == _swapped(when) else _in_the_notes_order(
            when, text)
    logged = _log_dates(blocks) if not meta.get("date") else []
    if logged:
        when = max(logged)  # a log of meetings is dated by its newest meeting
    title = _clean_title(title) if title else None
    attendance = _attendance(labels, doc, text, blocks)
    event = _EVENT.search(text[:5000])
    return Header(
        title=title or None, title_at=title_at, date=when, attendance=attendance,
        note_taker=_owners_me(labels, doc, blocks), known=_known_names(attendance),
        next_meeting=_next_meeting(blocks, when),
        event_name=(event.group(1).strip() if event else None) or title,
    )
