"""Sentences -> follow-ups: the forms English meeting notes use to give someone a task.

Recognised: "X and Y will …", "X to …", "X agreed to …", "ACTION: X to …", "I'll take an
action to …" (the signer or note-taker), "X, can you …? Yes.", "X shared that they will
…", "It was agreed that X would …", owner-less passives ("a ticket will be opened"),
"OWNER – task – due" lines in action lists, and items marked (done) / (forthcoming).
Not follow-ups: speaker attributions ("Myles, explore …"), "need to", intentions,
decisions, questions without an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import TypeAlias

from digestbot.model import FollowUp, Status
from digestbot.notes.blocks import GROUP_1, split_sentences
from digestbot.notes.dates import Due, find_dates, find_due, strip_due
from digestbot.notes.dedupe import task_words
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    IMPERATIVES,
    ITEM_CODE,
    MORE_VERBS,
    NO_OWNER,
    NOT_NAMES,
    ONE,
    OWNER_LIST,
    OWNER_START,
    OWNERS,
    OWNERS_RE,
    TITLES,
    Usage,
    any_verb,
    as_written,
    capitalise_known,
    dictionary_word,
    everyday_word,
    is_verb,
    long_plain_word,
    ordinary_title,
    ordinary_word,
    split_owners,
    valid_owners,
    verb_at_all,
    verb_not_name,
    words,
)

_IRREGULAR = {"sent": "send", "written": "write", "made": "make", "set": "set", "put": "put",
              "run": "run", "taken": "take", "given": "give", "built": "build",
              "bought": "buy", "brought": "bring", "done": "do", "drawn": "draw",
              "shown": "show", "sold": "sell", "found": "find", "kept": "keep", "led": "lead",
              "paid": "pay", "read": "read", "spent": "spend", "told": "tell"}


def _participles() -> dict[str, str]:
    """Past participles of the task verbs ("delivered" -> "deliver"), for passives."""
    table = dict(_IRREGULAR)
    # (In a fixed order: a set's order changes from run to run, and with it which verb a
    # shared form such as "planned" gave, and the text of the pattern below.)
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


_PASSIVE = _participles()
_PASSIVE["set up"] = "set up"
_AND_DONE = lazy_regex(r"\s+and\s+([a-z]+)\b")
# "(With the changes,) the final proposal will be ready by late December": coming.
_WILL_BE_READY = lazy_regex(r"^(?:[^,;]{0,80},\s+)?(?P<subj>(?:the|a|an|our|their|his|her|its)\s+"
                            r"[^,;]{2,60}?)\s+will\s+be\s+(?P<state>ready|available|out)"
                            r"(?P<rest>(?:\s+(?:soon|shortly))?\s+(?:by|in|on|from|at|next|this|"
                            r"before|after|around)\b.*|\s+(?:soon|shortly)\W*)$", re.I)
_SOON = lazy_regex(r"\s+(?:soon|shortly)\b", re.I)
_PASSIVE_RE = lazy_regex(
    r"^(?:(?:it was )?(?:agreed|decided|noted) that\s+)?(?P<subj>(?:(?:an?|the|one|some|all|"
    r"our|new)\s+)?(?!(?:it|they|we|he|she|i|you|this|that|there|which|who)\b)[^,;]{2,70}?)"
    r"\s+(?P<aux>will|shall|is to|are to|would|to|should|must|needs? to|has to|have to)\s+be\s+"
    r"(?P<verb>"
    + "|".join(sorted(_PASSIVE, key=lambda form: (-len(form), form))) +
    r")\b(?P<rest>.*)$", re.I)

_FUTURE = (r"(?:will also|will now|will then|will|shall|'ll|is going to|are going to|"
           # "@thilo going to work on Tailwind 4": notes drop the "is".
           r"going to(?=\s+(?!the\b|a\b|an\b|this\b|that\b|our\b|his\b|her\b|their\b|"
           r"be\s)[a-z]+\b)|"
           r"(?:has |have |had )?(?:agreed|offered|volunteered|undertaken|committed|promised) to|"
           r"(?:all |both )?agree to|signed up to|"
           r"undertook to|(?:is |are )?(?:also )?(?:happy|willing|keen) to|"
           # "Editors plan to make one more update": what they have planned to do.
           r"plans? to|(?:is |are )planning to|"
           r"to also|to then|to first|to|are to|is to|would|should|agreed to also|needs to|need to|"
           r"can|(?:,\s*)?(?:please|pls|plz))")
_OFFER_AUX = lazy_regex(r"(?:offered|volunteered|undertaken|undertook|committed|promised)\s")
_OWNED = lazy_regex(rf"^{OWNERS}\s+(?P<aux>{_FUTURE})\s+(?P<task>[a-z][\w'-]*\b.*)$")
_SAID_THAT = lazy_regex(
    rf"^{OWNERS}\s+(?:also\s+)?(?:shared|said|confirmed|noted|mentioned|explained|stated|"
    r"reported|offered|promised|agreed|indicated|announced|told|replied|answered|added|"
    r"clarified)\s+(?:that\s+)?(?:they|he|she)\s*"
    r"(?P<said>will|would|['’]ll|['’]d|are going to|is going to|could)\s+"
    r"(?P<task>[a-z].*)$")
_SELF = lazy_regex(r"^(?:(?P<speaker>[A-Z][\w'-]*(?: [A-Z][\w'-]+)?)\s*:\s*)?"
                   r"(?:(?i:thanks|thank you|ok(?:ay)?|yes|sure|great|agreed|now|so|also)"
                   r"[,;.!]?\s+)?"
                   r"I\s*(?:['’]ll|will|shall|['’]m planning to|am planning to|plan to|"
                   r"['’]m going to|am going to|agreed to|volunteered to|offered to|"
                   r"(?:['’]m|am) happy to(?: volunteer to)?|volunteer to|"
                   r"['’]ve agreed to|(?P<can>can))\s+"
                   r"(?:(?:take|took|have) (?:an|the|on an|on the) "
                   r"(?:action(?: item)?|AI|AP) to\s+)?"
                   r"(?P<task>[a-z].*)$")
# "I'd like Ana and Ben to review it": a request the minutes record as theirs.
_HAVE_OTHER = lazy_regex(r"(?:^|\s)(?i:we|I)\s*(?i:will|'ll|shall|need to|want to|are going to|"
                         rf"am going to|should)\s+have\s+(?:our\s+|the\s+)?{OWNERS}\s+"
                         r"(?P<task>(?P<verb>[a-z]+)\s.*)$")
_OWN_CLAUSE = lazy_regex(r",?\s+(?:and|but|so)\s+(?:we|I|they|he|she)\s")
_LIKE_OTHER = lazy_regex(rf"^I\s*(?:['’]d|would)\s+like\s+{OWNERS}\s+to\s+(?P<task>[a-z].*)$")
# "mk: ok, will merge PR", "mk: have the minutes, will clean them up": a scribe drops the "I".
_ELIDED_I = lazy_regex(r"(?:^|,\s+)(?:(?:ok(?:ay)?|yes|sure|and|then|so)\b,?\s+)?will\s+"
                       r"(?P<task>[a-z][\w'-]*\b.*)$", re.I)
_ELIDED_OFFER = lazy_regex(r"(?:^|(?<=[a-z)]\.)\s+)(?:(?:ok(?:ay)?|yes|sure|so)\b,?\s+)?"
                           r"(?:(?:will\s+)?need\s+to|can|gonna|(?:am\s+)?going\s+to|"
                           r"(?:am\s+)?planning\s+(?:on|to))\s+(?P<task>[a-z][\w'-]*\b.*)$", re.I)
_OFFER_WORDS = words("will can planning need gonna going")
_GENERIC_YOU = lazy_regex(r"\b(?:you|your|yourself|yourselves)\b", re.I)
_NEXT_SENTENCE = lazy_regex(r"(?<=[a-z)])\.\s+(?=[a-z])")
# "Will ask members to chip in", "Catering, will order on Monday": a list line without its subject.
_BARE_WILL = lazy_regex(r"^(?:(?P<topic>(?![A-Z][a-z]+ly,)[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}),\s+)?"
                        r"(?i:will)\s+"
                        r"(?P<task>[a-z][\w'-]*\b.*)$")
_QUESTION_YES = lazy_regex(
    rf"(?:^|(?<=[.!?]\s))(?P<owner>@[\w.-]+|{ONE}(?=,)),?\s+(?:can|could|will|would)\s+you"
    r"(?:\s+please)?\s+(?P<task>[a-z][^?]{3,200})\?\s*(?:[→>:-]+\s*)?(?:(?:yes|sure|agreed|"
    r"will do|ok(?:ay)?|on it)\b|:(?:thumbsup|\+1|white_check_mark|ok_hand):|👍)", re.I)
_ACTION_PREFIX = lazy_regex(r"^(?:\[?(?P<state>new|pending|done|continues|open)\]?\s*)?"
                            # "**[Action Item]** Add the step to the handbook": a tag.
                            r"(?:\[(?:action(?:\s+(?:items?|points?))?|actions|ai|ap|to-?do|to do|"
                            r"task)\]\s*[:\-–—]?|"
                            r"(?:a(?:ction|citon|ctoin)(?:\s+(?:items?|points?))?|actions?|"
                            r"todo|to do|fixme|ai|ap|next steps?|follow-?up|task|call to action)"
                            # "Task for this week: …"
                            r"(?:\s+for\s+(?:this|next|the\s+next)\s+(?:week|month|meeting|call))?"
                            r"\s*(?:\((?P<who>[^)]{0,40})\))?\s*[:\-–—]|"
                            # "ACTION Daniel - update …": capitals mark it without a colon.
                            # "ACTION POINT, Jenny to …": or with a comma.
                            # ("TODO for me: …" names its owner: read elsewhere.)
                            r"(?-i:ACTION(?: POINTS?| ITEMS?)?|TODO)(?:,|(?=\s+(?!(?:for|on)\s)"
                            r"[\w@]))|"
                            # "#todo garry create the overprint designs": a tag for actions.
                            r"\#(?:todo|to-do|action|ai|task|followup|follow-up)\b|"
                            # "Action code PR [SM / RP] DONE", "Action JS to add …": a list
                            # of actions marked with the word alone.
                            r"(?-i:Action)(?=\s+(?!(?:items?|points?|plans?|taken|required|"
                            r"needed|on|of|for|is|was|were|has)\b)[\w@])|"
                            # "AI Martin to ask Dave", "AI DaveM apply the patch": an action item.
                            r"(?-i:AI|AP)(?=\s+[A-Z][\w'-]*(?:/[A-Z][\w'-]*)?(?:\s*:\s*|\s+(?:to\s+)?)"
                            r"[a-z]))\s*",
                            re.I)
_NOBODY_YET = lazy_regex(r"^(?:owner\s+)?(?:tbd|tbc|tba|unassigned|unowned|no\s+owner(?:\s+yet)?|"
                         r"nobody(?:\s+(?:assigned|yet))?|no\s*one(?:\s+(?:assigned|yet))?|\?+)"
                         r"\s*:\s*(?=\S)", re.I)
_DONE_PREFIX = lazy_regex(r"^(?:done|completed|finished|closed)\s*[:\-–—]\s*", re.I)
_NON_ACTION = lazy_regex(r"^(?:decision|decided|resolved|agreed|outcome|conclusion|note|fyi|"
                         r"question|q|consensus)\s*[:\-–]", re.I)
# "Consensus: David M. should continue to pursue insurance": what was decided gives a named
# person work, as "will" would.
_DECIDED_SHOULD = lazy_regex(rf"^{OWNERS}\s+(?:should|can|may|is\s+to|are\s+to)\s+(?=[a-z])")
# Words that open what someone said, not what they are to do ("Dan: it's a set of
# guidelines", "Aaron: we have a web.dev article", "Dan: I'd like to start …").
# (Not "the" or "a": "Ana: the budget draft" under actions is hers.)
_SAID_START = words("""it it's its i i'd i'm i've we we're we've they they're he she you if
maybe perhaps there there's what how why when where is are was were not no yes also so but
and or just well agree agreed think thought""")
_REPLY = lazy_regex(r"(?:(?:strongly|fully|totally|i)\s+)?(?:agree[sd]?|disagree[sd]?|yes|no|"
                    r"ok(?:ay)?|sure|\+1|-1|right|exactly|correct|true|indeed|same|seconded|concur)"
                    r"(?:\s+(?:with\s+\w+|too|here))?\W*", re.I)


def _said_start(text: str) -> bool:
    """Whether `text` opens with a word that opens what someone said."""
    first = _WORD_RE.match(text.lower())
    return first is not None and first.group() in _SAID_START


_SPACED_OWNER_DASH = lazy_regex(rf"^{OWNERS}\s+[-–—]\s+(?P<task>(?P<verb>[a-z]+)\s+\S.*)$")
_DASH_LINE = lazy_regex(rf"^{OWNERS}\s*(?::|\s[-–—]\s|\s*(?:→|->|=>)\s*)\s*(?P<task>[^–—]+?)"
                        r"(?:\s+[-–—]\s+(?P<due>[^–—]+))?$")
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


def _is_done(text: str) -> bool:
    if not _marked(text):
        return False
    if "(" in text:
        # "send the offer to Carla (verbal yes ✅)": the tick is the aside's, not the task's.
        text = _TICKED_ASIDE.sub("", text)
    return bool(_DONE_MARK.search(text))


_TICKED_ASIDE = lazy_regex(r"\((?![^)]*\b(?:done|completed?|finished)\b)[^)]*[a-z][^)]*[✅✔✓☑]"
                           r"[^)]*\)", re.I)


def _is_forthcoming(text: str) -> bool:
    return _marked(text) and bool(FORTHCOMING.search(_AS_MODEL.sub("", text)))


# "don't use that as a model to follow": something to imitate, not something coming.
_AS_MODEL = lazy_regex(r"\bas\s+(?:an?|the)\s+[\w-]+\s+to follow\b", re.I)


def _unmarked(text: str) -> str:
    """`text` without done / forthcoming markers."""
    return FORTHCOMING.sub("", _DONE_MARK.sub("", text)) if _marked(text) else text


# "The letter was sent last week", "The statement has already been sent": reported done.
_DONE_PASSIVE = lazy_regex(r"^(?!(?:it|this|that|there|which|we|they|he|she|i)\b)"
                           r"(?:(?:an?|the|our|all)\s+|[A-Z])"
                           r"[^,;:]{2,80}?\s+(?:has|have|was|were|(?:is|are)(?=\s+already\s))\s+"
                           r"(?:already\s+|now\s+)?"
                           r"(?:been\s+)?(?P<verb>[a-z]+)\b", re.I)
_NOT_DONE_VERBS = frozenset({"agreed", "decided", "noted", "discussed", "asked", "made",
                             "raised", "postponed", "deferred", "put", "set", "told", "given",
                             "found", "read", "led", "kept", "run"})


def _done_passive(text: str) -> bool:
    match = _DONE_PASSIVE.match(text)
    if not match or not (" was " in text or " were " in text or " been " in text
                         or " already " in text):
        return False
    verb = match.group("verb").lower()
    return verb in _PASSIVE and verb not in _NOT_DONE_VERBS and verb != _PASSIVE[verb]


_CLAUSE_END = lazy_regex(r",\s+(?:and|but|while|whereas|as|since|because|so)\s+(?=[A-Z]|(?:he|"
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


def tidy_task(task: str, ref: date | None,
               next_meeting: date | None = None) -> tuple[str, date | None]:
    """A task phrase without its due date, trailing markers and punctuation."""
    if "(http" in task:
        task = LINK_TARGET.sub("", task)  # "PEP 648 (https://…)": the link is kept apart
    if "( http" in task:
        task = _SPACED_LINK.sub("", task)  # "own the examples ( https://… )" too
    if "://" in task:
        # "Review of badge nominations: https://…": the links at its end are kept apart too.
        bare = _TRAILING_LINKS.sub("", task)
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
    task, *rest = _clause_cut(task)
    task = _unmarked(task)
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


# First names that are also verbs: "Mark Jones to send the minutes" names Mark.
_NAMES_THAT_ARE_VERBS = words("""mark bill will pat rob sue grant chase lance hunter drew dawn
guy skip sandy bob peg nick don max jack doug dean cliff glen wade pierce reed miles carol harry
grace frank rose ray gene hope joy sky june may april summer jean chuck rich ted walt heath rod
art buck chip clay dale earl gil hank jay kit lynn mack neil norm penny rex russ sal stan troy
val vic bo ben jan kay lee sam""")
# Verbs that tell someone to do something ("Email Dan to sign up"): never a first name.
_TELL_VERBS = words("""email e-mail ask tell contact remind ping invite message notify inform
advise encourage urge request""")
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
        if cut.group()[0] == ";" and not _semicolon_ends(task, cut.start()):
            continue  # "follow up on ownership of: the installer; python controls; physics"
        return [task[:cut.start()], task[cut.end():]]
    return [task]


LINK_TARGET = lazy_regex(r"\s*\(https?://[^)\s]*\)")
_TRAILING_LINKS = lazy_regex(r"(?:\s*,?\s*(?:[:\-–—]|\bat|\bhere|\b(?:refer|see|cf\.?)(?:\s+to)?)?"
                             r"\s*<?https?://\S+?>?[.,;]?)+\s*$")
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
    if " - " in task or "–" in task or "—" in task:
        task = _OPEN_TAIL.sub("", task)  # "Leaflet drop on Elm Road — carried forward"
    task = " ".join(task.split()).replace(" )", ")").strip(" .,;:-–—\"'*")
    if task.rpartition(" ")[2] in _DANGLING_WORDS or task.endswith(_DANGLING_ENDS):
        task = _DANGLING.sub("", task).rstrip(" ,;:")  # (a numbered step's "…, and")
    if "(" in task:
        task = _EMPTY_PARENS.sub("", task).strip()
        aside = _ASIDE_CLAUSE.search(task)  # (or an aside the clause cut left open)
        if aside and len(aside.group(1).split()) >= 4 and len(task[:aside.start()].split()) >= 2 \
                and not _CLAUSE_WORDS.isdisjoint(_WORD_RE.findall(aside.group(1).lower())):
            # "Turn on Clippy tests (bustage might happen more often, but …)": the task, not
            # the reason given for it in brackets.
            task = task[:aside.start()].rstrip(" ,;:-–—")
    return (task[:1].upper() + task[1:], when)


_ASIDE_CLAUSE = lazy_regex(r"\s*\(([^()]*)\)?$")
_CLAUSE_WORDS = words("""is are was were be been will would should might may can could has have
had we i it this they he she don't doesn't won't shouldn't isn't aren't because since but so
already""")


# Where an open item stands, after a dash: not part of the task.
_OPEN_TAIL = lazy_regex(r"\s+[-–—]\s+(?:(?:carried|carry|rolled)\s+(?:forward|over)|ongoing|"
                        r"in progress|pending|(?:still\s+)?open|on hold|not started)\s*[.;]?\s*$",
                        re.I)
_DANGLING = lazy_regex(r"\s+(?:starting|from|for|on|by|at|in|before|until|due|no later than)$|"
                       r",?\s*\b(?:i\.e|e\.g)\.?$|,?\s+(?:and|or|as well as)$")
_DANGLING_WORDS = frozenset({"starting", "from", "for", "on", "by", "at", "in", "before", "until",
                             "due", "and", "or"})
_DANGLING_ENDS = ("no later than", "i.e", "e.g", "i.e.", "e.g.", " as well as")
_EMPTY_PARENS = lazy_regex(r"\(\s*\)")


def _status(text: str, ctx: Context) -> Status:
    if ctx.checked or _is_done(text):
        return "done"
    if _is_forthcoming(text):
        return "forthcoming"
    return "open"


_COPULA = lazy_regex(r"\s(?:is|are|was|were)\s")


def _make(task: str, owners: tuple[str, ...], text: str, ctx: Context) -> FollowUp | None:
    restated = _RESTATED.search(task) if owners and task.endswith((")", ").", ");")) else None
    if restated and _restates(restated.group("who"), owners):
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
    return FollowUp(task=phrase, owners=owners, due=due, status=_status(text, ctx))


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


# A line opening "Update on the venue (Ana)", "[CAM] Quick update on …" names a report
# someone gives at this meeting: the noun ("Ana to update on Gitbook" is the verb).
_UPDATE_ON = lazy_regex(r"^(?:\[[^\]]{1,30}\]\s*)?(?:(?:quick|brief|short|general|status|"
                        r"progress)\s+)?updates?\s+(?:on|from|about|regarding|re)\b", re.I)


_IDEA_LABEL = lazy_regex(r"^[^:]{0,40}\b(?:idea|ideas|thought|thoughts|wish|brainstorm(?:ing)?)"
                         r"\b[\"'”’]?\s*:", re.I)
_IS_THE_GOAL = lazy_regex(r"\s(?:is|are|was|were)\s+(?:the|a|an|our)\s+(?:[a-z]+\s+)?(?:goal|aim|"
                          r"priority|objective|idea|plan)s?\b")
_COMMENT_ANCHOR = lazy_regex(r"(?<=[\w.’”\"])\((?!s\))[a-z]\)$")
def _quoted(text: str, at: int) -> bool:
    """Whether position `at` of `text` is inside a quotation: an odd number of quote marks
    before it (curly quotes are straight by now)."""
    return text.count('"', 0, at) % 2 == 1


_THAT_CLAUSE = lazy_regex(r"\b(?:that|whether)\s")
_RUNS_THE_CALL = lazy_regex(r"^(?:start|open|begin|launch)\s+(?:the\s+)?(?!next\b)(?:[\w-]+\s+)?"
                            r"(?:call|chat|bridge|dial-in)\b", re.I)


_OWNER_TAG_END = lazy_regex(r"(?::\s*(?:TODO|DONE|WIP))?\s*\[(?P<who>[^\[\]]{1,40})\]"
                            r"\s*#?\s*[.;]?$")
_RESTATED = lazy_regex(r"\s*\((?P<who>[^()]{2,40})\)\s*[.;]?$")
_WHO_WORDS = lazy_regex(r"[A-Za-z][\w .,&'-]{1,40}")


def _restates(who: str, owners: tuple[str, ...]) -> bool:
    """Whether "(All WG members)" names the owners again ("Members"), or names them at all."""
    return bool(_WHO_WORDS.fullmatch(who)) and valid_owners(who) and (
        not owners or any(o.lower() in who.lower() for o in owners))


def suffix_owners(sentence: str) -> tuple[str, ...]:
    """Who a sentence that only names people in brackets names: "(Xenia, Theo)", "(Jonas?)"
    after a sentence; () for anything else."""
    alone = _RESTATED.fullmatch(sentence.strip()) if sentence[:1] == "(" else None
    who = alone.group("who").rstrip("?").strip() if alone else ""
    if not who or not _WHO_WORDS.fullmatch(who) or not valid_owners(who) or _NOT_WHO.match(who):
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
    labelled = bool(label) and is_verb(label.group("task").split()[0].lower())
    if item is not None and task_words(item.task) <= task_words(previous):
        if labelled and item.owners and all(o.lower() in label.group("label").lower()
                                            for o in item.owners):
            # "QA sign-off: Confirm …" was read as QA's task: the label is a topic.
            made = _make(label.group("task"), owners, previous, ctx)
            return (made, True) if made else None
        if _restates(who, item.owners):
            return FollowUp(item.task, owners, item.due, item.status), True
        return None
    if labelled:
        made = _make(label.group("task"), owners, previous, ctx)
        return (made, False) if made else None
    return None


# "(Urgent)", "(Carried unanimously)": asides after a sentence that name no one.
_NOT_WHO = lazy_regex(r"(?:urgent|optional|carried|unanimous|approved|pending|ongoing|open|"
                      r"closed|priority|high|low|medium|see|cf|tbc|tbd|draft|new|update|"
                      r"in progress|on hold|deferred|postponed)\b", re.I)
_TASK_LABEL = lazy_regex(r"^(?P<label>[^:]{2,40}):\s+(?P<task>[A-Za-z]\S*\s.*)$")


def _subject_item(text: str, ctx: Context, *, whole: bool = False) -> FollowUp | None:
    """An owner-less item reported done or forthcoming: its subject is the task (with
    the rest of the clause when `whole`: "statement sent to the co-facilitators")."""
    owners = ctx.owners
    source = text
    reported = _REPORTED.match(text)
    if reported:
        text = text[reported.end():]
        if whole and valid_owners(reported.group(1)):
            owners = owners or split_owners(reported.group(1))  # "X confirmed that … was sent"
    text = _LEADING_MARK.sub("", text)
    if text[:1] == "(":
        text = _LEADING_DONE.sub("", text)  # "(DONE, added to the wiki) Set up office hours"
    paren = _PAREN_DONE.search(text)
    if paren and valid_owners(paren.group("owners")):
        owners = owners or split_owners(paren.group("owners"))  # "Padlock fitted (Rob - done)"
    agent = _BY_AGENT.search(_unmarked(text))
    if agent and valid_owners(agent.group("owners")) and not find_dates(agent.group("owners")):
        owners = owners or split_owners(agent.group("owners"))  # "… uploaded by @kwame"
        text = text.replace(agent.group(0), "", 1)
    verb = re.search(r"\s+(?:is|are|was|were|(?:has|have) (?:already |now )?been|will be|"
                     r"will follow)\s+|\s[-–—]\s|:\s|\s\(", text + " ")
    subject = text[:verb.start()] if verb else text
    if verb and verb.group(0) == ": " and (subject in (ctx.speaker, ctx.me) or named_person(
            subject, ctx)):
        return None  # "Ollie: we should not wait too long - it is coming!": who spoke
    # "Ask X about boards (done)": the mark in brackets is no participle of the subject.
    participle = re.match(r"\s*(?:already\s+)?(\w+ed|sent|done|written|made|set up)\b",
                          text[verb.end():] if verb and verb.group(0) != " (" else "")
    bare = not (ctx.checked or ctx.action_section or owners)
    if bare and not _STATUS_REF.sub("", subject).strip(" -:"):
        return None  # "#132 - closed": an issue's state, not a task
    if participle and (ctx.checked or _is_done(text)):
        subject = f"{subject} {participle.group(1)}"
        if whole and verb:
            rest = text[verb.end() + participle.end():]
            subject += _WHEN_DONE.sub("", _NEXT_CLAUSE.split(rest, maxsplit=1)[0])
    elif bare and not participle and not (
            _is_forthcoming(text) or _verb_in(_STATUS_REF.sub("", subject))):
        # "Linkset <link> (done, ready to advance?)": in discussion notes a thing reported
        # done, with neither a verb nor who did it, is a status, not a task.
        return None
    subject = re.sub(r"^(?:an?|the)\s+", "", subject.strip(), flags=re.I)
    if len(subject.split()) > 20:
        subject = subject.split(", ", 1)[0]  # "Set up office hours, so people will …"
    if len(subject.split()) > 20:
        return None
    return _make(subject, owners, source, ctx)


_NEXT_CLAUSE = lazy_regex(r",\s+(?:and|but|so|while)\s|;\s")
_STATUS_REF = lazy_regex(r"#\d+\b|https?://\S+")


def _verb_in(subject: str) -> bool:
    """Whether a reported thing opens with a verb or ends with a participle or an action
    noun ("Fridge repair", "X updated")."""
    words_ = subject.lower().split()
    return bool(words_) and (is_verb(words_[0]) or words_[-1] in _PASSIVE
                             or words_[-1].endswith("ed") or is_verb(words_[-1]))
_CONFIRMED_DONE = lazy_regex(rf"^{ONE}\s+confirmed\s+that\s+")
_LEADING_DONE = lazy_regex(r"^\((?:done|completed?|finished)\b[^)]*\)\s*", re.I)
_LEADING_MARK = lazy_regex(r"^(?::[a-z_+0-9]+:\s*|[✅✔☑]\s*)+")
_PAREN_DONE = lazy_regex(rf"\(\s*{OWNERS}\s*[-–—:,]\s*(?:done|completed?)\s*\)", re.I)
_BY_AGENT = lazy_regex(rf"\s+by\s+(?P<owners>@[\w.-]+|{ONE})\s*[.;]?\s*$")
_WHEN_DONE = lazy_regex(r"\s*\b(?:(?:last|this|earlier this)\s+(?:week|month)|yesterday|"
                        r"earlier|recently|already|today|on\s+\d{1,2}\s+\w+)\b", re.I)
# ("4278 - Josh needs to test it": an issue's number before the dash.)
_MINUTE_NUMBER = lazy_regex(r"^\(?\d{1,4}(?:[./]\d{1,4})*(?:\s?[.):]|\s[-\u2013])?\s+(?=[A-Z@])")
_ITEM_CODE_LABEL = lazy_regex(rf"^{ITEM_CODE}\s*[:.)]\s+(?=\S)")
_ASKED_OTHER = lazy_regex(rf"^{OWNER_LIST}\s+(?:asked|requested|invited|tasked|reminded|"
                          rf"encouraged)\s+{OWNERS}\s+to\s+(?P<task>[a-z].*)$")
# A handle, pronouns or affiliation in brackets after a name, before what the name does.
# ("Rebecca ([@rschlussel](https://…)) will": a handle linked to its profile.)
_NAME_ASIDE = lazy_regex(r"(?<![\w(])([A-Z][\w'’-]+)\s*\((?:[^()\s]{1,20}(?:\s\(https?://[^()\s]+\))?|"
                         r"[A-Z][\w&.-]*(?:\s+[A-Z]"
                         r"[\w&.-]*){0,2})\)(?=\s*(?:,|\band\b|&|\bto\b|\bwill\b|\bshall\b|'ll\b|"
                         r"\bagreed\b|\bwould\b|\bis going\b|"
                         r"(?:\bhas\s+|\bhave\s+)?\b(?:offered|volunteered|agreed|promised)\b))")
_ASKED_FOR = lazy_regex(rf"^{OWNER_LIST}\s+(?:asked|requested)\s+{OWNERS}\s+for\s+"
                         r"(?P<what>an?\s+(?!question\b|opinion\b|view\b)[a-z].*)$")
_META_LABEL = lazy_regex(r"^(?:present|attendees|attendance|participants|apologies|absent|regrets|"
                         r"chairs?|facilitator|notes?|note-?taker|minutes|scribe|date|time|venue|"
                         r"location|in attendance|hosts?|guests?|"
                         # a tracker's fields under its "Task:" line
                         r"status|state|id|workgroup|priority|labels?|"
                         # "Update: unfortunately no progress here": where a task stands
                         r"(?:updates?|progress)(?:\s+[\d./-]{4,10})?)\s*:",
                         re.I)
_ASKED = lazy_regex(rf"^{OWNERS}\s+(?:was|were|has been|have been|is|are)\s+(?:asked|tasked|"
                    r"requested|instructed|delegated|authori[sz]ed)\s+to\s+(?P<task>[a-z].*)$")
# "Miss Haughton was appointed to attend to badges", "Mrs. Smith was appointed Committee of 1
# to attend to printing", "Lord, Tiernan and Haughton appointed to find a room" (minutes drop
# the "was"; "The board appointed Ana to …" names the one appointing first, and is not read).
_APPOINTED = lazy_regex(rf"^{OWNERS}\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+"
                        r"(?:appointed|nominated|designated|deputed)"
                        r"(?:\s+(?!to\s)(?:as\s+)?[\w\s-]{2,40}?)?"
                        r"|(?:appointed|nominated|designated|deputed))\s+to\s+(?P<task>[a-z].*)$")
_TOLD_ME = lazy_regex(rf"^(?:then\s+|next,?\s+|finally,?\s+)?{OWNERS}\s+(?:also\s+)?"
                      r"(?:(?:tells|told|asks|asked|reminds|reminded|wants|wanted|advises|advised|"
                      r"suggests|suggested)\s+(?P<who>me|us)\s+(?:(?:that\s+)?(?:I|we)\s+"
                      r"(?:should|need\s+to|must|have\s+to)\s+|to\s+|(?=[a-z]+\s))|"
                      # "Emi said I should divide the list"
                      r"(?:said|says)\s+(?:that\s+)?(?P<said>I)\s+(?:should|need\s+to|must|"
                      r"have\s+to)\s+)(?:remember\s+to\s+)?(?P<task>[a-z].*)$", re.I)
_NEED_PERSON = lazy_regex(rf"^(?:[Ww]e\s+)?(?:still\s+)?[Nn]eed\s+{OWNERS}\s+to\s+"
                          r"(?P<task>[a-z].*)$")
_ROSTERED = lazy_regex(rf"^{OWNERS}\s+(?:is|are|was|were|has been|have been)\s+(?:scheduled|"
                       r"rostered)\s+to\s+(?P<task>[a-z].*)$")
# Minutes drop the "was": "Lewis tasked with finding a venue", "Ana (was) charged with drafting".
_TASKED_WITH = lazy_regex(rf"^{OWNERS}\s+(?:(?:was|were|has been|have been|is|are)\s+)?"
                          r"(?:tasked|charged)\s+with\s+(?P<verb>[a-z]{2,}ing)\s+(?P<rest>.+)$")
_PRESENT = lazy_regex(rf"^{OWNERS}\s+(?P<verb>[a-z]+?)(?:es|s)\s+(?P<rest>.+)$")
_S_FORM = lazy_regex(r"[a-z]s\s")  # what every _PRESENT match holds: a cheap first test
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "our", "their",
                          "his", "her", "my", "its", "your"))
_ADVERB_DOING = lazy_regex(r"(?:\w+ly\s+)?(?P<verb>[a-z]+ing)\b")
# A scribe's lower-case nickname or handle: "decathorpe", "@li".
_HANDLE = r"@?[a-z][\w.-]{1,30}"
_LOOSE_OWNED = lazy_regex(rf"^(?P<owners>{_HANDLE}(?:\s*(?:,|&|\band\b)\s*{_HANDLE})*)\s+"
                          r"(?:will|to|shall)\s+"
                          r"(?P<task>[a-z][\w'-]*\b.*)$")
_HAS_THAT = lazy_regex(rf"^{OWNERS}\s+(?:has|have)\s+(?P<obj>(?:several|some|a few|a couple of|"
                       r"two|three|four|five|\d+)\s+[\w' -]{2,40}?)\s+(?:that|which)\s+"
                       r"(?:he|she|they)\s*(?:will|'ll|is going to|are going to)\s+"
                       r"(?P<verb>[a-z]+)(?P<particle>\s+(?:care\s+of|up|out|over|through|"
                       r"off|back))?\b(?P<rest>[^,;]*)$")
# "nagisa has volunteered to run meetings": in prose only a commitment verb is enough.
_LOOSE_COMMITTED = lazy_regex(rf"^(?P<owners>{_HANDLE})\s+(?:has|have)\s+"
                              r"(?:volunteered|agreed|offered|promised|committed)\s+to\s+"
                              r"(?P<task>[a-z][\w'-]*\b.*)$")
_NOT_OWNERS = words("""need needs want wants plan plans try tries hope hopes going have has due how
what who which when where why whether also still just only then now maybe possibly probably agreed
decided""")
_REPORTED = lazy_regex(rf"^({ONE})\s+(?:confirmed|reported|said|noted|announced|mentioned)\s+"
                       r"(?:that\s+)?")
_BRACKET_START = lazy_regex(rf"^\[{OWNERS}\]\s*[:\-–—]?\s*")
_ON_IT = lazy_regex(rf"^(?P<task>[^:;]{{3,120}}?)\s*[:\-–—,]?\s+{OWNERS}\s+(?:is|are|will\s+be)\s+"
                   r"(?:on|working\s+(?:on|in)|doing|handling|looking\s+(?:at|into)|"
                   r"taking(?:\s+care\s+of)?)\s+(?:this|that)\s*[.!]?$")
_TASK_THEN_NAMES = lazy_regex(rf"^(?P<task>[^:]{{2,60}}?)\s*:\s*{OWNERS}\s*\.?$")


def _person_like(owner: str, ctx: Context) -> bool:
    """Whether `owner` reads as a person's name: one the notes use as a name, or one or
    two capitalised words that are no ordinary words ("Menghao Yu")."""
    return named_person(owner, ctx) or (bool(_ONE_OR_TWO_NAMES.fullmatch(owner)) and not any(
        dictionary_word(w) for w in owner.split()))


_ACRONYM_GROUP = lazy_regex(r"(?P<each>(?:Each|Every|All|Both)\s+)?(?P<name>[A-Z]{2,5})(?P<s>s?)")
# Acronyms of things, not of people: "PRs to address this" names no one.
_THING_ACRONYMS = frozenset(("PR", "MR", "API", "URL", "ID", "PDF", "CI", "CD", "UI", "UX", "DB",
                             "VM", "OS", "SDK", "CLI", "CSV", "RFC", "FAQ", "KPI", "OKR", "CVE",
                             "SLA", "SLO", "ETA", "FYI", "TBD", "DM", "PRD", "JSON", "HTML",
                             "CSS", "SQL", "AI", "ML", "LLM", "GPU", "CPU", "IP", "DNS", "SSL",
                             "TLS", "PPT", "DOC", "XML", "YAML", "KYC", "GDPR", "NFT", "DID"))


def _acronym_group(owners: str) -> bool:
    """Whether owners an acronym names are people: "Each SIG", "All TAs", "SIGs" (a group
    of groups), not "PR" or "PRs"."""
    group = _ACRONYM_GROUP.fullmatch(owners)
    if group is None:
        return False
    return group.group("name") not in _THING_ACRONYMS and bool(group.group("each") or
                                                               group.group("s"))


_BE_ON_HAND = lazy_regex(r"be\s+(?:available|ready|present|there|on\s+(?:call|hand|site)|"
                        r"responsible|in\s+charge|the\s+(?:point|contact|lead)\b)", re.I)
_LEADING_ASIDE = lazy_regex(r"^\((?P<aside>[^()]{3,80})\)\s*(?P<rest>[A-Za-z].*)$")
PAREN_START = lazy_regex(rf"^\({OWNERS}\)\s*[:\-–—]?\s*(?=[A-Za-z])")  # "(AndyT) Propose …"
_AGREED = lazy_regex(r"^(?:it was |we )?(?:agreed|decided|resolved) that\s+", re.I)
_REPORTED_THAT = lazy_regex(rf"^[^.;:]{{0,120}}?\b(?:discussed|agreed|decided|resolved|noted|"
                            r"confirmed|(?:outcome|conclusion|upshot|result|plan|decision|"
                            r"consensus)(?:\s+here)?\s+(?:is|was))"
                            rf"\b[^.;:]{{0,120}}?\bthat\s+(?={OWNER_LIST}\s+"
                            r"(?:will|would|shall|is going to|are going to)\s)")
# "Elena noted the TAG might be there and Dan said he'd reach out to them": the reported
# commitment after the first clause is Dan's.
_SAID_LATER = lazy_regex(rf"^[^.;:]{{0,160}}?(?:,\s*|\s+)(?:and|but|so|while)\s+(?={OWNER_LIST}\s+"
                         r"(?:also\s+)?(?:said|confirmed|mentioned|replied|added|offered|"
                         r"promised)\s+(?:that\s+)?(?:he|she|they)\s*(?:['’]d|['’]ll|will|"
                         r"would)\s+[a-z])")
_DECIDED_NAMED = lazy_regex(rf"^{OWNER_LIST}\s+(?:also\s+)?(?:agreed|decided|resolved)\s+"
                            rf"(?=(?:{ONE})\s+(?:will|would|shall)\s)")
# "John: I'll rest here", "I'll leave it there for now": they stop talking.
_STOP_TALKING = r"(?:(?:stop|rest|pause|end|finish)\s+(?:here|there)|leave\s+it\s+" \
    r"(?:here|there|at\s+that))(?:\s+for\s+(?:now|today))?\W*$"
_STOPS_TALKING = lazy_regex(_STOP_TALKING)
# "Crris will join us, but not today" says who attends, not what anyone will do.
_NOT_A_TASK = lazy_regex(r"(?:be|not|never|no\s+longer|need|want|like|try|become|remain|seem|"
                         rf"know)\b|{_STOP_TALKING}|"
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
                         r"join\s+(?:us|the\s+(?:call|meeting|session))\b")
_TRY_TO = lazy_regex(r"^(?:try|attempt|need|have)\s+to\s+(?=[a-z])|^try\s+and\s+(?=[a-z])")
# The words after the agent are whole words: "by Gordon MacKay (…)" is not "by Gord" + "on".
_AGENT = lazy_regex(rf"^(?P<before>.*?)\s+by\s+{OWNERS}(?P<after>(?:\s*[,.;(]|\s+(?:by|before|on|"
                    r"until|within|in|after|at|for|next|this|soon|shortly|later|asap|today|"
                    r"tomorrow)\b|\s*$).*)$")
_PLEASE = lazy_regex(rf"^{OWNERS}\s*,\s*please\s+(?P<task>[a-z].*)$")
_ADDRESSED = lazy_regex(r"^@([\w.-]+)\s*:\s+(?P<task>[a-z].*)$")
_LOWER_OR_AT = frozenset("abcdefghijklmnopqrstuvwxyz@")
# "…, and that Ben would print them": the second of two agreed clauses.
_SO_CLAUSE = lazy_regex(r",\s+so\s+(?=(?:we|I|[A-Z@][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)?)\s*"
                        r"(?:will|'ll|shall|'re\s+going\s+to|are\s+going\s+to|is\s+going\s+to)"
                        r"\s)")
_JOINER = lazy_regex(r"(?:[;,]\s*(?:and\s+)?(?:that\s+)?|\s+and\s+(?:that\s+)?|\s+while\s+)"
                     r"(?=[A-Z@]|(?:he|she)\s)")
# "… with Jerome" just before "and Matt to …": Matt is with whom, not a second owner.
_WITH_WHOM = lazy_regex(r"\b(?:with|between)\s+@?[A-Z][\w'.-]*(?:\s+[A-Z][\w'-]*)?$")
_OWNER_CLAUSE = lazy_regex(rf"{OWNERS}\s+(?:will|shall|to|'ll|is going to|would|"
                           r"(?:agreed|offered|volunteered|promised|undertook) to|"
                           r"are going to|(?:is|are)(?=\s+[a-z]+ing\s))\s+[a-z]")


# "Ayomi: Tone Detection, Drew, Emily, Jennie: Treasure Detection": who takes which part.
_SHARE = lazy_regex(rf"(?P<who>{OWNER_LIST})\s*:\s*(?P<thing>[^:;,.]{{2,60}}?)\s*"
                    rf"(?:[,;]\s*(?={OWNER_LIST}\s*:)|[.;]?$)")


_ROLE_WORD = lazy_regex(r"(?i:chair|minutes|scribe|facilitator|host|note-?taker|time-?keeper|"
                        r"secretary|treasurer|president|moderator|present|apologies|regrets)")


def _shares(body: str, ctx: Context) -> list[FollowUp]:
    """A list line that shares out the work, two or more "names: part" pairs in a row, gives
    each their part; anything else on the line, or a pair that names no one, gives none."""
    found, at = [], 0
    while at < len(body) and (share := _SHARE.match(body, at)):
        who = share.group("who")
        thing = share.group("thing").split()
        if not valid_owners(who) or len(thing) < 2 or is_verb(thing[0].lower()) or \
                GROUPS_RE.fullmatch(who) or _ROLE_WORD.search(who) or \
                _person_like(share.group("thing"), ctx):
            # (Not votes, "Ana: yes, Ben: no", nor "Ana: send it, Ben: …", nor a roster of
            # roles, "Chair: Ana Lopez, Minutes: Ben Ray".)
            return []
        found.append(FollowUp(share.group("thing"), split_owners(who), None,
                              "done" if ctx.checked else "open"))
        at = share.end()
    return found if len(found) >= 2 and at >= len(body) else []


def sentence_follow_ups(text: str, ctx: Context) -> list[FollowUp]:
    """Every follow-up a sentence gives: "Ana will draft it and Ben will send it" is two."""
    text = text.strip()
    if not (ctx.action_section or ctx.owners or ctx.checked is not None or _has_cue(text)):
        return []
    prefixed = _ACTION_PREFIX.match(text) if text[:1] in _PREFIX_STARTS else None
    head = text[:prefixed.end()] if prefixed else ""
    body = text[len(head):]
    label = _OWNER_LABEL.match(body) if ctx.action_section and not head and "; " in body \
        else None
    if label and valid_owners(label.group("owners")):
        # "DaveM: fix the NLS strings; apply Rupen's patch": one owner's tasks in a list of
        # actions, each its own follow-up.
        head, body = body[:label.end()], body[label.end():]
        prefixed = label
    cuts = [0]
    # A second owned clause needs two auxiliaries ("… will draft it and Ben will send it").
    joints = _JOINER.finditer(body) if len(_AUX.findall(body)) >= 2 else ()
    for joint in joints:
        match = _OWNER_CLAUSE.match(body, joint.end())
        pronoun = _PRONOUN_WILL.match(body, joint.end()) if match is None else None
        if match is None and pronoun is None and " be " in body[joint.end():]:
            # "Ana will check the drains and the council will be notified": an owner-less
            # task in the second clause.
            passive = _PASSIVE_RE.match(body[joint.end():])
            if passive and passive.group("aux").lower() in ("will", "shall") and re.search(
                    r"\s(?:will|shall|'ll)\s+(?!be\s)\w+", body[cuts[-1]:joint.start()]):
                cuts.append(joint.start())
            continue
        if match is None and pronoun is None:
            continue
        before = body[cuts[-1]:joint.start()]
        if match and " to " in match.group(0) and _WITH_WHOM.search(before):
            continue  # "Martin to liaise with Jerome and Matt to consider X": one task, Martin's
        # Only where a whole clause precedes: "Tom and Leila will" is one owner list.
        if (pronoun or valid_owners(match.group("owners"))) and re.search(
                r"\s(?:will|shall|to|'ll|would)\s+\w+", before):
            cuts.append(joint.start())
    if " and will " in body or " and 'll " in body:
        # "Tom will write to the lawyers and will also follow up on the refund": two tasks.
        lead = OWNERS_RE.match(body)
        for again in _AND_WILL_AGAIN.finditer(body):
            if lead and re.search(r"\s(?:will|'ll)\s+\w+", body[cuts[-1]:again.start()]):
                cuts.append(again.start())
    if prefixed and ";" in body:
        cuts += [m.start() for m in re.finditer(";", body) if _semicolon_ends(body, m.start())]
    elif ";" in body:
        # "The statement has been sent; a briefing note is forthcoming": two statements.
        cuts += [m.start() for m in _SEMI_CLAUSE.finditer(body)
                 if (_FINITE_OR_WOULD.search(body, cuts[-1], m.start())
                     or _PRONOUN_WILL.match(body, m.end()))
                 and _semicolon_ends(body, m.start())]
    cuts = sorted(set(cuts))
    shares = _shares(body, ctx) if ctx.line_item and body.count(":") >= 2 else []
    if shares:
        return shares
    if len(cuts) == 1:
        item = sentence_follow_up(text, ctx)
        dash = _SPACED_DASH.search(body) if item is None and ctx.action_section else None
        then_i = _THEN_I.search(body) if item is None and ctx.speaker and dash is None else None
        if dash:
            # "We still need someone to draft X – Chen said he could take a first pass."
            item = sentence_follow_up(head + body[dash.end():], ctx)
        elif then_i:
            # "STA: I see the concern with 7 - I'll open an issue about it": "it" is the
            # clause before.
            item = sentence_follow_up(body[then_i.end():], ctx)
            before = body[:then_i.start()].strip()
            if item and len(item.task.split()) <= 8 and _POINTER.search(item.task) and len(
                    before.split()) <= 15:
                item = FollowUp(f"{item.task} ({before})", item.owners, item.due, item.status)
        so = _SO_CLAUSE.search(body) if item is None and ", so " in body else None
        if so:
            # "We may need help with it, so we're going to create a ticket": what the
            # reason before the comma leads someone to do.
            item = sentence_follow_up(body[so.end():], ctx)
        if item is None and ctx.line_item and _LATER_CUE.search(body):
            return _later_clauses(body, head, ctx)
        if item and not item.owners and ctx.checked is not None and _LATER_CUE.search(body):
            # "[ ] Waste clearing - Thais will train the new students": the box is Thais's
            # task, not the topic before the dash.
            later = _later_clauses(body, head, ctx)
            if later and all(f.owners for f in later):
                return later
        if item and len(item.owners) == 2 and "respectively" in item.task:
            return _respectively(item)
        return [item] if item else []
    parts = [body[a:b] for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True)]
    found: list[FollowUp] = []
    lead = OWNERS_RE.match(body)
    for part in parts:
        part = re.sub(r"^(?:[;,]\s*)?(?:and|while)?\s*", "", part.strip())
        if part.startswith("that ") and found:
            # "It was agreed that Ana would X and that Ben would Y": Ben's clause is agreed too.
            agreed = _AGREED.match(body)
            part = (agreed.group(0) if agreed else "") + part[5:]
        if part.startswith("will ") and lead and valid_owners(lead.group("owners")):
            part = f"{lead.group('owners')} {part}"
        pronoun = _PRONOUN_WILL.match(part)
        if pronoun and lead and pronoun.group(1).lower() != "we" and valid_owners(
                lead.group("owners")):
            # "Bev reported …; she'll send reminders": the pronoun is the first subject.
            part = f"{lead.group('owners')} will{part[pronoun.end():]}"
        then = _BY_THEN.search(part) if found and found[-1].due else None
        if then:
            part = part[:then.start()] + part[then.end():]
        item = sentence_follow_up(head + part, ctx) if part else None
        if item and then and item.due is None:
            # "Rosa will circulate it by 7 March, and Femi is sending X before then."
            item = replace(item, due=found[-1].due)
        if item:
            found.append(item)
    shared = found[-1].due if found and not parts[-1].lstrip().startswith(";") else None
    if shared and _TRAILING_DUE.search(parts[-1].rstrip(" .")):
        # "Pavel will fix X and Ines will look into Y before the next meeting": a deadline
        # at the end of coordinated clauses covers them all.
        found = [i if i.due else replace(i, due=shared) for i in found]
    return found


# "… the video and photo programs, respectively": one shared plural noun; "… the budget
# and the agenda, respectively": two objects of the task's verb.
_RESPECTIVE_NOUN = lazy_regex(r"^(?P<pre>.*?)\b(?P<x>[\w-]+)\s+and\s+(?P<y>[\w-]+)\s+"
                              r"(?P<noun>[\w-]+[^s\W]s),?\s+respectively\b,?(?P<rest>.*)$")
_RESPECTIVE = lazy_regex(r"^(?P<pre>\S+\s+)(?P<x>.+?)\s+and\s+(?P<y>.+?),?\s+respectively\b,?"
                         r"(?P<rest>.*)$")


def _respectively(item: FollowUp) -> list[FollowUp]:
    """ "Ana and Ben will propose changes to the video and photo programs, respectively":
    one task each, in the order the owners are named."""
    shared = _RESPECTIVE_NOUN.match(item.task)
    match = shared or _RESPECTIVE.match(item.task)
    if not match:
        return [item]
    noun = f" {_singular(shared.group('noun'))}" if shared else ""
    rest = match.group("rest").rstrip()
    return [FollowUp(f"{match.group('pre')}{what}{noun}{rest}", (owner,), item.due, item.status)
            for what, owner in zip((match.group("x"), match.group("y")), item.owners,
                                   strict=True)]


def _singular(plural: str) -> str:
    """ "inventories" -> "inventory", "batches" -> "batch", "programs" -> "program"."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "ches", "shes", "xes")):
        return plural[:-2]
    return plural[:-1]


