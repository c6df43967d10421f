"""What the lines read so far say of the list the next block is on: what its items sit
under, whose they are, whether they are actions, and when they are due."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from digestbot.model import FollowUp, Status
from digestbot.notes.action_lists import ACTION_LABEL, action_heading
from digestbot.notes.dates import find_due
from digestbot.notes.headings import HAS_DIGIT
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import ABSENT_LABEL, NO_OWNER, PRESENT_LABEL, any_verb
from digestbot.notes.lines import Block
from digestbot.notes.list_items import Parent
from digestbot.notes.owner_labels import (
    NEXT_LABEL,
    due_by_label,
    owners_intro,
    person_heading,
    person_item,
    topic_owners,
)
from digestbot.notes.sections import AGENDA_INTRO, Draft
from digestbot.notes.tasks import Context, tidy_task

_LIST_INTRO_SKIP = lazy_regex(r"(future|later|ideas|suggest\w*|parking lot|possible|topics\s+for\s+"
                              r"(?:the\s+)?(?:next|future|later|upcoming|another))\b[^.]*:\s*$|"
                              # "Last week:" in a stand-up: what was done, not what is to do.
                              r"^[*_]*(?:(?:last|previous|past)\s+week|yesterday)[*_]*\s*:[*_]*$|"
                              # "Attendees:" over "- [x] Ana (chair) - Acme": who came.
                              rf"^[*_]*(?:{PRESENT_LABEL}|{ABSENT_LABEL})[*_]*\s*:[*_]*$", re.I)


@dataclass(slots=True)
class ListState:
    """What the lines read so far say of the list the next block is on: what its items
    sit under, whose they are, whether they are actions, and when they are due."""

    items: list[FollowUp]  # the follow-ups of the notes so far
    known: frozenset[str]  # the people the notes name
    next_meeting: date | None
    draft: Draft
    ref: date | None  # the date "by Wednesday" counts from
    parents: list[Parent] = field(default_factory=list)
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
        person = owners_intro(block.text) if block.kind == "paragraph" and \
            block.text[-1:] == ":" else ()
        topic = topic_owners(block.text, Context(known=self.known)) if not person and \
            block.kind == "paragraph" and block.text.rstrip(" :")[-1:] in "])" and \
            at + 1 < len(blocks) and blocks[at + 1].kind == "bullet" else ()
        if topic:
            # "Storage Manager [Aarati]" / "+ Will write up the design": the list is about
            # her part, so what it says she will do is hers (not every item is a task).
            self.parents = [(-1, topic, block.text)]
            return True
        if person:
            # "Ben and Ana to:" over a list: each item is their task.
            self.label_at, self.label_owner, self.label_due = -1, person, None
            return True
        person = person_heading(self.draft.title, self.known) \
            if block.kind == "paragraph" and NEXT_LABEL.fullmatch(block.text) else ()
        if person:
            # "## Keyi" / "This week:" / "- Send the events to the server": what
            # that person is to do, by the end of the week.
            self.label_at, self.label_owner = -1, person
            self.label_due = due_by_label(block.text, self.ref)
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
        person = (person_item(parents[-1][2]) if parents else person_heading(
            self.draft.title, self.known)) if NEXT_LABEL.fullmatch(block.text) else (
            owners_intro(block.text) if block.text[-1:] == ":" or (
                block.text[-1:] == ")" and block.text[:1] in "AaTtNn") else ())
        if self.label_at is None and person:
            # A stand-up's "- @mgoelzer:" / "  - Next:" / "    - Perf review
            # summaries": what that person is to do next ("What will you do
            # today?": by the end of the meeting's day).
            self.label_at, self.label_owner = block.indent, person
            self.label_due = due_by_label(block.text, self.ref)
            return True
        if self.label_at is None and (ACTION_LABEL.match(block.text) or (
                block.text.endswith(":") and len(block.text) <= 100
                and action_heading(block.text)
                and not _LIST_INTRO_SKIP.search(block.text)
                and not _LIST_DEADLINE.search(block.text))):
            # "- The action points before Thursday's meeting are as follows:" too.
            self.label_at = block.indent
            # "… before Thursday's meeting are as follows:": when all of it is due.
            label_when = find_due(block.text, self.ref) if HAS_DIGIT.search(
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
            action_heading(block.text))) or bool(
            len(block.text) <= 30 and _ACTION_LINE.fullmatch(block.text)) or (
            # "Goals for next week (include responsibilities)" over a list: a heading
            # written as a line of its own.
            len(block.text) <= 60 and block.text[-1:] not in ".?!" and at + 1 < len(
                blocks) and blocks[at + 1].kind == "bullet"
            and action_heading(block.text))
        if intro and not self.list_action and _PLANNED.fullmatch(block.text):
            # "Upcoming:" over "- Visualize the bucket's status" / "- Link the external
            # buckets": the work planned, when every item opens with a verb (over "- Board
            # meeting on 5 May" it lists events).
            self.list_action = _verbs_only(blocks, at + 1)
        self.agenda_top = -1 if intro and not self.list_action and AGENDA_INTRO.search(
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

    def read_persons_item(self, block: Block, label_at: int) -> None:
        """Read an item of a person's list (under a label at `label_at`): theirs to do."""
        # "  - Next:" / "    - Perf review summaries": each item of a person's list
        # of next things is theirs to do, a noun phrase as much as a verb.
        if self.parents and self.parents[-1][0] > label_at:
            return  # a note on an item, not an item
        self.parents.append((block.indent, (), block.text))
        phrase, due = tidy_task(block.text, self.ref, self.next_meeting)
        status: Status = "done" if block.checked else "open"
        if len(phrase) >= 3 and not NO_OWNER.fullmatch(phrase):
            self.items.append(FollowUp(phrase, self.label_owner, due or self.label_due, status))

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
# A line over a list that says when all of it is due: "to be completed before the next meeting",
# "Homework for next meeting:".
_WEEK_LIST = lazy_regex(r"^[\W_]*(?:plans?|tasks?|actions?|action items?|to-?dos?|homework|goals?)"
                        r"\s+for\s+(?P<when>(?:next|this)\s+week)[\W_]*$", re.I)
