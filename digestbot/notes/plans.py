"""The forms of plans, offers and announcements: "We will send …", "[x] Chloe renewed …",
"Ben books a venue", a speaker's "I'll …" or "will confirm on the list", a list line's "Will
ask members …", and owner-less passives ("The minutes will be circulated").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from digestbot.notes.dates import find_dates, find_due
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    OWNERS,
    TITLES,
    any_verb,
    as_written,
    is_verb,
    ordinary_word,
    split_owners,
    valid_owners,
    words,
)
from digestbot.notes.owned import TRY_TO, WE_PRODUCE, WE_UNTIL
from digestbot.notes.owners import named_person, person_like
from digestbot.notes.sentence import Found, Sentence, as_found, found_task
from digestbot.notes.tasks import make_follow_up, quoted
from digestbot.notes.tenses import (
    NOT_A_TASK,
    PASSIVE,
    STOP_TALKING,
    base_of_ing,
    is_doing,
    will_verb,
)
from digestbot.notes.trailing import as_object

_AND_DONE = lazy_regex(r"\s+and\s+([a-z]+)\b")
# "(With the changes,) the final proposal will be ready by late December": coming.
_WILL_BE_READY = lazy_regex(r"^(?:[^,;]{0,80},\s+)?(?P<subj>(?:the|a|an|our|their|his|her|its)\s+"
                            r"[^,;]{2,60}?)\s+will\s+be\s+(?P<state>ready|available|out)"
                            r"(?P<rest>(?:\s+(?:soon|shortly))?\s+(?:by|in|on|from|at|next|this|"
                            r"before|after|around)\b.*|\s+(?:soon|shortly)\W*)$", re.I)
_SOON = lazy_regex(r"\s+(?:soon|shortly)\b", re.I)
PASSIVE_RE = lazy_regex(
    r"^(?:(?:it was )?(?:agreed|decided|noted) that\s+)?(?P<subj>(?:(?:an?|the|one|some|all|"
    r"our|new)\s+)?(?!(?:it|they|we|he|she|i|you|this|that|there|which|who)\b)[^,;]{2,70}?)"
    r"\s+(?P<aux>will|shall|is to|are to|would|to|should|must|needs? to|has to|have to)\s+be\s+"
    r"(?P<verb>"
    + "|".join(sorted(PASSIVE, key=lambda form: (-len(form), form))) +
    r")\b(?P<rest>.*)$", re.I)


SELF = lazy_regex(r"^(?:(?P<speaker>[A-Z][\w'-]*(?: [A-Z][\w'-]+)?)\s*:\s*)?"
                   r"(?:(?i:thanks|thank you|ok(?:ay)?|yes|sure|great|agreed|now|so|also)"
                   r"[,;.!]?\s+)?"
                   r"I\s*(?:['’]ll|will|shall|['’]m planning to|am planning to|plan to|"
                   r"['’]m going to|am going to|agreed to|volunteered to|offered to|"
                   r"(?:['’]m|am) happy to(?: volunteer to)?|volunteer to|"
                   r"['’]ve agreed to|(?P<can>can))\s+"
                   r"(?:(?:take|took|have) (?:an|the|on an|on the) "
                   r"(?:action(?: item)?|AI|AP) to\s+)?"
                   r"(?P<task>[a-z].*)$")
# "I'd like Ana and Ben to review it": a request the minutes record as theirs.
_HAVE_OTHER = lazy_regex(r"(?:^|\s)(?i:we|I)\s*(?i:will|'ll|shall|need to|want to|are going to|"
                         rf"am going to|should)\s+have\s+(?:our\s+|the\s+)?{OWNERS}\s+"
                         r"(?P<task>(?P<verb>[a-z]+)\s.*)$")
_OWN_CLAUSE = lazy_regex(r",?\s+(?:and|but|so)\s+(?:we|I|they|he|she)\s")
_LIKE_OTHER = lazy_regex(rf"^I\s*(?:['’]d|would)\s+like\s+{OWNERS}\s+to\s+(?P<task>[a-z].*)$")
# "mk: ok, will merge PR", "mk: have the minutes, will clean them up": a scribe drops the "I".
_ELIDED_I = lazy_regex(r"(?:^|,\s+)(?:(?:ok(?:ay)?|yes|sure|and|then|so)\b,?\s+)?will\s+"
                       r"(?P<task>[a-z][\w'-]*\b.*)$", re.I)
_ELIDED_OFFER = lazy_regex(r"(?:^|(?<=[a-z)]\.)\s+)(?:(?:ok(?:ay)?|yes|sure|so)\b,?\s+)?"
                           r"(?:(?:will\s+)?need\s+to|can|gonna|(?:am\s+)?going\s+to|"
                           r"(?:am\s+)?planning\s+(?:on|to))\s+(?P<task>[a-z][\w'-]*\b.*)$", re.I)
_OFFER_WORDS = words("will can planning need gonna going")
_GENERIC_YOU = lazy_regex(r"\b(?:you|your|yourself|yourselves)\b", re.I)
_NEXT_SENTENCE = lazy_regex(r"(?<=[a-z)])\.\s+(?=[a-z])")
# "Will ask members to chip in", "Catering, will order on Monday": a list line without its subject.
_BARE_WILL = lazy_regex(r"^(?:(?P<topic>(?![A-Z][a-z]+ly,)[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}),\s+)?"
                        r"(?i:will)\s+"
                        r"(?P<task>[a-z][\w'-]*\b.*)$")


_BARE_NEED = lazy_regex(r"^(?:(?:still|also)\s+)?(?:(?:need|needs|have|has)\s+to|should|must)\s+"
                        r"(?:also\s+|still\s+|first\s+)?(?P<task>[a-z][\w'-]*\s.*)$", re.I)
_MUSING = lazy_regex(r"(?:think|talk|discuss|consider|reflect|ponder|wonder|revisit|be|have)\b",
                     re.I)


_PRESENT = lazy_regex(rf"^{OWNERS}\s+(?P<verb>[a-z]+?)(?:es|s)\s+(?P<rest>.+)$")
_S_FORM = lazy_regex(r"[a-z]s\s")  # what every _PRESENT match holds: a cheap first test


_STOPS_TALKING = lazy_regex(STOP_TALKING)


# The words after the agent are whole words: "by Gordon MacKay (…)" is not "by Gord" + "on".
_AGENT = lazy_regex(rf"^(?P<before>.*?)\s+by\s+{OWNERS}(?P<after>(?:\s*[,.;(]|\s+(?:by|before|on|"
                    r"until|within|in|after|at|for|next|this|soon|shortly|later|asap|today|"
                    r"tomorrow)\b|\s*$).*)$")


_FINITE_I = lazy_regex(r"(?:ok(?:ay)?|yes|sure|thanks|thank you|great|agreed)\b|I\b", re.I)
_BE_DOING = lazy_regex(r"be\s+([a-z]{3,}ing)\b")


def _be_doing(task: str, known: Callable[[str], bool] = is_verb) -> str:
    """ "be bringing this up": "bring this up" (a verb `known` knows); else ""."""
    going = _BE_DOING.match(task)
    base = base_of_ing(going.group(1).lower(), known) if going else ""
    return base + task[going.end(1):] if going and base else ""


_BEING_DONE_BY = lazy_regex(r"^(?P<subj>(?!(?i:it|they|this|that|there)\b)[^,;]{2,70}?)\s+"
                            r"(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?being\s+"
                            rf"(?P<verb>[a-z]+(?:\s+up)?)\s+by\s+{OWNERS}\b")


FINITE_WORDS = r"is|are|was|were|has|have|will|shall|to|'ll"
FINITE = lazy_regex(rf"\s(?:{FINITE_WORDS})\s")


_TITLED = lazy_regex(TITLES + r"\s+[A-Z]")


_DUTY_AUX = frozenset(("should", "must", "need to", "needs to", "has to", "have to"))
_DOUBT_SUBJECT = lazy_regex(r"(?:(?:it\s+is\s+|it['’]s\s+)?(?:unclear|not\s+clear|unsure|"
                            r"not\s+sure|no\s+idea)|what|which|when|where|how|whether|if)\b",
                            re.I)
_PRONOUN_SUBJECT = lazy_regex(r"(?:^|\s)(?:we|i|you|they|he|she|it|us)$", re.I)


def _after_clause(subject: str) -> str:
    """The thing a passive is about when a clause comes first: "Asked him to demo it and
    (the) survey will be sent out", "We discussed the budget and the minutes will be
    circulated": the survey, the minutes."""
    before, _, after = subject.rpartition(" and ")
    return after if _is_clause(before) and after.strip() else subject


