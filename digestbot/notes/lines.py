"""What a line of notes can be: the Block it becomes, and the marks that tell a heading,
a bullet, a label or a task line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import is_verb

# "##Status Reports": a heading whose writer left out the space (not "#123" or "#topic").
MD_HEADING = lazy_regex(r"^ {0,3}(#{1,6})(?:\s+|(?=[A-Z][a-z]))(.*?)\s*#*\s*$")
BULLET = lazy_regex(r"^(\s*)([·•●▪‣◦*+\-–→☐☑☒□■✓✔]|->|=>|\(?\d{1,2}[.)]|\(?[a-z][.)]|\[[ xX✓✔]\])"
                     r"\s+(.*)$")
# "3. Budget" is numbered; "17 Aug 2017" is a date.
# "II. Old Business": Roman numerals number the topics of many boards' minutes.
HEADING_NUMBER = lazy_regex(r"^(?:(?:item|section|part)\s+)?(?:\d{1,2}(?:\.\d{1,2})*[.):]?|"
                             r"(?-i:[IVX]{1,5})[.)])\s+"
                             r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                             r"(?:\s+\d|,|$))(?=\S)", re.I)
CONTENTS = lazy_regex(r"^(?:contents|table of contents|agenda)$", re.I)
LINE_LABEL = lazy_regex(r"^[A-Za-z][\w' /()-]{0,30}:(?!\d)\s*\S")  # (not "a session at 2:00")


@dataclass
class Block:
    """One structural piece of the notes."""

    kind: str  # "heading" | "paragraph" | "bullet" | "table"
    text: str = ""
    level: int = 1
    line: int = 0
    ordered: bool = False
    checked: bool | None = None
    indent: int = 0
    arrow: bool = False  # "- -> make the page template-able": an outcome of the discussion
    tab_indented: bool = False
    rows: list[list[str]] = field(default_factory=list)
    source: str = ""  # how a heading was recognised: "markup" | "bookmark" | "guess"
    number: str = ""  # a Markdown heading's own numbering, as written: "2.1.", "Item 3:"


SIGN_OFF = lazy_regex(r"^(?:cheers|thanks|thank you|many thanks|best|best wishes|kind regards|"
                       r"regards|warm regards|warmly|all the best|see you(?: soon)?|take care|"
                       r"hi|hello|dear \w+|hi \w+|hello \w+)\b[\w ]{0,20}$", re.I)
TITLED = lazy_regex(r"^(?:session|item|part|topic|panel|workshop|day|theme|track|module|"
                     r"agenda item|breakout)(?:\s+\d+|\s+[A-Z])?\s*:\s*\S", re.I)


def heading_like(line: str) -> bool:
    """Whether a line reads as a heading: short, capitalised, not a sentence, label or link."""
    if SIGN_OFF.match(line):
        return False
    words = line.split()
    return (0 < len(words) <= 12 and len(line) <= 90 and line[-1:] not in ".,;:!"
            and (line[0].isupper() or line[0].isdigit())
            and (not LINE_LABEL.match(line) or bool(TITLED.match(line)))
            and not line.startswith(("http", "www.")))


# "4\\. Matters Arising" (as Word's numbered paragraphs reach Markdown), "4. Planning",
# "6.2 Church clock"; not "2 members of the public".
MINUTE = lazy_regex(r"^(\d{1,2})(?:\.(\d{1,2})(?:\\?\.)?|\\?[.)])\s+(\S.*)$")
# "Bo to fix the roof", "Ana will paint the fence": a task in a numbered list.
TASK_LINE = lazy_regex(r"\b(?:will|shall|agreed to|needs? to)\s+[a-z]|"
                        r"^(?P<who>[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?\s+to\s+[a-z]")


def task_line(text: str) -> bool:
    """Whether a numbered line is a task, not a topic ("Call to order" is a topic)."""
    match = TASK_LINE.search(text)
    return match is not None and not (match.group("who") and is_verb(match.group("who").lower()))


HTML_TAG = lazy_regex(r"</?[a-z][^>]*>", re.I)
