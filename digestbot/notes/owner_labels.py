"""Who a list belongs to: a name alone over it ("_Aaron_", "**Tella:**"), "Ben and Ana
to:", a stand-up's "- @mgoelzer:" / "Next:", a person's heading; and owners that
are plausible people, not things."""

from __future__ import annotations

import re
from datetime import date, timedelta

from digestbot.model import FollowUp
from digestbot.notes.action_lists import action_heading
from digestbot.notes.dates import find_due
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    ABSENT_LABEL,
    GROUPS_RE,
    INITIALS,
    NO_OWNER,
    OWNERS,
    PRESENT_LABEL,
    Usage,
    any_verb,
    dictionary_word,
    everyday_word,
    is_verb,
    long_plain_word,
    product_part,
    split_owners,
    valid_owners,
    verb_not_name,
    word_not_name,
)
from digestbot.notes.lines import Block
from digestbot.notes.owners import named_person, person_like
from digestbot.notes.tasks import Context
from digestbot.notes.tenses import base_of_ing

_ADVERB_FIRST = lazy_regex(r"^[A-Z][a-z]+ly\s+(?=[A-Z])")


def _adverb_gone(match: re.Match[str]) -> str:
    """An adverb before a name gone ("Additionally Nate"); a name kept ("Kelly Taylor")."""
    word = match.group().strip()
    return "" if dictionary_word(word) or word.lower() in _ORDINAL_ADVERBS else match.group()


_ORDINAL_ADVERBS = frozenset({"firstly", "secondly", "thirdly", "lastly"})


def plausible_owners(item: FollowUp, usage: Usage) -> FollowUp:
    """The owners without words no rule should have taken for a name: an ordinary word
    the notes capitalised at a line's start ("Remember to archive …", "Seems to us …",
    "Continue to migrate …") or an adverb before the name ("Additionally Nate will …")."""
    if not item.owners:
        return item
    owners = tuple(_ADVERB_FIRST.sub(_adverb_gone, o) for o in item.owners)
    # "Using the old moderation team to bootstrap", "trying to …": a doing, not a doer.
    owners = tuple(o for o in owners if not verb_not_name(o, usage) and not (
        _doing(o) and not usage.as_name(o.split()[0])) and not _plural_thing(o, usage))
    return item if owners == item.owners else FollowUp(item.task, owners, item.due, item.status)


def _plural_thing(owner: str, usage: Usage) -> bool:
    """Whether a one-word owner is a plural noun the notes also write in lower case:
    "Action: Annotations will go into the ontology" (… "classes could include annotations")
    names things, not people (but "James", "Charles")."""
    return owner[-1:] == "s" and owner[-2:] != "ss" and len(owner) >= 4 and " " not in owner \
        and not GROUPS_RE.match(owner) and usage.in_lower_case(owner) and \
        not usage.as_name(owner)


def _doing(owner: str) -> bool:
    """Whether an owner opens with a task verb's "-ing" form: "Using Azure Pipelines"."""
    first = owner.split()[0].lower()
    return first.endswith("ing") and len(first) >= 5 and bool(base_of_ing(first, any_verb))


_PERSON_LABEL = lazy_regex(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*"
                           r"(?::\s*(?P<topic>[^.!?]{0,40}))?$")


_MARKED_NAME = lazy_regex(r"^[\s*_]*(?:\[(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\]|"
                          r"@(?P<handle>[\w.-]+))\s*:?[\s*_]*$")
_LABEL_MARKS = lazy_regex(r"^[\s*_\[@]+|[\s*_]+$|\](?=\s*:?[\s*_]*$)")
_NAMES_LABEL = lazy_regex(rf"^{OWNERS}\s*:?$")
_NAMES_TOPIC = lazy_regex(rf"^{OWNERS}\s*:\s*(?P<topic>[^.!?:]{{1,40}})$")


