"""The headings read in order: which sections hold follow-ups (not a roll call, contents
or a retrospective), whether each is a list of actions and whose, and the date of the
meeting each is in when the notes are a log of meetings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from digestbot.notes.action_lists import action_heading
from digestbot.notes.dates import find_dates, heading_date, resolve
from digestbot.notes.header import Header
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    ABSENT_LABEL,
    GROUPS_RE,
    OWNERS_RE,
    ROLL_WORD,
    Usage,
    dictionary_word,
    everyday_word,
    is_verb,
    product_part,
    split_owners,
    valid_owners,
)
from digestbot.notes.lines import Block
from digestbot.notes.owner_labels import owners_intro, topic_owners
from digestbot.notes.owners import person_like
from digestbot.notes.sections import AGENDA_TITLE, Draft
from digestbot.notes.tasks import Context
from digestbot.notes.tenses import base_of_ing

SKIP_HEADING = lazy_regex(rf"\b({ROLL_WORD}|apologies|agenda|contents|"
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


# A person, then the kind of list: "Amr: this week tasks", "Priya's to-dos", "Tom – next steps".
_WHOSE_LIST = lazy_regex(r"(?P<who>@?[A-Z][\w.'-]*"
                         r"(?:\s+(?:and|&)\s+@?[A-Z][\w.'-]*|\s+[A-Z][\w.'-]*)?)"
                         r"(?:['’]s\s+|\s*[:\-–—]\s*)(?=\S)")
# A heading for one part of a person's list: "Continuation", "New", "Today", "Done".
_PART_OF_LIST = lazy_regex(r"(?:continu(?:ation|ed|ing)|carried (?:over|forward)|new|ongoing|"
                           r"in progress|done|completed?|finished|to-?\s?do|open|pending|blocked|"
                           r"next(?: steps?)?|(?:this|next|last) week|today|tomorrow|yesterday|"
                           r"plans?|goals?|tasks?|action items?|actions?|follow-?ups?)\W*", re.I)
_FOR_EACH = lazy_regex(r"\bfor\s+(?:each|every)\b", re.I)


def _everyday_heading(title: str) -> bool:
    """ "**Timeline**" or "### Budget" under the actions: one common word that is no one's
    name (and no group, as "Board" or "Team" is), so no owner of the items under it; or a
    part of a product ("### Grafana APIs")."""
    return (" " not in title and everyday_word(title) and not GROUPS_RE.fullmatch(title)) \
        or product_part(title)


SectionGroup = tuple[Draft, bool, tuple[str, ...]]  # a section, whether it lists actions, whose


@dataclass(slots=True)
class Headings:
    """The sections' headings read in order: the groups of blocks to read for follow-ups
    (whether each is a list of actions, and whose), and the date each section's "by
    Wednesday" counts from."""

    ref: date | None  # the date of the notes
    usage: Usage
    owner_run: bool  # whether the section before ended by introducing owner headings
    top: int  # the level of the highest heading
    title_dated: bool  # whether the title is the dated heading of the log's first meeting
    groups: list[SectionGroup]
    refs: dict[int, date | None] = field(default_factory=dict)  # by the id of a section
    action_level: int | None = None  # the level of the heading over a list of actions
    dated: tuple[int, date] | None = None  # the level and date of the meeting's heading
    log_level: int | None = None  # the level of the dated headings, once one is seen
    roll_level: int | None = None  # the level of an attendance heading over sub-headings
    owner_names: bool = False  # whether a heading has named whose tasks follow
    last_meeting: date | None = None  # the date of the last dated heading of the log
    people: frozenset[int] = frozenset()  # the ids of sections headed by a person's name
    person_owners: tuple[str, ...] = ()  # whose list the last heading with owners began
    person_level: int = 0  # the level of that heading
    person_open: bool = False  # whether that heading had nothing under it of its own

    def add(self, draft: Draft) -> None:
        """Classify the section under the next heading, in order."""
        self._date(draft)
        if self.action_level is not None and draft.level <= self.action_level:
            self.action_level = None
        is_action = action_heading(draft.title)
        owners, lead = self._owners(draft, is_action)
        if owners:
            self.person_owners, self.person_level = owners, draft.level
            self.person_open = not draft.blocks
        elif self.person_owners and _PART_OF_LIST.fullmatch(draft.title) and (
                self.person_open or draft.level > self.person_level):
            # (Only a heading with nothing under it, or one above, goes on with its list:
            # "### Ana" over her items, then "### Next steps" for everyone.)
            # "***Erik***" / "***Continuation***" / "- review the PR": Erik's list goes on
            # under a heading for one part of it.
            owners = self.person_owners
        else:
            self.person_owners = ()
        if is_action:
            self.action_level = draft.level
        self._group(draft, is_action, owners, self._skipped(draft, is_action), lead=lead)

    def _date(self, draft: Draft) -> None:
        """Note the date of the meeting the section is in, when the notes are a log."""
        # A log of meetings under dated headings ("## 08-July-2024"): "by Wednesday" under
        # one is that meeting's Wednesday.
        if self.dated and draft.level <= self.dated[0]:
            self.dated = None
        digits = HAS_DIGIT.search(draft.title) is not None
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

    def _owners(self, draft: Draft, is_action: bool) -> tuple[tuple[str, ...], bool]:
        """Whose tasks the section lists, by its heading; and whether they are only the
        topic's lead, in brackets ("#### Physics lot (AN)"), who makes no line a task."""
        owners: tuple[str, ...] = ()
        lead = False
        ctx = Context(usage=self.usage)
        in_run = self.action_level is not None or self.owner_run
        if (in_run or _own_task_list(draft, self.usage)) and OWNERS_RE.fullmatch(draft.title) \
                and valid_owners(draft.title) and not _everyday_heading(draft.title):
            owners = split_owners(draft.title)
        elif in_run and draft.title in ("Will", "May") and self.owner_names:
            owners = (draft.title,)  # "###### Connor" … "###### Will": Will is one of them
        elif is_action and " for " in draft.title and not _FOR_EACH.search(draft.title):
            # "Next steps for SR and AR" (but "Tasks for each member": each has their own)
            owners = owners_intro(draft.title.rstrip(":") + ":")
        elif draft.title.rstrip(" :")[-1:] in "])" and (
                bracketed := topic_owners(draft.title, ctx)):
            owners, lead = bracketed, True  # "#### EMODnet physics (AN)": the topic is AN's
        elif is_action and (whose := _WHOSE_LIST.match(draft.title)) and valid_owners(
                who := whose.group("who")) and all(
                o.lower() in self.usage.names or (person_like(o, ctx) and not any(
                    everyday_word(w) for w in o.split())) for o in split_owners(who)):
            # "## Amr: this week tasks", "### Priya's action items", "Tom – to do": the
            # person, then the list of their actions.
            owners = split_owners(who)
        if owners:
            self.owner_names = True
        # A person's own list does not start a run: the heading after it may be a topic.
        self.owner_run = (bool(owners) and in_run) or _ends_with_action_intro(draft.blocks)
        return owners, lead

    def _skipped(self, draft: Draft, is_action: bool) -> bool:
        """Whether the section holds no follow-ups: a roll call, contents, a retrospective."""
        title = draft.title
        if self.roll_level is not None and (draft.level <= self.roll_level
                                            or not _ROLL_PART.search(title)):
            # "## Attendance" / "**Meeting Minute Approval**": the roll is over
            self.roll_level = None
        # ("# Agenda 20250610" in a log of meetings: that meeting's notes, kept in its agenda.)
        dated_entry = self.dated is not None and self.dated[0] == draft.level
        skip = self.roll_level is not None or (((bool(SKIP_HEADING.search(title))
                 and not _AGENDA_ITEM.match(title) and not _REPORTS.search(title)
                 and not _AGENDA_AND_NOTES.search(title) and not dated_entry)
                or bool(_RETRO_HEADING.fullmatch(title))) and not is_action and not (
                    AGENDA_TITLE.match(title) and _minuted(draft.blocks)))
        if skip and self.roll_level is None and _ROLL_HEADING.search(title) and not is_action:
            self.roll_level = draft.level  # "## Attendance" / "### Voting members": all a roll
        return skip

    def _group(self, draft: Draft, is_action: bool, owners: tuple[str, ...],
               skip: bool, *, lead: bool = False) -> None:
        """Add the section to the groups to read, or what of a skipped one is read."""
        if not skip:
            # (A topic's lead in brackets owns its tasks; it makes no line a task.)
            self.groups.append((draft, is_action or self.action_level is not None
                                or (bool(owners) and not lead), owners))
        elif AGENDA_TITLE.match(draft.title):
            self.groups.append((draft, False, AGENDA_NOTES))
        elif _IDEAS_TITLE.search(draft.title):
            self.groups.append((draft, True, IDEA_NOTES))
        elif _ROLL_HEADING.search(draft.title) and (minutes := _minutes_after_roll(draft)):
            # "**Apologies**" / "CC." / "1. Matters Arising" / "- Action …": the minutes
            # went on under the last heading of the roll call.
            self.groups.append((minutes, self.action_level is not None, ()))


