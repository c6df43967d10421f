"""The forms of list lines, checkboxes and marked actions: who after the task ("Export the
docs - @Hans"), names before the task ("Jonas Berg update the notes", "KEL Take Thais off …"),
an imperative in a list of actions, an item reported done, a request to everyone ("please
…", "let's …"), a noun phrase an action mark makes a task.
"""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.model import FollowUp
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    NOT_NAMES,
    ONE,
    OWNERS,
    any_verb,
    everyday_word,
    is_verb,
    split_owners,
    valid_owners,
    verb_at_all,
    words,
)
from digestbot.notes.owners import named_person, opens_with_verb, person_like
from digestbot.notes.sentence import NO_FOLLOW_UP, Found, Sentence, as_found, found_task
from digestbot.notes.status import done_passive, is_done, is_forthcoming
from digestbot.notes.tasks import TRAILING_LINKS, Context
from digestbot.notes.tenses import base_of_ing, joined_verb
from digestbot.notes.trailing import (
    FINITE_SET,
    LEAD_ASIDE,
    PAREN_DONE,
    PROHIBITION,
    REPORTED,
    marked_noun,
    marked_task,
    names_then_verb,
    subject_item,
    trailing_owner,
)
from digestbot.notes.wrappings import HANDLE

_CONFIRMED_DONE = lazy_regex(rf"^{ONE}\s+confirmed\s+that\s+")


_BE_ON_HAND = lazy_regex(r"be\s+(?:available|ready|present|there|on\s+(?:call|hand|site)|"
                        r"responsible|in\s+charge|the\s+(?:point|contact|lead)\b)", re.I)


_PASSIVE_SET = words("was were been has have already")
_PAREN_DONE_BARE = lazy_regex(r"\((?:done|completed?)\)", re.I)


# "Plan for updating section 5:" over the steps: what the list is, not a task.
_PLAN_INTRO = lazy_regex(r"(?:plans?|schedule|timeline|roadmap|proposal)\s+(?:for|of)\b", re.I)


def trailing_owner_forms(s: Sentence) -> Found | None:
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
        or (_names_then_task(s) if s.assigned and s.owner_first and not (
            s.prefixed and s.prefixed.group("who") and ctx.owners) else None)
        or (_bold_names_then_task(s) if ctx.action_section and s.owner_first and
            first in ctx.known else None)
        or (_box_then_owner(s) if ctx.checked is not None and not is_verb(first) and (
            " - " in body or " – " in body or " — " in body or body.endswith((")", "]")))
            else None)
        or (_initials_then_task(s) if s.assigned and body[:2].isupper() else None)
    )


def _with_owners(item: FollowUp | None) -> FollowUp | None:
    return item if item and item.owners else None


def _doing_then_owner(s: Sentence) -> Found | None:
    base = base_of_ing(s.first)
    if base:
        # "Writing the paper in doc/ (Griffin)" in a to-do list: Griffin writes it.
        return _with_owners(trailing_owner(base + s.body[len(s.first):], s.ctx))
    return None


def _agreed_then_owner(s: Sentence) -> Found | None:
    body = s.body
    agree_to = _AGREE_TO.match(body)
    if agree_to is None and body[:4].lower() == "need":
        agree_to = _NEED_TO.match(body)  # "Need to add the docs PR template (@Deane)"
    if agree_to and is_verb(body[agree_to.end():].split()[0]):
        # "Agreed to add doxygen to the PR jobs (Ross)": agreed, and Ross does it.
        return _with_owners(trailing_owner(body[agree_to.end():], s.ctx))
    return None


def _verb_then_owner(s: Sentence) -> Found | None:
    body, ctx, first = s.body, s.ctx, s.first
    if (joined_verb(first) and not TITLE_LABEL.match(body)) or (
            first == "be" and _BE_ON_HAND.match(body)):
        # ("Be available as a floater during the event - Jess": a duty too.)
        return trailing_owner(body, ctx)
    if ctx.action_section and (body.endswith(")") or " - " in body or " – " in body or (
            "@" in body)) and first.isalpha() and verb_at_all(first):
        # "- describe what the survey captured (Ana)", "Export the docs - @Hans" in a to-do
        # list: with its owners in brackets or after a dash, any verb opens a task.
        trailing = trailing_owner(body, ctx)
        if trailing and trailing.owners and len(trailing.task.split()) >= 3 - (
                "@" in body):
            return trailing  # ("Style guide (Mina)" names a thing, not what to do with it)
    return None


