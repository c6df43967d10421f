"""The notes' sections and what they give besides follow-ups: the agenda (in any of its
shapes), each section's key points, and the recommendations."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from digestbot.model import Section
from digestbot.notes.header import LABEL, short_line
from digestbot.notes.heading_forms import ITEM_PREFIX
from digestbot.notes.inline import split_sentences
from digestbot.notes.later import lazy_regex
from digestbot.notes.lines import Block
from digestbot.notes.tasks import LINK_TARGET

# "Proposed agenda", "Draft agenda", "Today's agenda".
_AGENDA_PREFIX = r"(?:proposed\s+|draft\s+|today's\s+)?"
_KEY_POINTS = lazy_regex(r"^(?:key points(?: raised)?|main points|summary|takeaways|"
                         r"key take-?aways|highlights)\s*:\s*(.+)$", re.I)
CLOSING_HEADING = lazy_regex(r"\b(wrap[- ]?up|next steps|actions?|action items|recommendations?|"
                             r"aob|any other business|conclusions?|next meeting|decisions|"
                             r"close|closing)\b", re.I)


# "FGB/25/03 Budget": a minute reference in front of a heading is not part of its title.
_MINUTE_REF = lazy_regex(r"^[A-Z]{2,6}(?:[ -]?\d{1,4})?(?:/\d{1,4}){1,2}\s+(?=\S)")


@dataclass
class Draft:
    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)
    number: str = ""  # the heading's own numbering, shown with the title


def split_sections(blocks: list[Block], title_at: int | None) -> tuple[list[Block], list[Draft]]:
    preamble: list[Block] = []
    drafts: list[Draft] = []
    for index, block in enumerate(blocks):
        if index == title_at:
            continue
        if block.kind == "heading":
            title = _MINUTE_REF.sub("", " ".join(block.text.split())).strip(" :")
            drafts.append(Draft(title or block.text.strip(" :"), block.level,
                                number=block.number))
        elif drafts:
            drafts[-1].blocks.append(block)
        else:
            preamble.append(block)
    if drafts:
        low = min(d.level for d in drafts)
        for draft in drafts:
            draft.level = draft.level - low + 1
    return preamble, drafts


def nest_flat(drafts: list[Draft], agenda: list[str]) -> None:
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
            if CLOSING_HEADING.search(title) or (agenda_keys and _key(title) not in agenda_keys):
                break
            drafts[child].level = parent.level + 1
            child += 1
        index = child


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def find_agenda(preamble: list[Block], drafts: list[Draft]) -> list[str]:
    for blocks, heading in [(preamble, ""), *((d.blocks, d.title) for d in drafts)]:
        whole = re.match(rf"^{_AGENDA_PREFIX}(?:agenda(?: items)?|contents|"
                         r"order of business|topics)\b", heading, re.I) or AGENDA_TITLE.match(
                             heading)  # "Meeting agenda", "Agenda for 12 May"
        items: list[str] = []
        collecting = bool(whole)
        top: int | None = None
        label_at: int | None = None  # "- **Agenda**" as a list item over the items
        for block in blocks:
            if block.kind == "bullet" and label_at is None and not whole and \
                    _AGENDA_LABEL.fullmatch(block.text):
                label_at = block.indent
                continue
            if label_at is not None:
                if block.kind != "bullet" or block.indent <= label_at:
                    if items:
                        break
                    label_at = None
                else:
                    top = block.indent if top is None else top
                    if block.indent <= top:
                        items.append(block.text)
                    continue
            if block.kind == "paragraph":
                if items and not whole:
                    break
                collecting = bool(whole) or (block.text.rstrip().endswith(":") and bool(
                    AGENDA_INTRO.search(block.text)))
            elif block.kind == "bullet" and collecting:
                top = block.indent if top is None else top
                if block.indent < top and items:
                    break  # "- **Agenda**" over its items, then "- Reference:": past them
                if block.indent <= top:  # nested bullets are notes on an item, not items
                    items.append(block.text)
            if block.kind == "paragraph" and whole and short_line(block.text):
                items.append(block.text)  # a "Contents" list of plain lines
            if block.kind == "table" and whole and not items:
                items = _table_topics(block.rows)
        if items:
            return items
    return (_inline_agenda(preamble) or _contents_list(preamble, drafts) or _timed_topics(drafts)
            or _agenda_topics(drafts))


_TOPIC_COLUMN = lazy_regex(r"topic|item|discussion|subject|agenda|title", re.I)
# "20:30 Finances", "9:00-9:15 Welcome": a heading stamped with its slot in the meeting.
# "6:00 - 6:20 PM: Welcome" too.
_TIMED = lazy_regex(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?"
                    r"(?:\s*[ap]\.?m\b\.?)?(?:\s*:)?\s+(?=\S)", re.I)


def _table_topics(rows: list[list[str]]) -> list[str]:
    """An agenda set out as a table ("Discussion Points | Notes | Actions"): its topic
    column below the header row, else its first column."""
    if len(rows) < 2:
        return []
    column = next((i for i, head in enumerate(rows[0]) if _TOPIC_COLUMN.search(head)), 0)
    return [row[column] for row in rows[1:] if column < len(row) and row[column].strip()]


def _contents_list(preamble: list[Block], drafts: list[Draft]) -> list[str]:
    """A list at the top whose items are mostly the titles of the sections after it
    ("# Overview" over "- Attendance", "- Constitution", …) is the agenda."""
    for at, blocks in enumerate([preamble, *(d.blocks for d in drafts[:2])]):
        tops = [b for b in blocks if b.kind == "bullet" and b.indent == 0]
        if len(tops) < 3:
            continue
        later = {_key(d.title) for d in drafts[at:]}
        if sum(_key(b.text) in later for b in tops) >= 0.6 * len(tops):
            return [b.text for b in tops]
    return []


def _timed_topics(drafts: list[Draft]) -> list[str]:
    """Three or more headings of one level each stamped with a time ("### 20:30 Finances")
    are the meeting's timed agenda: their topics, without the times."""
    timed = [d for d in drafts if d.title[:1].isdecimal() and _TIMED.match(d.title)]
    if len(timed) < 3 or len({d.level for d in timed}) != 1:
        return []
    return [d.title for d in timed]  # (the time goes with the rest of an item's tidying)