_OWNER_LABEL = lazy_regex(rf"^{OWNERS}\s*:\s+(?=\S)")
_LATER_CUE = lazy_regex(r"\s(?:will|to|'ll|going to)\s")
# "Banner issue - … (Nancy to ask if it can be edited)", "Main TODO - the web team to get in
# touch with …", "CI => Ops team to compare both": a clause that names who does what after a
# topic, a leading clause, an arrow or an opening bracket. ("The issue stays open as Ulises
# will support the migration": after a reason's conjunction too.)
_LATER_OWNED = lazy_regex(rf"(?:\s[-–—]+\s+|\s*(?:=>|->|→)\s*|:\s+|\s\(|,\s+|\s+and\s+|"
                          rf"\s+(?:as|since|because)\s+)"
                          rf"(?={OWNERS}\s+"
                          r"(?:will|'ll|to|is going to|are going to)\s+[a-z])")


def _later_clauses(body: str, head: str, ctx: Context) -> list[FollowUp]:
    """The owned clauses after separators in a list line, each read as a line of its own
    up to the next separator."""
    found: list[FollowUp] = []
    for cut in _LATER_OWNED.finditer(body):
        if body.count("(", 0, cut.start()) > body.count(")", 0, cut.start()):
            continue  # inside "Van rota (Ifeoma done, Wen to check)": the aside rule's
        if cut.group(0).strip() == "and" and (not _FINITE.search(body, 0, cut.start())
                                               or _CONDITION.match(body)):
            continue  # "Ana and Ben will …" is one subject; "X still has it and Ben will …" two
        clause = body[cut.end():]
        if cut.group(0).endswith("("):
            clause, _, after = clause.partition(")")
            if not after.strip(" .;") and not found:
                continue  # "Topic (Joost will send invites)": the aside reading keeps the topic
        clause = _NEXT_SEPARATOR.split(clause, maxsplit=1)[0]
        item = sentence_follow_up(head + clause, ctx)
        if item and item.owners:
            found.append(item)
    return found