def _is_clause(text: str) -> bool:
    """Whether words say something happened or someone acts ("Asked him to demo it", "We
    discussed the budget"), not only name things ("The slides")."""
    words_ = text.split()
    return bool(FINITE.search(f" {text} ")) or bool(
        words_ and words_[0].lower() in _PRONOUNS) or any(
        word.endswith("ed") and (is_verb(word[:-2].lower()) or is_verb(word[:-1].lower()))
        for word in words_)


_PRONOUNS = frozenset({"i", "we", "they", "he", "she", "you"})


def plan_forms(s: Sentence) -> Found | None:
    """ "We will send …", "[x] Chloe renewed …", "Ben books a venue", "I'd like Ana to …",
    "We will have Abby do …"."""
    body, ctx = s.body, s.ctx
    return (
        (_we_will(s) if (s.listed or not ctx.speaker) and body[:1] in "Ww" else None)
        or (_ticked_past(s) if ctx.checked and s.owner_first else None)
        or (_reported_past(s) if ctx.checked is None and ctx.action_section and ctx.line_item
            and s.owner_first else None)
        or (_not_yet(s) if s.owner_first and (" yet " in body or " still not " in body) else None)
        or (_present_plan(s) if (ctx.action_section or ctx.checked is not None) and
            s.owner_first and _S_FORM.search(body) else None)
        or (_like_other(s) if body[:1] == "I" and " like " in body else None)
        or (_have_other(s) if " have " in body else None)
    )


