"""Reading one group of blocks (a section) for follow-ups, block by block, with what each
block says of the blocks after it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from digestbot.model import FollowUp
from digestbot.notes.block_reader import SECTION_DEADLINE, BlockReading, amend_previous, read_block
from digestbot.notes.conversation import Conversation
from digestbot.notes.dates import find_due
from digestbot.notes.dedupe import DoneNote, DoneReport, done_note, task_words
from digestbot.notes.followups import after_action_label
from digestbot.notes.headings import AGENDA_NOTES, IDEA_NOTES, SectionGroup
from digestbot.notes.implied import volunteers
from digestbot.notes.inline import split_sentences
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import OWNERS, OWNERS_RE, Usage, is_verb, split_owners, valid_owners
from digestbot.notes.lines import Block
from digestbot.notes.list_items import (
    COMMITS,
    DATE_FIRST,
    HANDLE_COMMITS,
    about_parent,
    about_topic,
    agenda_commitment,
    boxes_without_verb,
    list_item_follow_ups,
    one_action,
    topic_of,
    without_date_label,
)
from digestbot.notes.list_state import ListState
from digestbot.notes.orders import dated_step, may_order, read_order
from digestbot.notes.owner_labels import owner_lines
from digestbot.notes.reading import STEP_IS_TO
from digestbot.notes.sections import Draft
from digestbot.notes.speakers import speaker_prefix
from digestbot.notes.tables import action_column, table_follow_ups
from digestbot.notes.tasks import Context, tidy_task
from digestbot.notes.trailing import box_thing

# "Rebecca: yes. I will check …": the speaker is the "I" of the whole paragraph.
_SPEAKER = lazy_regex(r"^([A-Z][\w'-]+(?: (?!Actions?\b)[A-Z][\w'-]+)?)\s*:\s+(?=\S)")


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


@dataclass(slots=True)
class Notes:
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
    # The date of the meeting that set each item.
    meetings: list[date | None] = field(default_factory=list)
    # The items of the sections of actions ("To-do summary").
    recap: set[int] = field(default_factory=set)
    # "Compost bins ordered." in a later meeting of a log.
    done_notes: list[DoneNote] = field(default_factory=list)


@dataclass(slots=True)
class SectionReader:
    """Reads the follow-ups of one group of blocks, in order; what one block says of the
    list it opens or the item before it is kept here for the blocks after it."""

    notes: Notes
    draft: Draft
    is_action: bool  # whether the section is a list of actions
    owners: tuple[str, ...]  # whose tasks its heading says it lists
    ref: date | None  # the date "by Wednesday" counts from
    agenda_notes: bool  # an agenda read only for notes under its topics
    idea_notes: bool  # a list of ideas read only for owned items
    base: Context  # the context a table's rows are read in
    topic: str  # what the heading says the section is about
    decisions: bool  # a list of decisions: only a named owner makes one a task
    carried: bool  # whether a motion was carried in the section
    todo_boxes: frozenset[int]  # the checkboxes without a verb in a list of tasks
    first_item: int  # where this section's follow-ups start
    labels: dict[int, tuple[str, ...]]  # the lines that only name whose list is under them
    conversation: Conversation  # what the last spoken lines asked
    lists: ListState  # what the lines so far say of the list the next block is on
    recorded: set[str] = field(default_factory=set)  # who has an action recorded by a scribe
    spoken: list[FollowUp] = field(default_factory=list)  # "X: I'll …" commitments
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
        if (self.agenda_notes or block.kind == "table") and self._table_or_agenda_topic(block):
            return
        run_on = lists.run_on(at, block)
        if (block.kind == "bullet" and lists.skipped_item(block)) \
                or self._remark_on_earlier(block):
            return
        if block.kind == "bullet" and (self.is_action or lists.list_action
                                       or lists.label_at is not None) \
                and block.text[:1] in DATE_FIRST:
            block = without_date_label(block)
        line_item = block.kind == "bullet" or run_on or (self.is_action and len(block.text) < 120)
        # ("- Discussed current tasks for everyone." / "  - Justin: Search backend": the
        # items under it are the tasks.)
        in_action = self.is_action or run_on or (block.kind == "bullet" and (
            lists.list_action or lists.label_at is not None or block.arrow or (
                bool(lists.parents) and _TASKS_PARENT.search(lists.parents[-1][2]) is not None)))
        if _HISTORY.match(block.text):
            return  # "Previously: FT will push for …" recalls an earlier meeting
        if lists.label_owner and lists.label_at is not None and block.kind == "bullet":
            lists.read_persons_item(block, lists.label_at)
            return
        self._read_line(at, block, run_on=run_on, in_action=in_action, line_item=line_item)

    def _table_or_agenda_topic(self, block: Block) -> bool:
        """Whether the block was a table, read, or an agenda's topic, not to be read."""
        if self.agenda_notes and block.kind == "table" and action_column(block.rows) is not None:
            # "## Agenda" over "Topic | Notes | Actions": the agenda kept as minutes.
            self.notes.items.extend(table_follow_ups(block.rows, self.base))
            return True
        if self.agenda_notes and (block.kind != "bullet" or not self.lists.parents) and not (
                block.kind == "bullet" and (("@" in block.text and HANDLE_COMMITS.search(
                    block.text)) or agenda_commitment(block.text))):
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
        if items and amend_previous(block.text, items, self.ref):
            return True
        deadline = SECTION_DEADLINE.match(block.text) if block.text[:1] in "DdTt" and \
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
            found = dated_step(block.text, ctx)  # a plan's step on a line of its own
        if not found and block.kind == "paragraph" and may_order(block.text) and not (
                talk or run_on or self._not_an_order(at, block)):
            # "Remove the four slow engines from the plots." as a paragraph of its own:
            # what the meeting asks to be done.
            found = read_order(Block("bullet", split_sentences(block.text)[0],
                                     line=block.line), ctx)
        if block.kind == "paragraph" or found:
            found = self.lists.dated(block, found)
        if self.agenda_notes or self.idea_notes or self.decisions:
            found = self._kept_here(block, found, done_by is not None)
        self.conversation.follow(block, talk, read)
        if self.topic and (not parents or (block.kind == "bullet" and len(parents) == 1)):
            # (A list item is on its parents' list by now: only itself there is no parent.)
            found = about_topic(found, self.topic)
            read.spoken = about_topic(read.spoken, self.topic)
        self.spoken.extend(read.spoken)
        self.recorded |= read.recorded
        self.notes.reports.extend(read.reports)
        if self.owner_slot and self._names_owner_above(block, found, read):
            return
        if self.details and self._details_above(block, found):
            return
        if self.open_end and self._goes_on_above(block, found, read):
            return
        self._record(block, found, read, in_action=in_action)

    def _read_text(self, block: Block, *, run_on: bool, in_action: bool,
                   line_item: bool) -> tuple[tuple[str, str] | None, Context, BlockReading]:
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
        read = BlockReading()
        if talk:
            # Scribed minutes: "mk: ok, will merge PR" is mk talking.
            # (A new Context, not dataclasses.replace: that costs several times more.)
            read_block(talk[1], Context(
                ref=self.ref, me=talk[0], action_section=in_action, owners=self.owners,
                checked=block.checked, line_item=line_item, known=notes.known,
                next_meeting=notes.next_meeting, speaker=talk[0], usage=notes.usage), read)
        if not read.spoken and not any(item.owners for item in read.found) and not (
                read.found and talk and STEP_IS_TO.match(talk[1])):
            # "APP: Schedule of the next F2F" names no one else: read the line as written.
            # ("Matt: the only action item is to open a PR" names the step itself.)
            read = self._read_as_written(block, talk, ctx, in_action=in_action)
        return talk, ctx, read

    def _read_as_written(self, block: Block, talk: tuple[str, str] | None, ctx: Context, *,
                         in_action: bool) -> BlockReading:
        """What the line says read as written, not as a speaker's."""
        read = BlockReading()
        motion = self.carried and block.kind == "paragraph" and " should " in block.text
        # "Cart should open an account." then "Unanimously approved.": the motion
        # carried, so its "should" is what the meeting resolved someone will do.
        moved = _MOTION_CARRIED.match(block.text) if block.text[:1] in "MmTtPp" else None
        if moved:
            # "Motion 2: That the committee review the fees. Carried.": resolved.
            read_block("Resolved that " + block.text[moved.end():], ctx, read)
        else:
            read_block(("Resolved that " if motion else "") + block.text, ctx, read)
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

    def _read_list_item(self, at: int, block: Block, found: list[FollowUp], read: BlockReading,
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
            read.spoken = about_parent(read.spoken, block.text, parents[-1][2])
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
        found = list_item_follow_ups(
            block, found, ctx, parents, plain=leaf and not lists.after_prose,
            loose=leaf and not (lists.introduced or self.agenda_notes or self.idea_notes))
        if (in_action or bool(found and found[0].owners)) and len(found) >= 2 and \
                ";" not in block.text and len(
                {f.owners for f in found}) == 1 and len(
                split_sentences(block.text)) == len(found):
            # "- Schedule the July meetings. Accommodate key stakeholders. Send
            # the invites." in a list of actions: one item, one action in steps.
            found = [one_action(found)]
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
            found = [f for f in found if f.owners] if COMMITS.match(
                    after_action_label(block.text)) or done_by \
                or ("@" in block.text and HANDLE_COMMITS.search(block.text)) or (
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

    def _names_owner_above(self, block: Block, found: list[FollowUp], read: BlockReading) -> bool:
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

    def _goes_on_above(self, block: Block, found: list[FollowUp], read: BlockReading) -> bool:
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

    def _record(self, block: Block, found: list[FollowUp], read: BlockReading, *,
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


def section_reader_for(notes: Notes, group: SectionGroup, ref: date | None) -> SectionReader:
    """A reader of the follow-ups of one group of blocks."""
    draft, is_action, owners = group
    agenda_notes = owners is AGENDA_NOTES
    idea_notes = owners is IDEA_NOTES
    owners = () if agenda_notes or idea_notes else owners
    base = Context(ref=ref, me=notes.me, action_section=is_action, owners=owners,
                   known=notes.known, next_meeting=notes.next_meeting)
    # (Made directly: dataclasses.replace costs several times a constructor call.)
    labels = owner_lines(draft.blocks, Context(
        ref=ref, me=notes.me, action_section=is_action, owners=owners, known=notes.known,
        next_meeting=notes.next_meeting, usage=notes.usage))
    return SectionReader(
        notes=notes, draft=draft, is_action=is_action, owners=owners, ref=ref,
        agenda_notes=agenda_notes, idea_notes=idea_notes, base=base,
        topic=topic_of(draft.title),
        decisions=bool(_DECISIONS_TITLE.match(draft.title)) and not is_action,
        carried=any(b.kind == "paragraph" and _CARRIED.match(b.text) for b in draft.blocks),
        todo_boxes=boxes_without_verb(draft.blocks), first_item=len(notes.items), labels=labels,
        conversation=Conversation(ref=ref, next_meeting=notes.next_meeting),
        lists=ListState(notes.items, notes.known, notes.next_meeting, draft, ref))


_PASSIVE_FUTURE = lazy_regex(r"\b(?:will|shall|is to|are to|to)\s+be\s+[a-z]+", re.I)
_SHOULD_WE = lazy_regex(r"^(?:[\w .'-]{1,30}:\s*)?(?:should|shall)\s+we\s+"
                        r"(?P<task>[a-z][^?]{3,200})\?$", re.I)
_GO_AND = lazy_regex(r"^go\s+(?:back|ahead)\s+and\s+", re.I)
_CONSENT = lazy_regex(r"^(?:(?:general\s+)?(?:consensus|agreement|agreed|decision)\s*:\s*)?"
                      r"(?:yes|agreed|consensus)\b\W*$", re.I)
# The meeting's own aims, not work after it: "Goals / Agree the scope of release 5.0".
_GOAL_HEADING = lazy_regex(r"^\W*(?:(?:meeting|session|call)(?:'s)?\s+)?(?:goals?|objectives?|"
                           r"purposes?|aims?|agenda|background|context)\b", re.I)


# A motion's outcome on a line of its own: "Unanimously approved.", "Carried".
_MOTION_CARRIED = lazy_regex(r"^(?:(?:motion|proposal)\s*\d*\s*[:.–-]\s*)?that\s+(?=[^.]+\.\s+"
                             r"(?:the\s+motion\s+(?:was\s+)?)?(?:unanimously\s+)?(?:carried|"
                             r"passed|approved|adopted)\b)", re.I)
_CARRIED = lazy_regex(r"^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:unanimously\s+|duly\s+)?"
                      r"(?:approved|carried|passed|adopted)\b", re.I)
_DONE_BY = lazy_regex(rf"^(?i:will|to|is to|are to)\s+be\s+(?:done|handled|covered|taken care of|"
                      rf"picked up|led|owned)\s+by\s+{OWNERS}(?P<when>\s+(?:by|before|on)\s+.+)?"
                      r"\s*[.;]?$")


# A list item over who does what: "Discussed current tasks for everyone", "Assignments:",
# "Task allocation", "Who does what".
_TASKS_PARENT = lazy_regex(r"\b(?:(?:current|new|next|open)\s+tasks|tasks?\s+(?:for|allocation|"
                           r"assignments?)|assignments|who\s+(?:does|will\s+do)\s+what|"
                           r"division\s+of\s+(?:labou?r|work))\b", re.I)
_DECISIONS_TITLE = lazy_regex(r"^(?:key\s+|main\s+)?decisions?(?:\s+(?:made|taken|reached))?$",
                              re.I)
# A heading that says when its actions are due: "Immediate (By Friday's Meeting)",
# "Before the AGM", "Due 3 March".
# ("Goals for next week", "Amr: this week tasks": the work of that week, due by its Friday.)
_DEADLINE_HEADING = lazy_regex(r"\b(?:by|before|due|deadline|no later than|(?:this|next|"
                               r"coming) week)\b", re.I)


_GET_IT_DONE = lazy_regex(r"^(?:(?:we|i|he|she|they)\s+(?:are|is|am|will\s+be)\s+|i['’]m\s+|"
                          r"we['’]re\s+)?(?:trying|try|aiming|aim|hoping|hope|planning|plan|"
                          r"wanting|want|going)\s+to\s+(?:get|have)\s+(?:it|this|that|these|"
                          r"them|everything|all\s+(?:of\s+)?(?:it|this|that|them))\s+(?:done|"
                          r"finished|completed|ready)\s+(?P<when>(?:by|before)\s+[^.;!?]{2,40}?)"
                          r"[.!]?$", re.I)


# "Tom to look at:" over a list: the particle tidying dropped goes back before the items.
_LAST_PARTICLE = lazy_regex(r"\s(at|into|on|for|about|with|to|up|over|through|of)\s*:[\s*_]*$")
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
