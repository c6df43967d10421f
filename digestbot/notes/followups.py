"""Follow-ups that lean on the lines around them: "X, can you …? Yes.", an owner written
after the full stop ("… by Friday. (Staff)"), items a report lists as done or forthcoming,
an action that points at the sentence before it, and the action marks and labels the block
reader looks for.

One sentence's own forms are elsewhere: `reading` tries them in order on a sentence read
past its `wrappings`; `owned`, `plans`, `labels`, `lineforms`, `trailing` and `rewrites`
hold the forms; `clauses` cuts a sentence with several tasks; `tasks`, `owners`, `status`
and `tenses` are what the forms share.
"""

from __future__ import annotations

import re

from digestbot.model import FollowUp, Status
from digestbot.notes.dates import find_due
from digestbot.notes.dedupe import task_words
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    ASK_YOU,
    ONE,
    OWNER_LIST,
    OWNERS,
    is_verb,
    split_owners,
    valid_owners,
    words,
)
from digestbot.notes.plans import SELF
from digestbot.notes.status import is_forthcoming
from digestbot.notes.tasks import (
    RESTATED,
    WHO_WORDS,
    Context,
    make_follow_up,
    restates,
    tidy_task,
)
from digestbot.notes.trailing import NOT_WHO
from digestbot.notes.wrappings import (
    ACTION_PREFIX,
    MINUTE_NUMBER,
    PREFIX_STARTS,
)

__all__ = [
    "after_action_label",
    "context_follow_ups",
    "has_action_marker",
    "is_speaker_commitment",
    "listed_items",
    "owner_suffix",
    "question_follow_ups",
    "suffix_owners",
]


_QUESTION_YES = lazy_regex(
    rf"(?:^|(?<=[.!?]\s))(?P<owner>@[\w.-]+|{ONE}(?=,)),?\s+{ASK_YOU}"
    r"(?:\s+please)?\s+(?P<task>[a-z][^?]{3,200})\?\s*(?:[→>:-]+\s*)?(?:(?:yes|sure|agreed|"
    r"will do|ok(?:ay)?|on it)\b|:(?:thumbsup|\+1|white_check_mark|ok_hand):|👍)", re.I)


def suffix_owners(sentence: str) -> tuple[str, ...]:
    """Who a sentence that only names people in brackets names: "(Xenia, Theo)", "(Jonas?)"
    after a sentence; () for anything else."""
    alone = RESTATED.fullmatch(sentence.strip()) if sentence[:1] == "(" else None
    who = alone.group("who").rstrip("?").strip() if alone else ""
    if not who or not WHO_WORDS.fullmatch(who) or not valid_owners(who) or NOT_WHO.match(who):
        return ()
    return split_owners(who)


def owner_suffix(sentence: str, previous: str, item: FollowUp | None,
                 ctx: Context) -> tuple[FollowUp, bool] | None:
    """ "Circulate the tool by Friday. (Staff)": the owner after the full stop, for the
    item of the sentence before (True: replace it) or, for "QA sign-off: Confirm the
    schedule. (Tom Reid)" (meeting-assistant task lists), a new item (False)."""
    owners = suffix_owners(sentence)
    if not owners:
        return None
    who = ", ".join(owners)
    label = _TASK_LABEL.match(previous.strip())
    labelled = label if label and is_verb(label.group("task").split()[0].lower()) else None
    if item is not None and task_words(item.task) <= task_words(previous):
        if labelled and item.owners and all(o.lower() in labelled.group("label").lower()
                                            for o in item.owners):
            # "QA sign-off: Confirm …" was read as QA's task: the label is a topic.
            made = make_follow_up(labelled.group("task"), owners, previous, ctx)
            return (made, True) if made else None
        if restates(who, item.owners):
            return FollowUp(item.task, owners, item.due, item.status), True
        return None
    if labelled:
        made = make_follow_up(labelled.group("task"), owners, previous, ctx)
        return (made, False) if made else None
    return None


_TASK_LABEL = lazy_regex(r"^(?P<label>[^:]{2,40}):\s+(?P<task>[A-Za-z]\S*\s.*)$")


def is_speaker_commitment(text: str) -> bool:
    """ "Priyanka: I'll take NVDA" -- a commitment in discussion, not a recorded action."""
    match = SELF.match(text.strip())
    return bool(match and match.group("speaker"))


def after_action_label(text: str) -> str:
    """The text after an action label it opens with ("Next steps: Omar to check …")."""
    marked = ACTION_PREFIX.match(text) if text[:1] in PREFIX_STARTS else None
    return text[marked.end():].lstrip() if marked else text


