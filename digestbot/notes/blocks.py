"""Normalized text -> blocks: headings, paragraphs, bullets and tables, in order.

Explicit heading markup (Markdown `#`, Google Docs `[bookmark: …]`) is trusted; only when
a document has none are short stand-alone lines and numbered lines taken as headings (in
Markdown, only forms that are clearly topics: agenda items repeated over their notes,
minutes numbered by hand, numbered bold lines and "Item #3:" lines).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from digestbot.notes.heading_forms import (
    ATTRIBUTES,
    ITEM_PREFIX,
    bold_heading,
    bold_item_heading,
    italic_title,
    marked_heading,
    maybe_heading,
    numbered_docx_heading,
    run_on_title,
    set_apart_topic,
    wiki_block,
)
from digestbot.notes.inline import GROUP_1, REF_LINK, clean_inline
from digestbot.notes.later import lazy_regex
from digestbot.notes.layouts import (
    HTML_TABLE,
    agenda_repeats,
    bare_pipe_tables,
    contents_headings,
    dated_meetings,
    line_widths,
    list_heads,
    moin_lines,
    numbered_minutes,
    pipe_rows,
    topic_bullets,
)
from digestbot.notes.lexicon import is_verb
from digestbot.notes.lines import (
    BULLET,
    CONTENTS,
    HTML_TAG,
    LINE_LABEL,
    MD_HEADING,
    MINUTE,
    Block,
)

# Heading markup of wikis and other plain-text formats: TWiki "---++ Notes" ("!!" keeps it
# out of the contents), MediaWiki and DokuWiki "== Notes ==", AsciiDoc "== Notes", Textile
# and Jira "h2. Notes", HTML "<h2>Notes</h2>".
_WIKI_HEADING = lazy_regex(
    r"^(?:---(?P<plus>\+{1,6})(?:!!)?\s*(?P<twiki>\S.*?)"
    r"|(?P<eq>={1,6})\s*(?P<wiki>[^=\s](?:.*?[^=\s])?)\s*(?P=eq)"
    r"|(?P<adoc>={1,6})\s+(?P<asciidoc>[^\W\d_].*?)"
    r"|[hH](?P<h>[1-6])\.\s+(?P<textile>\S.*?)"
    r"|<[hH](?P<tag>[1-6])\b[^>]*>(?P<html>.*?)</[hH](?P=tag)>)\s*$")
_WIKI_FIRST = frozenset("-=hH<")
# TWiki keeps page data on "%META:…%" lines.
_TWIKI_META = lazy_regex(r"^%META:\w+\{.*\}%$")
_BOOKMARK = lazy_regex(r"^\s*(?:\[bookmark:[^\]]*\]\s*)+(.*)$", re.I)
# "[ ]" / "[x]"; also "( )" / "(x)", as a Google Docs or Paper checklist exported to text
# writes its boxes: "* ( ) (Felix) Add to the iteration plan".
_CHECKBOX = lazy_regex(r"^(?:\[([ xX✓✔])\]|\(([ xX✓✔])\)(?=\s))\s*(.*)$")
_BOX_MARKERS = {"☐": False, "□": False, "☑": True, "☒": True, "✓": True, "✔": True,
                "[ ]": False, "[x]": True, "[X]": True, "[✓]": True, "[✔]": True}
# (The closing pipe is optional: "| Date| Time | Length" is a header row too.)
_TABLE_ROW = lazy_regex(r"^\s*\|.*\|")
_TABLE_SEP = lazy_regex(r"^\s*\|?[\s:|-]*-{2,}[\s:|-]*\|?\s*$")
_FENCE = lazy_regex(r"^\s*(```|~~~)")
# "#####" and "^^^^^" underline titles in reStructuredText as "=====" and "-----" do.
_RULE = lazy_regex(r"^([=\-_*#^])(?:\s*\1){2,}$")
_STRONG_RULE = "=#"
_IMAGE_LINE = lazy_regex(r"(?:!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\))\s*"
                         r"(?:\{[^}]*\})?")
_STATUS_ICON = lazy_regex(r"^[-*+•]\s+!\[[^\]]*\]\((?:[^)]*/)?(?:(?P<todo>todo|to-?do)|"
                          r"done|tick|check(?:ed|mark)?)\.(?:gif|png|svg)\)\s*$", re.I)
# reStructuredText underlines a title with any punctuation, at least as long as the title:
# "Tasks from last meeting" over "~~~~~~~~~~~~~~~~~~~~~~~" (a third level here).
_RST_RULE = lazy_regex(r"^([~+\"'`:.<>])\1{2,}$")
_RST_RULE_FIRST = "~+\"'`:.<>"
# MeetBot's summary lists each `#topic` as a top-level item stamped "(nick, 14:00:43)";
# the stamped items that are not commands ("ACTION:", "AGREED:") are the topics.
_MEETBOT_TOPIC = lazy_regex(r"\(\s*[\w.\-|`^]+,\s*\d{1,2}:\d{2}:\d{2}\s*\)\s*$")
_MEETBOT_COMMAND = lazy_regex(r"^(?:action|agreed|info|link|idea|help|helped|accepted|"
                              r"rejected|decision)\s*:", re.I)
_RAW_LINE = lazy_regex(r"^`[^`]*`\{=\w+\}$")
_BOLD_THEN_PLACE = lazy_regex(r"^\*\*([^*\n]{2,80}?)\*\*\s+[-–—]\s+((?:[A-Z0-9][\w.'/&()-]*)"
                              r"(?:\s+[A-Z0-9][\w.'/&()-]*){0,4})$")


# Long front matter (a JSON-LD block under one key) is still all keys and indented lines.
_YAML_LINE = lazy_regex(r"[\w-]+\s*[:=]|[ \t-]|$")
# kramdown's attribute lines ("{: .no_toc}", "{:toc}") style what is around them.
_IAL_LINE = lazy_regex(r"^\{:[^{}]*\}$")
# "<div class='minutes-header'>", "</div>" alone on a line: page layout, not content.
_LAYOUT_TAG = lazy_regex(r"(?:</?(?:div|span|section|article|header|footer|main|aside|center|"
                         r"details|summary|p|br|hr)\b[^<>]*>\s*)+", re.I)
# Pandoc's fenced divs, as a Confluence or Word page comes out of it: "::: {#main .panel}".
_DIV_FENCE = lazy_regex(r"^:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Pull a leading front matter block: `---` YAML-ish (`key: value` lines) or Hugo's
    `+++` TOML (`key = "value"` lines)."""
    fence = text[:4]
    if fence not in ("---\n", "+++\n"):
        return {}, text
    end = text.find("\n" + fence[:3], 4)
    if end == -1 or (text[4:end].count("\n") > 60 and not all(
            _YAML_LINE.match(li) for li in text[4:end].split("\n"))):
        return {}, text  # a rule at the top, and another one far below it
    meta: dict[str, str] = {}
    separator = ":" if fence[0] == "-" else "="
    for line in text[4:end].split("\n"):
        match = re.match(rf"^([\w-]+)\s*{separator}\s*(.*)$", line)
        if match:
            meta[match.group(1).lower()] = match.group(2).strip().strip("\"'")
    rest = text[end + 4:]
    return meta, rest[1:] if rest.startswith("\n") else rest


