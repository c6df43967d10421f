"""A sentence's surroundings (Context), and a task made tidy: its due date, links, fields and
trailing clauses taken out, and the follow-up made of it and its owners (`make_follow_up`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from digestbot.model import FollowUp, Status
from digestbot.notes.dates import Due, find_due, strip_due
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    NO_OWNER,
    OWNER_START,
    Usage,
    any_verb,
    dictionary_word,
    is_verb,
    ordinary_title,
    split_owners,
    valid_owners,
    words,
)
from digestbot.notes.status import headline_done, is_done, is_forthcoming, unmarked
from digestbot.notes.tenses import base_of_ing

_CLAUSE_END = lazy_regex(r"\s+so\s+that\s+|"
                         # "… in Miro so each participant has a clear view": why, not what
                         r",?\s+so\s+(?=(?:each|every|all|everyone|everybody|people|they|we|the\s+"
                         r"(?:team|group|users?|members?|community))\b)|"
                         r",\s+(?:and|but|while|whereas|as|since|because|so)\s+(?=[A-Z]|(?:he|"
                         r"she|they|we|it|I|everybody|everyone|people|nobody|no one)\b)|;\s|"
                         r"\s[-–—]\s(?=[A-Z])|"
                         # "…, but the other reps will need to …": someone else's clause
                         r",\s+but\s+(?=[\w/'-]+(?:\s+[\w/'-]+){0,2}\s+(?:will|would|need|"
                         r"needs|should|must|can)\b)|"
                         r"\s(?:as|since|because)\s(?=(?:he|she|they|we|it|I)\s)|"
                         r"\s(?:and|but)\s(?=(?:we|they|I)\s+(?:will|'ll|can|could|would)\s)|"
                         # "… in a week but will email you what I have now": another plan
                         r"\s+but\s+(?=(?:will|would|can|could)\s)|"
                         # "…, and the group agreed to meet at the gate": the group's clause
                         r",\s+(?:and|but)\s+(?=the\s+(?:[\w-]+\s+){1,2}(?:agreed|decided|"
                         r"resolved|noted|felt|will|would|was|were|has|have)\b)|"
                         # "…, and several people volunteered to help": others' clause too
                         r",\s+and\s+(?=(?:several|some|many|other|others|all)\b)|"
                         # "…, with MM also expressing an interest": what someone else did
                         r",\s+with\s+(?=[A-Z][\w'’-]*\s+(?:also\s+)?[a-z]+ing\b)|"
                         # why, or what is hoped for: "… so we all know where it is", "… in
                         # hopes that she can …", "… (as we know …)" (an arrow may as well
                         # spell out the task as say what came of it: it stays)
                         r"\s+(?:so\s+(?:that|we|you|they|everyone|people)|in\s+hopes?\s+(?:that|of))\s|"
                         r"\s+\((?:as|since|because|which)\s")


@dataclass(frozen=True)
class Context:
    """What a sentence's surroundings say: meeting date, "I", section role, owners."""

    ref: date | None = None
    me: str | None = None
    action_section: bool = False
    owners: tuple[str, ...] = ()
    checked: bool | None = None
    line_item: bool = False
    known: frozenset[str] = frozenset()
    next_meeting: date | None = None
    speaker: str | None = None
    usage: Usage | None = None  # how the notes use a word: as a name, or in lower case


_BY_NEXT_MEETING = lazy_regex(r"\s*\b(?:by|before|ahead of|prior to|for)\s+(?:the\s+)?next\s+"
                              r"(?:meeting|call|session)\b|"
                              # "Provide the dates to Jess next time": at the next meeting.
                              r"\s+next\s+time\b[.!]?$", re.I)


# Prepared "for discussion at the next call" is due then; "review X at the next meeting"
# is done at it, and has no due date of its own.
_AT_NEXT_MEETING = lazy_regex(r"\bfor\s+(?:discussion|review|approval|consideration|decision|"
                              r"agreement|sign-off)\s+at\s+(?:the\s+)?next\s+"
                              r"(?:meeting|call|session)\b", re.I)
# "Asha will report back at the next meeting", "come back with ideas to the next meeting":
# what they bring is due then.
_BACK_AT_NEXT = lazy_regex(r"\b(?:report|come|feed)\s+back\b(?:[^.;]{0,60}?(?P<at>\s+(?:at|to)\s+"
                           r"(?:the\s+)?next\s+(?:meeting|call|session)\b))", re.I)
# "… if nobody else does", "… if needed": a hedge on the task, not part of it.
_HEDGE = lazy_regex(r"\s+if\s+(?:(?:nobody|no one|no-one)\s+else\s+(?:does|can|will)|needed|"
                    r"necessary|possible|required)\b", re.I)