def _we_will(s: Sentence) -> Found | None:
    body, ctx = s.body, s.ctx
    we_will = WE_WILL.match(body)
    we_task = _WE_LEAD.sub("", we_will.group("task")) if we_will else ""
    we_verb = we_task.split()[0].lower() if we_task else ""
    if we_will and we_task and is_verb(we_verb) and not _WE_HEDGE.match(we_will.group("task")) \
            and (find_due(we_task, ctx.ref) or (
            we_verb in WE_PRODUCE and not WE_UNTIL.search(we_task)) or (
            " after " in body and any(find_dates(we_task)))):
        # "- We will send them the revised logframe by 28 March", "- We will write a shorter
        # summary for the final report", or the same in the minutes' prose (not a speaker's
        # line): a task of the group's. Undated, only a verb that
        # makes or sends something counts ("We will freeze upgrades until …", "We will
        # discuss it next time" are a decision and a future topic); a dated "after the
        # meeting on Dec 7th" sets a time too.
        return found_task(we_task, ctx.owners, s.text, ctx)
    return None


def _ticked_past(s: Sentence) -> Found | None:
    past = _PAST.match(s.body)
    if past and valid_owners(past.group("owners")) and past.group("verb").lower() in PASSIVE:
        # "[x] Chloe renewed the SSL certificate": a ticked item says who did it.
        task = f"{PASSIVE[past.group('verb').lower()]} {past.group('rest')}"
        return found_task(task, split_owners(past.group("owners")), s.text, s.ctx)
    return None


NOT_YET = lazy_regex(rf"^{OWNERS}\s+(?:has|have)\s+(?:not\s+yet|yet\s+to|still\s+not)\s+"
                      r"(?P<verb>[a-z]+)\s+(?P<rest>\S.*)$")


def _not_yet(s: Sentence) -> Found | None:
    """ "Cllr Baker has not yet contacted the landowner", "Ana has yet to book the hall": a
    task still open, and whose."""
    left = NOT_YET.match(s.body)
    verb = left.group("verb").lower() if left else ""
    base = verb if is_verb(verb) else PASSIVE.get(verb, "")
    if not left or not base or not valid_owners(left.group("owners")):
        return None
    task = f"{base} {left.group('rest')}"
    return found_task(task, split_owners(left.group("owners")), s.text, replace(
        s.ctx, checked=None))


