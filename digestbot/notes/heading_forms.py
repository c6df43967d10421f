"""The forms a heading takes in notes, and lines that only look like one: Markdown "#" and
wiki markup, a bold line, an italic title, a bold list item over its list, a numbered
line, a short line set apart from the text around it."""

from __future__ import annotations

import re

from digestbot.notes.inline import GROUP_1, clean_inline, mend_doubled_bracket
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import ABSENT_LABEL, OWNERS_RE, ROLL_WORD, valid_owners
from digestbot.notes.lines import (
    BULLET,
    HEADING_NUMBER,
    HTML_TAG,
    LINE_LABEL,
    Block,
    heading_like,
    task_line,
)

# Headings notes use so often that they are headings even without a blank line before.
_KNOWN_HEADING = lazy_regex(r"^(?:attendees|attendance|participants|agenda|contents|"
                            r"(?:meeting )?minutes|diagnostics|(?:summary of )?action items|"
                            r"actions|next steps|decisions|(?:summary of )?resolutions|"
                            r"recommendations|any other business|aob|discussion|updates)$", re.I)
_NUMBERED_HEADING = lazy_regex(r"^(?:(?:item|section|part|minute)\s+(\d{1,2}(?:\.\d{1,2})*)\.?\s*"
                               r"[-–—:.]?|(\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2}|"
                               r"(?-i:[IVX]{1,5})[.)]|"
                               r"\d{2,4}/\d{1,4}(?:\.\d{1,2})*[.):]?))\s+(\S.*)$", re.I)
ITEM_PREFIX = lazy_regex(r"^(?:item|section|part)\s+\d{1,2}(?:\.\d{1,2})*\s*[-–—:.]\s*", re.I)
# Pandoc writes heading attributes ("## Old Business {#old_business}") and raw-format
# lines ("`{{TOCright}}`{=mediawiki}") when it converts wiki pages to Markdown.
ATTRIBUTES = lazy_regex(r"\s*\{[#.][^{}\n]*\}\s*$")
# A link in a heading names the topic by its label; the URL is still found as a link.
_ANY_LINK = lazy_regex(r"\[([^\]\n]+)\]\([^\s)]*\)")
_META_LABEL = lazy_regex(rf"(?:{ROLL_WORD}|participants|{ABSENT_LABEL}|"
                         r"chairs?|facilitators?|notes?|note-?takers?|scribes?|date|time|venue|"
                         r"location|hosts?|guests?|where|when|time-?keepers?|minute-?takers?)",
                         re.I)
# "**Decisions**", and Slack's single-star bold "*What we settled*".
_BOLD_ITALIC = lazy_regex(r"^(?:\*\*\*|___|\*\*_|__\*|_\*\*|\*__)([^*_\n]{2,80}?)"
                          r"(?:\*\*\*|___|_\*\*|\*__|\*\*_|__\*)(:?)$")
_BOLD_ITALIC_MARKS = frozenset(("***", "___", "**_", "__*", "_**", "*__"))
_BOLD_LINE = lazy_regex(r"^(\*\*|__|\*(?=[^*\s]))([^*_\n]{2,80}?):?\1:?$")
# "3. **Budget**" (or "3. _**Budget**_", "c) **Budget**") and "Item #3: Budget", each on a
# line of its own.
_NUMBERED_BOLD = lazy_regex(r"^(?:\d{1,2}|[a-z])[.)]\s+([_*]?)(\*\*|__)([^*_\n]{2,90}?)\2\1\s*:?"
                            r"(?:\s*<?https?://\S+)?$")  # "3. **Budget**: https://…" too
_ITEM_LINE = lazy_regex(r"^(?:agenda\s+)?item\s+#?\d{1,2}(?:\.\d{1,2})*\s*[:.\-–—]\s*\S", re.I)


