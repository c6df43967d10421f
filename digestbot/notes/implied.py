"""Commitments whose writer left a part out: the subject ("Gorry (Aberdeen): Promised to
review the draft", "… Will also move the status"), the doer of a relative clause ("material
which will be shared by Stephan"), or the task a volunteer takes on ("Looking for members for
the audit committee. Edwin and Arjan volunteer.")."""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.model import FollowUp
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import OWNERS, dictionary_word, split_owners, valid_owners, verb_at_all
from digestbot.notes.tasks import Context, tidy_task
from digestbot.notes.tenses import base_of_ing

# Commitments written without their subject: "Gorry (Aberdeen): Promised to review the
# draft", "Chairs will take it back to the list. Will also move the status", "Waiting on
# Meysam to confirm", "Ultimately agreed to split the tasks out".
# (Any case: a scribe's nicks are lower-case, "mk: will merge it"; `valid_owners` then
# keeps ordinary words out.)
_LABEL_COMMITS = lazy_regex(r"^(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})"
                            r"(?:\s*\([^()]{1,60}\))?\s*:\s+(?P<rest>(?:(?:also|then)\s+)?"
                            r"(?:promised|agreed|offered|volunteered|committed|undertook|will)\s"
                            r".*)$", re.I)
_SPOKEN_PROMISE = lazy_regex(r"(?:also\s+)?(?:promised|agreed|offered|volunteered|committed)"
                             r"\s+to\s+[a-z]", re.I)
_THEY_VOLUNTEER = lazy_regex(rf"^{OWNERS}\s+(?:(?:also|both|all)\s+)?(?:volunteers?|volunteered)"
                             r"\W*$")
_WANTED = lazy_regex(r"\b(?:looking\s+for|(?:we\s+)?needs?|seeking|wanted|asked\s+for)\s+"
                     r"(?:a\s+|an\s+|new\s+|more\s+|some\s+|two\s+|one\s+)*(?:volunteers?|members?|"
                     r"someone|somebody|people|helpers?|hands)\s+(?P<what>(?:to|for)\s+[^.;!?]{3,80}?)"
                     r"(?:,|[.;!?]|$)", re.I)


def volunteers(sentence: str, previous: str, ctx: Context) -> list[FollowUp]:
    """ "Looking for new members for the audit committee. Edwin and Arjan volunteer.": they
    take on what was asked for ("Volunteer for the audit committee"); "We need someone to
    take the minutes. Ana volunteers.": Ana takes the minutes."""
    if sentence.rstrip(" .!")[-9:] not in ("volunteer", "olunteers", "lunteered"):
        return []  # (a cheap first test: this runs on most lines)
    said = _THEY_VOLUNTEER.match(sentence)
    if said is None or not valid_owners(said.group("owners")):
        return []
    wanted = _WANTED.search(previous)
    if wanted is None:
        return []
    what = wanted.group("what")
    task = what[3:] if what[:3].lower() == "to " else f"Volunteer {what}"
    phrase, due = tidy_task(task[:1].upper() + task[1:], ctx.ref, ctx.next_meeting)
    return [FollowUp(phrase, split_owners(said.group("owners")), due, "open")]


# The first words of the sentences `with_subject` reads (a cheap test first).
SUBJECTLESS_START = frozenset(("will", "shall", "and", "promised", "agreed", "offered",
                                "volunteered", "committed", "also", "then", "waiting", "still",
                                "now", "ultimately", "finally", "eventually", "unanimously",
                                "decided"))
_BARE_WILL = lazy_regex(r"^(?:and\s+)?(?:will|shall)\s+(?:also\s+)?(?=[a-z]+\s)", re.I)
_WAITING_ON = lazy_regex(rf"^(?:(?:still|now)\s+)?waiting\s+(?:on|for)\s+{OWNERS}\s+to\s+"
                         r"(?=[a-z])", re.I)
_BARE_AGREED = lazy_regex(r"^(?:(?:ultimately|finally|also|then|eventually|unanimously)\s+)?"
                          r"(?:agreed|decided)\s+to\s+(?=[a-z]+\s)", re.I)


_WHICH_WILL_BE = lazy_regex(r"\b(?:has|have|had|shared|prepared|collected|there\s+(?:is|are))\s+"
                            r"(?:(?:quite\s+)?(?:much|a\s+lot\s+of|lots\s+of)\s+)?"
                            r"(?P<thing>[^,;]{3,80}?)\s+(?:which|that)\s+(?=(?:will|would)\s+be\s+"
                            r"[a-z]+\s+by\s)", re.I)
_HAD_THAT_WILL = lazy_regex(rf"^{OWNERS}\s+(?:has|had|have|raised|shared|brought|made)\s+"
                            r"(?P<thing>[^.;]{3,80}?)\s+(?:that|which)\s+(?:he|she|they)\s+"
                            r"(?:will|would|['’]ll)\s+(?P<verb>[a-z]+)\b")