# Verbs of work that makes, sends, books or files something: "Ana sent …", "Venue booked".
DONE_WORK = (WE_PRODUCE - {"ask", "clarify"}) | words("""renew ship pay sign print register buy
merge release install deploy reserve purchase file finish complete""")


def _reported_past(s: Sentence) -> Found | None:
    """ "- Ana sent the letter to the minister" in a list of actions: done, and by whom."""
    if not any(PASSIVE.get(w, w) != w for w in s.body.lower().split(maxsplit=4)[1:4]):
        return None  # (a cheap first test: no past tense among the first words)
    past = _PAST.match(s.body)
    verb = past.group("verb").lower() if past else ""
    # Work that makes or sends something ("Ana presented the budget", "Bea suggested a
    # party" report the meeting; "Ana put …", "Ana read …" may be the present tense).
    if not past or PASSIVE.get(verb, verb) == verb or PASSIVE[verb] not in DONE_WORK or \
            past.group("rest")[:3].lower() == "by ":
        return None  # (nor "Slides sent by Alice": a passive, the slides are no one)
    owners = split_owners(past.group("owners"))
    if not valid_owners(past.group("owners")) or not all(
            (person_like(o, s.ctx) and not is_verb(o.lower())) or o[:1] == "@" for o in owners):
        return None
    task = f"{PASSIVE[verb]} {past.group('rest')}"
    return found_task(task, owners, s.text, replace(s.ctx, checked=True))


def _present_plan(s: Sentence) -> Found | None:
    ctx = s.ctx
    present = _PRESENT.match(s.body)
    if present and valid_owners(present.group("owners")) and not (
            ctx.usage and ordinary_word(present.group("owners"), ctx.usage)) and not (
            is_verb(present.group("owners").lower()) and not named_person(
                present.group("owners"), ctx)):
        # (Not "Review comments by March 7": an imperative, not Review who comments.)
        # "Ben books a venue" in a list of next steps or a box: a plan in the present tense.
        verb = present.group("verb")
        base = verb if is_verb(verb) else verb + "e" if is_verb(verb + "e") else ""
        if base:
            task = f"{base} {present.group('rest')}"
            return found_task(task, split_owners(present.group("owners")), task, ctx)
    return None


def _like_other(s: Sentence) -> Found | None:
    like = _LIKE_OTHER.match(s.body)
    if like and valid_owners(like.group("owners")) and is_verb(like.group("task").split()[0]):
        owners = as_written(split_owners(like.group("owners")), s.original)
        return found_task(like.group("task"), owners, like.group("task"), s.ctx)
    return None


def _have_other(s: Sentence) -> Found | None:
    have = _HAVE_OTHER.search(s.body)
    if have and valid_owners(have.group("owners")) and is_verb(have.group("verb")) and \
            have.group("verb") not in PASSIVE:
        # "We will have Abby do the press release": Abby's task ("have the hall set up" is
        # something done, not someone doing it).
        task = _OWN_CLAUSE.split(have.group("task"), maxsplit=1)[0]
        return found_task(task, as_written(split_owners(have.group("owners")), s.original), task,
                     s.ctx)
    return None


def speaker_forms(s: Sentence) -> Found | None:
    """ "I'll …", a speaker's line without its "I" ("will confirm on the list", "can
    summarize …"), a list line without a subject ("- Will ask members to chip in")."""
    body, ctx, vocab = s.body, s.ctx, s.vocab
    return (
        (_own_task(s) if "I" in body[:40] else None)
        or (_elided_i(s) if ctx.speaker and "will" in vocab else None)
        or (_elided_offer(s) if ctx.speaker and not vocab.isdisjoint(_OFFER_WORDS) else None)
        or (_bare_will(s) if ctx.line_item and not ctx.speaker and "will" in vocab else None)
        or (_bare_need(s) if ctx.line_item and not ctx.speaker and s.body[:1] in "NnSsMmHh"
            and s.body.rstrip(" .")[-1:] not in ")]" else None)  # (owners in brackets: later)
    )


