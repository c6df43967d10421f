"""Blocks -> Session: title, date, attendance, agenda, sections, follow-ups, links."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from digestbot.model import FollowUp, Section, Session, Status
from digestbot.notes.blocks import (
    GROUP_1,
    ITEM_PREFIX,
    Block,
    split_blocks,
    split_front_matter,
    split_sentences,
    strip_fences,
)
from digestbot.notes.dates import find_dates, find_due, first_full_date, resolve
from digestbot.notes.dedupe import (
    DoneNote,
    DoneReport,
    apply_done_notes,
    done_note,
    done_report,
    merge_follow_ups,
    task_words,
)
from digestbot.notes.followups import (
    DONE_STATE,
    LINK_TARGET,
    PAREN_START,
    TITLE_LABEL,
    Context,
    after_action_label,
    base_of_ing,
    box_thing,
    context_follow_ups,
    dash_owners,
    has_action_marker,
    is_speaker_commitment,
    listed_items,
    named_person,
    owner_suffix,
    question_follow_ups,
    sentence_follow_ups,
    standing_arrangement,
    suffix_owners,
    tidy_task,
)
from digestbot.notes.header import LABEL, Header, read_header, short_line
from digestbot.notes.implied import (
    SUBJECTLESS_START,
    proposed_task,
    relative_passive,
    volunteers,
    with_subject,
)
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    ABSENT_LABEL,
    GROUPS_RE,
    IMPERATIVES,
    NO_OWNER,
    OWNERS,
    OWNERS_RE,
    PRESENT_LABEL,
    ROLL_WORD,
    Usage,
    any_verb,
    dictionary_word,
    everyday_word,
    is_verb,
    long_plain_word,
    split_owners,
    valid_owners,
    verb_not_name,
    word_not_name,
    words,
)
from digestbot.notes.links import extract_links
from digestbot.notes.readers import Document
from digestbot.notes.speakers import find_speakers, speaker_prefix
from digestbot.notes.tables import action_column, table_follow_ups

# "Proposed agenda", "Draft agenda", "Today's agenda".
_AGENDA_PREFIX = r"(?:proposed\s+|draft\s+|today's\s+)?"
_KEY_POINTS = lazy_regex(r"^(?:key points(?: raised)?|main points|summary|takeaways|"
                         r"key take-?aways|highlights)\s*:\s*(.+)$", re.I)
# "Corrective actions", "Legal action", "GitHub Actions": a topic that is a kind of action,
# discussed; not a list of actions ("Next actions", "Open actions", "Decisions and actions").
_KIND_OF_ACTION = lazy_regex(r"(?:^|[^\w'’-])(?!(?:next|new|open|outstanding|pending|previous|past|"
                             r"old|agreed|key|of|and|our|follow-?up|immediate|urgent|team|board|"
                             r"my|your|their|the|all|current|remaining|completed|closed|ongoing|"
                             r"carried|recent|weekly|meeting|committee|list|summary|review|"
                             r"resulting|required|individual|assigned|main)\b)[a-z][\w-]*\s+$",
                             re.I)
# Words that name work being shared out: "Things to be accomplished", "Work distribution".
_SHARED_OUT = (r"things\s+to\s+(?:be\s+)?(?:do|done|accomplish|accomplished)|"
               r"work\s+distribution|distribution\s+of\s+(?:work|tasks)|"
               r"division\s+of\s+(?:work|labou?r)")
_ACTION_HEADING = lazy_regex(r"\b(action items?|action points|actionables?|actions?|"
                             r"next\s+(?:steps?|moves)|follow[- ]?ups?|"
                             r"to[- ]?dos?|tasks|who(?:'s| is) doing what|who does what|"
                             r"task\s+allocations?|allocation\s+of\s+tasks|"
                             rf"{_SHARED_OUT}|"
                             r"assignments|action summary|next time|going forward)\b|"
                             # "What would you like to work on next week?", "Plans for next
                             # sprint", "Next week": what each is to do before then.
                             r"\b(?:work\s+on|plans?\s+for|goals?\s+for)\s+(?:the\s+)?"
                             r"(?:next|coming)\s+(?:week|sprint|month)\b|"
                             r"^(?:next|this|for\s+next|coming)\s+(?:week|sprint)\W*$|"
                             # "Homework", "Homework for next week": what members are to do.
                             r"^homework\b|"
                             # "Upcoming goals", "Next tasks": what is to be done before the next.
                             r"^(?:upcoming|next)\s+(?:goals?|tasks?|targets?|objectives?)\W*$|"
                             # "#### Assigned" (after "Completed" and "Ongoing"): work given out.
                             r"^(?:newly\s+)?assigned(?:\s+(?:tasks|items|actions|work))?\W*$|"
                             # "Steps involved in closing the account": a plan's steps.
                             r"^(?:further\s+|remaining\s+)?steps\b(?!\s+to\s+reproduce)|"
                             # "Future development" / "Future work" over what is to be built.
                             r"^(?:future|further)\s+(?:work|development|plans?|tasks)\W*$", re.I)


def _action_heading(text: str) -> bool:
    """Whether a heading or a list's intro names a list of actions."""
    return any(not (match.group(1) and match.group(1).lower() in ("action", "actions")
                    and _KIND_OF_ACTION.search(text, 0, match.start()))
               and not (match.group(1) and match.group(1)[-2:].lower() == "up"
                        and _MODIFIED_NOUN.match(text, match.end()))
               for match in _ACTION_HEADING.finditer(text))


# "Follow-up tooling discussions": the word describes a discussion, names no list of actions.
_MODIFIED_NOUN = lazy_regex(r"\s+(?!(?:items?|actions?|tasks?|list|from|for|of|on|to|and|"
                            r"points?|required|needed)\b)[a-z]", re.I)


_SKIP_HEADING = lazy_regex(rf"\b({ROLL_WORD}|apologies|agenda|contents|"
                           r"roll[- ]?call|recommendations?|"
                           r"future(?! meetings?\b|\s+(?:work|development|plans?|tasks)\W*$)|"
                           r"ideas|suggest\w*|parking lot|later)\b", re.I)
# "Agenda III: Events", "Agenda item 4 - Budget": the minutes of one numbered item, not a plan.
_AGENDA_ITEM = lazy_regex(r"^agenda\s+(?:item\s+)?(?:\\?#\s*|no\.?\s*)?(?:\d+|[ivxlc]+)\b"
                          r"\.?\s*[:.\-–—]\s*\S", re.I)
# "Agenda / Meeting notes", "Agenda and minutes": the notes were kept in the agenda.
_AGENDA_AND_NOTES = lazy_regex(r"\bagenda\b.*\b(?:notes|minutes|discussion)\b|"
                               r"\b(?:notes|minutes|discussion)\b.*\bagenda\b", re.I)
# Retrospective columns list practices, not tasks: "Stop: pushing to main without review".
_RETRO_HEADING = lazy_regex(r"(?:keep|stop|start|continue|more of|less of|(?:keep|stop|start) "
                            r"doing|(?:what )?went well|(?:what )?(?:didn't|did not) go well|"
                            r"to improve|liked|learned|lacked|longed for|kudos|shout-?outs)\W*",
                            re.I)
_CLOSING_HEADING = lazy_regex(r"\b(wrap[- ]?up|next steps|actions?|action items|recommendations?|"
                              r"aob|any other business|conclusions?|next meeting|decisions|"
                              r"close|closing)\b", re.I)
_LIST_INTRO_SKIP = lazy_regex(r"(future|later|ideas|suggest\w*|parking lot|possible|topics\s+for\s+"
                              r"(?:the\s+)?(?:next|future|later|upcoming|another))\b[^.]*:\s*$|"
                              # "Last week:" in a stand-up: what was done, not what is to do.
                              r"^[*_]*(?:(?:last|previous|past)\s+week|yesterday)[*_]*\s*:[*_]*$|"
                              # "Attendees:" over "- [x] Ana (chair) - Acme": who came.
                              rf"^[*_]*(?:{PRESENT_LABEL}|{ABSENT_LABEL})[*_]*\s*:[*_]*$", re.I)
# "Rebecca: yes. I will check …": the speaker is the "I" of the whole paragraph.
_SPEAKER = lazy_regex(r"^([A-Z][\w'-]+(?: (?!Actions?\b)[A-Z][\w'-]+)?)\s*:\s+(?=\S)")


# "FGB/25/03 Budget": a minute reference in front of a heading is not part of its title.
_MINUTE_REF = lazy_regex(r"^[A-Z]{2,6}(?:[ -]?\d{1,4})?(?:/\d{1,4}){1,2}\s+(?=\S)")


@dataclass
class _Draft:
    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)
    number: str = ""  # the heading's own numbering, shown with the title