def _rst_underline(rule: str, previous: str) -> re.Match[str] | None:
    """`rule` (stripped) as a reStructuredText underline of the line before it: a run of one
    punctuation mark, at least as long as that line."""
    if rule[:1] not in _RST_RULE_FIRST or len(rule) < len(previous.strip()):
        return None
    return _RST_RULE.match(rule)


def strip_fences(text: str) -> str:
    """Text without fenced code blocks and HTML comments (they are not meeting content)."""
    if "<!--" in text:
        text = re.sub(r"<!--.*?(?:-->|$)", lambda m: "\n" * m.group(0).count("\n"), text,
                      flags=re.S)
    out: list[str] = []
    fence: str | None = None
    previous = ""
    for line in text.split("\n"):
        match = _FENCE.match(line)
        if match and fence is None and line.strip()[:1] == "~" and previous.strip() and \
                _rst_underline(line.strip(), previous):
            match = None  # "Misc" over "~~~~": a reStructuredText title, not a code fence
        previous = line
        if fence is None and match:
            fence = match.group(1)
            out.append("")
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            out.append("")
            continue
        out.append(line)
    return "\n".join(out)


_QUOTE_MARK = lazy_regex(r"^\s*(?:>\s?)+")


# The usual names of a meeting's parts, on a line of their own.
_SECTION_LINE = lazy_regex(r"[*_]*(?:(?:meeting\s+)?notes|minutes|discussion(?:\s+points)?|"
                           r"(?:key\s+)?decisions(?:\s+(?:made|taken))?|action\s+items?"
                           r"(?:\s*(?:&|and)\s*(?:assignments|owners))?|action\s+points|actions|"
                           r"next\s+steps|(?:next\s+meeting(?:\s*(?:&|and)\s*steps)?)|"
                           r"agenda(?:\s+(?:and|&)\s+topics\s+discussed)?|updates|announcements|"
                           r"to-?dos?|follow-?ups|summary|key\s+points|takeaways|open\s+questions|"
                           r"any\s+other\s+business|aob)"
                           r"[*_]*\s*:?[*_]*", re.I)


