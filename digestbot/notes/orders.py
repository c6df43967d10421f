"""Orders written as bare imperatives: "Remove the four slow engines from the plots.", a
plan's dated step, "Name verb object" in a list, a step under a topic."""

from __future__ import annotations

import re

from digestbot.model import FollowUp
from digestbot.notes.dates import find_due
from digestbot.notes.inline import GROUP_1, split_sentences
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import IMPERATIVES, is_verb, words
from digestbot.notes.lineforms import TITLE_LABEL
from digestbot.notes.lines import Block
from digestbot.notes.owners import named_person
from digestbot.notes.tasks import LINK_TARGET, Context, tidy_task
from digestbot.notes.tenses import base_of_ing

# Verbs that as often name a topic ("Update on the lease", "Review of the year", "Plan for
# May"): they, and the rarer verbs of MORE_VERBS, start a task only when an object follows
# ("Update the lease", "Plan a visit", "Replace the lock").
_NOUN_LIKE = words("""update review report plan test support release issue record list track
draft design order post request call file map label tag fund set start return lead host document
research reply meet help turn email e-mail estimate present progress budget cost quote survey poll
monitor transfer cover welcome feed ship train source discuss consult visit tour open brief
share""")
_WHEN_WORDS = words("after before during every until since weekly monthly daily")
_OBJECT_START = words("""the a an this that these those our their his her its some all more any
it them him up out back something""")
# Not what a meeting decided to do: a question, a hedge, an issue's title ("Renew the
# hosting contract #41"), praise ("Keep up the good work").
_NOT_LOOSE = lazy_regex(r"\?|\b(?:maybe|perhaps|possibly|might|could)\b|(?:^|\s)#\d|"
                        r"\b(?:good|great|excellent|nice)\s+(?:work|job)\b|"
                        # "- Discuss the budget", "- Talk about the roadmap" among a meeting's
                        # notes: a topic, not work ("Discuss it with the treasurer" is).
                        r"^(?:discuss|talk\s+about|chat\s+about|debate)\b(?!.*\bwith\b)", re.I)
ABOUT_IDEAS = lazy_regex(r"\b(?:ideas?|suggest\w*|options?|possible|brainstorm\w*|wish\w*|"
                         r"thoughts?)\b", re.I)
# A stand-up's own lists: "Done", "Next", "Blocked" hold one person's plans and reports.
_STANDUP_LABEL = lazy_regex(r"(?:done|next|blocked|blockers|doing|today|yesterday|this week|"
                            r"last week|wins|plans?|completed|in progress)\W*", re.I)
_PLEASE_START = lazy_regex(r"^(?:please|pls|plz)\s+", re.I)


_NO_OBJECT = lazy_regex(r"^[A-Za-z]+(?:/[A-Za-z]+)*\s+(?:as|if|when|so|asap|soon|please)\b", re.I)
_LINK_MARKUP = lazy_regex(r"\[([^\]]*)\]\([^)]*\)")


# "Fix for the login bug merged", "Talk by Ana was great", "Start date is June": the word
# after shows the first is a noun ("Ask for volunteers", "Apply for the grant" are tasks).
_NOUN_NEXT = words("""of from by is was are were has had went looks seems date time status
rate size quality results day list sheet line up-to-date""")
_FOR_VERBS = words("ask look apply pay prepare register search arrange call account vote wait")


def _noun_use(verb: str, after: str) -> bool:
    return after in _NOUN_NEXT or (after == "for" and verb not in _FOR_VERBS)


def plain_imperative(verb: str, after: str) -> bool:
    """Whether a line opening "<verb> <after> …" gives an order: a common task verb that
    seldom names a topic, not used as a noun ("Fix for the bug merged")."""
    return verb in IMPERATIVES and verb not in _NOUN_LIKE and not _noun_use(verb, after)


_NAME_THEN_VERB = lazy_regex(r"^(?P<name>[A-Z][\w'-]+)\s+(?P<verb>[a-z]+)\s+(?P<after>[\w'-]+)")


def name_then_verb(text: str, ctx: Context) -> list[FollowUp]:
    """ "Alis organise the room for the staff meeting": telegraphic notes put a task's verb
    straight after the one person named to do it (a verb without "-s", so not a report)."""
    match = _NAME_THEN_VERB.match(text)
    if not match or not named_person(match.group("name"), ctx):
        return []
    verb, after = match.group("verb"), match.group("after").lower()
    if verb not in IMPERATIVES or _noun_use(verb, after) or (
            verb in _NOUN_LIKE and after not in _OBJECT_START):
        return []
    rest = text[match.start("verb"):]
    first = split_sentences(rest)[0]
    phrase, due = tidy_task(first, ctx.ref, ctx.next_meeting)
    if due is None and first != rest:
        due = tidy_task(rest, ctx.ref, ctx.next_meeting)[1]  # "… Have it done by Friday."
    phrase = phrase[:1].upper() + phrase[1:]
    if len(phrase.split()) < 3:
        return []
    return [FollowUp(phrase, (match.group("name"),), due, "done" if ctx.checked else "open")]


_DATED_STEP = lazy_regex(r"^(?P<verb>[A-Za-z]{2,})\s+(?P<after>[\w'-]+)(?P<rest>[^()]*?)\s*"
                         r"\((?P<when>[^()]{3,30})\)(?:\s*\([^()]*\))?\s*[.;]?$")