def with_subject(sentence: str, first: bool, found: list[FollowUp], ctx: Context,
                 previous: str = "") -> str:
    """The sentence with the subject its writer left out put back, or as it was; `previous`
    is the sentence before it on the same line."""
    label = _LABEL_COMMITS.match(sentence) if first and ":" in sentence else None
    if label and valid_owners(label.group("who")) and not dictionary_word(
            label.group("who").split()[0]) and label.group("who").split()[-1].lower().rstrip(
            "s") not in ("action", "item", "decision", "note", "todo"):  # "Chairs Action:"
        rest = label.group("rest")
        return f"{label.group('who')} {rest[:1].lower()}{rest[1:]}"
    if ctx.speaker and _SPOKEN_PROMISE.match(sentence):
        # "Gorry: Promised to review the draft": the speaker did.
        return f"{ctx.speaker} {sentence[:1].lower()}{sentence[1:]}"
    will = _BARE_WILL.match(sentence) if sentence[:1] in "WwSsAa" else None
    pronoun = _ONE_PRONOUN_WILL.match(sentence) if not will and not first and not ctx.speaker \
        and sentence[:1] in "SsHhTtAa" else None
    if pronoun:
        # "Nandaja will send the report. Then she will set deadlines for the others.": the
        # one person the sentence before is about.
        if found and len(found[-1].owners) == 1:
            return f"{found[-1].owners[0]} {sentence[pronoun.end():]}"
        subject = _PERSON_SUBJECT.match(previous) if previous else None
        named = subject.group("owners") if subject else ""
        if _named_here(named, ctx):
            return f"{named} {sentence[pronoun.end():]}"
        return sentence
    if will and not first:
        who = ctx.speaker or (" and ".join(found[-1].owners) if found else "")
        subject = _PERSON_SUBJECT.match(previous) if not who and previous else None
        named = subject.group("owners") if subject else ""
        if _named_here(named, ctx):
            # "@ana is fine with the learning page. Will sketch the landing page.": the one
            # the sentence before is about.
            who = named
        return f"{who} {sentence[:1].lower()}{sentence[1:]}" if who else sentence
    waiting = _WAITING_ON.match(sentence) if sentence[:1] in "WwSsNn" else None
    if waiting and valid_owners(waiting.group("owners")):
        return f"{waiting.group('owners')} to {sentence[waiting.end():]}"
    agreed = _BARE_AGREED.match(sentence) if not ctx.speaker else None
    if agreed:
        return f"It was agreed to {sentence[agreed.end():]}"
    own = _HAD_THAT_WILL.match(sentence) if " that " in sentence or " which " in sentence \
        else None
    if own and valid_owners(own.group("owners")):
        # "Tracy had several suggestions that she will contribute via the form"
        return f"{own.group('owners')} will {own.group('verb')} {own.group('thing')}" \
            f"{sentence[own.end():]}"
    return sentence


_ONE_PRONOUN_WILL = lazy_regex(r"^(?:(?:then|and|also|later|afterwards),?\s+)?(?:he|she)\s+"
                               r"(?=(?:will|'ll|shall)\s+(?:also\s+)?[a-z]+\s)", re.I)
# "@ana is fine with …", "Ana thinks …", "Ana was away …": a sentence about one person.
_PERSON_SUBJECT = lazy_regex(rf"^{OWNERS}\s+(?:is|was|has|had|thinks|thought|feels|felt|"
                             r"likes|liked|agrees|agreed|prefers|preferred|says|said|"
                             r"mentioned|noted|suggested|proposed|reported)\b")


def _named_here(named: str, ctx: Context) -> bool:
    """Whether the subject of a sentence is someone the notes name: a handle, a name in the
    attendance, or a word they use as a name that is no ordinary word."""
    word = named.split()[0] if named else ""
    return bool(named) and valid_owners(named) and (
        word[:1] == "@" or word.lower() in ctx.known or (
            ctx.usage is not None and ctx.usage.as_name(word) and not dictionary_word(word)))


def relative_passive(sentence: str) -> str:
    """The sentence from the thing a relative clause says will be done: "ECMWF has material
    on Zarr which will be shared by Stephan" -> "material on Zarr will be shared by
    Stephan"; "Ana has a plan that will be reviewed by the board" -> "a plan will be …"."""
    which = _WHICH_WILL_BE.search(sentence)
    return f"{which.group('thing')} {sentence[which.end():]}" if which else sentence


# "Do that", "take it on": a task that only points back at what was proposed just before.
_DO_THAT = lazy_regex(r"^(?:(?:do|take\s+on|take\s+care\s+of|handle|look\s+after|work\s+on|"
                      r"look\s+into|follow\s+up\s+on|pick\s+up)\s+"
                      r"(?:that|this|it|so)|take\s+(?:that|this|it)(?:\s+on)?)"
                      r"(?:(?:\s+(?:too|as\s+well|soon|later|next\s+week|then|remotely|"
                      r"offline))*)(?:\s*[,;]\s.*)?[\s.!]*$", re.I)
_PROPOSED = lazy_regex(r"\b(?:proposed|suggested|recommended|asked\s+(?:if|whether)\s+\w+\s+"
                       r"(?:could|would|can|will)|asked\s+\w+\s+to|requested)\s+"
                       r"(?:that\s+(?:we|someone|somebody|\w+)\s+(?:should\s+)?|to\s+)?"
                       r"(?P<task>(?P<verb>[a-z]+)\b[^;]{3,160}?)[\s.;]*$", re.I)


def proposed_task(item: FollowUp, previous: str) -> FollowUp:
    """ "Luca proposed to hold a lightning talk at the summit. Patrick agreed to do that.":
    what Patrick agreed to is what was proposed; a task that only points back ("Do that")
    takes its words from the proposal."""
    if not previous or not _DO_THAT.match(item.task):
        return item
    proposal = _PROPOSED.search(previous)
    if proposal is None:
        return item
    verb = proposal.group("verb").lower()
    if verb.endswith("ing"):
        verb = base_of_ing(verb)  # "Luca suggested holding a talk"
    if not verb_at_all(verb):
        return item
    task = f"{verb[:1].upper()}{verb[1:]}{proposal.group('task')[len(proposal.group('verb')):]}"
    return replace(item, task=task.rstrip(" ."))
