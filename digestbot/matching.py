"""Whether two wordings of a task are one follow-up: pure, no store, no clock.

A later meeting rewords what an earlier one decided ("Send a report and summary of the
session around", then "Report of the pre-event circulated"). Two wordings are compared
by their content words, stemmed, with common synonyms folded together; more leniently
when the same people own both. `digestbot.store` uses it to merge follow-ups across
meetings, and `digestbot.digest` to leave out of "Outstanding" what a meeting lists.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from digestbot.model import normalize_task

__all__ = ["SAME_TASK_THRESHOLD", "same_people", "same_task", "task_similarity", "task_words"]

# Two wordings of one task are the same follow-up at or above this similarity; strings
# this alike character by character are the same whatever their words.
SAME_TASK_THRESHOLD = 0.75
SAME_STRING_RATIO = 0.88

# Words that say nothing about which action a task is.
_STOPWORDS = frozenset({
    "a", "an", "and", "the", "of", "to", "for", "on", "in", "at", "by", "with", "from", "about",
    "around", "into", "up", "out", "as", "is", "be", "been", "will", "shall", "should", "would",
    "can", "could", "may", "might", "must", "please", "also", "all", "any", "some", "this",
    "that", "these", "those", "it", "its", "their", "his", "her", "our", "your", "my", "we",
    "they", "he", "she", "i", "you", "them", "us", "who", "what", "which", "when"
})
# Different words people use for one action or one thing, mapped to one of them.
_SYNONYMS = {
    "circulat": "send", "circulate": "send", "share": "send", "distribut": "send",
    "distribute": "send", "forward": "send", "sent": "send", "email": "send", "post": "send",
    "summary": "report", "writeup": "report", "write": "draft", "minute": "report",
    "note": "report", "recap": "report", "readout": "report",
    "session": "meeting", "event": "meeting", "pre": "meeting", "call": "meeting",
    "workshop": "meeting", "webinar": "meeting",
    "prepar": "draft", "prepare": "draft", "drafted": "draft",
    "check": "review", "finalis": "finish",
    "finaliz": "finish", "complet": "finish", "complete": "finish",
    "organis": "organise", "organiz": "organise", "arrang": "organise", "arrange": "organise",
    "schedul": "organise", "schedule": "organise", "set": "organise",
}


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def task_words(task: str) -> frozenset[str]:
    """The content words of a task, stemmed and mapped to one word per meaning."""
    out = set()
    for word in normalize_task(task).split():
        if word in _STOPWORDS or len(word) < 2:
            continue
        out.add(_SYNONYMS.get(word) or _SYNONYMS.get(_stem(word)) or _stem(word))
    return frozenset(out)


def task_similarity(a: str, b: str, *, same_people: bool = False) -> float:
    """0..1: how surely two wordings describe the same action.

    Content words (stemmed, synonyms folded) shared by both, over the longer wording; over
    the shorter one when the same people own both ("Report sent." by Sheetal then matches
    Sheetal's "Send the report and summary around"). Near-identical strings (small edits)
    also count.
    """
    na, nb = normalize_task(a), normalize_task(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    wa, wb = task_words(a), task_words(b)
    shared = len(wa & wb)
    size = min(len(wa), len(wb)) if same_people else max(len(wa), len(wb))
    overlap = shared / max(1, size) if shared >= 2 else 0.0
    chars = difflib.SequenceMatcher(None, na, nb).ratio()
    return max(overlap, chars if chars >= SAME_STRING_RATIO else 0.0)


def same_people(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when two owner lists share a person (by first name), or one names nobody."""
    def keys(owners: Sequence[str]) -> set[str]:
        return {o.strip().lower().lstrip("@").split()[0] for o in owners if o.strip()}

    ka, kb = keys(a), keys(b)
    return not ka or not kb or bool(ka & kb)


def same_task(a: str, b: str, *, same_people: bool = False) -> bool:
    """True when two task wordings describe the same action."""
    return task_similarity(a, b, same_people=same_people) >= SAME_TASK_THRESHOLD