def _agenda_topics(drafts: list[Draft]) -> list[str]:
    """ "## Agenda" with nothing of its own: the topics under it are the agenda. They are
    its sub-headings, unless those only group items listed as bullets, each with its
    discussion nested beneath ("### Issues" over "* Update charter #12", "  * deferred")."""
    for index, draft in enumerate(drafts):
        if draft.blocks or not _AGENDA_HEADING.fullmatch(draft.title):
            continue
        level = draft.level
        end = next((at for at in range(index + 1, len(drafts)) if drafts[at].level <= level),
                   len(drafts))
        topics = drafts[index + 1:end]
        bullets: list[tuple[Block, bool]] = []
        for topic in topics:
            tops = [b for b in topic.blocks if b.kind == "bullet"]
            top = min((b.indent for b in tops), default=0)
            for block, after in itertools.zip_longest(topic.blocks, topic.blocks[1:]):
                if block.kind == "bullet" and block.indent == top:
                    nested = after is not None and after.kind == "bullet" and after.indent > top
                    bullets.append((block, nested))
        if bullets and all(nested for _, nested in bullets):
            return [b.text for b, _ in bullets]
        return [t.title for t in topics if t.level == level + 1]
    return []


_AGENDA_HEADING = lazy_regex(rf"{_AGENDA_PREFIX}agenda(?: items)?", re.I)


_LINK_IN_TEXT = lazy_regex(r"\[([^\]\n]+)\]\(\s*https?://[^)\s]*\s*\)|" + LINK_TARGET.pattern)


def agenda_item(text: str) -> str:
    """An agenda item's words: a link names the item by its label (the URL stays a link);
    the time slot in front ("18:20 Roof") and an "Item 2 -" number are not part of the
    topic, nor a "(jump to discussion)" link to the notes on it."""
    if "http" in text:
        # A bare URL at the end goes with what introduced it ("Exporter issue: https://…"),
        # also one a link's label gave ("Issue: [https://…](https://…)").
        text = _TRAILING_URL.sub("", _LINK_IN_TEXT.sub(lambda m: m.group(1) or "", text))
    if text[:1].isdecimal() and _TIMED.match(text):
        text = _TIMED.sub("", text)
    if text[:4].lower() == "item":
        text = ITEM_PREFIX.sub("", text)
    if "(" in text:
        text = _JUMP_LINK.sub("", text)
    if text[:1].isdecimal():
        text = _ITEM_NUMBER.sub("", text)  # "**1. Welcome**" written as a line of its own
    text = text.strip()
    return text if text.endswith("...") else text.rstrip(".;")  # (an ellipsis stays)


_TRAILING_URL = lazy_regex(r"(?<=\S)(?:\s*[:\-–—]\s*|\s+)<?https?://[^\s<>]+>?$")
_ITEM_NUMBER = lazy_regex(r"^\d{1,2}[.)]\s+(?=\S)")


_AGENDA_LABEL = lazy_regex(r"[*_\s]*(?:meeting\s+|today'?s\s+)?agenda[*_\s]*:?[*_\s]*", re.I)
_JUMP_LINK = lazy_regex(r"\s*\((?:jump|go|skip)\s+to\b[^()]*\)", re.I)


# "Agenda: budget, roof, fence": the agenda given on one line.
_INLINE_AGENDA = lazy_regex(rf"^{_AGENDA_PREFIX}agenda\s*:\s*([^:]+[,;][^:]+)$", re.I)


def _inline_agenda(preamble: list[Block]) -> list[str]:
    for block in preamble:
        match = _INLINE_AGENDA.match(block.text) if block.kind == "paragraph" else None
        if match and "http" not in match.group(1):
            return re.split(r"[;,](?![^()]*\))", match.group(1))
    return []


