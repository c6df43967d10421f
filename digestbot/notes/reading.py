"""One sentence -> its follow-up: the line's wrappings undone (fields with a date, a date
stamp, a leader, marks, labels, brackets), then the forms tried in order; the first that
applies decides, so the order is part of the rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.model import FollowUp
from digestbot.notes.dates import find_dates, find_due, resolve
from digestbot.notes.labels import REPORT_START, labelled_forms
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    OWNERS,
    any_verb,
    is_verb,
    split_owners,
    valid_owners,
    verb_at_all,
)
from digestbot.notes.lineforms import marked_forms, trailing_owner_forms
from digestbot.notes.owned import PRONOUN, asked_forms, owner_forms
from digestbot.notes.owners import META_LABEL, OFFICE, may_need, person_like
from digestbot.notes.plans import NOT_YET, WE_WILL, passive_forms, plan_forms, speaker_forms
from digestbot.notes.rewrites import move_due_phrases
from digestbot.notes.sentence import (
    NO_FOLLOW_UP,
    Found,
    Sentence,
    as_found,
    found_task,
    opening_word,
)
from digestbot.notes.status import is_done
from digestbot.notes.tasks import Context, quoted, status_of
from digestbot.notes.tenses import base_of_ing
from digestbot.notes.trailing import subject_item
from digestbot.notes.wrappings import (
    ACTION_PREFIX,
    OWNED,
    PAREN_START,
    PREFIX_STARTS,
    action_mark,
    after_brackets,
    after_mark,
    bracketed_owners,
    decided_duty,
    fielded_item,
    has_cue,
    read_body,
    relabelled,
    unmarked_body,
    unwrapped,
    whole_date,
)

# "Done: the press release was sent", "[DONE] Ana to book the hall".
_DONE_PREFIX = lazy_regex(r"^(?:(?:done|completed|finished|closed)\s*[:\-–—]|"
                          r"\[(?:done|completed|finished|closed)\]\s*[:\-–—]?)\s*", re.I)
_NON_ACTION = lazy_regex(r"^(?:decision|decided|resolved|agreed|outcome|conclusion|note|fyi|"
                         r"question|q|consensus)\s*[:\-–]", re.I)


# A line opening "Update on the venue (Ana)", "[CAM] Quick update on …" names a report
# someone gives at this meeting: the noun ("Ana to update on Gitbook" is the verb).
_UPDATE_ON = lazy_regex(r"^(?:\[[^\]]{1,30}\]\s*)?(?:(?:quick|brief|short|general|status|"
                        r"progress)\s+)?updates?\s+(?:on|from|about|regarding|re)\b", re.I)


_IDEA_LABEL = lazy_regex(r"^[^:]{0,40}\b(?:idea|ideas|thought|thoughts|wish|brainstorm(?:ing)?)"
                         r"\b[\"'”’]?\s*:", re.I)
_IS_THE_GOAL = lazy_regex(r"\s(?:is|are|was|were)\s+(?:the|a|an|our)\s+(?:[a-z]+\s+)?(?:goal|aim|"
                          r"priority|objective|idea|plan)s?\b")


_THAT_CLAUSE = lazy_regex(r"\b(?:that|whether)\s")
_RUNS_THE_CALL = lazy_regex(r"^(?:start|open|begin|launch)\s+(?:the\s+)?(?!next\b)(?:[\w-]+\s+)?"
                            r"(?:call|chat|bridge|dial-in)\b", re.I)


_ON_IT = lazy_regex(rf"^(?P<task>[^:;]{{3,120}}?)\s*[:\-–—,]?\s+{OWNERS}\s+(?:is|are|will\s+be)\s+"
                   r"(?:on|working\s+(?:on|in)|doing|handling|looking\s+(?:at|into)|"
                   r"taking(?:\s+care\s+of)?)\s+(?:this|that)\s*[.!]?$")
_TASK_THEN_NAMES = lazy_regex(rf"^(?P<task>[^:]{{2,60}}?)\s*:\s*{OWNERS}\s*\.?$")


_LEADING_ASIDE = lazy_regex(r"^\((?P<aside>[^()]{3,80})\)\s*(?P<rest>[A-Za-z].*)$")


_AGREED_WE = lazy_regex(r"^[^.;:]{0,160}?\b(?:agreed|decided|resolved)\s+(?:that\s+)?we\s+"
                        r"(?:should|would|will|shall|are\s+going\s+to)\s+(?=[a-z])", re.I)


# "… (led by Ana)", "… (lead by Iñigo)"; "… (Ulises lead)": who leads the work.
_NAMES_IN_BRACKETS = r"[A-Z][\w'-]+(?:\s*(?:,|and|&)\s*[A-Z][\w'-]+)*"
_LEADER = lazy_regex(rf"^(?P<task>[^()]+?)\s*\((?:(?:led|lead|owned|driven|coordinated)\s+by\s+"
                     rf"(?P<by>{_NAMES_IN_BRACKETS})|(?P<who>{_NAMES_IN_BRACKETS})\s+"
                     r"(?:leads?|leading|owns?|owning|owner))\)$")
_DATE_STAMP = lazy_regex(r"^(?P<when>\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
                         r"\s*[-–:]?\s+(?=[(@\w])")


_DASH_FIELD = lazy_regex(r"\s+[-–—]\s+")  # between the fields of a list item


_OWNER_TO = lazy_regex(rf"^{OWNERS}\s+to\s+[a-z]+\b(?!\s+(?:or\s+not|yet)\b)")


_TOPIC = lazy_regex(r"^(?P<label>[A-Z][\w'-]*(?:\s+[\w'-]+){0,3})\s*:\s+(?P<rest>[A-Z@].+)$")


def sentence_follow_up(text: str, ctx: Context) -> FollowUp | None:
    """The follow-up one sentence or list item gives, if any."""
    topic = _TOPIC.match(text.strip()) if ":" in text else None
    if topic and not (META_LABEL.match(text) or ACTION_PREFIX.match(text)
                      or _NON_ACTION.match(text) or _DONE_PREFIX.match(text)):
        # "Tickets: Jonas will set up the shop": a topic label before an owned task.
        rest = topic.group("rest")
        owned = OWNED.match(rest)
        if owned and valid_owners(owned.group("owners")) and owned.group("aux").split()[0] in (
                "will", "shall", "to", "'ll"):
            item = _follow_up(rest, ctx)
            if item:
                label = topic.group("label")
                label = "the " + label[:1].lower() + label[1:]
                task = PRONOUN.sub(label, item.task, count=1)
                return FollowUp(task, item.owners, item.due, item.status)  # a new id
        elif " yet " in rest and NOT_YET.match(rest):
            # "Footpath 12: Cllr Baker has not yet contacted the landowner": still open.
            item = _follow_up(rest, ctx)
            if item:
                return item
    if ":" in text and _IDEA_LABEL.match(text):  # (every match ends with a colon)
        return None  # "Release idea: get both source and build in one archive"
    item = _follow_up(text, ctx)
    if item and not ctx.action_section and _RUNS_THE_CALL.match(item.task):
        return None  # "MartinO to start the conference call": who runs this very meeting
    goal = _IS_THE_GOAL.search(item.task) if item else None
    if item and goal and not _THAT_CLAUSE.search(item.task, 0, goal.start()) and not (
            quoted(item.task, goal.start())):  # (nor a quotation's '"… a priority"')
        # "X to validate Y is the first goal": names a goal, assigns nothing ("Add to the
        # plan that Y is a goal" still asks for something).
        return None
    if item and item.owners and _TAKE_UP_LATER.match(item.task) and all(
            GROUPS_RE.fullmatch(o) and not OFFICE.match(o) for o in item.owners):
        return None  # "The committee will discuss this at the next meeting": a future topic
    if item and item.owners and _MEETS_AGAIN.match(item.task) and all(
            GROUPS_RE.fullmatch(o) for o in item.owners):
        return None  # "The group will meet again on 3 June": the next meeting, no task
    return item


_TAKE_UP_LATER = lazy_regex(r"^(?:discuss|consider|revisit|debate|return\s+to|come\s+back\s+to)"
                            r"\s+(?:this|it|that|the\s+(?:matter|issue|item|question|proposal))"
                            r"(?:\s+(?:further|again))?(?:\s+(?:at|in|during)\b.*)?$", re.I)


_MEETS_AGAIN = lazy_regex(r"^(?:meet|reconvene|convene)(?:\s+again|\s+next)?"
                          r"(?:\s+(?:on|in|at|after|before|next)\b.*)?$", re.I)


_UPDATE_STARTS = frozenset("[UuQqBbSsGgPp")
_REMINDER = lazy_regex(r"^(?:(?:please|pls)\s+)?(?:remember|don['’]?t\s+forget|do\s+not\s+forget|"
                       r"make\s+sure|be\s+sure|reminder)(?:\s*:\s*|\s+to\s+|"
                       r"\s+(?:that\s+)?(?:we|you|to)\s+)(?=[a-z])", re.I)
# A time ahead that a plan may open with: "next week", "for the next meeting", "this month".
_WHEN_AHEAD = (r"(?:(?:for|by|before)\s+)?(?:the\s+)?(?:next|this|the\s+coming)\s+"
               r"(?:week|month|meeting|call|session|time)")
# "Next: …", "Next up: …", "Plans: …", "To do: …" on a line of a person's stand-up; "Next
# week: …", "Tomorrow, …".
_PLAN_LABEL = lazy_regex(r"(?:(?:next|next up|up next|next steps?|plans?|planned|to-?dos?|to do|"
                         rf"upcoming)\s*:|(?P<when>(?:(?:goals?|tasks?|aims?|objectives?|homework|"
                         rf"plans?|to-?dos?)\s+)?{_WHEN_AHEAD}|tomorrow|"
                         r"(?:mon|tues|wednes|thurs|fri)day)\s*[:,])\s*", re.I)
_ASK_ALL = lazy_regex(r"^(?:(?:could|can|would|will)\s+(?:(?P<all>you\s+all|y'all|everyone|"
                      r"everybody|all\s+of\s+you)|you)|it\s+would\s+be\s+(?:great|good|nice|"
                      r"helpful|appreciated)\s+if\s+(?:you|everyone|everybody)(?:\s+all)?\s+could)"
                      r"\s+(?:please\s+)?(?P<task>[a-z].*)$", re.I)
_WE_PLAN = lazy_regex(r"(?:we|the\s+group|the\s+team)\s+(?:should|will|shall|need\s+to|"
                      r"are\s+going\s+to|plan\s+to|want\s+to)\s+(?=[a-z])", re.I)
_PLAN_STARTS = frozenset("NnUuPpTtFfBbMmWwGgAaOoHh")  # what every _PLAN_LABEL match opens with
_MEETING_WORD = lazy_regex(r"meeting|call|session|time", re.I)
_MODAL_STARTS = frozenset("wseaic@ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # we, someone, it, can, Bob …


# A board of issues: "https://github.com/org/repo/issues/363 @chlins", the link and who has it.
_TRACKED = lazy_regex(r"^<?(?P<url>https?://[^\s<>]+?)>?[.,;]?\s+"
                      r"(?P<who>@[\w.-]*\w(?:[\s,]+@[\w.-]*\w)*)\s*[.;]?$")
_ISSUE_URL = lazy_regex(r"https?://(?:www\.)?git(?:hub|lab)\.com/[\w.-]+/([\w.-]+)/(?:-/)?"
                        r"(?:issues|pull|merge_requests)/(\d+)")


_ACTION_AFTER = lazy_regex(r"\s*\((?:(?-i:AP|AI|AR)|action(?:\s+(?:item|point))?|todo)\s*"
                           r"\b(?:[:\-–—]\s*)?(?=(?-i:[A-Z@]))(?!(?:items?|points?|required|needed|"
                           rf"taken|below|above|pending|list)\b){OWNERS}\s*(?::[^()]*)?\)\s*$",
                           re.I)


# "The next step is to …", "The action item for Matt is to …": the step, and who takes it.
STEP_IS_TO = lazy_regex(r"^(?:[\w-]+\s+){0,2}?(?:next\s+steps?|action\s+(?:items?|points?)|"
                         r"follow-?ups?)(?:\s+(?:here|now|then|for\s+(?:this|that|now|us)))?"
                         r"(?:\s+(?:for|from)\s+(?P<for>me\b|[A-Z@][\w.@-]*(?:(?:,\s*|\s+and\s+|"
                         r"\s*&\s*)[A-Z@][\w.@-]*){0,3}))?"
                         r"(?:\s+(?:that\s+)?(?:we|they|the\s+\w+)\s+(?:agreed|"
                         r"decided|identified|settled)(?:\s+(?:up)?on)?)?"
                         r"\s+(?:is|are|will\s+be|would\s+be)\s+(?:for\s+(?P<who>[A-Z@][\w.@-]*"
                         r"(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-Z@][\w.@-]*){0,3})\s+to\s+|to\s+|"
                         r"(?=[a-z]+ing\s))(?P<task>[a-z][\w-]*\s.*)$", re.I)


# In a list of actions the line is a piece of work however it is put: "We need to update
# the roadmap", "Someone should check the venue", "It would be good to add a FAQ", "Can
# someone look at the broken link?" name the work and no one; "Could Bob check the numbers?"
# and "Bob can update the roadmap" give it to Bob.
_MODAL_OPENER = lazy_regex(r"^(?:(?:we|someone|somebody|everyone|everybody|all|all\s+of\s+us)"
                           r"\s+(?:really\s+|still\s+|also\s+)?(?:need\s+to|needs\s+to|should|"
                           r"must|have\s+to|has\s+to|ought\s+to|could|can|might\s+want\s+to|"
                           r"will\s+need\s+to|want\s+to)|it\s+(?:would|will|might)\s+be\s+(?:good|"
                           r"nice|great|useful|helpful|worth\s+it)\s+to|(?:can|could|would|will)\s+"
                           r"(?:someone|somebody|anyone|anybody|we)(?:\s+please)?)\s+(?=[a-z])",
                           re.I)
_ASKED_NAMED = lazy_regex(rf"^(?i:can|could|would|will)\s+{OWNERS}\s+(?:please\s+)?"
                          r"(?P<task>[a-z].*)$")
_NAMED_CAN = lazy_regex(rf"^{OWNERS}\s+(?:can|could|should|must|needs?\s+to|ha(?:s|ve)\s+to)\s+"
                        r"(?P<task>[a-z].*)$")
_NAMED_AUX_WORDS = lazy_regex(r"\s(?:can|could|should|must|needs?\s+to|ha(?:s|ve)\s+to)\s")


def _as_listed_work(text: str, ctx: Context) -> str:
    """A line of a list of actions put as a need, a wish or a question, as the work itself:
    "We need to update the roadmap" -> "Update the roadmap", "Could Bob check the numbers?"
    -> "Bob to check the numbers"."""
    opener = _MODAL_OPENER.match(text)
    if opener:
        task = text[opener.end():].rstrip("?").rstrip()
        first = task.split(maxsplit=1)[0].lower() if task else ""
        return task[:1].upper() + task[1:] if first and is_verb(first) else text
    named = (_ASKED_NAMED.match(text) if text.endswith("?") else None) or (
        _NAMED_CAN.match(text) if _NAMED_AUX_WORDS.search(text) else None)
    if named and valid_owners(named.group("owners")) and all(
            may_need(o, ctx) for o in split_owners(named.group("owners"))) and is_verb(
            named.group("task").split(maxsplit=1)[0].lower()):
        # (Not "Website needs to load faster": a thing, no one to do it.)
        return f"{named.group('owners')} to {named.group('task').rstrip('?').rstrip()}"
    return text


def plain_order(text: str) -> str:
    """An order as the task rules read it: "Remember to renew the domain", "Don't forget to
    …", "Make sure we …" as the task; "For next meeting, prepare a talk", "By Friday, send
    the draft" with the time moved after the task ("Prepare a talk for next meeting")."""
    reminder = _REMINDER.match(text) if text[:1] in "RrDdMmBbPp" else None
    rest = text[reminder.end():] if reminder else ""
    if rest and is_verb(rest.split(maxsplit=1)[0].lower()):
        return rest[:1].upper() + rest[1:]
    front = text.split(",", 1)[0] if text[:1] in "FfBbNnTt" and "," in text[:40] else ""
    moved = move_due_phrases(text) if front else text
    if moved.endswith(f" {front}.") and is_verb(moved.split(maxsplit=1)[0].lower()):
        # (The due phrase in lower case, as it would stand after the task.)
        moved = moved[:-len(front) - 1] + front[:1].lower() + front[1:] + "."
        return moved[:1].upper() + moved[1:]
    return text


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
        field_due = whole_date(part.strip(" *_()[]"), ctx, slack=1) if len(part) <= 30 \
            else None
        if field_due:
            item = _follow_up(" - ".join(fields[:at] + fields[at + 1:]), ctx)
            return replace(item, due=item.due or field_due) if item else None
    stamp = _DATE_STAMP.match(text) if text[:1].isdecimal() and ctx.line_item and (
        ctx.action_section or ctx.checked is not None) else None
    raised = whole_date(stamp.group("when"), ctx) if stamp else None
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


