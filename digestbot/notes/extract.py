"""Blocks -> Session: title, date, attendance, agenda, sections, follow-ups, links."""

from __future__ import annotations

from dataclasses import replace

from digestbot.model import FollowUp, Session
from digestbot.notes.blocks import split_blocks, split_front_matter, strip_fences
from digestbot.notes.dedupe import apply_done_notes, merge_follow_ups
from digestbot.notes.header import Header, read_header
from digestbot.notes.headings import classify_headings
from digestbot.notes.lexicon import Usage, split_owners
from digestbot.notes.lines import Block
from digestbot.notes.links import extract_links
from digestbot.notes.owner_labels import plausible_owners
from digestbot.notes.readers import Document
from digestbot.notes.section_reader import Notes, section_reader_for
from digestbot.notes.sections import (
    Draft,
    agenda_item,
    build_section,
    find_agenda,
    find_recommendations,
    nest_flat,
    split_sections,
)
from digestbot.notes.speakers import find_speakers
from digestbot.notes.tasks import standing_arrangement

_FIRST_PERSON = frozenset({"me", "myself", "i"})


def _follow_ups(preamble: list[Block], drafts: list[Draft],
                header: Header) -> tuple[list[FollowUp], set[str]]:
    """The notes' follow-ups, and the lines they were read from."""
    every = [b for blocks in [preamble, *(d.blocks for d in drafts)] for b in blocks]
    speakers = find_speakers([b.text for b in every if b.kind in ("paragraph", "bullet")])
    usage = Usage("\n".join(b.text for b in every), header.known | speakers)
    headings = classify_headings(preamble, drafts, header, usage)
    notes = Notes(me=header.note_taker, known=header.known, next_meeting=header.next_meeting,
                  usage=usage, speakers=speakers, in_log=headings.log_level is not None)
    for group in headings.groups:
        start = len(notes.items)
        section_reader_for(notes, group, headings.refs.get(id(group[0]), header.date)).read()
        if id(group[0]) in headings.people and not group[2]:
            # "## Chris" / "* Worked on the CI" / "* Will look into the flaky test": what a
            # stand-up's person is to do is theirs, though not every line is a task.
            who = split_owners(group[0].title)
            notes.items[start:] = [item if item.owners else replace(item, owners=who)
                                   for item in notes.items[start:]]
    return _merged(notes), notes.used


def _merged(notes: Notes) -> list[FollowUp]:
    """The follow-ups of all sections, with what later meetings report done, merged."""
    items, me = notes.items, notes.me
    if notes.done_notes:
        items = apply_done_notes(items, notes.meetings, notes.done_notes)
    kept = [(item, at in notes.recap) for at, item in enumerate(items)
            if not standing_arrangement(item)]
    items = [plausible_owners(item, notes.usage) for item, _ in kept]
    if me and any(o.lower() in _FIRST_PERSON for item in items for o in item.owners):
        # "Me - book the venue" in a recap Lotte signs: Lotte books it.
        items = [replace(item, owners=tuple(dict.fromkeys(
            me if o.lower() in _FIRST_PERSON else o for o in item.owners))) for item in items]
    return merge_follow_ups(items, notes.reports, [in_recap for _, in_recap in kept])


def extract_session(doc: Document, *, source: str = "") -> Session:
    """Build the Session the notes describe."""
    meta, text = split_front_matter(doc.text)
    body = strip_fences(text)
    blocks = split_blocks(body, doc.kind, fenced=False)
    header = read_header(meta, blocks, doc, body)
    preamble, drafts = split_sections(blocks, header.title_at)
    # (Every shape of agenda is tidied here, once: "**1. Welcome**", "Budget: https://…".)
    agenda = [item for item in map(agenda_item, find_agenda(preamble, drafts)) if item]
    nest_flat(drafts, agenda)
    items, used = _follow_ups(preamble, drafts, header)
    skip = used | set(agenda)  # once, not per section: `used` grows with the notes
    return Session(
        title=header.title,
        date=header.date,
        attendance=header.attendance,
        agenda=tuple(agenda),
        sections=tuple(build_section(d, skip) for d in drafts),
        # Rules remake follow-ups with dataclasses.replace, which keeps the id of the one
        # they started from: the id is made again from the final task and owners.
        follow_ups=tuple(FollowUp(f.task, f.owners, f.due, f.status) for f in items),
        recommendations=tuple(find_recommendations(preamble, drafts)),
        links=tuple(extract_links(doc.text)),
        event_name=header.event_name,
        source=source,
    )
