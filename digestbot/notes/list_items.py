"""A list item's follow-ups given its marks and the items it sits under: tags, asides,
a person's plan, a topic's step, an agenda item's commitment, the parent it answers."""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.model import FollowUp, Status
from digestbot.notes.action_lists import ACTION_HEADING
from digestbot.notes.clauses import sentence_follow_ups
from digestbot.notes.dates import find_dates, find_due
from digestbot.notes.headings import SKIP_HEADING
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    ASK_YOU,
    GROUPS_RE,
    OWNERS,
    any_verb,
    is_verb,
    split_owners,
    valid_owners,
    words,
)
from digestbot.notes.lines import Block
from digestbot.notes.orders import (
    ABOUT_IDEAS,
    dated_step,
    name_then_verb,
    read_order,
    step_under_topic,
)
from digestbot.notes.owner_labels import person_label
from digestbot.notes.plans import DONE_WORK
from digestbot.notes.reading import plain_order
from digestbot.notes.sections import AGENDA_TITLE, CLOSING_HEADING
from digestbot.notes.tasks import LINK_TARGET, Context, tidy_task
from digestbot.notes.tenses import PASSIVE, base_of_ing
from digestbot.notes.trailing import box_thing
from digestbot.notes.wrappings import PAREN_START


def one_action(steps: list[FollowUp]) -> FollowUp:
    """The steps one list item gives as one follow-up: "Schedule the meetings; send the
    invites", due when the first dated step is."""
    tasks = [steps[0].task] + [t if t[1:2].isupper() else t[:1].lower() + t[1:]
                               for t in (f.task for f in steps[1:])]
    due = next((f.due for f in steps if f.due), None)
    return FollowUp("; ".join(tasks), steps[0].owners, due, steps[0].status)


def boxes_without_verb(blocks: list[Block]) -> frozenset[int]:
    """The checkboxes without a verb in lists of tasks: in a run of sibling checkboxes
    where at least half open with a verb ("- [ ] Standardise the spring convention",
    "- [ ] Natural and incremental strain", "- [ ] Allow spring changes …"), the others
    are tasks too; a run of noun phrases alone ("Suggested papers: - [ ] Trait-based
    models …") is a list of topics."""
    out: set[int] = set()
    run: list[int] = []
    if all(block.checked is None for block in blocks):
        return frozenset()
    for at in range(len(blocks) + 1):
        block = blocks[at] if at < len(blocks) else None
        if block is not None and block.kind == "bullet" and block.checked is not None and (
                not run or block.indent == blocks[run[0]].indent):
            run.append(at)
            continue
        if block is not None and block.kind == "bullet" and run and \
                block.indent > blocks[run[0]].indent:
            continue  # a note under a box
        # (A box with an owner's label is a task whatever follows the label: "Ray:
        # Groceries for the scanning session".)
        nouns = [i for i in run if not _verb_first(_LABEL_START.sub("", blocks[i].text, 1))]
        tasks = [i for i in run if _verb_first(blocks[i].text)]
        if len(run) >= 2 and nouns and len(tasks) * 2 >= len(run):
            out.update(nouns)
        run = [at] if block is not None and block.kind == "bullet" and \
            block.checked is not None else []
    return frozenset(out)


def _noun_phrase(text: str) -> bool:
    """Whether a list item is a noun phrase that no other rule reads ("Website redesign",
    "Retrieving real data from the database"): not opening with a verb, a name or a group,
    with no owner in brackets, no "to" and a verb, no "Meeting closed at 5pm"."""
    words_ = text.split()
    if len(words_) < 2 or "(" in text or GROUPS_RE.fullmatch(words_[0]) or (
            len(words_[0]) >= 2 and words_[0].isupper()):
        return False  # ("Everyone sign up …", "ACTION everyone …": read by other rules)
    first = words_[0].lower()
    if first in _QUANTIFIERS:
        return False  # "Next steps: more funds": a wish, not a piece of work
    if first.endswith("ing") and base_of_ing(first, any_verb):
        first = ""  # "Retrieving …": what to do, in the progressive
    second = words_[1].lower()
    # (Not "Meeting closed at 5pm"; but "Venue booked by Bob" reports work done.)
    return not (first and any_verb(first)) and not (second.endswith("ed") and PASSIVE.get(
        second, second) not in DONE_WORK) and not _TO_VERB.search(text)


_QUANTIFIERS = words("more less fewer some any many much few enough extra better")
_TO_VERB = lazy_regex(r"\bto\s+[a-z]+")