def _sections(blocks: list[Block], title_at: int | None) -> tuple[list[Block], list[_Draft]]:
    preamble: list[Block] = []
    drafts: list[_Draft] = []
    for index, block in enumerate(blocks):
        if index == title_at:
            continue
        if block.kind == "heading":
            title = _MINUTE_REF.sub("", " ".join(block.text.split())).strip(" :")
            drafts.append(_Draft(title or block.text.strip(" :"), block.level,
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
        whole = re.match(rf"^{_AGENDA_PREFIX}(?:agenda(?: items)?|contents|"
                         r"order of business|topics)\b", heading, re.I) or _AGENDA_TITLE.match(
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
                    _AGENDA_INTRO.search(block.text)))
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


def _contents_list(preamble: list[Block], drafts: list[_Draft]) -> list[str]:
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


def _timed_topics(drafts: list[_Draft]) -> list[str]:
    """Three or more headings of one level each stamped with a time ("### 20:30 Finances")
    are the meeting's timed agenda: their topics, without the times."""
    timed = [d for d in drafts if d.title[:1].isdecimal() and _TIMED.match(d.title)]
    if len(timed) < 3 or len({d.level for d in timed}) != 1:
        return []
    return [d.title for d in timed]  # (the time goes with the rest of an item's tidying)


def _agenda_topics(drafts: list[_Draft]) -> list[str]:
    """ "## Agenda" with nothing of its own: the topics under it are the agenda. They are
    its sub-headings, unless those only group items listed as bullets, each with its
    discussion nested beneath ("### Issues" over "* Update charter #12", "  * deferred")."""
    for index, draft in enumerate(drafts):
        if draft.blocks or not _AGENDA_HEADING.fullmatch(draft.title):
            continue
        level = draft.level
        topics = list(itertools.takewhile(lambda d, top=level: d.level > top,
                                          drafts[index + 1:]))
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


def _agenda_item(text: str) -> str:
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
_AGENDA_INTRO = lazy_regex(r"\bagenda\b[^.]*:\s*$|^[*_]*(?:discussion\s+|meeting\s+)?topics[*_]*"
                           r"\s*:[*_]*$", re.I)


def _section(draft: _Draft, skip_texts: set[str]) -> Section:
    summary: list[str] = []
    points: list[str] = []
    for block in draft.blocks:
        match = _KEY_POINTS.match(block.text) if block.kind == "paragraph" else None
        if match:
            points.extend(_key_points(match.group(1)))
        elif block.kind == "paragraph" and not LABEL.match(block.text):
            summary.append(block.text)
        elif block.kind == "bullet" and block.text.strip().rstrip(".;") not in skip_texts \
                and _agenda_item(block.text) not in skip_texts:
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


def _recommendations(preamble: list[Block], drafts: list[_Draft]) -> list[str]:
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


# A heading over what has been done since the last meeting.
_DONE_HEADING = lazy_regex(r"(?:(?:completed|done|finished|closed|accomplished)(?:\s+(?:items|"
                           r"tasks|actions|action items|work))?|"
                           # "## Actions Taken" / "- Sent the wireframe to Jared"; "Action
                           # points achieved since last meeting" in a log
                           r"(?:actions?|action\s+(?:points?|items?)|tasks?)\s+(?:taken|completed|"
                           r"done|achieved|accomplished|finished)(?:\s+since\s+(?:the\s+)?"
                           r"(?:last|previous)\s+(?:meeting|time|week|call))?)\W*", re.I)


# "GP: Action item to look into …", "KL: ACTION: send the draft": the speaker's own action.
_SPOKEN_ACTION = lazy_regex(r"^(?:action(?:\s+(?:item|point))?s?|to-?do|ai|task)\b", re.I)


def _one_action(steps: list[FollowUp]) -> FollowUp:
    """The steps one list item gives as one follow-up: "Schedule the meetings; send the
    invites", due when the first dated step is."""
    tasks = [steps[0].task] + [t if t[1:2].isupper() else t[:1].lower() + t[1:]
                               for t in (f.task for f in steps[1:])]
    due = next((f.due for f in steps if f.due), None)
    return FollowUp("; ".join(tasks), steps[0].owners, due, steps[0].status)


_FOR_EACH = lazy_regex(r"\bfor\s+(?:each|every)\b", re.I)


def _everyday_heading(title: str) -> bool:
    """ "**Timeline**" or "### Budget" under the actions: one common word that is no one's
    name (and no group, as "Board" or "Team" is), so no owner of the items under it."""
    return " " not in title and everyday_word(title) and not GROUPS_RE.fullmatch(title)


_Group = tuple[_Draft, bool, tuple[str, ...]]  # a section, whether it lists actions, whose


@dataclass(slots=True)
class _Headings:
    """The sections' headings read in order: the groups of blocks to read for follow-ups
    (whether each is a list of actions, and whose), and the date each section's "by
    Wednesday" counts from."""

    ref: date | None  # the date of the notes
    usage: Usage
    owner_run: bool  # whether the section before ended by introducing owner headings
    top: int  # the level of the highest heading
    title_dated: bool  # whether the title is the dated heading of the log's first meeting
    groups: list[_Group]
    refs: dict[int, date | None] = field(default_factory=dict)  # by the id of a section
    action_level: int | None = None  # the level of the heading over a list of actions
    dated: tuple[int, date] | None = None  # the level and date of the meeting's heading
    log_level: int | None = None  # the level of the dated headings, once one is seen
    roll_level: int | None = None  # the level of an attendance heading over sub-headings
    owner_names: bool = False  # whether a heading has named whose tasks follow
    last_meeting: date | None = None  # the date of the last dated heading of the log

    def add(self, draft: _Draft) -> None:
        """Classify the section under the next heading, in order."""
        self._date(draft)
        if self.action_level is not None and draft.level <= self.action_level:
            self.action_level = None
        is_action = _action_heading(draft.title)
        owners = self._owners(draft, is_action)
        if is_action:
            self.action_level = draft.level
        self._group(draft, is_action, owners, self._skipped(draft, is_action))

    def _date(self, draft: _Draft) -> None:
        """Note the date of the meeting the section is in, when the notes are a log."""
        if self.dated and draft.level <= self.dated[0]:
            self.dated = None
        digits = _HAS_DIGIT.search(draft.title) is not None
        when = _meeting_date(draft.title, self.ref, in_log=self.log_level == draft.level or (
            self.title_dated and self.log_level is None and draft.level == self.top)) \
            if digits else None
        if when is None and digits and self.last_meeting and self.log_level == draft.level:
            # "## 21st November, 2017" … "## 7th December": the year goes on from the
            # meeting before it in the log.
            when = _meeting_day(draft.title, self.last_meeting)
        if when:
            self.dated = (draft.level, when)
            self.log_level = draft.level
            self.last_meeting = when
        self.refs[id(draft)] = self.dated[1] if self.dated else self.ref

    def _owners(self, draft: _Draft, is_action: bool) -> tuple[str, ...]:
        """Whose tasks the section lists, by its heading."""
        owners: tuple[str, ...] = ()
        in_run = self.action_level is not None or self.owner_run
        if (in_run or _own_task_list(draft, self.usage)) and OWNERS_RE.fullmatch(draft.title) \
                and valid_owners(draft.title) and not _everyday_heading(draft.title):
            owners = split_owners(draft.title)
        elif in_run and draft.title in ("Will", "May") and self.owner_names:
            owners = (draft.title,)  # "###### Connor" … "###### Will": Will is one of them
        elif is_action and " for " in draft.title and not _FOR_EACH.search(draft.title):
            # "Next steps for SR and AR" (but "Tasks for each member": each has their own)
            owners = _owners_intro(draft.title.rstrip(":") + ":")
        if owners:
            self.owner_names = True
        # A person's own list does not start a run: the heading after it may be a topic.
        self.owner_run = (bool(owners) and in_run) or _ends_with_action_intro(draft.blocks)
        return owners

    def _skipped(self, draft: _Draft, is_action: bool) -> bool:
        """Whether the section holds no follow-ups: a roll call, contents, a retrospective."""
        title = draft.title
        if self.roll_level is not None and (draft.level <= self.roll_level
                                            or not _ROLL_PART.search(title)):
            # "## Attendance" / "**Meeting Minute Approval**": the roll is over
            self.roll_level = None
        skip = self.roll_level is not None or (((bool(_SKIP_HEADING.search(title))
                 and not _AGENDA_ITEM.match(title) and not _REPORTS.search(title)
                 and not _AGENDA_AND_NOTES.search(title))
                or bool(_RETRO_HEADING.fullmatch(title))) and not is_action and not (
                    _AGENDA_TITLE.match(title) and _minuted(draft.blocks)))
        if skip and self.roll_level is None and _ROLL_HEADING.search(title) and not is_action:
            self.roll_level = draft.level  # "## Attendance" / "### Voting members": all a roll
        return skip

    def _group(self, draft: _Draft, is_action: bool, owners: tuple[str, ...],
               skip: bool) -> None:
        """Add the section to the groups to read, or what of a skipped one is read."""
        if not skip:
            self.groups.append((draft, is_action or self.action_level is not None
                                or bool(owners), owners))
        elif _AGENDA_TITLE.match(draft.title):
            self.groups.append((draft, False, _AGENDA_NOTES))
        elif _IDEAS_TITLE.search(draft.title):
            self.groups.append((draft, True, _IDEA_NOTES))
        elif _ROLL_HEADING.search(draft.title) and (minutes := _minutes_after_roll(draft)):
            # "**Apologies**" / "CC." / "1. Matters Arising" / "- Action …": the minutes
            # went on under the last heading of the roll call.
            self.groups.append((minutes, self.action_level is not None, ()))


def _classify_headings(preamble: list[Block], drafts: list[_Draft], header: Header,
                       usage: Usage) -> _Headings:
    """The groups of blocks to read for follow-ups, the preamble first, and the date each
    section counts from."""
    ref = header.date
    # "## 6th November, 2017" made the title, "## 15th November, 2017" after it: a log
    # whose first meeting's heading is the title.
    top = min((d.level for d in drafts), default=0)
    title_dated = bool(header.title and ref and _meeting_date(header.title, ref) == ref)
    headings = _Headings(
        ref=ref, usage=usage,
        # "Further actions to be taken:" at the end of a section, then "Shelley" / "Becky"
        # as lines of their own over each person's tasks: a run of owner headings.
        owner_run=bool(preamble) and _ends_with_action_intro(preamble),
        top=top, title_dated=title_dated, groups=[(_Draft("", 1, preamble), False, ())])
    # A log of meetings under dated headings ("## 08-July-2024"): "by Wednesday" under one
    # is that meeting's Wednesday.
    for draft in drafts:
        headings.add(draft)
    return headings


@dataclass(slots=True)
class _Notes:
    """What is known of the notes as a whole, and what reading their sections gathers."""

    me: str | None  # who took the notes
    known: frozenset[str]  # the people the notes name
    next_meeting: date | None
    usage: Usage
    speakers: frozenset[str]
    in_log: bool  # whether the notes are a log of meetings under dated headings
    items: list[FollowUp] = field(default_factory=list)
    reports: list[DoneReport] = field(default_factory=list)
    used: set[str] = field(default_factory=set)  # the lines follow-ups were read from
    # the date of the meeting that set each item
    meetings: list[date | None] = field(default_factory=list)
    # the items of the sections of actions ("To-do summary")
    recap: set[int] = field(default_factory=set)
    # "Compost bins ordered." in a later meeting of a log
    done_notes: list[DoneNote] = field(default_factory=list)


@dataclass(slots=True)
class _Conversation:
    """What the last spoken lines asked, for the lines that answer them."""

    ref: date | None
    next_meeting: date | None
    asked: str = ""  # the last speaker's line when it opened with a verb: "Create X."
    request: tuple[str, str, date | None] | None = None  # "@ana would you mind …?"
    asker: str = ""  # who spoke the request
    thing: str = ""  # what a short question is about: "And the new banners?"

    def follow(self, block: Block, talk: tuple[str, str] | None, read: _Read) -> None:
        """Take up what a spoken line answers, and note what it asks of the lines after it."""
        said = talk[1] if talk else ""
        self._answer(said, talk, read)
        if talk:  # a reaction line ("👍 @ana") between question and answer keeps it
            self.request = _request(said, self.ref) if "?" in said else None
            self.asker = talk[0].lower().lstrip("@")
        if not talk and block.kind == "paragraph" and block.text.endswith("?"):
            said = _ASKER.sub("", block.text)  # "CHAIR: Who can …?": a role asks
        someone = _CAN_SOMEONE.match(said) if said[:1] in "CcWw" else None
        if someone:
            said = someone.group("task")  # "Can someone update the changelog?"
        if talk or block.kind == "paragraph":
            needed = _AND_THE.search(said) if said.endswith("?") else _WE_NEED.search(
                said) if " need" in said else None
            self.thing = needed.group("thing") if needed else ""
        if self.request:
            self.asked = self.request[1]  # "Carl, could you check X?" asks for X
        elif not (self.asked and _DECLINE.match(said)):
            # "Carl: I can't this week" / "Ana: ok, I'll do it myself": X is still asked.
            self.asked = said if said and is_verb(said.split()[0].lower()) else ""

    def _answer(self, said: str, talk: tuple[str, str] | None, read: _Read) -> None:
        """What a spoken commitment takes on: the order, thing or request before it."""
        ref, thing = self.ref, self.thing
        if len(read.spoken) == 1 and self.asked and _TAKE_IT.match(read.spoken[0].task):
            # "SM: Create a history page for X." / "FS: I'm going to do it.": the
            # volunteer takes on the line before.
            phrase, due = tidy_task(self.asked, ref, self.next_meeting)
            read.spoken = [replace(read.spoken[0], task=phrase,
                                   due=read.spoken[0].due or due)]
        pointer = _THEM.search(read.spoken[0].task) if len(read.spoken) == 1 and thing and len(
            read.spoken[0].task.split()) <= 8 else None
        if pointer and (pointer.group(0) == "one") == thing.startswith(("a ", "an ")):
            # "And the banners?" / "I'll order them"; "we need a test for X" / "I'll
            # write one".
            task = read.spoken[0].task
            read.spoken = [replace(read.spoken[0], task=task[:pointer.start()] + thing
                                   + task[pointer.end():])]
        request = self.request
        answer = talk[0].lower().lstrip("@") if talk and request else ""
        accept_when = _ACCEPT_WHEN.search(said) if answer and " " in said else None
        if talk and request and answer and request[0] in (answer, "") \
                and answer != self.asker and (
                _ACCEPT.match(said[:accept_when.start()] if accept_when else said)):
            accepted = find_due(accept_when.group("when"), ref) if accept_when else None
            read.spoken = [FollowUp(request[1], (talk[0],), request[2] or (
                accepted.date if accepted else None), "open")]


@dataclass(slots=True)
class _ListState:
    """What the lines read so far say of the list the next block is on: what its items
    sit under, whose they are, whether they are actions, and when they are due."""

    items: list[FollowUp]  # the follow-ups of the notes so far
    known: frozenset[str]  # the people the notes name
    next_meeting: date | None
    draft: _Draft
    ref: date | None  # the date "by Wednesday" counts from
    parents: list[_Parent] = field(default_factory=list)
    skip_list: bool = False
    list_action: bool = False
    introduced: bool = False
    after_prose: bool = False
    agenda_top: int | None = None  # indent of the items of an "Agenda:" list
    list_due: date | None = None  # "Open issues must be done before the next meeting"
    label_at: int | None = None  # indent of an "Action items from last time" list item
    label_due: date | None = None  # the date that item gives all its list
    label_owner: tuple[str, ...] = ()  # "- @mgoelzer:" over "  - Next:": whose list it is
    list_end: int = -2  # the line an "Actions:" intro or its last unmarked item is on

    def line_over_list(self, at: int, block: Block) -> bool:
        """Whether a line that is no list item says whose the list under it is, or is its
        first item."""
        self.parents = []
        blocks = self.draft.blocks
        if self.label_owner and self.label_at == -1 and block.kind == "paragraph" and at and \
                blocks[at - 1].line == block.line - 1 and at + 1 < len(
                blocks) and blocks[at + 1].kind == "bullet":
            # "Next steps for SR and AR:" / "Wait on the wireframe" / "- …": a line
            # of its own before the list is one of its items.
            phrase, due = tidy_task(block.text, self.ref, self.next_meeting)
            if len(phrase) >= 3:
                self.items.append(FollowUp(phrase, self.label_owner, due, "open"))
            return True
        self.label_at, self.label_owner = None, ()
        person = _owners_intro(block.text) if block.kind == "paragraph" and \
            block.text[-1:] == ":" else ()
        if person:
            # "Ben and Ana to:" over a list: each item is their task.
            self.label_at, self.label_owner, self.label_due = -1, person, None
            return True
        person = _person_heading(self.draft.title, self.known) \
            if block.kind == "paragraph" and _NEXT_LABEL.fullmatch(block.text) else ()
        if person:
            # "## Keyi" / "This week:" / "- Send the events to the server": what
            # that person is to do, by the end of the week.
            self.label_at, self.label_owner = -1, person
            self.label_due = _label_due(block.text, self.ref)
            self.skip_list = False  # (a "Last week:" list before it is over)
            return True
        return False

    def item_over_list(self, block: Block) -> bool:
        """Whether a list item says whose the items under it are, or that they are actions."""
        parents = self.parents
        while parents and parents[-1][0] >= block.indent:
            parents.pop()
        if self.label_at is not None and block.indent <= self.label_at:
            self.label_at, self.label_owner = None, ()
        person = (_person_item(parents[-1][2]) if parents else _person_heading(
            self.draft.title, self.known)) if _NEXT_LABEL.fullmatch(block.text) else (
            _owners_intro(block.text) if block.text[-1:] == ":" else ())
        if self.label_at is None and person:
            # A stand-up's "- @mgoelzer:" / "  - Next:" / "    - Perf review
            # summaries": what that person is to do next ("What will you do
            # today?": by the end of the meeting's day).
            self.label_at, self.label_owner = block.indent, person
            self.label_due = _label_due(block.text, self.ref)
            return True
        if self.label_at is None and (_ACTION_LABEL.match(block.text) or (
                block.text.endswith(":") and len(block.text) <= 100
                and _action_heading(block.text)
                and not _LIST_INTRO_SKIP.search(block.text)
                and not _LIST_DEADLINE.search(block.text))):
            # "- The action points before Thursday's meeting are as follows:" too.
            self.label_at = block.indent
            # "… before Thursday's meeting are as follows:": when all of it is due.
            label_when = find_due(block.text, self.ref) if _HAS_DIGIT.search(
                block.text) or _WHEN_WORD.search(block.text) else None
            self.label_due = label_when.date if label_when else None
            return True
        return False

    def run_on(self, at: int, block: Block) -> bool:
        """Whether the block is an unmarked item of a list a line just before opened; a
        paragraph that is not says what the list after it is."""
        # "Action items:" over "Alice: circulate the budget" on the very next lines, with
        # no list marks: each line is an item of the list.
        run_on = self.list_action and block.kind == "paragraph" \
            and block.line == self.list_end + 1 \
            and len(block.text) <= 160 and not block.text.endswith(":")
        self.list_end = block.line if block.kind == "paragraph" else -2
        if block.kind == "paragraph" and not run_on:
            self._note_intro(at, block)
        return run_on

    def _note_intro(self, at: int, block: Block) -> None:
        """Note what a paragraph says of the list after it."""
        blocks = self.draft.blocks
        intro = block.text.endswith(":")
        self.skip_list = intro and bool(_LIST_INTRO_SKIP.search(block.text))
        self.introduced = intro  # the list after it is what this line says it is
        self.after_prose = not intro  # the list after it goes on from this paragraph
        # "ToDo:", "Actions:", "Next steps:" introduce a list of actions; so does
        # "Action items" alone on its line, a heading written without markup.
        self.list_action = (intro and len(block.text) <= 80 and bool(
            _action_heading(block.text))) or bool(
            len(block.text) <= 30 and _ACTION_LINE.fullmatch(block.text)) or (
            # "Goals for next week (include responsibilities)" over a list: a heading
            # written as a line of its own.
            len(block.text) <= 60 and block.text[-1:] not in ".?!" and at + 1 < len(
                blocks) and blocks[at + 1].kind == "bullet"
            and _action_heading(block.text))
        self.agenda_top = -1 if intro and not self.list_action and _AGENDA_INTRO.search(
            block.text) else None

    def skipped_item(self, block: Block) -> bool:
        """Whether the block is an item of a list not read: ideas, or an agenda's topics."""
        if block.kind == "bullet" and self.skip_list:
            return True
        if block.kind == "bullet" and self.agenda_top is not None and (
                self.agenda_top < 0 or block.indent <= self.agenda_top):
            # "Agenda:" over "- Budget review (Ana)": a topic and who leads it, not a
            # task; only notes nested under an item are read.
            self.agenda_top = block.indent
            self.parents.append((block.indent, (), block.text))
            return True
        return False

    def persons_item(self, block: Block) -> bool:
        """Whether the block is an item of a person's list: theirs to do."""
        label_at = self.label_at
        if not (self.label_owner and label_at is not None and block.kind == "bullet"):
            return False
        # "  - Next:" / "    - Perf review summaries": each item of a person's list
        # of next things is theirs to do, a noun phrase as much as a verb.
        if self.parents and self.parents[-1][0] > label_at:
            return True  # a note on an item, not an item
        self.parents.append((block.indent, (), block.text))
        phrase, due = tidy_task(block.text, self.ref, self.next_meeting)
        status: Status = "done" if block.checked else "open"
        if len(phrase) >= 3 and not NO_OWNER.fullmatch(phrase):
            self.items.append(FollowUp(phrase, self.label_owner, due or self.label_due,
                                             status))
        return True

    def dated(self, block: Block, found: list[FollowUp]) -> list[FollowUp]:
        """The follow-ups, due when the list they are on says, unless they say otherwise; a
        paragraph notes when the list after it is due."""
        if block.kind == "paragraph":
            # (Without a next meeting there is nothing to be due by; every match has
            # "next" in it.)
            next_meeting = self.next_meeting
            self.list_due = next_meeting if not found and next_meeting and "next" in \
                block.text.lower() and _LIST_DEADLINE.search(block.text) else None
            week = _WEEK_LIST.match(block.text) if not found and not self.list_due and \
                "week" in block.text else None
            week_due = find_due(week.group("when"), self.ref, field=True) if week and self.ref \
                else None
            if week_due:
                self.list_due = week_due.date  # "Plan for next week:": due by the end of it
        elif self.list_due:
            list_due = self.list_due
            found = [f if f.due else replace(f, due=list_due) for f in found]
        elif self.label_due and self.label_at is not None:
            label_due = self.label_due
            found = [f if f.due else replace(f, due=label_due) for f in found]
        elif found and self.next_meeting and any(
                "next" in p[2] and _LIST_DEADLINE.search(p[2]) for p in self.parents[:-1]):
            # "- Homework for next meeting:" / "  - Ana to draft the FAQ": due then.
            next_meeting = self.next_meeting
            found = [f if f.due else replace(f, due=next_meeting) for f in found]
        return found


@dataclass(slots=True)
class _SectionReader:
    """Reads the follow-ups of one group of blocks, in order; what one block says of the
    list it opens or the item before it is kept here for the blocks after it."""

    notes: _Notes
    draft: _Draft
    is_action: bool  # whether the section is a list of actions
    owners: tuple[str, ...]  # whose tasks its heading says it lists
    ref: date | None  # the date "by Wednesday" counts from
    agenda_notes: bool  # an agenda read only for notes under its topics
    idea_notes: bool  # a list of ideas read only for owned items
    base: Context
    topic: str
    decisions: bool  # a list of decisions: only a named owner makes one a task
    carried: bool  # whether a motion was carried in the section
    todo_boxes: frozenset[int]
    first_item: int  # where this section's follow-ups start
    labels: dict[int, tuple[str, ...]]  # the lines that only name whose list is under them
    conversation: _Conversation  # what the last spoken lines asked
    lists: _ListState  # what the lines so far say of the list the next block is on
    recorded: set[str] = field(default_factory=set)
    spoken: list[FollowUp] = field(default_factory=list)
    latest: tuple[list[FollowUp], int] | None = None  # the last follow-up made
    # A listed action, its indent and what it was before the details under it.
    details: tuple[int, int, str, list[str]] | None = None
    # A follow-up whose task stops short ("Martin to look at:"), its block's indent and
    # how the next item under it joins on.
    open_end: tuple[int, list[FollowUp], int, str] | None = None
    # A listed follow-up with no owner, and its indent: a name alone under it says who.
    owner_slot: tuple[int, list[FollowUp], int] | None = None
    passive_at: int = -1  # an owner-less "X will be done" list item
    passive_above: str = ""

    def read(self) -> None:
        """Read the section's blocks in order, then what its heading says of them all."""
        for at, block in enumerate(self.draft.blocks):
            self._read_block_at(at, block)
        self._finish()

    def _read_block_at(self, at: int, block: Block) -> None:
        """Read one block: a label over a list, a remark on what is before it, or a line
        with follow-ups of its own."""
        lists = self.lists
        if at in self.labels:
            # "_Aaron_" on a line of its own over his checklist: its items are his.
            # The label holds over its list, not over a shallower item after it.
            top = self.draft.blocks[at + 1].indent - 1
            lists.parents, lists.label_at = [(top, self.labels[at], block.text)], None
            return
        if block.kind != "bullet":
            if lists.line_over_list(at, block):
                return
        elif lists.item_over_list(block):
            return
        if self._table_or_agenda_topic(block):
            return
        run_on = lists.run_on(at, block)
        if lists.skipped_item(block) or self._remark_on_earlier(block):
            return
        if block.kind == "bullet" and (self.is_action or lists.list_action
                                       or lists.label_at is not None) \
                and block.text[:1] in _DATE_FIRST:
            block = _without_date_label(block)
        line_item = block.kind == "bullet" or run_on or (self.is_action and len(block.text) < 120)
        # ("- Discussed current tasks for everyone." / "  - Justin: Search backend": the
        # items under it are the tasks.)
        in_action = self.is_action or run_on or (block.kind == "bullet" and (
            lists.list_action or lists.label_at is not None or block.arrow or (
                bool(lists.parents) and _TASKS_PARENT.search(lists.parents[-1][2]) is not None)))
        if _HISTORY.match(block.text):
            return  # "Previously: FT will push for …" recalls an earlier meeting
        if lists.persons_item(block):
            return
        self._read_line(at, block, run_on=run_on, in_action=in_action, line_item=line_item)

    def _table_or_agenda_topic(self, block: Block) -> bool:
        """Whether the block was a table, read, or an agenda's topic, not to be read."""
        if self.agenda_notes and block.kind == "table" and action_column(block.rows) is not None:
            # "## Agenda" over "Topic | Notes | Actions": the agenda kept as minutes.
            self.notes.items.extend(table_follow_ups(block.rows, self.base))
            return True
        if self.agenda_notes and (block.kind != "bullet" or not self.lists.parents) and not (
                block.kind == "bullet" and (("@" in block.text and _HANDLE_COMMITS.search(
                    block.text)) or _agenda_commitment(block.text))):
            if block.kind == "bullet":
                self.lists.parents.append((block.indent, (), block.text))
            return True  # an agenda's items are topics; only notes under them are read
        if block.kind == "table":
            self.notes.items.extend(table_follow_ups(block.rows, self.base))
            return True
        return False

    def _remark_on_earlier(self, block: Block) -> bool:
        """Whether the block only completes, dates or closes follow-ups before it."""
        items = self.notes.items
        if items and _amend_previous(block.text, items, self.ref):
            return True
        deadline = _SECTION_DEADLINE.match(block.text) if block.text[:1] in "DdTt" and \
            len(items) > self.first_item else None
        section_due = find_due(deadline.group("when"), self.ref, field=True) if deadline \
            else None
        if section_due:
            # "- Please add names to the form" … "- Deadline for completion is our next
            # meeting on October 21": when this section's tasks are due.
            items[self.first_item:] = [i if i.due else replace(i, due=section_due.date)
                                       for i in items[self.first_item:]]
            return True
        latest = self.latest
        done_by = _GET_IT_DONE.match(block.text) if latest and block.text[:1] in \
            "TtAaHhPpWwIiGg" and " to " in block.text else None
        done_due = find_due(done_by.group("when"), self.ref, field=True) if done_by else None
        if done_due:
            # "- Add the sign-up link" / "- Trying to get it done by the end of the
            # week": when the task before is due, no task of its own.
            if latest:
                where, at = latest
                where[at] = replace(where[at], due=where[at].due or done_due.date)
            return True
        parents = self.lists.parents
        if latest and (_DONE_AFTER.match(block.text) or (
                block.kind == "bullet" and parents and _DONE_UNDER.search(
                    block.text.strip(" _*"))
                and parents[-1][2].strip().rstrip(".;") in self.notes.used)):
            # "mk: will merge the PR" then "… (merged)": done during the meeting;
            # "* Adam: Photoshop some posters" / "  * Done": reported done.
            where, at = latest
            where[at] = replace(where[at], status="done")
            return True
        return False

    def _read_line(self, at: int, block: Block, *, run_on: bool, in_action: bool,
                   line_item: bool) -> None:
        """Read the follow-ups of a line that is neither a label nor a remark on another."""
        talk, ctx, read = self._read_text(block, run_on=run_on, in_action=in_action,
                                          line_item=line_item)
        parents = self.lists.parents
        found = read.found
        if not found and at:
            # "Looking for new members for the audit committee." / "Edwin and Arjan
            # volunteer.": a line of its own.
            found = volunteers(block.text.strip(), self.draft.blocks[at - 1].text, ctx)
        done_by = _DONE_BY.match(block.text) if block.kind == "bullet" and parents and \
            not found and " by " in block.text else None
        if done_by and valid_owners(done_by.group("owners")):
            # "- New pages review" / "  - Will be done by Ana and Bo by Thursday": the
            # topic above is the task, and they do it.
            phrase, due = tidy_task(parents[-1][2], self.ref, self.notes.next_meeting)
            done_when = find_due(done_by.group("when") or "", self.ref)
            found = [FollowUp(phrase, split_owners(done_by.group("owners")),
                              done_when.date if done_when else due, "open")]
        if block.kind == "bullet":
            found = self._read_list_item(at, block, found, read, ctx, in_action=in_action)
        elif not found and block.kind == "paragraph" and len(block.text) <= 160 and \
                block.text.endswith((")", ").")):
            found = _dated_step(block.text, ctx)  # a plan's step on a line of its own
        if not found and block.kind == "paragraph" and _may_order(block.text) and not (
                talk or run_on or self._not_an_order(at, block)):
            # "Remove the four slow engines from the plots." as a paragraph of its own:
            # what the meeting asks to be done.
            found = _order(Block("bullet", split_sentences(block.text)[0],
                                 line=block.line), ctx)
        found = self._kept_here(block, self.lists.dated(block, found), done_by is not None)
        self.conversation.follow(block, talk, read)
        if self.topic and (not parents or (block.kind == "bullet" and len(parents) == 1)):
            # (A list item is on its parents' list by now: only itself there is no parent.)
            found = _about_topic(found, self.topic)
            read.spoken = _about_topic(read.spoken, self.topic)
        self.spoken.extend(read.spoken)
        self.recorded |= read.recorded
        self.notes.reports.extend(read.reports)
        if not (self._names_owner_above(block, found, read) or self._details_above(block, found)
                or self._goes_on_above(block, found, read)):
            self._record(block, found, read, in_action=in_action)

    def _read_text(self, block: Block, *, run_on: bool, in_action: bool,
                   line_item: bool) -> tuple[tuple[str, str] | None, Context, _Read]:
        """Who speaks the line, the context to read it in, and what it says."""
        notes = self.notes
        speaker = _SPEAKER.match(block.text) if block.kind == "paragraph" and not run_on \
            else None
        ctx = Context(ref=self.ref, me=speaker.group(1) if speaker else notes.me,
                      action_section=in_action, owners=self.owners, checked=block.checked,
                      line_item=line_item, known=notes.known, next_meeting=notes.next_meeting,
                      usage=notes.usage)
        talk = speaker_prefix(block.text, notes.speakers) if (
            block.kind == "paragraph" and not run_on) or (
            block.kind == "bullet" and not in_action) else None
        request = self.conversation.request
        if talk is None and request and request[0] and block.kind == "paragraph":
            # "Rita: Mei, can you …?" / "Mei: yes": the one asked answers, if only once.
            talk = speaker_prefix(block.text, frozenset((request[0],)))
        read = _Read()
        if talk:
            # Scribed minutes: "mk: ok, will merge PR" is mk talking.
            # (A new Context, not dataclasses.replace: that costs several times more.)
            _read_block(talk[1], Context(
                ref=self.ref, me=talk[0], action_section=in_action, owners=self.owners,
                checked=block.checked, line_item=line_item, known=notes.known,
                next_meeting=notes.next_meeting, speaker=talk[0], usage=notes.usage), read)
        if not read.spoken and not any(item.owners for item in read.found):
            # "APP: Schedule of the next F2F" names no one else: read the line as written.
            read = self._read_as_written(block, talk, ctx, in_action=in_action)
        return talk, ctx, read

    def _read_as_written(self, block: Block, talk: tuple[str, str] | None, ctx: Context, *,
                         in_action: bool) -> _Read:
        """What the line says read as written, not as a speaker's."""
        read = _Read()
        motion = self.carried and block.kind == "paragraph" and " should " in block.text
        # "Cart should open an account." then "Unanimously approved.": the motion
        # carried, so its "should" is what the meeting resolved someone will do.
        moved = _MOTION_CARRIED.match(block.text) if block.text[:1] in "MmTtPp" else None
        if moved:
            # "Motion 2: That the committee review the fees. Carried.": resolved.
            _read_block("Resolved that " + block.text[moved.end():], ctx, read)
        else:
            _read_block(("Resolved that " if motion else "") + block.text, ctx, read)
        if talk and not in_action and talk[0].lower() in self.notes.speakers and \
                talk[1][:1].isupper() and not _SPOKEN_ACTION.match(talk[1]) and not (
                    block.kind == "bullet" and block.text[:1] == "[" and is_verb(
                        talk[1].split(maxsplit=1)[0].lower())):
            # "HS: See especially the Mastodon docs": one of the meeting's speakers
            # saying a sentence is no task of theirs ("Ines: start with the summer
            # results", written as a task, is). A bracketed tag over an order in a
            # list, "- [IG] Decide which specs to prune", gives the item to IG.
            read.found = [item for item in read.found if item.owners != (talk[0],)]
        return read

    def _read_list_item(self, at: int, block: Block, found: list[FollowUp], read: _Read,
                   ctx: Context, *, in_action: bool) -> list[FollowUp]:
        """The follow-ups of a list item, given the items it sits under and the one after."""
        items, parents = self.notes.items, self.lists.parents
        above = parents[-1][2].strip().rstrip(".;:") if parents else ""
        should = _SHOULD_WE.match(above) if not found and _CONSENT.match(
            block.text) else None
        if should and is_verb(_GO_AND.sub("", should.group("task")).split()[0].lower()):
            # "- should we edit the old posts?" / "  - general consensus: yes"
            phrase, due = tidy_task(should.group("task"), self.ref, self.notes.next_meeting)
            found = [FollowUp(phrase, (), due, "open")]
        if read.spoken and parents:
            # "- Can we ping people after?" / "  - Ana: I'll own this"
            read.spoken = _about_parent(read.spoken, block.text, parents[-1][2])
        if not found and at in self.todo_boxes and not read.spoken:
            found = box_thing(block.text, ctx)
        blocks = self.draft.blocks
        following = blocks[at + 1] if at + 1 < len(blocks) else None
        # (No notes under it; "  - _Unanimously approved._" under it is no note: the
        # meeting adopted the item.)
        leaf = not (following and following.kind == "bullet"
                    and following.indent > block.indent
                    and not _CARRIED.match(following.text.strip(" _*")))
        lists = self.lists
        found = _list_item(block, found, ctx, parents, plain=leaf and not lists.after_prose,
                           loose=leaf and not (lists.introduced or self.agenda_notes
                                               or self.idea_notes))
        if (in_action or bool(found and found[0].owners)) and len(found) >= 2 and \
                ";" not in block.text and len(
                {f.owners for f in found}) == 1 and len(
                split_sentences(block.text)) == len(found):
            # "- Schedule the July meetings. Accommodate key stakeholders. Send
            # the invites." in a list of actions: one item, one action in steps.
            found = [_one_action(found)]
        about = f"({above[:1].lower()}{above[1:]})"
        if above and items and any(f.task.endswith(about) for f in found) \
                and items[-1].task == tidy_task(above, self.ref, self.notes.next_meeting)[0]:
            items.pop()  # "Put up a sign" / "Hana: look into this": one task, Hana's
        elif items and self.passive_at == len(items) - 1 and above == self.passive_above \
                and len(found) == 1 and found[0].owners \
                and task_words(found[0].task) & task_words(items[-1].task):
            # "- The slides will be sent round." / "  - Action: Ana to send the slides":
            # the item under the passive one says who does it; one task, Ana's.
            items.pop()
        return found

    def _not_an_order(self, at: int, block: Block) -> bool:
        """Whether a paragraph that opens with a verb is no order, by what is before it."""
        blocks, title = self.draft.blocks, self.draft.title
        return (self.agenda_notes or self.idea_notes or self.lists.introduced
                or block.text.endswith(":") or bool(_GOAL_HEADING.match(title))
                # ("Purpose:" / "Establish the project's tools": the meeting's aim.)
                or bool(at and blocks[at - 1].text.rstrip(" *_").endswith(":")
                        and _GOAL_HEADING.match(blocks[at - 1].text.strip(" *_"))))

    def _kept_here(self, block: Block, found: list[FollowUp],
                   done_by: bool) -> list[FollowUp]:
        """The follow-ups that count in a section of agenda topics, ideas or decisions."""
        if self.agenda_notes:
            # "- Shared accounts?" / "  - Ingrid will set up a password manager": a note
            # under an agenda topic; only a named commitment is clear enough there.
            # ("Next steps: Omar to check …", "Greta: to attach …" under "Next steps:":
            # a commitment behind an action label, or in a list of them.)
            label_at = self.lists.label_at
            found = [f for f in found if f.owners] if _COMMITS.match(
                    after_action_label(block.text)) or done_by \
                or ("@" in block.text and _HANDLE_COMMITS.search(block.text)) or (
                    label_at is not None and block.kind == "bullet"
                    and block.indent > label_at) else []
        if self.idea_notes:
            # "## New Issue Ideas" / "- Mitch - Work on Codacy": ideas are no tasks, but
            # an item that opens with who takes it on is.
            opening = block.text.lstrip("*_ ").lstrip("@")
            found = [f for f in found if f.owners and opening.startswith(f.owners[0])]
        if self.decisions:
            # "Key decisions" / "- We will submit to the autumn workshop": what the
            # meeting chose; only a named owner makes one of them someone's task.
            found = [f for f in found if f.owners]
        return found

    def _names_owner_above(self, block: Block, found: list[FollowUp], read: _Read) -> bool:
        """Whether the block is a name alone under an owner-less item: who does it."""
        owner_slot = self.owner_slot
        if owner_slot and (block.kind != "bullet" or block.indent <= owner_slot[0]):
            self.owner_slot = owner_slot = None
        who = block.text.strip(" .*_") if owner_slot and not found and not read.spoken \
            and len(block.text) <= 40 else ""
        if owner_slot and who and OWNERS_RE.fullmatch(who) and valid_owners(who) \
                and not is_verb(who.split()[0].lower()):
            # "* Figure out the stand-up time" / "  * Nidhi": who does the task above.
            where, at = owner_slot[1], owner_slot[2]
            where[at] = replace(where[at], owners=split_owners(who))
            self.owner_slot = None
            return True
        return False

    def _details_above(self, block: Block, found: list[FollowUp]) -> bool:
        """Whether the block is one of the details of the listed action above it."""
        details = self.details
        if details and (block.kind != "bullet" or block.indent <= details[0]):
            self.details = details = None
        if details and found and block.checked is None and all(
                not f.owners and not is_verb(f.task.split(maxsplit=1)[0].lower())
                for f in found):
            # "- Get the turret parameters: Calum is on this" / "  - Zero point on the
            # chassis" / "  - Full rotation counter": what the task covers, not tasks.
            _, at, listed, parts = details
            part = block.text.strip(" .;")
            parts.append(part if part[1:2].isupper() else part[:1].lower() + part[1:])
            items = self.notes.items
            items[at] = replace(items[at], task=f"{listed} ({', '.join(parts)})")
            return True
        return False

    def _goes_on_above(self, block: Block, found: list[FollowUp], read: _Read) -> bool:
        """Whether the block says what the task above, which stops short, is about."""
        open_end = self.open_end
        if open_end and (block.kind != "bullet" or block.indent <= open_end[0]):
            self.open_end = open_end = None
        if open_end and not found and not read.spoken:
            # "- JT will contact" / "  - some pharma people" / "  - someone at Oxford":
            # the items under a task that stops short are what it is about.
            where, at = open_end[1], open_end[2]
            task, joint = where[at].task, open_end[3]
            where[at] = replace(where[at], task=f"{task}{joint}{block.text.strip(' .;')}")
            self.open_end = (*open_end[:3], "; ")
            return True
        return False

    def _record(self, block: Block, found: list[FollowUp], read: _Read, *,
                in_action: bool) -> None:
        """Add the block's follow-ups, and note what the blocks under it may add to them."""
        notes = self.notes
        items = notes.items
        if found:
            notes.used.add(block.text.strip().rstrip(".;"))
        elif notes.in_log and self.ref and len(block.text) < 100 and not read.spoken:
            done = (done_note(c, self.ref) for c in re.split(r"[,;]\s+", block.text))
            notes.done_notes.extend(n for n in done if n)
        items.extend(found)
        if block.kind == "bullet" and len(found) == 1 and not found[0].owners \
                and " be " in block.text and _PASSIVE_FUTURE.search(block.text):
            self.passive_at, self.passive_above = len(items) - 1, block.text.strip().rstrip(".;:")
        intro = block.text.rstrip(" *_").endswith(":")
        if len(found) == 1 and (intro or (" " not in found[0].task
                                          and is_verb(found[0].task.lower()))):
            joint = " "
            if intro:
                last = _LAST_PARTICLE.search(block.text)
                joint = f" {last.group(1)}: " if last and not found[0].task.endswith(
                    last.group(1)) else ": "
            self.open_end = (block.indent if block.kind == "bullet" else -1, items,
                             len(items) - 1, joint)
        if block.kind == "bullet" and len(found) == 1 and not found[0].owners:
            self.owner_slot = (block.indent, items, len(items) - 1)
        if block.kind == "bullet" and len(found) == 1 and in_action and not intro:
            self.details = (block.indent, len(items) - 1, found[0].task, [])
        self.latest = (items, len(items) - 1) if found else (
            (self.spoken, len(self.spoken) - 1) if read.spoken else self.latest)

    def _finish(self) -> None:
        """Add the spoken commitments no scribe recorded, and what the heading says of all."""
        notes, title = self.notes, self.draft.title
        items = notes.items
        # Scribes record actions explicitly; "X: I'll …" then is only the discussion of one.
        items.extend(i for i in self.spoken if not {o.lower() for o in i.owners} & self.recorded)
        heading_due = find_due(title, self.ref, field=True) if self.is_action and \
            _DEADLINE_HEADING.search(title) else None
        if heading_due:
            # "### Immediate (by Friday's meeting)" over a list of actions: each is due then,
            # unless it says otherwise.
            start = len(notes.meetings)
            items[start:] = [i if i.due else replace(i, due=heading_due.date)
                             for i in items[start:]]
        if _DONE_HEADING.fullmatch(title):
            # "#### Completed" over "[KS] Suggest two dissertations": reported done.
            start = len(notes.meetings)
            items[start:] = [replace(i, status="done") for i in items[start:]]
        del notes.meetings[len(items):]  # a group may take back an item of the one before
        notes.meetings.extend([self.ref] * (len(items) - len(notes.meetings)))
        if self.is_action:
            notes.recap.update(range(self.first_item, len(items)))


def _section_reader(notes: _Notes, group: _Group, ref: date | None) -> _SectionReader:
    """A reader of the follow-ups of one group of blocks."""
    draft, is_action, owners = group
    agenda_notes = owners is _AGENDA_NOTES
    idea_notes = owners is _IDEA_NOTES
    owners = () if agenda_notes or idea_notes else owners
    base = Context(ref=ref, me=notes.me, action_section=is_action, owners=owners,
                   known=notes.known, next_meeting=notes.next_meeting)
    # (Made directly: dataclasses.replace costs several times a constructor call.)
    labels = _owner_lines(draft.blocks, Context(
        ref=ref, me=notes.me, action_section=is_action, owners=owners, known=notes.known,
        next_meeting=notes.next_meeting, usage=notes.usage))
    return _SectionReader(
        notes=notes, draft=draft, is_action=is_action, owners=owners, ref=ref,
        agenda_notes=agenda_notes, idea_notes=idea_notes, base=base,
        topic=_topic_of(draft.title),
        decisions=bool(_DECISIONS_TITLE.match(draft.title)) and not is_action,
        carried=any(b.kind == "paragraph" and _CARRIED.match(b.text) for b in draft.blocks),
        todo_boxes=_todo_boxes(draft.blocks), first_item=len(notes.items), labels=labels,
        conversation=_Conversation(ref=ref, next_meeting=notes.next_meeting),
        lists=_ListState(notes.items, notes.known, notes.next_meeting, draft, ref))


def _follow_ups(preamble: list[Block], drafts: list[_Draft],
                header: Header) -> tuple[list[FollowUp], set[str]]:
    """The notes' follow-ups, and the lines they were read from."""
    every = [b for blocks in [preamble, *(d.blocks for d in drafts)] for b in blocks]
    speakers = find_speakers([b.text for b in every if b.kind in ("paragraph", "bullet")])
    usage = Usage("\n".join(b.text for b in every), header.known | speakers)
    headings = _classify_headings(preamble, drafts, header, usage)
    notes = _Notes(me=header.note_taker, known=header.known, next_meeting=header.next_meeting,
                   usage=usage, speakers=speakers, in_log=headings.log_level is not None)
    for group in headings.groups:
        _section_reader(notes, group, headings.refs.get(id(group[0]), header.date)).read()
    return _merged(notes), notes.used


def _merged(notes: _Notes) -> list[FollowUp]:
    """The follow-ups of all sections, with what later meetings report done, merged."""
    items, me = notes.items, notes.me
    if notes.done_notes:
        items = apply_done_notes(items, notes.meetings, notes.done_notes)
    kept = [(item, at in notes.recap) for at, item in enumerate(items)
            if not standing_arrangement(item)]
    items = [_plausible_owners(item, notes.usage) for item, _ in kept]
    if me and any(o.lower() in _FIRST_PERSON for item in items for o in item.owners):
        # "Me - book the venue" in a recap Lotte signs: Lotte books it.
        items = [replace(item, owners=tuple(dict.fromkeys(
            me if o.lower() in _FIRST_PERSON else o for o in item.owners))) for item in items]
    return merge_follow_ups(items, notes.reports, [in_recap for _, in_recap in kept])


_FIRST_PERSON = frozenset({"me", "myself", "i"})


def _request(said: str, ref: date | None) -> tuple[str, str, date | None] | None:
    """Whom a speaker asks to do what ("@ana would you mind opening an issue?")."""
    match = _REQUEST.search(said)
    if match is None:
        return None
    verb = base_of_ing(match.group("ing")) if match.group("ing") else match.group("verb")
    if not verb or not is_verb(verb):
        return None
    phrase, due = tidy_task(f"{verb} {match.group('rest')}", ref)
    return (match.group("who") or "").lower(), phrase, due


def _own_task_list(draft: _Draft, usage: Usage) -> bool:
    """ "## Priya" over "- Finish the board deck" / "- Ask finance for …": a person the notes
    name elsewhere, over a list whose every item opens with a verb, is that person's list."""
    bullets = [b for b in draft.blocks if b.kind == "bullet"]
    if not bullets or len(bullets) < len(draft.blocks) or len(draft.title) > 40:
        return False
    top = min(b.indent for b in bullets)
    heads = [b.text.split()[0].lower() for b in bullets if b.indent == top and b.text.split()]
    # (An empty "- [ ]" opens no task.) A stand-up's "### Brady" / "- Reviewing PRs" / "- Will
    # start dockerizing" is a plan in the progressive or the future: most items say so.
    doing = sum(is_verb(w) or w == "will" or bool(w.endswith("ing") and base_of_ing(w))
                for w in heads)
    if not heads or not (all(is_verb(w) for w in heads) or (
            len(heads) >= 3 and doing * 3 >= len(heads) * 2)):
        return False
    names = [o.split()[0] for o in split_owners(draft.title)]
    return all(usage.as_name(name) and not is_verb(name.lower()) for name in names)


def _todo_boxes(blocks: list[Block]) -> frozenset[int]:
    """The checkboxes without a verb in lists of tasks: in a run of sibling checkboxes
    where at least half open with a verb ("- [ ] Standardise the spring convention",
    "- [ ] Natural and incremental strain", "- [ ] Allow spring changes …"), the others
    are tasks too; a run of noun phrases alone ("Suggested papers: - [ ] Trait-based
    models …") is a list of topics."""
    out: set[int] = set()
    run: list[int] = []
    if all(block.checked is None for block in blocks):
        return frozenset()
    for at in range(len(blocks) + 1):
        block = blocks[at] if at < len(blocks) else None
        if block is not None and block.kind == "bullet" and block.checked is not None and (
                not run or block.indent == blocks[run[0]].indent):
            run.append(at)
            continue
        if block is not None and block.kind == "bullet" and run and \
                block.indent > blocks[run[0]].indent:
            continue  # a note under a box
        # (A box with an owner's label is a task whatever follows the label: "Ray:
        # Groceries for the scanning session".)
        nouns = [i for i in run if not _verb_first(_LABEL_START.sub("", blocks[i].text, 1))]
        tasks = [i for i in run if _verb_first(blocks[i].text)]
        if len(run) >= 2 and nouns and len(tasks) * 2 >= len(run):
            out.update(nouns)
        run = [at] if block is not None and block.kind == "bullet" and \
            block.checked is not None else []
    return frozenset(out)


def _noun_phrase(text: str) -> bool:
    """Whether a list item is a noun phrase that no other rule reads ("Website redesign",
    "Retrieving real data from the database"): not opening with a verb, a name or a group,
    with no owner in brackets, no "to" and a verb, no "Meeting closed at 5pm"."""
    words_ = text.split()
    if len(words_) < 2 or "(" in text or GROUPS_RE.fullmatch(words_[0]) or (
            len(words_[0]) >= 2 and words_[0].isupper()):
        return False  # ("Everyone sign up …", "ACTION everyone …": read by other rules)
    first = words_[0].lower()
    if first in _QUANTIFIERS:
        return False  # "Next steps: more funds": a wish, not a piece of work
    if first.endswith("ing") and base_of_ing(first, any_verb):
        first = ""  # "Retrieving …": what to do, in the progressive
    return not (first and any_verb(first)) and not words_[1].lower().endswith("ed") and not \
        _TO_VERB.search(text)


_QUANTIFIERS = words("more less fewer some any many much few enough extra better")
_TO_VERB = lazy_regex(r"\bto\s+[a-z]+")


def _verb_first(text: str) -> bool:
    """Whether a list item opens with a verb, or with an owner and "to"/"will", a colon or a
    verb ("Zach sets up …")."""
    first = text.split(maxsplit=1)[0].lower().strip("*_~") if text.strip() else ""
    if any_verb(first):
        return True
    owned = _OWNED_LINE.match(text)
    verb = owned.group("verb") if owned else None
    return owned is not None and (verb is None or is_verb(verb[:-1]) or (
        verb.endswith("es") and is_verb(verb[:-2])))


_LABEL_START = lazy_regex(r"^[\w@'’. -]{1,30}:\s+")
_OWNED_LINE = lazy_regex(rf"^[\W_]*{OWNERS}(?:\s*:|\s+(?:to|will|shall|'ll)\s|"
                         r"\s+(?P<verb>[a-z]+s)\s)")


def _ends_with_action_intro(blocks: list[Block]) -> bool:
    """Whether a section ends with a line introducing actions ("Actions to be taken:")."""
    for at in range(len(blocks) - 1, max(-1, len(blocks) - 4), -1):
        block = blocks[at]
        if block.kind == "paragraph" and block.text.endswith(":") and len(block.text) <= 80 \
                and _action_heading(block.text):
            return True  # the lines after it are its first items ("All: speak to …")
        if len(block.text) > 200:
            return False
    return False


_ADVERB_FIRST = lazy_regex(r"^[A-Z][a-z]+ly\s+(?=[A-Z])")


def _adverb_gone(match: re.Match[str]) -> str:
    """An adverb before a name gone ("Additionally Nate"); a name kept ("Kelly Taylor")."""
    word = match.group().strip()
    return "" if dictionary_word(word) or word.lower() in _ORDINAL_ADVERBS else match.group()


_ORDINAL_ADVERBS = frozenset({"firstly", "secondly", "thirdly", "lastly"})


def _plausible_owners(item: FollowUp, usage: Usage) -> FollowUp:
    """The owners without words no rule should have taken for a name: an ordinary word
    the notes capitalised at a line's start ("Remember to archive …", "Seems to us …",
    "Continue to migrate …") or an adverb before the name ("Additionally Nate will …")."""
    if not item.owners:
        return item
    owners = tuple(_ADVERB_FIRST.sub(_adverb_gone, o) for o in item.owners)
    # "Using the old moderation team to bootstrap", "trying to …": a doing, not a doer.
    owners = tuple(o for o in owners if not verb_not_name(o, usage) and not (
        _doing(o) and not usage.as_name(o.split()[0])) and not _plural_thing(o, usage))
    return item if owners == item.owners else FollowUp(item.task, owners, item.due, item.status)


def _plural_thing(owner: str, usage: Usage) -> bool:
    """Whether a one-word owner is a plural noun the notes also write in lower case:
    "Action: Annotations will go into the ontology" (… "classes could include annotations")
    names things, not people (but "James", "Charles")."""
    return owner[-1:] == "s" and owner[-2:] != "ss" and len(owner) >= 4 and " " not in owner \
        and not GROUPS_RE.match(owner) and usage.in_lower_case(owner) and \
        not usage.as_name(owner)


def _doing(owner: str) -> bool:
    """Whether an owner opens with a task verb's "-ing" form: "Using Azure Pipelines"."""
    first = owner.split()[0].lower()
    return first.endswith("ing") and len(first) >= 5 and bool(base_of_ing(first, any_verb))


_PASSIVE_FUTURE = lazy_regex(r"\b(?:will|shall|is to|are to|to)\s+be\s+[a-z]+", re.I)
# A line over a list that says when all of it is due: "to be completed before the next meeting",
# "Homework for next meeting:".
_WEEK_LIST = lazy_regex(r"^[\W_]*(?:plans?|tasks?|actions?|action items?|to-?dos?|homework|goals?)"
                        r"\s+for\s+(?P<when>(?:next|this)\s+week)[\W_]*$", re.I)
_LIST_DEADLINE = lazy_regex(r"^[\W_]*[^.?!]{0,60}\b(?:by|before|prior to|ahead of|(?:homework|"
                            r"tasks?|actions?|action items?|to-?dos?)\s+for)\s+(?:the\s+)?"
                            r"next\s+(?:meeting|call|session)[\W_]*$", re.I)
# "Maybe we can ping people after the meeting?" proposes a task someone may take on.
_PROPOSAL = lazy_regex(r"^(?:[\w ]{1,30}:\s*)?(?:maybe\s+)?(?:we|someone|somebody|anyone)\s+"
                       r"(?:can|could|should)\s+[a-z]", re.I)
_SHOULD_WE = lazy_regex(r"^(?:[\w .'-]{1,30}:\s*)?(?:should|shall)\s+we\s+"
                        r"(?P<task>[a-z][^?]{3,200})\?$", re.I)
_GO_AND = lazy_regex(r"^go\s+(?:back|ahead)\s+and\s+", re.I)
_CONSENT = lazy_regex(r"^(?:(?:general\s+)?(?:consensus|agreement|agreed|decision)\s*:\s*)?"
                      r"(?:yes|agreed|consensus)\b\W*$", re.I)
# "Can someone update the changelog?", "Who can cover the Saturday shift?"
_CAN_SOMEONE = lazy_regex(r"^(?:(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|"
                          r"one of us)|who\s+(?:can|could|will|would|wants\s+to))\s+"
                          r"(?:please\s+)?(?P<task>[a-z][^?]*)\?*$", re.I)
# "And the new banners?" / "Dev: I'll order them": what "them" is.
_AND_THE = lazy_regex(r"(?:^|[.!]\s+)(?:and|what about|how about)\s+(?P<thing>(?:the|our)\s+"
                      r"[\w' -]{2,40})\?$", re.I)
_ASKER = lazy_regex(r"^[A-Za-z][\w.'-]{0,24}(?: [A-Z][\w'-]+)?\s*:\s+")
_THEM = lazy_regex(r"\b(?:them|it|one)\b")
_WE_NEED = lazy_regex(r"\b(?:we|someone)\s+(?:still\s+)?needs?\s+(?P<thing>an?\s+[\w' -]{2,60}?)"
                      r"[.!]?$", re.I)
_TAKE_IT = lazy_regex(r"^(?:do|take(?:\s+care\s+of)?|handle|take\s+on)\s+(?:it|this|that)"
                      r"(?:\s+(?:myself|then|instead))*$", re.I)
_DECLINE = lazy_regex(r"^(?:(?:sorry|no|unfortunately)\b[,.!]?\s*)*(?:i\s+(?:can['’]?t|cannot|"
                      r"won['’]t)|not\s+(?:me|this\s+\w+)|no\b)", re.I)
# "look into this", "do this": the demonstrative is the whole object ("this app" is not).
_POINTER = lazy_regex(r"\b(?:this|that)(?=\s*(?:$|[.;,(]|by\b|before\b|until\b|next\b))", re.I)
# A chat transcript: "@ana would you mind opening an issue for that?" / "ana: will do 👍".
# "and Mei, can you …?" goes on from an earlier request; "can you …?" asks whoever answers.
_REQUEST = lazy_regex(r"(?:^|[.!?]\s+)(?:(?:and|also|so|then|ok(?:ay)?)\b,?\s+)?"
                      r"(?:@?(?P<who>[\w.-]+),?\s+)?(?:would\s+you\s+mind\s+"
                      r"(?P<ing>[a-z]+ing)|(?:can|could|will|would)\s+you(?:\s+please)?\s+"
                      r"(?P<verb>[a-z]+))\s+(?P<rest>[^?]{3,200})\?")
_ACCEPT = lazy_regex(r"^(?:(?:ok(?:ay)?|sure|yes|yep|will\s+do|on\s+it|can\s+do|happy\s+to|"
                     r"(?:i\s*['’]ll|i\s+will|i\s+can)\s+do\s+(?:it|that))\b[\s,.!]*|"
                     r"[\U0001F44D\U0001F3FB-\U0001F3FF\u2705\uFE0F]\s*)+$", re.I)
# "yes, will do by Monday": the answer may set the date.
_ACCEPT_WHEN = lazy_regex(r"[\s,]+(?P<when>(?:by|before|on)\s+[\w ]{2,25}?)[\s.!]*$", re.I)
_OR_OWNER = lazy_regex(r"\s*\((?:or|and|with)\s+(?P<who>[A-Z][\w'-]+)\)\s*[.;]?$", re.I)


def _about_parent(found: list[FollowUp], text: str, parent: str) -> list[FollowUp]:
    """ "Alton: look into this (or Alis)" under "Tag students who forget to log parts":
    the task points at its parent item, and a second person may take it."""
    if len(found) != 1:
        return found
    item = found[0]
    task, owners = item.task, item.owners
    other = _OR_OWNER.search(task) if owners and task.endswith(")") else None
    if other and valid_owners(other.group("who")):
        task, owners = task[:other.start()], (*owners, other.group("who"))
    lead = _LEAD_CLAUSE.match(text) if " - " in text and _POINTER.search(task) else None
    if lead and is_verb(lead.group("lead").split()[0].lower()):
        # "Maybe add a map to the dashboard - Ben will work on this": "this" is the clause
        # before the dash, not the item above.
        phrase = tidy_task(lead.group("lead"), None)[0]
        return [FollowUp(phrase, owners, item.due, item.status)]
    bare = (" " not in task and is_verb(task.lower())) or (  # "Alex will organise" under it
        len(task.split()) <= 3 and task.rsplit(maxsplit=1)[-1].lower() in _GENERIC_OBJECTS)
    # ("KodrAus to write reply", "Ana to take a look": a reply or a look at the item above.)
    # "Heather will follow up with." under "Plan for the next hackathon": cut off, so about it.
    dangling = task[-5:].lower().endswith((" with", " on", " about"))
    if parent and len(task.split()) <= 8 and (bare or dangling or _POINTER.search(task)) and len(
            parent) <= 160 and (_PROPOSAL.match(parent) or not parent.rstrip().endswith("?")):
        about = LINK_TARGET.sub("", parent).strip().rstrip(".;:")  # "[#39186] Document …"
        if about.endswith("?"):
            about = re.sub(r"^[\w ]{1,30}:\s*", "", about)  # "Jack: Maybe we can …?"
        task = f"{task} ({about[:1].lower()}{about[1:]})"
    if (task, owners) == (item.task, item.owners):
        return found
    return [FollowUp(task, owners, item.due, item.status)]


_GENERIC_OBJECTS = frozenset(("reply", "response", "look", "review", "feedback", "decision"))
_LEAD_CLAUSE = lazy_regex(r"^(?:(?:perhaps|maybe|possibly|ideally)\s+)?"
                          r"(?P<lead>[A-Za-z](?:[^.;]|\.(?=\S)){5,200}?)\s+-\s+[^-]+$", re.I)
_GENERIC_TITLE = lazy_regex(r"(?:(?:meeting|call|session)\s+)?(?:general|other|misc\w*|notes|"
                            r"minutes|discussions?|updates?|open floor|business|items?|topics?|"
                            r"reports?|questions|q&a)\W*", re.I)
_TRAILING_ASIDE = lazy_regex(r"\s*\([^()]*\)\s*$")
_POINTER_OBJECT = lazy_regex(r"^[A-Za-z]+(?:\s+(?:into|at|on|up|over|through|about))?\s+"
                             r"(?:this|it|them)\b(?!\s+(?:is|was|will|would|should|can)\b)", re.I)


def _topic_of(title: str) -> str:
    """What a section heading names, when it names one thing ("Intl.Locale (Stage 3)")."""
    topic = _TRAILING_ASIDE.sub("", title).strip(" :")
    if not topic or len(topic.split()) > 8 or _GENERIC_TITLE.fullmatch(topic) or \
            _ACTION_HEADING.search(topic) or _CLOSING_HEADING.search(topic) or \
            _SKIP_HEADING.search(topic):
        return ""
    return topic


def _about_topic(found: list[FollowUp], topic: str) -> list[FollowUp]:
    """ "SC: I'll put this on the TC39 agenda" under "### Intl.Locale": "this" is the
    heading's topic, and two such tasks under two headings are two tasks. So is the object
    a bare verb leaves out: "kelly to update" under "## Reservation calendar"."""
    return [FollowUp(f"{f.task} ({topic})", f.owners, f.due, f.status) if (
        len(f.task.split()) <= 10 and _POINTER_OBJECT.match(f.task)
        and not f.task.endswith(")")) or (" " not in f.task and is_verb(f.task.lower()))
        else f for f in found]


_ASIDE_PASSIVE = lazy_regex(r"^(?:will|is to|are to|to)\s+be\s+(?!(?:discussed|considered|"
                            r"revisited|decided|continued|covered)\b)[a-z]+(?:ed|en|t|wn|de)\b")
_ASIDE = lazy_regex(r"^(?P<topic>[^()]{3,120}?)\s*\((?P<aside>[^()]{5,200})\)$")
# "(Dave to lead this effort)", "(Miranda will do this)": who does the work the topic names.
_LEAD_IT = lazy_regex(r"^(?:do|lead|own|drive|coordinate|champion|run|handle|take\s+on|"
                      r"take\s+care\s+of|take|look\s+after)\s+(?:it|this|that|"
                      r"(?:this|the)\s+(?:effort|work|one|task|item))$", re.I)


def _aside_items(text: str, ctx: Context) -> list[FollowUp]:
    """ "Web site cleanup (akm and tommy to work off the spreadsheet)", "Data structures
    (tommy in flight, akm to review)": a topic, and in brackets who does what about it."""
    aside = _ASIDE.match(LINK_TARGET.sub("", text) if "(http" in text else text)
    if not aside:
        return []
    topic = aside.group("topic").strip(" :-–—")
    if _ASIDE_PASSIVE.match(aside.group("aside")):
        # "KPI draft (will be made public in the coming weeks)": the topic is the subject.
        return sentence_follow_ups(f"{topic} {aside.group('aside')}", replace(ctx, line_item=True))
    found = []
    # "Feb 19 (Walid will propose his ideas)" in a meeting schedule: the task, due that day.
    dates = find_dates(topic) if topic[:1] in _DATE_FIRST else []
    on = find_due(topic, ctx.ref, field=True) if len(dates) == 1 and not dates[0].start \
        and dates[0].end == len(topic) else None
    for part in aside.group("aside").split(", "):
        first = part.split(maxsplit=1)[0] if part.strip() else ""
        if first.islower() and ctx.usage and ctx.usage.as_name(first) and not any_verb(first):
            part = part[:1].upper() + part[1:]  # "(ashley to start)": Ashley, as written elsewhere
        for item in sentence_follow_ups(part, replace(ctx, line_item=True)):
            if on:
                found.append(replace(item, due=item.due or on.date))
                continue
            if not item.owners:
                continue
            if _LEAD_IT.match(item.task) or (len(item.task.split()) == 1 and is_verb(
                    topic.split(maxsplit=1)[0].lower())):
                # "OR-WG Website (Miranda will do this)": the topic is the work.
                task = topic[:1].upper() + topic[1:]
            elif len(item.task.split()) == 1:
                task = f"{item.task} {topic[:1].lower()}{topic[1:]}"  # "akm to review"
            else:
                task = f"{topic}: {item.task[:1].lower()}{item.task[1:]}"
            found.append(FollowUp(task, item.owners, item.due, item.status))
    return found


# Verbs that as often name a topic ("Update on the lease", "Review of the year", "Plan for
# May"): they, and the rarer verbs of MORE_VERBS, start a task only when an object follows
# ("Update the lease", "Plan a visit", "Replace the lock").
_NOUN_LIKE = words("""update review report plan test support release issue record list track
draft design order post request call file map label tag fund set start return lead host document
research reply meet help turn email e-mail estimate present progress budget cost quote survey poll
monitor transfer cover welcome feed ship train source discuss consult visit tour open brief
share""")
_WHEN_WORDS = words("after before during every until since weekly monthly daily")
_OBJECT_START = words("""the a an this that these those our their his her its some all more any
it them him up out back something""")
# The meeting's own aims, not work after it: "Goals / Agree the scope of release 5.0".
_GOAL_HEADING = lazy_regex(r"^\W*(?:(?:meeting|session|call)(?:'s)?\s+)?(?:goals?|objectives?|"
                           r"purposes?|aims?|agenda|background|context)\b", re.I)
# Not what a meeting decided to do: a question, a hedge, an issue's title ("Renew the
# hosting contract #41"), praise ("Keep up the good work").
_NOT_LOOSE = lazy_regex(r"\?|\b(?:maybe|perhaps|possibly|might|could)\b|(?:^|\s)#\d|"
                        r"\b(?:good|great|excellent|nice)\s+(?:work|job)\b", re.I)
_HOW_TO = lazy_regex(r"[*_]*(?:how\s+(?:to|do\s+(?:i|you|we))|steps\s+to|instructions\b|"
                     r"what\s+are\s+the\s+(?:requirements|steps)|requirements\b)", re.I)
_ABOUT_RULES = lazy_regex(r"\b(?:rules|contract|code of conduct|ground rules|norms|guidelines|"
                          r"principles|expectations|etiquette)\b", re.I)
_ABOUT_IDEAS = lazy_regex(r"\b(?:ideas?|suggest\w*|options?|possible|brainstorm\w*|wish\w*|"
                          r"thoughts?)\b", re.I)
# A stand-up's own lists: "Done", "Next", "Blocked" hold one person's plans and reports.
_STANDUP_LABEL = lazy_regex(r"(?:done|next|blocked|blockers|doing|today|yesterday|this week|"
                            r"last week|wins|plans?|completed|in progress)\W*", re.I)
_PLEASE_START = lazy_regex(r"^(?:please|pls|plz)\s+", re.I)


_NO_OBJECT = lazy_regex(r"^[A-Za-z]+(?:/[A-Za-z]+)*\s+(?:as|if|when|so|asap|soon|please)\b", re.I)
_LINK_MARKUP = lazy_regex(r"\[([^\]]*)\]\([^)]*\)")


# "Fix for the login bug merged", "Talk by Ana was great", "Start date is June": the word
# after shows the first is a noun ("Ask for volunteers", "Apply for the grant" are tasks).
_NOUN_NEXT = words("""of from by is was are were has had went looks seems date time status
rate size quality results day list sheet line up-to-date""")
_FOR_VERBS = words("ask look apply pay prepare register search arrange call account vote wait")


def _noun_use(verb: str, after: str) -> bool:
    return after in _NOUN_NEXT or (after == "for" and verb not in _FOR_VERBS)


def _plain_imperative(verb: str, after: str) -> bool:
    """Whether a line opening "<verb> <after> …" gives an order: a common task verb that
    seldom names a topic, not used as a noun ("Fix for the bug merged")."""
    return verb in IMPERATIVES and verb not in _NOUN_LIKE and not _noun_use(verb, after)


_NAME_THEN_VERB = lazy_regex(r"^(?P<name>[A-Z][\w'-]+)\s+(?P<verb>[a-z]+)\s+(?P<after>[\w'-]+)")


def _name_then_verb(text: str, ctx: Context) -> list[FollowUp]:
    """ "Alis organise the room for the staff meeting": telegraphic notes put a task's verb
    straight after the one person named to do it (a verb without "-s", so not a report)."""
    match = _NAME_THEN_VERB.match(text)
    if not match or not named_person(match.group("name"), ctx):
        return []
    verb, after = match.group("verb"), match.group("after").lower()
    if verb not in IMPERATIVES or _noun_use(verb, after) or (
            verb in _NOUN_LIKE and after not in _OBJECT_START):
        return []
    rest = text[match.start("verb"):]
    first = split_sentences(rest)[0]
    phrase, due = tidy_task(first, ctx.ref, ctx.next_meeting)
    if due is None and first != rest:
        due = tidy_task(rest, ctx.ref, ctx.next_meeting)[1]  # "… Have it done by Friday."
    phrase = phrase[:1].upper() + phrase[1:]
    if len(phrase.split()) < 3:
        return []
    return [FollowUp(phrase, (match.group("name"),), due, "done" if ctx.checked else "open")]


_DATED_STEP = lazy_regex(r"^(?P<verb>[A-Za-z]{2,})\s+(?P<after>[\w'-]+)(?P<rest>[^()]*?)\s*"
                         r"\((?P<when>[^()]{3,30})\)(?:\s*\([^()]*\))?\s*[.;]?$")


def _dated_step(text: str, ctx: Context) -> list[FollowUp]:
    """ "Finish the draft (end of July)", "Reviewing the options (by 5 August)": a step of
    a plan, opening with a task verb (or its "-ing" form), its deadline alone in brackets."""
    match = _DATED_STEP.match(text)
    if not match:
        return []
    verb, after = match.group("verb").lower(), match.group("after").lower()
    base = base_of_ing(verb) if verb.endswith("ing") else verb
    if not base or not is_verb(base) or (base == verb and (_noun_use(verb, after) or (
            verb in _NOUN_LIKE and after not in _OBJECT_START))):
        return []  # "Review of the year (May)", "Update on the lease (May)" name a topic
    when = match.group("when").strip()
    due = find_due(when, ctx.ref, field=True)
    if due is None or due.start > 0 or due.end < len(when.rstrip(" .")):
        return []  # "(Ana)", "(see the notes)": not a deadline
    phrase, _ = tidy_task(f"{base}{text[len(verb):match.start('when') - 1]}", ctx.ref)
    if not 2 <= len(phrase.split()) <= 12:
        return []  # a plan's steps are short; a longer line is prose that ends in a date
    return [FollowUp(phrase, ctx.owners, due.date, "done" if ctx.checked else "open")]


_PARTICLES = words("for out up into on with about in over through back down off")
# "Start uploading your metadata to the server": an order to begin something.
_STARTS_DOING = lazy_regex(r"(?i:start|begin|keep|continue)\s+[a-z]{3,}ing\s+\S")


def _may_order(text: str) -> bool:
    """A cheap first test of `_order`: a task verb, then what it acts on."""
    opening = text.split(maxsplit=2)
    return len(opening) == 3 and is_verb(opening[0].lower()) and (
        opening[1].lower() in _OBJECT_START or opening[1].lower() in _PARTICLES
        or opening[1][-3:] == "ing")


_LOOSE_NOT = words("reserve forward keep continue stay remain note")


def _order(block: Block, ctx: Context) -> list[FollowUp]:
    """A list item or a paragraph of a meeting's notes that gives an order, under no topic:
    what the meeting decided to do ("Schedule something bigger for March"), when the verb
    acts on something ("Reserve fund at £3,100", a noun after the verb, is a figure) and
    the line is no question, hedge, issue title or praise."""
    opening = block.text.split(maxsplit=2)
    # ("Look for Brazilian churches", "Reach out to the library": a phrasal verb; not
    # "Reserve fund at £3,100", a noun after the verb.)
    if len(opening) < 3 or not (opening[1].lower() in _OBJECT_START or (
            opening[0].lower() not in _LOOSE_NOT and _plain_imperative(
                opening[0].lower(), opening[1].lower())) or (
            opening[1].lower() in _PARTICLES and _plain_imperative(
                opening[0].lower(), opening[1].lower())) or _STARTS_DOING.match(
            block.text)) or _NOT_LOOSE.search(block.text):
        return []
    return _step_under_topic(block, ctx, "")


def _step_under_topic(block: Block, ctx: Context, parent: str) -> list[FollowUp]:
    """ "- Slack moderators" / "  - Ask the members who would like to help": a line of
    discussion notes under a topic that opens with a bare imperative records what is to be
    done about it (the topic itself, "Create a fund proposal #756", is only its title)."""
    text = _PLEASE_START.sub("", block.text.strip())
    words_ = text.replace("/", " / ", 1).split(maxsplit=2)
    parent = parent.rstrip()
    if len(words_) < 2 or text.endswith(("?", "!")) or parent.endswith("?") or (
            _ABOUT_IDEAS.search(parent)) or not words_[0][:1].isalpha() or (
            parent.endswith(":") and len(parent.split()) <= 4) or _STANDUP_LABEL.fullmatch(
            parent) or named_person(parent.strip(" :"), ctx) or TITLE_LABEL.match(text):
        # Under a question or a label ("Ideas:", "Done:", "Next:", a person's name) the lines
        # are answers, options or someone's own points, not what the meeting decided to do;
        # "Compile Commands Problem: …" opens with a title, not an imperative.
        return []
    verb, after = words_[0].lower(), words_[1].lower().strip(",.;:()")
    if after in _WHEN_WORDS:
        return []  # "Run after the lecture" says when something happens, not what to do
    plain = _plain_imperative(verb, after)
    if not is_verb(verb) or not (plain or after in _OBJECT_START or (
            after == "/" and words_[2:3] and words_[2][:1].isalpha())  # "review/comment on …"
            or _STARTS_DOING.match(text)):
        return []
    if ". " in text:
        # "2) talk to Talisha about your travel. Detailed info is in the doc": the order is
        # the first sentence; what follows only tells more.
        text = split_sentences(text)[0]
    phrase, due = tidy_task(text[:1].upper() + text[1:], ctx.ref, ctx.next_meeting)
    if _NO_OBJECT.match(text) and len(parent) <= 160:
        # "Please review/comment as we need more votes" under the item it is about.
        about = LINK_TARGET.sub("", _LINK_MARKUP.sub(GROUP_1, parent)).strip(" .;:")
        phrase = f"{phrase} ({about[:1].lower()}{about[1:]})"
    if len(phrase.split()) < 3:
        return []
    return [FollowUp(phrase, ctx.owners, due, "done" if ctx.checked else "open")]


# A motion's outcome on a line of its own: "Unanimously approved.", "Carried".
_MOTION_CARRIED = lazy_regex(r"^(?:(?:motion|proposal)\s*\d*\s*[:.–-]\s*)?that\s+(?=[^.]+\.\s+"
                             r"(?:the\s+motion\s+(?:was\s+)?)?(?:unanimously\s+)?(?:carried|"
                             r"passed|approved|adopted)\b)", re.I)
_CARRIED = lazy_regex(r"^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:unanimously\s+|duly\s+)?"
                      r"(?:approved|carried|passed|adopted)\b", re.I)
_DONE_BY = lazy_regex(rf"^(?i:will|to|is to|are to)\s+be\s+(?:done|handled|covered|taken care of|"
                      rf"picked up|led|owned)\s+by\s+{OWNERS}(?P<when>\s+(?:by|before|on)\s+.+)?"
                      r"\s*[.;]?$")
_HAS_DIGIT = lazy_regex(r"\d")
_WHEN_WORD = lazy_regex(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bweek|\bmonth", re.I)


def _meeting_day(title: str, before: date) -> date | None:
    """A log's heading that gives a day and a month but no year ("7th December"): the first
    such day after the meeting `before` it, if the heading is little more than that."""
    match = next((m for m in find_dates(title) if m.kind in ("dmy", "mdy") and not m.has_year),
                 None)
    if match is None or len(re.sub(r"[\W\d_]+", " ", title).split()) > 6:
        return None
    when = resolve(match, before)
    return when if when and when > before else None


def _meeting_date(title: str, latest: date | None, *, in_log: bool = False) -> date | None:
    """The date a heading gives a meeting ("08-July-2024", "Triage (21st Jan 2022)"): a
    full date with few other words, not after the date of the notes unless an earlier
    heading of its level was a meeting's too (a log kept oldest first)."""
    when = first_full_date(title)
    if when is None or (latest is not None and when > latest and not in_log):
        return None  # (a log with no date of its own: each heading dates its meeting)
    rest = re.sub(r"[\W\d_]+", " ", title).split()
    return when if len(rest) <= 6 else None


_Parent = tuple[int, tuple[str, ...], str]
_AGENDA_NOTES: tuple[str, ...] = ("(agenda)",)  # marks an agenda read only for notes under it
_IDEA_NOTES: tuple[str, ...] = ("(ideas)",)  # marks a list of ideas read only for owned items
_IDEAS_TITLE = lazy_regex(r"\bideas?\b|\bsuggestions?\b", re.I)
# "- @ana to review the release notes" in a list kept under "## Agenda", or "- Many open
# PRs - @ana to triage them": a commitment recorded at the meeting, not a topic ("@ana to
# present the roadmap" leads one).
_HANDLE_COMMITS = lazy_regex(rf"(?:^|\s[-–—]\s+|[.;]\s+)(?=@){OWNERS}\s+"
                             r"(?:to|will|'ll|continuing\s+to)\s+"
                             r"(?!(?:present|introduce|lead|report|give|share|discuss|talk|demo|"
                             r"walk|speak|explain|summari[sz]e|update)\b)[a-z]")
# "Ana will …", "[Ana] will …", "@ana to …": someone named takes a task on.
_COMMITS = lazy_regex(rf"^\[?{OWNERS}\]?\s+(?P<aux>will|'ll|is going to|are going to|agreed to|"
                      r"offered to|volunteered to|to)\s+[a-z]")


def _agenda_commitment(text: str) -> bool:
    """Whether an agenda's own item is a task someone took on at the meeting ("@ana will
    fix the build", "Steve to confirm pricing with Bill"), not a topic; "Ana to present the
    budget" or "Ana will present the budget" is how an agenda names who leads an item."""
    commits = _COMMITS.match(text)
    if ("=>" in text or "→" in text or "->" in text) and _PASSED_ON.search(text):
        return True  # "data visualization (Moritz) => Changbin/Alessandro": theirs now
    if not commits:
        return False
    verb = text[commits.end() - 1:].split(maxsplit=1)[0]
    if verb == "open" and not _OPENS_ITEM.match(text, commits.end() - 1):
        return True  # "Pepsi to open a publication schedule": not opening the meeting
    # "Paul will facilitate the next meeting" is work for later, not this item's lead.
    return verb not in _LEADS_ITEM or bool(_NEXT_MEETING.search(text, commits.end()))


_OPENS_ITEM = lazy_regex(r"open\s+(?:the\s+)?(?:meeting|session|call|discussion|floor|item|"
                         r"topic|proceedings)\b", re.I)


_NEXT_MEETING = lazy_regex(r"\b(?:the\s+)?next\s+(?:meeting|call|session|sync|one)\b", re.I)


_PASSED_ON = lazy_regex(rf"(?:→|->|=>)\s*{OWNERS}\s*[.!]?$")


# What someone does at the meeting itself when an agenda names them: "Ana will present …".
_LEADS_ITEM = frozenset({"present", "introduce", "lead", "demo", "demonstrate", "chair",
                         "facilitate", "give", "talk", "speak", "walk", "report", "open"})


# A list item over who does what: "Discussed current tasks for everyone", "Assignments:",
# "Task allocation", "Who does what".
_TASKS_PARENT = lazy_regex(r"\b(?:(?:current|new|next|open)\s+tasks|tasks?\s+(?:for|allocation|"
                           r"assignments?)|assignments|who\s+(?:does|will\s+do)\s+what|"
                           r"division\s+of\s+(?:labou?r|work))\b", re.I)


def _list_item(block: Block, found: list[FollowUp], ctx: Context,
               parents: list[_Parent], *, loose: bool = False,
               plain: bool = True) -> list[FollowUp]:
    """A list item's follow-ups given its marks and the items it sits under; pushes the
    item onto `parents` for the sub-items after it. `loose`: the list has no intro line
    that says what its items are, and this item has none under it (an item with notes
    under it is a topic). `plain`: no paragraph of prose leads into the list, and the item
    has nothing under it."""
    if not found:
        listed = ctx.action_section or block.checked is not None
        found = _marked_item(block.text, ctx, listed=listed)
    if not found and block.text.endswith((")", ").")):
        found = _dated_step(block.text, ctx) or _aside_items(block.text, ctx)
    if not found and parents and not ctx.action_section:
        # (Not under "Potential project ideas" / "To-do app" / "Focus on creativity", nor
        # under "Discussed the team contract" / "Submit notes by noon", nor under "How to
        # contribute" / "Submit a PR", nor under "- Agenda": options, rules, instructions
        # and topics.)
        found = [] if any(_ABOUT_IDEAS.search(p[2]) or _HOW_TO.match(p[2]) or _AGENDA_TITLE.match(
            p[2].strip(" :*_")) or (
            _ABOUT_RULES.search(p[2]) and not is_verb(p[2].split(maxsplit=1)[0].lower()))
            for p in parents) else _step_under_topic(block, ctx, parents[-1][2])
    elif not found and loose and not ctx.action_section and block.checked is None:
        # "- Schedule something larger in-person for March." among a meeting's notes.
        found = _order(block, ctx)
    if not found and block.text[:1].isupper():
        found = _name_then_verb(block.text, ctx)
    if found:
        found = _about_parent(found, block.text, parents[-1][2] if parents else "")
    inherited = parents[-1][1] if parents else ()
    # "we will defer this until …" under Philipp's task names its own doer: the group.
    mine = () if _WE_DO.search(block.text) else inherited
    if (inherited or (ctx.action_section and block.checked is False)) and not found and \
            block.checked is not None:
        # A checkbox under an owned task is a step of it, whatever its grammar; so is an
        # open checkbox in a list of actions ("### Kat" / "- [ ] 🔴 Have dates by Friday").
        phrase, due = tidy_task(_PRIORITY_MARK.sub("", block.text), ctx.ref, ctx.next_meeting)
        named = PAREN_START.match(phrase) if phrase[:1] == "(" else None
        if named and valid_owners(named.group("owners")):
            # "- ( ) (Distribution team) Ops noise and monitoring": who, then what.
            mine, phrase = split_owners(named.group("owners")), phrase[named.end():]
        found = [FollowUp(phrase, mine or ctx.owners, due,
                          "done" if block.checked else "open")
                 ] if phrase else []
    if not found and ctx.action_section and plain and block.checked is None and \
            not parents and _noun_phrase(block.text) and not _person_label(
                block.text, ctx, listed=True):
        # "### Action points" / "- Admin functionality for back-end team, terminal based":
        # an item of a list of actions is an action, a noun phrase as much as a verb.
        found = box_thing(block.text, ctx)
    if mine and not found and block.checked is None and not (
            parents and _PAST_OR_STUCK.fullmatch(parents[-1][2].strip(" *_"))):
        found = _own_plan(block.text, mine, ctx)
    if mine:
        # A sub-item of an owned item is that owner's unless it names another.
        found = [f if f.owners else FollowUp(f.task, mine, f.due, f.status) for f in found]
    # Only an owner the item opens with ("[RB] …", "Ana: …") heads its sub-items;
    # "(PKGBUILDs)" at the end of a line may be an abbreviation.
    lead = block.text.lstrip("[@ ")
    owned = {f.owners for f in found if f.owners and lead.startswith(f.owners[0])}
    if not owned and not found:
        # "- Tom" or "- Aisha: newsletter" over sub-items: the person they are about.
        person = _person_label(block.text, ctx, listed=True)
        owned = {person} if person else owned
    parents.append((block.indent, owned.pop() if len(owned) == 1 else inherited, block.text))
    return found


# "Need to work on …", "Will look at …", "Working on the 404 page" under a person's name
# in a stand-up: what that person is to do.
_REPORT_THEN_DUTY = lazy_regex(r"(?<=[.;!])\s+|,\s+")  # where a report may end and a duty start
_OWN_DUTY = lazy_regex(r"^(?:(?:still|also|then)\s+)?(?:(?:i\s+)?(?:need|needs|have|has|plan|"
                       r"plans|planning|going|want|wants|hope|hoping)\s+to|will|'ll|to)\s+"
                       r"(?P<task>[a-z][\w'-]*\s.*)$", re.I)
# ("Waiting on designs from Kristina" is held up, not a plan.)
_DOING = lazy_regex(r"^(?:(?:still|also|currently|now)\s+)?"
                    r"(?!(?i:going|being|having|getting|waiting)\b)"
                    r"(?P<verb>[A-Za-z]+ing)\s+"
                    r"(?!.*\b(?:is|are|was|were|has|have|had)\b)(?P<rest>\S.*)$")
# A stand-up's labels for what is done or in the way: no plans under them.
_PAST_OR_STUCK = lazy_regex(r"(?:done|blocked|blockers?|completed|finished|yesterday|last week|"
                            r"wins|issues|problems)\W*", re.I)


def _own_plan(text: str, owners: tuple[str, ...], ctx: Context) -> list[FollowUp]:
    """A line under a person's name in a stand-up that says what they need to do, will do
    or are doing ("Need to work on the image sizes", "Working on the 404 page")."""
    duty = _OWN_DUTY.match(text.strip())
    if duty is None and ("need" in text or "have to" in text or "has to" in text):
        # "Session code is mostly set up. Still need to integrate the client side", "Design
        # mostly wrapped up, have to finish the mobile layout": the duty after a report.
        duty = next((d for part in _REPORT_THEN_DUTY.split(text.strip())[1:]
                     if (d := _OWN_DUTY.match(part))), None)
    task = duty.group("task") if duty and any_verb(duty.group("task").split()[0].lower()) else ""
    doing = _DOING.match(text.strip()) if not task else None
    if doing:
        base = base_of_ing(doing.group("verb").lower(), any_verb)
        task = f"{base} {doing.group('rest')}" if base else ""
    if not task or "?" in text:
        return []
    phrase, due = tidy_task(task[:1].upper() + task[1:], ctx.ref, ctx.next_meeting)
    return [FollowUp(phrase, owners, due, "open")] if len(phrase.split()) >= 2 else []


_PERSON_LABEL = lazy_regex(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*"
                           r"(?::\s*(?P<topic>[^.!?]{0,40}))?$")


_MARKED_NAME = lazy_regex(r"^[\s*_]*(?:\[(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\]|"
                          r"@(?P<handle>[\w.-]+))\s*:?[\s*_]*$")
_LABEL_MARKS = lazy_regex(r"^[\s*_\[@]+|[\s*_]+$|\](?=\s*:?[\s*_]*$)")
_NAMES_LABEL = lazy_regex(rf"^{OWNERS}\s*:?$")
_NAMES_TOPIC = lazy_regex(rf"^{OWNERS}\s*:\s*(?P<topic>[^.!?:]{{1,40}})$")


def _person_label(text: str, ctx: Context, *, listed: bool = False) -> tuple[str, ...]:
    """The person a list item names and nothing more ("Tom", "Aisha: newsletter"), when the
    notes name them elsewhere, when brackets or an @ mark the name ("**[Calvin Chen]:**"),
    or, for a list item under an action heading, when it is a name or group alone: the
    owner of the tasks under it."""
    # "**[Calvin Chen]:**", "@rvagg:" over a stand-up's lists: the brackets and the @ go;
    # they mark the label as someone's name, named elsewhere or not.
    marked = _MARKED_NAME.match(text)
    if marked:
        return (marked.group("name") or marked.group("handle"),)
    label = _PERSON_LABEL.match(_LABEL_MARKS.sub("", text))
    if listed and ":" in text and (not label or not named_person(label.group("name"), ctx)):
        # "- Brent and Anish: RSQLA1" / "- Rajat: Internationalization" over the steps of
        # a project: whose project it is, when no ordinary word names it.
        project = _NAMES_TOPIC.match(_LABEL_MARKS.sub("", text))
        topic = project.group("topic").split() if project else []
        if project and topic and not is_verb(topic[0].lower()) and valid_owners(
                project.group("owners")) and not any(
                # (Not "GSoC Deadline: 2/7": a word of the label is an ordinary one.)
                dictionary_word(w) for o in split_owners(project.group("owners"))
                for w in o.split()):
            return split_owners(project.group("owners"))
    if not label:
        names = _NAMES_LABEL.match(text.strip().strip("*_").strip()) if "," in text else None
        if names and valid_owners(names.group("owners")):
            # "John, Paul, Zeth:" over the tasks the three share.
            owners = split_owners(names.group("owners"))
            if all(named_person(o, ctx) for o in owners):
                return owners
        return ()
    topic = (label.group("topic") or "").split()
    if topic and (is_verb(topic[0].lower()) or len(topic) > 4):
        return ()  # "Ana: send the form" is a task, read as one elsewhere
    name = label.group("name")
    first = name.split()[0].lower()
    if NO_OWNER.fullmatch(name):
        return ()  # "**Ownership Unclear:**" over tasks nobody has taken yet
    if named_person(name, ctx) or (listed and not topic and (GROUPS_RE.fullmatch(name) or (
            ctx.action_section and not any_verb(first) and ctx.usage is not None
            and not ctx.usage.in_lower_case(first)))):
        # (Under "Action Items", a list item "* Dipesh" or "* All" alone over a list is
        # whose it is, unless the notes also write the word in lower case: "* Frontend".)
        return (name,)
    return ()


def _ordinary_label(text: str) -> bool:
    """Whether a label's first word is an ordinary English word ("Future:", "Backend"), not
    a name."""
    first = text.strip(" *_:").split(maxsplit=1)[0] if text.strip(" *_:") else ""
    return not first or everyday_word(first) or dictionary_word(first) or word_not_name(
        first) or long_plain_word(first) or is_verb(first.lower())


def _head_owner(text: str, ctx: Context) -> tuple[str, ...]:
    """Whom a line alone over a list names. Under a heading of actions a name with a colon
    ("Tudor Bordea:") is whose list it is, as a listed item would be; "Future:", "Todo:"
    or "Backend:" name no one."""
    named = _person_label(text, ctx)
    if named or not ctx.action_section or not text.rstrip(" *_").endswith(":") or \
            _action_heading(text) or _ordinary_label(text):
        return named
    return _person_label(text, ctx, listed=True)


def _owner_lines(blocks: list[Block], ctx: Context) -> dict[int, tuple[str, ...]]:
    """Lines that only name a person ("_Aaron_", "**Tella:**") and head a list: the owners of
    its items, by the index of the line. A label the notes use nowhere else counts when a
    sibling label names someone they do ("_Cam_" beside "_Aaron_", who "will pick this up")
    and it is no word the notes write in lower case."""
    heads = [at for at, block in enumerate(blocks[:-1]) if block.kind == "paragraph"
             and blocks[at + 1].kind == "bullet" and len(block.text) <= 60
             and block.text[:1] in "*_ABCDEFGHIJKLMNOPQRSTUVWXYZ"
             and not _ROLL_LABEL.match(block.text)]  # "TSC Attendees:" over who came
    if not heads:
        return {}
    named = {at: _head_owner(blocks[at].text, ctx) for at in heads}
    names: dict[int, str] = {}
    for at in heads:
        label = _PERSON_LABEL.fullmatch(blocks[at].text.strip().strip("*_").strip(" :"))
        word = label.group("name") if label and not named[at] else ""
        first = word.split()[0] if word else ""
        if first and not _ordinary_label(first) and ctx.usage \
                and not ctx.usage.in_lower_case(first):
            names[at] = word
    if not any(named.values()) and not any(
            ctx.usage and ctx.usage.line_subject(word) for word in names.values()):
        return {}  # no label is used as a name: "_Frontend_", "_Backend_" are topics
    return {at: named[at] or (names[at],) for at in heads if named[at] or at in names}


_WE_DO = lazy_regex(r"\bwe\s*(?:will|'ll|shall|are going to)\s", re.I)
_PRIORITY_MARK = lazy_regex(r"^(?:[\U0001F534-\U0001F7EB\u2757\u203C\u26A0]\uFE0F?\s*)+")  # 🔴 ❗ ⚠
# "Other reports/items for the next agenda": members' reports, with what they took on.
_REPORTS = lazy_regex(r"\breports\b", re.I)
# ("Action Items & Assignments", "Actions and owners": the actions and who takes them.)
_ACTION_LINE = lazy_regex(r"[\W_]*(?:action\s+items?|actions?|next\s+steps|follow[- ]?ups?|"
                          r"to-?dos?|tasks)(?:\s*(?:&|and|/)\s*(?:assignments|assignees|"
                          r"owners|responsibilities|deadlines))?[\W_]*", re.I)
_DECISIONS_TITLE = lazy_regex(r"^(?:key\s+|main\s+)?decisions?(?:\s+(?:made|taken|reached))?$",
                              re.I)
# A heading that says when its actions are due: "Immediate (By Friday's Meeting)",
# "Before the AGM", "Due 3 March".
_DEADLINE_HEADING = lazy_regex(r"\b(?:by|before|due|deadline|no later than)\b", re.I)
# "Agenda", "Meeting agenda items", "Proposed agenda", "6/25 Scrum call Agenda Items",
# "Agenda for 12 May": a meeting's list of items, under which notes may be kept.
_AGENDA_TITLE = lazy_regex(r"^(?:[\w/.'’-]+\s+){0,4}?(?:meeting\s+)?agenda"
                           r"(?:\s+(?:items|points|topics))?"
                           r"(?:\s+(?:for|of)\s+[^:]{1,40})?$", re.I)


_ROLL_LABEL = lazy_regex(rf"^[*_\s]*(?:{PRESENT_LABEL}|{ABSENT_LABEL})[*_\s]*:?[*_\s]*$", re.I)
# A part of a roll call: "### Voting members", "Other Attendees", "Guests", "Regrets".
_ROLL_PART = lazy_regex(rf"\b(?:attend\w*|present|{ABSENT_LABEL}|roll|members?|voting|"
                        r"guests?|observers?|staff|others?|participants?|quorum|directors|"
                        r"officers|trustees|board|committee|council|delegates?)\b", re.I)
_ROLL_HEADING = lazy_regex(rf"\b(?:{ROLL_WORD}|{ABSENT_LABEL}|roll[- ]?call)\b", re.I)


def _minutes_after_roll(draft: _Draft) -> _Draft | None:
    """The minutes written on under a roll-call heading (with no heading of their own): from
    the first topic with notes nested under it, or the first long paragraph."""
    blocks = draft.blocks
    for at, block in enumerate(blocks):
        nested = block.kind == "bullet" and at + 1 < len(blocks) and blocks[
            at + 1].kind == "bullet" and blocks[at + 1].indent > block.indent
        if at and (nested or (block.kind == "paragraph" and len(block.text) > 200)):
            return _Draft(draft.title, draft.level, blocks[at:])
    return None


def _minuted(blocks: list[Block]) -> bool:
    """Whether an agenda list carries the minutes: notes nested under most of its items, or
    written as prose between them ("[KWS] Big Bang vs Incremental." then "DECISION: …",
    "Steve volunteered to …"); a plain agenda is a list of topics, perhaps with a line or
    two of detail."""
    tops = sum(1 for b in blocks if b.kind == "bullet" and b.indent == 0)
    nested = sum(1 for b in blocks if b.kind == "bullet" and b.indent > 0)
    prose = sum(1 for b in blocks if b.kind == "paragraph" and len(b.text) >= 40)
    return tops >= 2 and (nested >= 3 * tops or (prose >= 3 and 2 * prose >= tops))


# Under a person's item in a stand-up: "Next:", "Next up", "This week:", "Plans:", "Todo:".
# Or a stand-up's question: "What will you do today?", "What are you working on next?".
_NEXT_LABEL = lazy_regex(r"(?:next|next up|up next|next steps?|next week|this week|plans?|"
                         r"planned|to-?dos?|to do|upcoming|today|tomorrow|"
                         r"(?:plans?|goals?|tasks?)\s+for\s+(?:today|tomorrow)|"
                         r"(?:today|tomorrow)['’]?s?\s+(?:plans?|goals?|tasks?)|"
                         r"what\s+(?:will|are|do|shall)\s+(?:you|i|we)\s+(?:do|be\s+doing|"
                         r"work(?:ing)?\s+on|going\s+to\s+(?:do|work\s+on)|"
                         r"plan(?:ning)?\s+(?:to\s+do|on\s+doing))"
                         r"(?:\s+(?:today|tomorrow|next|this\s+week|next\s+week))?)\s*[:?]?",
                         re.I)
_PERSON_ITEM = lazy_regex(r"@?(?P<who>[\w.-]+(?:\s+[A-Z][\w'-]+)?)\s*(?:\([^)]{0,40}\))?\s*:?")


_OWNERS_INTRO = lazy_regex(rf"^(?:{OWNERS}\s+(?:to|will|shall|should|(?:is|are)\s+to|"
                           r"(?:will\s+)?(?:need|needs)\s+to|(?:has|have)\s+to)|"
                           # "Next steps for SR and AR:", "Actions for Ana:"
                           r"(?i:next\s+steps?|actions?|action\s+items?|tasks?|to-?dos?)\s+for\s+"
                           rf"{OWNERS.replace('(?P<owners>', '(?P<for>')})\s*:$")


def _owners_intro(text: str) -> tuple[str, ...]:
    """Who a line that introduces their tasks names ("Rob and Marianne to:", "Ana will:");
    else ()."""
    match = _OWNERS_INTRO.match(text.strip()) if len(text) <= 80 else None
    who = (match.group("owners") or match.group("for")) if match else ""
    if not who or not valid_owners(who):
        return ()
    return split_owners(who)


def _person_item(text: str) -> tuple[str, ...]:
    """The person a stand-up's list item names, alone: "@jacobheun (not attending)",
    "@mgoelzer:", "Ana Lee:"; else ()."""
    match = _PERSON_ITEM.fullmatch(text.strip())
    who = match.group("who") if match else ""
    if not who or not valid_owners(who) or not (text.lstrip()[:1] == "@" or who[:1].isupper()):
        return ()
    return (who,)


def _label_due(label: str, ref: date | None) -> date | None:
    """When a stand-up's list falls due: "Today" or "What will you do today?" by the end of
    the meeting's day, "Tomorrow" the day after, "This week" / "Next week" by its Friday."""
    if ref is None:
        return None
    if "oday" in label:
        return ref
    if "omorrow" in label:
        return ref + timedelta(days=1)
    if "week" in label.lower():
        due = find_due(label.rstrip(":?"), ref, field=True)
        return due.date if due else None
    return None


def _person_heading(title: str, known: frozenset[str]) -> tuple[str, ...]:
    """The person a stand-up's heading names ("### Jonathan Trattner", "### @ana"): a name
    the notes know, a handle, or capitalised words none of which is an ordinary word."""
    who = _person_item(title)
    if not who:
        return ()
    words_ = who[0].split()
    if title.lstrip()[:1] == "@" or who[0].lower() in known or words_[0].lower() in known or all(
            not dictionary_word(w) for w in words_):
        return who
    return ()


# A list item that heads the actions under it: "action items from the last meeting [Tim]".
_ACTION_LABEL = lazy_regex(r"^(?:review of\s+|previous\s+|open\s+|list of\s+)?(?:action items?|"
                           r"action points|"
                           # (Not "Next steps – write the roadmap": the step itself.)
                           r"actions|next steps?|to[- ]?dos?|follow[- ]?ups|"
                           rf"{_SHARED_OUT})"  # "Things to be accomplished" over the items
                           r"(?:\s(?![-–—]\s+\w)[^.?!:]{0,50})?:?$",
                           re.I)
_OWNER_TAG = lazy_regex(rf"^\[{OWNERS}(?:\s*\([^)]*\))?\]\s*[:\-–—]?\s*(?P<task>\S.*)$")
_TODO_MARK = lazy_regex(r"\s*\((?:todo|to-?do)\)\s*[.;]?|^(?-i:TODO)\s*[:\-–—]?\s*|"
                        r"\s*[-–—:]\s*(?-i:TODO)\s*[.;]?$", re.I)
_HANDLE_FIRST = lazy_regex(r"^@(?P<who>[\w.-]+)\s+(?P<verb>[A-Za-z]+)\s")
# "Including adding filters …" under a task: a further task, "Add filters …".
_GERUND = lazy_regex(r"^(?:(?:including|also|plus|and)\s+)?(?P<verb>[A-Za-z]{2,}ing)\b", re.I)


_DATE_FIRST = frozenset("0123456789JFMASOND")
_DATE_LABEL = lazy_regex(r"^(?P<date>[\w ,/.-]{4,24}?)\s*(?::|\s[-–—|])\s+(?=\S)")


def _without_date_label(block: Block) -> Block:
    """ "5th Jan 2022 : Ana to book the room" in a list of actions: the date the action was
    raised, before it; not when it is due."""
    label = _DATE_LABEL.match(block.text)
    if not label:
        return block
    dates = find_dates(label.group("date"))
    if len(dates) != 1 or dates[0].start or dates[0].end != len(label.group("date")):
        return block
    return replace(block, text=block.text[label.end():])


def _marked_item(text: str, ctx: Context, *, listed: bool) -> list[FollowUp]:
    """List items whose marks make them tasks whatever the grammar of the rest: an owner tag
    in a task or checkbox list ("[NT, RB] Finalizing the payments - June 30th?") and a to-do
    mark anywhere ("Rebuild the tracker (todo)")."""
    tag = _OWNER_TAG.match(text) if listed and text[:1] == "[" else None
    todo = _TODO_MARK.search(text) if "todo" in text.lower() or "to do" in text.lower() else None
    if tag and valid_owners(tag.group("owners")):
        owners, task = split_owners(tag.group("owners")), tag.group("task")
    elif todo:
        owners, task = ctx.owners, text
    else:
        return []
    task = _TODO_MARK.sub("", task).rstrip(" ?")
    handle = _HANDLE_FIRST.match(task) if task[:1] == "@" else None
    if handle and is_verb(handle.group("verb").lower()):
        # "TODO: @mia Add the examples": the handle, then what she is to do.
        owners, task = (handle.group("who"),), task[handle.end("who"):].strip()
    gerund = _GERUND.match(task)
    base = base_of_ing(gerund.group("verb").lower()) if gerund else ""
    if base:
        task = base + task[gerund.end():]
    phrase, due = tidy_task(task, ctx.ref, ctx.next_meeting)
    if len(phrase) < 3:
        return []
    status: Status = "done" if ctx.checked else "open"
    return [FollowUp(phrase, owners, due, status)]


@dataclass
class _Read:
    """What one block gives: follow-ups, spoken commitments, recorded owners, reports."""

    found: list[FollowUp] = field(default_factory=list)
    spoken: list[FollowUp] = field(default_factory=list)
    recorded: set[str] = field(default_factory=set)
    reports: list[DoneReport] = field(default_factory=list)


_LAST_OWNER = lazy_regex(r"\s*\((?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?(?:\s*[,/&]\s*"
                         r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)*)\)\s*\.?$")


