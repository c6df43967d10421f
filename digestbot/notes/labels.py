"""A label, then the task: "Ao, Leon - conduct a benchmark", "Tayeb: will solicit the
members" or "Sponsor X: ping for renewal (Jonathan)" in a list, "Peter, please list …",
"@Sam: pursue …".
"""

from __future__ import annotations

import re

from digestbot.model import FollowUp
from digestbot.notes.dates import find_dates, find_due
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    INITIALS,
    LETS,
    OWNERS,
    any_verb,
    as_written,
    dictionary_word,
    everyday_word,
    is_verb,
    split_owners,
    valid_owners,
    words,
)
from digestbot.notes.owners import label_person, named_person, thing_owner
from digestbot.notes.sentence import NO_FOLLOW_UP, Found, Sentence, as_found, found_task
from digestbot.notes.tasks import WORD_RE, Context, make_follow_up
from digestbot.notes.tenses import will_verb
from digestbot.notes.trailing import NOT_WHO, PROHIBITION

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
    first = WORD_RE.match(text.lower())
    return first is not None and first.group() in _SAID_START


_SPACED_OWNER_DASH = lazy_regex(rf"^{OWNERS}\s+[-–—]\s+(?P<task>(?P<verb>[a-z]+)\s+\S.*)$")
_DASH_LINE = lazy_regex(rf"^{OWNERS}\s*(?::|\s[-–—]\s|\s*(?:→|->|=>)\s*)\s*(?P<task>[^–—]+?)"
                        r"(?:\s+[-–—]\s+(?P<due>[^–—]+))?$")


_PLEASE = lazy_regex(rf"^{OWNERS}\s*,\s*please\s+(?P<task>[a-z].*)$")
_ADDRESSED = lazy_regex(r"^@([\w.-]+)\s*:\s+(?P<task>[a-z].*)$")


_NOUN_OF = lazy_regex(r"[A-Za-z]+(?:[\s-]+(?:up|out|down))?\s+of\b")


def labelled_forms(s: Sentence) -> Found | None:
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
            thing_owner(spaced.group("owners"), s.ctx)) and not PROHIBITION.match(
            spaced.group("task")) and all(
            not everyday_word(o) and not dictionary_word(o.split()[0])
            for o in split_owners(spaced.group("owners"))):
        # "Ao, Leon - conduct a benchmark of the models." on a line of its own: who, a dash,
        # then an order (a colon after a name opens what someone said).
        return found_task(spaced.group("task"), split_owners(spaced.group("owners")), s.text, s.ctx)
    return None


_ADVICE = frozenset(("suggest", "suggests", "suggested", "propose", "proposes", "proposed",
                     "recommend", "recommends", "recommended", "advise", "advises", "advised"))
_ADVICE_AFTER = lazy_regex(r"^\w+\s+(?:to|that|we|using|adding|making|having|moving|trying|"
                           r"\w+ing)\b", re.I)