_BY_TERM = lazy_regex(r"\s*\b(?:by|before|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
                      r"(?:spring|summer|autumn|fall|winter|christmas|easter|this|next)\s+"
                      r"(?:half-)?term\b", re.I)


_POLITE = lazy_regex(r"^(?:please|kindly)\s+(?=[a-z])", re.I)


def tidy_task(task: str, ref: date | None,
               next_meeting: date | None = None) -> tuple[str, date | None]:
    """A task phrase without its due date, trailing markers and punctuation."""
    if "(http" in task:
        task = LINK_TARGET.sub("", task)  # "PEP 648 (https://…)": the link is kept apart
    if "( http" in task:
        task = _SPACED_LINK.sub("", task)  # "own the examples ( https://… )" too
    if "://" in task:
        # "Review of badge nominations: https://…": the links at its end are kept apart too.
        bare = TRAILING_LINKS.sub("", task)
        # (Not "Read https://…", nor "Please add to https://…": the link is what it is about.)
        task = bare if len(bare.split()) >= 2 and bare.rstrip(" :").rpartition(" ")[2].lower() \
            not in ("to", "at", "in", "on", "into", "from", "via", "see") else task
    if not task.isascii() and _TASK_SIGN.search(task):  # (every sign is an emoji)
        # Obsidian's task fields: "Book the van ⏫ ⏳ 2024-03-05 📅 2024-03-08" is due on
        # the 📅 date; the start, scheduled, created and done (✅) dates are not deadlines.
        field = _TASK_DUE.search(task)
        task = _TASK_FIELD.sub("", task)
        if field:
            return _tidied(task, ref, next_meeting, date.fromisoformat(field.group(1)))
    if task[-1:] == ")" and task[-3:-2] == "(":
        # "Define code owners(b)": a Google Docs comment's anchor, glued to the last word.
        task = _COMMENT_ANCHOR.sub("", task)
    if task[:4].lower() in ("take", "took"):
        task = _TAKE_ACTION.sub("", task)  # "Heather to take an action to follow up on this"
    if task[:6].lower() in ("please", "kindly"):
        task = _POLITE.sub("", task)  # "Kyle: please start the discussion": the order
    task, *rest = _clause_cut(task)
    task = unmarked(task)
    if " if " in task:
        task = _HEDGE.sub("", task)
    due = find_due(task, ref)
    clause = _DUE_CLAUSE.search(rest[0]) if due is None and rest and rest[0] else None
    if clause:
        # "Lina to co-write the narrative; first draft due 25 March."
        later = find_due(clause.group(1), ref, field=True)
        return _tidied(task, ref, next_meeting, later.date if later else None)
    tail = rest[0].strip(" ?.!") if due is None and rest and rest[0][:1].isupper() else ""
    alone = find_due(tail, ref, field=True) if 0 < len(tail) < 30 else None
    if alone and alone.start == 0 and alone.end == len(tail):
        return _tidied(task, ref, next_meeting, alone.date)  # "Pay the hall - June 30th ?"
    return _tidied(task, ref, next_meeting, None, due)


_TAKE_ACTION = lazy_regex(r"^(?:take|took|takes)\s+(?:an|the|on an|on the)\s+"
                          r"(?:action(?:\s+(?:item|point))?|AI|AP)\s+to\s+(?=[a-z])", re.I)
_SPACED_LINK = lazy_regex(r"\s*\(\s+https?://[^\s()]+\s*\)")
# "Take a look: both burntsushi and withoutboats suggested a rethink": a short task, then why.
_COLON_REASON = lazy_regex(r"^(?P<task>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}):\s+(?P<rest>"
                           r"(?:\S+\s+){1,12}?(?:is|are|was|were|has|have|had|might|may|could|"
                           r"would|suggested|suggests|thinks?|said|says)\b.*)$")
# "Take Thais, Alan, and Sara off the sign": the last name of a list, not a new clause.
_SERIAL_BEFORE = lazy_regex(r",\s+[A-Z][\w'-]*$")


def _clause_cut(task: str) -> list[str]:
    """The task before its first clause end, and the rest if there is one."""
    reason = _COLON_REASON.match(task) if ": " in task[:40] else None
    if reason:
        return [reason.group("task"), reason.group("rest")]  # "Take a look: both … suggested …"
    for cut in _CLAUSE_END.finditer(task):
        if cut.group().startswith(", and ") and _SERIAL_BEFORE.search(task, 0, cut.start()):
            continue
        if cut.group()[0] == ";" and not semicolon_ends(task, cut.start()):
            continue  # "follow up on ownership of: the installer; python controls; physics"
        return [task[:cut.start()], task[cut.end():]]
    return [task]