_CONDITION = lazy_regex(r"(?:if|unless|when|once|should)\s", re.I)
_NEXT_SEPARATOR = lazy_regex(r"\s[-–—]+\s|\s\(|\s*(?:=>|->|→)\s*|;\s")


_POINTER = lazy_regex(r"\b(?:this|it|that)\b", re.I)
_FINITE_I = lazy_regex(r"(?:ok(?:ay)?|yes|sure|thanks|thank you|great|agreed)\b|I\b", re.I)
_BE_DOING = lazy_regex(r"be\s+([a-z]{3,}ing)\b")
_THEN_I = lazy_regex(r"(?:\s[-–—]\s+|;\s+|,\s+(?:and|so|but)\s+)(?=I\s*(?:['’]ll|will)\s)")
_SPACED_DASH = lazy_regex(r"\s[–—]\s+(?=[A-Z@])")
_AGREED_WE = lazy_regex(r"^[^.;:]{0,160}?\b(?:agreed|decided|resolved)\s+(?:that\s+)?we\s+"
                        r"(?:should|would|will|shall|are\s+going\s+to)\s+(?=[a-z])", re.I)
_BEING_DONE_BY = lazy_regex(r"^(?P<subj>(?!(?i:it|they|this|that|there)\b)[^,;]{2,70}?)\s+"
                            r"(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?being\s+"
                            rf"(?P<verb>[a-z]+(?:\s+up)?)\s+by\s+{OWNERS}\b")
_INITIALS_TAG = lazy_regex(r"\[[A-Z]{2,4}\]\s+")
# "… (led by Ana)", "… (lead by Iñigo)"; "… (Ulises lead)": who leads the work.
_NAMES_IN_BRACKETS = r"[A-Z][\w'-]+(?:\s*(?:,|and|&)\s*[A-Z][\w'-]+)*"
_LEADER = lazy_regex(rf"^(?P<task>[^()]+?)\s*\((?:(?:led|lead|owned|driven|coordinated)\s+by\s+"
                     rf"(?P<by>{_NAMES_IN_BRACKETS})|(?P<who>{_NAMES_IN_BRACKETS})\s+"
                     r"(?:leads?|leading|owns?|owning|owner))\)$")
_DATE_STAMP = lazy_regex(r"^(?P<when>\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
                         r"\s*[-–:]?\s+(?=[(@\w])")
_LOWER_NAME = lazy_regex(r"^(?:\((?P<a>[a-z][\w.-]{1,19})\)\s*:?|(?P<b>[a-z][\w.-]{1,19})\s*:)"
                         r"\s+(?P<rest>[A-Za-z].*)$")


def _whole_date(text: str, ctx: Context, *, slack: int = 0) -> date | None:
    """The date `text` is, when it is a date and nothing more (`slack`: characters after
    it that may be left over, such as a full stop)."""
    when = find_due(text, ctx.ref, field=True)
    return when.date if when and when.start == 0 and when.end >= len(text) - slack else None


def _plain_name(word: str, ctx: Context) -> bool:
    """Whether a lower-case word before a task is a user name: one the attendance lists, or
    no English word, verb or label ("note:", "todo:", "wip:" are none)."""
    if word in ctx.known:
        return True
    return word.isalnum() and not (any_verb(word) or everyday_word(word) or word in _NOT_HANDLES
                                   or _META_LABEL.match(word + ":"))


# Labels that open a list item in lower case and are no one's name ("[wip] fix …", "todo:
# write …"), beside NOT_NAMES.
_NOT_HANDLES = NOT_NAMES | words("""x ai ap api asap blocked bug ci closed doc docs draft edit
eta fix fyi idea later now optional owner qa task tasks tbc tbd todo wip ui ux""")
_DASH_FIELD = lazy_regex(r"\s+[-–—]\s+")  # between the fields of a list item
_BY_THEN = lazy_regex(r"\s+(?:by|before)\s+then\b", re.I)
# r"\s(?:will|shall|to|would)(?=\s)|'ll(?=\s)|\s(?:is|are)\s+[a-z]+ing(?=\s)", written so
# that every match opens with one character class (the scan stops only at spaces and
# apostrophes); the look-behinds say which of the two it was.
_AUX = lazy_regex(r"[\s'](?:(?<=\s)(?:will|shall|to|would)(?=\s)|(?<=')ll(?=\s)|"
                  r"(?<=\s)(?:is|are)\s+[a-z]+ing(?=\s))")
_SEMI_CLAUSE = lazy_regex(r";\s+(?=(?:(?:an?|the|our|this|[A-Z][\w'-]*)\s+)?[\w'-]+(?:\s+[\w'-]+)"
                          r"{0,8}?\s+(?:is|are|was|were|has|have|will|shall|to|would)\b|"
                          r"(?:he|she|they|we)\s*(?:'ll|will)\b)")
_AND_WILL_AGAIN = lazy_regex(r",?\s+and\s+(?=will\s+(?:also\s+)?[a-z])")
_PRONOUN_WILL = lazy_regex(r"(he|she|they|we)\s*(?:'ll|will)\b", re.I)
_FINITE_WORDS = r"is|are|was|were|has|have|will|shall|to|'ll"
_FINITE = lazy_regex(rf"\s(?:{_FINITE_WORDS})\s")
_FINITE_OR_WOULD = lazy_regex(rf"\s(?:{_FINITE_WORDS}|would)\s")
_TRAILING_DUE = lazy_regex(r"\b(?:by|before|ahead of|prior to|no later than|until)\s+[^,;]{2,40}$",
                           re.I)


# Words without which a sentence of prose cannot give a follow-up: a cheap first test.
_CUE_WORDS = words("""will shall would should can please pls plz asked tasked requested
instructed done completed complete finished forthcoming coming tuned follow space action actions
todo going agreed resolved offered volunteered undertook undertaken committed promised
includes include including included i'll we'll he'll she'll they'll he'd she'd they'd
confirmed planning working continuing responsible charge gonna being told tells suggested
suggests appointed nominated designated deputed let's""")
_WORD_RE = lazy_regex(r"[a-z']+")


@lru_cache(maxsize=64)  # sentence_follow_ups and _follow_up ask about the same sentence
def _has_cue(text: str) -> bool:
    # A colon in "https://" is no cue; one after a label is.
    if "(" in text or "[" in text or ":" in text.replace("://", "") or " – " in text or \
            " - " in text or " — " in text or "@" in text or "=>" in text or "→" in text or \
            "<-" in text or "←" in text:
        return True
    lower = text.lower()
    if "’" in lower:
        lower = lower.replace("’", "'")  # "he’d", as typed by word processors
    words = _WORD_RE.findall(lower)
    return not _CUE_WORDS.isdisjoint(words) or "to" in words[1:6] or (
        "for" in words and "to" in words and _FOR_WHOM.match(text) is not None)


_FRONTED = lazy_regex(r"^(?P<front>(?:by|before|no later than|until|after|once|when|following|"
                      r"at|on|in|within|during)\b[^,]{1,60}),\s+(?P<rest>\S.*)$", re.I)
_FRONTED_TIME = lazy_regex(r"^(?P<front>(?:next|this|on)\s+(?:week|month|monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday)),?\s+(?P<rest>[A-Z@].*)$", re.I)
_NAMED_AFTER_COMMA = lazy_regex(rf"^[^,]{{3,60}},\s+(?P<rest>{OWNERS}\s+(?:will|'ll|is going to)\s+"
                                r"[a-z].*)$")
_COMMA_WHEN = lazy_regex(r",\s*(?:by|before|no later than|within|on)\b", re.I)
_INTERRUPTED = lazy_regex(r"^(?P<a>.+?\b(?:will|shall|to|'ll|would))\s*,\s*(?P<due>(?:by|before|"
                          r"no later than|within|on)\b[^,]{2,60}),\s*(?P<b>\S.*)$", re.I)


# "Dora kindly offered to …": an adverb between the owner and what they do.
_ADVERBS = ("kindly", "generously", "also", "helpfully", "graciously", "readily", "happily",
            "gladly", "then", "now", "duly", "tentatively", "provisionally")
_ADVERB = lazy_regex(r"^((?:[A-Z@][\w.'-]*\s+){1,3}?)((?:has|have)\s+)?(?:"
                     + "|".join(_ADVERBS) + r")\s+")
_ANYONE_TO = lazy_regex(r"^(?:someone|somebody|anyone|anybody)\s+(?:to|will|needs\s+to)\s+",
                        re.I)
_DONE_THEN_PASSIVE = lazy_regex(r"^(?P<subject>.+?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                                r"[a-z]+(?:ed|en|wn)\s+and\s+(?P<rest>will\s+be\s+[a-z]+.*)$")
_OWNER_TO = lazy_regex(rf"^{OWNERS}\s+to\s+[a-z]+\b(?!\s+(?:or\s+not|yet)\b)")
_LIST_THEN_COMMA = lazy_regex(rf"^{OWNERS},(?=\s+(?:to|will)\s)")
_AND_OTHERS = lazy_regex(r"\s*\((?:and|\+|with)\s+[^()]{1,40}\)(?=\s+(?:to|will)\s)")
_WE_NAMED = lazy_regex(rf"^(?:we|they|both)\s*\((?P<names>{OWNER_LIST})\)\s+", re.I)
_OWNER_PREFIX = lazy_regex(rf"^(?:(?:action|task|to-?do)s?\s+(?:for|on)\s+(?P<a>{OWNER_LIST})|"
                           rf"(?P<b>{OWNER_LIST})'s\s+(?:action|task|to-?do)s?)\s*[:\-–—]\s*",
                           re.I)


_CAPITAL_TO = lazy_regex(r"^(@[\w.-]+(?:\s+[A-Z][\w'-]*)?|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+"
                         r"(To|Will)\s+(?=[a-z])")


_OFFERS_NOW = lazy_regex(r"^(?P<owners>@?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3})\s+"
                         r"(?:also\s+)?(?:volunteers|offers|agrees|promises|commits|undertakes)"
                         r"\s+to\s+(?=[a-z])")


def _will(match: re.Match[str], text: str) -> str:
    """The owners a form matched, then "will" and what follows the match: the form the
    owned-sentence patterns read ("Tomas should investigate" -> "Tomas will investigate")."""
    return f"{match.group('owners')} will {text[match.end():]}"


def _without_adverb(match: re.Match[str]) -> str:
    """Groups 1 and 2, as a template of them would give, without a template to expand."""
    return match[1] + (match[2] or "")


def _normalise(body: str, ctx: Context) -> tuple[str, Context]:
    """Forms that name the owner unusually, rewritten: "Action for Ana: send …",
    "Ben's action: …", "We (Ben and Chidi) will …", "Dora kindly offered to …"."""
    prefix = _OWNER_PREFIX.match(body) if (":" in body or "-" in body or "–" in body or
                                            "—" in body) and (
        "'s" in body or body[:1] in "AaTt") and _OWNER_PREFIX_HINT.search(body) else None
    if prefix:
        who = prefix.group("a") or prefix.group("b")
        if who.lower() in ("me", "myself") and ctx.me:
            # "Lisa: TODO for me: explain the redirects": the one speaking or writing.
            ctx = replace(ctx, owners=(ctx.me,), action_section=True)
            body = body[prefix.end():]
        elif valid_owners(who):
            ctx = replace(ctx, owners=split_owners(who), action_section=True)
            body = body[prefix.end():]
    sequence = _SEQUENCE.match(body) if ctx.line_item and body[:1] in "FfTtNnAa" else None
    if sequence and is_verb(body[sequence.end():].split()[0].lower()):
        body = body[sequence.end():]  # "Then promote it on the list": the steps of a plan
    capital = _CAPITAL_TO.match(body) if " To " in body or " Will " in body else None
    if capital:
        # "@vincent To notify …", "@Johann D Will update the GDP".
        body = f"{capital.group(1)} {capital.group(2).lower()} {body[capital.end():]}"
    named = _WE_NAMED.match(body) if "(" in body else None
    if named:
        body = named.group("names") + " " + body[named.end():]
    elif "(" in body:
        # "Dan & Jack (and others) to make …", "Greg, Steve (and Dave as available) to meet".
        body = _AND_OTHERS.sub("", body, count=1)
    if " and will be " in body:
        # "The minutes were approved and will be posted to the list": what is still to happen.
        done_then = _DONE_THEN_PASSIVE.match(body)
        if done_then:
            body = f"{done_then.group('subject')} {done_then.group('rest')}"
    if ", to " in body or ", will " in body:
        # "Rob, Steve, Aaron, to meet with Melinda" (not "Raffle, will print the tickets").
        listed = _LIST_THEN_COMMA.match(body)
        if listed and "," in listed.group("owners") and valid_owners(listed.group("owners")):
            body = listed.group("owners") + body[listed.end():]
    anyone = _ANYONE_TO.match(body) if (ctx.line_item or ctx.action_section) and \
        body[:1] in "SsAa" else None
    if anyone and is_verb(body[anyone.end():].split(maxsplit=1)[0].lower()):
        # "ACTION POINT, someone to post about the event": a task nobody has taken yet.
        body, ctx = body[anyone.end():], replace(ctx, action_section=True)
    if "s to " in body:
        offer = _OFFERS_NOW.match(body)
        if offer and valid_owners(offer.group("owners")) and verb_at_all(
                body[offer.end():].split(maxsplit=1)[0].lower()):
            # "Spencer volunteers to take minutes", "Ana offers to book the room".
            body = _will(offer, body)
    if any(adverb in body for adverb in _ADVERBS):
        body = _ADVERB.sub(_without_adverb, body, count=1)
    if "-" in body and _HYPHEN_PARTICLE.search(body):
        body = _HYPHENED_VERB.sub(r"\1 \2", body, count=1)  # "to follow-up on the PR"
    if _may_rewrite(body):
        body, ctx = _rewrite(body, ctx)
    return body, ctx


def _named_later(body: str, ctx: Context) -> str:
    """A sentence that names its owner after a clause, rewritten to start with them."""
    when = _WHEN_CLAUSE.match(body) if body[:1] in "OoWwAaBb" and " will " in body else None
    if when and named_person(when.group("who"), ctx):
        # "Once doc revisions are addressed Brian will bring it back": the comma left out.
        return f"{body[:when.start('who')].rstrip()}, {body[when.start('who'):]}"
    for_whom = _FOR_WHOM.match(body) if ctx.line_item and " for " in body else None
    if for_whom and verb_at_all(for_whom.group("verb")) and named_person(
            for_whom.group("who"), ctx):
        # "A few comments in there for Brian to resolve": Brian resolves them.
        thing = for_whom.group("thing")
        return (f"{for_whom.group('who')} will {for_whom.group('verb')} "
                f"{thing[:1].lower()}{thing[1:]}{for_whom.group('rest')}")
    return body


_WHEN_CLAUSE = lazy_regex(r"^(?i:once|when|after|as\s+soon\s+as|before)\s+[^,;]{3,120}?\s+"
                          r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+will\s+[a-z]")
_FOR_WHOM = lazy_regex(r"^(?P<thing>(?i:a\s+few|a|an|the|some|several|two|three|these|those|"
                       r"this|that|any|more|remaining|\d+)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+)"
                       r"\s+for\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+to\s+"
                       r"(?P<verb>[a-z]+)\b(?P<rest>[^.;]*)[.;]?$")
# A phrasal verb written with a hyphen after "to" or "will", then its object: "to follow-up on
# the PR", "will set-up the room" (not "a sign-up form", "the follow-up meeting").
_HYPHEN_PARTICLE = lazy_regex(r"-(?:up|in|out|off|over|back)\b", re.I)  # (a cheap first test)
_HYPHENED_VERB = lazy_regex(r"(?:(?<=\bto )|(?<=ll ))(follow|set|check|sign|clean|write|roll|back|"
                            r"log|hand|reach|print)-(up|in|out|off|over|back)(?=\s+(?:on|with|to|"
                            r"about|for|the|a|an|this|that|these|those|it|them|all|any|our|"
                            r"their|his|her|my|your)\b)", re.I)


# A wiki's mention of a person: "[Zach Goulson](https://x.atlassian.net/wiki/people/5f1f…)",
# read as "Zach Goulson (https://…)"; "(Unlicensed)" is the wiki's note on the account.
_MENTION = lazy_regex(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}?)"
                      r"(?:\s+\((?:unlicensed|deleted|guest|external|inactive)\))?\s*"
                      r"\((?P<url>https?://[^)\s]+)\)[\s,;&]*(?:and\s+)?", re.I)
_PROFILE_URL = lazy_regex(r"/(?:wiki/)?(?:people|users?|profiles?|members?|display/~|u)/|"
                          r"^https?://github\.com/[\w-]+/?$", re.I)


_ROLE_LEAD = lazy_regex(r"^(?:will|shall|wants?\s+to|needs?\s+to|to)\s+(?=[a-z])", re.I)
_ROLE_ACTION = lazy_regex(rf"^{OWNERS}\s+(?i:actions?|action\s+items?)\s*(?::|\s[-–—])\s*(?=\S)")


def _mentions_first(text: str) -> str:
    """ "Zach Goulson (https://…/people/5f1f…) Add Richard to Google" in a list of actions:
    the people a wiki's mentions name, then their task, as "Zach Goulson: Add Richard …"."""
    names, at = [], 0
    while mention := _MENTION.match(text, at):
        if not _PROFILE_URL.search(mention.group("url")):
            break
        names.append(mention.group("name"))
        at = mention.end()
    if not names or at >= len(text):
        return text
    who = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]
    return f"{who}: {text[at:]}"


def _semicolon_ends(text: str, at: int) -> bool:
    """Whether the semicolon at `at` ends a clause: after a colon, "follow up on: the
    installer; python controls; physics" is one task with a list in it, unless the piece
    after the semicolon opens with a verb or a name, as a task of its own does."""
    if ":" not in text[:at]:
        return True
    piece = text[at + 1:].split(maxsplit=1)
    return bool(piece) and (is_verb(piece[0].lower()) or OWNER_START.match(piece[0]) is not None)


def _may_rewrite(body: str) -> bool:
    """Whether `_rewrite` may find something to do: a line that opens with "Action",
    "Task" or "Assigned", names an action, says who is responsible or in charge, has "be
    …ing", or is "Ana: will …". (Each test looks for its own words: one pattern with all of
    them scanned every position of every sentence.)"""
    low = body.lower()
    if low.startswith(("action", "task", "assigned")) or "responsible for" in low or \
            "in charge of" in low:
        return True
    if "action" in low and _ACTION_WORD.search(low):
        return True
    if "be" in low and _BE_ING.search(low):
        return True
    colon = body.find(":")
    return 0 < colon <= 40 and _WILL_AFTER_COLON.match(body, colon + 1) is not None


_ACTION_WORD = lazy_regex(r"\baction\b")
_BE_ING = lazy_regex(r"\bbe\s+[a-z]+ing\b")
_WILL_AFTER_COLON = lazy_regex(r"\s+(?:will|'ll)\s", re.I)
_ACTION_ON = lazy_regex(rf"^(?:actions?|tasks?)\s+(?:on|for)\s+{OWNERS}\s+to\s+(?=[a-z])", re.I)
_TAKES_ACTION = lazy_regex(rf"^{OWNERS}\s+(?:takes|took|has taken|have taken|will take|is taking|"
                           r"are taking|has|have|had)\s+(?:an|the|on an|on the)\s+"
                           r"action(?:\s+item)?\s+to\s+(?=[a-z])")
_LABEL_WILL = lazy_regex(rf"^{OWNERS}\s*:\s+(?:will|'ll)\s+(?=[a-z])")
_RESPONSIBLE = lazy_regex(rf"^{OWNERS}\s+(?:is|are)\s+(?:now\s+)?(?:responsible\s+for|"
                          r"in\s+charge\s+of)\s+(?P<verb>[a-z]+ing)\b")
_WILL_BE_ING = lazy_regex(rf"^{OWNERS}\s+(?:will|would)\s+(?:also\s+)?be\s+(?!going\b)"
                          r"(?P<verb>[a-z]+ing)\b")
_ASSIGNED = lazy_regex(rf"^assigned\s+to\s+{OWNERS}\s*:\s*", re.I)


def _rewrite(body: str, ctx: Context) -> tuple[str, Context]:
    """ "Action on Marta to …", "Marta took an action to …", "Ana: will …", "Ana is
    responsible for booking …", "Ana will be drafting …" -> "Marta to …" / "Ana will …"."""
    assigned = _ASSIGNED.match(body)
    if assigned and valid_owners(assigned.group("owners")):
        return body[assigned.end():], replace(ctx, owners=split_owners(
            assigned.group("owners")), action_section=True)
    for pattern in (_ACTION_ON, _TAKES_ACTION):
        match = pattern.match(body)
        if match and valid_owners(match.group("owners")):
            return f"{match.group('owners')} to {body[match.end():]}", ctx
    label = _LABEL_WILL.match(body)
    if label and valid_owners(label.group("owners")) and (
            label.group("owners").lstrip("@").split()[0].lower() in ctx.known
            or label.group("owners").startswith("@")):
        # "Ana: will send the deck" -- but "Venue: will confirm" has no owner.
        return f"{label.group('owners')} will {body[label.end():]}", ctx
    listed = ctx.action_section or ctx.line_item
    for pattern in (_RESPONSIBLE, _WILL_BE_ING):
        match = pattern.match(body)
        base = base_of_ing(match.group("verb")) if match else ""
        if match and base and valid_owners(match.group("owners")) and (
                listed or pattern is _WILL_BE_ING or " " not in match.group("owners").strip()
                or named_person(match.group("owners"), ctx)):
            # (In prose only a person is put in charge: "SL is in charge of setting up the
            # board", not "The website is responsible for handling …".)
            return f"{match.group('owners')} will {base}{body[match.end():]}", ctx
    return body, ctx


_SEQUENCE = lazy_regex(r"^(?:first(?:ly)?|then|next|finally|afterwards|after that)\s*,?\s+"
                       r"(?=[a-z])", re.I)
_OWNER_PREFIX_HINT = lazy_regex(r"^(?:action|task|to-?do)|'s\s+(?:action|task|to-?do)", re.I)