_HOPING = lazy_regex(r"^(?:(?:we|i|they)(?:\s+(?:are|am))?\s+)?(?:hop(?:e|es|ing)|wish(?:ing)?)\b"
                     r"|^[^:]{0,40}:\s*(?:hop(?:e|es|ing)|wish(?:ing)?)\b", re.I)
_HOPE_STARTS = frozenset("HhWwIiTtNn")


_BY_LABEL = lazy_regex(r"^(?P<when>[Bb]y\s+[^:]{2,40}?)\s*:\s*(?P<owners>(?:[A-Z][\w'-]*|"
                       r"(?i:everyone|everybody))(?:\s*(?:,|&|and)\s*[A-Z][\w'-]*)*)\s+"
                       r"(?P<verb>[a-z]{2,})s\s+(?P<rest>\S.*)$")


def _dated_plan(text: str, ctx: Context) -> str:
    """ "By Thursday 12-2: Anna uploads the tutorial": a schedule of who does what by when,
    read as "Anna will upload the tutorial by Thursday 12-2"."""
    plan = _BY_LABEL.match(text)
    if plan is None or not valid_owners(plan.group("owners")):
        return text
    verb = plan.group("verb").lower()  # "uploads": upload; "finishes": finish
    base = next((v for v in (verb, verb[:-1]) if is_verb(v)), "")
    when = [d for m in find_dates(plan.group("when")) if (d := resolve(m, ctx.ref))]
    if not base or not when:
        return text
    # ("By this Wednesday 12-1": the day written out is the date.)
    return f"{plan.group('owners')} will {base} {plan.group('rest').rstrip(' .')} " \
           f"by {when[-1].isoformat()}."


