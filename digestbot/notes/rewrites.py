"""Forms that name the owner or the due date unusually, rewritten to the forms the owned
rules read: "Action for Ana: …", "Ben's action: …", "Ana took an action to …", "Ana is
responsible for booking …" -> "Ana will …"; "By Friday, Jenny will email …" -> "Jenny will
email … by Friday."
"""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.notes.dates import find_dates
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    OWNER_LIST,
    OWNERS,
    any_verb,
    is_verb,
    split_owners,
    valid_owners,
    verb_at_all,
)
from digestbot.notes.owners import named_person, person_like
from digestbot.notes.tasks import Context
from digestbot.notes.tenses import base_of_ing

OWNER_CLAUSE = lazy_regex(rf"{OWNERS}\s+(?:will|shall|to|'ll|is going to|would|"
                           r"(?:agreed|offered|volunteered|promised|undertook) to|"
                           r"are going to|(?:is|are)(?=\s+[a-z]+ing\s))\s+[a-z]")


# ("For the next meeting, prepare a talk", "The coming week, book the room": when it is due.)
_NEXT_MEETING = (r"(?:for\s+)?(?:the\s+)?(?:(?:next|coming)\s+(?:meeting|call|session|time)|"
                 r"coming\s+(?:week|month))")
_COMING = (r"(?:in|over|during|within)\s+the\s+(?:coming|next|following)\s+"
           r"(?:(?:few|two|three|couple\s+of)\s+)?(?:days?|weeks?|months?)|"
           r"this\s+coming\s+(?:week|month)")
_COMING_FRONT = lazy_regex(_COMING, re.I)
_FRONTED = lazy_regex(r"^(?P<front>(?:(?:by|before|no later than|until|after|once|when|following|"
                      rf"at|on|in|within|during)\b[^,]{{1,60}}|{_NEXT_MEETING})),\s+(?P<rest>\S.*)$",
                      re.I)
_FRONTED_TIME = lazy_regex(r"^(?P<front>(?:next|this|on)\s+(?:week|month|monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday)|"
                           # "In the coming week I will …", "Over the next two weeks, Ana …"
                           rf"{_COMING}),?\s+(?P<rest>[A-Z@].*)$", re.I)
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
_IN_TOUCH = lazy_regex(r"\b(will|would|to)\s+be\s+in\s+(touch|contact)\s+with\b")
_ANYONE_TO = lazy_regex(r"^(?:someone|somebody|anyone|anybody)\s+(?:to|will|needs\s+to)\s+",
                        re.I)