@dataclass
class _Layout:
    """What the whole text says about how to read its lines."""

    kind: str  # the reader's format name
    lines: list[str]
    explicit: bool  # the notes mark their headings (Markdown "#", bookmarks, wiki markup)
    guess_headings: bool  # no markup: short stand-alone lines may be headings
    doku: bool  # DokuWiki's "===== Title =====" headings
    widths: list[int]  # each line's width, where plain text wraps its paragraphs
    topics: set[int]  # the numbers of the lines the notes' own form marks as topics


def _layout(text: str, kind: str) -> _Layout:
    """The lines of `text` (fences gone), and how the whole text marks its headings."""
    if "<t" in text and kind == "markdown":
        text = HTML_TABLE.sub(pipe_rows, text)
    lines = text.split("\n")
    if text.startswith(("#format ", "#language ")):
        lines = moin_lines(lines)
    if kind == "markdown" and ">" in text:
        # "> Ana will book the hall.": a block quote holds the notes' own lines (minutes
        # exported from a word processor quote whole paragraphs); read without the marks.
        lines = [_QUOTE_MARK.sub("", li) if li.lstrip()[:1] == ">" else li for li in lines]
    explicit = any(MD_HEADING.match(li) or _BOOKMARK.match(li) or (
        li[:1] in _WIKI_FIRST and _WIKI_HEADING.match(li) and not run_on_title(lines, at))
        for at, li in enumerate(lines[:5000])) or any(
        _RULE.match(b.strip()) and a.strip() and b.strip()[0] in _STRONG_RULE
        for a, b in itertools.pairwise(lines[:5000]))
    # (Guessing headings in a Markdown file without heading markup, as in plain text, was
    # tried: on real notes it found 24 false headings for 2 true ones.)
    guess_headings = not explicit and kind in ("text", "email")
    doku = explicit and any(li.startswith("=====") and li.rstrip().endswith("=====")
                            and li.strip("= \t") for li in lines[:5000])
    if explicit and kind in ("markdown", "text", "irc"):
        lines = contents_headings(lines)
    elif kind in ("markdown", "text"):
        lines = agenda_repeats(lines)
    # Markdown joins a paragraph's lines whatever their length; plain text may not.
    widths = line_widths(lines) if kind in ("text", "email") else [0] * len(lines)
    # Topic lines the notes' own form marks: scribed bullets in plain text, hand-numbered
    # minutes in Markdown.
    topics = topic_bullets(lines, widths) if guess_headings else (
        (numbered_minutes(lines) | dated_meetings(lines)) if not explicit
        and kind == "markdown" else set())
    if topics:
        guess_headings = False  # the notes show how they mark a topic; guess no others
    return _Layout(kind, lines, explicit, guess_headings, doku, widths, topics)