def _read_sentence(text: str, ctx: Context) -> Sentence | Found:
    """The sentence past its wrappings, ready for the forms; or what a wrapping decides
    ("… (led by Ana)", "Done: …", "(This week) implement …", a question, a label)."""
    led = _led_item(text, ctx) if text[-1:] == ")" and (
        "d by " in text[-60:] or " lead" in text[-40:] or " own" in text[-40:]) else None
    if led:
        return led
    text = unwrapped(text, ctx)
    if text[:3] in ("By ", "by "):
        text = _dated_plan(text, ctx)
    if text[:1] in _HOPE_STARTS and _HOPING.match(text):
        return NO_FOLLOW_UP  # "Hoping Marko will finish it in time": a hope, no one's task
    text = plain_order(text)
    plan = _PLAN_LABEL.match(text) if not ctx.action_section and text[:1] in _PLAN_STARTS and (
        ":" in text[:30] or "," in text[:30]) else None
    we = _WE_PLAN.match(text, plan.end()) if plan else None
    if plan and we:
        # "Next steps: we should look at the bikes and …": the steps, the group's.
        text = text[:plan.end()] + text[we.end():]
    if plan and is_verb(text[plan.end():].split(maxsplit=1)[0].lower() if text[
            plan.end():] else ""):
        # "**Next:** deploy to staging on Thursday", "Next week: finish the review", "For
        # next meeting, prepare a short talk": a plan, put as an order, due when it says.
        item = _follow_up(text[plan.end():], replace(ctx, action_section=True, line_item=True))
        when = plan.group("when")
        if item and not item.due and when:
            due = ctx.next_meeting if _MEETING_WORD.search(when) else (
                dated.date if (dated := find_due(when, ctx.ref, field=True)) else None)
            item = replace(item, due=due) if due else item
        return as_found(item)
    if ctx.line_item and (ctx.action_section or ctx.checked is not None) and \
            text[:1] in _MODAL_STARTS:
        text = _as_listed_work(text, ctx)
    asked = _ASK_ALL.match(text) if text[:1] in "CcWwIi" else None
    if asked and is_verb(asked.group("task").split(maxsplit=1)[0].lower()) and (
            asked.group("all") or find_due(text, ctx.ref)):
        # "Could you all please review the draft by Friday?", "It would be great if you
        # could send your slides by Thursday": a request to everyone, as "please …" is.
        # (A plain "Could you explain the budget?" in talk is a question, unless it says
        # by when.)
        text = "Please " + asked.group("task").rstrip(" ?.!")
    colon = ":" in text
    if text.endswith("?") and ctx.line_item and _OWNER_TO.match(text):
        text = text.rstrip("?")  # "- Dave to build more tests for the Jenkins suite?"
    if not text or len(text) > 600 or text.endswith("?") or (
            colon and (meta := META_LABEL.match(text)) and not _role_ordered(text, meta.end())):
        return NO_FOLLOW_UP
    dashed = colon or "-" in text or "–" in text or "—" in text
    found = _line_form(text, ctx, colon=colon, dashed=dashed)
    if found:
        return found
    if dashed or "(http" in text[:300]:
        text = relabelled(text, ctx, colon=colon, dashed=dashed)
    decided = _NON_ACTION.match(text) if dashed else None
    if decided:
        # "Decision: the PTA will contribute …" is a decision, but "Agreed: the secretariat
        # will circulate the draft" still gives someone a task: judge the rest as prose.
        text = text[decided.end():].strip()
        ctx = replace(ctx, action_section=False, line_item=False, checked=None)
        if not text:
            return NO_FOLLOW_UP
        text = decided_duty(text, ctx)
    if not (ctx.action_section or ctx.owners or ctx.checked is not None or has_cue(text)):
        return NO_FOLLOW_UP
    return _read_marked(text, ctx, dashed=dashed)


