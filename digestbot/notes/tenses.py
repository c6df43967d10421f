"""Verb forms the sentence forms read: the verb a participle is of ("sent": send), a
progressive's ("sending": send) and a past tense's ("added": add); whether a word opens a
task ("will solicit", "I'll go through …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    IMPERATIVES,
    MORE_VERBS,
    any_verb,
    is_verb,
    verb_at_all,
    words,
)

IRREGULAR = {"sent": "send", "written": "write", "made": "make", "set": "set", "put": "put",
              "run": "run", "taken": "take", "given": "give", "built": "build",
              "bought": "buy", "brought": "bring", "done": "do", "drawn": "draw",
              "shown": "show", "sold": "sell", "found": "find", "kept": "keep", "led": "lead",
              "paid": "pay", "read": "read", "spent": "spend", "told": "tell"}


def _participles() -> dict[str, str]:
    """Past participles of the task verbs ("delivered" -> "deliver"), for passives."""
    table = dict(IRREGULAR)
    # (In a fixed order: a set's order changes from run to run, and with it which verb a
    # shared form such as "planned" gave, and the text of the passive pattern, PASSIVE_RE.)
    for verb in sorted(IMPERATIVES | MORE_VERBS):
        if not verb.isalpha():
            continue
        if verb.endswith("e"):
            forms = [verb + "d"]
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            forms = [verb[:-1] + "ied"]
        else:
            forms = [verb + "ed", verb + verb[-1] + "ed"]
        for form in forms:
            table.setdefault(form, verb)
    return table


PASSIVE = _participles()
PASSIVE["set up"] = "set up"


_NOT_OWNERS = words("""need needs want wants plan plans try tries hope hopes going have has due how
what who which when where why whether also still just only then now maybe possibly probably agreed
decided""")


# "John: I'll rest here", "I'll leave it there for now": they stop talking.
STOP_TALKING = r"(?:(?:stop|rest|pause|end|finish)\s+(?:here|there)|leave\s+it\s+" \
    r"(?:here|there|at\s+that))(?:\s+for\s+(?:now|today))?\W*$"


# "Crris will join us, but not today" says who attends, not what anyone will do.
NOT_A_TASK = lazy_regex(r"(?:be|not|never|no\s+longer|need|want|like|try|become|remain|seem|"
                         rf"know)\b|{STOP_TALKING}|"
                         # "The launch will take place in May": an event, not a task.
                         r"take\s+place\b|"
                         # "Josh needs to leave.": he leaves the call, now
                         r"(?:leave|drop\s+off|step\s+out|head\s+out|hop\s+off)"
                         r"(?:\s+(?:early|now|soon|the\s+(?:call|meeting|session))){0,2}\W*$|"
                         r"have\b(?!\s+(?:an?\s+)?(?:\(?[\w-]+\)?\s+)?"
                         r"(?:chats?|calls?|meetings?|conversations?|word|look|discussions?|"
                         r"catch[- ]?ups?|sync|syncs|session)\b)"
                         # "Nandaja is to have a website skeleton by March 20th", "Ana will
                         # have the report done": something to have ready, a task.
                         r"(?!.*\b(?:ready|done|finished|completed?|prepared|drafted|written|"
                         r"by|before)\b)|"
                         r"continue\s+(?:to\s+)?discuss|"
                         r"join\s+(?:us|the\s+(?:call|meeting|session))\b|"
                         # "Bob will miss the next meeting": an absence; "Alice will share
                         # her screen", "Bob will take notes today", "Chris will chair
                         # today's meeting": the running of this very meeting.
                         r"miss\s+(?:the\s+)?(?:next\s+)?(?:call|meeting|session)\b|"
                         r"share\s+(?:her|his|their|my|our|the)\s+screen\b|"
                         r"(?:take|taking)\s+(?:the\s+)?(?:notes|minutes)\s+"
                         r"(?:today|tonight|now|for\s+(?:today|this\s+(?:call|meeting)))\W*$|"
                         r"(?:chair|facilitate|moderate|host)\s+(?:today['’]s|this|tonight['’]s)"
                         r"\s+(?:call|meeting|session)\W*$")


def past_tense(word: str) -> bool:
    """ "inquired", "reported", "carried": a verb's past tense."""
    return bool(base_of_past(word))


def joined_verb(word: str) -> bool:
    """Whether `word` is a task verb, hyphenated or not ("e-mail", "co-ordinate", "follow-up"),
    or two verbs joined by a slash ("review/revise")."""
    return is_verb(word) or ("-" in word and (
        is_verb(word.replace("-", "")) or is_verb(word.split("-")[0]))) or (
        "/" in word and is_verb(word.split("/")[0]))


def base_of_past(word: str) -> str:
    """The verb whose past tense `word` is ("added": add, "created": create, "copied": copy,
    "planned": plan), or ""."""
    for base in (word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else "",
                 word[:-3] if len(word) > 5 and word[-3] == word[-4] else ""):
        if base and any_verb(base):
            return base
    return ""


def will_verb(task: str) -> bool:
    """Whether a subject-less "will …" goes on with a verb of doing: "will solicit the
    members" (any English verb, since "will" already says a task follows), not "will be away"."""
    return any_verb(task.split()[0].lower()) and not NOT_A_TASK.match(task)


def verb_form(word: str) -> bool:
    """ "tries", "helps", "plans", "continuing": a verb (or its -s or -ing form), not a
    nickname."""
    if word.endswith("ing") and len(word) >= 6 and base_of_ing(word, known=verb_at_all):
        return True
    stems = (word, word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else (word,)
    return any(is_verb(stem) or stem in _NOT_OWNERS for stem in stems if stem)


def is_doing(task: str) -> bool:
    """Whether a spoken "I'll …" starts with a verb of doing ("try to find", "start on")."""
    task = _TRYING.sub("", task)
    if task[:3].lower() == "go " and _GO_THROUGH.match(task):
        return True  # "I'll go through the three specs"
    first = task.split()[0].lower() if task else ""
    return is_verb(first) or (any_verb(first) and first not in _NOT_DOING)


# Verbs a speaker's "I'll …" may open with that do nothing yet ("I'll think more about 7").
_NOT_DOING = words("""think consider wonder reflect ponder mull see hope wish want like need feel
believe guess suppose imagine keep stay remain be get let leave sleep wait go come""")


_GO_THROUGH = lazy_regex(r"go\s+(?:through|over)\s", re.I)


_TRYING = lazy_regex(r"^(?:try\s+to|start\s+(?:to\s+)?|also|then|now|just)\s+")


def base_of_ing(verb: str, known: Callable[[str], bool] = is_verb) -> str:
    """ "sending" -> "send", "writing" -> "write", "getting" -> "get" (task verbs only, or
    the verbs `known` knows); not a word in -ing that is no doing ("upcoming", "ongoing")."""
    if verb in _ING_ADJECTIVES:
        return ""
    stem = verb[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if base and known(base):
            return base
    return ""


# Words in -ing that describe and never do ("Upcoming trial", "Outstanding items"), though
# the dictionary has an old verb for some ("upcome", "outstand").
_ING_ADJECTIVES = words("""upcoming ongoing outgoing incoming forthcoming outstanding existing
pending during according interesting exciting amazing""")
