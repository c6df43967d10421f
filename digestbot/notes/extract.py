"""Blocks -> Session: title, date, attendance, agenda, sections, follow-ups, links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from digestbot.model import FollowUp, Section, Session
from digestbot.notes.blocks import (
    Block,
    split_blocks,
    split_front_matter,
    split_sentences,
    strip_fences,
)
from digestbot.notes.dates import find_due
from digestbot.notes.dedupe import DoneReport, done_report, merge_follow_ups
from digestbot.notes.followups import (
    Context,
    context_follow_ups,
    has_action_marker,
    is_speaker_commitment,
    listed_items,
    owner_suffix,
    question_follow_ups,
    sentence_follow_ups,
)
from digestbot.notes.header import LABEL, Header, read_header, short_line
from digestbot.notes.lexicon import (
    GROUPS,
    OWNERS,
    Usage,
    split_owners,
    valid_owners,
)
from digestbot.notes.links import extract_links
from digestbot.notes.readers import Document
from digestbot.notes.speakers import find_speakers, speaker_prefix
from digestbot.notes.tables import table_follow_ups

_KEY_POINTS = re.compile(r"^(?:key points(?: raised)?|main points|summary|takeaways|"
                         r"key take-?aways|highlights)\s*:\s*(.+)$", re.I)
_ACTION_HEADING = re.compile(r"\b(actions?|action items?|action points|next steps|follow[- ]?ups?|"
                             r"to-?dos?|tasks|who(?:'s| is) doing what|who does what|"
                             r"assignments|action summary|next time|going forward)\b", re.I)
_SKIP_HEADING = re.compile(r"\b(attendance|attendees|present|apologies|agenda|contents|"
                           r"recommendations?|"
                           r"future|ideas|suggest\w*|parking lot|later)\b", re.I)
# Retrospective columns list practices, not tasks: "Stop: pushing to main without review".
_RETRO_HEADING = re.compile(r"(?:keep|stop|start|continue|more of|less of|(?:keep|stop|start) "
                            r"doing|(?:what )?went well|(?:what )?(?:didn't|did not) go well|"
                            r"to improve|liked|learned|lacked|longed for|kudos|shout-?outs)\W*",
                            re.I)
_CLOSING_HEADING = re.compile(r"\b(wrap[- ]?up|next steps|actions?|action items|recommendations?|"
                              r"aob|any other business|conclusions?|next meeting|decisions|"
                              r"close|closing)\b", re.I)
_LIST_INTRO_SKIP = re.compile(r"(future|later|ideas|suggest\w*|topics|parking lot|possible)\b"
                              r"[^.]*:\s*$", re.I)
# "Rebecca: yes. I will check …": the speaker is the "I" of the whole paragraph.
_SPEAKER = re.compile(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*:\s+(?=\S)")


# "FGB/25/03 Budget": a minute reference in front of a heading is not part of its title.
_MINUTE_REF = re.compile(r"^[A-Z]{2,6}(?:[ -]?\d{1,4})?(?:/\d{1,4}){1,2}\s+(?=\S)")


@dataclass
class _Draft:
    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)


def _sections(blocks: list[Block], title_at: int | None) -> tuple[list[Block], list[_Draft]]:
    preamble: list[Block] = []
    drafts: list[_Draft] = []
    for index, block in enumerate(blocks):
        if index == title_at:
            continue
        if block.kind == "heading":
            title = _MINUTE_REF.sub("", " ".join(block.text.split())).strip(" :")
            drafts.append(_Draft(title or block.text.strip(" :"), block.level))
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
                collecting = bool(whole) or (block.text.rstrip().endswith(":") and bool(
                    _AGENDA_INTRO.search(block.text)))
            elif block.kind == "bullet" and collecting:
                items.append(block.text.strip().rstrip(".;"))
            if block.kind == "paragraph" and whole and short_line(block.text):
                items.append(block.text.strip())  # a "Contents" list of plain lines
        if items:
            return items
    return []


def _key_points(text: str) -> list[str]:
    points: list[str] = []
    depth = 0
    current = ""
    # Without brackets there is no depth to track: walk the pieces between "," and ".".
    for char in (_POINT_CUTS.split(text) if "(" not in text else text):
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
    cleaned = [_POINT_LEAD.sub("", p.strip(" ;")) for p in points]
    return [p[:1].upper() + p[1:] for p in cleaned if len(p) > 2]


_POINT_CUTS = re.compile(r"([,.])")
_POINT_LEAD = re.compile(r"^(?:and|as well as|also)\s+")
_AGENDA_INTRO = re.compile(r"\bagenda\b[^.]*:\s*$", re.I)


def _section(draft: _Draft, skip_texts: set[str]) -> Section:
    summary: list[str] = []
    points: list[str] = []
    for block in draft.blocks:
        match = _KEY_POINTS.match(block.text) if block.kind == "paragraph" else None
        if match:
            points.extend(_key_points(match.group(1)))
        elif block.kind == "paragraph" and not LABEL.match(block.text):
            summary.append(block.text)
        elif block.kind == "bullet" and block.text.strip().rstrip(".;") not in skip_texts:
            points.append(block.text)
    return Section(draft.title, draft.level, " ".join(summary), tuple(points))


def _recommendations(preamble: list[Block], drafts: list[_Draft]) -> list[str]:
    found: list[str] = []
    for blocks in [preamble, *(d.blocks for d in drafts)]:
        # "The following recommendations were made:" introduces a list of them.
        intro = False
        for block in blocks:
            if block.kind == "paragraph":
                intro = block.text.endswith(":") and bool(re.search(r"\brecommend", block.text,
                                                                    re.I))
            elif block.kind == "bullet" and intro:
                found.append(block.text)
    for draft in drafts:
        # "Recommendation 4 – urgent requests" discusses one recommendation of a report;
        # its sentences are the discussion, not recommendations the meeting made.
        if not re.search(r"\brecommend", draft.title, re.I) or re.match(
                r"recommendation\s+\d", draft.title, re.I):
            continue
        bullets = [b.text for b in draft.blocks if b.kind == "bullet"]
        if not bullets:
            bullets = [s for b in draft.blocks if b.kind == "paragraph"
                       for s in split_sentences(b.text) if "http" not in s]
        found.extend(bullets)
    return found


def _follow_ups(preamble: list[Block], drafts: list[_Draft],
                header: Header) -> tuple[list[FollowUp], set[str]]:
    ref, me, known = header.date, header.note_taker, header.known
    next_meeting = header.next_meeting
    items: list[FollowUp] = []
    reports: list[DoneReport] = []
    used: set[str] = set()
    action_level: int | None = None
    groups: list[tuple[_Draft, bool, tuple[str, ...]]] = [(_Draft("", 1, preamble), False, ())]
    speakers = find_speakers([b.text for d in [_Draft("", 1, preamble), *drafts]
                              for b in d.blocks if b.kind == "paragraph"])
    usage = Usage("\n".join(b.text for d in [_Draft("", 1, preamble), *drafts]
                            for b in d.blocks), known | speakers)
    for draft in drafts:
        if action_level is not None and draft.level <= action_level:
            action_level = None
        is_action = bool(_ACTION_HEADING.search(draft.title))
        owners: tuple[str, ...] = ()
        if action_level is not None and re.fullmatch(OWNERS, draft.title):
            owners = split_owners(draft.title)
        if is_action:
            action_level = draft.level
        skip = (bool(_SKIP_HEADING.search(draft.title))
                or bool(_RETRO_HEADING.fullmatch(draft.title))) and not is_action
        if not skip:
            groups.append((draft, is_action or action_level is not None, owners))
    for draft, is_action, owners in groups:
        base = Context(ref=ref, me=me, action_section=is_action, owners=owners, known=known,
                       next_meeting=next_meeting)
        recorded: set[str] = set()
        spoken: list[FollowUp] = []
        skip_list = list_action = False
        parents: list[Block] = []  # the list items above the current one
        latest: tuple[list[FollowUp], int] | None = None  # the last follow-up made
        for block in draft.blocks:
            if block.kind == "bullet":
                while parents and parents[-1].indent >= block.indent:
                    parents.pop()
                parent = parents[-1].text if parents else ""
                parents.append(block)
            else:
                parents, parent = [], ""
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
            if latest and _DONE_AFTER.match(block.text):
                # "mk: will merge the PR" then "… (merged)": done during the meeting.
                where, at = latest
                where[at] = replace(where[at], status="done")
                continue
            line_item = block.kind == "bullet" or (is_action and len(block.text) < 120)
            in_action = is_action or (list_action and block.kind == "bullet")
            if _HISTORY.match(block.text):
                continue  # "Previously: FT will push for …" recalls an earlier meeting
            speaker = _SPEAKER.match(block.text) if block.kind == "paragraph" else None
            ctx = Context(ref, speaker.group(1) if speaker else me, in_action, owners,
                          block.checked, line_item, known, next_meeting, usage=usage)
            talk = speaker_prefix(block.text, speakers) if block.kind == "paragraph" else None
            read = _Read()
            if talk:
                # Scribed minutes: "mk: ok, will merge PR" is mk talking.
                _read_block(talk[1], replace(ctx, me=talk[0], speaker=talk[0]), read)
            if not read.spoken and not any(item.owners for item in read.found):
                # "APP: Schedule of the next F2F" names no one else: read the line as written.
                read = _Read()
                _read_block(block.text, ctx, read)
            found = [_with_parent(item, parent) for item in read.found] if parent else read.found
            spoken.extend(read.spoken)
            recorded |= read.recorded
            reports.extend(read.reports)
            if found:
                used.add(block.text.strip().rstrip(".;"))
            items.extend(found)
            latest = (items, len(items) - 1) if found else (
                (spoken, len(spoken) - 1) if read.spoken else latest)
        # Scribes record actions explicitly; "X: I'll …" then is only the discussion of one.
        items.extend(i for i in spoken if not {o.lower() for o in i.owners} & recorded)
    return merge_follow_ups(items, reports), used


@dataclass
class _Read:
    """What one block gives: follow-ups, spoken commitments, recorded owners, reports."""

    found: list[FollowUp] = field(default_factory=list)
    spoken: list[FollowUp] = field(default_factory=list)
    recorded: set[str] = field(default_factory=set)
    reports: list[DoneReport] = field(default_factory=list)


def _read_block(text: str, ctx: Context, read: _Read) -> None:
    found = read.found
    found.extend(question_follow_ups(text, ctx))
    previous = ""
    for sentence in split_sentences(text):
        sentence = _resolve_pronoun(sentence, previous)
        listed = listed_items(sentence, previous, ctx)
        suffix = owner_suffix(sentence, previous, found[-1] if found else None,
                              ctx) if sentence[:1] == "(" else None
        if suffix:
            if suffix[1]:
                found[-1] = suffix[0]
            else:
                found.append(suffix[0])
            previous = sentence
            continue
        made = [] if listed else sentence_follow_ups(sentence, ctx)
        if not listed and (made or sentence[:1] in "aA"):
            made = context_follow_ups(sentence, previous, made, ctx)
        if made and (is_speaker_commitment(sentence) or (ctx.speaker and all(
                item.owners == (ctx.speaker,) for item in made))):
            read.spoken.extend(made)
            made = []
        elif made and has_action_marker(sentence):
            read.recorded.update(o.lower() for item in made for o in item.owners)
        found.extend(listed or made)
        report = done_report(sentence)
        if report and not made:
            read.reports.append(report)
        previous = sentence


def _with_parent(item: FollowUp, parent: str) -> FollowUp:
    """ "- Tag students who skip the log\n  - Alton: look into this": a short task about
    "this" is about the list item above it."""
    if len(item.task.split()) > 8 or not _POINTER.search(item.task) or len(parent.split()) > 20:
        return item
    about = parent.strip().rstrip(".;:")
    task = f"{item.task} ({about[:1].lower()}{about[1:]})"
    return FollowUp(task, item.owners, item.due, item.status)  # a new id for the new task


_POINTER = re.compile(r"\b(?:this|it|that)\b(?!\s+\w+ing\b)", re.I)
_DONE_AFTER = re.compile(r"^(?:…|\.{3})?\s*\((?:done|merged|completed?|closed|fixed|sent|"
                         r"landed)\)\.?$", re.I)
_HISTORY = re.compile(r"^(?:previously|last (?:time|month|week|meeting|call))\s*:", re.I)


_HE_SHE = re.compile(r"^(?:he|she)\s*(?='ll\b|\s+(?:will|is going to)\b)", re.I)
_NAMED_SUBJECT = re.compile(r"^(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:also\s+)?"
                            r"[a-z]+(?:ed|s)\b")


def _resolve_pronoun(sentence: str, previous: str) -> str:
    """ "Aisha shared that … She will follow up …": "she" is the person the sentence
    before was about ("they" is not resolved: it is as often the other party)."""
    pronoun = _HE_SHE.match(sentence) if sentence[:1] in "HhSs" else None
    named = _NAMED_SUBJECT.match(previous) if pronoun else None
    if not named or not valid_owners(named.group("name")) or re.match(GROUPS, named.group(
            "name")):
        return sentence
    return named.group("name") + sentence[pronoun.end():]


_AMEND = re.compile(r"(?:^|(?<=[.;]\s))(responsible|owner|lead|deadline|due|due date|by when|"
                    r"target date)\s*:\s*((?:[A-Z]\.\s?)*[^.;]+)", re.I)


def _amend_previous(text: str, items: list[FollowUp], ref: date | None) -> bool:
    """ "Responsible: T. Novak. Deadline: 31 May." completes the follow-up just before it."""
    if not _AMEND.match(text):
        return False
    found = _AMEND.findall(text)
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


def extract_session(doc: Document, *, source: str = "") -> Session:
    """Build the Session the notes describe."""
    meta, text = split_front_matter(doc.text)
    body = strip_fences(text)
    blocks = split_blocks(body, doc.kind, fenced=False)
    header = read_header(meta, blocks, doc, body)
    preamble, drafts = _sections(blocks, header.title_at)
    agenda = _agenda(preamble, drafts)
    _nest_flat(drafts, agenda)
    items, used = _follow_ups(preamble, drafts, header)
    skip = used | set(agenda)  # once, not per section: `used` grows with the notes
    return Session(
        title=header.title,
        date=header.date,
        attendance=header.attendance,
        agenda=tuple(agenda),
        sections=tuple(_section(d, skip) for d in drafts),
        follow_ups=tuple(items),
        recommendations=tuple(_recommendations(preamble, drafts)),
        links=tuple(extract_links(body)),
        event_name=header.event_name,
        source=source,
    )