def dated_step(text: str, ctx: Context) -> list[FollowUp]:
    """ "Finish the draft (end of July)", "Reviewing the options (by 5 August)": a step of
    a plan, opening with a task verb (or its "-ing" form), its deadline alone in brackets."""
    match = _DATED_STEP.match(text)
    if not match:
        return []
    verb, after = match.group("verb").lower(), match.group("after").lower()
    base = base_of_ing(verb) if verb.endswith("ing") else verb
    if not base or not is_verb(base) or (base == verb and (_noun_use(verb, after) or (
            verb in _NOUN_LIKE and after not in _OBJECT_START))):
        return []  # "Review of the year (May)", "Update on the lease (May)" name a topic
    when = match.group("when").strip()
    due = find_due(when, ctx.ref, field=True)
    if due is None or due.start > 0 or due.end < len(when.rstrip(" .")):
        return []  # "(Ana)", "(see the notes)": not a deadline
    phrase, _ = tidy_task(f"{base}{text[len(verb):match.start('when') - 1]}", ctx.ref)
    if not 2 <= len(phrase.split()) <= 12:
        return []  # a plan's steps are short; a longer line is prose that ends in a date
    return [FollowUp(phrase, ctx.owners, due.date, "done" if ctx.checked else "open")]


_PARTICLES = words("for out up into on with about in over through back down off")
# "Start uploading your metadata to the server": an order to begin something.
_STARTS_DOING = lazy_regex(r"(?i:start|begin|keep|continue)\s+[a-z]{3,}ing\s+\S")


def may_order(text: str) -> bool:
    """A cheap first test of `read_order`: a task verb, then what it acts on."""
    opening = text.split(maxsplit=2)
    return len(opening) == 3 and is_verb(opening[0].lower()) and (
        opening[1].lower() in _OBJECT_START or opening[1].lower() in _PARTICLES
        or opening[1][-3:] == "ing")


_LOOSE_NOT = words("reserve forward keep continue stay remain note")


def read_order(block: Block, ctx: Context) -> list[FollowUp]:
    """A list item or a paragraph of a meeting's notes that gives an order, under no topic:
    what the meeting decided to do ("Schedule something bigger for March"), when the verb
    acts on something ("Reserve fund at £3,100", a noun after the verb, is a figure) and
    the line is no question, hedge, issue title or praise."""
    opening = block.text.split(maxsplit=2)
    # ("Look for Brazilian churches", "Reach out to the library": a phrasal verb; not
    # "Reserve fund at £3,100", a noun after the verb.)
    if len(opening) < 3 or not (opening[1].lower() in _OBJECT_START or (
            opening[0].lower() not in _LOOSE_NOT and plain_imperative(
                opening[0].lower(), opening[1].lower())) or (
            opening[1].lower() in _PARTICLES and plain_imperative(
                opening[0].lower(), opening[1].lower())) or _STARTS_DOING.match(
            block.text)) or _NOT_LOOSE.search(block.text):
        return []
    return step_under_topic(block, ctx, "")


def step_under_topic(block: Block, ctx: Context, parent: str) -> list[FollowUp]:
    """ "- Slack moderators" / "  - Ask the members who would like to help": a line of
    discussion notes under a topic that opens with a bare imperative records what is to be
    done about it (the topic itself, "Create a fund proposal #756", is only its title)."""
    text = _PLEASE_START.sub("", block.text.strip())
    words_ = text.replace("/", " / ", 1).split(maxsplit=2)
    parent = parent.rstrip()
    if len(words_) < 2 or text.endswith(("?", "!")) or parent.endswith("?") or (
            ABOUT_IDEAS.search(parent)) or not words_[0][:1].isalpha() or (
            parent.endswith(":") and len(parent.split()) <= 4) or _STANDUP_LABEL.fullmatch(
            parent) or named_person(parent.strip(" :"), ctx) or TITLE_LABEL.match(text):
        # Under a question or a label ("Ideas:", "Done:", "Next:", a person's name) the lines
        # are answers, options or someone's own points, not what the meeting decided to do;
        # "Compile Commands Problem: …" opens with a title, not an imperative.
        return []
    verb, after = words_[0].lower(), words_[1].lower().strip(",.;:()")
    if after in _WHEN_WORDS:
        return []  # "Run after the lecture" says when something happens, not what to do
    plain = plain_imperative(verb, after)
    if not is_verb(verb) or not (plain or after in _OBJECT_START or (
            after == "/" and words_[2:3] and words_[2][:1].isalpha())  # "review/comment on …"
            or _STARTS_DOING.match(text)):
        return []
    if ". " in text:
        # "2) talk to Talisha about your travel. Detailed info is in the doc": the order is
        # the first sentence; what follows only tells more.
        text = split_sentences(text)[0]
    phrase, due = tidy_task(text[:1].upper() + text[1:], ctx.ref, ctx.next_meeting)
    if _NO_OBJECT.match(text) and len(parent) <= 160:
        # "Please review/comment as we need more votes" under the item it is about.
        about = LINK_TARGET.sub("", _LINK_MARKUP.sub(GROUP_1, parent)).strip(" .;:")
        phrase = f"{phrase} ({about[:1].lower()}{about[1:]})"
    if len(phrase.split()) < 3:
        return []
    return [FollowUp(phrase, ctx.owners, due, "done" if ctx.checked else "open")]
