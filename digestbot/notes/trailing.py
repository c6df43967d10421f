"""Owners named after the task ("Sign the letter (Fatima, by 12 July)", "Look into X –
Helen", "Update X @Ola Jan 20", "… <- Amanieu", "signup bug → fixed by @li"), items reported
done or forthcoming, and the things a checkbox names without a verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.model import FollowUp
from digestbot.notes.dates import find_dates, find_due, strip_due
from digestbot.notes.inline import split_sentences
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    NOT_NAMES,
    ONE,
    OWNERS,
    OWNERS_RE,
    any_verb,
    dictionary_word,
    everyday_word,
    is_verb,
    split_owners,
    valid_owners,
    verb_at_all,
    words,
)
from digestbot.notes.owners import named_person, person_like
from digestbot.notes.sentence import NO_FOLLOW_UP, Found, as_found
from digestbot.notes.status import is_done, is_forthcoming, unmarked
from digestbot.notes.tasks import WORD_RE, Context, make_follow_up
from digestbot.notes.tenses import PASSIVE, base_of_ing, base_of_past

# "(Urgent)", "(Carried unanimously)": asides after a sentence that name no one.
NOT_WHO = lazy_regex(r"(?:urgent|optional|carried|unanimous|approved|pending|ongoing|open|"
                      r"closed|priority|high|low|medium|see|cf|tbc|tbd|draft|new|update|"
                      r"in progress|on hold|deferred|postponed)\b", re.I)


def subject_item(text: str, ctx: Context, *, whole: bool = False) -> FollowUp | None:
    """An owner-less item reported done or forthcoming: its subject is the task (with
    the rest of the clause when `whole`: "statement sent to the co-facilitators")."""
    owners = ctx.owners
    source = text
    reported = REPORTED.match(text)
    if reported:
        text = text[reported.end():]
        if whole and valid_owners(reported.group(1)):
            owners = owners or split_owners(reported.group(1))  # "X confirmed that … was sent"
    text = _LEADING_MARK.sub("", text)
    if text[:1] == "(":
        text = _LEADING_DONE.sub("", text)  # "(DONE, added to the wiki) Set up office hours"
    paren = PAREN_DONE.search(text)
    if paren and valid_owners(paren.group("owners")):
        owners = owners or split_owners(paren.group("owners"))  # "Padlock fitted (Rob - done)"
    agent = _BY_AGENT.search(unmarked(text))
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
    if participle and (ctx.checked or is_done(text)):
        subject = f"{subject} {participle.group(1)}"
        if whole and verb:
            rest = text[verb.end() + participle.end():]
            subject += _WHEN_DONE.sub("", _NEXT_CLAUSE.split(rest, maxsplit=1)[0])
    elif bare and not participle and not (
            is_forthcoming(text) or _verb_in(_STATUS_REF.sub("", subject))):
        # "Linkset <link> (done, ready to advance?)": in discussion notes a thing reported
        # done, with neither a verb nor who did it, is a status, not a task.
        return None
    subject = re.sub(r"^(?:an?|the)\s+", "", subject.strip(), flags=re.I)
    if len(subject.split()) > 20:
        subject = subject.split(", ", 1)[0]  # "Set up office hours, so people will …"
    if len(subject.split()) > 20:
        return None
    return make_follow_up(subject, owners, source, ctx)


_NEXT_CLAUSE = lazy_regex(r",\s+(?:and|but|so|while)\s|;\s")
_STATUS_REF = lazy_regex(r"#\d+\b|https?://\S+")


def _verb_in(subject: str) -> bool:
    """Whether a reported thing opens with a verb or ends with a participle or an action
    noun ("Fridge repair", "X updated")."""
    words_ = subject.lower().split()
    return bool(words_) and (is_verb(words_[0]) or words_[-1] in PASSIVE
                             or words_[-1].endswith("ed") or is_verb(words_[-1]))


_LEADING_DONE = lazy_regex(r"^\((?:done|completed?|finished)\b[^)]*\)\s*", re.I)
_LEADING_MARK = lazy_regex(r"^(?::[a-z_+0-9]+:\s*|[✅✔☑]\s*)+")
PAREN_DONE = lazy_regex(rf"\(\s*{OWNERS}\s*[-–—:,]\s*(?:done|completed?)\s*\)", re.I)
_BY_AGENT = lazy_regex(rf"\s+by\s+(?P<owners>@[\w.-]+|{ONE})\s*[.;]?\s*$")
_WHEN_DONE = lazy_regex(r"\s*\b(?:(?:last|this|earlier this)\s+(?:week|month)|yesterday|"
                        r"earlier|recently|already|today|on\s+\d{1,2}\s+\w+)\b", re.I)


REPORTED = lazy_regex(rf"^({ONE})\s+(?:confirmed|reported|said|noted|announced|mentioned)\s+"
                       r"(?:that\s+)?")


OWNER_LABEL = lazy_regex(rf"^{OWNERS}\s*:\s+(?=\S)")


_NAME_THEN_TASK = lazy_regex(rf"^{OWNERS}\s*:\s+(?P<task>\S.*)$")
_PER_NAMES = lazy_regex(rf"\s+(?:per|by|for)\s+{OWNERS}\s*\.?$")


def marked_noun(body: str, text: str, ctx: Context) -> FollowUp | None:
    """The task an action mark gives when what follows names no verb: its owner from a
    "Name:" label, "per Name", or the name in brackets or after a dash at its end."""
    label = _NAME_THEN_TASK.match(body)
    if label and valid_owners(label.group("owners")) and all(
            person_like(o, ctx) for o in split_owners(label.group("owners"))):
        return make_follow_up(label.group("task"), split_owners(label.group("owners")), text, ctx)
    per = _PER_NAMES.search(body) if " per " in body else None
    if per and valid_owners(per.group("owners")):
        return make_follow_up(body[:per.start()], split_owners(per.group("owners")), text, ctx)
    trailing = trailing_owner(body, ctx)
    if trailing and trailing.owners:
        return trailing
    return make_follow_up(body, ctx.owners, text, ctx)


FINITE_SET = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would",
                         "can"))


_NO_ACTION = lazy_regex(r"^(?:none|n/?a|nothing|no\s+(?:new\s+|open\s+)?(?:actions?|items?|"
                        r"updates?)|tbd|tba)\b", re.I)


_BOX_THING = lazy_regex(r"^[A-Za-z][\w'’-]*(?:\s+\S+){1,24}$")


def box_thing(text: str, ctx: Context) -> list[FollowUp]:
    """A checkbox of a to-do list, or an item of a list of actions, that names a thing to
    do without a verb ("- [ ] Dictionary access to energy objects" among "- [ ] Create …",
    "Action points: - Admin functionality for the back-end team"): the item is the task.
    The caller knows the list is one of tasks."""
    body, owners = text.strip(), ctx.owners
    label = OWNER_LABEL.match(body) if ":" in body else None
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
    agent = _BY_AGENT.search(body) if not owners and " by " in body else None
    if agent and valid_owners(agent.group("owners")) and not find_dates(
            agent.group("owners")) and (agent.group("owners")[:1] == "@" or all(
                person_like(o, ctx) for o in split_owners(agent.group("owners")))):
        # "- Slides sent by Alice": the thing done, and who did it.
        body, owners = body[:agent.start()], split_owners(agent.group("owners"))
    first = body.split(maxsplit=1)[0]
    base = base_of_ing(first.lower(), any_verb) if first.endswith("ing") and len(first) > 5 \
        else ""
    if base:
        body = base + body[len(first):]  # "Retrieving the data from the database"
    past = base_of_past(first.lower()) if first[-2:] == "ed" and len(first) > 4 and \
        ctx.checked is None else ""
    if past:
        # "Added to Anthropic, OpenRouter" among the actions: reported done.
        body = past[:1].upper() + past[1:] + body[len(first):]
        ctx = replace(ctx, checked=True)
    item = make_follow_up(body, owners, body, ctx)
    return [item] if item else []


def as_object(subject: str) -> str:
    """A sentence's subject as the object of a task: "The survey" -> "the survey"; an
    acronym or a capitalised name keeps its capital ("IPFS", "MyListings")."""
    return subject if subject[1:2].isupper() else subject[:1].lower() + subject[1:]


def _box_thing(body: str) -> bool:
    """Whether a checkbox's text (with no colon: no label, no link) may be a thing to do:
    two words or more, no question, no names alone (an attendance list), no clause."""
    if body[-1:] == "?" or not _BOX_THING.match(body):
        return False
    if OWNERS_RE.fullmatch(body) and valid_owners(body):
        return False  # "[x] Haoyan Wan": who came
    # A clause is no noun phrase: "People can add to it with PRs", "Do not delete it",
    # "Someone should write a guide", "No info on the web, but others said 90 days".
    return _CLAUSE_SET.isdisjoint(WORD_RE.findall(body.lower())) and not PROHIBITION.match(
        body)


_CLAUSE_SET = FINITE_SET | words("""should must could might may shall 'll said says say need
needs we i they you he she it's there no not""")