def _move_due_phrases(body: str) -> str:
    """ "By Friday, Jenny will email …" and "Helen will, by the end of the month, chase …"
    put the due date where the task rules look for it: after the task."""
    comma = "," in body
    fronted = (_FRONTED.match(body) if comma else None) or (
        _FRONTED_TIME.match(body) if body[:1] in "nNtToO" else None)
    if fronted:
        front = fronted.group("front")
        rest = fronted.group("rest").rstrip(" .")
        if re.match(r"(?:by|before|no later than|until|next|this|within)\b", front, re.I) or (
                re.match(r"on\b", front, re.I) and find_dates(front)):
            return f"{rest} {front}."
        return rest  # "After the meeting, Raj agreed to …", "On our side, …": not a due date
    named = _NAMED_AFTER_COMMA.match(body) if comma else None
    if named and valid_owners(named.group("owners")) and not _OWNER_CLAUSE.match(body):
        # "Proceeding due in October, Christoph will write a draft": what the clause before
        # the comma says is the background; "by October" would have been a due date above.
        return named.group("rest")
    # (It needs two commas and a time word after the first of them.)
    interrupted = _INTERRUPTED.match(body) if body.count(",") >= 2 and _COMMA_WHEN.search(
        body) else None
    if interrupted:
        return f"{interrupted.group('a')} {interrupted.group('b').rstrip(' .')} " \
               f"{interrupted.group('due')}."
    return body


_TOPIC = lazy_regex(r"^(?P<label>[A-Z][\w'-]*(?:\s+[\w'-]+){0,3})\s*:\s+(?P<rest>[A-Z@].+)$")


def sentence_follow_up(text: str, ctx: Context) -> FollowUp | None:
    """The follow-up one sentence or list item gives, if any."""
    topic = _TOPIC.match(text.strip()) if ":" in text else None
    if topic and not (_META_LABEL.match(text) or _ACTION_PREFIX.match(text)
                      or _NON_ACTION.match(text) or _DONE_PREFIX.match(text)):
        # "Tickets: Jonas will set up the shop": a topic label before an owned task.
        rest = topic.group("rest")
        owned = _OWNED.match(rest)
        if owned and valid_owners(owned.group("owners")) and owned.group("aux").split()[0] in (
                "will", "shall", "to", "'ll"):
            item = _follow_up(rest, ctx)
            if item:
                label = topic.group("label")
                label = "the " + label[:1].lower() + label[1:]
                task = _PRONOUN.sub(label, item.task, count=1)
                return FollowUp(task, item.owners, item.due, item.status)  # a new id
    if ":" in text and _IDEA_LABEL.match(text):  # (every match ends with a colon)
        return None  # "Release idea: get both source and build in one archive"
    item = _follow_up(text, ctx)
    if item and not ctx.action_section and _RUNS_THE_CALL.match(item.task):
        return None  # "MartinO to start the conference call": who runs this very meeting
    goal = _IS_THE_GOAL.search(item.task) if item else None
    if item and goal and not _THAT_CLAUSE.search(item.task, 0, goal.start()) and not (
            _quoted(item.task, goal.start())):  # (nor a quotation's '"… a priority"')
        # "X to validate Y is the first goal": names a goal, assigns nothing ("Add to the
        # plan that Y is a goal" still asks for something).
        return None
    if item and item.owners and _TAKE_UP_LATER.match(item.task) and all(
            GROUPS_RE.fullmatch(o) and not _OFFICE.match(o) for o in item.owners):
        return None  # "The committee will discuss this at the next meeting": a future topic
    return item


_TAKE_UP_LATER = lazy_regex(r"^(?:discuss|consider|revisit|debate|return\s+to|come\s+back\s+to)"
                            r"\s+(?:this|it|that|the\s+(?:matter|issue|item|question|proposal))"
                            r"(?:\s+(?:further|again))?(?:\s+(?:at|in|during)\b.*)?$", re.I)
_TITLED = lazy_regex(TITLES + r"\s+[A-Z]")
_DIGIT_OR_PAREN = frozenset("(0123456789")
_UPDATE_STARTS = frozenset("[UuQqBbSsGgPp")
_MENTION_VERB = lazy_regex(r"(@[\w.-]*\w(?:/[\w.-]*\w)?)\s+([A-Z][a-z]+)\b")
_LETS = lazy_regex(r"^let(?:['’]s| us)\s+(?=[a-z])", re.I)
# First letters of "[new] …", "new", "pending", "done", "continues", "open", "action",
# "todo", "to do", "ai", "ap", "next steps", "follow-up", "task" (either case).
_PREFIX_STARTS = frozenset("[npdcoatfNPDCOATF#")
_AGREED_STARTS = frozenset("iwadrIWADR")
# Words each form needs (whole words, so a sentence's word set answers for all of them).
_AUX_WORDS = words("will shall to would should can please pls plz")
_SAID_SET = words("""shared said confirmed noted mentioned explained stated reported offered
promised agreed indicated announced told replied answered added clarified""")
_ASKING_SET = words("""asked tasked requested instructed delegated authorised authorized invited
reminded encouraged scheduled rostered appointed nominated designated deputed""")
_PASSIVE_SET = words("was were been has have already")
_PAREN_DONE_BARE = lazy_regex(r"\((?:done|completed?)\)", re.I)
_PRONOUN = lazy_regex(r"(?<=\s)(?:them|it)\b")
_SUBJUNCTIVE = lazy_regex(rf"^{OWNERS}\s+(?P<task>(?P<verb>[a-z]+)\s.*)$")
_DECISION_VERBS = words("""note notes receive approve accept adopt agree endorse ratify support
continue retain defer reject refuse grant award resolve confirm decline delegate meet
remain stay keep""")
_DID_AND_WILL = lazy_regex(rf"^{OWNERS}\s+(?:also\s+)?(?P<verb>[a-z]+ed)\s+[^,;]*?,?\s+and\s+"
                           r"(?:will|'ll)\s+(?:also\s+)?(?P<task>[a-z].*)$")


def _past_tense(word: str) -> bool:
    """ "inquired", "reported", "carried": a verb's past tense."""
    return bool(_base_of_past(word))


_AND_WILL = lazy_regex(rf"^{OWNERS}\s+(?:is|are|was|were|has|have|had)\s+(?P<first>[a-z][^,;]*?)"
                       r",?\s+and\s+(?:will|'ll|is going to|are going to)\s+(?P<task>[a-z].*)$")
_ING_OBJECT = lazy_regex(r"^(?:\w+ing|\w+ed|been\s+\w+ing)\s+(?P<object>(?:the|a|an|our|their|"
                         r"his|her)\s+[\w' -]{2,40}?)(?:\s+(?:for|with|to|on|by)\b.*)?$")


# A task tracker's fields written out on one line: "Owner: Kim — Task: write the spec —
# Due: 4 July", "Review the reading list Assigned to Helen Park Due Oct 16, 2026".
# (Tags in brackets too: "… [assignee] lord kizzy [due] 4 April 2024 [status] todo".)
_FIELD = lazy_regex(r"(?:^|(?<=[\s|;,(]))(?:(?P<owners>(?i:owners?|assignees?|responsible)\s*:|"
                    r"(?i:\[(?:owners?|assignees?|responsible)\])|"
                    r"Assigned to\b:?|(?i:assigned to)\s*:|"
                    # "We need a test plan (this was assigned to Mesa)": said in a sentence.
                    r"(?<=\()(?i:(?:(?:this|it|which)\s+(?:was|is|has\s+been)\s+)?"
                    r"assigned\s+to)\b)|(?P<task>(?i:task|action)\s*:)|"
                    r"(?P<due>(?i:due(?: date)?|deadline|by when)\s*:|Due\b|"
                    r"(?i:\[(?:due(?: date)?|deadline)\]))|"
                    r"(?P<status>(?i:status|state)\s*:|(?i:\[(?:status|state)\]))|"
                    r"(?P<other>(?i:id|workgroup|team|"
                    r"priority|labels?|tags?)\s*:))\s*")
_FIELD_EDGE = " \t—–-|;,.()"
_TAGGED_OWNERS = lazy_regex(r"[\w.'’-]+(?:\s+[\w.'’-]+){0,2}(?:\s*(?:,|&|\band\b)\s*"
                            r"[\w.'’-]+(?:\s+[\w.'’-]+){0,2})*")
_WE_NEED_TO = lazy_regex(r"^(?:we|i)\s+(?:still\s+)?(?:need|have|want)\s+to\s+", re.I)
# A tracker's word for a finished task: "Status: done", "State: closed".
DONE_STATE = lazy_regex(r"(?:done|complete|completed|closed|finished|resolved)\b", re.I)


def _fielded(text: str, ctx: Context) -> FollowUp | None:
    """A line of labelled fields, one of them its owners, read as its task, owners, due."""
    fields: dict[str, str] = {}
    marks = list(_FIELD.finditer(text))
    if not any(m.group("owners") for m in marks):
        return None
    lead = text[:marks[0].start()].strip(_FIELD_EDGE)
    for at, mark in enumerate(marks):
        end = marks[at + 1].start() if at + 1 < len(marks) else len(text)
        name = mark.lastgroup or ""
        if name in fields:
            return None  # "Owner: … Owner: …" is two tasks or a table, not one line
        fields[name] = text[mark.end():end].strip(_FIELD_EDGE)
    task = _WE_NEED_TO.sub("", fields.get("task") or lead)  # "We need to do X (assigned to …)"
    owned = _OWNED.match(task) if "task" not in fields else None
    if owned and valid_owners(owned.group("owners")):
        task = owned.group("task")  # "Vani to draft X [assignee] Vanessa": the field says who
    owners = fields.get("owners", "")
    tagged = any(m.group("owners") and m.group()[:1] == "[" for m in marks)
    if not task or (lead and "task" in fields) or not (
            (OWNERS_RE.fullmatch(owners) and valid_owners(owners))
            or (tagged and _TAGGED_OWNERS.fullmatch(owners))):
        return None  # (a tagged field may name its people in lower case: "lord kizzy")
    item = _make(task, split_owners(owners), text, ctx)
    due = find_due(fields["due"], ctx.ref, field=True) if item and fields.get("due") else None
    item = replace(item, due=due.date) if item and due else item
    state = fields.get("status", "").lower()
    if item and state:
        # "Status: done" / "Status: in_progress": the tracker's own word for it.
        item = replace(item, status="done" if DONE_STATE.match(state) else "open")
    return item


# A board of issues: "https://github.com/org/repo/issues/363 @chlins", the link and who has it.
_TRACKED = lazy_regex(r"^<?(?P<url>https?://[^\s<>]+?)>?[.,;]?\s+"
                      r"(?P<who>@[\w.-]*\w(?:[\s,]+@[\w.-]*\w)*)\s*[.;]?$")
_ISSUE_URL = lazy_regex(r"https?://(?:www\.)?git(?:hub|lab)\.com/[\w.-]+/([\w.-]+)/(?:-/)?"
                        r"(?:issues|pull|merge_requests)/(\d+)")
# "GP: Action item to look into governance models": the label names whose action it is.
_OWN_ACTION = lazy_regex(rf"^{OWNERS}\s*:\s*(?i:action(?:\s+(?:item|point))?|to-?do|task)\s+"
                         r"(?:is\s+)?to\s+(?=[a-z])")
# After an action mark, what someone should do or is doing is their action: "AI: Tomas
# should investigate Helios", "AI: Michal is retiring the old site".
_MARKED_SHOULD = lazy_regex(rf"^\s*{OWNERS}\s+(?:should|must|needs?\s+to|ha(?:s|ve)\s+to|"
                            r"(?:is|are)\s+to)\s+(?=[a-z])")
_MARKED_DOING = lazy_regex(rf"^\s*{OWNERS}\s+(?:is|are)\s+(?:now\s+|also\s+|still\s+)?"
                           r"(?P<doing>[a-z]+ing)\b")


def _marked_duty(body: str) -> str:
    """An action-marked line's "X should …" or "X is doing …" as "X will …"."""
    should = _MARKED_SHOULD.match(body)
    if should and valid_owners(should.group("owners")):
        return _will(should, body)
    doing = _MARKED_DOING.match(body)
    base = base_of_ing(doing.group("doing"), known=any_verb) if doing else ""
    if doing and base and valid_owners(doing.group("owners")):
        # "… and doing the tooling": each doing said as what they will do.
        rest = _AND_DOING.sub(lambda m: "and " + (base_of_ing(m[1], known=any_verb) or m[1]),
                              body[doing.end():])
        return f"{doing.group('owners')} will {base}{rest}"
    return body


_AND_DOING = lazy_regex(r"(?<=\s)and\s+([a-z]+ing)\b")


_BRACKET_HANDLES = lazy_regex(rf"^\[(?P<owners>{_HANDLE}(?:\s*[,/&+]\s*{_HANDLE})*)\]"
                              r"\s*[:\-–—]?\s*(?:->|→)?\s*(?P<verb>[a-z]+)\b")


def _bracket_handles(text: str) -> tuple[tuple[str, ...], int] | None:
    """ "[luca] create …": lower-case names in brackets before a verb (not "[wip] fix …"):
    the names, and where the task starts."""
    match = _BRACKET_HANDLES.match(text) if text[1:2].islower() or text[1:2] == "@" else None
    if match is None or not verb_at_all(match.group("verb")):
        return None
    names = tuple(name.lstrip("@") for name in re.split(r"\s*[,/&+]\s*",
                                                         match.group("owners")))
    if any(name in _NOT_HANDLES or _ACTION_PREFIX.match(name + ":")
           for name in names):
        return None
    return names, match.start("verb")


_ACTION_AFTER = lazy_regex(r"\s*\((?:(?-i:AP|AI|AR)|action(?:\s+(?:item|point))?|todo)\s*"
                           r"\b(?:[:\-–—]\s*)?(?=(?-i:[A-Z@]))(?!(?:items?|points?|required|needed|"
                           rf"taken|below|above|pending|list)\b){OWNERS}\s*(?::[^()]*)?\)\s*$",
                           re.I)
_AND_THEN_WILL = lazy_regex(rf"^{OWNERS}\s+(?:has|had|raised|mentioned|noted|suggested)\b"
                            r"[^.;:]{0,80}?\s+and\s+(?P<aux>will|would|should|(?:offered|agreed|"
                            r"volunteered)\s+to)\s+(?:also\s+)?(?P<task>[a-z][\w'-]*\s.*)$")
# "Plan for updating section 5:" over the steps: what the list is, not a task.
_PLAN_INTRO = lazy_regex(r"(?:plans?|schedule|timeline|roadmap|proposal)\s+(?:for|of)\b", re.I)
_NAMED_SHOULD = lazy_regex(rf"^{OWNERS}\s+should\s+(?:also\s+)?(?P<task>[a-z][\w'-]*\s.*)$")
_DUTY_AUX = frozenset(("should", "must", "need to", "needs to", "has to", "have to"))
_DOUBT_SUBJECT = lazy_regex(r"(?:(?:it\s+is\s+|it['’]s\s+)?(?:unclear|not\s+clear|unsure|"
                            r"not\s+sure|no\s+idea)|what|which|when|where|how|whether|if)\b",
                            re.I)
_PRONOUN_SUBJECT = lazy_regex(r"(?:^|\s)(?:we|i|you|they|he|she|it|us)$", re.I)
_STEP_IS_TO = lazy_regex(r"^(?:[\w-]+\s+){0,2}?(?:next\s+steps?|action\s+(?:items?|points?)|"
                         r"follow-?ups?)(?:\s+(?:here|now|then|for\s+(?:this|that|now|us)))?"
                         r"(?:\s+(?:that\s+)?(?:we|they|the\s+\w+)\s+(?:agreed|"
                         r"decided|identified|settled)(?:\s+(?:up)?on)?)?"
                         r"\s+(?:is|are|will\s+be|would\s+be)\s+(?:to\s+|"
                         r"(?=[a-z]+ing\s))(?P<task>[a-z][\w-]*\s.*)$", re.I)
_NOUN_OF = lazy_regex(r"[A-Za-z]+(?:[\s-]+(?:up|out|down))?\s+of\b")
_QUOTED_TASK = lazy_regex(r"\s(needs?\s+to|has\s+to|will|to)\s*:\s*[\"“]([a-z][^\"”]{3,300})[\"”]")
_QUOTED_VERB = lazy_regex(r"(\s(?:to|will|shall|'ll)\s+)[\"“]([a-z][\w' -]{0,40}?)[\"”](?=\s)")


def _common_noun(word: str, ctx: Context) -> bool:
    """Whether a lower-case word before "to …" is an ordinary word, not a nickname the notes
    know ("option", "chance" and "possibility" are words; "decathorpe" is someone)."""
    return word[:1] != "@" and word.lower() not in ctx.known and word.isalpha() and \
        dictionary_word(word.capitalize())


_PERSON_NOUNS = words("""member student parent volunteer officer lead leader organiser organizer
mentor staff chair editor admin administrator maintainer reviewer coach player teacher trustee
director manager developer designer engineer author speaker presenter host judge intern captain
tutor helper resident neighbour neighbor councillor councilor partner sponsor committee team group
board everyone everybody all treasurer secretary president facilitator coordinator scribe crew
squad unit department office council panel lab class cohort family community club society
network cast""")


def _after_clause(subject: str) -> str:
    """The thing a passive is about when a clause comes first: "Asked him to demo it and
    (the) survey will be sent out", "We discussed the budget and the minutes will be
    circulated": the survey, the minutes."""
    before, _, after = subject.rpartition(" and ")
    return after if _is_clause(before) and after.strip() else subject


def _is_clause(text: str) -> bool:
    """Whether words say something happened or someone acts ("Asked him to demo it", "We
    discussed the budget"), not only name things ("The slides")."""
    words_ = text.split()
    return bool(_FINITE.search(f" {text} ")) or bool(
        words_ and words_[0].lower() in _PRONOUNS) or any(
        word.endswith("ed") and (is_verb(word[:-2].lower()) or is_verb(word[:-1].lower()))
        for word in words_)


_PRONOUNS = frozenset({"i", "we", "they", "he", "she", "you"})
_ABSTRACT = lazy_regex(r"(?:tion|sion|ment|ity|ness|ance|ence|ship|ics|ism|ogy)s?$")


def _thing_owner(owners: str, ctx: Context) -> bool:
    """Whether a label before a task names things, not people: "Jackets", "Workshops",
    "Reel" (one ordinary word each, no kind of person, no name the notes know), "System
    Integration" (long ordinary words only)."""
    for owner in split_owners(owners):
        base = owner[:-1] if owner.endswith("s") and not owner.endswith("ss") else owner
        if " " in owner and owner.split()[0].lower() not in ctx.known and all(
                len(word) >= 6 and (dictionary_word(word) or everyday_word(word))
                for word in owner.split()) and any(
                _ABSTRACT.search(word) or (word.endswith("ing") and is_verb(
                    base_of_ing(word.lower()))) for word in owner.split()):
            # "System Integration", "Insight Reporting": long ordinary words, one of them
            # the name of an activity (not "Walker Turner").
            continue
        # (Else one word only: "Rose Hill" is a person, whatever her words mean.)
        if " " in owner or owner.lower() in ctx.known or base.lower() in _PERSON_NOUNS or not (
                dictionary_word(base.capitalize()) or long_plain_word(owner)):
            return False
    return True


def _may_need(owner: str, ctx: Context) -> bool:
    """Whether "<owner> needs to …" gives `owner` a task: a person the notes name ("Dan
    needs to renew the domain", not "the site needs to …"), or, in a list of actions, a
    group or a name that is no common word ("TODO: Each team member needs to write …",
    "Upcoming goals: James needs to define the interface")."""
    return named_person(owner, ctx) or (ctx.action_section and (
        GROUPS_RE.fullmatch(owner) is not None or (_person_like(owner, ctx) and not any(
            everyday_word(w) for w in owner.split()))))


def _joined_verb(word: str) -> bool:
    """Whether `word` is a task verb, hyphenated or not ("e-mail", "co-ordinate", "follow-up"),
    or two verbs joined by a slash ("review/revise")."""
    return is_verb(word) or ("-" in word and (
        is_verb(word.replace("-", "")) or is_verb(word.split("-")[0]))) or (
        "/" in word and is_verb(word.split("/")[0]))


class _Stop(Enum):
    """What a form that applies decides when it makes no follow-up: no later form is tried."""

    NO_FOLLOW_UP = "no follow-up"


_NO_FOLLOW_UP = _Stop.NO_FOLLOW_UP
# What a form decides once it applies: its follow-up, or that the sentence gives none. (A
# form that does not apply returns None, and the next form is tried.)
Found: TypeAlias = FollowUp | _Stop


def _found(item: FollowUp | None) -> Found:
    """The follow-up a form that applies gives, or `_NO_FOLLOW_UP` when it gives none."""
    return _NO_FOLLOW_UP if item is None else item


def _task(task: str, owners: tuple[str, ...], text: str, ctx: Context) -> Found:
    """The follow-up a form that applies makes of its task and owners (see `_make`)."""
    return _found(_make(task, owners, text, ctx))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence read past its wrappings (marks, labels, brackets, "agreed that …"), as
    the forms read it."""

    text: str  # the line as its marks and labels left it: a follow-up's status is read there
    body: str  # what the forms read: the sentence after its action mark and agreed lead
    original: str  # the body before names the notes know were capitalised
    ctx: Context
    prefixed: re.Match[str] | None  # the action mark it opens with ("ACTION:", "TODO (Ana):")
    listed: bool  # in a list of actions, a list item, or marked as an action
    agreed: bool  # what was agreed or decided: "It was agreed that …", "… and that …"
    owner_first: bool  # the body opens as a list of owners does
    vocab: frozenset[str]  # the body's words, in lower case
    first: str  # the body's first word, in lower case, without a comma or colon


def _first_word(body: str) -> str:
    opening = body.split(maxsplit=1)
    return opening[0].lower().strip(",:") if opening else ""


def _assigned(s: Sentence) -> bool:
    """Whether the sentence's place says it is a task: a list of actions, a checkbox, owners
    from a heading or a mark, or an action mark."""
    ctx = s.ctx
    return bool(ctx.action_section or ctx.owners or ctx.checked is not None or s.prefixed)


def _follow_up(text: str, ctx: Context) -> FollowUp | None:
    """The follow-up one sentence or list line gives: its wrappings undone (fields, a date
    stamp, marks, labels, brackets), then the forms tried in order; the first that applies
    decides."""
    # Cheap necessary conditions guard the costlier patterns below (this runs per sentence).
    text = text.strip()
    fields = _DASH_FIELD.split(text) if ctx.line_item and text.count(" - ") + text.count(
        " – ") + text.count(" — ") >= 2 else []
    for at, part in enumerate(fields):
        # "[ ] @paluh - 2025-02-18 - Benchmark close txs", "Ana – 3 March – Book the hall":
        # a list item in fields, one of them its due date.
        field_due = _whole_date(part.strip(" *_()[]"), ctx, slack=1) if len(part) <= 30 \
            else None
        if field_due:
            item = _follow_up(" - ".join(fields[:at] + fields[at + 1:]), ctx)
            return replace(item, due=item.due or field_due) if item else None
    stamp = _DATE_STAMP.match(text) if text[:1].isdecimal() and ctx.line_item and (
        ctx.action_section or ctx.checked is not None) else None
    raised = _whole_date(stamp.group("when"), ctx) if stamp else None
    if stamp and raised:
        # "- 2020/06/09 (sid): Draft guidance …" in a log of open actions: the day it was
        # raised; a day after the meeting is when it is due.
        item = _follow_up(text[stamp.end():], ctx)
        if item and not item.due and ctx.ref and raised > ctx.ref:
            item = replace(item, due=raised)
        return item
    read = _read_sentence(text, ctx)
    found = _first_form(read) if isinstance(read, Sentence) else read
    return found if isinstance(found, FollowUp) else None


def _read_sentence(text: str, ctx: Context) -> Sentence | Found:
    """The sentence past its wrappings, ready for the forms; or what a wrapping decides
    ("… (led by Ana)", "Done: …", "(This week) implement …", a question, a label)."""
    led = _led_item(text, ctx)
    if led:
        return led
    text = _unwrapped(text, ctx)
    colon = ":" in text
    if text.endswith("?") and ctx.line_item and _OWNER_TO.match(text):
        text = text.rstrip("?")  # "- Dave to build more tests for the Jenkins suite?"
    if not text or len(text) > 600 or text.endswith("?") or (colon and _META_LABEL.match(text)):
        return _NO_FOLLOW_UP
    dashed = colon or "-" in text or "–" in text or "—" in text
    found = _line_form(text, ctx, colon=colon, dashed=dashed)
    if found:
        return found
    text = _relabelled(text, ctx, colon=colon, dashed=dashed)
    decided = _NON_ACTION.match(text) if dashed else None
    if decided:
        # "Decision: the PTA will contribute …" is a decision, but "Agreed: the secretariat
        # will circulate the draft" still gives someone a task: judge the rest as prose.
        text = text[decided.end():].strip()
        ctx = replace(ctx, action_section=False, line_item=False, checked=None)
        if not text:
            return _NO_FOLLOW_UP
        text = _decided_duty(text, ctx)
    if not (ctx.action_section or ctx.owners or ctx.checked is not None or _has_cue(text)):
        return _NO_FOLLOW_UP
    return _read_marked(text, ctx, dashed=dashed)


def _led_item(text: str, ctx: Context) -> Found | None:
    """ "Set up the metrics board (led by Ana)": the task, and who leads it."""
    led = _LEADER.match(text) if text[-1:] == ")" and (
        "d by " in text[-60:] or " lead" in text[-40:] or " own" in text[-40:]) else None
    if led is None:
        return None
    we_will = _WE_WILL.match(led.group("task"))
    led_task = we_will.group("task") if we_will else led.group("task")
    led_verb = led_task.split(maxsplit=1)[0].lower() if led_task else ""
    leader = led.group("by") or led.group("who")
    # ("Budget review (Ana leads)" in an agenda is who leads the item: an order only.)
    if valid_owners(leader) and len(led_task.split()) >= 2 and (
            verb_at_all(led_verb) if led.group("by") else is_verb(led_verb)):
        # "Set up the metrics board (led by Ana)", "We will keep working on a separate
        # Slack (lead by Iñigo)", "Add a reminder to the channels (Ulises lead)": who leads
        # the work.
        return _task(led_task, split_owners(leader), text, ctx)
    return None


def _unwrapped(text: str, ctx: Context) -> str:
    """The line without what wraps its sentence: an initials tag, a lower-case name label,
    a minute's number or an item's code, quotation marks around the task."""
    tag = _INITIALS_TAG.match(text) if text[:1] == "[" else None
    if tag and _OWNER_CLAUSE.match(text, tag.end()):
        # "[TO] Tanja to find out the list of committers": the tag says who raised it (its
        # letters may spell a word); the sentence after it names who does it.
        text = text[tag.end():]
    lower = _LOWER_NAME.match(text) if ctx.line_item and (
        ctx.action_section or ctx.checked is not None) and (
        text[:1] == "(" or "a" <= text[:1] <= "z") else None
    if lower and _plain_name(lower.group("a") or lower.group("b"), ctx) and is_verb(
            lower.group("rest").split(maxsplit=1)[0].lower()):
        # "- (sid) Draft guidance for vendors", "- sid: fix the tests" in a list of
        # actions: a user name written in lower case, as a handle without its @.
        text = f"@{lower.group('a') or lower.group('b')}: {lower.group('rest')}"
    if text[:1] in _DIGIT_OR_PAREN:
        text = _MINUTE_NUMBER.sub("", text)
    elif text[1:2].isdecimal() or text[2:3].isdecimal():
        text = _ITEM_CODE_LABEL.sub("", text)  # "A2: regenerate the table": the item's code
    if '"' in text or "“" in text:
        text = _QUOTED_VERB.sub(r"\1\2", text)  # 'Juan to "lock down" the repo'
        # '@qmx needs to: "set up the test harness"': the task quoted after a colon.
        text = _QUOTED_TASK.sub(r" \1 \2", text)
    return text


def _line_form(text: str, ctx: Context, *, colon: bool, dashed: bool) -> Found | None:
    """The forms a whole line takes before its marks are read: a remark first, the task
    then who has it, "Done: …", "The next step is to …", an action marked at its end, an
    issue's link with its assignee."""
    return (
        (_remark_first(text, ctx) if text[:1] == "(" and (
            ctx.line_item or ctx.checked is not None) else None)
        or (_on_it(text, ctx) if ctx.line_item and " this" in text[-20:] else None)
        or (_named_last(text, ctx) if colon and ctx.action_section and ctx.line_item else None)
        or (_reported_done(text, ctx) if dashed else None)
        or (_next_step(text, ctx) if (" is " in text or " be " in text or " are " in text) and (
            "ste" in text or "item" in text or "point" in text or "ollow" in text) else None)
        or (_action_after(text, ctx) if text[-1] == ")" else None)
        or (_tracked_issue(text, ctx) if text[:4] == "http" and "@" in text and (
            ctx.action_section or ctx.checked is not None or ctx.line_item) else None)
    )