def _dash_line(s: Sentence) -> Found | None:
    """ "Tayeb: will solicit the members", "Soares: Work out with Juanita …", "Jackets →
    confirm arrival" in a list: a label, then what is to be done."""
    dash = _dash_task(s)
    if dash is None:
        return None
    ctx = s.ctx
    first_word = dash.group("task").split()[0]
    if first_word.lower() in _ADVICE and _ADVICE_AFTER.match(dash.group("task")):
        # "Phil: suggest to attend the seminar", "Jo: suggest using cramdown": what the
        # speaker suggested, not work someone took on.
        return NO_FOLLOW_UP
    willed = dash.group("task").split(maxsplit=1)[1:] if first_word.lower() in (
        "will", "shall") else []
    willed_task = willed[0] if willed and will_verb(willed[0]) else ""
    initials = (ctx.action_section or ctx.checked is not None) and bool(
        INITIALS.fullmatch(dash.group("owners")))
    # ("- [ ] AS: Publish the minutes", "AS/CE: Draft the terms" in a list of actions:
    # initials, though "AS" spells a word.)
    if not ((initials or valid_owners(dash.group("owners"))) and _label_owns(
            dash, first_word, willed_task, ctx)):
        return None
    owners = as_written(split_owners(dash.group("owners")), s.original)
    task = willed_task or dash.group("task")
    thing = thing_owner(dash.group("owners"), ctx)
    if thing:
        owners = ()  # "Jackets → confirm arrival": what it is about, not who does it
    if task[:3].lower() == "let":
        task = LETS.sub("", task)  # "Kaelig & Jina: let's set up the meetings"
    named = _NAMED_AFTER.match(task) if task.endswith(")") else None
    tail = dash.group("due") or ""
    if named is None and re.fullmatch(_WHO, tail) and not find_dates(tail) and not (
            NOT_WHO.match(tail) or tail.split()[0].endswith("ed") or (
                ctx.usage and ctx.usage.in_lower_case(tail.split()[0]))):
        named = _NAMED_AFTER.match(f"{task} ({tail})")
    if named and valid_owners(named.group("who")) and dash.group(
            "owners").split()[0].lower() not in ctx.known:
        # "Sponsor X: ping for renewal (Jonathan)", "Travel fund: update the form -
        # Ana": the line opens with what it is about and ends with who does it.
        owners = split_owners(named.group("who"))
        task = f"{named.group('task')} ({dash.group('owners')})"
    elif thing:
        item = make_follow_up(task, owners, s.text, ctx)
        label = dash.group("owners")
        label = label if " " in label else f"{label[:1].lower()}{label[1:]}"
        return as_found(FollowUp(f"{item.task} ({label})", item.owners, item.due,
                               item.status) if item else None)
    contact = _CONTACT_WHOM.match(task) if named is None else None
    if contact and not named_person(dash.group("owners"), ctx):
        # "Visit Flanders: ping for renewal": whom to ping, not who pings.
        owners = ()
        task = f"{contact.group('verb')} {dash.group('owners')} {contact.group('rest')}"
    item = make_follow_up(task, owners, s.text, ctx)
    if item and dash.group("due"):
        due = find_due(dash.group("due"), ctx.ref, field=True)
        if due:
            item = FollowUp(item.task, item.owners, due.date, item.status)
    return as_found(item)


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
    if task.split()[0].lower() in REPORT_START:
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
        or (willed_task and label_person(owners, ctx))
        # "Soares: Work out with Juanita how …": a person the notes name, then any
        # English verb in the imperative (capitalised, so not "Ana: said that …").
        or (first_word[:1].isupper() and any_verb(first_word.lower())
            and len(task.split()) >= 3
            and label_person(owners, ctx))
        or (ctx.action_section and (label_person(owners, ctx)
                                    or re.match(r"[a-z]{3,}\b(?!/)", task))
            and not _said_start(task))
        # "MC, YSV, EAO: let's have a break-out meeting": the people named will.
        or (first_word.lower() in ("let's", "let’s") and len(split_owners(
            owners)) >= 2 and label_person(owners, ctx)))


def _please(s: Sentence) -> Found | None:
    please = _PLEASE.match(s.body)
    if please and valid_owners(please.group("owners")) and is_verb(please.group("task").split()[0]):
        # "Peter, please list the new members": a request to a named person.
        return found_task(please.group("task"), split_owners(please.group("owners")), s.text, s.ctx)
    return None


def _addressed(s: Sentence) -> Found | None:
    addressed = _ADDRESSED.match(s.body)
    if addressed and is_verb(addressed.group("task").split()[0]):
        # "@Sam: pursue a roster update" addresses the task to Sam.
        return found_task(addressed.group("task"), (addressed.group(1),), s.text, s.ctx)
    return None


_FIELD_NAMES = frozenset({"owner", "owners", "assignee", "assignees", "responsible", "lead",
                          "due", "deadline", "status", "task", "action"})


_CONTACT_WHOM = lazy_regex(r"^(?P<verb>ping|chase|contact|remind|nudge|invoice)\s+"
                           r"(?P<rest>(?:for|about|re|regarding)\b.*)$", re.I)
_NOUN_CLAUSE = lazy_regex(r"^[a-z]+\s+of\s+[^,;:]*?\s(?:is|are|was|were|seems?|looks?)\s", re.I)


_NAMED_AFTER = lazy_regex(r"^(?P<task>.+?)\s*\((?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\)$")
_WHO = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"


# Words that open what someone reports, not what they are to do ("Robert: did build profiling
# recently", "Kim: no news yet").
REPORT_START = words("""did didn't was wasn't were weren't had hadn't got is isn't are aren't
no not nothing still just already haven't hasn't""")