_LIST_DEADLINE = lazy_regex(r"^[\W_]*[^.?!]{0,60}\b(?:by|before|prior to|ahead of|(?:homework|"
                            r"tasks?|actions?|action items?|to-?dos?)\s+for)\s+(?:the\s+)?"
                            r"next\s+(?:meeting|call|session)[\W_]*$", re.I)
_WHEN_WORD = lazy_regex(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bweek|\bmonth", re.I)
# "Upcoming:", "Coming up:", "Planned:": work planned, when its items open with verbs.
_PLANNED = lazy_regex(r"[*_]*(?:upcoming|coming\s+up|planned)(?:\s+(?:work|changes|steps))?"
                      r"[*_]*\s*:[*_]*", re.I)


def _verbs_only(blocks: list[Block], start: int) -> bool:
    """Whether the list that starts at `start` has items and each of its items opens with a
    verb ("Document the API flows", "Link the buckets")."""
    top = blocks[start].indent if start < len(blocks) else 0
    heads = [(b.text.split(maxsplit=1) or [""])[0].strip("*_").lower()
             for b in itertools.takewhile(lambda b: b.kind == "bullet", blocks[start:])
             if b.indent == top]
    return bool(heads) and all(any_verb(head) for head in heads)


# ("Action Items & Assignments", "Actions and owners": the actions and who takes them.)
_ACTION_LINE = lazy_regex(r"[\W_]*(?:action\s+items?|actions?|next\s+steps|follow[- ]?ups?|"
                          r"to-?dos?|tasks)(?:\s*(?:&|and|/)\s*(?:assignments|assignees|"
                          r"owners|responsibilities|deadlines))?[\W_]*", re.I)
