"""Sentences with more than one task: owned clauses joined ("Ana will draft it and Ben will
send it"), clauses after a topic or a separator, work shared out on a line ("Ana: slides,
Ben: budget"), and "respectively".
"""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.model import FollowUp
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    OWNER_LIST,
    OWNERS,
    OWNERS_RE,
    is_verb,
    split_owners,
    valid_owners,
)
from digestbot.notes.owners import person_like
from digestbot.notes.plans import FINITE, FINITE_WORDS, PASSIVE_RE
from digestbot.notes.reading import sentence_follow_up
from digestbot.notes.rewrites import OWNER_CLAUSE
from digestbot.notes.tasks import Context, semicolon_ends
from digestbot.notes.trailing import OWNER_LABEL
from digestbot.notes.wrappings import ACTION_PREFIX, AGREED, PREFIX_STARTS, has_cue

# "…, and that Ben would print them": the second of two agreed clauses.
_SO_CLAUSE = lazy_regex(r",\s+so\s+(?=(?:we|I|[A-Z@][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)?)\s*"
                        r"(?:will|'ll|shall|'re\s+going\s+to|are\s+going\s+to|is\s+going\s+to)"
                        r"\s)")
_JOINER = lazy_regex(r"(?:[;,]\s*(?:and\s+)?(?:that\s+)?|\s+and\s+(?:that\s+)?|\s+while\s+)"
                     r"(?=[A-Z@]|(?:he|she)\s)")
# "… with Jerome" just before "and Matt to …": Matt is with whom, not a second owner.
_WITH_WHOM = lazy_regex(r"\b(?:with|between)\s+@?[A-Z][\w'.-]*(?:\s+[A-Z][\w'-]*)?$")


# "Ayomi: Tone Detection, Drew, Emily, Jennie: Treasure Detection": who takes which part.
_SHARE = lazy_regex(rf"(?P<who>{OWNER_LIST})\s*:\s*(?P<thing>[^:;,.]{{2,60}}?)\s*"
                    rf"(?:[,;]\s*(?={OWNER_LIST}\s*:)|[.;]?$)")


_ROLE_WORD = lazy_regex(r"(?i:chair|minutes|scribe|facilitator|host|note-?taker|time-?keeper|"
                        r"secretary|treasurer|president|moderator|present|apologies|regrets)")


def _shares(body: str, ctx: Context) -> list[FollowUp]:
    """A list line that shares out the work, two or more "names: part" pairs in a row, gives
    each their part; anything else on the line, or a pair that names no one, gives none."""
    found, at = [], 0
    while at < len(body) and (share := _SHARE.match(body, at)):
        who = share.group("who")
        thing = share.group("thing").split()
        if not valid_owners(who) or len(thing) < 2 or is_verb(thing[0].lower()) or \
                GROUPS_RE.fullmatch(who) or _ROLE_WORD.search(who) or \
                person_like(share.group("thing"), ctx):
            # (Not votes, "Ana: yes, Ben: no", nor "Ana: send it, Ben: …", nor a roster of
            # roles, "Chair: Ana Lopez, Minutes: Ben Ray".)
            return []
        found.append(FollowUp(share.group("thing"), split_owners(who), None,
                              "done" if ctx.checked else "open"))
        at = share.end()
    return found if len(found) >= 2 and at >= len(body) else []


def sentence_follow_ups(text: str, ctx: Context) -> list[FollowUp]:
    """Every follow-up a sentence gives: "Ana will draft it and Ben will send it" is two."""
    text = text.strip()
    if not (ctx.action_section or ctx.owners or ctx.checked is not None or has_cue(text)):
        return []
    if len(text) > _LONGEST:
        # No one writes a sentence of 20,000 characters: it is a paste that lost its stops,
        # read in pieces cut at a comma or "and" so the clause cutting stays linear.
        return [item for piece in _pieces(text) for item in sentence_follow_ups(piece, ctx)]
    prefixed = ACTION_PREFIX.match(text) if text[:1] in PREFIX_STARTS else None
    head = text[:prefixed.end()] if prefixed else ""
    body = text[len(head):]
    label = OWNER_LABEL.match(body) if ctx.action_section and not head and "; " in body \
        else None
    if label and valid_owners(label.group("owners")):
        # "DaveM: fix the NLS strings; apply Rupen's patch": one owner's tasks in a list of
        # actions, each its own follow-up.
        head, body = body[:label.end()], body[label.end():]
        prefixed = label
    cuts = _clause_starts(body, marked=prefixed is not None)
    shares = _shares(body, ctx) if ctx.line_item and body.count(":") >= 2 else []
    if shares:
        return shares
    if len(cuts) == 1:
        return _one_clause(text, head, body, ctx)
    return _each_clause(body, head, cuts, ctx)


