"""What wraps a sentence in a line of notes, undone before the forms read it: an initials
tag, a minute's number, a label that says whose action it is, an action mark ("ACTION(Ana):"),
owners in brackets ("[luca]", "(DC) to …"), a line of tracker fields, "It was agreed that".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from digestbot.model import FollowUp
from digestbot.notes.dates import find_dates, find_due
from digestbot.notes.inline import GROUP_1
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    ITEM_CODE,
    LETS,
    NUMBERED_PART,
    ONE,
    OWNER_LIST,
    OWNER_START,
    OWNERS,
    OWNERS_RE,
    capitalise_known,
    is_verb,
    split_owners,
    valid_owners,
    verb_at_all,
    words,
)
from digestbot.notes.owners import NOT_HANDLES, named_person, person_like, plain_name
from digestbot.notes.rewrites import (
    FOR_WHOM,
    OWNER_CLAUSE,
    marked_duty,
    mentions_first,
    move_due_phrases,
    named_later,
    normalise,
    with_will,
)
from digestbot.notes.sentence import Found, Sentence, opening_word
from digestbot.notes.tasks import WORD_RE, Context, make_follow_up
from digestbot.notes.trailing import arrow_item

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
           # "Bob must renew the domain by 1 June", "Ana intends to apply": a duty, a plan.
           r"must|has to|have to|intends? to|(?:is |are )expected to|"
           r"can|(?:,\s*)?(?:please|pls|plz))")


OWNED = lazy_regex(rf"^{OWNERS}\s+(?P<aux>{_FUTURE})\s+(?P<task>[a-z][\w'-]*\b.*)$")


ACTION_PREFIX = lazy_regex(r"^(?:\[?(?P<state>new|pending|done|continues|open)\]?\s*)?"
                            # "**[Action Item]** Add the step to the handbook": a tag.
                            r"(?:\[(?:action(?:\s+(?:items?|points?))?|actions|ai|ap|to-?do|to do|"
                            r"task)\]\s*[:\-–—]?|"
                            r"(?:a(?:ction|citon|ctoin)(?:\s+(?:items?|points?))?|actions?|"
                            r"todo|to do|fixme|ai|ap|next steps?|follow-?up|task|call to action)"
                            # "Action 4 (Dana): write to the council": a numbered action.
                            r"(?:\s+(?:no\.?\s*|#)?\d{1,3}[a-z]?)?"
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


# "Consensus: David M. should continue to pursue insurance": what was decided gives a named
# person work, as "will" would.
_DECIDED_SHOULD = lazy_regex(rf"^{OWNERS}\s+(?:should|can|may|is\s+to|are\s+to)\s+(?=[a-z])")


# ("4278 - Josh needs to test it": an issue's number before the dash.)
MINUTE_NUMBER = lazy_regex(r"^\(?\d{1,4}(?:[./]\d{1,4})*(?:\s?[.):]|\s[-\u2013])?\s+(?=[A-Z@])")
_NAME_THEN_LINK = r"@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+\(https?://[^\s()]+\)"
_LINKED_NAME = lazy_regex(rf"^(?P<names>{_NAME_THEN_LINK}(?:\s*(?:,|&|and)\s*{_NAME_THEN_LINK})*)"
                          r"\s+(?=[a-z'’])")
_PROFILE_LINK = lazy_regex(r"\s+\(https?://[^\s()]+\)")
_MID_HANDLES = lazy_regex(r"\s*\((@[\w.-]*\w(?:\s*[,&/]\s*@[\w.-]*\w)*)\)")
_TODO_TAG = lazy_regex(r"^\[(?i:to-?do|action(?:\s+items?)?|ai|task)\s*[:=\-]\s*"
                       r"(?P<who>[^\]:]{1,40})\]\s*[:\-–—]?\s*(?=\S)")
_PART_LABEL = lazy_regex(rf"^{NUMBERED_PART}\s*(?::|\s[-–—])\s+(?=\S)")
_PART_STARTS = frozenset("PpSsOoMmWwDdCcTtGg")  # what every NUMBERED_PART opens with
# "A2: regenerate the table", "Us3Bi01 - Create canvas component": an item's code.
_ITEM_CODE_LABEL = lazy_regex(rf"^(?:{ITEM_CODE}|(?P<backlog>[A-Za-z]+\d+[A-Za-z]+[-–]?\d+))"
                              r"(?:\s*[:.)]|\s+[-–—])\s+(?=\S)")


# A handle, pronouns or affiliation in brackets after a name, before what the name does.
# ("Rebecca ([@rschlussel](https://…)) will": a handle linked to its profile.)
_NAME_ASIDE = lazy_regex(r"(?<![\w(])([A-Z][\w'’-]+)\s*\((?:[^()\s]{1,20}(?:\s\(https?://[^()\s]+\))?|"
                         r"[A-Z][\w&.-]*(?:\s+[A-Z]"
                         r"[\w&.-]*){0,2})\)(?=\s*(?:,|\band\b|&|\bto\b|\bwill\b|\bshall\b|'ll\b|"
                         r"\bagreed\b|\bwould\b|\bis going\b|"
                         r"(?:\bhas\s+|\bhave\s+)?\b(?:offered|volunteered|agreed|promised)\b))")


# A scribe's lower-case nickname or handle: "decathorpe", "@li".
HANDLE = r"@?[a-z][\w.-]{1,30}"


_BRACKET_START = lazy_regex(rf"^\[{OWNERS}\]\s*[:\-–—]?\s*")


PAREN_START = lazy_regex(rf"^\({OWNERS}\)\s*[:\-–—]?\s*(?=[A-Za-z])")  # "(AndyT) Propose …"
AGREED = lazy_regex(r"^(?:it was |we )?(?:agreed|decided|resolved) that\s+", re.I)
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


_INITIALS_TAG = lazy_regex(r"\[(?!DONE\])[A-Z]{2,4}\]\s+")  # ("[DONE] Ana to …" is a state)


_LOWER_NAME = lazy_regex(r"^(?:\((?P<a>[a-z][\w.-]{1,19})\)\s*:?|(?P<b>[a-z][\w.-]{1,19})"
                         r"(?:\s*:|\s+[-–—]))\s+(?P<rest>[A-Za-z].*)$")  # ("sid - fix the tests")


def whole_date(text: str, ctx: Context, *, slack: int = 0) -> date | None:
    """The date `text` is, when it is a date and nothing more (`slack`: characters after
    it that may be left over, such as a full stop)."""
    when = find_due(text, ctx.ref, field=True)
    return when.date if when and when.start == 0 and when.end >= len(text) - slack else None


# Words without which a sentence of prose cannot give a follow-up: a cheap first test.
_CUE_WORDS = words("""will shall would should can please pls plz asked tasked requested
instructed done completed complete finished forthcoming coming tuned follow space action actions
todo going agreed resolved offered volunteered undertook undertaken committed promised
includes include including included i'll we'll he'll she'll they'll he'd she'd they'd
confirmed planning working continuing responsible charge gonna being told tells suggested
suggests appointed nominated designated deputed let's yet must step steps kindly assigned
task""")


@lru_cache(maxsize=64)  # sentence_follow_ups and _follow_up ask about the same sentence
def has_cue(text: str) -> bool:
    # A colon in "https://" is no cue; one after a label is.
    if "(" in text or "[" in text or ":" in text.replace("://", "") or " – " in text or \
            " - " in text or " — " in text or "@" in text or "=>" in text or "→" in text or \
            "<-" in text or "←" in text:
        return True
    lower = text.lower()
    if "’" in lower:
        lower = lower.replace("’", "'")  # "he’d", as typed by word processors
    words = WORD_RE.findall(lower)
    return not _CUE_WORDS.isdisjoint(words) or "to" in words[1:6] or (
        "for" in words and "to" in words and FOR_WHOM.match(text) is not None)


_ROLE_LEAD = lazy_regex(r"^(?:will|shall|wants?\s+to|needs?\s+to|to)\s+(?=[a-z])", re.I)
_ROLE_ACTION = lazy_regex(rf"^{OWNERS}\s+(?i:actions?|action\s+items?)\s*(?::|\s[-–—])\s*(?=\S)")


_DIGIT_OR_PAREN = frozenset("(0123456789")


_MENTION_VERB = lazy_regex(r"(@[\w.-]*\w(?:/[\w.-]*\w)?)\s+([A-Z][a-z]+)\b")
# First letters of "[new] …", "new", "pending", "done", "continues", "open", "action",
# "todo", "to do", "ai", "ap", "next steps", "follow-up", "task" (either case).
PREFIX_STARTS = frozenset("[npdcoatfNPDCOATF#")
_AGREED_STARTS = frozenset("iwadrIWADR")


# A task tracker's fields written out on one line: "Owner: Kim — Task: write the spec —
# Due: 4 July", "Review the reading list Assigned to Helen Park Due Oct 16, 2026".
# (Tags in brackets too: "… [assignee] lord kizzy [due] 4 April 2024 [status] todo".)
_FIELD = lazy_regex(r"(?:^|(?<=[\s|;,(/]))(?:(?P<owners>(?i:owners?|assignees?|responsible|who)"
                    r"\s*:|"
                    r"(?i:\[(?:owners?|assignees?|responsible)\])|"
                    r"Assigned to\b:?|(?i:assigned to)\s*:|"
                    # "We need a test plan (this was assigned to Mesa)": said in a sentence.
                    r"(?<=\()(?i:(?:(?:this|it|which)\s+(?:was|is|has\s+been)\s+)?"
                    r"assigned\s+to)\b)|(?P<task>(?i:task|action|what)\s*:)|"
                    r"(?P<due>(?i:due(?: date)?|deadline|by when|when)\s*:|Due\b|"
                    r"(?i:\[(?:due(?: date)?|deadline)\]))|"
                    r"(?P<status>(?i:status|state)\s*:|(?i:\[(?:status|state)\]))|"
                    r"(?P<other>(?i:id|workgroup|team|"
                    r"priority|labels?|tags?)\s*:))\s*")
_FIELD_EDGE = " \t—–-|;,.()/"
_TAGGED_OWNERS = lazy_regex(r"[\w.'’-]+(?:\s+[\w.'’-]+){0,2}(?:\s*(?:,|&|\band\b)\s*"
                            r"[\w.'’-]+(?:\s+[\w.'’-]+){0,2})*")
_WE_NEED_TO = lazy_regex(r"^(?:we|i)\s+(?:still\s+)?(?:need|have|want)\s+to\s+", re.I)
# A tracker's word for a finished task: "Status: done", "State: closed".
DONE_STATE = lazy_regex(r"(?:done|complete|completed|closed|finished|resolved)\b", re.I)


_OWNERS_THEN_DUE = lazy_regex(r"^(?P<who>.+?)\s*[,;]?\s+(?:due|by|deadline)\b\s*:?\s*"
                              r"(?P<when>\S.*)$", re.I)


def fielded_item(text: str, ctx: Context) -> FollowUp | None:
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
    owned = OWNED.match(task) if "task" not in fields else None
    if owned and valid_owners(owned.group("owners")):
        task = owned.group("task")  # "Vani to draft X [assignee] Vanessa": the field says who
    owners = fields.get("owners", "")
    then = _OWNERS_THEN_DUE.match(owners) if "due" not in fields else None
    if then:
        owners, fields["due"] = then.group("who"), then.group("when")  # "Owner: Ana, due Friday"
    tagged = any(m.group("owners") and m.group()[:1] == "[" for m in marks)
    if " " not in task.strip() and not is_verb(task.strip().lower()):
        return None  # "Assigned Team: Haru, Mahesh (Owner: Mahesh)": who, and no task
    if not task or (lead and "task" in fields) or not (
            (OWNERS_RE.fullmatch(owners) and valid_owners(owners))
            or (tagged and _TAGGED_OWNERS.fullmatch(owners))):
        return None  # (a tagged field may name its people in lower case: "lord kizzy")
    item = make_follow_up(task, split_owners(owners), text, ctx)
    due = find_due(fields["due"], ctx.ref, field=True) if item and fields.get("due") else None
    item = replace(item, due=due.date) if item and due else item
    state = fields.get("status", "").lower()
    if item and state:
        # "Status: done" / "Status: in_progress": the tracker's own word for it.
        item = replace(item, status="done" if DONE_STATE.match(state) else "open")
    return item


# "GP: Action item to look into governance models": the label names whose action it is.
_OWN_ACTION = lazy_regex(rf"^{OWNERS}\s*:\s*(?i:action(?:\s+(?:item|point))?|to-?do|task)\s+"
                         r"(?:is\s+)?to\s+(?=[a-z])")


_BRACKET_HANDLES = lazy_regex(rf"^\[(?P<owners>{HANDLE}(?:\s*[,/&+]\s*{HANDLE})*)\]"
                              r"\s*[:\-–—]?\s*(?:->|→)?\s*(?P<verb>[a-z]+)\b")


def _bracket_handles(text: str) -> tuple[tuple[str, ...], int] | None:
    """ "[luca] create …": lower-case names in brackets before a verb (not "[wip] fix …"):
    the names, and where the task starts."""
    match = _BRACKET_HANDLES.match(text) if text[1:2].islower() or text[1:2] == "@" else None
    if match is None or not verb_at_all(match.group("verb")):
        return None
    names = tuple(name.lstrip("@") for name in re.split(r"\s*[,/&+]\s*",
                                                         match.group("owners")))
    if any(name in NOT_HANDLES or ACTION_PREFIX.match(name + ":")
           for name in names):
        return None
    return names, match.start("verb")


_QUOTED_TASK = lazy_regex(r"\s(needs?\s+to|has\s+to|will|to)\s*:\s*[\"“]([a-z][^\"”]{3,300})[\"”]")
_QUOTED_VERB = lazy_regex(r"(\s(?:to|will|shall|'ll)\s+)[\"“]([a-z][\w' -]{0,40}?)[\"”](?=\s)")


_ROLE_LABEL = lazy_regex(r"^(?P<who>@?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s*"
                         r"\((?!\s*(?:due|by|done|tbd)\b)[A-Za-z][\w .&/-]{0,30}\)\s*:\s+(?=\S)")
_TOPIC_WHO_LABEL = lazy_regex(r"^(?P<topic>[A-Z][^():]{2,50}?)\s*\((?P<who>[^()]{2,40})\)\s*:\s+"
                              r"(?=[a-z])")
_INITIALS_WHO = lazy_regex(r"[A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4})*")
_LEAD_WORDS = frozenset(("admins", "admin", "organisers", "organizers", "mentors", "leads",
                         "everyone", "all", "chairs", "editors", "maintainers"))


def _topic_lead(who: str, ctx: Context) -> bool:
    """Whether the brackets after a topic name who takes it on: names, initials or groups."""
    owners = split_owners(who)
    return bool(owners) and all(
        o.lower() in _LEAD_WORDS or o.lower() in ctx.known or GROUPS_RE.fullmatch(o)
        or (o[:1].isupper() and person_like(o, ctx)) for o in owners)


_AND_I = lazy_regex(rf"^(?P<others>{OWNER_LIST})\s*(?:,\s*|\s+)(?:and|&)\s+I\s+"
                    r"(?=will\b|shall\b|to\b|are\b|agreed\b|volunteered\b|offered\b|plan\b)")
_HANDLES_FIRST = lazy_regex(r"(@[\w.-]*\w(?:\s*(?:,|&|\band\b)\s*@[\w.-]*\w)*)\s+(?=[a-z])")


def unwrapped(text: str, ctx: Context) -> str:
    """The line without what wraps its sentence: an initials tag, a lower-case name label,
    a minute's number or an item's code, quotation marks around the task."""
    tag = _INITIALS_TAG.match(text) if text[:1] == "[" else None
    if tag and OWNER_CLAUSE.match(text, tag.end()):
        # "[TO] Tanja to find out the list of committers": the tag says who raised it (its
        # letters may spell a word); the sentence after it names who does it.
        text = text[tag.end():]
    lower = _LOWER_NAME.match(text) if ctx.line_item and (
        ctx.action_section or ctx.checked is not None) and (
        text[:1] == "(" or "a" <= text[:1] <= "z") else None
    if lower and plain_name(lower.group("a") or lower.group("b"), ctx) and is_verb(
            lower.group("rest").split(maxsplit=1)[0].lower()):
        # "- (sid) Draft guidance for vendors", "- sid: fix the tests" in a list of
        # actions: a user name written in lower case, as a handle without its @.
        text = f"@{lower.group('a') or lower.group('b')}: {lower.group('rest')}"
    role = _ROLE_LABEL.match(text) if ctx.line_item and "(" in text[:40] else None
    topic = _TOPIC_WHO_LABEL.match(text) if ctx.line_item and "):" in text[:80] else None
    if topic and _topic_lead(topic.group("who"), ctx) and not (
            role and (named_person(role.group("who"), ctx) or (
                person_like(role.group("who"), ctx) and _INITIALS_WHO.fullmatch(
                    topic.group("who"))))):
        # "Branding (Megan and Elle): pick up branding and work out a plan", "Mailjet
        # integration (admins / Megan): …": a topic, then who takes it on.
        who = " ".join(w[:1].upper() + w[1:] if w.lower() in _LEAD_WORDS else w
                       for w in topic.group("who").split())
        text = f"ACTION ({who}): {text[topic.end():]}"
    elif role and valid_owners(role.group("who")):
        text = f"{role.group('who')}: {text[role.end():]}"  # "Jane (PM): finalise the scope"
    with_me = _AND_I.match(text) if " and I " in text[:60] or "& I " in text[:60] else None
    if with_me and valid_owners(with_me.group("others")):
        # "Alice and I will draft the proposal": Alice and whoever wrote the notes.
        me = f" and {ctx.me}" if ctx.me else ""
        text = f"{with_me.group('others')}{me} {text[with_me.end():]}"
    handles = _HANDLES_FIRST.match(text) if ctx.line_item and text[:1] == "@" else None
    if handles and is_verb(text[handles.end():].split(maxsplit=1)[0].lower()):
        # "- @bob follow up with the vendor": the handle, then the order it takes on.
        text = f"{handles.group(1)}: {text[handles.end():]}"
    if text[:1] in _DIGIT_OR_PAREN:
        text = MINUTE_NUMBER.sub("", text)
    elif text[1:2].isdecimal() or text[2:3].isdecimal() or text[3:4].isdecimal():
        coded = _ITEM_CODE_LABEL.match(text)
        if coded and coded.group("backlog") and is_verb(
                text[coded.end():].split(maxsplit=1)[0].lower()):
            # "Us3Bi01 - Create canvas component": a backlog item, work to do.
            text = f"Task: {text[coded.end():]}"
        elif coded:
            text = text[coded.end():]  # "A2: regenerate the table": the item's code
    linked = _LINKED_NAME.match(text) if "(http" in text[:120] else None
    if linked:
        # "[Paul](https://twitter.com/zpao) will study how Node does it": a name linked to
        # its profile, then what the person does (the link is still one of the notes').
        text = f"{_PROFILE_LINK.sub('', linked.group('names'))} {text[linked.end():]}"
    mid = _MID_HANDLES.search(text) if "(@" in text and ctx.line_item else None
    if mid and text[mid.end():].strip(" .;"):
        # "Set up the repository (@Anne) to share the queries": the handle says whose the
        # task is wherever it stands; read as if it closed the line.
        text = f"{text[:mid.start()]}{text[mid.end():]}".rstrip(" .;") + f" ({mid.group(1)})"
    tagged = _TODO_TAG.match(text) if text[:1] == "[" else None
    if tagged:
        # "[todo: Pete LeVasseur] inform the Project of our concerns": a to-do and whose.
        text = f"TODO ({tagged.group('who')}): {text[tagged.end():]}"
    part = _PART_LABEL.match(text) if text[:1] in _PART_STARTS else None
    if part and verb_at_all(text[part.end():].split(maxsplit=1)[0].lower()):
        text = text[part.end():]  # "Phase 2: roll out the form": a part of the work
    if '"' in text or "“" in text:
        text = _QUOTED_VERB.sub(r"\1\2", text)  # 'Juan to "lock down" the repo'
        # '@qmx needs to: "set up the test harness"': the task quoted after a colon.
        text = _QUOTED_TASK.sub(r" \1 \2", text)
    if ("DONE" in text or "done" in text or "Done" in text or "\u2714" in text or "\u2705" in text
            or "\u2713" in text) and (mark := _MARK_BEFORE_OWNER.match(text)) and \
            valid_owners(who := mark.group("who").strip("() ")) and not find_dates(who):
        # "Send the report: DONE (Ana)", "Send the report ✔ Ana": the mark goes last, as in
        # "Send the report (Ana) - DONE", so the owner is read as the task's.
        text = f"{mark.group('task')} ({who}) - {mark.group('mark') or mark.group('tick')}"
    return text


_MARK_BEFORE_OWNER = lazy_regex(
    r"^(?P<task>[^:()]{3,200}?)(?:\s*[:\-–—]\s*(?P<mark>(?-i:DONE)|[Dd]one)|"
    r"\s*(?P<tick>\u2714\ufe0f?|\u2705|\u2713))\s*[:\-–—]?\s+(?P<who>\(@?[A-Z][\w.' -]{0,30}\)|"
    r"@?[A-Z][\w.'-]*(?:\s*(?:,|&|and)\s*@?[A-Z][\w.'-]*){0,2})\s*$")


def relabelled(text: str, ctx: Context, *, colon: bool, dashed: bool) -> str:
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
        text = mentions_first(text)
        colon = ":" in text
    own_action = _OWN_ACTION.match(text) if colon and text[:1].isupper() else None
    if own_action and valid_owners(own_action.group("owners")):
        # "GP: Action item to look into governance models": GP's action.
        text = with_will(own_action, text)
    nobody = _NOBODY_YET.match(text) if colon and (ctx.action_section or ctx.line_item) else None
    if nobody:
        text = text[nobody.end():]  # "TBD: investigate the build timeout": no owner yet
    return text


def decided_duty(text: str, ctx: Context) -> str:
    """ "Agreed: Ana should write to the council" as "Ana will write …" (a person the
    notes name)."""
    should = _DECIDED_SHOULD.match(text) if not text.lower().startswith(
        ("note", "fyi", "q")) else None
    if should and valid_owners(should.group("owners")) and named_person(
            should.group("owners").split(",")[0].strip(), ctx):
        return with_will(should, text)
    return text


def action_mark(text: str, ctx: Context) -> tuple[re.Match[str] | None, Context]:
    """The action mark the line opens with, and the context with what it says: done, or
    whose action it is ("ACTION(Ana):")."""
    prefixed = ACTION_PREFIX.match(text)
    if prefixed and (prefixed.group("state") or "").lower() == "done":
        ctx = replace(ctx, checked=True)
    who = prefixed.group("who") if prefixed else None
    if who and ((OWNERS_RE.fullmatch(who.strip()) and valid_owners(who))
                or re.fullmatch(r"@?[\w.-]{2,30}", who.strip())):
        ctx = replace(ctx, owners=split_owners(who))
    return prefixed, ctx


def bracketed_owners(text: str, ctx: Context, prefixed: re.Match[str] | None
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


_WILL_TRY = lazy_regex(r"^will\s+(?:also\s+)?(?:try\s+to\s+)?(?=[a-z])", re.I)


def after_brackets(rest: str) -> str:
    """The task after the owners in brackets, without a "please" or "to" to them."""
    if rest[:7].lower() == "please ":
        return rest[7:]  # "[All] Please leave feedback on the charter"
    if rest.lstrip()[:3].lower() == "to " and rest.lstrip()[3:4].isalpha():
        return rest.lstrip()[3:]  # "(DC) to provide the files", "(Met Office team) To run …"
    if rest.lstrip()[:5].lower() == "will ":
        # "[Dominik] will try to rewrite the tracker": what the one in brackets will do.
        return _WILL_TRY.sub("", rest.lstrip())
    return rest


def after_mark(text: str, prefixed: re.Match[str]) -> str:
    """What follows the action mark, "X should …" or "X is doing …" said as "X will …"."""
    body = marked_duty(text[prefixed.end():])
    if body[:3] == "to " and prefixed.group().strip(" :").lower() == "action":
        body = body[3:]  # "**Action** to check with the organisers (Jonah)"
    return body


def unmarked_body(body: str, ctx: Context, prefixed: re.Match[str] | None) -> str:
    """The body without a second mark or "Let's", and with a name from the attendance
    typed in lower case, or a handle before a capitalised verb, as the owned forms read
    them."""
    again = ACTION_PREFIX.match(body) if prefixed and body[:1] in PREFIX_STARTS else None
    if again and not again.group("who"):
        body = body[again.end():]  # "ACTION: FIXME: Peter, please …"
    if prefixed and body[:3].lower() == "let":
        body = LETS.sub("", body)  # "ACTION(Ana): Let's go through the sections …"
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


def read_body(body: str, text: str, ctx: Context,
               prefixed: re.Match[str] | None) -> Sentence | Found:
    """The sentence the forms read: past "agreed that", with its owner and due date where
    the forms look for them; or the task an arrow gives."""
    listed = ctx.action_section or ctx.line_item or prefixed is not None
    agreed = _agreed_lead(body)
    if agreed:
        body = body[agreed.end():]
    if "(" in body[:80]:
        body = _NAME_ASIDE.sub(GROUP_1, body)  # "Shelley (xy352) to contact …"
    body, ctx = normalise(move_due_phrases(named_later(body, ctx)), ctx)
    original = body
    arrow = arrow_item(body, ctx) if listed and (
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
                    assigned=bool(ctx.action_section or ctx.owners or ctx.checked is not None
                                  or prefixed),
                    vocab=frozenset(WORD_RE.findall(body.lower())),  # one pass, then lookups
                    first=opening_word(body))


def _agreed_lead(body: str) -> re.Match[str] | None:
    """What says the rest was agreed or decided: "It was agreed that", "The council decided",
    "… discussed the budget and that"."""
    agreed = AGREED.match(body) if body[:1] in _AGREED_STARTS else None
    if agreed is None and " that " in body:
        # "… discussed the budget and that Ana will write to X".
        agreed = _REPORTED_THAT.match(body)
    if agreed is None and ("decided " in body or "agreed " in body or "resolved " in body):
        agreed = _DECIDED_NAMED.match(body)  # "The council decided Tom would send …"
    if agreed is None and (" he" in body or " she" in body or " they" in body) and (
            " and " in body or ", " in body):
        agreed = _SAID_LATER.match(body)
    return agreed