_CAPITALISED = lazy_regex(r"\b[A-Z][a-z'-]+\b")


def _names_another(text: str, ctx: Context) -> bool:
    """Whether a speaker's paragraph names someone else the notes know (who may be its
    "he")."""
    speaker = (ctx.speaker or "").lower()
    return any(word.lower() in ctx.known and word.lower() != speaker
               for word in _CAPITALISED.findall(text))


def _owner_to_front(sentences: list[str]) -> list[str]:
    """ "Create a folder for examples. People can add to it with PRs (Aram)": the name at
    the item's end is who does its first sentence, the task; the rest is a remark on it."""
    last = _LAST_OWNER.search(sentences[-1])
    head = sentences[0].split(maxsplit=1)[0].lower().strip(",:") if sentences[0] else ""
    tail = sentences[-1].split(maxsplit=1)[0].lower()
    if last is None or not valid_owners(last.group("who")) or not any_verb(head) or any_verb(
            tail) or "(" in sentences[0]:
        return sentences
    first = sentences[0].rstrip(" .;")
    return [f"{first} ({last.group('who')})", *sentences[1:-1], sentences[-1][:last.start()]]


def _dash_owner_to_all(sentences: list[str]) -> list[str]:
    """ "Send the pre-event email. Invite anyone stuck on set-up to come early - Ines": the
    names after the dash do every step of the item, not only the last."""
    who = dash_owners(sentences[-1])
    if not who or not valid_owners(who) or not all(
            s and any_verb(s.split(maxsplit=1)[0].lower()) for s in sentences):
        return sentences
    tag = f" - {who}"
    return [*(s.rstrip(" .;") + tag for s in sentences[:-1]), sentences[-1]]