_ROLE_FIELD = lazy_regex(r"(?i:chairs?|hosts?|facilitators?|scribes?|note-?takers?)\s*:")


def _role_ordered(text: str, end: int) -> bool:
    """ "Chairs: open a PR for the vocabulary": a role given a task in lower case, not the
    header's "Chair: Ana Lee"."""
    rest = text[end:].split(maxsplit=1)
    return bool(rest) and rest[0].islower() and verb_at_all(rest[0]) and bool(
        _ROLE_FIELD.match(text))


def _led_item(text: str, ctx: Context) -> Found | None:
    """ "Set up the metrics board (led by Ana)": the task, and who leads it."""
    led = _LEADER.match(text)
    if led is None:
        return None
    we_will = WE_WILL.match(led.group("task"))
    led_task = we_will.group("task") if we_will else led.group("task")
    led_verb = led_task.split(maxsplit=1)[0].lower() if led_task else ""
    leader = led.group("by") or led.group("who")
    # ("Budget review (Ana leads)" in an agenda is who leads the item: an order only.)
    if valid_owners(leader) and len(led_task.split()) >= 2 and (
            verb_at_all(led_verb) if led.group("by") else is_verb(led_verb)):
        # "Set up the metrics board (led by Ana)", "We will keep working on a separate
        # Slack (lead by Iñigo)", "Add a reminder to the channels (Ulises lead)": who leads
        # the work.
        return found_task(led_task, split_owners(leader), text, ctx)
    return None