_DONE_THEN_PASSIVE = lazy_regex(r"^(?P<subject>.+?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                                r"[a-z]+(?:ed|en|wn)\s+and\s+(?P<rest>will\s+be\s+[a-z]+.*)$")


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


def with_will(match: re.Match[str], text: str) -> str:
    """The owners a form matched, then "will" and what follows the match: the form the
    owned-sentence patterns read ("Tomas should investigate" -> "Tomas will investigate")."""
    return f"{match.group('owners')} will {text[match.end():]}"


def _without_adverb(match: re.Match[str]) -> str:
    """Groups 1 and 2, as a template of them would give, without a template to expand."""
    return match[1] + (match[2] or "")


def normalise(body: str, ctx: Context) -> tuple[str, Context]:
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
            body = with_will(offer, body)
    if any(adverb in body for adverb in _ADVERBS):
        body = _ADVERB.sub(_without_adverb, body, count=1)
    if "-" in body and _HYPHEN_PARTICLE.search(body):
        body = _HYPHENED_VERB.sub(r"\1 \2", body, count=1)  # "to follow-up on the PR"
    if ("touch" in body or "contact" in body) and _IN_TOUCH.search(body):
        body = _IN_TOUCH.sub(r"\1 get in \2 with", body, count=1)  # "Dev will be in touch with …"
    if _may_rewrite(body):
        body, ctx = _rewrite(body, ctx)
    return body, ctx


def named_later(body: str, ctx: Context) -> str:
    """A sentence that names its owner after a clause, rewritten to start with them."""
    when = _WHEN_CLAUSE.match(body) if body[:1] in "OoWwAaBb" and " will " in body else None
    if when and named_person(when.group("who"), ctx):
        # "Once doc revisions are addressed Brian will bring it back": the comma left out.
        return f"{body[:when.start('who')].rstrip()}, {body[when.start('who'):]}"
    for_whom = FOR_WHOM.match(body) if ctx.line_item and " for " in body else None
    if for_whom and verb_at_all(for_whom.group("verb")) and named_person(
            for_whom.group("who"), ctx):
        # "A few comments in there for Brian to resolve": Brian resolves them.
        thing = for_whom.group("thing")
        return (f"{for_whom.group('who')} will {for_whom.group('verb')} "
                f"{thing[:1].lower()}{thing[1:]}{for_whom.group('rest')}")
    return body


_WHEN_CLAUSE = lazy_regex(r"^(?i:once|when|after|as\s+soon\s+as|before)\s+[^,;]{3,120}?\s+"
                          r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+will\s+[a-z]")
FOR_WHOM = lazy_regex(r"^(?P<thing>(?i:a\s+few|a|an|the|some|several|two|three|these|those|"
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


def mentions_first(text: str) -> str:
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


def _may_rewrite(body: str) -> bool:
    """Whether `_rewrite` may find something to do: a line that opens with "Action",
    "Task" or "Assigned", names an action, says who is responsible or in charge, has "be
    …ing", or is "Ana: will …". (Each test looks for its own words: one pattern with all of
    them scanned every position of every sentence.)"""
    low = body.lower()
    if low.startswith(("action", "task")) or "assigned" in low or " task " in low or \
            "responsible for" in low or "in charge of" in low:
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
_WAS = r"(?:was|were|is|are|has been|have been|got|gets|get|'s been)"
# "Ana was assigned to write the tests", "Peter got assigned the login page".
_GIVEN_WORK = lazy_regex(rf"^{OWNERS}\s+{_WAS}\s+(?:re-?)?assigned\s+(?:to\s+)?(?P<work>\S.*)$")
# "The login page was assigned to Mira", "Assigned the signup form to Tomas".
_WORK_GIVEN = lazy_regex(rf"^(?:(?i:assigned)\s+(?P<a>\S.{{2,80}}?)|(?P<b>\S.{{2,80}}?)\s+{_WAS}\s+"
                         rf"(?:re-?)?assigned)\s+to\s+{OWNERS}[\s.!]*$")
# "Peter: got task US04-BI03", "Mira took the task of the search page".
_TOOK_TASK = lazy_regex(rf"^{OWNERS}\s*:?\s+(?i:got|took|picked up|takes|picks up|gets)\s+"
                        r"(?i:(?:the\s+|a\s+)?task\s+(?:of\s+)?)(?P<work>\S.*)$")
_PRONOUN_WORK = frozenset(("it", "this", "that", "them", "these", "those"))


def _assigned(body: str, ctx: Context) -> str | None:
    """ "Ana was assigned to write the tests", "The login page was assigned to Mira",
    "Peter: got task US04-BI03": who is given which work, as "Ana to …"."""
    given = _GIVEN_WORK.match(body) or _TOOK_TASK.match(body)
    if given:
        owners, work = given.group("owners"), given.group("work").rstrip(" .")
        task_of = given.re is _TOOK_TASK
    else:
        taken = _WORK_GIVEN.match(body)
        if taken is None:
            return None
        owners, work, task_of = taken.group("owners"), (taken.group("a") or taken.group(
            "b")).rstrip(" ."), False
    if not valid_owners(owners) or not all(
            named_person(o, ctx) or person_like(o, ctx) or GROUPS_RE.fullmatch(o)
            for o in split_owners(owners)) or work.lower() in _PRONOUN_WORK:
        return None
    verb = work.split(maxsplit=1)[0].lower()
    if verb_at_all(verb) and not task_of and (is_verb(verb) or given):
        return f"{owners} to {work}"  # "… assigned to write the tests"
    ing = base_of_ing(verb) if verb.endswith("ing") else ""
    if ing:
        return f"{owners} to {ing}{work[len(verb):]}"  # "… assigned writing the tests"
    if not work[1:2].isupper():
        work = work[:1].lower() + work[1:]  # "The login page": "work on the login page"
    return f"{owners} to work on {'task ' if task_of else ''}{work}"


def _rewrite(body: str, ctx: Context) -> tuple[str, Context]:
    """ "Action on Marta to …", "Marta took an action to …", "Ana: will …", "Ana is
    responsible for booking …", "Ana will be drafting …" -> "Marta to …" / "Ana will …"."""
    assigned = _ASSIGNED.match(body)
    if assigned and valid_owners(assigned.group("owners")):
        return body[assigned.end():], replace(ctx, owners=split_owners(
            assigned.group("owners")), action_section=True)
    given = _assigned(body, ctx) if "ssigned" in body or "task" in body else None
    if given:
        return given, ctx
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
        if match and not base and match.group("verb") == "working" and \
                body[match.end():match.end() + 4] == " on ":
            base = "work"  # "Ben will be working on the budget": work on it
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


def move_due_phrases(body: str) -> str:
    """ "By Friday, Jenny will email …" and "Helen will, by the end of the month, chase …"
    put the due date where the task rules look for it: after the task."""
    comma = "," in body
    fronted = (_FRONTED.match(body) if comma else None) or (
        _FRONTED_TIME.match(body) if body[:1] in "nNtToOiIdDwW" else None)
    if fronted:
        front = fronted.group("front")
        rest = fronted.group("rest").rstrip(" .")
        if _COMING_FRONT.fullmatch(front):
            return f"{rest} {front[:1].lower()}{front[1:]}."  # "… in the coming week."
        if re.match(r"(?:by|before|no later than|until|next|this|within|for|the|coming)\b",
                    front, re.I) or (re.match(r"on\b", front, re.I) and find_dates(front)):
            return f"{rest} {front}."
        return rest  # "After the meeting, Raj agreed to …", "On our side, …": not a due date
    named = _NAMED_AFTER_COMMA.match(body) if comma else None
    if named and valid_owners(named.group("owners")) and not OWNER_CLAUSE.match(body):
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


# After an action mark, what someone should do or is doing is their action: "AI: Tomas
# should investigate Helios", "AI: Michal is retiring the old site".
_MARKED_SHOULD = lazy_regex(rf"^\s*{OWNERS}\s+(?:should|must|needs?\s+to|ha(?:s|ve)\s+to|"
                            r"(?:is|are)\s+to)\s+(?=[a-z])")
_MARKED_DOING = lazy_regex(rf"^\s*{OWNERS}\s+(?:is|are)\s+(?:now\s+|also\s+|still\s+)?"
                           r"(?P<doing>[a-z]+ing)\b")


def marked_duty(body: str) -> str:
    """An action-marked line's "X should …" or "X is doing …" as "X will …"."""
    should = _MARKED_SHOULD.match(body)
    if should and valid_owners(should.group("owners")):
        return with_will(should, body)
    doing = _MARKED_DOING.match(body)
    base = base_of_ing(doing.group("doing"), known=any_verb) if doing else ""
    if doing and base and valid_owners(doing.group("owners")):
        # "… and doing the tooling": each doing said as what they will do.
        rest = _AND_DOING.sub(lambda m: "and " + (base_of_ing(m[1], known=any_verb) or m[1]),
                              body[doing.end():])
        return f"{doing.group('owners')} will {base}{rest}"
    return body


_AND_DOING = lazy_regex(r"(?<=\s)and\s+([a-z]+ing)\b")