# "The deadline is Dec. 6th." after a task dates it; "Deadline for completion is our next
# meeting on October 21" under a section's list dates all of it.
_DEADLINE_IS = r"(?:the\s+)?(?:deadline|due\s+date)"
_SECTION_DEADLINE = lazy_regex(rf"^{_DEADLINE_IS}(?:\s+for\s+(?:completion|all\s+of\s+(?:this|"
                               r"these|them)|these|this|all|everything))?"
                               r"\s*(?:is|will\s+be|:)\s+(?P<when>[^;!?]{2,80}?)[.!]?$", re.I)
_DEADLINE_SENTENCE = lazy_regex(rf"^(?:{_DEADLINE_IS}\s*(?:is|will\s+be|:)|"
                                r"due(?:\s+by)?)\s+(?P<when>[^;!?]{2,40}?)[.!]?$", re.I)


_GET_IT_DONE = lazy_regex(r"^(?:(?:we|i|he|she|they)\s+(?:are|is|am|will\s+be)\s+|i['’]m\s+|"
                          r"we['’]re\s+)?(?:trying|try|aiming|aim|hoping|hope|planning|plan|"
                          r"wanting|want|going)\s+to\s+(?:get|have)\s+(?:it|this|that|these|"
                          r"them|everything|all\s+(?:of\s+)?(?:it|this|that|them))\s+(?:done|"
                          r"finished|completed|ready)\s+(?P<when>(?:by|before)\s+[^.;!?]{2,40}?)"
                          r"[.!]?$", re.I)