def _thing_then_owner(s: Sentence) -> Found | None:
    ctx, first = s.ctx, s.first
    if not is_verb(first) and first.isalpha() and first not in NOT_NAMES:
        # "Budget draft (Ana) - Fri 9th" under "Tasks": a thing to make, who makes it and
        # by when ("NEO survey (Bolin)" without a date is a topic and who presents it).
        trailing = trailing_owner(s.body, ctx)
        if trailing and trailing.owners and (trailing.due or (
                len(trailing.task.split()) >= 3 and all(
                    person_like(o, ctx) for o in trailing.owners))):
            # ("Flyers to advertise the event (Xenia)" under "To-dos": hers to make.)
            return trailing
    return None


def _names_then_task(s: Sentence) -> Found | None:
    body, ctx = s.body, s.ctx
    named = _NAME_VERB.match(body)
    if named and named.group("owners").endswith(("'s", "’s")):
        return None  # "TASK: Ryan's book": whose book, not Ryan to book something
    handle_then = named.group("owners").split() if named and body[:1] == "@" else []
    if len(handle_then) >= 2 and any_verb(handle_then[1].lower()):
        return None  # "@tcr Follow up with Boaz": the handle, then a phrasal verb
    if named and named.group("task").lower().startswith("set") and _ALL_SET.match(body):
        return None  # "All set. (Dan)": ready, no task
    # "@priya @chen pair on the triage": after handles any verb opens the task.
    if named and (joined_verb(named.group("verb")) or _SEE_IF.match(named.group("task")) or (
            body[:1] == "@" and any_verb(named.group("verb")))) and \
            valid_owners(named.group("owners")) and (
            named_person(named.group("owners"), ctx)
            or not (opens_with_verb(named.group("owners"), ctx)  # "Double check X"
                    or (everyday_word(named.group("owners"))  # "Website redesign"
                        and not GROUPS_RE.fullmatch(named.group("owners"))))):
        # Confluence task lists: "Jonas Berg update the release notes template".
        trailing = trailing_owner(body, ctx) if " – " in body or " - " in body or \
            " — " in body else None
        if trailing and trailing.owners:
            return trailing  # "Wireframe design – M.Mabapa & L.Marumo": they design it
        return found_task(named.group("task"), split_owners(named.group("owners")), s.text, ctx)
    return None


def _bold_names_then_task(s: Sentence) -> Found | None:
    capped = names_then_verb(s.body, s.ctx)
    if capped:
        # "- **Matt and Dawn** Add first timer issues": names set in bold, then the task
        # with its verb capitalised.
        return found_task(capped[1], capped[0], s.text, s.ctx)
    return None


def _box_then_owner(s: Sentence) -> Found | None:
    # "[ ] Plate reader protocol, better explanation - Sara": a box is a task, and the
    # name after the dash or in brackets does it.
    trailing = trailing_owner(s.body, s.ctx)
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
        return found_task(task[:1].lower() + task[1:], split_owners(initials.group("owners")),
                     s.text, s.ctx)
    return None


def marked_forms(s: Sentence) -> Found | None:
    """What a list of actions, a checkbox or an action mark makes a task of: a verb in the
    imperative, something reported done or coming, a request, "let's …", a noun phrase."""
    body, ctx, first, prefixed = s.body, s.ctx, s.first, s.prefixed
    return (
        (_marked_order(s) if prefixed and prefixed.group().strip(" :").lower() in (
            "task", "action", "todo") else None)
        or (_owner_doing(s) if ctx.owners and ctx.line_item and first[-3:] == "ing" and len(
            first) > 5 else None)
        or (_order(s) if s.assigned else None)
        or (_marked_nick(s) if prefixed and body[:1].islower() and first.isalnum() else None)
        or (as_found(marked_task(body, s.text, ctx, body.rstrip(" .")[-1:] in ")]" or "[" in body))
            if prefixed and body[:1].islower() and first.isalpha() and first not in NOT_NAMES
            else None)
        or _reported_state(s)
        or (found_task(body, ctx.owners, s.text, ctx) if prefixed and prefixed.group("who") and
            ctx.owners and len(body.split()) >= 2 and body[-1:] != "?" else None)
        or (_please_all(s) if "please" in s.vocab or "kindly" in s.vocab else None)
        or (_lets_do(s) if "et" in body and body[-1:] != "?" else None)
        or (_marked_noun_task(s) if prefixed and body[-1:] != "?" and len(body.split()) >= 2
            else None)
        or (_handles_then_thing(s) if body[:1] == "@" and ctx.action_section and ctx.line_item
            else None)
    )


