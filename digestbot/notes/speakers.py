"""Who is speaking: the "mk: …", "APP - …" and "<Ege> …" prefixes of scribed minutes.

A label counts as a speaker only when the notes use it as one more than once, so a
one-off "Proposal: …" or "Budget - …" line is never read as someone talking.
"""

from __future__ import annotations

import re
from collections import Counter

from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import dictionary_word, words

# "mk: …", "Rebecca Hall: …" (colon); "APP - …" (initials and a dash); "<Ege> …" (IRC).
# "Eric Kinnear (chair): …", "Lucas Pardue (Cloudflare): …": a role or affiliation may follow.
# "*Garth Conboy:* +1": a quoted IRC line keeps the emphasis around the name.
_PREFIX = lazy_regex(r"^(?:<(?P<nick>[\w.|-]{1,30})>\s*|"
                     # "[simeon] We have not followed up on this": a scribe's bracketed name.
                     r"\[(?P<bracket>[A-Za-z][\w.'-]{1,24}(?: [A-Z][\w'-]+)?)\]\s+(?!\()|"
                     r"[*_]?(?P<name>[A-Za-z][\w.'-]{0,24}"
                     r"(?: [A-Z][\w'-]+)?)(?:\s+\([\w .&'/-]{1,30}\))?\s*:[*_]?\s+|"
                     r"(?P<initials>[A-Z]{2,4})\s+[-–—]\s+)(?=\S)")
_NOT_SPEAKERS = words("""note notes proposal resolution action actions todo decision agreed
summary topic agenda present regrets chair scribe attendees date time update q a question
answer re fyi next status result outcome minutes link links see http https new pending done
closed open wip draft info tbd""")


def _prefix(text: str) -> re.Match[str] | None:
    # Every prefix opens with "<" or "[" or has a colon or a dash after the name: a cheap
    # first test.
    if text[:1] in "<[" or ":" in text or "-" in text or "–" in text or "—" in text:
        return _PREFIX.match(text)
    return None


def find_speakers(paragraphs: list[str]) -> frozenset[str]:
    """Labels (lower-cased) the notes use as speaker prefixes on at least two paragraphs;
    an IRC "<nick>" once is enough, and "<Ege>" and "ege:" are one speaker."""
    counts: Counter[str] = Counter()
    for text in paragraphs:
        match = _prefix(text)
        if match:
            # An IRC "<nick>" is unambiguous: once is enough.
            counts[_label(match).lower()] += 2 if match.group("nick") else 1
    speakers = frozenset(name for name, n in counts.items() if n >= 2 and _may_speak(name))
    if len(speakers) >= 3 and sum(counts.values()) >= 8:
        # Scribed minutes, many people speaking: one who speaks once is a speaker too
        # ("KL: I am going to a workshop in Kenya. Will present IGSN."), unless the label
        # is an ordinary word ("Budget:").
        speakers |= {name for name in counts
                     if _may_speak(name) and not dictionary_word(name.capitalize())}
    return speakers


def _may_speak(name: str) -> bool:
    """Whether a label can name a speaker: not "Note:", "Agenda:", nor "Chairs Action:"."""
    return name not in _NOT_SPEAKERS and name.rsplit(maxsplit=1)[-1] not in ("action", "actions")


def speaker_prefix(text: str, speakers: frozenset[str]) -> tuple[str, str] | None:
    """ "mk: ok, will merge PR" -> ("mk", "ok, will merge PR") when mk is a speaker."""
    if not speakers:
        return None
    match = _prefix(text)
    if not match or _label(match).lower() not in speakers:
        return None
    return _label(match), text[match.end():]


def _label(match: re.Match[str]) -> str:
    return match.group("nick") or match.group("bracket") or match.group("name") or \
        match.group("initials")
