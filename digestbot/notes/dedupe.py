"""One follow-up per action: the same task written twice is merged, "has done" reports
applied, and two wordings of a task compared by their content words."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from digestbot.model import FollowUp, Status
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import LETS, OWNERS, split_owners, valid_owners, words
from digestbot.notes.tenses import IRREGULAR

_DONE_REPORT = lazy_regex(rf"^(?:update\s*:\s*)?{OWNERS}\s+(?:has|have)\s+(?:already\s+|now\s+|"
                          r"just\s+)?(?P<verb>\w+)\s+(?P<rest>.+)$", re.I)
# What every _DONE_REPORT match opens with: the characters OWNERS can hold, then "has"/"have".
_DONE_REPORT_HINT = lazy_regex(r"(?:update\s*:\s*)?[\w\s'’.@/,&+-]*?\s(?:has|have)\s", re.I)


@dataclass(frozen=True)


class DoneReport:
    """A later sentence saying someone has done something ("Chen has sent the …")."""

    owners: tuple[str, ...]
    words: frozenset[str]


def done_report(sentence: str) -> DoneReport | None:
    """ "Chen has already sent the IRB amendment" -> who and what was done."""
    if " has " not in sentence and " have " not in sentence:
        return None
    stripped = sentence.strip()
    # Owners are written with word characters, spaces and a few marks: a ";" or "(" before
    # every "has" rules the long pattern out.
    match = _DONE_REPORT.match(stripped) if _DONE_REPORT_HINT.match(stripped) else None
    if not match or not valid_owners(match.group("owners")):
        return None
    verb = match.group("verb").lower()
    if not (verb.endswith("ed") or verb in ("sent", "done", "written", "made", "set", "put",
                                            "run", "got", "begun", "taken", "built", "paid")):
        return None
    return DoneReport(split_owners(match.group("owners")), frozenset(task_words(
        match.group("rest"))))


@dataclass(frozen=True)
class DoneNote:
    """A later meeting's short note that a thing was done ("Compost bins ordered.")."""

    when: date
    verb: str
    words: frozenset[str]


# "Shed repainted.", "Apache 2.0 licence added", "Council written to about the fence (Gill)":
# a thing, then what was done to it, with no auxiliary.
_DONE_NOTE = lazy_regex(r"^(?:the\s+|our\s+)?(?P<what>[\w.'-]+(?:\s+[\w.'-]+){0,3}?)\s+"
                        r"(?P<verb>[a-z]+ed|sent|written|done|made|paid|built|bought|set\s+up|"
                        r"put\s+up|sorted|taken)\b(?P<rest>(?:\s+[\w.'-]+){0,6})\s*"
                        r"(?:\([^()]{1,40}\))?\s*[.!]?$")
_NOT_DONE_NOTE = words("""agreed decided noted discussed raised postponed deferred needed
                          proposed suggested requested planned expected delayed cancelled
                          canceled blocked stalled paused missed failed carried""")
_NOT_A_THING = words("""is are was were has have had will not still it we they he she i you
                        this that there who which to be""")


def done_note(clause: str, when: date) -> DoneNote | None:
    """ "Compost bins ordered" in a later meeting's notes -> what was done, and when."""
    match = _DONE_NOTE.match(clause.strip())
    if match is None:
        return None
    verb = match.group("verb").lower()
    what = match.group("what").lower().split()
    if verb in _NOT_DONE_NOTE or _NOT_A_THING.intersection(what):
        return None
    found = task_words(f"{match.group('what')} {match.group('rest')}")
    return DoneNote(when, _stem(verb.split()[0]), found) if found else None


def apply_done_notes(items: list[FollowUp], meetings: list[date | None],
                     notes: list[DoneNote]) -> list[FollowUp]:
    """Mark done the follow-ups an later meeting reports done; `meetings[i]` is the date of
    the meeting that set `items[i]`."""
    out = list(items)
    for note in notes:
        for index, item in enumerate(out):
            when = meetings[index]
            if item.status == "done" or when is None or when >= note.when:
                continue
            found = task_words(item.task)
            # "Shed repainted" names one thing: its verb must be the task's too.
            if note.words <= found and (len(note.words) > 1 or note.verb in found):
                out[index] = replace(item, status="done")
    return out