def split_blocks(text: str, kind: str, *, fenced: bool = True) -> list[Block]:
    """Cut notes text into blocks; `kind` is the reader's format name (`fenced=False`: the
    caller already ran `strip_fences`)."""
    text = strip_fences(text) if fenced else text
    cutter = _Cutter(_layout(text, kind))
    for number, raw in enumerate(cutter.layout.lines, start=1):
        cutter.read(number, raw)
    blocks = cutter.blocks
    if cutter.layout.explicit and kind == "markdown":
        blocks = list_heads(blocks, cutter.layout.lines)
    return bare_pipe_tables(blocks) if " | " in text else blocks


def _no_content(stripped: str) -> bool:
    """A blank line, or one that only lays the page out: a raw-format line, TWiki meta
    data, a kramdown attribute list, a div fence, a layout tag."""
    return not stripped or (stripped[0] == "`" and _RAW_LINE.match(stripped) is not None) or (
        stripped[0] == "%" and _TWIKI_META.match(stripped) is not None) or (
        stripped[:2] == "{:" and _IAL_LINE.match(stripped) is not None) or (
        stripped[:3] == ":::" and _DIV_FENCE.match(stripped) is not None) or (
        stripped[0] == "<" and _LAYOUT_TAG.fullmatch(stripped) is not None)