def _own_task(s: Sentence) -> Found | None:
    ctx = s.ctx
    own = SELF.match(s.body)
    if own and (ctx.speaker or own.group("speaker")) and not is_doing(own.group("task")):
        return None  # "STA: I'll think more about 7" is an intention, not a task
    if own and _STOPS_TALKING.match(own.group("task")):
        return None  # "John: I'll rest here", "I'll leave early": no work
    if own and own.group("can") and not (ctx.speaker or own.group("speaker")):
        return None  # only a speaker's "I can do the release" offers; "I can see why" does not
    if own:
        me = own.group("speaker") or ctx.me
        task = TRY_TO.sub("", own.group("task"))  # "I will have to add those to the wiki"
        task = _be_doing(task, any_verb) or task  # "I will be working on the datasets"
        return found_task(task, (me,) if me else (), task, ctx)
    return None


def _elided_i(s: Sentence) -> Found | None:
    body, speaker = s.body, s.ctx.speaker or ""
    elided = _ELIDED_I.search(body)
    # "… and will be bringing this up at the TF meeting": what the speaker will do.
    doing = _be_doing(elided.group("task")) if elided else ""
    if doing:
        return found_task(doing, (speaker,), doing, s.ctx)
    if elided and will_verb(elided.group("task")):
        task = elided.group("task")
        before = body[:elided.start()].strip(" ,.")
        if len(task.split()) <= 5 and 2 <= len(before.split()) <= 12 and not _FINITE_I.match(
                before):
            # "Seems like option B wins, will confirm on the list": what is to be confirmed.
            task = f"{task.rstrip(' .')} ({before[:1].lower()}{before[1:]})"
        return found_task(task, (speaker,), task, s.ctx)
    return None


def _elided_offer(s: Sentence) -> Found | None:
    speaker = s.ctx.speaker or ""
    for offer in _ELIDED_OFFER.finditer(s.body):
        # "Chris: can summarize and open an issue", "Till: planning on enabling it for the
        # org. will need to update the docs": the scribe drops the speaker's "I".
        if _GENERIC_YOU.search(offer.group("task")):
            continue  # "Paul: … Can run all your tests in the browser": what one can do
        verb = offer.group("task").split()[0].lower()
        verb = base_of_ing(verb) if verb.endswith("ing") else verb
        # "going to work with the chairs": a plan said aloud takes any verb; "can …" says
        # what one can do unless the verb is one of doing.
        planned = offer.group().lower().lstrip(" ,.").startswith(("going", "am going", "gonna",
                                                                   "planning", "am planning"))
        if is_verb(verb) or (planned and any_verb(verb)):
            task = verb + offer.group("task")[len(offer.group("task").split()[0]):]
            task = _NEXT_SENTENCE.split(task, maxsplit=1)[0]  # a scribe's lower-case sentences
            return found_task(task, (speaker,), task, s.ctx)
    return None


def _bare_need(s: Sentence) -> Found | None:
    need = _BARE_NEED.match(s.body)
    task = need.group("task") if need else ""
    if need and is_verb(task.split(maxsplit=1)[0].lower()) and not NOT_A_TASK.match(task) \
            and not _MUSING.match(task):
        # Terse notes drop the subject of a duty too: "- Need to email the ethics
        # committee", "- Should also look at the baseline" (not "need to think about …").
        return found_task(task, s.ctx.owners, s.text, s.ctx)
    return None


def _bare_will(s: Sentence) -> Found | None:
    bare = _BARE_WILL.match(s.body)
    if bare and will_verb(bare.group("task")):
        # Terse list notes drop the subject: "- Will ask members to chip in", "- Pizza, will
        # order two days before": someone is to do it, though the notes do not say who.
        task = bare.group("task")
        topic = (bare.group("topic") or "").strip()
        if topic:
            task = f"{task} ({topic[:1].lower()}{topic[1:]})"
        return found_task(task, s.ctx.owners, s.text, s.ctx)
    return None


def passive_forms(s: Sentence) -> Found | None:
    """ "… ⇒ will be booked", "X is being drafted by Ana", "The minutes will be circulated",
    "The report will be ready by May"."""
    body, ctx = s.body, s.ctx
    return (
        (_will_go_out(s) if " out" in body and " will " in body else None)
        or (_arrow_passive(s) if ctx.line_item and " be " in body else None)
        or (_being_done_by(s) if " being " in body else None)
        or (_passive(s) if " be " in body else None)
        or (_will_be_ready(s) if " be " in body and not s.listed else None)
    )