def _marked_nick(s: Sentence) -> Found | None:
    nick = _NICK_VERB.match(s.body)
    if nick and is_verb(nick.group("verb")) and not any(
            verb_at_all(w) or everyday_word(w) or w in NOT_NAMES
            for w in re.findall(r"[a-z]+", nick.group("nicks").lower()) if w != "and"):
        # "#action asmith review the patch series", "ACTION: jdoe, bwong fix the gate": an
        # IRC nick, then the order (no "to" between them).
        task = nick.group("task")
        return found_task(task, split_owners(nick.group("nicks")), s.text, s.ctx)
    return None


_NICK_VERB = lazy_regex(rf"^(?P<nicks>{HANDLE}(?:\s*(?:,|&|\band\b)\s*{HANDLE})*)\s+"
                        r"(?P<task>(?P<verb>[a-z]+)\s+\S.*)$")


def _marked_order(s: Sentence) -> Found | None:
    body = s.body
    if verb_at_all(s.first) and not PROHIBITION.match(body):
        # "Task: Lay out a first budget", "Action code PR [SM / RP] DONE".
        return as_found(marked_task(body, s.text, s.ctx, "[" in body or body.endswith(")")))
    return None


def _owner_doing(s: Sentence) -> Found | None:
    base = base_of_ing(s.first)
    if base and is_verb(base):
        # "### Anjana" / "- Fixing test_user_service on Friday": her plan, in the progressive.
        return found_task(base + s.body[len(s.first):], s.ctx.owners, s.text, s.ctx)
    return None


def _order(s: Sentence) -> Found | None:
    body, ctx, first = s.body, s.ctx, s.first
    if (is_verb(first) or _SEE_IF.match(body) or _any_verb_step(first, body, ctx)) \
            and not PROHIBITION.match(body) and not (body[-1] == ":" and _PLAN_INTRO.match(body)) \
            and not (ctx.checked is not None and _NAMED_LABEL.match(body) and named_person(
                body.split(":", 1)[0], ctx)):
        # (Not "[ ] Ray: Groceries for …": a person the notes name labels the box.)
        # (A checkbox, or a plain line of a list of actions: any English verb opens a task
        # there, "Integrate the map view"; not "Best wishes" or "See https://…".)
        return found_task(body, ctx.owners, s.text, ctx)
    return None


def _reported_state(s: Sentence) -> Found | None:
    """An item reported done or forthcoming: its subject is the task."""
    body, ctx = s.body, s.ctx
    # (Both bracket patterns need "done" or "complete", in any case.)
    if is_forthcoming(body) or (is_done(body) and s.listed) or ("(" in body and (
            "done" in (low := body.lower()) or "complete" in low) and (
            _PAREN_DONE_BARE.search(body) or PAREN_DONE.search(body))):
        return as_found(subject_item(body, ctx))
    if s.owner_first and not s.vocab.isdisjoint(_PASSIVE_SET) and (
            ctx.action_section or _CONFIRMED_DONE.match(body)) and done_passive(
            REPORTED.sub("", body)):
        return as_found(subject_item(body, replace(ctx, checked=True), whole=True))
    return None


def _please_all(s: Sentence) -> Found | None:
    body = s.body
    asked = _PLEASE_ALL.search(body)
    verb = asked.group("verb").removeprefix("re-") if asked else ""  # "please re-review …"
    if asked and any_verb(verb) and verb not in _STANDING and \
            len(asked.group("task").split()) >= 3 and not _INVITED.search(body):
        # "Reminder: please sign up to chair a meeting", "If you spoke, please send your
        # points to the list": a request to everyone at the meeting ("please keep the doors
        # shut", "please note …" ask for no task, "if you would like to help, please …"
        # invites, "please take a moment to …" is politeness).
        task = asked.group("task")
        if _SEE_LINK.match(task):
            return NO_FOLLOW_UP  # "please look at https://…": a reading list, no task
        if task.endswith(")") and task.count(")") > task.count("("):
            task = task[:-1]  # "(Radu - please correct this note)": the aside ends
        addressed = _ASKED_OF.search(body[:asked.start()]) if asked.start() else None
        owners = s.ctx.owners
        if addressed and valid_owners(
                addressed.group("who")) and person_like(addressed.group("who"), s.ctx):
            # "Radu - please correct this note", "(Ana, kindly send the slides)": asked of
            # the one addressed.
            owners = split_owners(addressed.group("who"))
        return found_task(task, owners, s.text, s.ctx)
    return None