_LONGEST = 20_000
_PIECE_END = lazy_regex(r".*(?:,|\sand)\s", re.S)


def _pieces(text: str) -> list[str]:
    """`text` in pieces of at most _LONGEST characters, each cut after a comma or "and"
    where there is one, else at a space."""
    pieces = []
    while len(text) > _LONGEST:
        window = text[:_LONGEST]
        end = _PIECE_END.match(window)
        at = end.end() if end else window.rfind(" ") + 1 or _LONGEST
        pieces.append(text[:at])
        text = text[at:]
    return [*pieces, text]


def _clause_starts(body: str, *, marked: bool) -> list[int]:
    """Where each owned clause of the body starts (0 for the first): after "and" or a comma
    before another owner and auxiliary, "and will" again, or a semicolon that ends one."""
    cuts = [0]
    # A second owned clause needs two auxiliaries ("… will draft it and Ben will send it"),
    # or a report before it ("We discussed the budget, and Paul will send the figures").
    auxes = len(_AUX.findall(body))
    joints = _JOINER.finditer(body) if auxes >= 2 or (auxes == 1 and " will " in body) else ()
    last_be = body.rfind(" be ")
    for joint in joints:
        match = OWNER_CLAUSE.match(body, joint.end())
        pronoun = _PRONOUN_WILL.match(body, joint.end()) if match is None else None
        if match is None and pronoun is None and last_be >= joint.end():
            # "Ana will check the drains and the council will be notified": an owner-less
            # task in the second clause.
            passive = PASSIVE_RE.match(body[joint.end():])
            if passive and passive.group("aux").lower() in ("will", "shall") and re.search(
                    r"\s(?:will|shall|'ll)\s+(?!be\s)\w+", body[cuts[-1]:joint.start()]):
                cuts.append(joint.start())
            continue
        if match is None and pronoun is None:
            continue
        before = body[cuts[-1]:joint.start()]
        if match and " to " in match.group(0) and _WITH_WHOM.search(before):
            continue  # "Martin to liaise with Jerome and Matt to consider X": one task, Martin's
        # Only where a whole clause precedes: "Tom and Leila will" is one owner list.
        if (pronoun or (match and valid_owners(match.group("owners")))) and (re.search(
                r"\s(?:will|shall|to|'ll|would)\s+\w+", before) or (
                    auxes == 1 and match and "that" not in joint.group(0)
                    and _REPORT.match(before))):
            cuts.append(joint.start())
    if " and will " in body or " and 'll " in body:
        # "Tom will write to the lawyers and will also follow up on the refund": two tasks.
        lead = OWNERS_RE.match(body)
        for again in _AND_WILL_AGAIN.finditer(body):
            if lead and re.search(r"\s(?:will|'ll)\s+\w+", body[cuts[-1]:again.start()]):
                cuts.append(again.start())
    if marked and ";" in body:
        cuts += [m.start() for m in re.finditer(";", body) if semicolon_ends(body, m.start())]
    elif ";" in body:
        # "The statement has been sent; a briefing note is forthcoming": two statements.
        cuts += [m.start() for m in _SEMI_CLAUSE.finditer(body)
                 if (_FINITE_OR_WOULD.search(body, cuts[-1], m.start())
                     or _PRONOUN_WILL.match(body, m.end()))
                 and semicolon_ends(body, m.start())]
    return sorted(set(cuts))


def _one_clause(text: str, head: str, body: str, ctx: Context) -> list[FollowUp]:
    """The follow-ups of a sentence of one owned clause: the sentence's own, or that of the
    clause after a dash, "- I'll", ", so", or the owned clauses of a list line."""
    item = sentence_follow_up(text, ctx)
    dash = _SPACED_DASH.search(body) if item is None and ctx.action_section else None
    then_i = _THEN_I.search(body) if item is None and ctx.speaker and dash is None else None
    if dash:
        # "We still need someone to draft X – Chen said he could take a first pass."
        item = sentence_follow_up(head + body[dash.end():], ctx)
    elif then_i:
        # "STA: I see the concern with 7 - I'll open an issue about it": "it" is the
        # clause before.
        item = sentence_follow_up(body[then_i.end():], ctx)
        before = body[:then_i.start()].strip()
        if item and len(item.task.split()) <= 8 and _POINTER.search(item.task) and len(
                before.split()) <= 15:
            item = FollowUp(f"{item.task} ({before})", item.owners, item.due, item.status)
    so = _SO_CLAUSE.search(body) if item is None and ", so " in body else None
    if so:
        # "We may need help with it, so we're going to create a ticket": what the
        # reason before the comma leads someone to do.
        item = sentence_follow_up(body[so.end():], ctx)
    if item is None and ctx.line_item and _LATER_CUE.search(body):
        return _later_clauses(body, head, ctx)
    if item and not item.owners and ctx.checked is not None and _LATER_CUE.search(body):
        # "[ ] Waste clearing - Thais will train the new students": the box is Thais's
        # task, not the topic before the dash.
        later = _later_clauses(body, head, ctx)
        if later and all(f.owners for f in later):
            return later
    if item and len(item.owners) == 2 and "respectively" in item.task:
        return _respectively(item)
    return [item] if item else []