_GOES_ON = lazy_regex(r"^(?:and\s+)?(?:will|shall)\s.*\b(?:it|them|these|those)\b", re.I)
_LINE_NAME = r"(?P<who>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?):\s+"  # "Eva: …", "Ethan Kelly: …"
_NAME_LABEL = lazy_regex(_LINE_NAME + r"\S")
_SAYS_I = lazy_regex(_LINE_NAME + r"I\b")


_ACTION_LINE_MARK = lazy_regex(r"[\W_]*action(?:\s+items?|\s+points?)?[\W_]*[:\-–—]", re.I)


def _read_block(text: str, ctx: Context, read: _Read) -> None:
    """Read a block's text sentence by sentence into `read`: each sentence may make
    follow-ups, or complete, date or close the one before it."""
    found = read.found
    found.extend(question_follow_ups(text, ctx))
    sentences = split_sentences(text)
    said = _SAYS_I.match(text) if len(sentences) >= 2 and not ctx.speaker else None
    if said and valid_owners(said.group("who")):
        # "Eva: I need to drop early. I'm happy to turn the notes into a document.": the
        # "I" of every sentence of the line is hers.
        ctx = replace(ctx, me=said.group("who"))
    sentences = _owned_sentences(text, sentences, ctx)
    # "The search pane should be updated. (Xenia, Theo)": the names after a sentence give
    # it to them, as a line of a list of actions would.
    assigned = {at: who for at, nxt in enumerate(sentences[1:]) if nxt[:1] == "("
                and (who := suffix_owners(nxt))} if len(sentences) >= 2 else {}
    base = ctx
    # The follow-ups before an action's line's second sentence ("Action: SRL to …").
    marked = len(found) + 1 if len(sentences) >= 2 and _ACTION_LINE_MARK.match(text) else -1
    previous = ""
    first = sentences[0] if sentences else None
    for at, sentence in enumerate(sentences):
        ctx = replace(base, action_section=True) if at in assigned and not base.action_section \
            else base
        sentence = _sentence_as_meant(sentence, previous, text, ctx)
        listed = listed_items(sentence, previous, ctx)
        if _remark_on_last(sentence, previous, read, ctx):
            previous = sentence
            continue
        if not listed and (" which will be " in sentence or " that will be " in sentence):
            sentence = relative_passive(sentence)
        made = [] if listed else sentence_follow_ups(sentence, ctx)
        if not made and previous:
            made = volunteers(sentence, previous, ctx)
        if not made and at and found and marked and len(found) == marked and (
                is_verb(sentence.split(maxsplit=1)[0].lower()) or sentence[:1] == "("):
            # "Action: SRL to open a new ticket. Document that Date.now differs. (in
            # doc/timers)": the sentences after an action's line tell what it is.
            found[-1] = replace(found[-1], task=f"{found[-1].task}; "
                                f"{sentence[:1].lower()}{sentence[1:].rstrip(' .')}")
            previous = sentence
            continue
        made = _made_without_subject(sentence, sentence is first, previous, listed, made,
                                     found, ctx)
        made = _made_in_context(sentence, previous, listed, made, ctx)
        _file_made(sentence, previous, listed, made, read, ctx)
        previous = sentence