def _arrow_passive(s: Sentence) -> Found | None:
    then_done = _THEN_PASSIVE.match(s.body)
    if then_done and then_done.group("verb").lower() in PASSIVE:
        # "Christmas social, the department can help ⇒ will be booked": the topic is the
        # subject the arrow's passive leaves out.
        verb = PASSIVE[then_done.group("verb").lower()]
        task = f"{verb} {then_done.group('topic').strip()}{then_done.group('rest')}"
        return found_task(task, s.ctx.owners, s.text, s.ctx)
    return None


def _being_done_by(s: Sentence) -> Found | None:
    being = _BEING_DONE_BY.match(s.body)
    if being and being.group("verb").lower() in PASSIVE and valid_owners(being.group("owners")):
        # "Functional analysis is being run by Hans now", "The survey is being drafted by
        # Ana and Bo": work under way, and who does it.
        subject = as_object(being.group("subj"))
        return found_task(f"{PASSIVE[being.group('verb').lower()]} {subject}",
                     split_owners(being.group("owners")), s.text, s.ctx)
    return None


def _passive(s: Sentence) -> Found | None:
    found = _task_passive(s)
    if found is None:
        return None
    passive, subject = found
    ctx = s.ctx
    verb = PASSIVE[passive.group("verb").lower()]
    if ": " in subject:
        subject = subject.rpartition(": ")[2]  # "Next time: A fuller list should be made"
    # "IPFS …", "Claire Hanna at the council …", "Mr Grant" keep their capitals.
    if not named_person(subject.split()[0], ctx) and not subject[1:2].isupper() and not (
            _TITLED.match(subject)):
        subject = subject[0].lower() + subject[1:]
    rest = passive.group("rest")
    second = _AND_DONE.match(rest) if rest[:5] == " and " else None
    if second and second.group(1).lower() in PASSIVE:
        # "The contract is to be finalised and sent": finalise and send the contract.
        verb, rest = f"{verb} and {PASSIVE[second.group(1).lower()]}", rest[second.end():]
    owners = ctx.owners
    agent = _AGENT.match(rest)
    if agent and valid_owners(agent.group("owners")) and not find_dates(
            agent.group("owners")):
        owners = split_owners(agent.group("owners"))
        rest = agent.group("before") + agent.group("after")
    return found_task(f"{verb} {subject}{rest}", owners, s.text, ctx)


# A deadline without a date: "before the next workshop", "as fast as possible".
_UNDATED_DEADLINE = lazy_regex(r"\b(?:before|by|ahead\s+of)\s+(?:the\s+)?"
                               r"(?:next|upcoming|coming)\s+"
                               r"(?:meeting|workshop|call|session|release|event|conference|"
                               r"board|committee)\b|\bas\s+(?:soon|fast|quickly)\s+as\s+possible\b|"
                               r"\basap\b", re.I)


def _task_passive(s: Sentence) -> tuple[re.Match[str], str] | None:
    """A passive that says what is to be done ("The minutes will be circulated"), and its
    subject; not a state of affairs, a maybe, a question or a quotation."""
    body, ctx = s.body, s.ctx
    passive = PASSIVE_RE.match(body)
    if passive is None and " and " in body[:body.find(" be ")]:
        # "We discussed the budget and the minutes will be circulated": the clause after.
        cut = body.rfind(" and ", 0, body.find(" be "))
        if _is_clause(body[:cut]):
            passive = PASSIVE_RE.match(body[cut + 5:])
    if passive is None:
        return None
    # (After a clause: "Asked him to demo it and survey will be sent out".)
    subject = _after_clause(passive.group("subj"))
    if passive.group("aux").lower() in _DUTY_AUX and not ctx.action_section and \
            not find_due(passive.group("rest"), ctx.ref) and not _UNDATED_DEADLINE.search(
                passive.group("rest")):
        # "The minutes should be sent" is a task only in a list of actions, or with a date:
        # "The pitch has to be written up by Nov 1".
        return None
    if passive.group("aux") == "to" and not _agent_named(passive.group("rest")) \
            and not find_due(passive.group("rest"), ctx.ref) and not (
            ctx.line_item and named_person(subject, ctx)):
        # "Code to be given out at the AGM" notes a state of affairs; "A letter to be sent …
        # by ME" names who does it, "Troughs to be turned back on w/c 3 March" when.
        return None
    if passive.group("aux").lower() == "would" and ctx.line_item and not s.agreed:
        # Prose minutes report "will" as "would" ("A web form would be set up"); a terse
        # list line is in the present, so "Debugging sessions would be supported" is a maybe.
        return None
    if _SUBJECT_CLAUSE.search(subject):
        return None  # "Extra meetings may be scheduled and will be announced …": no task
    if _PRONOUN_SUBJECT.search(subject):
        return None  # "so we will be reminded of them": said of the speakers, no task
    if quoted(subject, len(subject)) or subject.count("(") > subject.count(")"):
        return None  # 'attach a line ("This should be reviewed …")': inside a quotation
    if _DOUBT_SUBJECT.match(subject):
        return None  # "Unclear what will be deployed when", "whether it will be fixed"
    return passive, subject