def _key_points(text: str) -> list[str]:
    points: list[str] = []
    depth = 0
    current = ""
    # Without brackets there is no depth to track: walk the pieces between "," and ".".
    # With them, the pieces between brackets, commas and full stops: a piece holding none
    # of them does what its characters one by one would (only add to `current`).
    for char in (_POINT_CUTS if "(" not in text else _POINT_BRACKETS).split(text):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and char in ",." and ((current.strip() and char == ",") or char == "."):
            if char == "." and _ABBREVIATION_END.search(current):
                current += char
                continue
            points.append(current)
            current = ""
        else:
            current += char
    points.append(current)
    cleaned = [_POINT_LEAD.sub("", p.strip(" ;")) for p in points]
    return [p[:1].upper() + p[1:] for p in cleaned if len(p) > 2]


_POINT_CUTS = lazy_regex(r"([,.])")
_POINT_BRACKETS = lazy_regex(r"([,.()])")
_ABBREVIATION_END = lazy_regex(r"\b(?:e\.g|i\.e|c|etc)$", re.I)
_POINT_LEAD = lazy_regex(r"^(?:and|as well as|also)\s+")
# ("Topics:" over "1. Status of the sprint" / "  - Ana will draft the plan": the meeting's
# topics, with its notes under them.)
AGENDA_INTRO = lazy_regex(r"\bagenda\b[^.]*:\s*$|^[*_]*(?:discussion\s+|meeting\s+)?topics[*_]*"
                          r"\s*:[*_]*$", re.I)


def build_section(draft: Draft, skip_texts: set[str]) -> Section:
    summary: list[str] = []
    points: list[str] = []
    for block in draft.blocks:
        match = _KEY_POINTS.match(block.text) if block.kind == "paragraph" else None
        if match:
            points.extend(_key_points(match.group(1)))
        elif block.kind == "paragraph" and not LABEL.match(block.text):
            summary.append(block.text)
        elif block.kind == "bullet" and block.text.strip().rstrip(".;") not in skip_texts \
                and agenda_item(block.text) not in skip_texts:
            points.append(block.text)
    title = f"{draft.number} {draft.title}" if draft.number else draft.title
    # (Five levels at most: the canonical Markdown writes a section one level deeper.)
    return Section(title, min(draft.level, 5), " ".join(summary), tuple(points))


_RECOMMEND = lazy_regex(r"\brecommend", re.I)
_ONE_RECOMMENDATION = lazy_regex(r"recommendation\s+\d", re.I)
# "Recommendation 2: Loyalty programme …": the label, not the recommendation.
_RECOMMENDATION_LABEL = lazy_regex(r"^recommendation(?:\s+#?\d+|\s+[a-z])?\s*[:.\-–—]\s+(?=\S)",
                                   re.I)
# A sentence that makes a recommendation: "Recommended that the project move to GitHub
# issues", "We recommend …", "It was recommended that …", "The board recommends that …".
_RECOMMENDS = lazy_regex(r"^(?:(?:it\s+(?:was|is)\s+)?recommended\s+that\b|we\s+(?:would\s+)?"
                         r"recommend\b|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+"
                         r"(?:recommends|recommended)\s+that\b)", re.I)


def find_recommendations(preamble: list[Block], drafts: list[Draft]) -> list[str]:
    found: list[str] = []
    said: list[str] = []  # sentences anywhere that recommend something
    for blocks in [preamble, *(d.blocks for d in drafts)]:
        # "The following recommendations were made:" introduces a list of them.
        intro = False
        for block in blocks:
            if block.kind == "paragraph":
                intro = block.text.endswith(":") and bool(_RECOMMEND.search(block.text))
            elif block.kind == "bullet" and intro:
                found.append(block.text)
                continue
            if block.kind in ("paragraph", "bullet") and "ecommend" in block.text:
                said.extend(s for s in split_sentences(block.text) if _RECOMMENDS.match(s))
    for draft in drafts:
        # "Recommendation 4 – urgent requests" discusses one recommendation of a report;
        # its sentences are the discussion, not recommendations the meeting made.
        if not _RECOMMEND.search(draft.title) or _ONE_RECOMMENDATION.match(draft.title):
            continue
        bullets = [b.text for b in draft.blocks if b.kind == "bullet"]
        if not bullets:
            bullets = [s for b in draft.blocks if b.kind == "paragraph"
                       for s in split_sentences(b.text) if "http" not in s]
        found.extend(bullets)
    found += [text for text in said if not any(text in listed for listed in found)]
    found = [_RECOMMENDATION_LABEL.sub("", text) for text in found]
    return list(dict.fromkeys(text for text in found if text))
# "Agenda", "Meeting agenda items", "Proposed agenda", "6/25 Scrum call Agenda Items",
# "Agenda for 12 May": a meeting's list of items, under which notes may be kept.
AGENDA_TITLE = lazy_regex(r"^(?:[\w/.'’-]+\s+){0,4}?(?:meeting\s+)?agenda"
                          r"(?:\s+(?:items|points|topics))?"
                          r"(?:\s+(?:for|of)\s+[^:]{1,40})?$", re.I)