@dataclass
class _Cutter:
    """Reads the lines in order into blocks, with what the lines before left behind."""

    layout: _Layout
    blocks: list[Block] = field(default_factory=list)
    prev_blank: bool = True
    markup_level: int = 0  # the level of the last Markdown heading
    bold_level: int | None = None  # the level of the last bold heading, within its section
    heading_text: str = ""  # the words of the last heading

    def read(self, number: int, raw: str) -> None:
        """Read line `number` (from 1)."""
        line = raw.rstrip()
        stripped = line.strip()
        if _no_content(stripped):
            self.prev_blank = True
            return
        if len(stripped) == 1 and stripped in "-*+•":
            return  # "  - " with nothing after it: an empty list item
        if stripped[:2] in ("![", "[!") and _IMAGE_LINE.fullmatch(stripped):
            self.prev_blank = True
            return  # "![logo](logo_small.png )": a picture, no words of the notes
        icon = _STATUS_ICON.match(stripped) if "![" in stripped[:4] else None
        if icon:
            # "- ![todo.gif](/twiki/…/todo.gif)" over a person's items: a wiki's status
            # icon, read as the label it stands for.
            word = "To do:" if icon.group("todo") else "Done:"
            line = line[:line.index("![")] + word
            stripped = stripped[:stripped.index("![")] + word
        lines = self.layout.lines
        rule = _RULE.match(stripped) if stripped[0] in "=-_*#^" else _rst_underline(
            stripped, lines[number - 2]) if number > 1 else None
        if rule:
            self._rule(rule, stripped, number)
            return
        block = self._levelled(self._classified(line, stripped, number), stripped)
        block = self._guessed(block, stripped, number)
        if block.kind == "heading":
            self.heading_text = block.text
        self._add(block, line, number)
        self.prev_blank = False

    def _rule(self, rule: re.Match[str], stripped: str, number: int) -> None:
        # Setext: "Title\n=====" is a heading; a rule on its own is decoration.
        last = self.blocks[-1] if self.blocks else None
        # ("====== =====", with a gap, borders a reStructuredText table instead.)
        if last is not None and not self.prev_blank and last.kind == "paragraph" \
                and last.line == number - 1 and len(last.text) <= 120 \
                and " " not in stripped:
            level = 1 if rule.group(1) in _STRONG_RULE else 2 if rule.group(1) in "-_*^" \
                else 3
            # ("Title {#title-heading .pagetitle}": pandoc's attributes go, as on "# …".)
            text = ATTRIBUTES.sub("", last.text) if "{" in last.text else last.text
            self.blocks[-1] = Block("heading", text, level, last.line, source="markup")
            if self.blocks[-1].level < self.markup_level or not self.markup_level:
                self.markup_level = self.blocks[-1].level
        self.prev_blank = True

    def _classified(self, line: str, stripped: str, number: int) -> Block:
        """The line's block, as its own marks and the lines around it say."""
        layout, lines, kind = self.layout, self.layout.lines, self.layout.kind
        block = _line_block(line, stripped, number, kind, starred=not layout.explicit,
                            doku=layout.doku)
        if block.kind == "bullet" and kind == "markdown" and not block.indent and \
                stripped[2:4] == "**" and stripped.endswith(("**", "**:")):
            block = bold_item_heading(block, stripped, lines, number)
        if block.kind == "heading" and run_on_title(lines, number - 1):
            block = Block("paragraph", clean_inline(stripped), line=number)
        if block.kind == "paragraph" and layout.explicit and self.prev_blank and \
                stripped[:1] == "*" and stripped[1:2] not in "* " and (
                number >= len(lines) or not lines[number].strip()):
            block = italic_title(block, stripped, number)
        if number in layout.topics:
            minute = MINUTE.match(stripped) if kind == "markdown" else None
            block = Block("heading", clean_inline(minute.group(3)) if minute else block.text, 1,
                          number, source="guess")
        if block.source == "bold" and stripped.rstrip("*_").endswith(":") \
                and _in_label_run(lines, number):
            # "**Treasurer**:" or "**Treasurer:**" among "**Chair**: Ana" lines is a label
            # with no value yet.
            block = Block("paragraph", clean_inline(stripped), line=number)
        return block

    def _levelled(self, block: Block, stripped: str) -> Block:
        """The block, a bold heading given its level under the headings before it."""
        if block.kind == "heading" and block.source == "markup":
            self.markup_level = block.level
            if self.bold_level is not None and block.level <= self.bold_level:
                self.bold_level = None
        elif block.source in ("bold", "topic"):
            # A bold line is a heading one level below the Markdown heading it sits under,
            # or a sibling of the bold line before it when deeper Markdown headings came
            # between ("**Progress:**" / "###### Connor" / "**Tasks for next time:**").
            block.level = self.bold_level if self.bold_level is not None else \
                self.markup_level + 1
            self.bold_level = block.level
        return block

    def _guessed(self, block: Block, stripped: str, number: int) -> Block:
        """The block, or the heading it is in notes that mark few or no headings."""
        layout, lines, kind = self.layout, self.layout.lines, self.layout.kind
        prev_blank = self.prev_blank
        if block.kind == "paragraph" and layout.guess_headings:
            in_contents = bool(self.heading_text and CONTENTS.match(self.heading_text))
            after_heading = bool(self.blocks) and self.blocks[-1].kind == "heading" and \
                not prev_blank
            block = maybe_heading(block, stripped, prev_blank, lines, number, in_contents,
                                   after_heading)
        if block.kind == "paragraph" and kind == "markdown" and not layout.explicit and \
                prev_blank and len(stripped) <= 40 and _SECTION_LINE.fullmatch(stripped):
            # A Markdown file with no heading markup at all: "Action Items:", "Notes:",
            # "Decisions Made" on a line of their own are its headings all the same.
            block = Block("heading", stripped.strip("*_ ").rstrip(":").strip("*_ "), 1, number,
                          source="guess")
        if prev_blank and kind == "markdown" and (stripped[0] in "1234567890Ii" or (
                stripped[1:2] in ".)" and stripped[0].islower())) \
                and block.kind != "heading":
            block = set_apart_topic(block, stripped, lines, number)
        in_list = not prev_blank and block.kind == "bullet" and _goes_on_list(self.blocks, block)
        if block.kind == "bullet" and layout.guess_headings and block.ordered and not in_list:
            block = maybe_heading(block, stripped, prev_blank, lines, number)
        elif block.kind == "bullet" and kind == "docx" and block.ordered:
            block = numbered_docx_heading(block, lines, number)
        return block

    def _add(self, block: Block, line: str, number: int) -> None:
        """Add the block, or join it to the one before when it goes on with it."""
        last = self.blocks[-1] if self.blocks else None
        lines, widths = self.layout.lines, self.layout.widths
        if (block.kind == "paragraph" and last is not None and not self.prev_blank
                and (_continues(last, block, lines[number - 2], widths[number - 2])
                     or _wraps_bullet(last, line, lazy=self.layout.kind == "markdown"))):
            last.text = f"{last.text} {block.text}"
        elif (block.kind == "paragraph" and last is not None and not self.prev_blank
              and last.kind == "bullet" and _indent(line) > last.indent):
            # A list item wrapped onto an indented line goes on with that item.
            last.text = f"{last.text} {block.text}"
            if "][" in last.text:
                last.text = REF_LINK.sub(GROUP_1, last.text)  # a link label wrapped too
        elif block.kind == "table" and last is not None and last.kind == "table" \
                and not self.prev_blank:
            last.rows.extend(block.rows)
        elif not (block.kind == "heading" and not block.text):
            self.blocks.append(block)