LINK_TARGET = lazy_regex(r"\s*\(https?://[^)\s]*\)")
# "… – https://…", "… -> https://…", "… (see https://…)": links at a task's end.
TRAILING_LINKS = lazy_regex(r"(?:\s*,?\s*(?:-+>|=>|[→⇒:\-–—]|\bat|\bhere|"
                             r"\b(?:refer|see|cf\.?)(?:\s+to)?)?\s*(?:<?https?://\S+?>?|"
                             r"\(\s*(?:see|cf\.?|refer\s+to|via)\b:?\s*"
                             r"<?https?://[^\s()]+>?\s*\))[.,;]?)+\s*$")
# Obsidian task fields: priorities (⏫ 🔼 🔽 ⏬ 🔺) and dates after 📅 🗓 ✅ ⏳ 🛫 ➕ ❌.
_PRIORITY = "[\u23eb\u23ec\U0001F53A\U0001F53C\U0001F53D]\uFE0F?"
_DATED = "[\U0001F4C5\U0001F5D3\u2705\u23f3\U0001F6EB\u2795\u274c]\uFE0F?"
_TASK_SIGN = lazy_regex(_PRIORITY + "|" + _DATED + r"\s*\d{4}-")
_TASK_DUE = lazy_regex("[\U0001F4C5\U0001F5D3]\uFE0F?" + r"\s*(\d{4}-\d{2}-\d{2})\b")
_TASK_FIELD = lazy_regex(r"\s*(?:" + _PRIORITY + "|" + _DATED + r"\s*\d{4}-\d{2}-\d{2}\b)")
_DUE_CLAUSE = lazy_regex(r"^[\w\s-]{0,30}?\b(?:due|deadline)\s*(?:is\s+|:\s*|by\s+|on\s+)?"
                         r"([^,;.]{3,30})[.;]?\s*$", re.I)


def _tidied(task: str, ref: date | None, next_meeting: date | None, when: date | None,
            due: Due | None = None) -> tuple[str, date | None]:
    if due is not None:
        when = due.date
    if due is not None:
        task = strip_due(task, due)
        if task.endswith((" to", " till")):
            task = task.rpartition(" ")[0]  # "punt to tomorrow": "punt"
    # (The three patterns about the next meeting all need "next", in any case.)
    elif next_meeting and "next" in task.lower() and _BY_NEXT_MEETING.search(task):
        when = next_meeting
        task = _BY_NEXT_MEETING.sub("", task)
    elif next_meeting and "next" in task.lower() and _AT_NEXT_MEETING.search(task):
        when = next_meeting  # "… for discussion at the next call": ready by then
    elif next_meeting and " back " in task and "next" in task.lower() and (
            back := _BACK_AT_NEXT.search(task)):
        when = next_meeting
        task = task[:back.start("at")] + task[back.end("at"):]
    elif " term" in task:
        # "before the end of the spring term": a deadline without a calendar date.
        task = _BY_TERM.sub("", task)
    if " - " in task or "–" in task or "—" in task or task[-1:] in ")]" or ": " in task:
        task = _OPEN_TAIL.sub("", task)  # "Leaflet drop on Elm Road — carried forward"
    task = " ".join(task.split()).replace(" )", ")").strip(" .,;:-–—\"'*")
    if task.rpartition(" ")[2] in _DANGLING_WORDS or task.endswith(_DANGLING_ENDS):
        task = _DANGLING.sub("", task).rstrip(" ,;:")  # (a numbered step's "…, and")
    if "(" in task:
        task = _EMPTY_PARENS.sub("", task).strip()
        aside = _ASIDE_CLAUSE.search(task)  # (or an aside the clause cut left open)
        if aside and len(aside.group(1).split()) >= 4 and len(task[:aside.start()].split()) >= 2 \
                and not _CLAUSE_WORDS.isdisjoint(WORD_RE.findall(aside.group(1).lower())):
            # "Turn on Clippy tests (bustage might happen more often, but …)": the task, not
            # the reason given for it in brackets.
            task = task[:aside.start()].rstrip(" ,;:-–—")
    return (task[:1].upper() + task[1:], when)


_ASIDE_CLAUSE = lazy_regex(r"\s*\(([^()]*)\)?$")
_CLAUSE_WORDS = words("""is are was were be been will would should might may can could has have
had we i it this they he she don't doesn't won't shouldn't isn't aren't because since but so
already""")