def _owned_sentences(text: str, sentences: list[str], ctx: Context) -> list[str]:
    """The sentences of a line, with who the line names as doing them put to each."""
    label = _NAME_LABEL.match(text) if ctx.action_section and len(sentences) >= 2 else None
    if label and valid_owners(label.group("who")) and (label.group("who") == ctx.me or named_person(
            label.group("who"), ctx)):
        # "Ethan: plan, as above. Provide holiday dates to Jess." under "Follow-up": each
        # order on the line is his.
        sentences = [sentences[0], *(f"{label.group('who')}: {s}" if s and is_verb(
            s.split(maxsplit=1)[0].lower()) else s for s in sentences[1:])]
    if ctx.line_item and len(sentences) >= 2 and sentences[-1][-1:] in ").":
        sentences = _owner_to_front(sentences)
    elif ctx.line_item and len(sentences) >= 2 and (" - " in sentences[-1] or " – " in sentences[
            -1] or " — " in sentences[-1]):
        sentences = _dash_owner_to_all(sentences)
    return sentences


def _sentence_as_meant(sentence: str, previous: str, text: str, ctx: Context) -> str:
    """The sentence with its brackets taken off and "he" or "she" made the person meant."""
    if sentence[:1] == "[" and sentence[-1:] == "]" and "](" not in sentence:
        sentence = sentence[1:-1]  # "Peter: [I will also leave a comment on the issue]"
    sentence = _resolve_pronoun(sentence, previous)
    pronoun = _HE_SHE.match(sentence) if ctx.speaker and sentence[:1] in "HS" else None
    if ctx.speaker and pronoun and not _names_another(text, ctx):
        # "Ryan: membership is flat. He will host more open hours.": the scribe reports
        # the speaker in the third person.
        sentence = ctx.speaker + sentence[pronoun.end():]
    return sentence