def _verb_first(text: str) -> bool:
    """Whether a list item opens with a verb, or with an owner and "to"/"will", a colon or a
    verb ("Zach sets up …")."""
    first = text.split(maxsplit=1)[0].lower().strip("*_~") if text.strip() else ""
    if any_verb(first):
        return True
    owned = _OWNED_LINE.match(text)
    verb = owned.group("verb") if owned else None
    return owned is not None and (verb is None or is_verb(verb[:-1]) or (
        verb.endswith("es") and is_verb(verb[:-2])))


_LABEL_START = lazy_regex(r"^[\w@'’. -]{1,30}:\s+")
_OWNED_LINE = lazy_regex(rf"^[\W_]*{OWNERS}(?:\s*:|\s+(?:to|will|shall|'ll)\s|"
                         r"\s+(?P<verb>[a-z]+s)\s)")
# "Maybe we can ping people after the meeting?" proposes a task someone may take on.
_PROPOSAL = lazy_regex(r"^(?:[\w ]{1,30}:\s*)?(?:maybe\s+)?(?:we|someone|somebody|anyone)\s+"
                       r"(?:can|could|should)\s+[a-z]", re.I)
# "look into this", "do this": the demonstrative is the whole object ("this app" is not).
_POINTER = lazy_regex(r"\b(?:this|that)(?=\s*(?:$|[.;,(]|by\b|before\b|until\b|next\b))", re.I)
_OR_OWNER = lazy_regex(r"\s*\((?:or|and|with)\s+(?P<who>[A-Z][\w'-]+)\)\s*[.;]?$", re.I)


def about_parent(found: list[FollowUp], text: str, parent: str) -> list[FollowUp]:
    """ "Alton: look into this (or Alis)" under "Tag students who forget to log parts":
    the task points at its parent item, and a second person may take it."""
    if len(found) != 1:
        return found
    item = found[0]
    task, owners = item.task, item.owners
    other = _OR_OWNER.search(task) if owners and task.endswith(")") else None
    if other and valid_owners(other.group("who")):
        task, owners = task[:other.start()], (*owners, other.group("who"))
    lead = _LEAD_CLAUSE.match(text) if " - " in text and _POINTER.search(task) else None
    if lead and is_verb(lead.group("lead").split()[0].lower()):
        # "Maybe add a map to the dashboard - Ben will work on this": "this" is the clause
        # before the dash, not the item above.
        phrase = tidy_task(lead.group("lead"), None)[0]
        return [FollowUp(phrase, owners, item.due, item.status)]
    bare = (" " not in task and is_verb(task.lower())) or (  # "Alex will organise" under it
        len(task.split()) <= 3 and task.rsplit(maxsplit=1)[-1].lower() in _GENERIC_OBJECTS)
    # ("KodrAus to write reply", "Ana to take a look": a reply or a look at the item above.)
    # "Heather will follow up with." under "Plan for the next hackathon": cut off, so about it.
    dangling = task[-5:].lower().endswith((" with", " on", " about"))
    if parent and len(task.split()) <= 8 and (bare or dangling or _POINTER.search(task)) and len(
            parent) <= 160 and (_PROPOSAL.match(parent) or not parent.rstrip().endswith("?")):
        about = LINK_TARGET.sub("", parent).strip().rstrip(".;:")  # "[#39186] Document …"
        if about.endswith("?"):
            about = re.sub(r"^[\w ]{1,30}:\s*", "", about)  # "Jack: Maybe we can …?"
        task = f"{task} ({about[:1].lower()}{about[1:]})"
    if (task, owners) == (item.task, item.owners):
        return found
    return [FollowUp(task, owners, item.due, item.status)]


_GENERIC_OBJECTS = frozenset(("reply", "response", "look", "review", "feedback", "decision"))
_LEAD_CLAUSE = lazy_regex(r"^(?:(?:perhaps|maybe|possibly|ideally)\s+)?"
                          r"(?P<lead>[A-Za-z](?:[^.;]|\.(?=\S)){5,200}?)\s+-\s+[^-]+$", re.I)
_GENERIC_TITLE = lazy_regex(r"(?:(?:meeting|call|session)\s+)?(?:general|other|misc\w*|notes|"
                            r"minutes|discussions?|updates?|open floor|business|items?|topics?|"
                            r"reports?|questions|q&a)\W*", re.I)