def classify_headings(preamble: list[Block], drafts: list[Draft], header: Header,
                      usage: Usage) -> Headings:
    """The groups of blocks to read for follow-ups, the preamble first, and the date each
    section counts from."""
    ref = header.date
    # "## 6th November, 2017" made the title, "## 15th November, 2017" after it: a log
    # whose first meeting's heading is the title.
    top = min((d.level for d in drafts), default=0)
    title_dated = bool(header.title and ref and _meeting_date(header.title, ref) == ref)
    headings = Headings(
        ref=ref, usage=usage,
        # "Further actions to be taken:" at the end of a section, then "Shelley" / "Becky"
        # as lines of their own over each person's tasks: a run of owner headings.
        owner_run=bool(preamble) and _ends_with_action_intro(preamble),
        top=top, title_dated=title_dated, groups=[(Draft("", 1, preamble), False, ())],
        people=_person_headings(drafts, usage))
    for draft in drafts:
        headings.add(draft)
    return headings


def _person_headings(drafts: list[Draft], usage: Usage) -> frozenset[int]:
    """The sections headed by a person's name alone, a name the notes use as one elsewhere
    (in the attendance, or mid-sentence), with lines under them ("## Alice" in a
    stand-up)."""
    # (The tests on the title's words first; the notes' usage, which reads all the text
    # once, only for a title that passes them.)
    return frozenset(id(d) for d in drafts if d.blocks and _name_shaped(d.title) and (
        first := d.title.split()[0].lstrip("@")) and usage.as_name(first) and not (
            usage.in_lower_case(first) and d.title[:1] != "@"))