def _remark_on_last(sentence: str, previous: str, read: _Read, ctx: Context) -> bool:
    """Whether the sentence only gives the owners, the due date or the end of the follow-up
    before it."""
    found = read.found
    suffix = owner_suffix(sentence, previous, found[-1] if found else None,
                          ctx) if sentence[:1] == "(" else None
    if suffix:
        if suffix[1]:
            found[-1] = suffix[0]
        else:
            found.append(suffix[0])
        return True
    deadline = _DEADLINE_SENTENCE.match(sentence) if previous and found and \
        found[-1].due is None and sentence[:3].lower() in ("the", "dea", "due") else None
    due = find_due(deadline.group("when"), ctx.ref, field=True) if deadline else None
    if due:
        # "Finn will help with the OMR work. The deadline is Dec. 6th.": the task's.
        found[-1] = replace(found[-1], due=due.date)
        return True
    if previous and _DONE_ALONE.match(sentence):
        # "Ethan to fix the popup wording. Done!": done at the meeting itself.
        if found:
            found[-1] = replace(found[-1], status="done")
        elif read.spoken:
            read.spoken[-1] = replace(read.spoken[-1], status="done")
        return True
    return False


def _made_without_subject(sentence: str, opens: bool, previous: str, listed: list[FollowUp],
                          made: list[FollowUp], found: list[FollowUp],
                          ctx: Context) -> list[FollowUp]:
    """The follow-ups of a sentence with no subject of its own ("Will submit them via a
    PR."), read with the subject the line or the sentence before it gives."""
    goes_on = _GOES_ON.match(sentence) if sentence[:1] in "AaWwSs" else None
    if (not made or ((goes_on or sentence[:5].lower() == "will ") and not any(
            item.owners for item in made))) and not listed \
            and sentence.strip() and (
            sentence.split(maxsplit=1)[0].lower() in SUBJECTLESS_START
            or (":" in sentence and opens)
            or ((" that " in sentence or " which " in sentence) and (
                " will " in sentence or " would " in sentence or "ll " in sentence))):
        whole = with_subject(sentence, opens, found, ctx, previous)
        made = (sentence_follow_ups(whole, ctx) or made) if whole is not sentence else made
        if goes_on and len(made) == 1 and found and made[0].owners and \
                made[0].owners == found[-1].owners:
            # "Arkell: review the new images. Will submit them via a PR.": one action,
            # going on with what the sentence before it names.
            task = made[0].task
            found[-1] = replace(found[-1], task=f"{found[-1].task} and {task[:1].lower()}"
                                f"{task[1:]}", due=found[-1].due or made[0].due)
            made = []
    return made