def _each_clause(body: str, head: str, cuts: list[int], ctx: Context) -> list[FollowUp]:
    """The follow-up of each owned clause, each read with the first clause's owners for
    its "will …" or pronoun, and a due date at the end shared by them all."""
    parts = [body[a:b] for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True)]
    found: list[FollowUp] = []
    lead = OWNERS_RE.match(body)
    for part in parts:
        part = re.sub(r"^(?:[;,]\s*)?(?:and|while)?\s*", "", part.strip())
        if part.startswith("that ") and found:
            # "It was agreed that Ana would X and that Ben would Y": Ben's clause is agreed too.
            agreed = AGREED.match(body)
            part = (agreed.group(0) if agreed else "") + part[5:]
        if part.startswith("will ") and lead and valid_owners(lead.group("owners")):
            part = f"{lead.group('owners')} {part}"
        pronoun = _PRONOUN_WILL.match(part)
        if pronoun and lead and pronoun.group(1).lower() != "we" and valid_owners(
                lead.group("owners")):
            # "Bev reported …; she'll send reminders": the pronoun is the first subject.
            part = f"{lead.group('owners')} will{part[pronoun.end():]}"
        then = _BY_THEN.search(part) if found and found[-1].due else None
        if then:
            part = part[:then.start()] + part[then.end():]
        own = OWNER_LABEL.match(part) if head and ":" in part[:40] else None
        if own and valid_owners(own.group("owners")):
            # "Jane: finalise the scope; Bob: update the timeline": Bob's clause is his.
            item = sentence_follow_up(part, ctx)
        else:
            item = sentence_follow_up(head + part, ctx) if part else None
        if item and then and item.due is None:
            # "Rosa will circulate it by 7 March, and Femi is sending X before then."
            item = replace(item, due=found[-1].due)
        if item:
            found.append(item)
    shared = found[-1].due if found and not parts[-1].lstrip().startswith(";") else None
    if shared and _TRAILING_DUE.search(parts[-1].rstrip(" .")):
        # "Pavel will fix X and Ines will look into Y before the next meeting": a deadline
        # at the end of coordinated clauses covers them all.
        found = [i if i.due else replace(i, due=shared) for i in found]
    return found


# "… the video and photo programs, respectively": one shared plural noun; "… the budget
# and the agenda, respectively": two objects of the task's verb.
_RESPECTIVE_NOUN = lazy_regex(r"^(?P<pre>.*?)\b(?P<x>[\w-]+)\s+and\s+(?P<y>[\w-]+)\s+"
                              r"(?P<noun>[\w-]+[^s\W]s),?\s+respectively\b,?(?P<rest>.*)$")
_RESPECTIVE = lazy_regex(r"^(?P<pre>\S+\s+)(?P<x>.+?)\s+and\s+(?P<y>.+?),?\s+respectively\b,?"
                         r"(?P<rest>.*)$")


def _respectively(item: FollowUp) -> list[FollowUp]:
    """ "Ana and Ben will propose changes to the video and photo programs, respectively":
    one task each, in the order the owners are named."""
    shared = _RESPECTIVE_NOUN.match(item.task)
    match = shared or _RESPECTIVE.match(item.task)
    if not match:
        return [item]
    noun = f" {_singular(shared.group('noun'))}" if shared else ""
    rest = match.group("rest").rstrip()
    return [FollowUp(f"{match.group('pre')}{what}{noun}{rest}", (owner,), item.due, item.status)
            for what, owner in zip((match.group("x"), match.group("y")), item.owners,
                                   strict=True)]