def _remark_first(text: str, ctx: Context) -> Found | None:
    aside = _LEADING_ASIDE.match(text)
    if aside and len(aside.group("aside").split()) >= 2 and not PAREN_START.match(
            text) and any_verb(aside.group("rest").split(maxsplit=1)[0].lower()):
        # "[ ] (This week) implement the tests", "(If needed - tbd) pick up 2 easels - Sandy":
        # a remark on the item, then the task; the remark may say when, or that it is done.
        remark = aside.group("aside")
        item = _follow_up(aside.group("rest"), replace(ctx, checked=True) if _is_done(
            remark) else ctx)
        when = find_due(remark, ctx.ref, field=True) if item and not item.due else None
        return _found(replace(item, due=when.date) if item and when else item)
    return None


def _on_it(text: str, ctx: Context) -> Found | None:
    on_it = _ON_IT.match(text)
    if on_it and valid_owners(on_it.group("owners")) and len(on_it.group("task").split()) >= 2:
        # "Get turret parameters: CALUM is working on this", "Shuffleboard assignments PETER
        # is on this": the task, then who took it on.
        return _task(on_it.group("task"), split_owners(on_it.group("owners")), text, ctx)
    return None


def _named_last(text: str, ctx: Context) -> Found | None:
    named_last = _TASK_THEN_NAMES.match(text)
    if named_last and valid_owners(named_last.group("owners")) and all(
            _person_like(o, ctx) for o in split_owners(named_last.group("owners"))) and not \
            _person_like(named_last.group("task"), ctx):
        # "- getAvg: Jeremiah", "- Budget draft: Ana" in a list of next steps: the work,
        # then who takes it.
        return _task(named_last.group("task"), split_owners(named_last.group("owners")), text,
                     ctx)
    return None


def _reported_done(text: str, ctx: Context) -> Found | None:
    finished = _DONE_PREFIX.match(text)
    if finished is None:
        return None
    # "Done: the press release was sent" reports something done.
    text = text[finished.end():].strip()
    ctx = replace(ctx, checked=True)
    item = sentence_follow_up(text, replace(ctx, line_item=True))
    return _found(item or (_subject_item(text, ctx) if text else None))


def _next_step(text: str, ctx: Context) -> Found | None:
    step = _STEP_IS_TO.match(text)
    step_verb = step.group("task").split()[0].lower() if step else ""
    if step and step_verb.endswith("ing"):
        step_verb = base_of_ing(step_verb)  # "Next steps will be setting up a website"
    if step and step_verb and verb_at_all(step_verb):
        # "Likely action item is to distribute the review work", "The next step will be to
        # ask the board": the step, with no one named.
        rest = step.group("task").split(maxsplit=1)[1:]
        # ("… are to familiarise ourselves with X and to build Y": one task in two steps.)
        return _task(" ".join((step_verb, *rest)).replace(" and to ", " and "), ctx.owners,
                     text, ctx)
    return None


def _action_after(text: str, ctx: Context) -> Found | None:
    marked = _ACTION_AFTER.search(text)
    marked_word = text.split(maxsplit=1)[0].lower() if marked else ""
    if marked and valid_owners(marked.group("owners")) and len(
            text[:marked.start()].split()) >= 2 and not (
            marked_word in _REPORT_START or (marked_word.endswith("ed") and not is_verb(
                marked_word))):
        # (Not "Talked about the council (AP News)": a report, and a news agency.)
        # "possible SPEC certification (AP Andy: follow-up)", "Update the wiki (Action: Ana)":
        # an action point marked at the end of the line, with who takes it.
        return _task(text[:marked.start()].rstrip(" -–—:;,"), split_owners(
            marked.group("owners")), text, ctx)
    return None


def _tracked_issue(text: str, ctx: Context) -> Found | None:
    tracked = _TRACKED.match(text)
    if tracked is None:
        return None
    # A board of issues: "- https://github.com/org/repo/issues/363 @chlins" under
    # "#### TODO" / "#### WIP" / "#### Done": the assignee works on that issue.
    issue = _ISSUE_URL.match(tracked.group("url"))
    what = f"{issue.group(1)}#{issue.group(2)}" if issue else tracked.group("url")
    owners = tuple(h.lstrip("@") for h in tracked.group("who").split())
    return FollowUp(f"Work on {what}", owners, None, _status(text, ctx))


def _relabelled(text: str, ctx: Context, *, colon: bool, dashed: bool) -> str:
    """A label that says whose action the line is, rewritten as the owned forms read it:
    "Chairs Action: …", a wiki's mentions, "GP: Action item to …"; "TBD: …" dropped."""
    role = _ROLE_ACTION.match(text) if dashed and text[:1].isupper() and "ction" in text[:60] \
        else None
    who = role.group("owners").rstrip("'’") if role else ""
    if role and who and not who.endswith(("'s", "’s")) and valid_owners(who):
        # "Chairs Action: Will send out CfA", "Editors' action: merge the PR" ("Ben's
        # action: …" is read with the other owner prefixes).
        text = f"ACTION({who}): {_ROLE_LEAD.sub('', text[role.end():])}"
    if "(http" in text[:300] and (ctx.line_item or ctx.action_section) and text[:1].isupper():
        text = _mentions_first(text)
        colon = ":" in text
    own_action = _OWN_ACTION.match(text) if colon and text[:1].isupper() else None
    if own_action and valid_owners(own_action.group("owners")):
        # "GP: Action item to look into governance models": GP's action.
        text = _will(own_action, text)
    nobody = _NOBODY_YET.match(text) if colon and (ctx.action_section or ctx.line_item) else None
    if nobody:
        text = text[nobody.end():]  # "TBD: investigate the build timeout": no owner yet
    return text


def _decided_duty(text: str, ctx: Context) -> str:
    """ "Agreed: Ana should write to the council" as "Ana will write …" (a person the
    notes name)."""
    should = _DECIDED_SHOULD.match(text) if not text.lower().startswith(
        ("note", "fyi", "q")) else None
    if should and valid_owners(should.group("owners")) and named_person(
            should.group("owners").split(",")[0].strip(), ctx):
        return _will(should, text)
    return text


def _read_marked(text: str, ctx: Context, *, dashed: bool) -> Sentence | Found:
    """The sentence after its action mark ("ACTION:", "TODO (Ana):") and the owners in
    brackets before the task ("[Ana]", "(DC) to …"); or what a line of fields decides."""
    prefixed, ctx = _action_mark(text, ctx, dashed=dashed)
    bracketed = _bracketed_owners(text, ctx, prefixed)
    if bracketed:
        owners, cut, handles = bracketed
        ctx = replace(ctx, owners=owners)
        mark = text[:prefixed.end()] if prefixed else ""
        rest = _after_brackets(text[len(mark) + cut:])
        text = mark + rest
        if not handles and rest.rstrip(" .")[-1:] == ")":
            # "(Christina) Figure out how to prioritise X (Stephen)": the name in front
            # says who does it; the one after, who raised it.
            item = _follow_up(text, ctx)
            return _found(FollowUp(item.task, ctx.owners, item.due, item.status)
                          if item and item.owners != ctx.owners else item)
        prefixed = _ACTION_PREFIX.match(text) or prefixed
    body = _after_mark(text, prefixed)
    if (ctx.line_item or ctx.action_section) and ("ssign" in body or "wner" in body or
                                                  "esponsible" in body):
        fielded = _fielded(body, ctx)
        if fielded:
            return fielded
    if body[:1] in _UPDATE_STARTS and _UPDATE_ON.match(body):
        return _NO_FOLLOW_UP
    return _read_body(_unmarked_body(body, ctx, prefixed), text, ctx, prefixed)


def _action_mark(text: str, ctx: Context, *, dashed: bool) -> tuple[re.Match[str] | None,
                                                                   Context]:
    """The action mark the line opens with, and the context with what it says: done, or
    whose action it is ("ACTION(Ana):")."""
    prefixed = _ACTION_PREFIX.match(text) if (dashed or text[:1] in "ATC#[") and \
        text[:1] in _PREFIX_STARTS else None
    if prefixed and (prefixed.group("state") or "").lower() == "done":
        ctx = replace(ctx, checked=True)
    who = prefixed.group("who") if prefixed else None
    if who and ((OWNERS_RE.fullmatch(who.strip()) and valid_owners(who))
                or re.fullmatch(r"@?[\w.-]{2,30}", who.strip())):
        ctx = replace(ctx, owners=split_owners(who))
    return prefixed, ctx


def _bracketed_owners(text: str, ctx: Context, prefixed: re.Match[str] | None
                      ) -> tuple[tuple[str, ...], int, bool] | None:
    """Owners in brackets after the mark: who they are, where the task after them starts
    (counted from the mark's end), and whether they are lower-case handles."""
    after = text[prefixed.end():] if prefixed else text
    bracket = _BRACKET_START.match(after) if "[" in text else PAREN_START.match(after) if (
        after[:1] == "(" and (ctx.action_section or ctx.checked is not None or prefixed)) else None
    handles = _bracket_handles(after) if (
        bracket is None and "[" in text and (ctx.line_item or ctx.action_section or prefixed)
    ) else None
    if handles:
        # "[luca] create a Slack channel", "[melissa, jason] -> finalize the metrics":
        # a scribe's lower-case user names in brackets, then what they are to do.
        return handles[0], handles[1], True
    if bracket and valid_owners(bracket.group("owners")) and (
            ctx.line_item or ctx.action_section or prefixed or bracket.group()[:1] == "("):
        return split_owners(bracket.group("owners")), bracket.end(), False
    return None


def _after_brackets(rest: str) -> str:
    """The task after the owners in brackets, without a "please" or "to" to them."""
    if rest[:7].lower() == "please ":
        return rest[7:]  # "[All] Please leave feedback on the charter"
    if rest.lstrip()[:3].lower() == "to " and rest.lstrip()[3:4].isalpha():
        return rest.lstrip()[3:]  # "(DC) to provide the files", "(Met Office team) To run …"
    return rest


def _after_mark(text: str, prefixed: re.Match[str] | None) -> str:
    """What follows the action mark, "X should …" or "X is doing …" said as "X will …"."""
    if not prefixed:
        return text
    body = _marked_duty(text[prefixed.end():])
    if body[:3] == "to " and prefixed.group().strip(" :").lower() == "action":
        body = body[3:]  # "**Action** to check with the organisers (Jonah)"
    return body


def _unmarked_body(body: str, ctx: Context, prefixed: re.Match[str] | None) -> str:
    """The body without a second mark or "Let's", and with a name from the attendance
    typed in lower case, or a handle before a capitalised verb, as the owned forms read
    them."""
    again = _ACTION_PREFIX.match(body) if prefixed and body[:1] in _PREFIX_STARTS else None
    if again and not again.group("who"):
        body = body[again.end():]  # "ACTION: FIXME: Peter, please …"
    if prefixed and body[:3].lower() == "let":
        body = _LETS.sub("", body)  # "ACTION(Ana): Let's go through the sections …"
    known_first = body.split(maxsplit=2) if (prefixed or ctx.line_item) and body[:1].islower() \
        and ctx.known else []
    if len(known_first) == 3 and known_first[0].rstrip(":") in ctx.known and (
            known_first[0].endswith(":") or prefixed) and is_verb(known_first[1]):
        # "#todo garry create …", "[x] sarah: email Erica": a name from the attendance,
        # written in lower case, is read as a handle.
        body = f"@{' '.join(known_first)}"
    mention = _MENTION_VERB.match(body) if prefixed and body[:1] == "@" else None
    if mention and is_verb(mention.group(2).lower()):
        # "TODO: @ana Book the room": the handle, then the task as a line of its own.
        body = f"{mention.group(1)} {mention.group(2).lower()}{body[mention.end():]}"
    return body


def _read_body(body: str, text: str, ctx: Context,
               prefixed: re.Match[str] | None) -> Sentence | Found:
    """The sentence the forms read: past "agreed that", with its owner and due date where
    the forms look for them; or the task an arrow gives."""
    listed = ctx.action_section or ctx.line_item or prefixed is not None
    agreed = _agreed_lead(body)
    if agreed:
        body = body[agreed.end():]
    if "(" in body[:80]:
        body = _NAME_ASIDE.sub(GROUP_1, body)  # "Shelley (xy352) to contact …"
    body, ctx = _normalise(_move_due_phrases(_named_later(body, ctx)), ctx)
    original = body
    arrow = _arrow_item(body, ctx) if listed and (
        "→" in body or "->" in body or "=>" in body or "<-" in body or "←" in body) else None
    if arrow:
        return arrow
    if ctx.known and body[:1].islower():
        body = capitalise_known(body, ctx.known)
    if ctx.action_section and body[:7] in ("Try to ", "try to ") and body.endswith(")"):
        body = body[7:]  # "Try to obtain the licences (Nick)" in a list of actions
    # Most sentences do not start with an owner; test that once before the owner forms.
    # Each form needs its own words after the owners: look for those before the owners.
    return Sentence(text=text, body=body, original=original, ctx=ctx, prefixed=prefixed,
                    listed=listed, agreed=agreed is not None,
                    owner_first=OWNER_START.match(body) is not None,
                    vocab=frozenset(_WORD_RE.findall(body.lower())),  # one pass, then lookups
                    first=_first_word(body))


def _agreed_lead(body: str) -> re.Match[str] | None:
    """What says the rest was agreed or decided: "It was agreed that", "The council decided",
    "… discussed the budget and that"."""
    agreed = _AGREED.match(body) if body[:1] in _AGREED_STARTS else None
    if agreed is None and " that " in body:
        # "… discussed the budget and that Ana will write to X".
        agreed = _REPORTED_THAT.match(body)
    if agreed is None and ("decided " in body or "agreed " in body or "resolved " in body):
        agreed = _DECIDED_NAMED.match(body)  # "The council decided Tom would send …"
    if agreed is None and (" he" in body or " she" in body or " they" in body) and (
            " and " in body or ", " in body):
        agreed = _SAID_LATER.match(body)
    return agreed


def _first_form(s: Sentence) -> Found | None:
    """What the first form that applies to the sentence decides, trying them in order (the
    order is part of the rules: an earlier form wins)."""
    found = _owner_forms(s) or _asked_forms(s)
    if found:
        return found
    agreed_we = _AGREED_WE.match(s.body) if " that we " in s.body or " agreed we " in s.body \
        else None
    if agreed_we:
        # "In anticipation of more requests, the group agreed that we should publish the
        # criteria": what was agreed is the group's to do, as "We will publish …" is.
        body = f"We will {s.body[agreed_we.end():]}"
        s = replace(s, body=body, first=_first_word(body))
    return _plan_forms(s) or _speaker_forms(s) or _passive_forms(s) or _labelled_forms(s) or \
        _trailing_owner_forms(s) or _marked_forms(s)


def _owner_forms(s: Sentence) -> Found | None:
    """ "decathorpe to …", "Ana should …", "Ana will …", "Ana said that she will …", "Ana is
    drafting X and will …", "Tom has two reviews that he will finish", "Emi told me to …"."""
    body, vocab = s.body, s.vocab
    return (
        (_nicknamed(s) if body[:1] in _LOWER_OR_AT else None)
        or (_named_should(s) if s.owner_first and " should " in body else None)
        or (_then_will(s) if s.owner_first and " and " in body else None)
        or (_owned(s) if s.owner_first else None)
        or (_subjunctive(s) if s.agreed and s.owner_first else None)
        or ((_doing_and_will(s) or _did_and_will(s)) if s.owner_first and " and " in body and (
            "will" in vocab or "'ll" in body) else None)
        or (_has_that(s) if s.owner_first and " that " in body else None)
        or (_told_me(s) if s.owner_first and (
            " me " in body or " us " in body or " said " in body or " says " in body) else None)
        or (_need_person(s) if "need" in vocab and body[:1] in "NnWw" else None)
    )


def _nicknamed(s: Sentence) -> Found | None:
    body = s.body
    loose = _LOOSE_OWNED.match(body) if s.listed else _LOOSE_COMMITTED.match(
        body) if " to " in body else None
    nicks = split_owners(loose.group("owners")) if loose else ()
    if loose and is_verb(loose.group("task").split()[0].lower()) and all(
            nick.lower() not in NOT_NAMES and not _verb_form(nick.lower())
            and not _common_noun(nick, s.ctx) for nick in nicks):
        # Nicknames in scribed action lists: "decathorpe to announce …" (not "option to add
        # a check", "chance to meet the staff").
        task = loose.group("task")  # ("mperz and tima to own the examples": both)
        return _task(task, nicks, task, s.ctx)
    return None


def _named_should(s: Sentence) -> Found | None:
    should = _NAMED_SHOULD.match(s.body)
    if should and valid_owners(should.group("owners")) and is_verb(
            should.group("task").split()[0]) and all(
            named_person(o, s.ctx) for o in split_owners(should.group("owners"))):
        # "Charles and Vince should coordinate on this": people the notes name, told what
        # to do ("Groups should …" and "We should …" stay opinions).
        return _task(should.group("task"), split_owners(should.group("owners")), s.text, s.ctx)
    return None


def _then_will(s: Sentence) -> Found | None:
    body = s.body
    then_will = _AND_THEN_WILL.match(body) if (
        " will " in body or " would " in body or " should " in body or " to " in body) else None
    then_verb = then_will.group("task").split()[0] if then_will else ""
    if then_will and valid_owners(then_will.group("owners")) and (is_verb(then_verb) or (
            then_will.group("aux").endswith(" to") and any_verb(then_verb))) and named_person(
            then_will.group("owners"), s.ctx):
        # "Jeff has some suggestions and will comment on the EIP": Jeff's task; "Mike
        # suggested Melbourne and offered to consider how it might work": an offer.
        return _task(then_will.group("task"), split_owners(then_will.group("owners")), s.text,
                     s.ctx)
    return None


def _owned(s: Sentence) -> Found | None:
    """ "Ana will …", "Ana to …", "Ana agreed to …", "Ana said that she will …": the owners,
    an auxiliary, then the task."""
    body, vocab = s.body, s.vocab
    owned = (_OWNED,) if not vocab.isdisjoint(_AUX_WORDS) or "'ll" in body else ()
    patterns = (*owned, _SAID_THAT) if not vocab.isdisjoint(_SAID_SET) else owned
    for pattern in patterns:
        match = pattern.match(body)
        if match and (valid_owners(match.group("owners")) or (
                _acronym_group(match.group("owners"))
                and is_verb(match.group("task").split(maxsplit=1)[0].lower()))):
            # ("SIGs to decide their activities", "Each SIG to make a sticker design": the
            # groups an acronym names, as the subject of a task.)
            task = _owned_task(match)
            if task is None or _not_said_as_task(match, task, s) or _not_owned_task(
                    match, task, s):
                continue
            owners = as_written(split_owners(match.group("owners")), s.original)
            return _task(task, owners, task, s.ctx)
    return None


def _owned_task(match: re.Match[str]) -> str | None:
    """The task after an owned form's auxiliary ("will try to book": book), or None when
    the auxiliary takes no task ("Ana agreed to the plan")."""
    task = _TRY_TO.sub("", match.group("task"))  # "will try to book": book
    aux = match.groupdict().get("aux") or ""
    if aux.endswith(" to") and aux != "to" and task.split(maxsplit=1)[0].lower() in \
            _DETERMINERS:
        return None  # "Ana agreed to the plan", "committed to the project": no task
    if task[:1].islower() and aux.startswith("committed"):
        # "Eric committed to (personally) sponsoring the costs": to sponsor them.
        doing = _ADVERB_DOING.match(task)
        base = base_of_ing(doing.group("verb")) if doing else ""
        task = base + task[doing.end():] if base and doing else task
    if _NOT_A_TASK.match(task):
        return None
    return task


def _not_said_as_task(match: re.Match[str], task: str, s: Sentence) -> bool:
    """Whether the auxiliary says no task for these owners: a maybe, a need of a thing, no
    one named."""
    ctx, aux = s.ctx, match.groupdict().get("aux")
    if aux in ("would", "can", "should") and not s.agreed and not (
            aux == "would" and _one_person(match.group("owners"), ctx)
            and is_verb(task.split()[0].lower()) and " if " not in task):
        # Prose minutes report "will" as "would": "Cllr Reid would write to the
        # board", "Our Secretary would attend" (one person; "Members would create
        # issues" describes a process).
        return True
    if (aux or "").startswith("need") and match.group("owners")[:1] != "@" and not all(
            _may_need(o, ctx) for o in split_owners(match.group("owners"))):
        return True  # "Dan needs to renew the domain", but not "the site needs to …"
    if ctx.usage and aux == "to" and any(
            ordinary_word(o, ctx.usage) for o in split_owners(match.group("owners"))):
        return True  # "Compared to last year", "Forward to bound …": no one named
    if ctx.usage and not s.listed and aux in ("will", "shall") and _lower_word(
            match.group("owners"), ctx.usage):
        return True  # "… for the event. Event will fill the 4 days": a thing, no one
    # "Chen said he could …" offers; only the next steps take it up.
    return match.groupdict().get("said") == "could" and not ctx.action_section


