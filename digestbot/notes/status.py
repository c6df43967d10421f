"""Marks that say an item is done ("(done)", "✅", "was sent") or forthcoming ("coming
soon", "to follow"), read in the text of a sentence or a list item.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import is_verb, words
from digestbot.notes.tenses import PASSIVE

FORTHCOMING = lazy_regex(r"\(?\b(?:forthcoming|coming soon|stay tuned|in preparation|"
                         # "details to follow", but not "how to follow a category"
                         r"to follow(?=\s*[.;)]|\s*$)|"
                         r"watch this space|will follow(?=\s*(?:shortly|soon|later)?\s*[.;)]?$)|"
                         # "Blog post and call for maintainers going out this week"
                         r"(?:going|coming)\s+out\s+(?:(?:this|next)\s+(?:week|month)|soon|"
                         r"shortly)|"
                         # "Bevy report coming": a piece of work announced, at a line's end
                         r"(?:(?<=report)|(?<=reports)|(?<=update)|(?<=updates)|(?<=draft)|"
                         r"(?<=summary)|(?<=release)|(?<=proposal)|(?<=writeup))"
                         r"\s+(?:is\s+|are\s+)?coming(?=\s*(?:up|shortly|later)?\s*[.;)]?$)"
                         r"(?:\s*(?:shortly|soon|later))?)\b\)?", re.I)
_DONE_MARK = lazy_regex(r"\((?:done|completed?|finished)\b[^)]*\)|"
                        # "(already committed)", "(already sent)": done by the time of writing
                        r"\(already\s+(?:been\s+)?[a-z]+(?:ed|sent|done|made|built|written|"
                        r"set up)\)|"
                        r"\[(?:done|completed?|x)\]\s*[.!]?$|"
                        r"[-–—]\s*(?:all\s+)?(?:done|completed?|closed|finished|resolved)\b[^–—]*$|"
                        r":\s*(?:done|completed?)\s*[.!]?$|"
                        r"(?-i:\bDONE\b)|[✅✔✓☑]|:(?:white|heavy)_check_mark:|"
                        r":ballot_box_with_check:", re.I)
_MARK_HINTS = ("forthcoming", "coming", "going out", "tuned", "to follow", "will follow",
               "in preparation", "this space",
               "done", "complete", "finished", "closed", "resolved", "✅", "✔", "✓", "☑", "[x]",
               "check_mark:", "_check:", "(already ")


@lru_cache(maxsize=1024)
def _marked(text: str) -> bool:
    """Whether `text` may carry a done or forthcoming marker (a cheap first test)."""
    lower = text.lower()
    return any(hint in lower for hint in _MARK_HINTS)


def is_done(text: str) -> bool:
    if "(" in text and _own_participle(text):
        return True
    if not _marked(text):
        return False
    if "(" in text:
        # "send the offer to Carla (verbal yes ✅)": the tick is the aside's, not the task's.
        text = _TICKED_ASIDE.sub("", text)
    return bool(_DONE_MARK.search(text))


# "Verify the theme has no trackers (verified!)", "Book the hall (booked)": the task's own
# verb, done, in brackets after it.
_BRACKETED_WORD = lazy_regex(r"\(\s*(?:all\s+|now\s+|already\s+)?([a-z]{4,})\s*!*\s*\)", re.I)
_FIRST_WORD = lazy_regex(r"[A-Za-z]+")


def _task_verb(text: str) -> str:
    """The task verb an item opens with, lower-cased; "" when it opens with none."""
    first = _FIRST_WORD.search(text)
    verb = first.group(0).lower() if first else ""
    return verb if verb and is_verb(verb) else ""


def _participle_of(verb: str, match: re.Match[str]) -> bool:
    """Whether the bracketed word `match` found is `verb`'s past participle."""
    word = match.group(1).lower()
    return word in (verb + "ed", verb + "d", verb[:-1] + "ied", verb + verb[-1:] + "ed") \
        or PASSIVE.get(word) == verb


def _own_participle(text: str) -> bool:
    """Whether a bracketed word is the past participle of the verb the item opens with."""
    verb = _task_verb(text)
    return bool(verb) and any(_participle_of(verb, m) for m in _BRACKETED_WORD.finditer(text))


_TICKED_ASIDE = lazy_regex(r"\((?![^)]*\b(?:done|completed?|finished)\b)[^)]*[a-z][^)]*[✅✔✓☑]"
                           r"[^)]*\)", re.I)


def is_forthcoming(text: str) -> bool:
    return _marked(text) and bool(FORTHCOMING.search(_AS_MODEL.sub("", text)))


# "don't use that as a model to follow": something to imitate, not something coming.
_AS_MODEL = lazy_regex(r"\bas\s+(?:an?|the)\s+[\w-]+\s+to follow\b", re.I)


def unmarked(text: str) -> str:
    """`text` without done / forthcoming markers."""
    verb = _task_verb(text) if "(" in text else ""
    if verb:
        # ("Send the letter (sent)": the bracketed participle goes, other brackets stay.)
        text = _BRACKETED_WORD.sub(
            lambda m: "" if _participle_of(verb, m) else m.group(0), text)
    return FORTHCOMING.sub("", _DONE_MARK.sub("", text)) if _marked(text) else text


# "The letter was sent last week", "The statement has already been sent": reported done.
_DONE_PASSIVE = lazy_regex(r"^(?!(?:it|this|that|there|which|we|they|he|she|i)\b)"
                           r"(?:(?:an?|the|our|all)\s+|[A-Z])"
                           r"[^,;:]{2,80}?\s+(?:has|have|was|were|(?:is|are)(?=\s+already\s))\s+"
                           r"(?:already\s+|now\s+)?"
                           r"(?:been\s+)?(?P<verb>[a-z]+)\b", re.I)
NOT_DONE_VERBS = frozenset({"agreed", "decided", "noted", "discussed", "asked", "made",
                             "raised", "postponed", "deferred", "put", "set", "told", "given",
                             "found", "read", "led", "kept", "run"})


def done_passive(text: str) -> bool:
    match = _DONE_PASSIVE.match(text)
    if not match or not (" was " in text or " were " in text or " been " in text
                         or " already " in text):
        return False
    verb = match.group("verb").lower()
    return verb in PASSIVE and verb not in NOT_DONE_VERBS and verb != PASSIVE[verb]


_NOT_A_HEAD = words("""was were is are be been being will would to has have had should must
need needs for of on in with about the a an and or from by at not yet still if when once as
please i you we they he she it his her their our my your its this that these those some any
each every no all""")


def headline_done(text: str) -> bool:
    """ "Letter sent to the minister", "Room booked (Ana)", "New members added": a list
    item written as a headline, a noun and its participle, reports the work done (not
    "Send the letter", an order, nor "Slides for the revised budget")."""
    words_ = text.split(maxsplit=5)
    if len(words_) < 2 or not words_[0][:1].isupper() or is_verb(words_[0].lower()) or \
            words_[0].lower() in _NOT_A_HEAD:
        return False
    for word in words_[1:4]:
        word = word.lower().strip(",.;:()")
        if word in _NOT_A_HEAD:
            return False
        if word in PASSIVE and PASSIVE[word] != word and word not in NOT_DONE_VERBS:
            return True
    return False
