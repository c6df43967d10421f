"""Blocks -> Session: title, date, attendance, agenda, sections, follow-ups, links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from digestbot.model import FollowUp, Section, Session
from digestbot.notes.blocks import (
    Block,
    split_blocks,
    split_front_matter,
    split_sentences,
    strip_fences,
)
from digestbot.notes.dates import find_dates, find_due, first_full_date, resolve
from digestbot.notes.dedupe import DoneReport, done_report, merge_follow_ups
from digestbot.notes.followups import (
    Context,
    has_action_marker,
    is_speaker_commitment,
    listed_items,
    question_follow_ups,
    sentence_follow_ups,
    table_follow_ups,
)
from digestbot.notes.lexicon import OWNERS, split_owners
from digestbot.notes.links import extract_links
from digestbot.notes.readers import Document

_MEETING_WORDS = re.compile(r"\b(meeting|minutes|call|teleconference|telco|agm|general meeting|"
                            r"stand-?up|sync|retro(spective)?|notes|huddle|check-in|roundtable|"
                            r"workshop|webinar|consultation|retreat|summary report|recap|"
                            r"debrief)\b", re.I)
_LABEL = re.compile(r"^([A-Za-z][\w '/-]{0,30}?)\s*:\s*(.*)$")
_DATE_LABELS = {"date", "meeting date", "when", "held on", "date and time", "date/time", "time"}
_ATTENDANCE_LABELS = {"attendance", "attendees", "present", "participants", "in attendance",
                      "attending", "members present"}
_NOTES_LABELS = {"notes", "notes by", "note taker", "note-taker", "notetaker", "minutes",
                 "minutes by", "minute taker", "minute-taker", "scribe", "minutes taken by",
                 "recorder", "secretary"}
_KEY_POINTS = re.compile(r"^(?:key points(?: raised)?|main points|summary|takeaways|"
                         r"key take-?aways|highlights)\s*:\s*(.+)$", re.I)
_ACTION_HEADING = re.compile(r"\b(actions?|action items?|action points|next steps|follow[- ]?ups?|"
                             r"to-?dos?|tasks|who(?:'s| is) doing what|who does what|"
                             r"assignments|action summary|next time|going forward)\b", re.I)
_SKIP_HEADING = re.compile(r"\b(attendance|attendees|present|apologies|agenda|contents|"
                           r"recommendations?|"
                           r"future|ideas|suggest\w*|parking lot|later)\b", re.I)
_CLOSING_HEADING = re.compile(r"\b(wrap[- ]?up|next steps|actions?|action items|recommendations?|"
                              r"aob|any other business|conclusions?|next meeting|decisions|"
                              r"close|closing)\b", re.I)
_LIST_INTRO_SKIP = re.compile(r"(future|later|ideas|suggest\w*|topics|parking lot|possible)\b"
                              r"[^.]*:\s*$", re.I)
_ATTENDED = re.compile(r"\battended by\s+((?:c\.|ca\.|circa|about|around|approximately|some|over|"
                       r"nearly)?\s*\d+\s*\+?\s*(?:people|participants|members|attendees|"
                       r"persons|delegates))|\b(\d{1,3}[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:people|"
                       r"participants|members|attendees|residents|volunteers|holders))[ \t]+"
                       r"(?:were[ \t]+)?(?:present|attended)", re.I)
# "Rebecca: yes. I will check …": the speaker is the "I" of the whole paragraph.
_SPEAKER = re.compile(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*:\s+(?=\S)")
_DRAFT_MARK = re.compile(r"^[\W_]*(?:draft|confidential|unapproved|for review)(?: minutes)?[\W_]*$",
                         re.I)
_EVENT = re.compile(r"\b[Tt]he\s+(.{3,60}?)\s+(?:took place|was held|met|convened)\s+on\b")


@dataclass
class _Draft:
    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)


def _labels(blocks: list[Block]) -> dict[str, str]:
    """ "Date: …", "Present: …" lines near the top; one line may hold several."""
    found: dict[str, str] = {}
    for block in blocks[:40]:
        if block.kind != "paragraph" or not _LABEL.match(block.text):
            continue
        for part in re.split(r"(?<=[.;|])\s+(?=[A-Z][\w '/-]{0,30}:)", block.text):
            match = _LABEL.match(part)
            if match:
                value = match.group(2).strip()
                value = value[:-1] if value.endswith((".", ";", "|")) else value
                found.setdefault(match.group(1).strip().lower(), value.strip())
    return found


def _first_of(labels: dict[str, str], names: set[str]) -> str | None:
    return next((value for key, value in labels.items() if key in names and value), None)


def _meeting_date(meta: dict[str, str], labels: dict[str, str], blocks: list[Block],
                  doc: Document) -> date | None:
    for text in (meta.get("date"), doc.meta.get("date"), _first_of(labels, _DATE_LABELS)):
        if text:
            found = first_full_date(text)
            if found:
                return found
    head = " ".join(b.text for b in blocks[:12] if b.kind in ("paragraph", "heading"))
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
    return first_full_date(head[:3000]) or doc.name_date or doc.header_date or (
        first_full_date(" ".join(b.text for b in blocks[:60])[:20000]))


def _safe_year(when: date, year: int) -> date | None:
    try:
        return when.replace(year=year)
    except ValueError:
        return None


def _title_index(blocks: list[Block]) -> int | None:
    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    if not headings:
        return None
    first = headings[0]
    if any(blocks[i].kind not in ("paragraph",) or not _LABEL.match(blocks[i].text)
           for i in range(first)):
        return None
    head = blocks[first]
    others = [blocks[i].level for i in headings[1:]]
    if head.source == "markup" and others and head.level < min(others):
        return first
    if _MEETING_WORDS.search(head.text) and len(head.text.split()) <= 14:
        return first
    nxt = blocks[first + 1] if first + 1 < len(blocks) else None
    if head.source == "guess" and first == 0 and nxt is not None and nxt.line == head.line + 1:
        return first
    if first == 0 and nxt is not None and nxt.kind == "heading" and nxt.level >= head.level:
        return first  # a heading with nothing of its own at the very top names the document
    label = _LABEL.match(nxt.text) if first == 0 and nxt is not None else None
    if label and label.group(1).strip().lower() in (_DATE_LABELS | _ATTENDANCE_LABELS
                                                     | _NOTES_LABELS | {"created", "time"}):
        return first  # "Release Planning" over "Date: …", "Attendees: …"
    if head.source == "markup" and not others:
        return first
    return None


def _short_line(text: str) -> bool:
    """A first line that reads as a name, not a sentence or a label."""
    return (len(text.split()) <= 12 and not re.search(r"[.,;:!?]$", text)
            and not _LABEL.match(text) and "http" not in text)


def _clean_title(title: str) -> str:
    """A title without the date and separators it often carries ("Retro — Jun 3, 2024")."""
    cleaned = title
    for match in reversed(find_dates(title)):
        if match.has_year or match.kind in ("dmy", "mdy"):
            cleaned = cleaned[:match.start] + cleaned[match.end:]
    cleaned = re.sub(r"\(\s*\)|\[\s*\]", "", cleaned)
    cleaned = re.sub(r"^[\s|,:;–—-]+|[\s|,:;–—-]+$", "", cleaned)
    cleaned = re.sub(r"\s*[|]\s*|\s+[–—-]\s+[–—-]\s+", " – ", cleaned)
    return cleaned if len(cleaned) >= 3 else title


def _sections(blocks: list[Block], title_at: int | None) -> tuple[list[Block], list[_Draft]]:
    preamble: list[Block] = []
    drafts: list[_Draft] = []
    for index, block in enumerate(blocks):
        if index == title_at:
            continue
        if block.kind == "heading":
            drafts.append(_Draft(" ".join(block.text.split()).strip(" :"), block.level))
        elif drafts:
            drafts[-1].blocks.append(block)
        else:
            preamble.append(block)
    if drafts:
        low = min(d.level for d in drafts)
        for draft in drafts:
            draft.level = draft.level - low + 1
    return preamble, drafts


def _nest_flat(drafts: list[_Draft], agenda: list[str]) -> None:
    """Flat headings: an empty heading followed by topics becomes their parent."""
    if len({d.level for d in drafts}) != 1:
        return
    agenda_keys = {_key(a) for a in agenda}
    index = 0
    while index < len(drafts) - 1:
        parent = drafts[index]
        if parent.blocks:
            index += 1
            continue
        child = index + 1
        while child < len(drafts):
            title = drafts[child].title
            if _CLOSING_HEADING.search(title) or (agenda_keys and _key(title) not in agenda_keys):
                break
            drafts[child].level = parent.level + 1
            child += 1
        index = child


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _agenda(preamble: list[Block], drafts: list[_Draft]) -> list[str]:
    for blocks, heading in [(preamble, ""), *((d.blocks, d.title) for d in drafts)]:
        whole = re.match(r"^(?:proposed\s+|today's\s+)?(?:agenda(?: items)?|contents|"
                         r"order of business|topics)\b", heading, re.I)
        items: list[str] = []
        collecting = bool(whole)
        for block in blocks:
            if block.kind == "paragraph":
                if items and not whole:
                    break
                collecting = bool(whole) or bool(re.search(r"\bagenda\b[^.]*:\s*$", block.text,
                                                           re.I))
            elif block.kind == "bullet" and collecting:
                items.append(block.text.strip().rstrip(".;"))
            if block.kind == "paragraph" and whole and _short_line(block.text):
                items.append(block.text.strip())  # a "Contents" list of plain lines
        if items:
            return items
    return []


def _key_points(text: str) -> list[str]:
    points: list[str] = []
    depth = 0
    current = ""
    for char in text:
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and char in ",." and ((current.strip() and char == ",") or char == "."):
            if char == "." and re.search(r"\b(?:e\.g|i\.e|c|etc)$", current, re.I):
                current += char
                continue
            points.append(current)
            current = ""
        else:
            current += char
    points.append(current)
    cleaned = [re.sub(r"^(?:and|as well as|also)\s+", "", p.strip(" ;")) for p in points]
    return [p[:1].upper() + p[1:] for p in cleaned if len(p) > 2]


def _section(draft: _Draft, skip_texts: set[str]) -> Section:
    summary: list[str] = []
    points: list[str] = []
    for block in draft.blocks:
        match = _KEY_POINTS.match(block.text) if block.kind == "paragraph" else None
        if match:
            points.extend(_key_points(match.group(1)))
        elif block.kind == "paragraph" and not _LABEL.match(block.text):
            summary.append(block.text)
        elif block.kind == "bullet" and block.text.strip().rstrip(".;") not in skip_texts:
            points.append(block.text)
    return Section(draft.title, draft.level, " ".join(summary), tuple(points))


def _recommendations(drafts: list[_Draft]) -> list[str]:
    found: list[str] = []
    for draft in drafts:
        if not re.search(r"\brecommend", draft.title, re.I):
            continue
        bullets = [b.text for b in draft.blocks if b.kind == "bullet"]
        if not bullets:
            bullets = [s for b in draft.blocks if b.kind == "paragraph"
                       for s in split_sentences(b.text) if "http" not in s]
        found.extend(bullets)
    return found


def _follow_ups(preamble: list[Block], drafts: list[_Draft], ref: date | None,
                me: str | None, known: frozenset[str],
                next_meeting: date | None) -> tuple[list[FollowUp], set[str]]:
    items: list[FollowUp] = []
    reports: list[DoneReport] = []
    used: set[str] = set()
    action_level: int | None = None
    groups: list[tuple[_Draft, bool, tuple[str, ...]]] = [(_Draft("", 1, preamble), False, ())]
    for draft in drafts:
        if action_level is not None and draft.level <= action_level:
            action_level = None
        is_action = bool(_ACTION_HEADING.search(draft.title))
        owners: tuple[str, ...] = ()
        if action_level is not None and re.fullmatch(OWNERS, draft.title):
            owners = split_owners(draft.title)
        if is_action:
            action_level = draft.level
        skip = bool(_SKIP_HEADING.search(draft.title)) and not is_action
        if not skip:
            groups.append((draft, is_action or action_level is not None, owners))
    for draft, is_action, owners in groups:
        base = Context(ref=ref, me=me, action_section=is_action, owners=owners, known=known,
                       next_meeting=next_meeting)
        recorded: set[str] = set()
        spoken: list[FollowUp] = []
        skip_list = list_action = False
        for block in draft.blocks:
            if block.kind == "table":
                items.extend(table_follow_ups(block.rows, base))
                continue
            if block.kind == "paragraph":
                intro = block.text.endswith(":")
                skip_list = intro and bool(_LIST_INTRO_SKIP.search(block.text))
                # "ToDo:", "Actions:", "Next steps:" introduce a list of actions.
                list_action = intro and len(block.text) < 40 and bool(
                    _ACTION_HEADING.search(block.text))
            if block.kind == "bullet" and skip_list:
                continue
            if items and _amend_previous(block.text, items, ref):
                continue
            line_item = block.kind == "bullet" or (is_action and len(block.text) < 120)
            in_action = is_action or (list_action and block.kind == "bullet")
            speaker = _SPEAKER.match(block.text) if block.kind == "paragraph" else None
            ctx = Context(ref, speaker.group(1) if speaker else me, in_action, owners,
                          block.checked, line_item, known, next_meeting)
            found = question_follow_ups(block.text, ctx)
            previous = ""
            for sentence in split_sentences(block.text):
                listed = listed_items(sentence, previous, ctx)
                made = [] if listed else sentence_follow_ups(sentence, ctx)
                if made and is_speaker_commitment(sentence):
                    spoken.extend(made)
                    made = []
                elif made and has_action_marker(sentence):
                    recorded.update(o.lower() for item in made for o in item.owners)
                found.extend(listed or made)
                report = done_report(sentence)
                if report and not made:
                    reports.append(report)
                previous = sentence
            if found:
                used.add(block.text.strip().rstrip(".;"))
            items.extend(found)
        # Scribes record actions explicitly; "X: I'll …" then is only the discussion of one.
        items.extend(i for i in spoken if not {o.lower() for o in i.owners} & recorded)
    return merge_follow_ups(items, reports), used


_AMEND = re.compile(r"(?:^|(?<=[.;]\s))(responsible|owner|lead|deadline|due|due date|by when|"
                    r"target date)\s*:\s*((?:[A-Z]\.\s?)*[^.;]+)", re.I)


def _amend_previous(text: str, items: list[FollowUp], ref: date | None) -> bool:
    """ "Responsible: T. Novak. Deadline: 31 May." completes the follow-up just before it."""
    found = _AMEND.findall(text)
    if not found or not _AMEND.match(text):
        return False
    last = items[-1]
    for key, value in found:
        if key.lower() in ("responsible", "owner", "lead") and not last.owners:
            last = FollowUp(last.task, split_owners(value), last.due, last.status)
        elif key.lower() not in ("responsible", "owner", "lead") and last.due is None:
            due = find_due(value, ref, field=True)
            if due:
                last = FollowUp(last.task, last.owners, due.date, last.status)
    items[-1] = last
    return True


_NEXT_MEETING = re.compile(r"\bnext (?:meeting|call|session)\b[^.:]{0,40}?(?::|\bon\b|\bis\b)\s*"
                           r"(?P<when>[^.\n]{4,60})", re.I)


def _next_meeting(blocks: list[Block], ref: date | None) -> date | None:
    """The date the notes give for the next meeting ("Next meeting: 22 January 2025")."""
    for index, block in enumerate(blocks):
        match = _NEXT_MEETING.search(block.text)
        text = match.group("when") if match else None
        if text is None and block.kind == "heading" and re.search(r"\bnext meeting\b",
                                                                  block.text, re.I):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            text = following.text if following else None
        if text:
            due = find_due(text, ref, field=True)
            if due and (ref is None or due.date >= ref):
                return due.date
    return None


def _owners_me(labels: dict[str, str], doc: Document) -> str | None:
    if doc.signer:
        return doc.signer
    notes = _first_of(labels, _NOTES_LABELS)
    if notes:
        name = re.split(r"[,;(]| and ", notes)[0].strip()
        return name.split()[0] if name and name[0].isupper() else None
    return None


def _known_names(attendance: str | None) -> frozenset[str]:
    """First names (or handles) of the people listed as present, lower-cased."""
    if not attendance or re.match(r"^(?:c\.|ca\.|about|around)?\s*\d", attendance):
        return frozenset()
    names = re.split(r"[,;]|\band\b|\s(?=@)", re.sub(r"\([^)]*\)", "", attendance))
    return frozenset(n.split()[0].lower().lstrip("@") for n in names if n.split())


def _attendance(labels: dict[str, str], doc: Document, text: str) -> str | None:
    value = _first_of(labels, _ATTENDANCE_LABELS) or doc.attendance
    if value:
        return value
    match = _ATTENDED.search(text[:20000])
    if match:
        return " ".join((match.group(1) or match.group(2)).split())
    return None


def extract_session(doc: Document, *, source: str = "") -> Session:
    """Build the Session the notes describe."""
    meta, text = split_front_matter(doc.text)
    blocks = split_blocks(text, doc.kind)
    labels = _labels(blocks)
    title_at = _title_index(blocks)
    title = meta.get("title") or doc.title
    if title and title_at is not None and _key(blocks[title_at].text) != _key(title):
        title_at = None  # the format named the meeting; this heading is a section
    if not title and title_at is not None:
        title = blocks[title_at].text
    if not title:
        first = next((b for b in blocks[:3] if not _DRAFT_MARK.match(b.text)), None)
        if first is not None and first.kind == "paragraph" and _short_line(first.text):
            title = first.text
    title = _clean_title(title) if title else None
    when = _meeting_date(meta, labels, blocks, doc)
    preamble, drafts = _sections(blocks, title_at)
    agenda = _agenda(preamble, drafts)
    _nest_flat(drafts, agenda)
    attendance = _attendance(labels, doc, text)
    items, used = _follow_ups(preamble, drafts, when, _owners_me(labels, doc),
                              _known_names(attendance), _next_meeting(blocks, when))
    body = strip_fences(text)
    event = _EVENT.search(body[:5000])
    return Session(
        title=title or None,
        date=when,
        attendance=attendance,
        agenda=tuple(agenda),
        sections=tuple(_section(d, used | set(agenda)) for d in drafts),
        follow_ups=tuple(items),
        recommendations=tuple(_recommendations(drafts)),
        links=tuple(extract_links(body)),
        event_name=(event.group(1).strip() if event else None) or title,
        source=source,
    )