_WILL_GO_OUT = lazy_regex(r"^(?:[^,;]{0,80},\s+)?(?P<subj>(?!(?:it|they|this|that|we|he|she)\b)"
                          r"[^,;]{3,80}?)\s+will\s+(?:go|be\s+sent)\s+out\b(?P<rest>.*)$", re.I)


def _will_go_out(s: Sentence) -> Found | None:
    """ "Mail to flutter-dev soliciting feedback will go out today", "The newsletter will go
    out on Friday": someone is to send it, by then."""
    ctx = s.ctx
    out = _WILL_GO_OUT.match(s.body)
    if out and find_due(out.group("rest"), ctx.ref) and not _SUBJECT_CLAUSE.search(
            out.group("subj")):
        return found_task(f"Send {as_object(out.group('subj'))}{out.group('rest')}", ctx.owners,
                          s.text, ctx)
    return None


def _will_be_ready(s: Sentence) -> Found | None:
    ctx = s.ctx
    ready = _WILL_BE_READY.match(s.body)
    if ready and not _PRONOUN_SUBJECT.search(ready.group("subj")) and (
            _SOON.match(ready.group("rest")) or find_due(ready.group("rest"), ctx.ref)):
        # "With the changes, the final proposal will be ready by late December", "The report
        # will be available next week": announced as coming.
        subject = as_object(ready.group("subj"))
        word = "ready" if ready.group("state").lower() == "ready" else "available"
        item = make_follow_up(f"Have {subject} {word}{ready.group('rest')}", ctx.owners, s.text,
                              ctx)
        return as_found(replace(item, status="forthcoming") if item else None)
    return None


_THEN_PASSIVE = lazy_regex(r"^(?P<topic>[^,⇒→>]{3,60}?)(?:,[^⇒→>]*)?\s*(?:⇒|=>|→|->)\s*"
                           r"will\s+be\s+(?P<verb>[a-z]+(?: up)?)\b(?P<rest>[^⇒→>]*)$", re.I)


_SUBJECT_CLAUSE = lazy_regex(r"\b(?:may|might|can|could|is|are|was|were|be|been)\b", re.I)


def _agent_named(rest: str) -> bool:
    agent = _AGENT.match(rest)
    return bool(agent and valid_owners(agent.group("owners"))
                and not find_dates(agent.group("owners")))


_PAST = lazy_regex(rf"^{OWNERS}\s+(?:has\s+|have\s+)?(?P<verb>[a-z]+)\s+(?P<rest>\S.*)$")


# "We will also try to make a timeline": the task is to make it.
_WE_LEAD = lazy_regex(r"^(?:(?:also|then|now|still|jointly)\s+)*(?:(?:try|attempt)\s+to\s+)?")
# "We'll likely need to develop …", "We will probably …": a guess, not a commitment.
_WE_HEDGE = lazy_regex(r"^(?:\w+\s+)?(?:likely|probably|possibly|maybe|perhaps|need|have)\b")


WE_WILL = lazy_regex(r"^we\s*(?:will|'ll|shall|(?:'re|\s+are)\s+going\s+to)\s+"
                      r"(?!meet\b|reconvene\b|not\b)"
                      r"(?P<task>[a-z].*)$", re.I)