_TRAILING_ASIDE = lazy_regex(r"\s*\([^()]*\)\s*$")
_POINTER_OBJECT = lazy_regex(r"^[A-Za-z]+(?:\s+(?:into|at|on|up|over|through|about))?\s+"
                             r"(?:this|it|them)\b(?!\s+(?:is|was|will|would|should|can)\b)", re.I)


def topic_of(title: str) -> str:
    """What a section heading names, when it names one thing ("Intl.Locale (Stage 3)")."""
    topic = _TRAILING_ASIDE.sub("", title).strip(" :")
    if not topic or len(topic.split()) > 8 or _GENERIC_TITLE.fullmatch(topic) or \
            ACTION_HEADING.search(topic) or CLOSING_HEADING.search(topic) or \
            SKIP_HEADING.search(topic):
        return ""
    return topic


def about_topic(found: list[FollowUp], topic: str) -> list[FollowUp]:
    """ "SC: I'll put this on the TC39 agenda" under "### Intl.Locale": "this" is the
    heading's topic, and two such tasks under two headings are two tasks. So is the object
    a bare verb leaves out: "kelly to update" under "## Reservation calendar"."""
    return [FollowUp(f"{f.task} ({topic})", f.owners, f.due, f.status) if (
        len(f.task.split()) <= 10 and _POINTER_OBJECT.match(f.task)
        and not f.task.endswith(")")) or (" " not in f.task and is_verb(f.task.lower()))
        else f for f in found]


_ASIDE_PASSIVE = lazy_regex(r"^(?:will|is to|are to|to)\s+be\s+(?!(?:discussed|considered|"
                            r"revisited|decided|continued|covered)\b)[a-z]+(?:ed|en|t|wn|de)\b")
_ASIDE = lazy_regex(r"^(?P<topic>[^()]{3,120}?)\s*\((?P<aside>[^()]{5,200})\)$")
# "(Dave to lead this effort)", "(Miranda will do this)": who does the work the topic names.
_LEAD_IT = lazy_regex(r"^(?:do|lead|own|drive|coordinate|champion|run|handle|take\s+on|"
                      r"take\s+care\s+of|take|look\s+after)\s+(?:it|this|that|"
                      r"(?:this|the)\s+(?:effort|work|one|task|item))$", re.I)


def _aside_items(text: str, ctx: Context) -> list[FollowUp]:
    """ "Web site cleanup (akm and tommy to work off the spreadsheet)", "Data structures
    (tommy in flight, akm to review)": a topic, and in brackets who does what about it."""
    aside = _ASIDE.match(LINK_TARGET.sub("", text) if "(http" in text else text)
    if not aside:
        return []
    topic = aside.group("topic").strip(" :-–—")
    if _ASIDE_PASSIVE.match(aside.group("aside")):
        # "KPI draft (will be made public in the coming weeks)": the topic is the subject.
        return sentence_follow_ups(f"{topic} {aside.group('aside')}", replace(ctx, line_item=True))
    found = []
    # "Feb 19 (Walid will propose his ideas)" in a meeting schedule: the task, due that day.
    dates = find_dates(topic) if topic[:1] in DATE_FIRST else []
    on = find_due(topic, ctx.ref, field=True) if len(dates) == 1 and not dates[0].start \
        and dates[0].end == len(topic) else None
    for part in aside.group("aside").split(", "):
        first = part.split(maxsplit=1)[0] if part.strip() else ""
        if first.islower() and ctx.usage and ctx.usage.as_name(first) and not any_verb(first):
            part = part[:1].upper() + part[1:]  # "(ashley to start)": Ashley, as written elsewhere
        for item in sentence_follow_ups(part, replace(ctx, line_item=True)):
            if on:
                found.append(replace(item, due=item.due or on.date))
                continue
            if not item.owners:
                continue
            if _LEAD_IT.match(item.task) or (len(item.task.split()) == 1 and is_verb(
                    topic.split(maxsplit=1)[0].lower())):
                # "OR-WG Website (Miranda will do this)": the topic is the work.
                task = topic[:1].upper() + topic[1:]
            elif len(item.task.split()) == 1:
                task = f"{item.task} {topic[:1].lower()}{topic[1:]}"  # "akm to review"
            else:
                task = f"{topic}: {item.task[:1].lower()}{item.task[1:]}"
            found.append(FollowUp(task, item.owners, item.due, item.status))
    return found
_HOW_TO = lazy_regex(r"[*_]*(?:how\s+(?:to|do\s+(?:i|you|we))|steps\s+to|instructions\b|"
                     r"what\s+are\s+the\s+(?:requirements|steps)|requirements\b)", re.I)