def person_label(text: str, ctx: Context, *, listed: bool = False) -> tuple[str, ...]:
    """The person a list item names and nothing more ("Tom", "Aisha: newsletter"), when the
    notes name them elsewhere, when brackets or an @ mark the name ("**[Calvin Chen]:**"),
    or, for a list item under an action heading, when it is a name or group alone: the
    owner of the tasks under it."""
    # "**[Calvin Chen]:**", "@rvagg:" over a stand-up's lists: the brackets and the @ go;
    # they mark the label as someone's name, named elsewhere or not.
    marked = _MARKED_NAME.match(text)
    if marked:
        return (marked.group("name") or marked.group("handle"),)
    label = _PERSON_LABEL.match(_LABEL_MARKS.sub("", text))
    if listed and ":" in text and (not label or not named_person(label.group("name"), ctx)):
        # "- Brent and Anish: RSQLA1" / "- Rajat: Internationalization" over the steps of
        # a project: whose project it is, when no ordinary word names it.
        project = _NAMES_TOPIC.match(_LABEL_MARKS.sub("", text))
        topic = project.group("topic").split() if project else []
        if project and topic and not is_verb(topic[0].lower()) and valid_owners(
                project.group("owners")) and not any(
                # (Not "GSoC Deadline: 2/7": a word of the label is an ordinary one.)
                dictionary_word(w) for o in split_owners(project.group("owners"))
                for w in o.split()):
            return split_owners(project.group("owners"))
    if not label:
        names = _NAMES_LABEL.match(text.strip().strip("*_").strip()) if "," in text else None
        if names and valid_owners(names.group("owners")):
            # "John, Paul, Zeth:" over the tasks the three share.
            owners = split_owners(names.group("owners"))
            if all(named_person(o, ctx) for o in owners):
                return owners
        return ()
    topic = (label.group("topic") or "").split()
    if topic and (is_verb(topic[0].lower()) or len(topic) > 4):
        return ()  # "Ana: send the form" is a task, read as one elsewhere
    name = label.group("name")
    first = name.split()[0].lower()
    if NO_OWNER.fullmatch(name):
        return ()  # "**Ownership Unclear:**" over tasks nobody has taken yet
    if named_person(name, ctx) or (listed and not topic and (GROUPS_RE.fullmatch(name) or (
            ctx.action_section and not any_verb(first) and ctx.usage is not None
            and not ctx.usage.in_lower_case(first)))):
        # (Under "Action Items", a list item "* Dipesh" or "* All" alone over a list is
        # whose it is, unless the notes also write the word in lower case: "* Frontend".)
        return (name,)
    return ()


def _ordinary_label(text: str) -> bool:
    """Whether a label's first word is an ordinary English word ("Future:", "Backend"), not
    a name."""
    first = text.strip(" *_:").split(maxsplit=1)[0] if text.strip(" *_:") else ""
    return not first or everyday_word(first) or dictionary_word(first) or word_not_name(
        first) or long_plain_word(first) or is_verb(first.lower())


def _head_owner(text: str, ctx: Context) -> tuple[str, ...]:
    """Whom a line alone over a list names. Under a heading of actions a name with a colon
    ("Tudor Bordea:") is whose list it is, as a listed item would be; "Future:", "Todo:"
    or "Backend:" name no one."""
    named = person_label(text, ctx)
    if named or not ctx.action_section or not text.rstrip(" *_").endswith(":") or \
            action_heading(text) or _ordinary_label(text):
        return named
    return person_label(text, ctx, listed=True)


def owner_lines(blocks: list[Block], ctx: Context) -> dict[int, tuple[str, ...]]:
    """Lines that only name a person ("_Aaron_", "**Tella:**") and head a list: the owners of
    its items, by the index of the line. A label the notes use nowhere else counts when a
    sibling label names someone they do ("_Cam_" beside "_Aaron_", who "will pick this up")
    and it is no word the notes write in lower case."""
    heads = [at for at, block in enumerate(blocks[:-1]) if block.kind == "paragraph"
             and blocks[at + 1].kind == "bullet" and len(block.text) <= 60
             and block.text[:1] in "*_ABCDEFGHIJKLMNOPQRSTUVWXYZ"
             and not _ROLL_LABEL.match(block.text)]  # "TSC Attendees:" over who came
    if not heads:
        return {}
    named = {at: _head_owner(blocks[at].text, ctx) for at in heads}
    names: dict[int, str] = {}
    for at in heads:
        label = _PERSON_LABEL.fullmatch(blocks[at].text.strip().strip("*_").strip(" :"))
        word = label.group("name") if label and not named[at] else ""
        first = word.split()[0] if word else ""
        if first and not _ordinary_label(first) and ctx.usage \
                and not ctx.usage.in_lower_case(first):
            names[at] = word
    if not any(named.values()) and not any(
            ctx.usage and ctx.usage.line_subject(word) for word in names.values()):
        return {}  # no label is used as a name: "_Frontend_", "_Backend_" are topics
    return {at: named[at] or (names[at],) for at in heads if named[at] or at in names}


_ROLL_LABEL = lazy_regex(rf"^[*_\s]*(?:{PRESENT_LABEL}|{ABSENT_LABEL})[*_\s]*:?[*_\s]*$", re.I)


# Under a person's item in a stand-up: "Next:", "Next up", "This week:", "Plans:", "Todo:".
# Or a stand-up's question: "What will you do today?", "What are you working on next?".
NEXT_LABEL = lazy_regex(r"(?:next|next up|up next|next steps?|next week|this week|plans?|"
                        r"planned|to-?dos?|to do|upcoming|today|tomorrow|"
                        r"(?:plans?|goals?|tasks?)\s+for\s+(?:today|tomorrow)|"
                        r"(?:today|tomorrow)['’]?s?\s+(?:plans?|goals?|tasks?)|"
                        r"what\s+(?:will|are|do|shall)\s+(?:you|i|we)\s+(?:do|be\s+doing|"
                        r"work(?:ing)?\s+on|going\s+to\s+(?:do|work\s+on)|"
                        r"plan(?:ning)?\s+(?:to\s+do|on\s+doing))"
                        r"(?:\s+(?:today|tomorrow|next|this\s+week|next\s+week))?)\s*[:?]?",
                        re.I)