_STOP = words("""a an the to of for and or on in at by with from about into this that it its""")


@lru_cache(maxsize=4096)  # merging compares each task with many others
def task_words(task: str) -> frozenset[str]:
    """Content words of a task, for matching two wordings of one action."""
    words = _TASK_WORD.findall(task.lower())
    # ("Slides sent" and "Send the slides": an irregular participle is its verb.)
    return frozenset(_stem(IRREGULAR.get(w, w)) for w in words if w not in _STOP)


_TASK_WORD = lazy_regex(r"[a-z0-9@]+")


def _stem(word: str) -> str:
    """A crude stem, so that "updated" matches "update", "letters" "letter" and
    "implementation" "implementing"."""
    if len(word) > 4:
        for suffix in ("ations", "ation", "ing", "ed", "es", "s", "e"):
            # (Not "station" or "nation": "-ation" only after a stem of five letters.)
            if word.endswith(suffix) and (suffix[0] != "a" or len(word) - len(suffix) >= 5):
                return word[: -len(suffix)]
    return word


def similarity(a: str, b: str) -> float:
    """Dice overlap of two tasks' content words (0..1)."""
    wa, wb = task_words(a), task_words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


_NUMBER = lazy_regex(r"\d+")


_ABOUT = lazy_regex(r"\([^()]+\)$")  # what a pointer task is about: "Review this (item 4)"


# A task that points at another: "Work on this (let's pick a test runner)".
_POINTER_TASK = lazy_regex(r"^[A-Z][a-z]+(?:\s+(?:on|up on|into|at|over))?\s+(?:this|that|it)"
                           r"\s+\((?P<about>[^()]{8,})\)$")


def _taken_on(about: str, merged: list[FollowUp]) -> int | None:
    """The owner-less follow-up a pointer task (about `about`) takes on, when the notes
    wrote both: the task above and "Jim will work on this" under it; else None."""
    for index in range(len(merged) - 1, max(-1, len(merged) - 4), -1):
        if not merged[index].owners and similarity(about, merged[index].task) >= 0.8:
            return index
    return None