_ABOUT_RULES = lazy_regex(r"\b(?:rules|contract|code of conduct|ground rules|norms|guidelines|"
                          r"principles|expectations|etiquette)\b", re.I)


Parent = tuple[int, tuple[str, ...], str]
# "- @ana to review the release notes" in a list kept under "## Agenda", or "- Many open
# PRs - @ana to triage them": a commitment recorded at the meeting, not a topic ("@ana to
# present the roadmap" leads one).
HANDLE_COMMITS = lazy_regex(rf"(?:^|\s[-–—]\s+|[.;]\s+)(?=@){OWNERS}\s+"
                            r"(?:to|will|'ll|continuing\s+to)\s+"
                            r"(?!(?:present|introduce|lead|report|give|share|discuss|talk|demo|"
                            r"walk|speak|explain|summari[sz]e|update)\b)[a-z]")
# "Ana will …", "[Ana] will …", "@ana to …": someone named takes a task on.
COMMITS = lazy_regex(rf"^\[?{OWNERS}\]?\s+(?P<aux>will|'ll|is going to|are going to|agreed to|"
                     r"offered to|volunteered to|to)\s+[a-z]")


def agenda_commitment(text: str) -> bool:
    """Whether an agenda's own item is a task someone took on at the meeting ("@ana will
    fix the build", "Steve to confirm pricing with Bill"), not a topic; "Ana to present the
    budget" or "Ana will present the budget" is how an agenda names who leads an item."""
    commits = COMMITS.match(text)
    if ("=>" in text or "→" in text or "->" in text) and _PASSED_ON.search(text):
        return True  # "data visualization (Moritz) => Changbin/Alessandro": theirs now
    if not commits:
        return False
    verb = text[commits.end() - 1:].split(maxsplit=1)[0]
    if verb == "open" and not _OPENS_ITEM.match(text, commits.end() - 1):
        return True  # "Pepsi to open a publication schedule": not opening the meeting
    # "Paul will facilitate the next meeting" is work for later, not this item's lead.
    return verb not in _LEADS_ITEM or bool(_NEXT_MEETING.search(text, commits.end()))


_OPENS_ITEM = lazy_regex(r"open\s+(?:the\s+)?(?:meeting|session|call|discussion|floor|item|"
                         r"topic|proceedings)\b", re.I)


_NEXT_MEETING = lazy_regex(r"\b(?:the\s+)?next\s+(?:meeting|call|session|sync|one)\b", re.I)


_PASSED_ON = lazy_regex(rf"(?:→|->|=>)\s*{OWNERS}\s*[.!]?$")


# What someone does at the meeting itself when an agenda names them: "Ana will present …".
_LEADS_ITEM = frozenset({"present", "introduce", "lead", "demo", "demonstrate", "chair",
                         "facilitate", "give", "talk", "speak", "walk", "report", "open"})


_COULD_YOU = lazy_regex(rf"{OWNERS}\s*,\s*{ASK_YOU}\s+(?:please\s+)?(?P<task>[a-z][^?]*)\?")