# Where an open item stands, not part of the task: "Leaflet drop — carried forward", "Send
# the slides (in progress)", "[blocked]".
_OPEN_TAIL = lazy_regex(r"(?:\s+[-–—]\s+|\s*\(|\s*\[|\s*:\s+)"
                        r"(?:(?:carried|carry|rolled)\s+(?:forward|over)|ongoing|in[- ]progress|"
                        r"pending|(?:still\s+)?open|on[- ]hold|not started|blocked|postponed|"
                        r"deferred|wip)[)\]]?\s*[.;]?\s*$", re.I)
_DANGLING = lazy_regex(r"\s+(?:starting|from|for|on|by|at|in|before|until|due|no later than)$|"
                       r",?\s*\b(?:i\.e|e\.g)\.?$|,?\s+(?:and|or|as well as)$")
_DANGLING_WORDS = frozenset({"starting", "from", "for", "on", "by", "at", "in", "before", "until",
                             "due", "and", "or"})
_DANGLING_ENDS = ("no later than", "i.e", "e.g", "i.e.", "e.g.", " as well as")
_EMPTY_PARENS = lazy_regex(r"\(\s*\)")


def status_of(text: str, ctx: Context) -> Status:
    if ctx.checked or is_done(text) or (
            ctx.line_item and ctx.checked is None and headline_done(text)):
        return "done"
    if is_forthcoming(text):
        return "forthcoming"
    return "open"


_COPULA = lazy_regex(r"\s(?:is|are|was|were)\s")


_NAME_LIST = lazy_regex(r"[A-Z][\w'-]*(?:\s*(?:,|&|\band\b)\s*[A-Z][\w'-]*)+")
_NAME_WORD = lazy_regex(r"[A-Z][\w'-]*")


def make_follow_up(task: str, owners: tuple[str, ...], text: str, ctx: Context) -> FollowUp | None:
    restated = RESTATED.search(task) if owners and task.endswith((")", ").", ");")) else None
    if restated and restates(restated.group("who"), owners):
        # "Members to review … (All WG members)": the list's owner column says it in full.
        owners = split_owners(restated.group("who"))
        task = task[:restated.start()]
    if owners and NO_OWNER.fullmatch(" ".join(owners)):
        owners = ()  # "Owner TBD: write the postmortem"
    if owners and owners[0].split()[0][-3:] == "ing" and _COPULA.search(task) and base_of_ing(
            owners[0].split()[0].lower(), any_verb):
        return None  # "Using LLMs to answer queries is a project of Mozilla's": no task
    if len(owners) > 1 and owners[-1].lower() in ("others", "etc", "etc.", "all others"):
        owners = owners[:-1]  # "[melissa + others] check …": melissa, whoever joins her
    if owners and any(_no_name(owner, ctx) for owner in owners):
        if owners != ctx.owners and not text.lstrip("-*• ").startswith(owners[0] + ":"):
            return None  # "Tend to agree with Dmitri", "Nothing to report": no one's task
        # "#### Assigned" over the tasks, "Budget: review the costs": a state or a topic,
        # not who does them.
        owners = ()
    if owners and task.rstrip(" .#").endswith("]"):
        tag = _OWNER_TAG_END.search(task)
        if tag and set(split_owners(tag.group("who"))) <= set(owners):
            task = task[:tag.start()]  # "JS to add a thread …: TODO [JS]": the tag says who
    if "min" in text and _TIME_BOX.search(text):
        return None  # "Discuss the progress of the project (_5 min_)": an agenda's slot
    phrase, due = tidy_task(task, ctx.ref, ctx.next_meeting)
    if len(phrase) < 3 or len(phrase.split()) > 40 or not _WORDY.search(phrase):
        return None  # (not "RA: 8" from "ET: 8; RA: 8", a row of scores)
    if owners and "," in phrase and _NAME_LIST.fullmatch(phrase) and {
            o.lower() for o in owners} <= {w.lower() for w in _NAME_WORD.findall(phrase)}:
        return None  # "Assigned team: Haru, Shrirang, Mahesh (Owner: Mahesh)": who, no task
    if owners and phrase[:3] in ("To ", "to ") and any_verb(phrase[3:].partition(" ")[0].lower()):
        phrase = phrase[3:4].upper() + phrase[4:]  # "Andrew: to attach a link": "Attach a link"
    if ctx.action_section and owners and phrase[:1].isupper():
        first, _, rest = phrase.partition(" ")
        base = base_of_ing(first.lower()) if first.endswith("ing") else ""
        if base:
            # "Lotte: Adding a back button" in a list of actions: what she is to do ("a
            # briefing note" with no one named may be a thing, not a doing).
            phrase = base.capitalize() + (" " + rest if rest else "")
    if phrase[:1] in "LBlb" and _FEELING.match(phrase):
        return None
    return FollowUp(task=phrase, owners=owners, due=due, status=status_of(text, ctx))