def _not_owned_task(match: re.Match[str], task: str, s: Sentence) -> bool:
    """Whether what follows the auxiliary is no task of the owners': no verb of doing, an
    order to someone else, an opinion in prose."""
    ctx, owners = s.ctx, match.group("owners")
    verb = task.split()[0].lower().strip(",.;:")
    aux = match.groupdict().get("aux") or ""
    if aux[-3:] == " to" and aux[-6:-3] in ("ppy", "ing", "een") and not is_verb(verb) \
            and not (aux == "going to" and any_verb(verb)):
        return True  # "Jo happy to coordinate …", not "… happy to stand as chair"
    if aux == "to" and not is_verb(verb) and verb != "have" and (
            not s.listed or not verb_at_all(verb.split("/")[0])
            or is_verb(owners.lower())) and not (_OFFICE.match(owners) and any_verb(verb)):
        # "Talk to big sponsors": an imperative, not "Talk" to do "big …"; but "The
        # Clerk to place the order" is an office-holder's task, whatever the verb.
        # "Changes to governance", "Blockers to delivery?": no verb, a topic.
        return True
    verb_first = owners.split(maxsplit=1)
    if len(verb_first) == 2 and any_verb(verb_first[0].lower()) and GROUPS_RE.fullmatch(
            verb_first[1]):
        # "Ask everyone to put their name down", "Allow the team to cycle the keys":
        # not "Ask everyone" or "Allow the team" to do it.
        return True
    if len(verb_first) == 2 and aux == "to" and any_verb(
            verb_first[0].lower()) and verb_first[0].lower() not in _NAMES_THAT_ARE_VERBS \
            and verb_first[0].lower() not in ctx.known and len(split_owners(
                owners)) == 1 and not _OFFICE.match(owners):
        return True  # "Use GitHub Issues to track open work": an order, no one named
    if len(verb_first) == 2 and verb_first[0].lower() in _TELL_VERBS and \
            verb_first[1][:1].isupper():
        return True  # "Email Dan Gohman to sign up", "Ask Ana to …": Dan is told
    if len(verb_first) == 2 and aux == "to" and ctx.usage and verb_not_name(owners, ctx.usage):
        return True  # "Advise Acme to close the account": Acme is told, not the owner
    # In running prose "Europe will consider …" reports an opinion; a task there
    # starts with a verb of doing ("will send", "will draft").
    # "Mr Ward offered to place a notice …": an offer is a commitment, whatever the verb;
    # so is "The board said they will …".
    # A person the notes name may do anything: "JT will bind it", "@benlesh will
    # work with the Angular team".
    return not s.listed and not is_verb(verb) and not (any_verb(verb) and (all(
        _one_person(o, ctx) for o in split_owners(owners))
        or _ONE_HANDLE.fullmatch(owners)
        or _OFFER_AUX.search(aux) or match.groupdict().get("said")))


def _subjunctive(s: Sentence) -> Found | None:
    subjunctive = _SUBJUNCTIVE.match(s.body)
    if subjunctive and valid_owners(subjunctive.group("owners")) and is_verb(
            subjunctive.group("verb")) and subjunctive.group("verb") not in _DECISION_VERBS:
        # "RESOLVED that the Clerk write to the club": the resolution instructs the Clerk
        # (but "that the Council approve the budget" is the decision itself).
        owners = as_written(split_owners(subjunctive.group("owners")), s.original)
        return _task(subjunctive.group("task"), owners, subjunctive.group("task"), s.ctx)
    return None


def _doing_and_will(s: Sentence) -> Found | None:
    then_will = _AND_WILL.match(s.body)
    done = _ING_OBJECT.match(then_will.group("first")) if then_will else None
    if then_will and done and valid_owners(then_will.group("owners")) and any_verb(
            then_will.group("task").split()[0].lower()):
        # "Jonas is drafting the budget and will circulate it next week": the second
        # clause is the task, and "it" is what the first clause works on (someone working
        # on something, not "Sales have been slow and will pick up").
        task = then_will.group("task")
        if _PRONOUN.search(task):
            task = _PRONOUN.sub(done.group("object"), task, count=1)
        owners = as_written(split_owners(then_will.group("owners")), s.original)
        return _task(task, owners, task, s.ctx)
    return None


def _did_and_will(s: Sentence) -> Found | None:
    did = _DID_AND_WILL.match(s.body)
    if did and valid_owners(did.group("owners")) and _past_tense(did.group("verb")) and \
            any_verb(did.group("task").split()[0].lower()) and not _NOT_A_TASK.match(
                did.group("task")):
        # "Jordan inquired about the condo HOA and will look into the relationship": what
        # was done, then the task.
        owners = as_written(split_owners(did.group("owners")), s.original)
        return _task(did.group("task"), owners, did.group("task"), s.ctx)
    return None


def _has_that(s: Sentence) -> Found | None:
    has_that = _HAS_THAT.match(s.body)
    if has_that and valid_owners(has_that.group("owners")) and is_verb(has_that.group("verb")):
        # "Tom has two reviews that he will finish this week": finish two reviews.
        task = (f"{has_that.group('verb')}{has_that.group('particle') or ''} "
                f"{has_that.group('obj')}{has_that.group('rest')}")
        owners = as_written(split_owners(has_that.group("owners")), s.original)
        return _task(task, owners, task, s.ctx)
    return None


def _told_me(s: Sentence) -> Found | None:
    told = _TOLD_ME.match(s.body)
    if told and valid_owners(told.group("owners")) and any_verb(told.group("task").split()[0]):
        # "Then Emi tells me to change the layout of the app", "Emi told me that I should
        # make the table more complicated", "Emi said I should divide the list": the
        # writer's task (theirs, if they signed).
        who = (told.group("who") or told.group("said") or "").lower()
        mine = (s.ctx.me,) if who in ("me", "i") and s.ctx.me else ()
        return _task(told.group("task"), mine, told.group("task"), s.ctx)
    return None


def _need_person(s: Sentence) -> Found | None:
    need = _NEED_PERSON.match(s.body)
    if need and is_verb(need.group("task").split()[0]) and all(
            named_person(o, s.ctx) for o in split_owners(need.group("owners"))):
        # "Need Brian to sign off on the linting change": the task is Brian's (a person the
        # notes name: not "We need volunteers to help").
        owners = as_written(split_owners(need.group("owners")), s.original)
        return _task(need.group("task"), owners, need.group("task"), s.ctx)
    return None


def _asked_forms(s: Sentence) -> Found | None:
    """ "Ana asked Ben to …", "Ben was asked to …", "Ana is scheduled to …", "Ana is
    drafting …" (under way), "We decided to write …"."""
    body, ctx, vocab = s.body, s.ctx, s.vocab
    return (
        (_asked(s) if s.owner_first and not vocab.isdisjoint(_ASKING_SET) else None)
        or (_progressive(s) if (ctx.action_section or s.listed) and s.owner_first and
            "ing " in body else None)
        or (_we_decided(s) if body[:1] in "WwIiTtPpAa" and "to " in body and (
            "decided" in vocab or "agreed" in vocab or "resolved" in vocab or "made" in vocab
            or "taken" in vocab) else None)
    )


def _asked(s: Sentence) -> Found | None:
    body, original, ctx = s.body, s.original, s.ctx
    other = _ASKED_OTHER.match(body)
    if other and valid_owners(other.group("owners")) and is_verb(other.group("task").split()[0]):
        # "Mrs Ahmed asked Mr Baker to review …": the task is Mr Baker's.
        owners = as_written(split_owners(other.group("owners")), original)
        return _task(other.group("task"), owners, other.group("task"), ctx)
    wanted = _ASKED_FOR.match(body) if " for a" in body else None
    if wanted and valid_owners(wanted.group("owners")):
        # "IR asked SG for a short description by email": SG is to provide it.
        task = "Provide " + wanted.group("what")
        return _task(task, as_written(split_owners(wanted.group("owners")), original), task, ctx)
    rota = _ROSTERED.match(body)
    if rota and any_verb(rota.group("task").split()[0]) and all(
            named_person(o, ctx) for o in split_owners(rota.group("owners"))):
        # "Ana and Ben are scheduled to staff the desk on Saturday": people the notes name
        # ("Delivery is scheduled to arrive" is no one's task).
        owners = as_written(split_owners(rota.group("owners")), original)
        return _task(rota.group("task"), owners, rota.group("task"), ctx)
    asked = _ASKED.match(body)
    if asked and valid_owners(asked.group("owners")):
        owners = as_written(split_owners(asked.group("owners")), original)
        return _task(asked.group("task"), owners, asked.group("task"), ctx)
    appointed = _APPOINTED.match(body) if " to " in body else None
    if appointed and valid_owners(appointed.group("owners")) and verb_at_all(
            appointed.group("task").split(maxsplit=1)[0]):
        owners = as_written(split_owners(appointed.group("owners")), original)
        return _task(appointed.group("task"), owners, appointed.group("task"), ctx)
    tasked = _TASKED_WITH.match(body) if " with " in body else None
    base = base_of_ing(tasked.group("verb")) if tasked else ""
    if tasked and base and valid_owners(tasked.group("owners")):
        task = f"{base} {tasked.group('rest')}"
        owners = as_written(split_owners(tasked.group("owners")), original)
        return _task(task, owners, task, ctx)
    return None


def _progressive(s: Sentence) -> Found | None:
    ctx = s.ctx
    progressive = _PROGRESSIVE.match(s.body)
    if progressive and not progressive.group("be") and not (
            progressive.group("verb") in _ONGOING
            and (progressive.group("owners")[:1] == "@"
                 or named_person(progressive.group("owners"), ctx))):
        return None  # "- Lee working on the grant" (no "is") names who; not "Data …"
    if progressive and valid_owners(progressive.group("owners")) and (ctx.action_section or (
            progressive.group("rest")[:1].isalnum()
            and (progressive.group("owners")[:1] == "@"
                 or named_person(progressive.group("owners"), ctx)))):
        # "Femi is sending case studies to Rosa" in the next steps, or a list item naming a
        # person the notes name ("- Lee is chasing the council to fix the bins"): under way.
        base = (base_of_ing(progressive.group("verb")) or _ONGOING.get(
            progressive.group("verb"), "")) if progressive.group("be") else \
            _ONGOING[progressive.group("verb")]
        if base:
            task = f"{base} {progressive.group('rest')}"
            return _task(task, split_owners(progressive.group("owners")), task, ctx)
    return None


def _we_decided(s: Sentence) -> Found | None:
    decided = _WE_DECIDED.match(s.body)
    if decided and decided.group("verb").lower() in _WE_PRODUCE and not _WE_UNTIL.search(
            decided.group("task")):
        # "We have decided to prepare the next national meeting", "It was agreed to write to
        # the mayor", "The board decided to publish the accounts": work the meeting took on
        # (not "We decided to use Zoom", a decision).
        group = decided.group("group")
        owners = (group[:1].upper() + group[1:],) if group else s.ctx.owners
        return _task(decided.group("task"), owners, s.text, s.ctx)
    return None


def _plan_forms(s: Sentence) -> Found | None:
    """ "We will send …", "[x] Chloe renewed …", "Ben books a venue", "I'd like Ana to …",
    "We will have Abby do …"."""
    body, ctx = s.body, s.ctx
    return (
        (_we_will(s) if (s.listed or not ctx.speaker) and body[:1] in "Ww" else None)
        or (_ticked_past(s) if ctx.checked and s.owner_first else None)
        or (_present_plan(s) if (ctx.action_section or ctx.checked is not None) and
            s.owner_first and _S_FORM.search(body) else None)
        or (_like_other(s) if body[:1] == "I" and " like " in body else None)
        or (_have_other(s) if " have " in body else None)
    )


def _we_will(s: Sentence) -> Found | None:
    body, ctx = s.body, s.ctx
    we_will = _WE_WILL.match(body)
    we_task = _WE_LEAD.sub("", we_will.group("task")) if we_will else ""
    we_verb = we_task.split()[0].lower() if we_task else ""
    if we_will and we_task and is_verb(we_verb) and not _WE_HEDGE.match(we_will.group("task")) \
            and (find_due(we_task, ctx.ref) or (
            we_verb in _WE_PRODUCE and not _WE_UNTIL.search(we_task)) or (
            " after " in body and any(find_dates(we_task)))):
        # "- We will send them the revised logframe by 28 March", "- We will write a shorter
        # summary for the final report", or the same in the minutes' prose (not a speaker's
        # line): a task of the group's. Undated, only a verb that
        # makes or sends something counts ("We will freeze upgrades until …", "We will
        # discuss it next time" are a decision and a future topic); a dated "after the
        # meeting on Dec 7th" sets a time too.
        return _task(we_task, ctx.owners, s.text, ctx)
    return None


def _ticked_past(s: Sentence) -> Found | None:
    past = _PAST.match(s.body)
    if past and valid_owners(past.group("owners")) and past.group("verb").lower() in _PASSIVE:
        # "[x] Chloe renewed the SSL certificate": a ticked item says who did it.
        task = f"{_PASSIVE[past.group('verb').lower()]} {past.group('rest')}"
        return _task(task, split_owners(past.group("owners")), s.text, s.ctx)
    return None


def _present_plan(s: Sentence) -> Found | None:
    ctx = s.ctx
    present = _PRESENT.match(s.body)
    if present and valid_owners(present.group("owners")) and not (
            ctx.usage and ordinary_word(present.group("owners"), ctx.usage)) and not (
            is_verb(present.group("owners").lower()) and not named_person(
                present.group("owners"), ctx)):
        # (Not "Review comments by March 7": an imperative, not Review who comments.)
        # "Ben books a venue" in a list of next steps or a box: a plan in the present tense.
        verb = present.group("verb")
        base = verb if is_verb(verb) else verb + "e" if is_verb(verb + "e") else ""
        if base:
            task = f"{base} {present.group('rest')}"
            return _task(task, split_owners(present.group("owners")), task, ctx)
    return None


def _like_other(s: Sentence) -> Found | None:
    like = _LIKE_OTHER.match(s.body)
    if like and valid_owners(like.group("owners")) and is_verb(like.group("task").split()[0]):
        owners = as_written(split_owners(like.group("owners")), s.original)
        return _task(like.group("task"), owners, like.group("task"), s.ctx)
    return None


def _have_other(s: Sentence) -> Found | None:
    have = _HAVE_OTHER.search(s.body)
    if have and valid_owners(have.group("owners")) and is_verb(have.group("verb")) and \
            have.group("verb") not in _PASSIVE:
        # "We will have Abby do the press release": Abby's task ("have the hall set up" is
        # something done, not someone doing it).
        task = _OWN_CLAUSE.split(have.group("task"), maxsplit=1)[0]
        return _task(task, as_written(split_owners(have.group("owners")), s.original), task,
                     s.ctx)
    return None


def _speaker_forms(s: Sentence) -> Found | None:
    """ "I'll …", a speaker's line without its "I" ("will confirm on the list", "can
    summarize …"), a list line without a subject ("- Will ask members to chip in")."""
    body, ctx, vocab = s.body, s.ctx, s.vocab
    return (
        (_own_task(s) if "I" in body[:40] else None)
        or (_elided_i(s) if ctx.speaker and "will" in vocab else None)
        or (_elided_offer(s) if ctx.speaker and not vocab.isdisjoint(_OFFER_WORDS) else None)
        or (_bare_will(s) if ctx.line_item and not ctx.speaker and "will" in vocab else None)
    )


def _own_task(s: Sentence) -> Found | None:
    ctx = s.ctx
    own = _SELF.match(s.body)
    if own and (ctx.speaker or own.group("speaker")) and not _doing(own.group("task")):
        return None  # "STA: I'll think more about 7" is an intention, not a task
    if own and _STOPS_TALKING.match(own.group("task")):
        return None  # "John: I'll rest here", "I'll leave early": no work
    if own and own.group("can") and not (ctx.speaker or own.group("speaker")):
        return None  # only a speaker's "I can do the release" offers; "I can see why" does not
    if own:
        me = own.group("speaker") or ctx.me
        task = _TRY_TO.sub("", own.group("task"))  # "I will have to add those to the wiki"
        return _task(task, (me,) if me else (), task, ctx)
    return None


def _elided_i(s: Sentence) -> Found | None:
    body, speaker = s.body, s.ctx.speaker or ""
    elided = _ELIDED_I.search(body)
    going = _BE_DOING.match(elided.group("task")) if elided else None
    if elided and going and base_of_ing(going.group(1).lower()):
        # "… and will be bringing this up at the TF meeting": what the speaker will do.
        task = base_of_ing(going.group(1).lower()) + elided.group("task")[going.end(1):]
        return _task(task, (speaker,), task, s.ctx)
    if elided and _will_verb(elided.group("task")):
        task = elided.group("task")
        before = body[:elided.start()].strip(" ,.")
        if len(task.split()) <= 5 and 2 <= len(before.split()) <= 12 and not _FINITE_I.match(
                before):
            # "Seems like option B wins, will confirm on the list": what is to be confirmed.
            task = f"{task.rstrip(' .')} ({before[:1].lower()}{before[1:]})"
        return _task(task, (speaker,), task, s.ctx)
    return None


def _elided_offer(s: Sentence) -> Found | None:
    speaker = s.ctx.speaker or ""
    for offer in _ELIDED_OFFER.finditer(s.body):
        # "Chris: can summarize and open an issue", "Till: planning on enabling it for the
        # org. will need to update the docs": the scribe drops the speaker's "I".
        if _GENERIC_YOU.search(offer.group("task")):
            continue  # "Paul: … Can run all your tests in the browser": what one can do
        verb = offer.group("task").split()[0].lower()
        verb = base_of_ing(verb) if verb.endswith("ing") else verb
        # "going to work with the chairs": a plan said aloud takes any verb; "can …" says
        # what one can do unless the verb is one of doing.
        planned = offer.group().lower().lstrip(" ,.").startswith(("going", "am going", "gonna",
                                                                   "planning", "am planning"))
        if is_verb(verb) or (planned and any_verb(verb)):
            task = verb + offer.group("task")[len(offer.group("task").split()[0]):]
            task = _NEXT_SENTENCE.split(task, maxsplit=1)[0]  # a scribe's lower-case sentences
            return _task(task, (speaker,), task, s.ctx)
    return None


def _bare_will(s: Sentence) -> Found | None:
    bare = _BARE_WILL.match(s.body)
    if bare and _will_verb(bare.group("task")):
        # Terse list notes drop the subject: "- Will ask members to chip in", "- Pizza, will
        # order two days before": someone is to do it, though the notes do not say who.
        task = bare.group("task")
        topic = (bare.group("topic") or "").strip()
        if topic:
            task = f"{task} ({topic[:1].lower()}{topic[1:]})"
        return _task(task, s.ctx.owners, s.text, s.ctx)
    return None


def _passive_forms(s: Sentence) -> Found | None:
    """ "… ⇒ will be booked", "X is being drafted by Ana", "The minutes will be circulated",
    "The report will be ready by May"."""
    body, ctx = s.body, s.ctx
    return (
        (_arrow_passive(s) if ctx.line_item and " be " in body else None)
        or (_being_done_by(s) if " being " in body else None)
        or (_passive(s) if " be " in body else None)
        or (_will_be_ready(s) if " be " in body and not s.listed else None)
    )


def _arrow_passive(s: Sentence) -> Found | None:
    then_done = _THEN_PASSIVE.match(s.body)
    if then_done and then_done.group("verb").lower() in _PASSIVE:
        # "Christmas social, the department can help ⇒ will be booked": the topic is the
        # subject the arrow's passive leaves out.
        verb = _PASSIVE[then_done.group("verb").lower()]
        task = f"{verb} {then_done.group('topic').strip()}{then_done.group('rest')}"
        return _task(task, s.ctx.owners, s.text, s.ctx)
    return None


def _being_done_by(s: Sentence) -> Found | None:
    being = _BEING_DONE_BY.match(s.body)
    if being and being.group("verb").lower() in _PASSIVE and valid_owners(being.group("owners")):
        # "Functional analysis is being run by Hans now", "The survey is being drafted by
        # Ana and Bo": work under way, and who does it.
        subject = _as_object(being.group("subj"))
        return _task(f"{_PASSIVE[being.group('verb').lower()]} {subject}",
                     split_owners(being.group("owners")), s.text, s.ctx)
    return None


def _passive(s: Sentence) -> Found | None:
    found = _task_passive(s)
    if found is None:
        return None
    passive, subject = found
    ctx = s.ctx
    verb = _PASSIVE[passive.group("verb").lower()]
    if ": " in subject:
        subject = subject.rpartition(": ")[2]  # "Next time: A fuller list should be made"
    # "IPFS …", "Claire Hanna at the council …", "Mr Grant" keep their capitals.
    if not named_person(subject.split()[0], ctx) and not subject[1:2].isupper() and not (
            _TITLED.match(subject)):
        subject = subject[0].lower() + subject[1:]
    rest = passive.group("rest")
    second = _AND_DONE.match(rest) if rest[:5] == " and " else None
    if second and second.group(1).lower() in _PASSIVE:
        # "The contract is to be finalised and sent": finalise and send the contract.
        verb, rest = f"{verb} and {_PASSIVE[second.group(1).lower()]}", rest[second.end():]
    owners = ctx.owners
    agent = _AGENT.match(rest)
    if agent and valid_owners(agent.group("owners")) and not find_dates(
            agent.group("owners")):
        owners = split_owners(agent.group("owners"))
        rest = agent.group("before") + agent.group("after")
    return _task(f"{verb} {subject}{rest}", owners, s.text, ctx)


def _task_passive(s: Sentence) -> tuple[re.Match[str], str] | None:
    """A passive that says what is to be done ("The minutes will be circulated"), and its
    subject; not a state of affairs, a maybe, a question or a quotation."""
    body, ctx = s.body, s.ctx
    passive = _PASSIVE_RE.match(body)
    if passive is None and " and " in body[:body.find(" be ")]:
        # "We discussed the budget and the minutes will be circulated": the clause after.
        cut = body.rfind(" and ", 0, body.find(" be "))
        if _is_clause(body[:cut]):
            passive = _PASSIVE_RE.match(body[cut + 5:])
    if passive is None:
        return None
    # (After a clause: "Asked him to demo it and survey will be sent out".)
    subject = _after_clause(passive.group("subj"))
    if passive.group("aux").lower() in _DUTY_AUX and not ctx.action_section and \
            not find_due(passive.group("rest"), ctx.ref):
        # "The minutes should be sent" is a task only in a list of actions, or with a date:
        # "The pitch has to be written up by Nov 1".
        return None
    if passive.group("aux") == "to" and not _agent_named(passive.group("rest")) \
            and not find_due(passive.group("rest"), ctx.ref) and not (
            ctx.line_item and named_person(subject, ctx)):
        # "Code to be given out at the AGM" notes a state of affairs; "A letter to be sent …
        # by ME" names who does it, "Troughs to be turned back on w/c 3 March" when.
        return None
    if passive.group("aux").lower() == "would" and ctx.line_item and not s.agreed:
        # Prose minutes report "will" as "would" ("A web form would be set up"); a terse
        # list line is in the present, so "Debugging sessions would be supported" is a maybe.
        return None
    if _SUBJECT_CLAUSE.search(subject):
        return None  # "Extra meetings may be scheduled and will be announced …": no task
    if _PRONOUN_SUBJECT.search(subject):
        return None  # "so we will be reminded of them": said of the speakers, no task
    if _quoted(subject, len(subject)) or subject.count("(") > subject.count(")"):
        return None  # 'attach a line ("This should be reviewed …")': inside a quotation
    if _DOUBT_SUBJECT.match(subject):
        return None  # "Unclear what will be deployed when", "whether it will be fixed"
    return passive, subject


def _will_be_ready(s: Sentence) -> Found | None:
    ctx = s.ctx
    ready = _WILL_BE_READY.match(s.body)
    if ready and not _PRONOUN_SUBJECT.search(ready.group("subj")) and (
            _SOON.match(ready.group("rest")) or find_due(ready.group("rest"), ctx.ref)):
        # "With the changes, the final proposal will be ready by late December", "The report
        # will be available next week": announced as coming.
        subject = _as_object(ready.group("subj"))
        word = "ready" if ready.group("state").lower() == "ready" else "available"
        item = _make(f"Have {subject} {word}{ready.group('rest')}", ctx.owners, s.text, ctx)
        return _found(replace(item, status="forthcoming") if item else None)
    return None


def _labelled_forms(s: Sentence) -> Found | None:
    """ "Ao, Leon - conduct a benchmark", "Tayeb: will solicit …" in a list, "Peter, please
    list …", "@Sam: pursue …": who, then a dash, a colon or a comma, then the task."""
    body = s.body
    return (
        (_spaced_owner_dash(s) if not s.listed and s.owner_first and (
            " - " in body or " – " in body or " — " in body) else None)
        # (Every match has a colon, a dash or an arrow after the owners.)
        or (_dash_line(s) if s.listed and s.owner_first and (
            ":" in body or "-" in body or "–" in body or "—" in body or "→" in body
            or "=>" in body) else None)
        or (_please(s) if s.owner_first and "please" in body else None)
        or (_addressed(s) if body[:1] == "@" else None)
    )


def _spaced_owner_dash(s: Sentence) -> Found | None:
    spaced = _SPACED_OWNER_DASH.match(s.body)
    if spaced and valid_owners(spaced.group("owners")) and any_verb(spaced.group("verb")) and not (
            _thing_owner(spaced.group("owners"), s.ctx)) and not _PROHIBITION.match(
            spaced.group("task")) and all(
            not everyday_word(o) and not dictionary_word(o.split()[0])
            for o in split_owners(spaced.group("owners"))):
        # "Ao, Leon - conduct a benchmark of the models." on a line of its own: who, a dash,
        # then an order (a colon after a name opens what someone said).
        return _task(spaced.group("task"), split_owners(spaced.group("owners")), s.text, s.ctx)
    return None