def merge_follow_ups(items: list[FollowUp], reports: list[DoneReport],
                     recap: list[bool] | None = None) -> list[FollowUp]:
    """One follow-up per action: repeats merged, later "has done" reports applied. `recap`:
    whether each item is one a section of actions lists; one that restates a task of the
    discussion with the same owners and verb ("Aurelie and Behrang will share the code they
    wrote" / "To-do: Aurelie and Behrang to share their evaluation code") is that task, in
    the recap's words."""
    merged: list[FollowUp] = []
    in_recap: list[bool] = []  # for each of `merged`, whether a section of actions lists it
    paired: set[int] = set()  # those a recap and the discussion have both written
    # Tasks that name different numbers ("item 3", "item 4") are never the same action;
    # bucketing on them also keeps huge files from comparing every pair.
    # Within a bucket only tasks sharing a word can be similar: index them by word.
    by_word: dict[tuple[frozenset[str], str], list[int]] = {}
    exact: dict[tuple[frozenset[str], frozenset[str]], int] = {}
    wording: dict[str, int] = {}  # a task's exact words, lower-cased
    for at, item in enumerate(items):
        listed = bool(recap and recap[at])
        key = frozenset(_NUMBER.findall(item.task))
        words = task_words(item.task)
        same = exact.get((words, frozenset(o.lower() for o in item.owners)))
        shared = wording.get(item.task.lower()) if item.owners and same is None else None
        if shared is not None and merged[shared].owners and merged[shared].status == item.status:
            # "Flash the boards" in Aaron's list and again in Cam's: one task, both of theirs.
            kept = merged[shared]
            merged[shared] = replace(kept, owners=tuple(dict.fromkeys(kept.owners + item.owners)),
                                     due=kept.due or item.due)
            continue
        pointer = _POINTER_TASK.match(item.task) if item.owners and item.task.endswith(
            ")") else None
        taken = _taken_on(pointer.group("about"), merged) if pointer else None
        if taken is not None:
            # "Let's pick a test runner" / "Jim will work on this": the task is Jim's.
            kept = merged[taken]
            merged[taken] = replace(kept, owners=item.owners, due=kept.due or item.due)
            continue
        proposed = LETS.match(pointer.group("about")) if pointer else None
        if pointer and proposed:
            # "Let's choose a runner" above "Jim will work on this": Jim chooses it.
            about = pointer.group("about")[proposed.end():]
            item = replace(item, task=about[:1].upper() + about[1:])
            words = task_words(item.task)
        candidates = [same] if same is not None else sorted(
            {index for word in words for index in by_word.get((key, word), ())})
        for index in candidates:
            kept = merged[index]
            same_owner = (not item.owners or not kept.owners
                          or {o.lower() for o in item.owners} & {o.lower() for o in kept.owners})
            both_owned = bool(item.owners) and bool(kept.owners)
            about, kept_about = _ABOUT.search(item.task), _ABOUT.search(kept.task)
            if about and kept_about and about.group(0).lower() != kept_about.group(0).lower():
                continue  # "Put this on the agenda (Intl.Locale)" / "(Intl.Segmenter)"
            restated = both_owned and listed != in_recap[index] and index not in paired and \
                _same_verb(item.task, kept.task) and {
                    o.lower() for o in item.owners} == {o.lower() for o in kept.owners}
            if same_owner and similarity(item.task, kept.task) >= (
                    0.34 if restated else 0.65 if both_owned else 0.8) \
                    and not _parallel(item.task, kept.task):
                owners = kept.owners or item.owners
                due = kept.due or item.due
                status = _merged_status(kept.status, item.status)
                task = item.task if restated and listed else kept.task
                if listed != in_recap[index]:
                    paired.add(index)  # one task of the discussion restated once, no more
                in_recap[index] = in_recap[index] or listed
                if (task, owners, due, status) != (kept.task, kept.owners, kept.due, kept.status):
                    merged[index] = FollowUp(task=task, owners=owners, due=due, status=status)
                if task != kept.task:
                    for word in words - task_words(kept.task):
                        by_word.setdefault((key, word), []).append(index)
                break
        else:
            exact[(words, frozenset(o.lower() for o in item.owners))] = len(merged)
            for word in words:
                by_word.setdefault((key, word), []).append(len(merged))
            wording.setdefault(item.task.lower(), len(merged))
            merged.append(item)
            in_recap.append(listed)
    # Once per follow-up, not once per report and follow-up (a report keeps task and owners).
    kept_words = [task_words(kept.task) for kept in merged] if reports else []
    kept_owners = [{o.lower() for o in kept.owners} for kept in merged] if reports else []
    for report in reports:
        reporters = {o.lower() for o in report.owners}
        for index, kept in enumerate(merged):
            words = kept_words[index]
            if reporters & kept_owners[index] and report.words and \
                    len(report.words & words) >= 0.6 * len(report.words):
                merged[index] = FollowUp(kept.task, kept.owners, kept.due, "done")
    return merged


def _same_verb(a: str, b: str) -> bool:
    """Whether two tasks open with the same word ("Share …", "Share …")."""
    return a.split(maxsplit=1)[0].lower() == b.split(maxsplit=1)[0].lower() if a and b else False


def _parallel(a: str, b: str) -> bool:
    """ "Open a ticket to add a page for X" / "… for Y": one pattern, two objects at the end."""
    wa, wb = _WORDS.findall(a.lower()), _WORDS.findall(b.lower())
    at = 0
    while at < min(len(wa), len(wb)) and wa[at] == wb[at]:
        at += 1
    if at < 3:
        return False
    tail_a, tail_b = task_words(" ".join(wa[at:])), task_words(" ".join(wb[at:]))
    return bool(tail_a) and bool(tail_b) and tail_a.isdisjoint(tail_b)


_WORDS = lazy_regex(r"[a-z0-9@']+")


def _merged_status(a: Status, b: Status) -> Status:
    if "done" in (a, b):
        return "done"
    return "forthcoming" if "forthcoming" in (a, b) else "open"