def standing_arrangement(item: FollowUp) -> bool:
    """Whether a follow-up only says how the group works: "Meet monthly on the 3rd
    Wednesday", or, with no one named, "Send out a new poll every 6 months or so"."""
    return (item.task[:4] == "Meet" or (not item.owners and "every" in item.task)) and bool(
        _STANDING_ARRANGEMENT.search(item.task))


# A standing arrangement, not a piece of work: "Meet monthly on the 3rd Wednesday", "Send out
# a new poll every 6 months or so".
_STANDING_ARRANGEMENT = lazy_regex(r"^meet\s+(?:(?:once|twice)\s+)?(?:weekly|monthly|fortnightly|"
                                   r"biweekly|bi-weekly|every|each|on\s+the\s+\w+\s+\w+day|"
                                   r"once\s+a|twice\s+a)\b|"
                                   r"\bevery\s+(?:other\s+|\d+\s+|few\s+|couple\s+of\s+)?"
                                   r"(?:days?|weeks?|months?|years?|quarters?|meetings?|"
                                   r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b", re.I)


def _no_name(owner: str, ctx: Context) -> bool:
    """Whether an owner is an ordinary word the notes never use as a name ("Try to limit
    yourself …", "Better to discuss it later", "November - Rob on 3D CAD"), or a title of
    such words ("Enclosure Design Documentation: remove the flowcharts": a topic)."""
    if not owner[:1].isupper() or owner.lower() in ctx.known or GROUPS_RE.search(owner):
        return False
    first = owner.split(maxsplit=1)[0]
    return (dictionary_word(owner) if first == owner else ordinary_title(owner)) and not (
        ctx.usage and ctx.usage.as_name(first))


_WORDY = lazy_regex(r"[a-z]{2}")
_TIME_BOX = lazy_regex(r"\(\s*[_*]?\s*~?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min|mins|minutes)\.?"
                       r"\s*[_*]?\s*\)\s*[.:]?\s*$", re.I)
# What someone feels about a thing to come, not what they will do: "I'll look forward to
# that", "I'll be glad to see it merged" ("glad to help" offers help).
_FEELING = lazy_regex(r"(?:look(?:ing)?\s+forward\b|be\s+(?:glad|happy|pleased|delighted|"
                      r"excited|thrilled)\s+to\s+(?:see|hear|have|get|know|learn)\b)", re.I)


_COMMENT_ANCHOR = lazy_regex(r"(?<=[\w.’”\"])\((?!s\))[a-z]\)$")
def quoted(text: str, at: int) -> bool:
    """Whether position `at` of `text` is inside a quotation: an odd number of quote marks
    before it (curly quotes are straight by now)."""
    return text.count('"', 0, at) % 2 == 1


_OWNER_TAG_END = lazy_regex(r"(?::\s*(?:TODO|DONE|WIP))?\s*\[(?P<who>[^\[\]]{1,40})\]"
                            r"\s*#?\s*[.;]?$")
RESTATED = lazy_regex(r"\s*\((?P<who>[^()]{2,40})\)\s*[.;]?$")
WHO_WORDS = lazy_regex(r"[A-Za-z][\w .,&'-]{1,40}")


def restates(who: str, owners: tuple[str, ...]) -> bool:
    """Whether "(All WG members)" names the owners again ("Members"), or names them at all."""
    return bool(WHO_WORDS.fullmatch(who)) and valid_owners(who) and (
        not owners or any(o.lower() in who.lower() for o in owners))


WORD_RE = lazy_regex(r"[a-z']+")


_FIELD_NEXT = lazy_regex(r"\s*(?:owners?|who|assignee|assigned\s+to|responsible|lead|due|"
                         r"deadline|by\s+when|when|status|state|priority)\s*:", re.I)


def semicolon_ends(text: str, at: int) -> bool:
    """Whether the semicolon at `at` ends a clause: after a colon, "follow up on: the
    installer; python controls; physics" is one task with a list in it, unless the piece
    after the semicolon opens with a verb or a name, as a task of its own does."""
    if _FIELD_NEXT.match(text, at + 1):
        return False  # "Print flyers; Owner: Dev; Status: done": the task's fields
    if ":" not in text[:at]:
        return True
    piece = text[at + 1:].split(maxsplit=1)
    return bool(piece) and (is_verb(piece[0].lower()) or OWNER_START.match(piece[0]) is not None)