def _dash_line(s: Sentence) -> Found | None:
    """ "Tayeb: will solicit the members", "Soares: Work out with Juanita …", "Jackets →
    confirm arrival" in a list: a label, then what is to be done."""
    dash = _dash_task(s)
    if dash is None:
        return None
    ctx = s.ctx
    first_word = dash.group("task").split()[0]
    willed = dash.group("task").split(maxsplit=1)[1:] if first_word.lower() in (
        "will", "shall") else []
    willed_task = willed[0] if willed and _will_verb(willed[0]) else ""
    if not (valid_owners(dash.group("owners")) and _label_owns(dash, first_word, willed_task,
                                                               ctx)):
        return None
    owners = as_written(split_owners(dash.group("owners")), s.original)
    task = willed_task or dash.group("task")
    thing = _thing_owner(dash.group("owners"), ctx)
    if thing:
        owners = ()  # "Jackets → confirm arrival": what it is about, not who does it
    if task[:3].lower() == "let":
        task = _LETS.sub("", task)  # "Kaelig & Jina: let's set up the meetings"
    named = _NAMED_AFTER.match(task) if task.endswith(")") else None
    tail = dash.group("due") or ""
    if named is None and re.fullmatch(_WHO, tail) and not find_dates(tail) and not (
            _NOT_WHO.match(tail) or tail.split()[0].endswith("ed") or (
                ctx.usage and ctx.usage.in_lower_case(tail.split()[0]))):
        named = _NAMED_AFTER.match(f"{task} ({tail})")
    if named and valid_owners(named.group("who")) and dash.group(
            "owners").split()[0].lower() not in ctx.known:
        # "Sponsor X: ping for renewal (Jonathan)", "Travel fund: update the form -
        # Ana": the line opens with what it is about and ends with who does it.
        owners = split_owners(named.group("who"))
        task = f"{named.group('task')} ({dash.group('owners')})"
    elif thing:
        item = _make(task, owners, s.text, ctx)
        label = dash.group("owners")
        label = label if " " in label else f"{label[:1].lower()}{label[1:]}"
        return _found(FollowUp(f"{item.task} ({label})", item.owners, item.due,
                               item.status) if item else None)
    contact = _CONTACT_WHOM.match(task) if named is None else None
    if contact and not named_person(dash.group("owners"), ctx):
        # "Visit Flanders: ping for renewal": whom to ping, not who pings.
        owners = ()
        task = f"{contact.group('verb')} {dash.group('owners')} {contact.group('rest')}"
    item = _make(task, owners, s.text, ctx)
    if item and dash.group("due"):
        due = find_due(dash.group("due"), ctx.ref, field=True)
        if due:
            item = FollowUp(item.task, item.owners, due.date, item.status)
    return _found(item)


def _dash_task(s: Sentence) -> re.Match[str] | None:
    """A list line's label, then a colon, a dash or an arrow and what follows; not a field
    of a tracker, what is, an update, a reply or a topic."""
    dash = _DASH_LINE.match(s.body)
    if dash is None:
        return None
    task = dash.group("task")
    if dash.group("owners").lower() in _FIELD_NAMES:
        return None  # "Owner: Malayaja Chutani" under a tracker's task: who, not a task
    if _NOUN_CLAUSE.match(task):
        return None  # "Alex: cost of X is greater than Y" says what is, not what to do
    if task.split()[0].lower() in _REPORT_START:
        return None  # "Andrew: didn't get more information from GitHub": an update
    if _REPLY.fullmatch(task):
        return None  # "Tim: agree", "Ana: +1": a reply in a discussion
    if not s.ctx.action_section and " of " in task and _NOUN_OF.match(task):
        return None  # "Tom: Round up of the audit's items" in an agenda: a topic
    return dash


def _label_owns(dash: re.Match[str], first_word: str, willed_task: str, ctx: Context) -> bool:
    """Whether the label before a list line's task is who does it."""
    owners, task = dash.group("owners"), dash.group("task")
    return bool(
        is_verb(first_word.lower())
        # "Tayeb: will solicit the members for help": the label's owner commits.
        or (willed_task and _label_person(owners, ctx))
        # "Soares: Work out with Juanita how …": a person the notes name, then any
        # English verb in the imperative (capitalised, so not "Ana: said that …").
        or (first_word[:1].isupper() and any_verb(first_word.lower())
            and len(task.split()) >= 3
            and _label_person(owners, ctx))
        or (ctx.action_section and (_label_person(owners, ctx)
                                    or re.match(r"[a-z]{3,}\b(?!/)", task))
            and not _said_start(task))
        # "MC, YSV, EAO: let's have a break-out meeting": the people named will.
        or (first_word.lower() in ("let's", "let’s") and len(split_owners(
            owners)) >= 2 and _label_person(owners, ctx)))


def _please(s: Sentence) -> Found | None:
    please = _PLEASE.match(s.body)
    if please and valid_owners(please.group("owners")) and is_verb(please.group("task").split()[0]):
        # "Peter, please list the new members": a request to a named person.
        return _task(please.group("task"), split_owners(please.group("owners")), s.text, s.ctx)
    return None


def _addressed(s: Sentence) -> Found | None:
    addressed = _ADDRESSED.match(s.body)
    if addressed and is_verb(addressed.group("task").split()[0]):
        # "@Sam: pursue a roster update" addresses the task to Sam.
        return _task(addressed.group("task"), (addressed.group(1),), s.text, s.ctx)
    return None


def _trailing_owner_forms(s: Sentence) -> Found | None:
    """A task with who does it after it ("Writing the paper (Griffin)", "Export the docs -
    @Hans"), or names before it ("Jonas Berg update the notes", "KEL Take Thais off …")."""
    body, ctx, first = s.body, s.ctx, s.first
    return (
        (_doing_then_owner(s) if ctx.action_section and first.endswith("ing") and
            body.endswith(")") else None)
        or (_agreed_then_owner(s) if body.endswith((")", ").")) else None)
        or _verb_then_owner(s)
        or (_thing_then_owner(s) if ctx.action_section and ctx.line_item and "(" in body
            else None)
        # (Not when the action mark named the owner: "Action (Jonah): Accessibility plan".)
        or (_names_then_task(s) if _assigned(s) and s.owner_first and not (
            s.prefixed and s.prefixed.group("who") and ctx.owners) else None)
        or (_bold_names_then_task(s) if ctx.action_section and s.owner_first and
            first in ctx.known else None)
        or (_box_then_owner(s) if ctx.checked is not None and not is_verb(first) and (
            " - " in body or " – " in body or " — " in body or body.endswith((")", "]")))
            else None)
        or (_initials_then_task(s) if _assigned(s) and body[:2].isupper() else None)
    )


def _with_owners(item: FollowUp | None) -> FollowUp | None:
    return item if item and item.owners else None


def _doing_then_owner(s: Sentence) -> Found | None:
    base = base_of_ing(s.first)
    if base:
        # "Writing the paper in doc/ (Griffin)" in a to-do list: Griffin writes it.
        return _with_owners(_trailing_owner(base + s.body[len(s.first):], s.ctx))
    return None


def _agreed_then_owner(s: Sentence) -> Found | None:
    body = s.body
    agree_to = _AGREE_TO.match(body)
    if agree_to is None and body[:4].lower() == "need":
        agree_to = _NEED_TO.match(body)  # "Need to add the docs PR template (@Deane)"
    if agree_to and is_verb(body[agree_to.end():].split()[0]):
        # "Agreed to add doxygen to the PR jobs (Ross)": agreed, and Ross does it.
        return _with_owners(_trailing_owner(body[agree_to.end():], s.ctx))
    return None


def _verb_then_owner(s: Sentence) -> Found | None:
    body, ctx, first = s.body, s.ctx, s.first
    if (_joined_verb(first) and not TITLE_LABEL.match(body)) or (
            first == "be" and _BE_ON_HAND.match(body)):
        # ("Be available as a floater during the event - Jess": a duty too.)
        return _trailing_owner(body, ctx)
    if ctx.action_section and (body.endswith(")") or " - " in body or " – " in body or (
            "@" in body)) and first.isalpha() and verb_at_all(first):
        # "- describe what the survey captured (Ana)", "Export the docs - @Hans" in a to-do
        # list: with its owners in brackets or after a dash, any verb opens a task.
        trailing = _trailing_owner(body, ctx)
        if trailing and trailing.owners and len(trailing.task.split()) >= 3 - (
                "@" in body):
            return trailing  # ("Style guide (Mina)" names a thing, not what to do with it)
    return None


def _thing_then_owner(s: Sentence) -> Found | None:
    ctx, first = s.ctx, s.first
    if not is_verb(first) and first.isalpha() and first not in NOT_NAMES:
        # "Budget draft (Ana) - Fri 9th" under "Tasks": a thing to make, who makes it and
        # by when ("NEO survey (Bolin)" without a date is a topic and who presents it).
        trailing = _trailing_owner(s.body, ctx)
        if trailing and trailing.owners and (trailing.due or (
                len(trailing.task.split()) >= 3 and all(
                    _person_like(o, ctx) for o in trailing.owners))):
            # ("Flyers to advertise the event (Xenia)" under "To-dos": hers to make.)
            return trailing
    return None


def _names_then_task(s: Sentence) -> Found | None:
    body, ctx = s.body, s.ctx
    named = _NAME_VERB.match(body)
    if named and named.group("owners").endswith(("'s", "’s")):
        return None  # "TASK: Ryan's book": whose book, not Ryan to book something
    # "@priya @chen pair on the triage": after handles any verb opens the task.
    if named and (_joined_verb(named.group("verb")) or _SEE_IF.match(named.group("task")) or (
            body[:1] == "@" and any_verb(named.group("verb")))) and \
            valid_owners(named.group("owners")) and (
            named_person(named.group("owners"), ctx)
            or not (_opens_with_verb(named.group("owners"), ctx)  # "Double check X"
                    or (everyday_word(named.group("owners"))  # "Website redesign"
                        and not GROUPS_RE.fullmatch(named.group("owners"))))):
        # Confluence task lists: "Jonas Berg update the release notes template".
        trailing = _trailing_owner(body, ctx) if " – " in body or " - " in body or \
            " — " in body else None
        if trailing and trailing.owners:
            return trailing  # "Wireframe design – M.Mabapa & L.Marumo": they design it
        return _task(named.group("task"), split_owners(named.group("owners")), s.text, ctx)
    return None


def _bold_names_then_task(s: Sentence) -> Found | None:
    capped = _names_then_verb(s.body, s.ctx)
    if capped:
        # "- **Matt and Dawn** Add first timer issues": names set in bold, then the task
        # with its verb capitalised.
        return _task(capped[1], capped[0], s.text, s.ctx)
    return None


def _box_then_owner(s: Sentence) -> Found | None:
    # "[ ] Plate reader protocol, better explanation - Sara": a box is a task, and the
    # name after the dash or in brackets does it.
    trailing = _trailing_owner(s.body, s.ctx)
    if trailing and trailing.owners and len(trailing.task.split()) >= 2:
        return trailing
    return None


def _initials_then_task(s: Sentence) -> Found | None:
    initials = _INITIALS_VERB.match(s.body)
    if initials and is_verb(initials.group("verb").lower()) and valid_owners(
            initials.group("owners")) and len(initials.group("task").split()) >= 3:
        # "[ ] KEL Take Thais off the safety site": initials, then the task as a line of
        # its own.
        task = initials.group("task")
        return _task(task[:1].lower() + task[1:], split_owners(initials.group("owners")),
                     s.text, s.ctx)
    return None


def _marked_forms(s: Sentence) -> Found | None:
    """What a list of actions, a checkbox or an action mark makes a task of: a verb in the
    imperative, something reported done or coming, a request, "let's …", a noun phrase."""
    body, ctx, first, prefixed = s.body, s.ctx, s.first, s.prefixed
    return (
        (_marked_order(s) if prefixed and prefixed.group().strip(" :").lower() in (
            "task", "action", "todo") else None)
        or (_owner_doing(s) if ctx.owners and ctx.line_item and first[-3:] == "ing" and len(
            first) > 5 else None)
        or (_order(s) if _assigned(s) else None)
        or (_found(_marked_task(body, s.text, ctx, body.rstrip(" .")[-1:] in ")]" or "[" in body))
            if prefixed and body[:1].islower() and first.isalpha() and first not in NOT_NAMES
            else None)
        or _reported_state(s)
        or (_task(body, ctx.owners, s.text, ctx) if prefixed and prefixed.group("who") and
            ctx.owners and len(body.split()) >= 2 and body[-1:] != "?" else None)
        or (_please_all(s) if "please" in s.vocab else None)
        or (_lets_do(s) if "et" in body and body[-1:] != "?" else None)
        or (_marked_noun_task(s) if prefixed and body[-1:] != "?" and len(body.split()) >= 2
            else None)
        or (_handles_then_thing(s) if body[:1] == "@" and ctx.action_section and ctx.line_item
            else None)
    )


def _marked_order(s: Sentence) -> Found | None:
    body = s.body
    if verb_at_all(s.first) and not _PROHIBITION.match(body):
        # "Task: Lay out a first budget", "Action code PR [SM / RP] DONE".
        return _found(_marked_task(body, s.text, s.ctx, "[" in body or body.endswith(")")))
    return None


def _owner_doing(s: Sentence) -> Found | None:
    base = base_of_ing(s.first)
    if base and is_verb(base):
        # "### Anjana" / "- Fixing test_user_service on Friday": her plan, in the progressive.
        return _task(base + s.body[len(s.first):], s.ctx.owners, s.text, s.ctx)
    return None


def _order(s: Sentence) -> Found | None:
    body, ctx, first = s.body, s.ctx, s.first
    if (is_verb(first) or _SEE_IF.match(body) or _any_verb_step(first, body, ctx)) \
            and not _PROHIBITION.match(body) and not (body[-1] == ":" and _PLAN_INTRO.match(body)) \
            and not (ctx.checked is not None and _NAMED_LABEL.match(body) and named_person(
                body.split(":", 1)[0], ctx)):
        # (Not "[ ] Ray: Groceries for …": a person the notes name labels the box.)
        # (A checkbox, or a plain line of a list of actions: any English verb opens a task
        # there, "Integrate the map view"; not "Best wishes" or "See https://…".)
        return _task(body, ctx.owners, s.text, ctx)
    return None


def _reported_state(s: Sentence) -> Found | None:
    """An item reported done or forthcoming: its subject is the task."""
    body, ctx = s.body, s.ctx
    # (Both bracket patterns need "done" or "complete", in any case.)
    if _is_forthcoming(body) or (_is_done(body) and s.listed) or ("(" in body and (
            "done" in (low := body.lower()) or "complete" in low) and (
            _PAREN_DONE_BARE.search(body) or _PAREN_DONE.search(body))):
        return _found(_subject_item(body, ctx))
    if s.owner_first and not s.vocab.isdisjoint(_PASSIVE_SET) and (
            ctx.action_section or _CONFIRMED_DONE.match(body)) and _done_passive(
            _REPORTED.sub("", body)):
        return _found(_subject_item(body, replace(ctx, checked=True), whole=True))
    return None


def _please_all(s: Sentence) -> Found | None:
    body = s.body
    asked = _PLEASE_ALL.search(body)
    if asked and any_verb(asked.group("verb")) and asked.group("verb") not in _STANDING and \
            len(asked.group("task").split()) >= 3 and not _INVITED.search(body):
        # "Reminder: please sign up to chair a meeting", "If you spoke, please send your
        # points to the list": a request to everyone at the meeting ("please keep the doors
        # shut", "please note …" ask for no task, "if you would like to help, please …"
        # invites, "please take a moment to …" is politeness).
        return _task(asked.group("task"), s.ctx.owners, s.text, s.ctx)
    return None


def _lets_do(s: Sentence) -> Found | None:
    lets = _LETS_DO.search(s.body)
    if lets and is_verb(lets.group("verb").lower()) and lets.group(
            "verb").lower() not in _LETS_TALK and len(lets.group("task").split()) >= 2:
        # "Redline from the lawyer came in, let's review and give comments online": what
        # the meeting sets itself to do, no one named.
        return _task(lets.group("task"), s.ctx.owners, s.text, s.ctx)
    return None


def _marked_noun_task(s: Sentence) -> Found | None:
    prefixed = s.prefixed
    if prefixed and _MARK_WORD.fullmatch(prefixed.group().strip(" :-–—*_[]").lower()) and \
            not _POINTS_ELSEWHERE.search(s.body):
        # "TASK: Lindsey: Common framework for a case history", "ACTION: Website refresh
        # (Mia)", "TASK: DAG per Chris, Shean": the mark makes a noun phrase a task.
        return _found(_marked_noun(s.body, s.text, s.ctx))
    return None


def _handles_then_thing(s: Sentence) -> Found | None:
    handled = _HANDLES_THEN_THING.match(s.body)
    if handled and len(handled.group("thing").split()) >= 2:
        # "- @cramertj inline unit tests" under "## Action items": a chat handle, then the
        # work it takes on, named without a verb.
        who = tuple(h.lstrip("@") for h in _AT_HANDLE.findall(handled.group("who")))
        return _task(handled.group("thing"), who, s.text, s.ctx)
    return None


_CHAT_HANDLE = r"@[\w.-]*\w(?:#\d{4})?"  # "@cramertj", "@qmx#4460"
_AT_HANDLE = lazy_regex(_CHAT_HANDLE)
_HANDLES_THEN_THING = lazy_regex(rf"^(?P<who>{_CHAT_HANDLE}(?:\s*(?:,|&|\band\b|/)?\s*"
                                 rf"{_CHAT_HANDLE})*)\s*[:\-–—]?\s+(?P<thing>[^\s@].*)$")
# "ACTION: TB see above", "Actions: none this week": no task of its own.
_POINTS_ELSEWHERE = lazy_regex(r"\b(?:see|as)\s+(?:above|below|before|previous|earlier)\b|"
                               r"^(?:none|n/?a|no\s+(?:actions?|change|update))\b", re.I)
_LETS_DO = lazy_regex(r"(?:^|[,;:]\s+|\s[-–—]\s+)(?i:let['’]s|let\s+us)\s+"
                      r"(?P<task>(?P<verb>[A-Za-z]+)\b.*)$")
# What "let's …" says the meeting does there and then, or a wish: no work after it.
_LETS_TALK = words("""think consider wonder reflect see hope wish want like need feel keep stay
remain be get let leave wait go come discuss talk revisit meet move start begin hear try stop end
wrap close pause take make circle focus look do have""")
_MARK_WORD = lazy_regex(r"action(?:\s+(?:items?|points?))?|actions|ai|ap|to-?do|task")
_NAME_THEN_TASK = lazy_regex(rf"^{OWNERS}\s*:\s+(?P<task>\S.*)$")
_PER_NAMES = lazy_regex(rf"\s+(?:per|by|for)\s+{OWNERS}\s*\.?$")


def _marked_noun(body: str, text: str, ctx: Context) -> FollowUp | None:
    """The task an action mark gives when what follows names no verb: its owner from a
    "Name:" label, "per Name", or the name in brackets or after a dash at its end."""
    label = _NAME_THEN_TASK.match(body)
    if label and valid_owners(label.group("owners")) and all(
            _person_like(o, ctx) for o in split_owners(label.group("owners"))):
        return _make(label.group("task"), split_owners(label.group("owners")), text, ctx)
    per = _PER_NAMES.search(body) if " per " in body else None
    if per and valid_owners(per.group("owners")):
        return _make(body[:per.start()], split_owners(per.group("owners")), text, ctx)
    trailing = _trailing_owner(body, ctx)
    if trailing and trailing.owners:
        return trailing
    return _make(body, ctx.owners, text, ctx)


# Three words or more, no link, label or bracket: "Integrate the map view" ("Style guide
# (Mina)" is a topic and who presents it).
_PLAIN_STEP = lazy_regex(r"^[A-Za-z]+(?:\s+(?!\S*://)[^\s:()]+){2,}\s*\.?$")
_POINTERS_NOT_STEPS = frozenset(("see", "note", "thanks", "thank", "best", "welcome", "cheers"))
_FINITE_SET = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would",
                         "can"))


def _any_verb_step(first: str, body: str, ctx: Context) -> bool:
    """A checkbox, or a plain line of a list of actions, may open with any English verb (a
    box that only points somewhere, "[x] See https://…", is no task)."""
    return (ctx.checked is not None and any_verb(first) and not (
        first in _POINTERS_NOT_STEPS and len(body.split()) <= 3)) or (
        ctx.action_section and bool(ctx.line_item or ctx.owners) and _plain_step(first, body))


# "Continue creating the level", "Keep working on the docs": going on with a task.
_CONTINUE_STEP = lazy_regex(r"(?:continue|keep)\s+(?:\w+ing\b|to\s|with\s|the\s)", re.I)


# Words after a verb that open its object: what comes after them is no finite verb.
_STEP_LINKS = words("""for about into onto on with from to the a an our their all""")


def _plain_step(first: str, body: str) -> bool:
    """Whether a plain line of a list of actions opens with a verb in the imperative: any
    English verb ("Integrate the map view"), but not a noun with its own verb after it
    ("Refund policy stays as it is")."""
    if "://" in body:
        body = _TRAILING_LINKS.sub("", body)  # "Leave feedback on this issue: https://…"
    if body[-1:] == ")":
        body = _LEAD_ASIDE.sub("", body)  # "Search for datasets (code, languages)"
    if first in _POINTERS_NOT_STEPS or not (any_verb(first) or _CONTINUE_STEP.match(
            body)) or not _PLAIN_STEP.match(body):
        return False
    words_ = body.split()
    if words_[1].lower() in _FINITE_SET:
        return False  # "Rob is working on the slides": a name and a clause, not "rob"
    if words_[1].lower() in _STEP_LINKS:
        return True  # "Search for surveys on SAEs": what follows "for" is its object
    third = words_[2].lower()
    return third not in _FINITE_SET and not (third.endswith("s") and not third.endswith("ss")
                                         and any_verb(third[:-1]))


_NO_ACTION = lazy_regex(r"^(?:none|n/?a|nothing|no\s+(?:new\s+|open\s+)?(?:actions?|items?|"
                        r"updates?)|tbd|tba)\b", re.I)