def _line_form(text: str, ctx: Context, *, colon: bool, dashed: bool) -> Found | None:
    """The forms a whole line takes before its marks are read: a remark first, the task
    then who has it, "Done: …", "The next step is to …", an action marked at its end, an
    issue's link with its assignee."""
    return (
        (_remark_first(text, ctx) if text[:1] == "(" and (
            ctx.line_item or ctx.checked is not None) else None)
        or (_on_it(text, ctx) if ctx.line_item and " this" in text[-20:] else None)
        or (_named_last(text, ctx) if colon and ctx.action_section and ctx.line_item else None)
        or (_reported_done(text, ctx) if dashed or text[:1] == "[" else None)
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
        item = _follow_up(aside.group("rest"), replace(ctx, checked=True) if is_done(
            remark) else ctx)
        when = find_due(remark, ctx.ref, field=True) if item and not item.due else None
        return as_found(replace(item, due=when.date) if item and when else item)
    return None


def _on_it(text: str, ctx: Context) -> Found | None:
    on_it = _ON_IT.match(text)
    if on_it and valid_owners(on_it.group("owners")) and len(on_it.group("task").split()) >= 2:
        # "Get turret parameters: CALUM is working on this", "Shuffleboard assignments PETER
        # is on this": the task, then who took it on.
        return found_task(on_it.group("task"), split_owners(on_it.group("owners")), text, ctx)
    return None


def _named_last(text: str, ctx: Context) -> Found | None:
    named_last = _TASK_THEN_NAMES.match(text)
    if named_last and valid_owners(named_last.group("owners")) and all(
            person_like(o, ctx) for o in split_owners(named_last.group("owners"))) and not \
            person_like(named_last.group("task"), ctx):
        # "- getAvg: Jeremiah", "- Budget draft: Ana" in a list of next steps: the work,
        # then who takes it.
        return found_task(named_last.group("task"), split_owners(named_last.group("owners")), text,
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
    return as_found(item or (subject_item(text, ctx) if text else None))


def _next_step(text: str, ctx: Context) -> Found | None:
    step = STEP_IS_TO.match(text)
    step_verb = step.group("task").split()[0].lower() if step else ""
    if step and step_verb.endswith("ing"):
        step_verb = base_of_ing(step_verb)  # "Next steps will be setting up a website"
    if step and step_verb and verb_at_all(step_verb):
        # "Likely action item is to distribute the review work", "The next step will be to
        # ask the board": the step, with no one named.
        rest = step.group("task").split(maxsplit=1)[1:]
        # ("… are to familiarise ourselves with X and to build Y": one task in two steps.)
        named = step.group("who") or step.group("for")
        # "The action item for Matt is to open a PR", "The next step is for Ana and Ben to
        # draft the letter": the step, and who takes it.
        owners = ctx.owners
        if named == "me" and ctx.me:
            owners = (ctx.me,)
        elif named and named != "me" and valid_owners(named):
            owners = split_owners(named)
        return found_task(" ".join((step_verb, *rest)).replace(" and to ", " and "), owners,
                     text, ctx)
    return None


def _action_after(text: str, ctx: Context) -> Found | None:
    marked = _ACTION_AFTER.search(text)
    marked_word = text.split(maxsplit=1)[0].lower() if marked else ""
    if marked and valid_owners(marked.group("owners")) and len(
            text[:marked.start()].split()) >= 2 and not (
            marked_word in REPORT_START or (marked_word.endswith("ed") and not is_verb(
                marked_word))):
        # (Not "Talked about the council (AP News)": a report, and a news agency.)
        # "possible SPEC certification (AP Andy: follow-up)", "Update the wiki (Action: Ana)":
        # an action point marked at the end of the line, with who takes it.
        return found_task(text[:marked.start()].rstrip(" -–—:;,"), split_owners(
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
    return FollowUp(f"Work on {what}", owners, None, status_of(text, ctx))


def _read_marked(text: str, ctx: Context, *, dashed: bool) -> Sentence | Found:
    """The sentence after its action mark ("ACTION:", "TODO (Ana):") and the owners in
    brackets before the task ("[Ana]", "(DC) to …"); or what a line of fields decides."""
    prefixed, ctx = action_mark(text, ctx) if (dashed or text[:1] in "ATC#[") and \
        text[:1] in PREFIX_STARTS else (None, ctx)
    bracketed = bracketed_owners(text, ctx, prefixed) if "[" in text or "(" in text else None
    if bracketed:
        owners, cut, handles = bracketed
        ctx = replace(ctx, owners=owners)
        mark = text[:prefixed.end()] if prefixed else ""
        rest = after_brackets(text[len(mark) + cut:])
        text = mark + rest
        if not handles and rest.rstrip(" .")[-1:] == ")":
            # "(Christina) Figure out how to prioritise X (Stephen)": the name in front
            # says who does it; the one after, who raised it.
            item = _follow_up(text, ctx)
            return as_found(FollowUp(item.task, ctx.owners, item.due, item.status)
                          if item and item.owners != ctx.owners else item)
        prefixed = ACTION_PREFIX.match(text) or prefixed
    body = after_mark(text, prefixed) if prefixed else text
    if (ctx.line_item or ctx.action_section) and ("ssign" in body or "wner" in body or
                                                  "esponsible" in body or "ho:" in body):
        fielded = fielded_item(body, ctx)
        if fielded:
            return fielded
    if body[:1] in _UPDATE_STARTS and _UPDATE_ON.match(body):
        return NO_FOLLOW_UP
    if prefixed or (ctx.line_item and ctx.known):
        body = unmarked_body(body, ctx, prefixed)
    return read_body(body, text, ctx, prefixed)


def _first_form(s: Sentence) -> Found | None:
    """What the first form that applies to the sentence decides, trying them in order (the
    order is part of the rules: an earlier form wins)."""
    found = owner_forms(s) or asked_forms(s)
    if found:
        return found
    agreed_we = _AGREED_WE.match(s.body) if " that we " in s.body or " agreed we " in s.body \
        else None
    if agreed_we:
        # "In anticipation of more requests, the group agreed that we should publish the
        # criteria": what was agreed is the group's to do, as "We will publish …" is.
        body = f"We will {s.body[agreed_we.end():]}"
        s = s._replace(body=body, first=opening_word(body))
    return plan_forms(s) or speaker_forms(s) or passive_forms(s) or labelled_forms(s) or \
        trailing_owner_forms(s) or marked_forms(s)
