"""What the sentence forms read and what they decide.

A `Sentence` is a sentence read past its wrappings (marks, labels, owners in brackets,
"agreed that …"). Each form is a function `(Sentence) -> Found | None`: None when it does
not apply (the next form is tried), else what it decides, a follow-up or `NO_FOLLOW_UP`
(the sentence gives none, and no later form is tried).
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple, TypeAlias

from digestbot.model import FollowUp
from digestbot.notes.tasks import Context, make_follow_up


class _Stop(Enum):
    """What a form that applies decides when it makes no follow-up: no later form is tried."""

    NO_FOLLOW_UP = "no follow-up"


NO_FOLLOW_UP = _Stop.NO_FOLLOW_UP
# What a form decides once it applies: its follow-up, or that the sentence gives none. (A
# form that does not apply returns None, and the next form is tried.)
Found: TypeAlias = FollowUp | _Stop


def as_found(item: FollowUp | None) -> Found:
    """The follow-up a form that applies gives, or `NO_FOLLOW_UP` when it gives none."""
    return NO_FOLLOW_UP if item is None else item


def found_task(task: str, owners: tuple[str, ...], text: str, ctx: Context) -> Found:
    """The follow-up a form that applies makes of its task and owners (see `make_follow_up`)."""
    return as_found(make_follow_up(task, owners, text, ctx))


class Sentence(NamedTuple):
    """A sentence read past its wrappings (marks, labels, brackets, "agreed that …"), as
    the forms read it. (Immutable; a named tuple rather than a frozen dataclass, because one
    is made for every sentence, and a frozen dataclass's `__init__` took 2% of a parse.)"""

    text: str  # the line as its marks and labels left it: a follow-up's status is read there
    body: str  # what the forms read: the sentence after its action mark and agreed lead
    original: str  # the body before names the notes know were capitalised
    ctx: Context
    prefixed: re.Match[str] | None  # the action mark it opens with ("ACTION:", "TODO (Ana):")
    listed: bool  # in a list of actions, a list item, or marked as an action
    agreed: bool  # what was agreed or decided: "It was agreed that …", "… and that …"
    owner_first: bool  # the body opens as a list of owners does
    # Whether its place says it is a task: a list of actions, a checkbox, owners from a
    # heading or a mark, an action mark.
    assigned: bool
    vocab: frozenset[str]  # the body's words, in lower case
    first: str  # the body's first word, in lower case, without a comma or colon


def opening_word(body: str) -> str:
    """The body's first word as the forms test it: "Send," -> "send"."""
    opening = body.split(maxsplit=1)
    return opening[0].lower().strip(",:") if opening else ""