def set_apart_topic(block: Block, stripped: str, lines: list[str], number: int) -> Block:
    """A numbered topic in bold, or an "Item #3:" line, set apart by a blank line before
    it and something other than the next numbered item after it, heads what follows."""
    bold = _NUMBERED_BOLD.match(stripped)
    item = None if bold else _ITEM_LINE.match(stripped)
    if not (bold or (item and heading_like(stripped))):
        return block
    following = next((li.strip() for li in lines[number:number + 3] if li.strip()), "")
    previous = next((li.strip() for li in reversed(lines[max(0, number - 4):number - 1])
                     if li.strip()), "")
    pattern = _NUMBERED_BOLD if bold else _ITEM_LINE
    if not following or following[0] == "#" or pattern.match(following) or pattern.match(
            previous) or (number < len(lines) and lines[number].strip()):
        return block
    text = clean_inline(bold.group(3)) if bold else block.text
    return Block("heading", text, 1, number, source="guess")


def run_on_title(lines: list[str], at: int) -> bool:
    """Whether line `at` opens with AsciiDoc's "= " but runs on from the line above it
    ("News:" / "= Talked about …"): AsciiDoc puts a blank line before a title."""
    line = lines[at]
    return line[:2] == "= " and not line.rstrip().endswith("=") and at > 0 and bool(
        lines[at - 1].strip())


def wiki_block(match: re.Match[str], number: int, *, doku: bool) -> Block:
    """A heading in wiki markup; DokuWiki counts down ("====== Title ======" is the top)."""
    size = match.group("plus") or match.group("eq") or match.group("adoc")
    level = int(match.group("h") or match.group("tag") or 0) or len(size or "=")
    if doku and match.group("eq"):
        level = 7 - level
    # ("<h2></h2>" names nothing: an empty heading, which the caller drops.)
    words = next((g for g in match.group("twiki", "wiki", "asciidoc", "textile", "html") if g),
                 "")
    text = clean_inline(HTML_TAG.sub("", words) if "<" in words else words)
    wrapped = re.fullmatch(r"([*_=])\1?(.+?)\1\1?", text)  # "*Agenda*": TWiki's bold
    return Block("heading", (wrapped.group(2) if wrapped else text).strip(), level, number,
                 source="markup")


_ITALIC_TITLE = lazy_regex(r"^\*((?=[\w&'’-]*[A-Z])[A-Za-z][\w&'’-]*"
                           r"(?:\s+(?:[A-Z0-9][\w&'’/-]*|of|and|for|the|on|in|to|&)){1,6})\*$")


def italic_title(block: Block, stripped: str, number: int) -> Block:
    """ "*Education Committee*" alone between blank lines, under "### 5. Committee Reports":
    a title in italics, in title case, heads what follows (not "*None carried over.*", nor
    "*Noor*" over her checklist)."""
    title = _ITALIC_TITLE.match(stripped)
    if title is None:
        return block
    return Block("heading", title.group(1), 0, number, source="bold")


_BOLD_ITEM = lazy_regex(r"^[-*+]\s+\*\*(?P<title>[^*]{2,60}?):?\*\*:?$")


def bold_item_heading(block: Block, stripped: str, lines: list[str], number: int) -> Block:
    """ "* **Agenda**" over a list indented under it: a wiki's topic written as a list item
    in bold, a heading (a bold item with nothing under it stays an item)."""
    title = _BOLD_ITEM.match(stripped)
    below = next((li for li in lines[number:number + 3] if li.strip()), "")
    name = title.group("title").strip(" []") if title else ""
    if not title or not below[:1].isspace() or BULLET.match(below) is None or \
            _META_LABEL.fullmatch(name) or name[:1] == "@" or (
            OWNERS_RE.fullmatch(name) and valid_owners(name)):
        return block  # ("- **[Rosa Diaz]:**" over her lists: an owner's label, read as one)
    return Block("heading", clean_inline(title.group("title")).strip(), 0, number,
                 source="bold")


