"""Scribed talk: what a speaker asks ("Carl, could you check X?", "And the banners?") and
the answer that takes it on ("Carl: sure", "I'll order them")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from digestbot.model import FollowUp
from digestbot.notes.block_reader import BlockReading
from digestbot.notes.dates import find_due
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import ASK_YOU, is_verb
from digestbot.notes.lines import Block
from digestbot.notes.tasks import tidy_task
from digestbot.notes.tenses import base_of_ing


@dataclass(slots=True)
class Conversation:
    """What the last spoken lines asked, for the lines that answer them."""

    ref: date | None
    next_meeting: date | None
    asked: str = ""  # the last speaker's line when it opened with a verb: "Create X."
    request: tuple[str, str, date | None] | None = None  # "@ana would you mind …?"
    asker: str = ""  # who spoke the request
    thing: str = ""  # what a short question is about: "And the new banners?"

    def follow(self, block: Block, talk: tuple[str, str] | None, read: BlockReading) -> None:
        """Take up what a spoken line answers, and note what it asks of the lines after it."""
        said = talk[1] if talk else ""
        if read.spoken or (talk and self.request):
            self._answer(said, talk, read)
        if talk:  # a reaction line ("👍 @ana") between question and answer keeps it
            self.request = _request(said, self.ref) if "?" in said else None
            self.asker = talk[0].lower().lstrip("@")
        if not talk and block.kind == "paragraph" and block.text.endswith("?"):
            said = _ASKER.sub("", block.text)  # "CHAIR: Who can …?": a role asks
        someone = _CAN_SOMEONE.match(said) if said[:1] in "CcWw" else None
        if someone:
            said = someone.group("task")  # "Can someone update the changelog?"
        if talk or block.kind == "paragraph":
            needed = _AND_THE.search(said) if said.endswith("?") else _WE_NEED.search(
                said) if " need" in said else None
            self.thing = needed.group("thing") if needed else ""
        if self.request:
            self.asked = self.request[1]  # "Carl, could you check X?" asks for X
        elif not (self.asked and _DECLINE.match(said)):
            # "Carl: I can't this week" / "Ana: ok, I'll do it myself": X is still asked.
            self.asked = said if said and is_verb(said.split()[0].lower()) else ""

    def _answer(self, said: str, talk: tuple[str, str] | None, read: BlockReading) -> None:
        """What a spoken commitment takes on: the order, thing or request before it."""
        ref, thing = self.ref, self.thing
        if len(read.spoken) == 1 and self.asked and _TAKE_IT.match(read.spoken[0].task):
            # "SM: Create a history page for X." / "FS: I'm going to do it.": the
            # volunteer takes on the line before.
            phrase, due = tidy_task(self.asked, ref, self.next_meeting)
            read.spoken = [replace(read.spoken[0], task=phrase,
                                   due=read.spoken[0].due or due)]
        pointer = _THEM.search(read.spoken[0].task) if len(read.spoken) == 1 and thing and len(
            read.spoken[0].task.split()) <= 8 else None
        if pointer and (pointer.group(0) == "one") == thing.startswith(("a ", "an ")):
            # "And the banners?" / "I'll order them"; "we need a test for X" / "I'll
            # write one".
            task = read.spoken[0].task
            read.spoken = [replace(read.spoken[0], task=task[:pointer.start()] + thing
                                   + task[pointer.end():])]
        request = self.request
        answer = talk[0].lower().lstrip("@") if talk and request else ""
        accept_when = _ACCEPT_WHEN.search(said) if answer and " " in said else None
        if talk and request and answer and request[0] in (answer, "") \
                and answer != self.asker and (
                _ACCEPT.match(said[:accept_when.start()] if accept_when else said)):
            accepted = find_due(accept_when.group("when"), ref) if accept_when else None
            read.spoken = [FollowUp(request[1], (talk[0],), request[2] or (
                accepted.date if accepted else None), "open")]


def _request(said: str, ref: date | None) -> tuple[str, str, date | None] | None:
    """Whom a speaker asks to do what ("@ana would you mind opening an issue?")."""
    match = _REQUEST.search(said)
    if match is None:
        return None
    verb = base_of_ing(match.group("ing")) if match.group("ing") else match.group("verb")
    if not verb or not is_verb(verb):
        return None
    phrase, due = tidy_task(f"{verb} {match.group('rest')}", ref)
    return (match.group("who") or "").lower(), phrase, due
# "Can someone update the changelog?", "Who can cover the Saturday shift?"
_CAN_SOMEONE = lazy_regex(r"^(?:(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|"
                          r"one of us)|who\s+(?:can|could|will|would|wants\s+to))\s+"
                          r"(?:please\s+)?(?P<task>[a-z][^?]*)\?*$", re.I)
# "And the new banners?" / "Dev: I'll order them": what "them" is.
_AND_THE = lazy_regex(r"(?:^|[.!]\s+)(?:and|what about|how about)\s+(?P<thing>(?:the|our)\s+"
                      r"[\w' -]{2,40})\?$", re.I)
_ASKER = lazy_regex(r"^[A-Za-z][\w.'-]{0,24}(?: [A-Z][\w'-]+)?\s*:\s+")
_THEM = lazy_regex(r"\b(?:them|it|one)\b")
_WE_NEED = lazy_regex(r"\b(?:we|someone)\s+(?:still\s+)?needs?\s+(?P<thing>an?\s+[\w' -]{2,60}?)"
                      r"[.!]?$", re.I)
_TAKE_IT = lazy_regex(r"^(?:do|take(?:\s+care\s+of)?|handle|take\s+on)\s+(?:it|this|that)"
                      r"(?:\s+(?:myself|then|instead))*$", re.I)
_DECLINE = lazy_regex(r"^(?:(?:sorry|no|unfortunately)\b[,.!]?\s*)*(?:i\s+(?:can['’]?t|cannot|"
                      r"won['’]t)|not\s+(?:me|this\s+\w+)|no\b)", re.I)
# A chat transcript: "@ana would you mind opening an issue for that?" / "ana: will do 👍".
# "and Mei, can you …?" goes on from an earlier request; "can you …?" asks whoever answers.
_REQUEST = lazy_regex(r"(?:^|[.!?]\s+)(?:(?:and|also|so|then|ok(?:ay)?)\b,?\s+)?"
                      r"(?:@?(?P<who>[\w.-]+),?\s+)?(?:would\s+you\s+mind\s+"
                      rf"(?P<ing>[a-z]+ing)|{ASK_YOU}"
                      r"(?:\s+(?:please|also|just|then|maybe|perhaps))*\s+"
                      r"(?P<verb>[a-z]+))\s+(?P<rest>[^?]{3,200})\?")
_ACCEPT = lazy_regex(r"^(?:(?:ok(?:ay)?|sure|yes|yep|will\s+do|on\s+it|can\s+do|happy\s+to|"
                     r"(?:i\s*['’]ll|i\s+will|i\s+can)\s+do\s+(?:it|that))\b[\s,.!]*|"
                     r"[\U0001F44D\U0001F3FB-\U0001F3FF\u2705\uFE0F]\s*)+$", re.I)
# "yes, will do by Monday": the answer may set the date.
_ACCEPT_WHEN = lazy_regex(r"[\s,]+(?P<when>(?:by|before|on)\s+[\w ]{2,25}?|tomorrow|today|tonight|"
                          r"(?:this|next)\s+week)[\s.!]*$", re.I)
