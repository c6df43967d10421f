"""Owner tests: whether the words before or after a task name someone who can do it (a
person the notes name, an office-holder, a group, a handle) or a thing ("Jackets", "Website
redesign").
"""

from __future__ import annotations

import re

from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    LAB_ROLES,
    NOT_NAMES,
    TITLES,
    Usage,
    any_verb,
    dictionary_word,
    everyday_word,
    is_verb,
    long_plain_word,
    split_owners,
    words,
)
from digestbot.notes.tasks import Context
from digestbot.notes.tenses import base_of_ing

META_LABEL = lazy_regex(r"^(?:present|attendees|attendance|participants|apologies|absent|regrets|"
                         r"chairs?|facilitator|notes?|note-?taker|minutes|scribe|date|time|venue|"
                         r"location|in attendance|hosts?|guests?|"
                         # "Example: input selection should not jump …": an illustration
                         r"examples?|e\.?g\.?|for (?:example|instance)|"
                         # a tracker's fields under its "Task:" line
                         r"status|state|id|workgroup|priority|labels?|"
                         # "Update: unfortunately no progress here": where a task stands
                         r"(?:updates?|progress)(?:\s+[\d./-]{4,10})?)\s*:",
                         re.I)


def person_like(owner: str, ctx: Context) -> bool:
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


def acronym_group(owners: str) -> bool:
    """Whether owners an acronym names are people: "Each SIG", "All TAs", "SIGs" (a group
    of groups), not "PR" or "PRs"."""
    group = _ACRONYM_GROUP.fullmatch(owners)
    if group is None:
        return False
    return group.group("name") not in _THING_ACRONYMS and bool(group.group("each") or
                                                               group.group("s"))


def plain_name(word: str, ctx: Context) -> bool:
    """Whether a lower-case word before a task is a user name: one the attendance lists, or
    no English word, verb or label ("note:", "todo:", "wip:" are none)."""
    if word in ctx.known:
        return True
    return word.isalnum() and not (any_verb(word) or everyday_word(word) or word in NOT_HANDLES
                                   or META_LABEL.match(word + ":"))


# Labels that open a list item in lower case and are no one's name ("[wip] fix …", "todo:
# write …"), beside NOT_NAMES.
NOT_HANDLES = NOT_NAMES | words("""x ai ap api asap blocked bug ci closed doc docs draft edit
eta fix fyi idea later now optional owner qa task tasks tbc tbd todo wip ui ux""")


def common_noun(word: str, ctx: Context) -> bool:
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


_ABSTRACT = lazy_regex(r"(?:tion|sion|ment|ity|ness|ance|ence|ship|ics|ism|ogy)s?$")


def thing_owner(owners: str, ctx: Context) -> bool:
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
        words_ = owner.split()
        if len(words_) >= 2 and words_[0].lower() not in ctx.known and any_verb(
                words_[0].lower()) and dictionary_word(words_[0]):
            continue  # "View Security Info: list all recipients": a screen, a command
        # (Else one word only: "Rose Hill" is a person, whatever her words mean.)
        if " " in owner or owner.lower() in ctx.known or base.lower() in _PERSON_NOUNS or not (
                dictionary_word(base.capitalize()) or long_plain_word(owner)):
            return False
    return True


# Everyone at the meeting, whom a duty anywhere in the notes addresses: "Everyone should
# clone the repository", "Each member must submit a reflection".
EVERYONE = lazy_regex(r"(?i:everyone|everybody|all of us|each of us|(?:each|every) (?:team )?"
                      r"member|all (?:the )?(?:team )?members|all participants)")


def may_need(owner: str, ctx: Context) -> bool:
    """Whether "<owner> needs to …" gives `owner` a task: a person the notes name ("Dan
    needs to renew the domain", not "the site needs to …"), or, in a list of actions, a
    group or a name that is no common word ("TODO: Each team member needs to write …",
    "Upcoming goals: James needs to define the interface")."""
    return named_person(owner, ctx) or bool(EVERYONE.fullmatch(owner)) or (ctx.action_section and (
        GROUPS_RE.fullmatch(owner) is not None or (person_like(owner, ctx) and not any(
            everyday_word(w) for w in owner.split()))))


def lower_word(owners: str, usage: Usage) -> bool:
    """Whether a one-word owner is a word the notes also write in lower case and never
    capitalise mid-sentence: an ordinary word opening the sentence ("Event will …")."""
    return " " not in owners and owners[:1].isupper() and not GROUPS_RE.match(owners) and (
        usage.in_lower_case(owners) and not usage.as_name(owners))


def opens_with_verb(owners: str, ctx: Context) -> bool:
    """ "Advance text analysis" in a checkbox list: its first word is a verb, not a name
    ("Double check X" opens with a task verb; a checkbox or a line of a list of actions may
    open with any verb, "Integrate map view")."""
    first = owners.split()[0].lower()
    return is_verb(first) or ((ctx.checked is not None or ctx.action_section)
                              and any_verb(first))


# "The Clerk", "our Finance Officer", "the Director": one office-holder.
OFFICE = lazy_regex(r"(?i:(?:our|the)\s+)?(?:[A-Z][a-z]+\s+)?(?i:secretary|"
                     r"chair(?:man|woman|person)?|treasurer|clerk|president|director|officer|"
                     r"manager|administrator|coordinator|ceo|chief executive|"
                     + "|".join(LAB_ROLES) + ")$")


def one_person(owners: str, ctx: Context) -> bool:
    """ "Cllr Reid", "Our Secretary", or a name the notes use as one: a single person."""
    return bool(re.match(TITLES + r"\s", owners) or OFFICE.match(owners)
                or named_person(owners, ctx))


_ONE_OR_TWO_NAMES = lazy_regex(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?")


def named_person(subject: str, ctx: Context) -> bool:
    """ "Anton to be paid the outstanding amount": something is to be done for someone the
    notes name elsewhere (attendance, or capitalised mid-sentence), not "Code to be given out"."""
    if not _ONE_OR_TWO_NAMES.fullmatch(subject):
        return False
    first = subject.split()[0].lower()
    return first in ctx.known or bool(ctx.usage and ctx.usage.as_name(first) and not (
        ctx.usage.in_lower_case(first)))


def label_person(owners: str, ctx: Context) -> bool:
    """ "Kevin: Website updates" in a list of actions: the label is someone the notes name
    (in the attendance, or capitalised mid-sentence; an e-mail address may spell it in
    lower case)."""
    first = split_owners(owners)[0].split()[0]
    return first.lower() in ctx.known or bool(
        ctx.usage and first[:1].isupper() and not is_verb(first.lower()) and (
            ctx.usage.as_name(first) or not ctx.usage.in_lower_case(first)))