def marked_heading(heading: re.Match[str], number: int) -> Block:
    """A Markdown "#" heading, its own numbering kept apart from its words."""
    text = _heading_text(heading.group(2))
    if text[:5].lower() == "tags:":
        return Block("paragraph", text, line=number)  # HackMD's "###### tags: `Minutes`"
    numbered = HEADING_NUMBER.match(text)
    if numbered and text[numbered.end():].strip():
        # "## 2.1. Table of contents": the rules read the words; the section keeps its
        # number, as the writer wrote it.
        return Block("heading", text[numbered.end():], len(heading.group(1)), number,
                     source="markup", number=numbered.group().strip())
    return Block("heading", text, len(heading.group(1)), number, source="markup")


def bold_heading(stripped: str, number: int, *, starred: bool) -> Block | None:
    """A line set in bold (or, where no "#" headings exist, Slack's "*bold*") that is a
    topic: not a header's label, a sentence or a field with its value."""
    if stripped[:3] in _BOLD_ITALIC_MARKS:
        # "***Erik***", "**_Erik_**": bold and italic, a bold line all the same.
        both = _BOLD_ITALIC.match(stripped)
        stripped = f"**{both.group(1)}**{both.group(2)}" if both else stripped
    # "**Scope ([#7](https://…))**": a link in a bold line counts by its label.
    bold = _BOLD_LINE.match(_ANY_LINK.sub(GROUP_1, stripped) if "](" in stripped else stripped)
    if bold is None:
        return None
    label = bold.group(2).strip(" :")
    if bold.group(1) != "*" and stripped.rstrip("*_").endswith(":") and \
            _META_LABEL.fullmatch(label) and label.lower() not in ("notes", "note"):
        # "**Attendees:**" labels a line of the header, whatever follows ("**Notes:**" alone
        # on its line heads the notes; "**Notes:** Bo" names who took them).
        return None
    if bold.group(2).endswith(".") and not bold.group(2).endswith(".."):
        return None  # "**Ana for Treasurer.**": a sentence set in bold, not a topic
    if ": " in bold.group(2):
        value = bold.group(2).partition(": ")[2]
        if "://" in value or len(value.split()) >= 6:
            # "**Regular calls: 4th Monday of the month, 16:00-17:00 UK time**", "**Chairing
            # rota: https://…**": a field and its value set in bold ("**Item 3: Budget**" is
            # a topic).
            return None
    if bold.group(1) != "*" or starred:
        # "*Decisions*" is Slack's bold, but Markdown's italic where "#" headings exist.
        return Block("heading", clean_inline(bold.group(2)).strip(), 0, number, source="bold")
    return None


def _heading_text(markup: str) -> str:
    """A Markdown heading's words, without pandoc attributes or link targets."""
    if "{" in markup:
        markup = ATTRIBUTES.sub("", markup)
    if "](" in markup:
        markup = _ANY_LINK.sub(GROUP_1, mend_doubled_bracket(markup))
    return clean_inline(markup)


_ENDERS = tuple(".!?;)\"'")
_CLOSERS = tuple(".!?:;)\"'")
_LETTERED = lazy_regex(r"^(\s*)[A-Z][.)]\s+(\S.*)$")
_YEAR = lazy_regex(r"\b(?:19|20)\d\d\b")
_COLON_LINE = lazy_regex(r"^([A-Z][^:]{1,50}):$")
_LIST_LABEL = lazy_regex(r"\b(?:agenda|includ\w*|following|below|as follows)\b", re.I)