_BOLD_LABEL = lazy_regex(r"^\s*(\*\*|__)[^*_\n]{1,60}?(?::\1|\1:)")


def _in_label_run(lines: list[str], number: int) -> bool:
    """Whether the line next above or below (no blank between) is a bold label too."""
    return any(0 <= i < len(lines) and _BOLD_LABEL.match(lines[i])
               for i in (number - 2, number))


def _goes_on_list(blocks: list[Block], block: Block) -> bool:
    """Whether a numbered line goes on the numbered list above it, past the items' nested
    notes; "2. Roof" after the notes ("- quotes are in") under "1. Budget" starts a topic."""
    for earlier in reversed(blocks):
        if earlier.kind != "bullet":
            return False
        if earlier.indent <= block.indent:
            return earlier.ordered
    return False


def _line_block(line: str, stripped: str, number: int, kind: str, *,
                starred: bool = False, doku: bool = False) -> Block:
    markdown = kind in ("markdown", "docx", "irc", "canonical")
    first = stripped[0]
    heading = MD_HEADING.match(line) if first == "#" and (markdown or kind == "text") else None
    if heading and (markdown or len(heading.group(2)) < 100):
        return marked_heading(heading, number)
    wiki = _WIKI_HEADING.match(line) if first in _WIKI_FIRST else None
    if wiki:
        return wiki_block(wiki, number, doku=doku)
    if markdown and first in "*_" and stripped[-1:] == "\\" and stripped[-2:-1] in "*_:":
        stripped = stripped[:-1].rstrip()  # "**Summary:**\": a hard line break after it
    if markdown and first in "*_":
        bold = bold_heading(stripped, number, starred=starred)
        if bold:
            return bold
    placed = _BOLD_THEN_PLACE.match(stripped) if markdown and stripped[:2] == "**" else None
    if placed:
        # "**1. Creston Repeater (VE7RCA)** - Thompson Mtn": a topic, then where or what,
        # in capitalised words.
        return Block("heading", clean_inline(f"{placed.group(1)} - {placed.group(2)}"), 0,
                     number, source="bold")
    bookmark = _BOOKMARK.match(line) if first == "[" else None
    if bookmark:
        return Block("heading", clean_inline(ITEM_PREFIX.sub("", bookmark.group(1))), 1, number,
                     source="bookmark")
    if "\t" in stripped and kind in ("text", "email") and not BULLET.match(line):
        cells = [" ".join(c.split()) for c in line.strip("\n").lstrip().split("\t")]
        if len([c for c in cells if c]) >= 2:
            # A Word table saved as text: one row a line, cells separated by tabs.
            return Block("table", rows=[cells], line=number)
    if first == "|" and _TABLE_ROW.match(line):
        if _TABLE_SEP.match(line):
            return Block("table", rows=[], line=number)
        cells = [clean_inline(_html_cell(c) if "<" in c else c)
                 for c in stripped.strip("|").split("|")]
        return Block("table", rows=[cells], line=number)
    bullet = BULLET.match(line) if _may_be_bullet(stripped) else None
    if bullet and not (bullet.group(2) in "*+-–" and stripped.startswith(("**", "--"))):
        return _bullet_block(bullet, number)
    return Block("paragraph", clean_inline(stripped), line=number,
                 tab_indented=line.startswith("\t"))


