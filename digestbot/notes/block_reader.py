"""One block's text read sentence by sentence: each sentence may make follow-ups, or
complete, date or close the one before it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from digestbot.model import FollowUp
from digestbot.notes.clauses import sentence_follow_ups
from digestbot.notes.dates import find_due
from digestbot.notes.dedupe import DoneReport, done_report
from digestbot.notes.followups import (
    context_follow_ups,
    has_action_marker,
    is_speaker_commitment,
    listed_items,
    owner_suffix,
    question_follow_ups,
    suffix_owners,
)
from digestbot.notes.implied import (
    SUBJECTLESS_START,
    proposed_task,
    relative_passive,
    volunteers,
    with_subject,
)
from digestbot.notes.inline import split_sentences
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import GROUPS_RE, any_verb, is_verb, split_owners, valid_owners
from digestbot.notes.orders import plain_imperative
from digestbot.notes.owners import named_person
from digestbot.notes.tasks import Context, tidy_task
from digestbot.notes.trailing import dash_owners
from digestbot.notes.wrappings import DONE_STATE


@dataclass
class BlockReading:
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
SECTION_DEADLINE = lazy_regex(rf"^{_DEADLINE_IS}(?:\s+for\s+(?:completion|all\s+of\s+(?:this|"
                              r"these|them)|these|this|all|everything))?"
                              r"\s*(?:is|will\s+be|:)\s+(?P<when>[^;!?]{2,80}?)[.!]?$", re.I)
_DEADLINE_SENTENCE = lazy_regex(rf"^(?:{_DEADLINE_IS}\s*(?:is|will\s+be|:)|"
                                r"due(?:\s+by)?)\s+(?P<when>[^;!?]{2,40}?)[.!]?$", re.I)
_GOES_ON = lazy_regex(r"^(?:and\s+)?(?:will|shall)\s.*\b(?:it|them|these|those)\b", re.I)
_LINE_NAME = r"(?P<who>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?):\s+"  # "Eva: …", "Ethan Kelly: …"
_NAME_LABEL = lazy_regex(_LINE_NAME + r"\S")
_SAYS_I = lazy_regex(_LINE_NAME + r"I\b")


_ACTION_LINE_MARK = lazy_regex(r"[\W_]*action(?:\s+items?|\s+points?)?[\W_]*[:\-–—]", re.I)


def read_block(text: str, ctx: Context, read: BlockReading) -> None:
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
    if len(sentences) >= 2:
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
        if sentence[:1] in "[HhSs":  # "[I will …]", "He will …", "She agreed to …"
            sentence = _sentence_as_meant(sentence, previous, text, ctx)
        listed = listed_items(sentence, previous, ctx)
        if (previous or sentence[:1] == "(") and _remark_on_last(sentence, previous, read, ctx):
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
        if not listed and (not made or sentence[:1] in "AaWwSs"):  # ("And will …", "Will …")
            made = _made_without_subject(sentence, sentence is first, previous, made, found, ctx)
        made = _made_in_context(sentence, previous, listed, made, ctx)
        _file_made(sentence, previous, listed, made, read, ctx)
        previous = sentence


def _owned_sentences(text: str, sentences: list[str], ctx: Context) -> list[str]:
    """The sentences of a line of two or more, with who the line names as doing them put to
    each."""
    label = _NAME_LABEL.match(text) if ctx.action_section else None
    if label and valid_owners(label.group("who")) and (label.group("who") == ctx.me or named_person(
            label.group("who"), ctx)):
        # "Ethan: plan, as above. Provide holiday dates to Jess." under "Follow-up": each
        # order on the line is his.
        sentences = [sentences[0], *(f"{label.group('who')}: {s}" if s and is_verb(
            s.split(maxsplit=1)[0].lower()) else s for s in sentences[1:])]
    if ctx.line_item and sentences[-1][-1:] in ").":
        sentences = _owner_to_front(sentences)
    elif ctx.line_item and (" - " in sentences[-1] or " – " in sentences[-1]
                            or " — " in sentences[-1]):
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


def _remark_on_last(sentence: str, previous: str, read: BlockReading, ctx: Context) -> bool:
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


def _made_without_subject(sentence: str, opens: bool, previous: str, made: list[FollowUp],
                          found: list[FollowUp], ctx: Context) -> list[FollowUp]:
    """The follow-ups of a sentence with no subject of its own ("Will submit them via a
    PR."), read with the subject the line or the sentence before it gives."""
    goes_on = _GOES_ON.match(sentence) if sentence[:1] in "AaWwSs" else None
    if (not made or ((goes_on or sentence[:5].lower() == "will ") and not any(
            item.owners for item in made))) and sentence.strip() and (
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
               read: BlockReading, ctx: Context) -> None:
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
_DONE_ALONE = lazy_regex(r"^(?:(?:already|now|all)\s+)?(?:done|completed|fixed|merged|sent)"
                         r"\s*[.!]*$", re.I)


# "send it", "share this information": a task whose object points back at one just named.
_POINTED = lazy_regex(r"^(?P<verb>[A-Za-z]+)\s+(?:it|them|this|that|these|those)\b", re.I)


def _restated(item: FollowUp, before: FollowUp) -> bool:
    """Whether `item` is `before` taken on again: the same owners, the same verb, and an
    object that only points back at it."""
    pointed = _POINTED.match(item.task) if item.owners == before.owners else None
    return pointed is not None and before.task.split(maxsplit=1)[0].lower() == pointed.group(
        "verb").lower()


def _later_imperative(sentence: str, ctx: Context) -> list[FollowUp]:
    """ "Need filter space in the cabinets. Ask the office for more.": in a terse list line,
    a sentence after the first that opens with a plain imperative and its object is what
    is to be done."""
    words_ = sentence.split(maxsplit=2)
    if len(words_) < 3 or sentence.rstrip().endswith(("?", "!")):
        return []
    verb, after = words_[0].lower(), words_[1].lower().strip(",.;:()")
    if not plain_imperative(verb, after) or f"{verb} {after}" in _NOT_OBJECT:
        return []
    phrase, due = tidy_task(sentence, ctx.ref, ctx.next_meeting)
    if len(phrase.split()) < 3:
        return []
    return [FollowUp(phrase, ctx.owners, due, "done" if ctx.checked else "open")]


_NOT_OBJECT = frozenset({"keep up", "keep going", "keep it", "get well"})  # cheers, not tasks


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
    if pronoun is None or named is None or not valid_owners(named.group("name")) \
            or GROUPS_RE.match(named.group("name")):
        return sentence
    return named.group("name") + sentence[pronoun.end():]


_AMEND = lazy_regex(r"(?:^|(?<=[.;]\s))(responsible|owner|lead|deadline|due|due date|by when|"
                    r"target date|status)\s*:\s*((?:[A-Z]\.\s?)*[^.;]+)", re.I)


_TASK_FIELD = lazy_regex(r"\b(?:task|action)\s*:", re.I)


def amend_previous(text: str, items: list[FollowUp], ref: date | None) -> bool:
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