_NAMED_LABEL = lazy_regex(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?:\s")
_BOX_THING = lazy_regex(r"^[A-Za-z][\w'’-]*(?:\s+\S+){1,24}$")


def box_thing(text: str, ctx: Context) -> list[FollowUp]:
    """A checkbox of a to-do list, or an item of a list of actions, that names a thing to
    do without a verb ("- [ ] Dictionary access to energy objects" among "- [ ] Create …",
    "Action points: - Admin functionality for the back-end team"): the item is the task.
    The caller knows the list is one of tasks."""
    body, owners = text.strip(), ctx.owners
    label = _OWNER_LABEL.match(body) if ":" in body else None
    if label and valid_owners(label.group("owners")) and all(
            named_person(o, ctx) for o in split_owners(label.group("owners"))):
        # "- [ ] Ray: Groceries for the scanning session": Ray's box.
        body, owners = body[label.end():], split_owners(label.group("owners"))
    body = split_sentences(body)[0] if body else body  # ("… scanning. Pringles. Stuff …")
    dashed = _DASH_OWNER.match(body) if not owners and (
        " - " in body or " – " in body or " — " in body) else None
    if dashed and valid_owners(dashed.group("owners")) and all(
            GROUPS_RE.fullmatch(o) or (not everyday_word(o.split()[0])
                                       and not dictionary_word(o.split()[0]))
            for o in split_owners(dashed.group("owners"))):
        # "## Task allocation" / "- R code - Cameline", "- Lit review - Martha, everyone":
        # the thing to do, then who.
        body, owners = dashed.group("task"), split_owners(dashed.group("owners"))
    if not body or ":" in body or not _box_thing(body) or _NO_ACTION.match(body):
        return []
    first = body.split(maxsplit=1)[0]
    base = base_of_ing(first.lower(), any_verb) if first.endswith("ing") and len(first) > 5 \
        else ""
    if base:
        body = base + body[len(first):]  # "Retrieving the data from the database"
    past = _base_of_past(first.lower()) if first[-2:] == "ed" and len(first) > 4 and \
        ctx.checked is None else ""
    if past:
        # "Added to Anthropic, OpenRouter" among the actions: reported done.
        body = past[:1].upper() + past[1:] + body[len(first):]
        ctx = replace(ctx, checked=True)
    item = _make(body, owners, body, ctx)
    return [item] if item else []


def _as_object(subject: str) -> str:
    """A sentence's subject as the object of a task: "The survey" -> "the survey"; an
    acronym or a capitalised name keeps its capital ("IPFS", "MyListings")."""
    return subject if subject[1:2].isupper() else subject[:1].lower() + subject[1:]


def _base_of_past(word: str) -> str:
    """The verb whose past tense `word` is ("added": add, "created": create, "copied": copy,
    "planned": plan), or ""."""
    for base in (word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else "",
                 word[:-3] if len(word) > 5 and word[-3] == word[-4] else ""):
        if base and any_verb(base):
            return base
    return ""


def _box_thing(body: str) -> bool:
    """Whether a checkbox's text (with no colon: no label, no link) may be a thing to do:
    two words or more, no question, no names alone (an attendance list), no clause."""
    if body[-1:] == "?" or not _BOX_THING.match(body):
        return False
    if OWNERS_RE.fullmatch(body) and valid_owners(body):
        return False  # "[x] Haoyan Wan": who came
    # A clause is no noun phrase: "People can add to it with PRs", "Do not delete it",
    # "Someone should write a guide", "No info on the web, but others said 90 days".
    return _CLAUSE_SET.isdisjoint(_WORD_RE.findall(body.lower())) and not _PROHIBITION.match(
        body)


_CLAUSE_SET = _FINITE_SET | words("""should must could might may shall 'll said says say need
needs we i they you he she it's there no not""")


def _marked_task(body: str, text: str, ctx: Context, bracketed: bool) -> FollowUp | None:
    """A task its action mark vouches for, owned by the name in brackets at its end
    ("… [SM / RP] DONE", "… (Ana)") if there is one, else by the context's owners."""
    trailing = _trailing_owner(body, ctx) if bracketed else None
    return trailing if trailing and trailing.owners else _make(body, ctx.owners, text, ctx)


def _lower_word(owners: str, usage: Usage) -> bool:
    """Whether a one-word owner is a word the notes also write in lower case and never
    capitalise mid-sentence: an ordinary word opening the sentence ("Event will …")."""
    return " " not in owners and owners[:1].isupper() and not GROUPS_RE.match(owners) and (
        usage.in_lower_case(owners) and not usage.as_name(owners))


_PLEASE_ALL = lazy_regex(r"(?:^|[,;:!]\s+|\s[-–—]\s+)(?i:please)\s+(?P<task>(?P<verb>[a-z]+)\s+"
                         r"(?!(?:as|if|when|so|asap|soon)\b)[^!?]*)")
# (After "please", any verb asks for something but these: "please keep the doors shut",
# "please stay tuned", "please excuse the delay".)
_STANDING = words("""keep be note see find remember feel let bear join welcome stay enjoy excuse
forgive ignore refer accept allow mind hold wait consider say introduce speak mute unmute state
raise""")
_INVITED = lazy_regex(r"\bif\s+(?:you|anyone|anybody|someone)\s+(?:would like|wants?|wish|"
                      r"has time|have time|are interested|is interested|can|could)\b|"
                      r"please\s+take\s+a\s+(?:second|moment|minute)\b|"
                      # "For any clarifications and suggestions, please open a ticket": how
                      # readers reach the group, whenever they need to.
                      r"\b(?:for|with)\s+(?:any|more|further|other)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:questions?|clarifications?|information|details|suggestions?|"
                      r"queries|comments|feedback|ideas|concerns)\b[^.!?]{0,40}?,\s*please\b|"
                      # "Looking for a job, please contact me with any leads": how readers
                      # reach the writer, not work for anyone.
                      r"please\s+(?:contact|email|e-mail|ping|message|call|dm|reach\s+out\s+to|"
                      r"get\s+in\s+touch\s+with)\s+(?:me|us)\b",
                      re.I)


def _opens_with_verb(owners: str, ctx: Context) -> bool:
    """ "Advance text analysis" in a checkbox list: its first word is a verb, not a name
    ("Double check X" opens with a task verb; a checkbox or a line of a list of actions may
    open with any verb, "Integrate map view")."""
    first = owners.split()[0].lower()
    return is_verb(first) or ((ctx.checked is not None or ctx.action_section)
                              and any_verb(first))


# "Open Discussion: …", "Review Process: …": a title-case label opens the line, its first
# word is no imperative.
_BRACKET_STATUS = lazy_regex(r"(?::\s*(?:TODO|DONE|WIP)\s*(?=\[)|\]\s*#?\s*(?:(?:DONE|TODO|WIP|"
                             r"IN PROGRESS|ONGOING)\b.*)?$)")
_FIELD_NAMES = frozenset({"owner", "owners", "assignee", "assignees", "responsible", "lead",
                          "due", "deadline", "status", "task", "action"})
_FIELD_LINE = lazy_regex(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}\s*:\s*[\d(]")
TITLE_LABEL = lazy_regex(r"^[A-Z][a-z'-]+(?:\s+[A-Z][\w'-]*){1,3}:\s")
_CONTACT_WHOM = lazy_regex(r"^(?P<verb>ping|chase|contact|remind|nudge|invoice)\s+"
                           r"(?P<rest>(?:for|about|re|regarding)\b.*)$", re.I)
_NOUN_CLAUSE = lazy_regex(r"^[a-z]+\s+of\s+[^,;:]*?\s(?:is|are|was|were|seems?|looks?)\s", re.I)
def _will_verb(task: str) -> bool:
    """Whether a subject-less "will …" goes on with a verb of doing: "will solicit the
    members" (any English verb, since "will" already says a task follows), not "will be away"."""
    return any_verb(task.split()[0].lower()) and not _NOT_A_TASK.match(task)


_THEN_PASSIVE = lazy_regex(r"^(?P<topic>[^,⇒→>]{3,60}?)(?:,[^⇒→>]*)?\s*(?:⇒|=>|→|->)\s*"
                           r"will\s+be\s+(?P<verb>[a-z]+(?: up)?)\b(?P<rest>[^⇒→>]*)$", re.I)
_SEE_IF = lazy_regex(r"see\s+(?:if|whether)\s", re.I)  # "ML see if there is scope": find out
_NAMED_AFTER = lazy_regex(r"^(?P<task>.+?)\s*\((?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\)$")
_WHO = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
_PROHIBITION = lazy_regex(r"(?:do\s+not|don't|never)\b", re.I)  # "Do not mention it yet"
_ARROW_TASK = lazy_regex(r"^(?P<context>.+?)\s*(?:→|->|=>)\s*(?P<who>@[\w.-]*\w)\s+(?:to\s+)?"
                         r"(?P<task>[a-z][\w'-]*\b.*)$")
_ARROW_OWNER = lazy_regex(rf"^(?P<topic>.+?)\s*(?:→|->|=>)\s*{OWNERS}\s*[.!]?$")
_LEAD_ASIDE = lazy_regex(r"\s*\([^()]*\)\s*$")  # "(Moritz)": who led the item
_ARROW_DONE = lazy_regex(r"^(?P<context>.+?)\s*(?:→|->|=>)\s*(?P<verb>[a-z]+ed|sent|done|written|"
                         r"made|built|paid)\s+by\s+(?P<who>@[\w.-]*\w)\b")


_BACK_ARROW = lazy_regex(rf"^(?P<task>[A-Za-z].*?)[\s.;:]*(?:<-+|←)\s*{OWNERS}\s*[.!]?$")


def _arrow_item(body: str, ctx: Context) -> FollowUp | None:
    """Start-up notes: "checklist copy confusing → @devon rewrite it by Thu", "signup bug →
    fixed by @li" (done). A bare verb ("→ @maya ask her") keeps what it is about. A topic
    passed on to someone: "data visualization (Moritz) => Changbin/Alessandro"."""
    done = _ARROW_DONE.match(body)
    if done:
        task = f"{done.group('context')} {done.group('verb')}"
        return _make(task, (done.group("who").lstrip("@"),), body, replace(ctx, checked=True))
    back = _BACK_ARROW.match(body) if "<-" in body or "←" in body else None
    if back and valid_owners(back.group("owners")) and verb_at_all(
            back.group("task").split()[0].lower()):
        # "Seal CommandExt after the crater run. <- Amanieu": the arrow points at who does it.
        task = back.group("task")
        return _make(task, split_owners(back.group("owners")), task, ctx)
    passed = _ARROW_OWNER.match(body)
    if passed and valid_owners(passed.group("owners")):
        topic = _LEAD_ASIDE.sub("", passed.group("topic")).strip(" .:;-")
        return _make(topic, split_owners(passed.group("owners")), topic, ctx) if topic else None
    match = _ARROW_TASK.match(body)
    if not match or not is_verb(match.group("task").split()[0].lower()):
        return None
    task = match.group("task")
    if len(task.split()) <= 3:
        context = match.group("context").strip(" .:;?")
        due = find_due(context, ctx.ref)
        context = " ".join((strip_due(context, due) if due else context).split())
        task = f"{task} ({context})"
    return _make(task, (match.group("who").lstrip("@"),), task, ctx)


def _verb_form(word: str) -> bool:
    """ "tries", "helps", "plans", "continuing": a verb (or its -s or -ing form), not a
    nickname."""
    if word.endswith("ing") and len(word) >= 6 and base_of_ing(word, known=verb_at_all):
        return True
    stems = (word, word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else (word,)
    return any(is_verb(stem) or stem in _NOT_OWNERS for stem in stems if stem)


def _doing(task: str) -> bool:
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


_SUBJECT_CLAUSE = lazy_regex(r"\b(?:may|might|can|could|is|are|was|were|be|been)\b", re.I)


# "The Clerk", "our Finance Officer", "the Director": one office-holder.
_OFFICE = lazy_regex(r"(?i:(?:our|the)\s+)?(?:[A-Z][a-z]+\s+)?(?i:secretary|"
                     r"chair(?:man|woman|person)?|treasurer|clerk|president|director|officer|"
                     r"manager|administrator|coordinator|ceo|chief executive)$")


def _one_person(owners: str, ctx: Context) -> bool:
    """ "Cllr Reid", "Our Secretary", or a name the notes use as one: a single person."""
    return bool(re.match(TITLES + r"\s", owners) or _OFFICE.match(owners)
                or named_person(owners, ctx))


_ONE_HANDLE = lazy_regex(r"@[\w.-]*\w")
_ONE_OR_TWO_NAMES = lazy_regex(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?")


def named_person(subject: str, ctx: Context) -> bool:
    """ "Anton to be paid the outstanding amount": something is to be done for someone the
    notes name elsewhere (attendance, or capitalised mid-sentence), not "Code to be given out"."""
    if not _ONE_OR_TWO_NAMES.fullmatch(subject):
        return False
    first = subject.split()[0].lower()
    return first in ctx.known or bool(ctx.usage and ctx.usage.as_name(first) and not (
        ctx.usage.in_lower_case(first)))


# Words that open what someone reports, not what they are to do ("Robert: did build profiling
# recently", "Kim: no news yet").
_REPORT_START = words("""did didn't was wasn't were weren't had hadn't got is isn't are aren't
no not nothing still just already haven't hasn't""")


def _label_person(owners: str, ctx: Context) -> bool:
    """ "Kevin: Website updates" in a list of actions: the label is someone the notes name
    (in the attendance, or capitalised mid-sentence; an e-mail address may spell it in
    lower case)."""
    first = split_owners(owners)[0].split()[0]
    return first.lower() in ctx.known or bool(
        ctx.usage and first[:1].isupper() and not is_verb(first.lower()) and (
            ctx.usage.as_name(first) or not ctx.usage.in_lower_case(first)))


def _agent_named(rest: str) -> bool:
    agent = _AGENT.match(rest)
    return bool(agent and valid_owners(agent.group("owners"))
                and not find_dates(agent.group("owners")))


_PAST = lazy_regex(rf"^{OWNERS}\s+(?:has\s+|have\s+)?(?P<verb>[a-z]+)\s+(?P<rest>\S.*)$")
_PROGRESSIVE = lazy_regex(rf"^{OWNERS}\s+(?P<be>(?:is|are)\s+)?(?:now\s+|also\s+|still\s+)?"
                          r"(?!going\b)(?P<verb>[a-z]{2,}ing)\s+(?P<rest>.+)$")
# "- Lee working on the grant": the two verbs a note may write without "is".
_ONGOING = {"working": "work", "continuing": "continue"}
_WE_PRODUCE = words("""write rewrite draft send circulate publish prepare produce create build
clarify document email e-mail post submit share update upload fix add book order compile
contact ask invite organise organize arrange schedule set make""")
# (After an opening clause: "Instead of voting tonight, it was agreed to write to the council".)
_WE_DECIDED = lazy_regex(r"^(?:(?i:instead\s+of|rather\s+than|after|following|for\s+now|"
                         r"in\s+the\s+end|finally|eventually)\b[^,;]{0,100},\s+)?"
                         r"(?:(?:we|it\s+was|(?P<group>the\s+(?:board|committee|group|council|"
                         r"team|members|meeting|assembly|steering\s+committee)))\s+"
                         r"(?:(?:have|has|had)\s+)?(?:(?:also|then|unanimously)\s+)?"
                         r"(?:agreed|decided|resolved)"
                         # "Plans were made to schedule more workshops", "A decision was made to …"
                         r"|(?:plans?\s+(?:were|was)|a\s+decision\s+was)\s+(?:made|taken))"
                         r"\s+to\s+(?P<task>(?P<verb>[a-z]+)\s+\S.*)$", re.I)
# "We will also try to make a timeline": the task is to make it.
_WE_LEAD = lazy_regex(r"^(?:(?:also|then|now|still|jointly)\s+)*(?:(?:try|attempt)\s+to\s+)?")
# "We'll likely need to develop …", "We will probably …": a guess, not a commitment.
_WE_HEDGE = lazy_regex(r"^(?:\w+\s+)?(?:likely|probably|possibly|maybe|perhaps|need|have)\b")
_WE_UNTIL = lazy_regex(r"\b(?:until|unless|if)\b", re.I)
_WE_WILL = lazy_regex(r"^we\s*(?:will|'ll|shall|(?:'re|\s+are)\s+going\s+to)\s+"
                      r"(?!meet\b|reconvene\b|not\b)"
                      r"(?P<task>[a-z].*)$", re.I)


def base_of_ing(verb: str, known: Callable[[str], bool] = is_verb) -> str:
    """ "sending" -> "send", "writing" -> "write", "getting" -> "get" (task verbs only, or
    the verbs `known` knows)."""
    stem = verb[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if base and known(base):
            return base
    return ""


# "Sign the letter (Fatima, by 12 July)", "Book the hall (Rosa - deadline: 20 July)".
_PAREN_OWNER = lazy_regex(rf"^(?P<task>.+?)\s*\(\s*(?:(?i:owners?|lead|responsible|who|assigned to|"
                          rf"assignee|by)\s*:?\s*)?{OWNERS}\s*(?:(?:[,;:]|\s[-–—])\s*(?P<due>[^)]*))?\)"
                          # "… (Ana) [Back-end] - Tues 6th Feb": a tag, then the due date;
                          # "… (Tara) (remaining where it is)": a remark in lower case.
                          r"(?:\s*\([a-z][^()]{0,60}\))?(?:\s*\[[^\]]{1,30}\])?"
                          r"(?:\s+[-–—]\s+(?P<due2>.{2,40}?))?\s*[.;]?$")
_BRACKET_OWNER = lazy_regex(rf"^(?P<task>.+?)\s*\[\s*{OWNERS}\s*(?:[,;:]\s*(?P<due>[^\]]*))?\]"
                            r"\s*[.;]?$")
_BEFORE_OBJECT = frozenset({"with", "to", "from", "for", "about", "at", "on", "by", "of",
                            "and", "ask", "ping", "tell", "contact", "thank"})
_HANDLES_AFTER = lazy_regex(r"\s+(?:between|among)\s+@[\w.-]*\w(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                            r"@[\w.-]*\w)*")
_MENTION_OWNER = lazy_regex(r"^(?P<task>.+?)\s+@(?P<who>[\w.-]+(?:\s+[A-Z][\w'-]+)?)"
                            r"(?P<more>(?:\s*(?:,|&|\band\b)\s*@[\w.-]*\w)*)"
                            r"(?:\s+(?P<due>[^@]+))?$")
_INITIALS_VERB = lazy_regex(r"^(?P<owners>[A-Z]{2,4}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,4})*)\s+"
                            r"(?P<task>(?P<verb>[A-Z][a-z]+)\b.*)$")
# (Not "Bulletin board redesign: collect photos": a verb before a colon is a label's noun.)
def _names_then_verb(body: str, ctx: Context) -> tuple[tuple[str, ...], str] | None:
    """People the notes name (the first of them in the attendance), then a capitalised task
    verb and the rest in lower case:
    ("Matt", "Dawn") and "Add first timer issues" from "Matt and Dawn Add first timer
    issues"; else None."""
    parts = body.split()
    for at in range(1, min(len(parts) - 1, 5)):
        verb = parts[at]
        if verb[:1].isupper() and verb[1:].islower() and is_verb(verb.lower()) and \
                parts[at + 1][:1].islower():
            who = " ".join(parts[:at])
            if OWNERS_RE.fullmatch(who) and valid_owners(who) and all(
                    named_person(o, ctx) for o in split_owners(who)):
                return split_owners(who), " ".join(parts[at:])
            return None
    return None


_NAME_VERB = lazy_regex(rf"^{OWNERS}\s+(?P<task>(?P<verb>[a-z]+(?:-[a-z]+)?)\b(?!:).*)$")
# ("Find the agreement – Gopi, Zicheng (Zev)": a nickname after the last name.)
_DASH_OWNER = lazy_regex(rf"^(?P<task>.+?)\s+[-–—]\s+{OWNERS}(?:\s*\([A-Z][\w.-]{{0,20}}\))?"
                         r"(?:\s+[-–—]\s+(?P<due>[^–—]+)|"
                         r"\s*\((?P<due2>(?:due|by|before)\b[^)]*)\))?\s*[.;]?$")
_OWNER_FORMS = ((_PAREN_OWNER, "("), (_BRACKET_OWNER, "["), (_DASH_OWNER, "-–—"))


def dash_owners(text: str) -> str:
    """The names after the dash that ends `text` ("Invite anyone stuck - Ines, Tom"), or ""."""
    match = _DASH_OWNER.match(text.strip(" .;")) if " - " in text or " – " in text or \
        " — " in text else None
    return match.group("owners") if match else ""


_DASH_FIRST = (_OWNER_FORMS[2], _OWNER_FORMS[0], _OWNER_FORMS[1])


_MONTH_NAMES = words("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""")


_LABELLED_DUE = lazy_regex(r",\s*(?=(?:due(?: date)?|deadline|by when|target)\s*:)", re.I)


def _trailing_owner(body: str, ctx: Context) -> FollowUp | None:
    """ "Sign the letter (Fatima, by 12 July)", "Look into X – Helen", "Update X @Ola Jan 20"."""
    core = _unmarked(body).strip(" .;—–-")
    if "]" in core:
        # "Code PR [SM / RP] DONE", "Add a thread: TODO [JS]": the status is read elsewhere.
        core = _BRACKET_STATUS.sub("]", core).strip(" .;—–-")
    if ":" in core and _FIELD_LINE.match(core):
        return None  # "Start Time: 14:00 CEST (MDT)": a field of the notes, not a task
    if core[-1:] == ")" and core.count("(") >= 2:
        # "Website updates (need new visualizations) (Xenia)": a remark, then who.
        core = _REMARK_BEFORE_WHO.sub("", core)
    if "(" in core and ":" in core:
        core = _LABELLED_DUE.sub("; ", core)  # "(Owner: Sofia, Due: Aug 6)": no name "Due"
    mention = _MENTION_OWNER.match(core) if "@" in core else None
    before = core[:core.find("@")].rstrip().rpartition(" ")[2].lower() if mention else ""
    if before in ("between", "among"):
        # "Sync up between @ann, @bo and @cy on …": the people named do it together.
        owners = tuple(dict.fromkeys(re.findall(r"@([\w.-]*\w)", core)))
        return _make(_HANDLES_AFTER.sub("", core), owners, body, ctx)
    if before in _BEFORE_OBJECT:
        return _make(core, ctx.owners, body, ctx)  # "Connect with @sam re …": whom, not who
    if mention and len(mention.group("task").split()) >= 2 and not mention.group(
            "task").endswith(":"):
        # "Add the stories - @Tasneem, @Hans, @Bruno": each handle named.
        who = (mention.group("who"), *re.findall(r"@([\w.-]*\w)", mention.group("more")))
        item = _make(mention.group("task"), who, body, ctx)
        if item and mention.group("due"):
            due = find_due(mention.group("due"), ctx.ref, field=True)
            if due:
                item = replace(item, due=due.date)
        return item
    forms = _OWNER_FORMS
    if core[-1:] == ")" and (" – " in core or " - " in core or " — " in core):
        forms = _DASH_FIRST  # "… – Gopi, Zicheng (Zev)": the names after the dash
    for pattern, marks in forms:
        if not any(mark in core for mark in marks):
            continue  # each form needs its bracket or dash
        match = pattern.match(core)
        if not match or not valid_owners(match.group("owners")):
            continue
        owners = split_owners(match.group("owners"))
        after = match.groupdict().get("due") or ""
        if marks == "(" and match.group("due2") and not find_due(match.group("due2"), ctx.ref,
                                                                  field=True):
            continue  # "Fix the login (Ana) - low priority": only a date may follow
        if marks == "(" and after[:1].islower() and not find_due(after, ctx.ref, field=True) \
                and not _NOT_WHO.match(after):
            continue  # "Finish the parser (Retries, linked list, etc.)": a list of things
        if len(owners) == 1 and owners[0].lower() in _MONTH_NAMES and \
                owners[0].lower() not in ctx.known:  # April in the attendance is a person
            # "Finish the audit (April)": when, not who; "Review of the lease (April)" is
            # a topic.
            if re.match(r"\w+\s+(?:of|on)\b", match.group("task")):
                return None
            item = _make(match.group("task"), (), body, ctx)
            due = find_due(f"in {owners[0]}", ctx.ref, field=True)
            return replace(item, due=due.date) if item and due and not item.due else item
        if marks == "-–—" and not ctx.action_section and ctx.usage and ctx.usage.as_line(
                match.group("task")):
            # "Welcome new members - Ana" where the agenda template lists "Welcome new
            # members": a standing item, and the name is who came or who presented.
            return None
        # Outside a list of actions, "(Ben)" may be a speaker or an example; in one, and
        # for roles ("(Chair)"), it is who does the task even when not in the attendance.
        if ctx.known and not ctx.action_section and not all(
                o.split()[0].lower() in ctx.known or GROUPS_RE.match(o) for o in owners):
            continue
        item = _make(match.group("task"), owners, body, ctx)
        due_text = match.groupdict().get("due") or match.groupdict().get("due2")
        if item and due_text:
            due = find_due(due_text, ctx.ref, field=True)
            if due:
                item = replace(item, due=due.date)
        return item
    leads = _PAREN_LEADS.match(core) if core.endswith(")") else None
    leader = leads.group("who") if leads else ""
    if leads and ((leader[:1].isupper() and valid_owners(leader)) or (
            ctx.usage is not None and all(ctx.usage.as_name(w) for w in split_owners(leader)))):
        # "start a list of resources (ashley to start)": who takes the task on.
        owners = tuple(w[:1].upper() + w[1:] for w in split_owners(leader))
        return _make(leads.group("task"), owners, body, ctx)
    lower = _LOWER_NAME_PAREN.match(core) if core.endswith(")") and ctx.usage else None
    if lower and ctx.usage and (ctx.usage.as_name(lower.group("who")) or re.search(
            rf"\(\s*{lower.group('who').capitalize()}\s*[),]", ctx.usage.text)) and not (
            lower.group("who") in NOT_NAMES or any_verb(lower.group("who"))):
        # "Link the examples from the README (anders)": a name the notes capitalise
        # elsewhere ("Design proposal (Anders)"), typed in lower case.
        return _make(lower.group("task"), (lower.group("who"),), body, ctx)
    return None


_NEED_TO = lazy_regex(r"^needs?\s+to\s+(?=[a-z])", re.I)
_AGREE_TO = lazy_regex(r"^(?:we\s+|all\s+)?(?:agreed?|decided)\s+to\s+(?=[a-z])", re.I)
_REMARK_BEFORE_WHO = lazy_regex(r"\s*\([a-z][^()]{2,79}\)(?=\s*\([^()]{2,40}\)$)")
_PAREN_LEADS = lazy_regex(r"^(?P<task>.+?)\s*\((?P<who>[A-Za-z][\w'-]+(?:\s*(?:,|and|&)\s*"
                          r"[A-Za-z][\w'-]+)*)\s+(?:to|will|'ll)\s+(?:start|begin|lead|own|"
                          r"(?:do|own|take|handle)\s+(?:it|this|that))\)$")
_LOWER_NAME_PAREN = lazy_regex(r"^(?P<task>.+?)\s*\((?P<who>[a-z][a-z'-]{2,20})\)$")


def is_speaker_commitment(text: str) -> bool:
    """ "Priyanka: I'll take NVDA" -- a commitment in discussion, not a recorded action."""
    match = _SELF.match(text.strip())
    return bool(match and match.group("speaker"))


def after_action_label(text: str) -> str:
    """The text after an action label it opens with ("Next steps: Omar to check …")."""
    marked = _ACTION_PREFIX.match(text) if text[:1] in _PREFIX_STARTS else None
    return text[marked.end():].lstrip() if marked else text


def has_action_marker(text: str) -> bool:
    """True for explicitly recorded actions ("ACTION: …", "[NEW] ACTION: …")."""
    return bool(_ACTION_PREFIX.match(text.strip()))


def question_follow_ups(paragraph: str, ctx: Context) -> list[FollowUp]:
    """ "X, can you …? Yes." -> a task for X."""
    found: list[FollowUp] = []
    if "?" not in paragraph:
        return found
    for match in _QUESTION_YES.finditer(paragraph):
        if valid_owners(match.group("owner")):
            item = _make(match.group("task"), split_owners(match.group("owner")),
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
        status: Status = "forthcoming" if _is_forthcoming(item) else "done"
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
    before = _MINUTE_NUMBER.sub("", previous.strip()).strip().rstrip(".;")
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
    if not need:
        return []
    task = need.group("task")
    if label:
        task += f" ({label.group('label').lower()})"
    phrase, due = tidy_task(task, ctx.ref, ctx.next_meeting)
    if bare and bare.group("due"):
        found = find_due(bare.group("due"), ctx.ref)
        due = found.date if found else due
    return [FollowUp(phrase, split_owners(bare.group("owners")), due, "open")]