_PERSON_ITEM = lazy_regex(r"@?(?P<who>[\w.-]+(?:\s+[A-Z][\w'-]+)?)\s*(?:\([^)]{0,40}\))?\s*:?")


_ACTION_WORDS = r"(?i:next\s+steps?|actions?|action\s+items?|tasks?|to-?dos?)"
_OWNERS_INTRO = lazy_regex(rf"^(?:{OWNERS}\s+(?:to|will|shall|should|(?:is|are)\s+to|"
                           r"(?:will\s+)?(?:need|needs)\s+to|(?:has|have)\s+to)|"
                           # "Next steps for SR and AR:", "Actions for Ana:"
                           rf"{_ACTION_WORDS}\s+for\s+"
                           rf"{OWNERS.replace('(?P<owners>', '(?P<for>')})\s*:$|"
                           # "ACTION (Ray Raspberry)", "Action items (Ana):" over the items
                           rf"{_ACTION_WORDS}\s*"
                           rf"\({OWNERS.replace('(?P<owners>', '(?P<paren>')}\)\s*:?$")


# A topic, then who has it in brackets: "Storage Manager [Aarati]", "EMODnet physics (AN)".
_TOPIC_THEN_WHO = lazy_regex(r"^(?P<topic>[^\[\]()]{2,60}?)\s*[\[(](?P<who>[^\[\]()]{2,40})[\])]"
                             r"\s*:?$")


def topic_owners(text: str, ctx: Context) -> tuple[str, ...]:
    """Who a topic line over a list names in brackets ("Parser [Matt, Kevin]",
    "[Robert]", "EMODnet physics (AN)"), each a person's name or initials; else (). A
    name in round brackets is who presents the topic ("Budget (Teresia)"): ()."""
    if text[:1] == "[" and text.rstrip(" :")[-1:] == "]":
        text = "Topic " + text  # "[Robert]" alone over his items
    match = _TOPIC_THEN_WHO.match(text.strip()) if len(text) <= 100 else None
    who = match.group("who") if match else ""
    if who and text.rstrip(" :")[-1:] == ")" and not INITIALS.fullmatch(who):
        return ()  # "Approval process (Teresia)": who presents the topic, not who leads it
    owners = split_owners(who) if who else ()
    # ("(AN)" is initials though "an" is a word; "(Town Hall)" is a place.)
    if owners and (all(INITIALS.fullmatch(o) for o in owners) or (valid_owners(who) and all(
            INITIALS.fullmatch(o) or person_like(o, ctx) for o in owners))):
        return owners
    return ()


def owners_intro(text: str) -> tuple[str, ...]:
    """Who a line that introduces their tasks names ("Rob and Marianne to:", "Ana will:");
    else ()."""
    match = _OWNERS_INTRO.match(text.strip()) if len(text) <= 80 else None
    who = (match.group("owners") or match.group("for") or match.group("paren")) if match else ""
    if not who or not valid_owners(who):
        return ()
    return split_owners(who)


def person_item(text: str) -> tuple[str, ...]:
    """The person a stand-up's list item names, alone: "@jacobheun (not attending)",
    "@mgoelzer:", "Ana Lee:"; else ()."""
    match = _PERSON_ITEM.fullmatch(text.strip())
    who = match.group("who") if match else ""
    if not who or not valid_owners(who) or not (text.lstrip()[:1] == "@" or who[:1].isupper()):
        return ()
    return (who,)


def due_by_label(label: str, ref: date | None) -> date | None:
    """When a stand-up's list falls due: "Today" or "What will you do today?" by the end of
    the meeting's day, "Tomorrow" the day after, "This week" / "Next week" by its Friday."""
    if ref is None:
        return None
    if "oday" in label:
        return ref
    if "omorrow" in label:
        return ref + timedelta(days=1)
    if "week" in label.lower():
        due = find_due(label.rstrip(":?"), ref, field=True)
        return due.date if due else None
    return None


def person_heading(title: str, known: frozenset[str]) -> tuple[str, ...]:
    """The person a stand-up's heading names ("### Jonathan Trattner", "### @ana"): a name
    the notes know, a handle, or capitalised words none of which is an ordinary word."""
    who = person_item(title)
    if not who:
        return ()
    words_ = who[0].split()
    if title.lstrip()[:1] == "@" or who[0].lower() in known or words_[0].lower() in known or (
            all(not dictionary_word(w) for w in words_) and not product_part(who[0])):
        return who
    return ()