def _name_shaped(title: str) -> bool:
    """Whether a heading reads as a person's name and nothing else ("Chris", "Ana Lopez",
    "@kwame"), not a word of the language ("Updates"; "Bob", a verb, is a name here)."""
    words_ = title.split()
    if not 1 <= len(words_) <= 3 or len(title) > 40 or not OWNERS_RE.fullmatch(title) or \
            not valid_owners(title):
        return False
    first = words_[0].lstrip("@")
    # ("Relay Test Failure": a topic, though a name may open it; "Workspace UI", "Grafana
    # API": a product's part.)
    return title[:1] == "@" or (first[:1].isupper() and first[1:].islower() and not (
        everyday_word(first) or dictionary_word(first) or GROUPS_RE.fullmatch(title)
        or is_verb(first.lower()) or (len(words_) == 3 and all(
            dictionary_word(w) for w in words_[1:]))
        or product_part(title)))


def _own_task_list(draft: Draft, usage: Usage) -> bool:
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


def _ends_with_action_intro(blocks: list[Block]) -> bool:
    """Whether a section ends with a line introducing actions ("Actions to be taken:")."""
    for at in range(len(blocks) - 1, max(-1, len(blocks) - 4), -1):
        block = blocks[at]
        if block.kind == "paragraph" and block.text.endswith(":") and len(block.text) <= 80 \
                and action_heading(block.text):
            return True  # the lines after it are its first items ("All: speak to …")
        if len(block.text) > 200:
            return False
    return False
HAS_DIGIT = lazy_regex(r"\d")


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
    when = heading_date(title)
    if when is None or (latest is not None and when > latest and not in_log):
        return None  # (a log with no date of its own: each heading dates its meeting)
    rest = re.sub(r"[\W\d_]+", " ", title).split()
    return when if len(rest) <= 6 else None
AGENDA_NOTES: tuple[str, ...] = ("(agenda)",)  # marks an agenda read only for notes under it
IDEA_NOTES: tuple[str, ...] = ("(ideas)",)  # marks a list of ideas read only for owned items
_IDEAS_TITLE = lazy_regex(r"\bideas?\b|\bsuggestions?\b", re.I)
# "Other reports/items for the next agenda": members' reports, with what they took on.
_REPORTS = lazy_regex(r"\breports\b", re.I)
# A part of a roll call: "### Voting members", "Other Attendees", "Guests", "Regrets".
_ROLL_PART = lazy_regex(rf"\b(?:attend\w*|present|{ABSENT_LABEL}|roll|members?|voting|"
                        r"guests?|observers?|staff|others?|participants?|quorum|directors|"
                        r"officers|trustees|board|committee|council|delegates?)\b", re.I)
_ROLL_HEADING = lazy_regex(rf"\b(?:{ROLL_WORD}|{ABSENT_LABEL}|roll[- ]?call)\b", re.I)


def _minutes_after_roll(draft: Draft) -> Draft | None:
    """The minutes written on under a roll-call heading (with no heading of their own): from
    the first topic with notes nested under it, or the first long paragraph."""
    blocks = draft.blocks
    for at, block in enumerate(blocks):
        nested = block.kind == "bullet" and at + 1 < len(blocks) and blocks[
            at + 1].kind == "bullet" and blocks[at + 1].indent > block.indent
        if at and (nested or (block.kind == "paragraph" and len(block.text) > 200)):
            return Draft(draft.title, draft.level, blocks[at:])
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