def marked_task(body: str, text: str, ctx: Context, bracketed: bool) -> FollowUp | None:
    """A task its action mark vouches for, owned by the name in brackets at its end
    ("… [SM / RP] DONE", "… (Ana)") if there is one, else by the context's owners."""
    trailing = trailing_owner(body, ctx) if bracketed else None
    return trailing if trailing and trailing.owners else make_follow_up(body, ctx.owners, text, ctx)


_BRACKET_STATUS = lazy_regex(r"(?::\s*(?:TODO|DONE|WIP)\s*(?=\[)|\]\s*#?\s*(?:(?:DONE|TODO|WIP|"
                             r"IN PROGRESS|ONGOING)\b.*)?$)")


_FIELD_LINE = lazy_regex(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}\s*:\s*[\d(]")


PROHIBITION = lazy_regex(r"(?:do\s+not|don't|never)\b", re.I)  # "Do not mention it yet"
_ARROW_TASK = lazy_regex(r"^(?P<context>.+?)\s*(?:→|->|=>)\s*(?P<who>@[\w.-]*\w)\s+(?:to\s+)?"
                         r"(?P<task>[a-z][\w'-]*\b.*)$")
_ARROW_OWNER = lazy_regex(rf"^(?P<topic>.+?)\s*(?:→|->|=>)\s*{OWNERS}\s*[.!]?$")
LEAD_ASIDE = lazy_regex(r"\s*\([^()]*\)\s*$")  # "(Moritz)": who led the item
_ARROW_DONE = lazy_regex(r"^(?P<context>.+?)\s*(?:→|->|=>)\s*(?P<verb>[a-z]+ed|sent|done|written|"
                         r"made|built|paid)\s+by\s+(?P<who>@[\w.-]*\w)\b")


_BACK_ARROW = lazy_regex(rf"^(?P<task>[A-Za-z].*?)[\s.;:]*(?:<-+|←)\s*{OWNERS}\s*[.!]?$")


def arrow_item(body: str, ctx: Context) -> FollowUp | None:
    """Start-up notes: "checklist copy confusing → @devon rewrite it by Thu", "signup bug →
    fixed by @li" (done). A bare verb ("→ @maya ask her") keeps what it is about. A topic
    passed on to someone: "data visualization (Moritz) => Changbin/Alessandro"."""
    done = _ARROW_DONE.match(body)
    if done:
        task = f"{done.group('context')} {done.group('verb')}"
        return make_follow_up(task, (done.group("who").lstrip("@"),), body,
                              replace(ctx, checked=True))
    back = _BACK_ARROW.match(body) if "<-" in body or "←" in body else None
    if back and valid_owners(back.group("owners")) and verb_at_all(
            back.group("task").split()[0].lower()):
        # "Seal CommandExt after the crater run. <- Amanieu": the arrow points at who does it.
        task = back.group("task")
        return make_follow_up(task, split_owners(back.group("owners")), task, ctx)
    passed = _ARROW_OWNER.match(body)
    if passed and valid_owners(passed.group("owners")):
        topic = LEAD_ASIDE.sub("", passed.group("topic")).strip(" .:;-")
        if not topic:
            return None
        return make_follow_up(topic, split_owners(passed.group("owners")), topic, ctx)
    match = _ARROW_TASK.match(body)
    if not match or not is_verb(match.group("task").split()[0].lower()):
        return None
    task = match.group("task")
    if len(task.split()) <= 3:
        context = match.group("context").strip(" .:;?")
        due = find_due(context, ctx.ref)
        context = " ".join((strip_due(context, due) if due else context).split())
        task = f"{task} ({context})"
    return make_follow_up(task, (match.group("who").lstrip("@"),), task, ctx)


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


# (Not "Bulletin board redesign: collect photos": a verb before a colon is a label's noun.)
def names_then_verb(body: str, ctx: Context) -> tuple[tuple[str, ...], str] | None:
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


def trailing_owner(body: str, ctx: Context) -> FollowUp | None:
    """ "Sign the letter (Fatima, by 12 July)", "Look into X – Helen", "Update X @Ola Jan 20"."""
    core = unmarked(body).strip(" .;—–-")
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
    found = (_handles_after(core, body, ctx) if "@" in core else None) or _named_after(
        core, body, ctx)
    if found:
        return found if isinstance(found, FollowUp) else None
    return _owner_in_words(core, body, ctx) if core.endswith(")") else None


def _handles_after(core: str, body: str, ctx: Context) -> Found | None:
    """ "Add the stories - @Tasneem, @Hans", "Sync up between @ann and @bo on …" (not "Connect
    with @sam re …": whom)."""
    mention = _MENTION_OWNER.match(core)
    before = core[:core.find("@")].rstrip().rpartition(" ")[2].lower() if mention else ""
    if before in ("between", "among"):
        # "Sync up between @ann, @bo and @cy on …": the people named do it together.
        owners = tuple(dict.fromkeys(re.findall(r"@([\w.-]*\w)", core)))
        return as_found(make_follow_up(_HANDLES_AFTER.sub("", core), owners, body, ctx))
    if before in _BEFORE_OBJECT:
        # "Connect with @sam re …": whom, not who.
        return as_found(make_follow_up(core, ctx.owners, body, ctx))
    if mention and len(mention.group("task").split()) >= 2 and not mention.group(
            "task").endswith(":"):
        # "Add the stories - @Tasneem, @Hans, @Bruno": each handle named.
        who = (mention.group("who"), *re.findall(r"@([\w.-]*\w)", mention.group("more")))
        item = make_follow_up(mention.group("task"), who, body, ctx)
        if item and mention.group("due"):
            due = find_due(mention.group("due"), ctx.ref, field=True)
            if due:
                item = replace(item, due=due.date)
        return as_found(item)
    return None


def _named_after(core: str, body: str, ctx: Context) -> Found | None:
    """Owners in brackets, square brackets or after a dash at the end, and a due date with
    them: "Sign the letter (Fatima, by 12 July)", "Look into X – Helen"."""
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
                and not NOT_WHO.match(after):
            continue  # "Finish the parser (Retries, linked list, etc.)": a list of things
        if len(owners) == 1 and owners[0].lower() in _MONTH_NAMES and \
                owners[0].lower() not in ctx.known:  # April in the attendance is a person
            return _month_after(match.group("task"), owners[0], body, ctx)
        if marks == "-–—" and not ctx.action_section and ctx.usage and ctx.usage.as_line(
                match.group("task")):
            # "Welcome new members - Ana" where the agenda template lists "Welcome new
            # members": a standing item, and the name is who came or who presented.
            return NO_FOLLOW_UP
        # Outside a list of actions, "(Ben)" may be a speaker or an example; in one, and
        # for roles ("(Chair)"), it is who does the task even when not in the attendance.
        if ctx.known and not ctx.action_section and not all(
                o.split()[0].lower() in ctx.known or GROUPS_RE.match(o) for o in owners):
            continue
        item = make_follow_up(match.group("task"), owners, body, ctx)
        due_text = match.groupdict().get("due") or match.groupdict().get("due2")
        if item and due_text:
            due = find_due(due_text, ctx.ref, field=True)
            if due:
                item = replace(item, due=due.date)
        return as_found(item)
    return None


def _month_after(task: str, month: str, body: str, ctx: Context) -> Found:
    """ "Finish the audit (April)": when, not who; "Review of the lease (April)" is a
    topic."""
    if re.match(r"\w+\s+(?:of|on)\b", task):
        return NO_FOLLOW_UP
    item = make_follow_up(task, (), body, ctx)
    due = find_due(f"in {month}", ctx.ref, field=True)
    return as_found(replace(item, due=due.date) if item and due and not item.due else item)


def _owner_in_words(core: str, body: str, ctx: Context) -> FollowUp | None:
    """ "start a list of resources (ashley to start)", "Link the examples (anders)": who, in
    brackets, said in words or in lower case."""
    leads = _PAREN_LEADS.match(core)
    leader = leads.group("who") if leads else ""
    if leads and ((leader[:1].isupper() and valid_owners(leader)) or (
            ctx.usage is not None and all(ctx.usage.as_name(w) for w in split_owners(leader)))):
        # "start a list of resources (ashley to start)": who takes the task on.
        owners = tuple(w[:1].upper() + w[1:] for w in split_owners(leader))
        return make_follow_up(leads.group("task"), owners, body, ctx)
    lower = _LOWER_NAME_PAREN.match(core) if ctx.usage else None
    if lower and ctx.usage and (ctx.usage.as_name(lower.group("who")) or re.search(
            rf"\(\s*{lower.group('who').capitalize()}\s*[),]", ctx.usage.text)) and not (
            lower.group("who") in NOT_NAMES or any_verb(lower.group("who"))):
        # "Link the examples from the README (anders)": a name the notes capitalise
        # elsewhere ("Design proposal (Anders)"), typed in lower case.
        return make_follow_up(lower.group("task"), (lower.group("who"),), body, ctx)
    return None


_REMARK_BEFORE_WHO = lazy_regex(r"\s*\([a-z][^()]{2,79}\)(?=\s*\([^()]{2,40}\)$)")
_PAREN_LEADS = lazy_regex(r"^(?P<task>.+?)\s*\((?P<who>[A-Za-z][\w'-]+(?:\s*(?:,|and|&)\s*"
                          r"[A-Za-z][\w'-]+)*)\s+(?:to|will|'ll)\s+(?:start|begin|lead|own|"
                          r"(?:do|own|take|handle)\s+(?:it|this|that))\)$")
_LOWER_NAME_PAREN = lazy_regex(r"^(?P<task>.+?)\s*\((?P<who>[a-z][a-z'-]{2,20})\)$")