def list_item_follow_ups(block: Block, found: list[FollowUp], ctx: Context,
                         parents: list[Parent], *, loose: bool = False,
                         plain: bool = True) -> list[FollowUp]:
    """A list item's follow-ups given its marks and the items it sits under; pushes the
    item onto `parents` for the sub-items after it. `loose`: the list has no intro line
    that says what its items are, and this item has none under it (an item with notes
    under it is a topic). `plain`: no paragraph of prose leads into the list, and the item
    has nothing under it."""
    if not found:
        listed = ctx.action_section or block.checked is not None
        found = _marked_item(block.text, ctx, listed=listed)
    if not found and block.text.endswith("?") and (asked := _COULD_YOU.fullmatch(block.text)):
        # "- Chloe, could you send the logo files?", a list item of its own (a recap's
        # list): a request, as "Chloe, please send …" is; a question with its answer after it
        # is read as a question.
        found = sentence_follow_ups(f"{asked.group('owners')}, please {asked.group('task')}",
                                    ctx)
    if not found and block.text.endswith((")", ").")):
        found = dated_step(block.text, ctx) or _aside_items(block.text, ctx)
    if not found and parents and not ctx.action_section:
        # (Not under "Potential project ideas" / "To-do app" / "Focus on creativity", nor
        # under "Discussed the team contract" / "Submit notes by noon", nor under "How to
        # contribute" / "Submit a PR", nor under "- Agenda": options, rules, instructions
        # and topics.)
        found = [] if any(ABOUT_IDEAS.search(p[2]) or _HOW_TO.match(p[2]) or AGENDA_TITLE.match(
            p[2].strip(" :*_")) or (
            _ABOUT_RULES.search(p[2]) and not is_verb(p[2].split(maxsplit=1)[0].lower()))
            for p in parents) else step_under_topic(block, ctx, parents[-1][2])
    elif not found and loose and not ctx.action_section and block.checked is None:
        # "- Schedule something larger in-person for March." among a meeting's notes
        # (and "- Remember to renew the domain": the order is to renew it).
        bare = plain_order(block.text)
        found = read_order(block if bare is block.text else replace(block, text=bare), ctx)
    if not found and block.text[:1].isupper():
        found = name_then_verb(block.text, ctx)
    if found:
        found = about_parent(found, block.text, parents[-1][2] if parents else "")
    inherited = parents[-1][1] if parents else ()
    # "we will defer this until …" under Philipp's task names its own doer: the group.
    mine = () if _WE_DO.search(block.text) else inherited
    if (inherited or (ctx.action_section and block.checked is False)) and not found and \
            block.checked is not None:
        # A checkbox under an owned task is a step of it, whatever its grammar; so is an
        # open checkbox in a list of actions ("### Kat" / "- [ ] 🔴 Have dates by Friday").
        phrase, due = tidy_task(_PRIORITY_MARK.sub("", block.text), ctx.ref, ctx.next_meeting)
        named = PAREN_START.match(phrase) if phrase[:1] == "(" else None
        if named and valid_owners(named.group("owners")):
            # "- ( ) (Distribution team) Ops noise and monitoring": who, then what.
            mine, phrase = split_owners(named.group("owners")), phrase[named.end():]
        found = [FollowUp(phrase, mine or ctx.owners, due,
                          "done" if block.checked else "open")
                 ] if phrase else []
    if not found and ctx.action_section and plain and block.checked is None and \
            not parents and _noun_phrase(block.text) and not person_label(
                block.text, ctx, listed=True):
        # "### Action points" / "- Admin functionality for back-end team, terminal based":
        # an item of a list of actions is an action, a noun phrase as much as a verb.
        found = box_thing(block.text, ctx)
    if mine and not found and block.checked is None and not (
            parents and _PAST_OR_STUCK.fullmatch(parents[-1][2].strip(" *_"))):
        found = _own_plan(block.text, mine, ctx)
    if mine:
        # A sub-item of an owned item is that owner's unless it names another.
        found = [f if f.owners else FollowUp(f.task, mine, f.due, f.status) for f in found]
    # Only an owner the item opens with ("[RB] …", "Ana: …") heads its sub-items;
    # "(PKGBUILDs)" at the end of a line may be an abbreviation.
    lead = block.text.lstrip("[@ ")
    owned = {f.owners for f in found if f.owners and lead.startswith(f.owners[0])}
    if not owned and not found:
        # "- Tom" or "- Aisha: newsletter" over sub-items: the person they are about.
        person = person_label(block.text, ctx, listed=True)
        owned = {person} if person else owned
    parents.append((block.indent, owned.pop() if len(owned) == 1 else inherited, block.text))
    return found


# "Need to work on …", "Will look at …", "Working on the 404 page" under a person's name
# in a stand-up: what that person is to do.
_REPORT_THEN_DUTY = lazy_regex(r"(?<=[.;!])\s+|,\s+")  # where a report may end and a duty start
_OWN_DUTY = lazy_regex(r"^(?:(?:still|also|then)\s+)?(?:(?:i\s+)?(?:need|needs|have|has|plan|"
                       r"plans|planning|going|want|wants|hope|hoping)\s+to|will|'ll|to)\s+"
                       r"(?P<task>[a-z][\w'-]*\s.*)$", re.I)
# ("Waiting on designs from Kristina" is held up, not a plan.)
_DOING = lazy_regex(r"^(?:(?:still|also|currently|now)\s+)?"
                    r"(?!(?i:going|being|having|getting|waiting)\b)"
                    r"(?P<verb>[A-Za-z]+ing)\s+"
                    r"(?!.*\b(?:is|are|was|were|has|have|had)\b)(?P<rest>\S.*)$")
# A stand-up's labels for what is done or in the way: no plans under them.
_PAST_OR_STUCK = lazy_regex(r"(?:done|blocked|blockers?|completed|finished|yesterday|last week|"
                            r"wins|issues|problems)\W*", re.I)