def _bullet_block(bullet: re.Match[str], number: int) -> Block:
    """A list item, with what its marks say: ticked, struck through, an arrow's outcome."""
    marker, body = bullet.group(2), bullet.group(3)
    checked: bool | None = _BOX_MARKERS.get(marker)
    arrow = False
    if body[:1] in "→-=":
        body, arrows = re.subn(r"^(?:→|->|=>)\s*", "", body)
        arrow = arrows > 0
    if body[:1] > "\u2000" and _DECORATION.match(body):
        body = _DECORATION.sub("", body)  # "👷 Dan volunteered to …": a bullet's emoji
    if body[:1] in _TICKS and checked is None:
        body, checked = body.lstrip(_TICKS + "\uFE0F ").strip(), True  # "✅ Omar will …"
    box = _CHECKBOX.match(body)
    if box:
        checked = (box.group(1) or box.group(2)) != " "
        body = box.group(3)
    state = _STATE_CODE.match(body) if body[:1] == "`" else None
    if state and checked is None:
        body, checked = body[state.end():], True  # "`done` Ana to book the room"
    if "<s" in body or "<del" in body:
        # HTML in a Markdown list: "<span …><strike>OE paper revision</strike></span>".
        body = _HTML_STRUCK.sub(r"~~\1~~", _LAYOUT_SPAN.sub("", body)).strip()
    struck = _STRUCK.fullmatch(body) if body.startswith("~~") else None
    if struck:
        # A struck-through list item is one that has been done; "~~Fix the gate~~ (Bo)"
        # keeps its owner.
        who = struck.group(2) or ""
        if who and who.lstrip()[:1] not in "(-–—":
            who = f" – {who.strip()}"
        body, checked = struck.group(1) + who, True
    indent = len(bullet.group(1).expandtabs(4))
    if not indent and marker == "*" and body.endswith(")") and _MEETBOT_TOPIC.search(body) \
            and not _MEETBOT_COMMAND.match(body):
        return Block("heading", clean_inline(body), 0, number, source="topic")
    return Block("bullet", clean_inline(body), line=number, ordered=marker[0].isdigit(),
                 checked=checked, indent=indent, arrow=bool(arrow))


# "~~Fix the gate~~ (Bo)", "~~Fix the gate~~ - Bo", "~~Fix the gate~~ @bo": who did it.
# (Not "~~Fix the gate~~ Cancelled": what became of it.)
_STRUCK = lazy_regex(r"~~(.+?)~~(\s*\([^()~]{1,40}\)|\s+(?:[-–—]\s*)?(?!(?i:cancell?ed|postponed|"
                     r"moved|dropped|obsolete|deferred|superseded|duplicate|done|completed?|"
                     r"abandoned|merged|closed|resolved|fixed|finished)\b)(?:@[\w.-]+|[A-Z][\w.'-]*)"
                     r"(?:(?:\s+|\s*[,&/]\s*|\s+and\s+)(?:@[\w.-]+|[A-Z][\w.'-]*)){0,3})?"
                     r"\s*[.;]?\s*")
_HTML_STRUCK = lazy_regex(r"<(?:strike|del|s)>(.+?)</(?:strike|del|s)>", re.I)
_LAYOUT_SPAN = lazy_regex(r"</?(?:span|font)\b[^>]*>|<br\s*/?>", re.I)
# Pictographs people put before a list item's words (👷 📌 🚧 ⭐ ➡️); not ticks or crosses
# (✅ ✔ ☑ ❌ ✖), which say whether the item is done, nor the priority dots (🔴) read later.
# A status in a code span before a list item's words: "`done` Ana to book the room".
_STATE_CODE = lazy_regex(r"^`(?:done|completed?|finished|closed)`\s*[:\-–—]?\s*", re.I)
_TICKS = "\u2705\u2714\u2713\u2611"  # ✅ ✔ ✓ ☑
_DECORATION = lazy_regex("^(?:(?![\u2611\u2705\u2714\u274C\u2716\U0001F534-\U0001F7EB])"
                         "[\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF"
                         "\U0001F000-\U0001FAFF][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*" r"\s*)+")


_BULLET_FIRST = frozenset("·•●▪‣◦*+-–→☐☑☒□■✓✔=[(")