def maybe_heading(block: Block, stripped: str, prev_blank: bool, lines: list[str],
                   number: int, in_contents: bool = False, after_heading: bool = False) -> Block:
    """A guessed heading: a short stand-alone line, or a numbered line before prose."""
    if len(stripped) > 120:
        return block  # every rule below wants a short line (at most 90 characters of title)
    after_line = next((li for li in lines[number:number + 3] if li.strip()), "")
    following = after_line.strip()
    numbered = _NUMBERED_HEADING.match(stripped)
    lettered = _LETTERED.match(lines[number - 1])
    if lettered and heading_like(lettered.group(2)):
        indent = len(lettered.group(1).expandtabs(4))
        if len(after_line) - len(after_line.lstrip()) > indent:
            # "A. Project Widget" over indented text: a lettered sub-heading.
            return Block("heading", " ".join(lettered.group(2).split()), 2, block.line,
                         source="guess")
    deeper = len(after_line) - len(after_line.lstrip()) > len(lines[number - 1]) - len(
        lines[number - 1].lstrip())
    under = BULLET.match(following) if numbered else None
    # "1. Budget" over "- we agreed …": notes in another kind of list sit under a topic;
    # but "Actions:" over "1. Bo to fix the roof" is a list of tasks, not topics.
    topic = numbered.group(3) if numbered else ""
    if topic.endswith(":") and len(topic.split()) <= 6:
        topic = topic[:-1].rstrip()  # "3. Allocated tasks:" over the lines it introduces
    if numbered and heading_like(topic) and (
            not under or deeper or not under.group(2)[0].isdecimal()) and not (
            task_line(topic) or _after_intro(lines, number)):
        level = (numbered.group(1) or numbered.group(2)).rstrip(".):").count(".") + 1
        # The number stays with the heading, as the writer wrote it ("1. Finance").
        return Block("heading", " ".join(topic.split()), level, block.line,
                     source="guess", number=stripped[:numbered.start(3)].strip())
    nxt = lines[number] if number < len(lines) else ""
    opens_list = bool(nxt.startswith("\t") or BULLET.match(nxt)) and not lines[number - 1][:1] \
        .isspace()
    known = bool(_KNOWN_HEADING.match(stripped)) and not in_contents
    previous = lines[number - 2].strip() if number >= 2 else ""
    # Word's "plain text" export has no blank lines: a short line between a finished
    # paragraph and a long one is a heading there.
    between = (len(stripped.split()) <= 8 and len(following) >= 60
               and following.endswith(_ENDERS) and not LINE_LABEL.match(following)
               and not _YEAR.search(stripped)
               and (after_heading or len(previous) >= 50
                    or previous.endswith(_CLOSERS)))
    colon = _COLON_LINE.match(stripped) if stripped.endswith(":") else None
    if colon and prev_blank and following and len(colon.group(1).split()) <= 6 \
            and not BULLET.match(following) and not following.endswith(":") \
            and not _LIST_LABEL.search(stripped):
        # "Regatta:" over a paragraph is a heading; "Agenda:" over a list is a label.
        return Block("heading", colon.group(1).strip(), 1, block.line, source="guess")
    if colon and prev_blank and not nxt.strip() and _KNOWN_HEADING.match(colon.group(1)):
        # "Agenda:" with a blank line either side heads what follows, list or not.
        return Block("heading", colon.group(1).strip(), 1, block.line, source="guess")
    # "The static flag is" over "questionable, as …": a hard-wrapped line of prose.
    wrapped = len(stripped) >= 40 and nxt[:1].islower()
    # (A question on a line of its own is asked, not a heading: "What varieties are
    # present?" over the notes on it. Notes that make questions headings mark them up.)
    if block.kind == "paragraph" and (prev_blank or opens_list or known or between) \
            and following and heading_like(stripped) and not stripped[:1].isdecimal() \
            and not wrapped and not task_line(stripped) and not stripped.endswith("?"):
        return Block("heading", ITEM_PREFIX.sub("", stripped), 1, block.line, source="guess")
    return block


def _after_intro(lines: list[str], number: int) -> bool:
    """Whether the last line before this one ends with a colon ("Actions:") and so
    introduces the list this line opens."""
    previous = next((li.strip() for li in reversed(lines[max(0, number - 3):number - 1])
                     if li.strip()), "")
    return previous.endswith(":")


def numbered_docx_heading(block: Block, lines: list[str], number: int) -> Block:
    """Word authors number their topics with a list style: a short numbered item followed
    by a paragraph of prose (not by the next item) is a heading."""
    following = next((li.strip() for li in lines[number:number + 3] if li.strip()), "")
    if heading_like(block.text) and len(following) >= 60 and not BULLET.match(following):
        return Block("heading", block.text, 1, block.line, source="guess")
    return block