def _own_plan(text: str, owners: tuple[str, ...], ctx: Context) -> list[FollowUp]:
    """A line under a person's name in a stand-up that says what they need to do, will do
    or are doing ("Need to work on the image sizes", "Working on the 404 page")."""
    duty = _OWN_DUTY.match(text.strip())
    if duty is None and ("need" in text or "have to" in text or "has to" in text):
        # "Session code is mostly set up. Still need to integrate the client side", "Design
        # mostly wrapped up, have to finish the mobile layout": the duty after a report.
        duty = next((d for part in _REPORT_THEN_DUTY.split(text.strip())[1:]
                     if (d := _OWN_DUTY.match(part))), None)
    task = duty.group("task") if duty and any_verb(duty.group("task").split()[0].lower()) else ""
    doing = _DOING.match(text.strip()) if not task else None
    if doing:
        base = base_of_ing(doing.group("verb").lower(), any_verb)
        task = f"{base} {doing.group('rest')}" if base else ""
    if not task or "?" in text:
        return []
    phrase, due = tidy_task(task[:1].upper() + task[1:], ctx.ref, ctx.next_meeting)
    return [FollowUp(phrase, owners, due, "open")] if len(phrase.split()) >= 2 else []


_WE_DO = lazy_regex(r"\bwe\s*(?:will|'ll|shall|are going to)\s", re.I)
_PRIORITY_MARK = lazy_regex(r"^(?:[\U0001F534-\U0001F7EB\u2757\u203C\u26A0]\uFE0F?\s*)+")  # 🔴 ❗ ⚠
_OWNER_TAG = lazy_regex(rf"^\[{OWNERS}(?:\s*\([^)]*\))?\]\s*[:\-–—]?\s*(?P<task>\S.*)$")
_TODO_MARK = lazy_regex(r"\s*\((?:todo|to-?do)\)\s*[.;]?|^(?-i:TODO)\s*[:\-–—]?\s*|"
                        r"\s*[-–—:]\s*(?-i:TODO)\s*[.;]?$", re.I)
_HANDLE_FIRST = lazy_regex(r"^@(?P<who>[\w.-]+)\s+(?P<verb>[A-Za-z]+)\s")
# "Including adding filters …" under a task: a further task, "Add filters …".
_GERUND = lazy_regex(r"^(?:(?:including|also|plus|and)\s+)?(?P<verb>[A-Za-z]{2,}ing)\b", re.I)


DATE_FIRST = frozenset("0123456789JFMASOND")
_DATE_LABEL = lazy_regex(r"^(?P<date>[\w ,/.-]{4,24}?)\s*(?::|\s[-–—|])\s+(?=\S)")


def without_date_label(block: Block) -> Block:
    """ "5th Jan 2022 : Ana to book the room" in a list of actions: the date the action was
    raised, before it; not when it is due."""
    label = _DATE_LABEL.match(block.text)
    if not label:
        return block
    dates = find_dates(label.group("date"))
    if len(dates) != 1 or dates[0].start or dates[0].end != len(label.group("date")):
        return block
    return replace(block, text=block.text[label.end():])


def _marked_item(text: str, ctx: Context, *, listed: bool) -> list[FollowUp]:
    """List items whose marks make them tasks whatever the grammar of the rest: an owner tag
    in a task or checkbox list ("[NT, RB] Finalizing the payments - June 30th?") and a to-do
    mark anywhere ("Rebuild the tracker (todo)")."""
    tag = _OWNER_TAG.match(text) if listed and text[:1] == "[" else None
    todo = _TODO_MARK.search(text) if "todo" in text.lower() or "to do" in text.lower() else None
    if tag and valid_owners(tag.group("owners")):
        owners, task = split_owners(tag.group("owners")), tag.group("task")
    elif todo:
        owners, task = ctx.owners, text
    else:
        return []
    task = _TODO_MARK.sub("", task).rstrip(" ?")
    handle = _HANDLE_FIRST.match(task) if task[:1] == "@" else None
    if handle and is_verb(handle.group("verb").lower()):
        # "TODO: @mia Add the examples": the handle, then what she is to do.
        owners, task = (handle.group("who"),), task[handle.end("who"):].strip()
    gerund = _GERUND.match(task)
    base = base_of_ing(gerund.group("verb").lower()) if gerund else ""
    if gerund and base:
        task = base + task[gerund.end():]
    phrase, due = tidy_task(task, ctx.ref, ctx.next_meeting)
    if len(phrase) < 3:
        return []
    status: Status = "done" if ctx.checked else "open"
    return [FollowUp(phrase, owners, due, status)]