def has_action_marker(text: str) -> bool:
    """True for explicitly recorded actions ("ACTION: …", "[NEW] ACTION: …")."""
    return bool(ACTION_PREFIX.match(text.strip()))


def question_follow_ups(paragraph: str, ctx: Context) -> list[FollowUp]:
    """ "X, can you …? Yes." -> a task for X."""
    found: list[FollowUp] = []
    if "?" not in paragraph:
        return found
    for match in _QUESTION_YES.finditer(paragraph):
        if valid_owners(match.group("owner")):
            item = make_follow_up(match.group("task"), split_owners(match.group("owner")),
                         match.group(0), ctx)
            if item:
                found.append(item)
    return found


def listed_items(sentence: str, previous: str, ctx: Context) -> list[FollowUp]:
    """ "Work done … This includes: a; b (forthcoming)" -> done/forthcoming items."""
    if ":" not in sentence:
        return []
    lower = sentence.lower()
    if "inclu" not in lower and "compris" not in lower:
        return []
    match = re.search(r"\b(?:includes?|including|included|comprises?)\s*:\s*(.+)$", sentence,
                      re.I)
    context = previous + " " + sentence[: match.start()] if match else ""
    if not match or not re.search(r"\b(?:been|was|were)\s+(?:done|completed|achieved|"
                                  r"accomplished|delivered)\b|\bwork done\b", context, re.I):
        return []
    items = re.split(r"\s*;\s*", match.group(1).rstrip(". "))
    if len(items) < 2:
        items = re.split(r",\s+(?:and\s+)?", match.group(1).rstrip(". "))
    found = []
    for item in items:
        status: Status = "forthcoming" if is_forthcoming(item) else "done"
        phrase, due = tidy_task(re.sub(r"^(?:and\s+)?(?:an?|the)\s+", "", item.strip()), ctx.ref)
        if len(phrase) >= 3:
            found.append(FollowUp(task=phrase, owners=(), due=due, status=status))
    return found


# "I will send a mail to ask.": what to ask is the sentence before.
_TO_VERB_END = lazy_regex(r"^\S+(?:\s+\S+){0,3}\s+(\S+)\s+to\s+([a-z]+)$")
_BEFORE_TO = words("prior due next close according up back thanks")  # "just prior to call"
_OWNERS_ONLY = lazy_regex(rf"^(?:actions?(?:\s+(?:items?|points?))?)\s*[:\-–—]\s*{OWNERS}\s*"
                          r"(?P<due>\b(?:by|before)\b[^.]*)?[.;]?$", re.I)
_NEEDS_TO = lazy_regex(rf"^{OWNER_LIST}\s+(?:still\s+)?(?:needs?|has|have|is|are)\s+to\s+"
                       r"(?P<task>[a-z].*)$")
_ITEM_LABEL = lazy_regex(r"^(?P<label>[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,4})\s*:\s+(?=\S)")


def context_follow_ups(sentence: str, previous: str, made: list[FollowUp],
                       ctx: Context) -> list[FollowUp]:
    """Actions that lean on the sentence before them: "The quote is still awaited. Action:
    ME to chase." (what to chase) and "TA and SP still need to complete the module.
    Action: TA, SP by 31 March." (the task is the need just stated)."""
    if not previous:
        return made
    before = MINUTE_NUMBER.sub("", previous.strip()).strip().rstrip(".;")
    label = _ITEM_LABEL.match(before)
    about = before[label.end():] if label else before
    if made:
        dangling = _TO_VERB_END.search(made[0].task) if len(made) == 1 else None
        if len(made) != 1 or (len(made[0].task.split()) > 1 and not (
                dangling and is_verb(dangling.group(2))
                and dangling.group(1).lower() not in _BEFORE_TO)) or len(before.split()) > 20:
            return made
        item = made[0]
        return [FollowUp(f"{item.task} ({before[:1].lower()}{before[1:]})", item.owners,
                         item.due, item.status)]
    bare = _OWNERS_ONLY.match(sentence.strip()) if sentence[:1] in "aA" else None
    need = _NEEDS_TO.match(about) if bare and valid_owners(bare.group("owners")) else None
    if not need or not bare:
        return []
    task = need.group("task")
    if label:
        task += f" ({label.group('label').lower()})"
    phrase, due = tidy_task(task, ctx.ref, ctx.next_meeting)
    if bare and bare.group("due"):
        found = find_due(bare.group("due"), ctx.ref)
        due = found.date if found else due
    return [FollowUp(phrase, split_owners(bare.group("owners")), due, "open")]