def _singular(plural: str) -> str:
    """ "inventories" -> "inventory", "batches" -> "batch", "programs" -> "program"."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "ches", "shes", "xes")):
        return plural[:-2]
    return plural[:-1]


_LATER_CUE = lazy_regex(r"\s(?:will|to|'ll|going to)\s")
# "Banner issue - … (Nancy to ask if it can be edited)", "Main TODO - the web team to get in
# touch with …", "CI => Ops team to compare both": a clause that names who does what after a
# topic, a leading clause, an arrow or an opening bracket. ("The issue stays open as Ulises
# will support the migration": after a reason's conjunction too.)
_LATER_OWNED = lazy_regex(rf"(?:\s[-–—]+\s+|\s*(?:=>|->|→)\s*|:\s+|\s\(|,\s+|\s+and\s+|"
                          rf"\s+(?:as|since|because)\s+)"
                          rf"(?={OWNERS}\s+"
                          r"(?:will|'ll|to|is going to|are going to)\s+[a-z])")


def _later_clauses(body: str, head: str, ctx: Context) -> list[FollowUp]:
    """The owned clauses after separators in a list line, each read as a line of its own
    up to the next separator."""
    found: list[FollowUp] = []
    for cut in _LATER_OWNED.finditer(body):
        if body.count("(", 0, cut.start()) > body.count(")", 0, cut.start()):
            continue  # inside "Van rota (Ifeoma done, Wen to check)": the aside rule's
        if cut.group(0).strip() == "and" and (not FINITE.search(body, 0, cut.start())
                                               or _CONDITION.match(body)):
            continue  # "Ana and Ben will …" is one subject; "X still has it and Ben will …" two
        clause = body[cut.end():]
        if cut.group(0).endswith("("):
            clause, _, after = clause.partition(")")
            if not after.strip(" .;") and not found:
                continue  # "Topic (Joost will send invites)": the aside reading keeps the topic
        clause = _NEXT_SEPARATOR.split(clause, maxsplit=1)[0]
        item = sentence_follow_up(head + clause, ctx)
        if item and item.owners:
            found.append(item)
    return found


_CONDITION = lazy_regex(r"(?:if|unless|when|once|should)\s", re.I)
_NEXT_SEPARATOR = lazy_regex(r"\s[-–—]+\s|\s\(|\s*(?:=>|->|→)\s*|;\s")


_POINTER = lazy_regex(r"\b(?:this|it|that)\b", re.I)


_THEN_I = lazy_regex(r"(?:\s[-–—]\s+|;\s+|,\s+(?:and|so|but)\s+)(?=I\s*(?:['’]ll|will)\s)")
_SPACED_DASH = lazy_regex(r"\s[–—]\s+(?=[A-Z@])")


_BY_THEN = lazy_regex(r"\s+(?:by|before)\s+then\b", re.I)
# A clause that reports what happened: a subject, then a verb in the past ("We discussed the
# budget", "Folks have expressed interest in joining the group").
_REPORT = lazy_regex(r"^\W*(?:[A-Za-z][\w'-]*\s+){1,6}?(?:(?:have|has|had)\s+(?:also\s+)?"
                     r"[a-z]+(?:ed|en|wn)|[a-z]{3,}ed)\b[^:]*$")
# r"\s(?:will|shall|to|would)(?=\s)|'ll(?=\s)|\s(?:is|are)\s+[a-z]+ing(?=\s)", written so
# that every match opens with one character class (the scan stops only at spaces and
# apostrophes); the look-behinds say which of the two it was.
_AUX = lazy_regex(r"[\s'](?:(?<=\s)(?:will|shall|to|would)(?=\s)|(?<=')ll(?=\s)|"
                  r"(?<=\s)(?:is|are)\s+[a-z]+ing(?=\s))")
_SEMI_CLAUSE = lazy_regex(r";\s+(?=(?:(?:an?|the|our|this|[A-Z][\w'-]*)\s+)?[\w'-]+(?:\s+[\w'-]+)"
                          r"{0,8}?\s+(?:is|are|was|were|has|have|will|shall|to|would)\b|"
                          r"(?:he|she|they|we)\s*(?:'ll|will)\b)")
_AND_WILL_AGAIN = lazy_regex(r",?\s+and\s+(?=will\s+(?:also\s+)?[a-z])")
_PRONOUN_WILL = lazy_regex(r"(he|she|they|we)\s*(?:'ll|will)\b", re.I)


_FINITE_OR_WOULD = lazy_regex(rf"\s(?:{FINITE_WORDS}|would)\s")
_TRAILING_DUE = lazy_regex(r"\b(?:by|before|ahead of|prior to|no later than|until)\s+[^,;]{2,40}$",
                           re.I)