def _made_in_context(sentence: str, previous: str, listed: list[FollowUp],
                     made: list[FollowUp], ctx: Context) -> list[FollowUp]:
    """The sentence's follow-ups given who speaks it and the sentence before it."""
    if made and ctx.speaker and sentence[:4].lower() == "todo" and not any(
            item.owners for item in made):
        made = [replace(item, owners=(ctx.speaker,)) for item in made]  # "Lisa: TODO add X"
    if not made and previous and ctx.line_item and not ctx.action_section:
        made = _later_imperative(sentence, ctx)
    if not listed and (made or sentence[:1] in "aA"):
        made = context_follow_ups(sentence, previous, made, ctx)
    return made


def _file_made(sentence: str, previous: str, listed: list[FollowUp], made: list[FollowUp],
               read: _Read, ctx: Context) -> None:
    """Add a sentence's follow-ups to what the block gives: a speaker's own commitments
    apart, and a report of work done when it makes none."""
    found = read.found
    if made and (is_speaker_commitment(sentence) or (ctx.speaker and all(
            item.owners == (ctx.speaker,) for item in made))):
        read.spoken.extend(made)
        made = []
    elif made and has_action_marker(sentence):
        read.recorded.update(o.lower() for item in made for o in item.owners)
    if made and previous:
        made = [proposed_task(item, previous) for item in made]
    if len(made) == 1 and found and _restated(made[0], found[-1]):
        # "Ana asked Ben to send the contract. Ben said he will send it on Friday.": the
        # second sentence takes on the first's task; one follow-up, with its due date.
        found[-1] = replace(found[-1], due=found[-1].due or made[0].due)
        made = []
    found.extend(listed or made)
    report = done_report(sentence)
    if report and not made:
        read.reports.append(report)


# "Tom to look at:" over a list: the particle tidying dropped goes back before the items.
_LAST_PARTICLE = lazy_regex(r"\s(at|into|on|for|about|with|to|up|over|through|of)\s*:[\s*_]*$")
_DONE_ALONE = lazy_regex(r"^(?:(?:already|now|all)\s+)?(?:done|completed|fixed|merged|sent)"
                         r"\s*[.!]*$", re.I)


# "send it", "share this information": a task whose object points back at one just named.
_POINTED = lazy_regex(r"^(?P<verb>[A-Za-z]+)\s+(?:it|them|this|that|these|those)\b", re.I)


def _restated(item: FollowUp, before: FollowUp) -> bool:
    """Whether `item` is `before` taken on again: the same owners, the same verb, and an
    object that only points back at it."""
    pointed = _POINTED.match(item.task) if item.owners == before.owners else None
    return bool(pointed) and before.task.split(maxsplit=1)[0].lower() == pointed.group(
        "verb").lower()


def _later_imperative(sentence: str, ctx: Context) -> list[FollowUp]:
    """ "Need filter space in the cabinets. Ask the office for more.": in a terse list line,
    a sentence after the first that opens with a plain imperative and its object is what
    is to be done."""
    words_ = sentence.split(maxsplit=2)
    if len(words_) < 3 or sentence.rstrip().endswith(("?", "!")):
        return []
    verb, after = words_[0].lower(), words_[1].lower().strip(",.;:()")
    if not _plain_imperative(verb, after) or f"{verb} {after}" in _NOT_OBJECT:
        return []
    phrase, due = tidy_task(sentence, ctx.ref, ctx.next_meeting)
    if len(phrase.split()) < 3:
        return []
    return [FollowUp(phrase, ctx.owners, due, "done" if ctx.checked else "open")]


_NOT_OBJECT = frozenset({"keep up", "keep going", "keep it", "get well"})  # cheers, not tasks
_DONE_AFTER = lazy_regex(r"^(?:…|\.{3})?\s*\((?:done|merged|completed?|closed|fixed|sent|"
                         r"landed)\)\.?$", re.I)
# Under a task, a note that reports it done: "Done", "… but now completed", "_Action
# closed._", "Status: completed".
_DONE_UNDER = lazy_regex(r"(?:^|[.,;]\s+|\b(?:however|but|now|and)\s+)(?:all\s+|now\s+)?"
                         r"(?:done|completed?|finished)\s*[.!]?$|"
                         r"^(?:(?:this\s+)?(?:action|item|task)(?:\s+item)?\s+"
                         r"(?:is\s+|was\s+|now\s+)?|status\s*:\s*)?"
                         r"(?:closed|done|completed?|finished|resolved)[.!]?$", re.I)
_HISTORY = lazy_regex(r"^(?:previously|last (?:time|month|week|meeting|call))\s*:", re.I)


# "She will …", "He said he would …", "She agreed to …".
_HE_SHE = lazy_regex(r"^(?:he|she)\s*(?='ll\b|\s+(?:will|is going to|(?:also\s+)?(?:said|"
                     r"confirmed|agreed|offered|promised|undertook|volunteered))\b)", re.I)
# ("Open-Access-Tage: This week, Xenia Kudela attended …": after a label and a time too.)
_NAMED_SUBJECT = lazy_regex(r"^(?:[^:.;]{1,40}:\s+)?(?i:(?:this|last|next)\s+(?:week|month)|"
                            r"today|yesterday|recently|earlier)?,?\s*"
                            r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:also\s+)?"
                            r"(?:[a-z]+(?:ed|s)|said|told|undertook|took|gave|wrote|sent|"
                            r"thought|felt|spoke|met|led|ran|to|will|shall|would|can)\b")


def _resolve_pronoun(sentence: str, previous: str) -> str:
    """ "Aisha shared that … She will follow up …": "she" is the person the sentence
    before was about ("they" is not resolved: it is as often the other party)."""
    pronoun = _HE_SHE.match(sentence) if sentence[:1] in "HhSs" else None
    named = _NAMED_SUBJECT.match(previous) if pronoun else None
    if not named or not valid_owners(named.group("name")) or GROUPS_RE.match(named.group(
            "name")):
        return sentence
    return named.group("name") + sentence[pronoun.end():]


_AMEND = lazy_regex(r"(?:^|(?<=[.;]\s))(responsible|owner|lead|deadline|due|due date|by when|"
                    r"target date|status)\s*:\s*((?:[A-Z]\.\s?)*[^.;]+)", re.I)


_TASK_FIELD = lazy_regex(r"\b(?:task|action)\s*:", re.I)


def _amend_previous(text: str, items: list[FollowUp], ref: date | None) -> bool:
    """ "Responsible: T. Novak. Deadline: 31 May." completes the follow-up just before it."""
    if not _AMEND.match(text) or _TASK_FIELD.search(text):
        return False  # "Owner: Leo — Task: profile the endpoint" is an item of its own
    found = _AMEND.findall(text)
    last = items[-1]
    for key, value in found:
        if key.lower() == "status":
            # "Status: done" / "Status: in_progress" under a tracker's task.
            last = FollowUp(last.task, last.owners, last.due,
                            "done" if DONE_STATE.match(value.strip()) else last.status)
        elif key.lower() in ("responsible", "owner", "lead") and not last.owners:
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
    # (Every shape of agenda is tidied here, once: "**1. Welcome**", "Budget: https://…".)
    agenda = [item for item in map(_agenda_item, _agenda(preamble, drafts)) if item]
    _nest_flat(drafts, agenda)
    items, used = _follow_ups(preamble, drafts, header)
    skip = used | set(agenda)  # once, not per section: `used` grows with the notes
    return Session(
        title=header.title,
        date=header.date,
        attendance=header.attendance,
        agenda=tuple(agenda),
        sections=tuple(_section(d, skip) for d in drafts),
        # Rules remake follow-ups with dataclasses.replace, which keeps the id of the one
        # they started from: the id is made again from the final task and owners.
        follow_ups=tuple(FollowUp(f.task, f.owners, f.due, f.status) for f in items),
        recommendations=tuple(_recommendations(preamble, drafts)),
        links=tuple(extract_links(doc.text)),
        event_name=header.event_name,
        source=source,
    )