def _may_be_bullet(stripped: str) -> bool:
    """A cheap test of whether `BULLET` can match (its marker is the first character)."""
    first = stripped[:1]
    return first in _BULLET_FIRST or first.isdecimal() or (
        "a" <= first <= "z" and stripped[1:2] in ".)")


_CARRIES_ON = frozenset({"with", "the", "a", "an", "to", "and", "of", "for", "in", "on", "by",
                         "from", "that", "our", "their", "his", "her", "its", "or", "at",
                         "into", "about", "will", "would", "should", "is", "are", "was",
                         "were", "be"})


def _labelled(text: str) -> bool:
    """Whether `text` opens with a short label and a colon ("Budget: …")."""
    return ":" in text[:32] and LINE_LABEL.match(text) is not None  # (the colon is within 32)


def _continues(last: Block, block: Block, previous_line: str, width: int) -> bool:
    """Whether a line wraps the previous paragraph rather than starting a new one."""
    if last.kind != "paragraph" or block.tab_indented:
        return False
    if "(" in last.text and last.text.count("(") > last.text.count(")") and \
            block.kind == "paragraph" and ")" in block.text and len(last.text) >= 40:
        return True  # "… offered to add: Accessible ballot software (in" / "bold)."
    if last.text.endswith(":") and block.text.startswith(("https://", "http://")) and len(
            last.text) >= 40 and not _labelled(last.text):
        return True  # "Please leave feedback on the charter on this issue:" / "https://…"
    if _labelled(block.text) or block.text.startswith("[") or _labelled(last.text):
        return False
    # "… will get in touch with" / "UZH to discuss …": no line of notes ends on a word
    # like "with", so the next one carries it on, however short it is.
    if last.text.rpartition(" ")[2].lower() in _CARRIES_ON and len(last.text) >= 20:
        return True
    # Only long lines wrap; a short line ending without punctuation is a line of its own.
    length = len(previous_line.strip())
    if block.text[:1].islower() and length >= 50 and not last.text.endswith(
            (".", "!", "?", ":", ";", ")")) and not (
            is_verb(block.text.split(maxsplit=1)[0]) and block.indent == last.indent):
        # ("added people to the mailing list" / "send out a poll for times": an outline's
        # lines, one a line; a wrapped sentence goes on with "and", "the", "to" …)
        return True  # "… Please log in and change your password" / "from the default …"
    if length < 60 or last.text.endswith((".", "!", "?", ":")):
        return False
    # Scribed notes that never wrap ("AF will send LD the files" among lines of 150
    # characters): a line far shorter than the notes' long lines, whose next word would
    # have fit on it, or a line longer than the width they wrap at, was ended by hand. (A
    # line opening with a handle starts anew: "@bonfiam will put out a call …".)
    if not width:
        return block.text[:1] != "@"
    return (width * 4 // 5 < length + 1 + len(block.text.split(maxsplit=1)[0])
            and length <= width + width // 10)


def _wraps_bullet(last: Block, line: str, *, lazy: bool = False) -> bool:
    """Whether an indented line carries on the list item above it ("- Ana will …\n  send
    the report"): a hard-wrapped bullet, as Markdown reads it. In Markdown (`lazy`) a
    line in lower case carries it on unindented too ("- … no news. Ana\nwill send X")."""
    if last.kind != "bullet":
        return False
    if not line[:1].isspace():
        return lazy and line[:1].islower()
    indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
    return indent > last.indent and not BULLET.match(line)


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


_CELL_BREAK = lazy_regex(r"(?:\s*<(?:br\s*/?|/?p|/?li)>\s*)+", re.I)


def _html_cell(cell: str) -> str:
    """A pipe-table cell with HTML line breaks ("Agreed.<br><br>Ana: send it"), its lines
    joined as sentences."""
    lines = [" ".join(HTML_TAG.sub(" ", part).split()) for part in _CELL_BREAK.split(cell)]
    text = ""
    for line in filter(None, lines):
        text += (" " if not text or text[-1] in ".;:!?" else ". ") + line
    return text.strip()