def _lets_do(s: Sentence) -> Found | None:
    lets = _LETS_DO.search(s.body)
    if lets and is_verb(lets.group("verb").lower()) and lets.group(
            "verb").lower() not in _LETS_TALK and len(lets.group("task").split()) >= 2:
        # "Redline from the lawyer came in, let's review and give comments online": what
        # the meeting sets itself to do, no one named.
        return found_task(lets.group("task"), s.ctx.owners, s.text, s.ctx)
    return None


def _marked_noun_task(s: Sentence) -> Found | None:
    prefixed = s.prefixed
    if prefixed and _MARK_WORD.fullmatch(prefixed.group().strip(" :-–—*_[]").lower()) and \
            not _POINTS_ELSEWHERE.search(s.body):
        # "TASK: Lindsey: Common framework for a case history", "ACTION: Website refresh
        # (Mia)", "TASK: DAG per Chris, Shean": the mark makes a noun phrase a task.
        return as_found(marked_noun(s.body, s.text, s.ctx))
    return None


def _handles_then_thing(s: Sentence) -> Found | None:
    handled = _HANDLES_THEN_THING.match(s.body)
    if handled and len(handled.group("thing").split()) >= 2:
        # "- @cramertj inline unit tests" under "## Action items": a chat handle, then the
        # work it takes on, named without a verb.
        who = tuple(h.lstrip("@") for h in _AT_HANDLE.findall(handled.group("who")))
        return found_task(handled.group("thing"), who, s.text, s.ctx)
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


# Three words or more, no link, label or bracket: "Integrate the map view" ("Style guide
# (Mina)" is a topic and who presents it).
_PLAIN_STEP = lazy_regex(r"^[A-Za-z]+(?:\s+(?!\S*://)[^\s:()]+){2,}\s*\.?$")
_POINTERS_NOT_STEPS = frozenset(("see", "note", "thanks", "thank", "best", "welcome", "cheers"))


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
        body = TRAILING_LINKS.sub("", body)  # "Leave feedback on this issue: https://…"
    if body[-1:] == ")":
        body = LEAD_ASIDE.sub("", body)  # "Search for datasets (code, languages)"
    if first in _POINTERS_NOT_STEPS or not (any_verb(first) or _CONTINUE_STEP.match(
            body)) or not _PLAIN_STEP.match(body):
        return False
    words_ = body.split()
    if words_[1].lower() in FINITE_SET:
        return False  # "Rob is working on the slides": a name and a clause, not "rob"
    if words_[1].lower() in _STEP_LINKS:
        return True  # "Search for surveys on SAEs": what follows "for" is its object
    third = words_[2].lower()
    return third not in FINITE_SET and not (third.endswith("s") and not third.endswith("ss")
                                         and any_verb(third[:-1]))


_NAMED_LABEL = lazy_regex(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?:\s")


_SEE_LINK = lazy_regex(r"(?i:look\s+at|see|have\s+a\s+look\s+at|check\s+out)\s+https?://\S+"
                       r"\s*(?:\(.*\))?\W*$")
# The one a request is addressed to, just before its "please": "Radu - please …".
_ASKED_OF = lazy_regex(r"(?:^|[(.;]\s*)(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s*$")
_PLEASE_ALL = lazy_regex(r"(?:^|[,;:!]\s+|\s[-–—]\s+)(?i:please|kindly)\s+"
                         r"(?P<task>(?P<verb>(?:re-)?[a-z]+)\s+"
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


# "Open Discussion: …", "Review Process: …": a title-case label opens the line, its first
# word is no imperative.
TITLE_LABEL = lazy_regex(r"^[A-Z][a-z'-]+(?:\s+[A-Z][\w'-]*){1,3}:\s")


_SEE_IF = lazy_regex(r"see\s+(?:if|whether)\s", re.I)  # "ML see if there is scope": find out


_INITIALS_VERB = lazy_regex(r"^(?P<owners>[A-Z]{2,4}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,4})*)\s+"
                            r"(?P<task>(?P<verb>[A-Z][a-z]+)\b.*)$")


_ALL_SET = lazy_regex(r"^(?:all|we're all|we are all)\s+set\b\W*(?:\(|$)", re.I)
_NAME_VERB = lazy_regex(rf"^{OWNERS}\s+(?P<task>(?P<verb>[a-z]+(?:-[a-z]+)?)\b(?!:).*)$")


_NEED_TO = lazy_regex(r"^needs?\s+to\s+(?=[a-z])", re.I)
_AGREE_TO = lazy_regex(r"^(?:we\s+|all\s+)?(?:agreed?|decided)\s+to\s+(?=[a-z])", re.I)
