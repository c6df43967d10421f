"""Normalized text -> blocks: headings, paragraphs, bullets and tables, in order.

Explicit heading markup (Markdown `#`, Google Docs `[bookmark: …]`) is trusted; only when
a document has none are short stand-alone lines and numbered lines taken as headings (in
Markdown, only forms that are clearly topics: agenda items repeated over their notes,
minutes numbered by hand, numbered bold lines and "Item #3:" lines).
"""

from __future__ import annotations

import html
import itertools
import operator
import re
from dataclasses import dataclass, field

from digestbot.notes.dates import MONTH
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import ABSENT_LABEL, OWNERS_RE, ROLL_WORD, is_verb, valid_owners

# "##Status Reports": a heading whose writer left out the space (not "#123" or "#topic").
_MD_HEADING = lazy_regex(r"^ {0,3}(#{1,6})(?:\s+|(?=[A-Z][a-z]))(.*?)\s*#*\s*$")
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
_BULLET = lazy_regex(r"^(\s*)([·•●▪‣◦*+\-–→☐☑☒□■✓✔]|->|=>|\(?\d{1,2}[.)]|\(?[a-z][.)]|\[[ xX✓✔]\])"
                     r"\s+(.*)$")
# "[ ]" / "[x]"; also "( )" / "(x)", as a Google Docs or Paper checklist exported to text
# writes its boxes: "* ( ) (Felix) Add to the iteration plan".
_CHECKBOX = lazy_regex(r"^(?:\[([ xX✓✔])\]|\(([ xX✓✔])\)(?=\s))\s*(.*)$")
_BOX_MARKERS = {"☐": False, "□": False, "☑": True, "☒": True, "✓": True, "✔": True,
                "[ ]": False, "[x]": True, "[X]": True, "[✓]": True, "[✔]": True}
# "3. Budget" is numbered; "17 Aug 2017" is a date.
# "II. Old Business": Roman numerals number the topics of many boards' minutes.
_HEADING_NUMBER = lazy_regex(r"^(?:(?:item|section|part)\s+)?(?:\d{1,2}(?:\.\d{1,2})*[.):]?|"
                             r"(?-i:[IVX]{1,5})[.)])\s+"
                             r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                             r"(?:\s+\d|,|$))(?=\S)", re.I)
# (The closing pipe is optional: "| Date| Time | Length" is a header row too.)
_TABLE_ROW = lazy_regex(r"^\s*\|.*\|")
_TABLE_SEP = lazy_regex(r"^\s*\|?[\s:|-]*-{2,}[\s:|-]*\|?\s*$")
_FENCE = lazy_regex(r"^\s*(```|~~~)")
# Headings notes use so often that they are headings even without a blank line before.
_KNOWN_HEADING = lazy_regex(r"^(?:attendees|attendance|participants|agenda|contents|"
                            r"(?:meeting )?minutes|diagnostics|(?:summary of )?action items|"
                            r"actions|next steps|decisions|(?:summary of )?resolutions|"
                            r"recommendations|any other business|aob|discussion|updates)$", re.I)
_CONTENTS = lazy_regex(r"^(?:contents|table of contents|agenda)$", re.I)
# "#####" and "^^^^^" underline titles in reStructuredText as "=====" and "-----" do.
_RULE = lazy_regex(r"^([=\-_*#^])(?:\s*\1){2,}$")
_STRONG_RULE = "=#"
_IMAGE_LINE = lazy_regex(r"(?:!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\))\s*"
                         r"(?:\{[^}]*\})?")
# reStructuredText underlines a title with any punctuation, at least as long as the title:
# "Tasks from last meeting" over "~~~~~~~~~~~~~~~~~~~~~~~" (a third level here).
_RST_RULE = lazy_regex(r"^([~+\"'`:.<>])\1{2,}$")
_RST_RULE_FIRST = "~+\"'`:.<>"
# MeetBot's summary lists each `#topic` as a top-level item stamped "(nick, 14:00:43)";
# the stamped items that are not commands ("ACTION:", "AGREED:") are the topics.
_MEETBOT_TOPIC = lazy_regex(r"\(\s*[\w.\-|`^]+,\s*\d{1,2}:\d{2}:\d{2}\s*\)\s*$")
_MEETBOT_COMMAND = lazy_regex(r"^(?:action|agreed|info|link|idea|help|helped|accepted|"
                              r"rejected|decision)\s*:", re.I)
_IRC_STAMP = lazy_regex(r"\s*\(\s*[\w.\-|`^]+,\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)")
_LABEL = lazy_regex(r"^[A-Za-z][\w' /()-]{0,30}:(?!\d)\s*\S")  # (not "a session at 2:00")
_NUMBERED_HEADING = lazy_regex(r"^(?:(?:item|section|part|minute)\s+(\d{1,2}(?:\.\d{1,2})*)\.?\s*"
                               r"[-–—:.]?|(\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2}|"
                               r"(?-i:[IVX]{1,5})[.)]|"
                               r"\d{2,4}/\d{1,4}(?:\.\d{1,2})*[.):]?))\s+(\S.*)$", re.I)
ITEM_PREFIX = lazy_regex(r"^(?:item|section|part)\s+\d{1,2}(?:\.\d{1,2})*\s*[-–—:.]\s*", re.I)
_MD_LINK = lazy_regex(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")
# A link with a title ("[Minutes](https://… "Minutes page")"), and one to another page of
# the same site ("[Objectives](Objectives "wikilink")"), which names it by its label.
_TITLED_LINK = lazy_regex(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\s+\"[^\"\n]*\"\)")
# (A wiki's path may hold spaces: "[Git Flow](/Process/Git Flow)".)
_PAGE_LINK = lazy_regex(r"\[([^\]\n]+)\]\((?!https?://)(?:[/.][^()\n]*|"
                        r"[^\s()]*(?:\s+\"[^\"\n]*\")?)\)")
_REF_LINK = lazy_regex(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
EMPHASIS = lazy_regex(r"(\*\*|__)(.+?)\1")
_BOLD_ITALIC = lazy_regex(r"(\*\*\*|___)\s*(.+?)\s*\1")
# "*Document that uid() …*", "_the site_": italics, not "a * b", "unwrap_none" or "2*3*4".
_ITALICS = lazy_regex(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]{0,300}?[^\s*_])\1(?![\w*])")
# Pandoc writes heading attributes ("## Old Business {#old_business}") and raw-format
# lines ("`{{TOCright}}`{=mediawiki}") when it converts wiki pages to Markdown.
_ATTRIBUTES = lazy_regex(r"\s*\{[#.][^{}\n]*\}\s*$")
_RAW_LINE = lazy_regex(r"^`[^`]*`\{=\w+\}$")
# A link in a heading names the topic by its label; the URL is still found as a link.
_ANY_LINK = lazy_regex(r"\[([^\]\n]+)\]\([^\s)]*\)")
# "**Decisions**", and Slack's single-star bold "*What we settled*".
_META_LABEL = lazy_regex(rf"(?:{ROLL_WORD}|participants|{ABSENT_LABEL}|"
                         r"chairs?|facilitators?|notes?|note-?takers?|scribes?|date|time|venue|"
                         r"location|hosts?|guests?|where|when|time-?keepers?|minute-?takers?)",
                         re.I)
_BOLD_THEN_PLACE = lazy_regex(r"^\*\*([^*\n]{2,80}?)\*\*\s+[-–—]\s+((?:[A-Z0-9][\w.'/&()-]*)"
                              r"(?:\s+[A-Z0-9][\w.'/&()-]*){0,4})$")
_BOLD_LINE = lazy_regex(r"^(\*\*|__|\*(?=[^*\s]))([^*_\n]{2,80}?):?\1:?$")


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


# A pandoc bracketed span, as Word or Google Docs highlighting comes out of pandoc:
# "[text]{.mark}", "[text]{.underline}", "[text]{#id .class key=value}".
# pandoc's bracketed span: "[Nicolo to fill the table]{.mark}" (its words, on one line).
SPAN = lazy_regex(r"\[([^\[\]\n]*)\]\{[.#][^{}\n]*\}")
# Replacements as functions of the match: a template (r"\1") is expanded in Python for
# every match, and an unmatched group gives "" either way.
GROUP_1 = operator.itemgetter(1)
_GROUP_2 = operator.itemgetter(2)


def _label_url(m: re.Match[str]) -> str:
    return f"{m[1]} ({m[2]})"


def _untitled(m: re.Match[str]) -> str:
    return f"[{m[1]}]({m[2]})"


# r"(?<![\w:/]):[a-z][a-z0-9_+-]{1,30}:(?![\w:/])" with the colon first and the look-behind
# after it: the scan stops only at colons.
_EMOJI_CODE = lazy_regex(r":(?<![\w:/]:)[a-z][a-z0-9_+-]{1,30}:(?![\w:/])")


_MEANT = lazy_regex(r"check|tick|\+1|thumbs|ok_hand|^:x:$|cross|calendar|date|soon|new|warning")


_HTML_LINK = lazy_regex(r"<a\s+[^<>]*\bhref=[\"'][^\"']*[\"'][^<>]*>(.*?)</a>", re.I | re.S)
_HTML_BREAK = lazy_regex(r"<br\s*/?>", re.I)
_EMPTY_LINK = lazy_regex(r"\[\]\(\s*(https?://[^)\s]*)?[^)]*\)")
_ANCHOR = lazy_regex(r"<a\s+(?:id|name)=[^>]*>\s*</a>|<a\s+(?:id|name)=[^>]*/>|</?span\b[^>]*>",
                     re.I)
# The ASCII punctuation Markdown lets a backslash escape ("2023\-06\-14", "drive\_link").
MD_PUNCT = r"[!-/:-@\[-`{-~]"
_MD_ESCAPE = lazy_regex(rf"\\({MD_PUNCT})")


def unescape_markdown(text: str) -> str:
    """Markdown's backslash escapes read as the characters they escape."""
    return _MD_ESCAPE.sub(GROUP_1, text) if "\\" in text else text


# A character reference an editor's Markdown export wrote ("Attendees:&#x20;", "R&amp;D",
# "&nbsp;"): only the complete form with its semicolon, so "AT&T" and "&para" stay as written.
_CHAR_REFERENCE = lazy_regex(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


def _character(match: re.Match[str]) -> str:
    char = html.unescape(match.group(0))
    return " " if char.isspace() else char


def _mend_doubled_bracket(text: str) -> str:
    """Google Docs' "[Meet with Liz]](https://…)": one bracket too many before the link."""
    if "]](" in text and text.count("[") < text.count("]"):
        return text.replace("]](", "](")
    return text


# HackMD's tags: "[name=Justin] prioritize the issues", "[time=Wed, Mar 2]", "[color=red]".
_HACKMD_TAG = lazy_regex(r"(^(?:\[[ xX]\]\s+)?)?\[(name|time|color)=([^\]\n]{0,60})\]\s*")


def _hackmd_tag(match: re.Match[str]) -> str:
    """A leading name tag says who the line is about ("Justin: prioritize …"); a name tag
    elsewhere is the name; time and colour tags go."""
    lead, kind, value = match.group(1), match.group(2), match.group(3).strip()
    if kind != "name" or not value:
        return lead or ""
    return f"{lead}{value}: " if lead is not None else f"{value} "


_CAUSATIVE = lazy_regex(r"^\W*(?:get|have|make|keep)\b", re.I)
_EMPHASISED_DONE = lazy_regex(r"\s+(\*\*|__|\*|_)(done|completed?|finished|closed|resolved)\1"
                              r"\s*[.!]?\s*$", re.I)


def clean_inline(text: str) -> str:
    """Markdown inline markup to plain words: links keep label and URL, emphasis goes."""
    if "<" in text:
        # Google Docs' Markdown puts an anchor in every heading: "<a id="_4in35"></a>Agenda".
        text = _ANCHOR.sub("", text)
        if "<a " in text or "<br" in text:
            # HTML written into Markdown: '<a href="https://meetup.com/" …>meetup.com</a>'
            # reads as its label (the URL stays a link), "<br />" as a space.
            text = _HTML_LINK.sub(GROUP_1, _HTML_BREAK.sub(" ", text))
    text = unescape_markdown(text)  # the same export's "2023\-06\-14 \- WG"
    if "&" in text and ";" in text:
        text = _CHAR_REFERENCE.sub(_character, text)
    if "\u2013>" in text or "\u2014>" in text:
        # "Metadata filtering –> TW": a word processor made the "-" of "->" a dash.
        text = text.replace("\u2013>", "->").replace("\u2014>", "->")
    if "]{" in text:
        # pandoc's "[Nicolo to fill the table]{.mark}", also inside a link's label:
        # "[[bit.ly/feedback]{.underline}](http://bit.ly/feedback)".
        text = SPAN.sub(GROUP_1, text)
    if "[[" in text:
        text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]+)\]\]", r"\1", text)  # [[wiki links]]
    if "=" in text and "[" in text:
        text = _HACKMD_TAG.sub(_hackmd_tag, text)
    if "[](" in text:
        # "[]()Other business", "[](#next)": an empty link, an anchor a wiki export left.
        text = _EMPTY_LINK.sub(lambda m: m.group(1) or "", text)
    if "](" in text:
        text = _mend_doubled_bracket(text)
        text = _MD_LINK.sub(_label_url, _TITLED_LINK.sub(_untitled, text))
        text = _PAGE_LINK.sub(GROUP_1, text)  # "[Objectives](Objectives "wikilink")"
    if "][" in text:
        text = _REF_LINK.sub(GROUP_1, text)  # "[Arch mailman][mailman]": the label
    if ("*" in text or "_" in text) and text.rstrip(" .!")[-1:] in "*_" and \
            not _CAUSATIVE.match(text):
        # "Add a QA pipeline **completed**": a status set in bold or italics at the end
        # reads as the bracketed mark it stands for ("Get the audit _done_" asks for it).
        text = _EMPHASISED_DONE.sub(r" (\2)", text)
    if "***" in text or "___" in text:
        text = _BOLD_ITALIC.sub(_GROUP_2, text)  # "*** Action item: DM will send … ***"
    if "**" in text or "__" in text:
        text = EMPHASIS.sub(_GROUP_2, text)
    if "*" in text or "_" in text:
        text = _ITALICS.sub(_GROUP_2, text)
    if "`" in text:
        text = re.sub(r"(?<!\w)`([^`]+)`", r"\1", text)
    if " -- " in text:
        text = text.replace(" -- ", " – ")  # a typewriter's dash: "Invite members -- Gopi"
    if ":" in text and "(" in text:
        text = _IRC_STAMP.sub("", text)
    if ":" in text:
        # "Continue the skiplink work (MJ) :sunflower:"; ":white_check_mark:" and ":+1:" say
        # something and stay.
        text = _EMOJI_CODE.sub(lambda m: m.group() if _MEANT.search(m.group()) else "", text)
    return " ".join(text.split())


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


_SIGN_OFF = lazy_regex(r"^(?:cheers|thanks|thank you|many thanks|best|best wishes|kind regards|"
                       r"regards|warm regards|warmly|all the best|see you(?: soon)?|take care|"
                       r"hi|hello|dear \w+|hi \w+|hello \w+)\b[\w ]{0,20}$", re.I)


_TITLED = lazy_regex(r"^(?:session|item|part|topic|panel|workshop|day|theme|track|module|"
                     r"agenda item|breakout)(?:\s+\d+|\s+[A-Z])?\s*:\s*\S", re.I)


def _heading_like(line: str) -> bool:
    if _SIGN_OFF.match(line):
        return False
    words = line.split()
    return (0 < len(words) <= 12 and len(line) <= 90 and line[-1:] not in ".,;:!"
            and (line[0].isupper() or line[0].isdigit())
            and (not _LABEL.match(line) or bool(_TITLED.match(line)))
            and not line.startswith(("http", "www.")))


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


def split_blocks(text: str, kind: str, *, fenced: bool = True) -> list[Block]:
    """Cut notes text into blocks; `kind` is the reader's format name (`fenced=False`: the
    caller already ran `strip_fences`)."""
    text = strip_fences(text) if fenced else text
    if "<t" in text and kind == "markdown":
        text = _HTML_TABLE.sub(_pipe_rows, text)
    lines = text.split("\n")
    if text.startswith(("#format ", "#language ")):
        lines = _moin_lines(lines)
    if kind == "markdown" and ">" in text:
        # "> Ana will book the hall.": a block quote holds the notes' own lines (minutes
        # exported from a word processor quote whole paragraphs); read without the marks.
        lines = [_QUOTE_MARK.sub("", li) if li.lstrip()[:1] == ">" else li for li in lines]
    explicit = any(_MD_HEADING.match(li) or _BOOKMARK.match(li) or (
        li[:1] in _WIKI_FIRST and _WIKI_HEADING.match(li) and not _run_on_title(lines, at))
        for at, li in enumerate(lines[:5000])) or any(
        _RULE.match(b.strip()) and a.strip() and b.strip()[0] in _STRONG_RULE
        for a, b in itertools.pairwise(lines[:5000]))
    # (Guessing headings in a Markdown file without heading markup, as in plain text, was
    # tried: on real notes it found 24 false headings for 2 true ones.)
    guess_headings = not explicit and kind in ("text", "email")
    doku = explicit and any(li.startswith("=====") and li.rstrip().endswith("=====")
                            and li.strip("= \t") for li in lines[:5000])
    if explicit and kind in ("markdown", "text", "irc"):
        lines = _contents_headings(lines)
    elif kind in ("markdown", "text"):
        lines = _agenda_repeats(lines)
    # Markdown joins a paragraph's lines whatever their length; plain text may not.
    widths = _line_widths(lines) if kind in ("text", "email") else [0] * len(lines)
    # Topic lines the notes' own form marks: scribed bullets in plain text, hand-numbered
    # minutes in Markdown.
    topics = _topic_bullets(lines, widths) if guess_headings else (
        (_numbered_minutes(lines) | _dated_meetings(lines)) if not explicit
        and kind == "markdown" else set())
    if topics:
        guess_headings = False  # the notes show how they mark a topic; guess no others
    blocks: list[Block] = []
    prev_blank = True
    markup_level = 0
    bold_level: int | None = None  # the level of the last bold heading, within its section
    heading_text = ""
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or (stripped[0] == "`" and _RAW_LINE.match(stripped)) or (
                stripped[0] == "%" and _TWIKI_META.match(stripped)) or (
                stripped[:2] == "{:" and _IAL_LINE.match(stripped)) or (
                stripped[:3] == ":::" and _DIV_FENCE.match(stripped)) or (
                stripped[0] == "<" and _LAYOUT_TAG.fullmatch(stripped)):
            prev_blank = True
            continue
        if len(stripped) == 1 and stripped in "-*+•":
            continue  # "  - " with nothing after it: an empty list item
        if stripped[:2] in ("![", "[!") and _IMAGE_LINE.fullmatch(stripped):
            prev_blank = True
            continue  # "![logo](logo_small.png )": a picture, no words of the notes
        rule = _RULE.match(stripped) if stripped[0] in "=-_*#^" else _rst_underline(
            stripped, lines[number - 2]) if number > 1 else None
        if rule:
            # Setext: "Title\n=====" is a heading; a rule on its own is decoration.
            last = blocks[-1] if blocks else None
            # ("====== =====", with a gap, borders a reStructuredText table instead.)
            if last is not None and not prev_blank and last.kind == "paragraph" \
                    and last.line == number - 1 and len(last.text) <= 120 \
                    and " " not in stripped:
                level = 1 if rule.group(1) in _STRONG_RULE else 2 if rule.group(1) in "-_*^" \
                    else 3
                # ("Title {#title-heading .pagetitle}": pandoc's attributes go, as on "# …".)
                text = _ATTRIBUTES.sub("", last.text) if "{" in last.text else last.text
                blocks[-1] = Block("heading", text, level, last.line, source="markup")
                if blocks[-1].level < markup_level or not markup_level:
                    markup_level = blocks[-1].level
            prev_blank = True
            continue
        block = _line_block(line, stripped, number, kind, starred=not explicit, doku=doku)
        if block.kind == "bullet" and kind == "markdown" and not block.indent and \
                stripped[2:4] == "**" and stripped.endswith(("**", "**:")):
            block = _bold_item_heading(block, stripped, lines, number)
        if block.kind == "heading" and _run_on_title(lines, number - 1):
            block = Block("paragraph", clean_inline(stripped), line=number)
        if block.kind == "paragraph" and explicit and prev_blank and stripped[:1] == "*" and \
                stripped[1:2] not in "* " and (number >= len(lines) or not lines[number].strip()):
            block = _italic_title(block, stripped, number)
        if number in topics:
            minute = _MINUTE.match(stripped) if kind == "markdown" else None
            block = Block("heading", clean_inline(minute.group(3)) if minute else block.text, 1,
                          number, source="guess")
        if block.source == "bold" and stripped.rstrip("*_").endswith(":") \
                and _in_label_run(lines, number):
            # "**Treasurer**:" or "**Treasurer:**" among "**Chair**: Ana" lines is a label
            # with no value yet.
            block = Block("paragraph", clean_inline(stripped), line=number)
        if block.kind == "heading" and block.source == "markup":
            markup_level = block.level
            if bold_level is not None and block.level <= bold_level:
                bold_level = None
        elif block.source in ("bold", "topic"):
            # A bold line is a heading one level below the Markdown heading it sits under,
            # or a sibling of the bold line before it when deeper Markdown headings came
            # between ("**Progress:**" / "###### Connor" / "**Tasks for next time:**").
            block.level = bold_level if bold_level is not None else markup_level + 1
            bold_level = block.level
        if block.kind == "paragraph" and guess_headings:
            in_contents = bool(heading_text and _CONTENTS.match(heading_text))
            after_heading = bool(blocks) and blocks[-1].kind == "heading" and not prev_blank
            block = _maybe_heading(block, stripped, prev_blank, lines, number, in_contents,
                                   after_heading)
        if block.kind == "paragraph" and kind == "markdown" and not explicit and prev_blank and \
                len(stripped) <= 40 and _SECTION_LINE.fullmatch(stripped):
            # A Markdown file with no heading markup at all: "Action Items:", "Notes:",
            # "Decisions Made" on a line of their own are its headings all the same.
            block = Block("heading", stripped.strip("*_ ").rstrip(":").strip("*_ "), 1, number,
                          source="guess")
        if prev_blank and kind == "markdown" and (stripped[0] in "1234567890Ii" or (
                stripped[1:2] in ".)" and stripped[0].islower())) \
                and block.kind != "heading":
            block = _set_apart_topic(block, stripped, lines, number)
        in_list = not prev_blank and block.kind == "bullet" and _goes_on_list(blocks, block)
        if block.kind == "bullet" and guess_headings and block.ordered and not in_list:
            block = _maybe_heading(block, stripped, prev_blank, lines, number)
        elif block.kind == "bullet" and kind == "docx" and block.ordered:
            block = _numbered_docx_heading(block, lines, number)
        if block.kind == "heading":
            heading_text = block.text
        last = blocks[-1] if blocks else None
        if (block.kind == "paragraph" and last is not None and not prev_blank
                and (_continues(last, block, lines[number - 2], widths[number - 2])
                     or _wraps_bullet(last, line, lazy=kind == "markdown"))):
            last.text = f"{last.text} {block.text}"
        elif (block.kind == "paragraph" and last is not None and not prev_blank
              and last.kind == "bullet" and _indent(line) > last.indent):
            # A list item wrapped onto an indented line goes on with that item.
            last.text = f"{last.text} {block.text}"
            if "][" in last.text:
                last.text = _REF_LINK.sub(GROUP_1, last.text)  # a link label wrapped too
        elif block.kind == "table" and last is not None and last.kind == "table" \
                and not prev_blank:
            last.rows.extend(block.rows)
        elif not (block.kind == "heading" and not block.text):
            blocks.append(block)
        prev_blank = False
    if explicit and kind == "markdown":
        blocks = _list_heads(blocks, lines)
    return _bare_pipe_tables(blocks) if " | " in text else blocks


def _list_heads(blocks: list[Block], lines: list[str]) -> list[Block]:
    """Markdown minutes that mark their topics without markup: "Publicity" / "Slack channel"
    as lines of their own, each set apart above the list of notes on it. Two such lines at
    least (one alone may be a caption), each short, with no stop or colon at its end."""
    heads = [at for at, block in enumerate(blocks[:-1])
             if block.kind == "paragraph" and len(block.text) <= 50
             and len(block.text.split()) <= 6 and _heading_like(block.text)
             and blocks[at + 1].kind == "bullet" and blocks[at + 1].line == block.line + 1
             and blocks[at + 1].indent == 0 and block.line >= 2
             and not lines[block.line - 2].strip() and "http" not in block.text]
    if len(heads) < 2:
        return blocks
    level = 1
    for at, block in enumerate(blocks):
        if block.kind == "heading":
            level = block.level + 1
        elif at in heads:
            blocks[at] = Block("heading", block.text, min(level, 6), block.line,
                               source="guess")
    return blocks


def _bare_pipe_tables(blocks: list[Block]) -> list[Block]:
    """ "Owner | Item | Due" over "Kofi | Renew the certs | 14 July": rows a plain-text
    export wrote without the outer pipes or a rule under the header are a table."""
    out: list[Block] = []
    for block in blocks:
        cells = block.text.count(" | ") + 1 if block.kind == "paragraph" else 0
        last = out[-1] if out else None
        follows = last is not None and last.line + max(len(last.rows), 1) == block.line
        if cells >= 3 and last is not None and follows and (
                (last.kind == "table" and last.rows and len(last.rows[0]) == cells) or (
                last.kind == "paragraph" and last.text.count(" | ") + 1 == cells)):
            if last.kind == "paragraph":
                out[-1] = last = Block("table", rows=[_bare_cells(last.text)], line=last.line)
            row = _bare_cells(block.text)
            # "--- | --- | ---" under the header is its rule; it keeps the row count in step.
            last.rows.append([] if all(re.fullmatch(r":?-{3,}:?", c) for c in row) else row)
            continue
        out.append(block)
    for block in out:
        if block.kind == "table" and [] in block.rows:
            block.rows = [row for row in block.rows if row]
    return out


def _bare_cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.split(" | ")]


_BOLD_LABEL = lazy_regex(r"^\s*(\*\*|__)[^*_\n]{1,60}?(?::\1|\1:)")


def _in_label_run(lines: list[str], number: int) -> bool:
    """Whether the line next above or below (no blank between) is a bold label too."""
    return any(0 <= i < len(lines) and _BOLD_LABEL.match(lines[i])
               for i in (number - 2, number))


# "3. **Budget**" (or "3. _**Budget**_", "c) **Budget**") and "Item #3: Budget", each on a
# line of its own.
_NUMBERED_BOLD = lazy_regex(r"^(?:\d{1,2}|[a-z])[.)]\s+([_*]?)(\*\*|__)([^*_\n]{2,90}?)\2\1\s*:?"
                            r"(?:\s*<?https?://\S+)?$")  # "3. **Budget**: https://…" too
_ITEM_LINE = lazy_regex(r"^(?:agenda\s+)?item\s+#?\d{1,2}(?:\.\d{1,2})*\s*[:.\-–—]\s*\S", re.I)


def _set_apart_topic(block: Block, stripped: str, lines: list[str], number: int) -> Block:
    """A numbered topic in bold, or an "Item #3:" line, set apart by a blank line before
    it and something other than the next numbered item after it, heads what follows."""
    bold = _NUMBERED_BOLD.match(stripped)
    item = None if bold else _ITEM_LINE.match(stripped)
    if not (bold or (item and _heading_like(stripped))):
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


_TOPIC_BULLET = lazy_regex(r"^[*•-]\s+(\S.*)$")


def _topic_bullets(lines: list[str], widths: list[int]) -> set[int]:
    """Scribed plain-text notes that mark each topic with a bullet at the margin and write
    its notes on unmarked lines below it ("* Budget (Ana)" over "we have 300 left"): the
    numbers of those topic lines, when there are two or more of them."""
    found: set[int] = set()
    bullets = 0
    for at, line in enumerate(lines[:-1]):
        match = _TOPIC_BULLET.match(line) if line[:1] in "*•-" else None
        bullets += bool(match)
        nxt = lines[at + 1]
        if not match or not nxt.strip() or nxt[:1].isspace() or _BULLET.match(nxt) \
                or not _heading_like(match.group(1).strip()) or _task_line(match.group(1)):
            continue
        length = len(line.strip())
        width = widths[at]
        # "* Ana will send the" over "report to the board": a wrapped item, not a topic.
        if (width and length + 1 + len(nxt.split()[0]) > width * 4 // 5) or (
                not width and nxt[:1].islower()):
            continue
        found.add(at + 1)
    # Most bullets at the margin must be topics: the notes' form, not a chance pair.
    return found if len(found) >= 2 and 2 * len(found) >= bullets else set()


# "4\\. Matters Arising" (as Word's numbered paragraphs reach Markdown), "4. Planning",
# "6.2 Church clock"; not "2 members of the public".
_MINUTE = lazy_regex(r"^(\d{1,2})(?:\.(\d{1,2})(?:\\?\.)?|\\?[.)])\s+(\S.*)$")
# "9. Standing orders were adopted": a minute of what was done, not a topic.
_DONE = lazy_regex(r"\b(?:was|were|has been|have been)\b", re.I)


# "Minutes of December 19th", "Meeting 2024-03-05", "Notes from 3 March": a meeting's line
# in a log kept in Markdown without heading markup.
_DATED_MEETING = lazy_regex(
    r"^(?:minutes|meeting|notes|call|sync)\s+(?:of|from|for|on|[-\u2013:])?\s*"
    rf"(?:[a-z]+day,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b[^.!?]{0,40}$", re.I)


def _run_on_title(lines: list[str], at: int) -> bool:
    """Whether line `at` opens with AsciiDoc's "= " but runs on from the line above it
    ("News:" / "= Talked about …"): AsciiDoc puts a blank line before a title."""
    line = lines[at]
    return line[:2] == "= " and not line.rstrip().endswith("=") and at > 0 and bool(
        lines[at - 1].strip())


def _dated_meetings(lines: list[str]) -> set[int]:
    """The lines that open each meeting of a log kept in Markdown without heading markup
    ("Minutes of December 19th" after a blank line), when there are two or more."""
    heads = {at + 1 for at, line in enumerate(lines) if line[:1].isalpha() and (
        at == 0 or not lines[at - 1].strip()) and _DATED_MEETING.match(line.strip())}
    return heads if len(heads) >= 2 else set()


def _numbered_minutes(lines: list[str]) -> set[int]:
    """Minutes numbered by hand, each number on a paragraph of its own and counting up
    through the document ("4. Matters Arising", "5. Planning", "5.2 Church clock"): the
    numbers of the lines that are topic headings, short titles standing alone over their
    notes. A list that starts again at 1 ("1. Letter from the county" under "7.
    Correspondence") is a list within a minute, not more minutes."""
    heads: set[int] = set()
    last, inner = 0, 0
    for at, line in enumerate(lines):
        match = _MINUTE.match(line) if line[:1].isdecimal() else None
        if not match or (at and lines[at - 1].strip()):
            continue
        number, minor = int(match.group(1)), match.group(2)
        if inner and minor is None and number == inner + 1:
            inner = number
            continue
        if not (last < number <= last + 2 or (minor is not None and number == last)):
            inner = 1 if number == 1 and minor is None else inner
            continue
        last, inner = number, 0
        title = match.group(3).strip()
        following = next((li.strip() for li in lines[at + 1:at + 4] if li.strip()), "")
        after = _MINUTE.match(following)  # the next minute, with nothing under this one
        if at + 1 < len(lines) and not lines[at + 1].strip() and following and not (
                after and after.group(2) is None and int(after.group(1)) == number + 1) \
                and _heading_like(title) \
                and not _DONE.search(title) and not _task_line(title):
            heads.add(at + 1)
    return heads if len(heads) >= 2 else set()


def _moin_lines(lines: list[str]) -> list[str]:
    """A MoinMoin page: its processing instructions at the top ("#format wiki") and its
    comment lines ("## [[TableOfContents]]") are not text."""
    out: list[str] = []
    top = True
    for line in lines:
        top = top and line.startswith("#")
        out.append("" if top or line.startswith("##") else line)
    return out


def _goes_on_list(blocks: list[Block], block: Block) -> bool:
    """Whether a numbered line goes on the numbered list above it, past the items' nested
    notes; "2. Roof" after the notes ("- quotes are in") under "1. Budget" starts a topic."""
    for earlier in reversed(blocks):
        if earlier.kind != "bullet":
            return False
        if earlier.indent <= block.indent:
            return earlier.ordered
    return False


def _contents_headings(lines: list[str]) -> list[str]:
    """Minutes converted from HTML keep their "Contents" list but can lose the markup of
    some headings: a later line that is exactly a Contents entry is that heading again."""
    start = next((i for i, li in enumerate(lines[:200]) if _CONTENTS.match(li.strip())
                  and not _MD_HEADING.match(li)), None)
    if start is None:
        return lines
    first = next((i for i in range(start + 1, min(start + 3, len(lines))) if lines[i].strip()),
                 start + 1)
    indented = lines[first][:1].isspace() if first < len(lines) else False
    entries = list(itertools.takewhile(
        lambda li: 0 < len(li.strip()) <= 90 and li[:1].isspace() == indented
        and not _MD_HEADING.match(li), lines[first:first + 60]))
    end = first + len(entries)
    wanted = {" ".join(e.split()) for e in entries} - {
        " ".join(m.group(2).split()) for li in lines if (m := _MD_HEADING.match(li))}
    level = next((m.group(1) for li in lines[end:] if (m := _MD_HEADING.match(li))), "##")
    out = lines[:end]
    for line in lines[end:]:
        text = " ".join(line.strip().rstrip("*_").split())
        if text in wanted and not line.startswith((" ", "\t")):
            if out and out[-1].count("**") % 2:
                head, _, tail = out[-1].rpartition("**")  # its bold ran into the heading
                out[-1] = head + tail
            out.extend(["", f"{level} {text}", ""])
            wanted.discard(text)
        else:
            out.append(line)
    return out


_AGENDA_LABEL = lazy_regex(r"^(?:agenda|contents|table of contents):?$", re.I)
_UNORDERED = lazy_regex(r"^[-*+•]\s+")


def _agenda_repeats(lines: list[str]) -> list[str]:
    """Notes without heading markup that list their agenda ("Agenda:" over "1) Budget",
    "2) Roof") and then repeat each item on a line of its own over its notes: the
    repeated items are the headings, and the agenda is a section of its own."""
    start = next((i for i, li in enumerate(lines[:200]) if li[:1] in "AaCcTt"
                  and _AGENDA_LABEL.match(li.strip())), None)
    if start is None:
        return lines
    first = next((i for i in range(start + 1, min(start + 3, len(lines))) if lines[i].strip()),
                 len(lines))
    entries = list(itertools.takewhile(
        lambda li: 0 < len(li.strip()) <= 90 and bool(_BULLET.match(li)), lines[first:first + 60]))
    if len(entries) < 2:
        return lines
    wanted = {" ".join(_UNORDERED.sub("", e.strip()).split()) for e in entries}
    end = first + len(entries)
    out = lines[:end]
    found = 0
    for at in range(end, len(lines)):
        line = lines[at]
        text = " ".join(line.split())
        if text in wanted and not line[:1].isspace() and not _UNORDERED.match(text) \
                and not lines[at - 1].strip() and not (at + 1 < len(lines)
                                                      and lines[at + 1].strip()):
            out.append(f"## {_HEADING_NUMBER.sub('', text) or text}")  # "1)" marks a list item
            wanted.discard(text)
            found += 1
        else:
            out.append(line)
    if found < 2:
        return lines
    out[start] = "## " + lines[start].strip().rstrip(":")
    return out


def _wiki_block(match: re.Match[str], number: int, *, doku: bool) -> Block:
    """A heading in wiki markup; DokuWiki counts down ("====== Title ======" is the top)."""
    size = match.group("plus") or match.group("eq") or match.group("adoc")
    level = int(match.group("h") or match.group("tag") or 0) or len(size or "=")
    if doku and match.group("eq"):
        level = 7 - level
    # ("<h2></h2>" names nothing: an empty heading, which the caller drops.)
    words = next((g for g in match.group("twiki", "wiki", "asciidoc", "textile", "html") if g),
                 "")
    text = clean_inline(_HTML_TAG.sub("", words) if "<" in words else words)
    wrapped = re.fullmatch(r"([*_=])\1?(.+?)\1\1?", text)  # "*Agenda*": TWiki's bold
    return Block("heading", (wrapped.group(2) if wrapped else text).strip(), level, number,
                 source="markup")


_ITALIC_TITLE = lazy_regex(r"^\*((?=[\w&'’-]*[A-Z])[A-Za-z][\w&'’-]*"
                           r"(?:\s+(?:[A-Z0-9][\w&'’/-]*|of|and|for|the|on|in|to|&)){1,6})\*$")


def _italic_title(block: Block, stripped: str, number: int) -> Block:
    """ "*Education Committee*" alone between blank lines, under "### 5. Committee Reports":
    a title in italics, in title case, heads what follows (not "*None carried over.*", nor
    "*Noor*" over her checklist)."""
    title = _ITALIC_TITLE.match(stripped)
    if title is None:
        return block
    return Block("heading", title.group(1), 0, number, source="bold")


_BOLD_ITEM = lazy_regex(r"^[-*+]\s+\*\*(?P<title>[^*]{2,60}?):?\*\*:?$")


def _bold_item_heading(block: Block, stripped: str, lines: list[str], number: int) -> Block:
    """ "* **Agenda**" over a list indented under it: a wiki's topic written as a list item
    in bold, a heading (a bold item with nothing under it stays an item)."""
    title = _BOLD_ITEM.match(stripped)
    below = next((li for li in lines[number:number + 3] if li.strip()), "")
    name = title.group("title").strip(" []") if title else ""
    if not title or not below[:1].isspace() or _BULLET.match(below) is None or \
            _META_LABEL.fullmatch(name) or name[:1] == "@" or (
            OWNERS_RE.fullmatch(name) and valid_owners(name)):
        return block  # ("- **[Rosa Diaz]:**" over her lists: an owner's label, read as one)
    return Block("heading", clean_inline(title.group("title")).strip(), 0, number,
                 source="bold")


def _line_block(line: str, stripped: str, number: int, kind: str, *,
                starred: bool = False, doku: bool = False) -> Block:
    markdown = kind in ("markdown", "docx", "irc", "canonical")
    first = stripped[0]
    heading = _MD_HEADING.match(line) if first == "#" and (markdown or kind == "text") else None
    if heading and (markdown or len(heading.group(2)) < 100):
        text = _heading_text(heading.group(2))
        if text[:5].lower() == "tags:":
            return Block("paragraph", text, line=number)  # HackMD's "###### tags: `Minutes`"
        numbered = _HEADING_NUMBER.match(text)
        if numbered and text[numbered.end():].strip():
            # "## 2.1. Table of contents": the rules read the words; the section keeps its
            # number, as the writer wrote it.
            return Block("heading", text[numbered.end():], len(heading.group(1)), number,
                         source="markup", number=numbered.group().strip())
        return Block("heading", text, len(heading.group(1)), number, source="markup")
    wiki = _WIKI_HEADING.match(line) if first in _WIKI_FIRST else None
    if wiki:
        return _wiki_block(wiki, number, doku=doku)
    bold = None
    if markdown and first in "*_" and stripped[-1:] == "\\" and stripped[-2:-1] in "*_:":
        stripped = stripped[:-1].rstrip()  # "**Summary:**\": a hard line break after it
    if markdown and first in "*_":
        # "**Scope ([#7](https://…))**": a link in a bold line counts by its label.
        bold = _BOLD_LINE.match(_ANY_LINK.sub(GROUP_1, stripped) if "](" in stripped else stripped)
    label = bold.group(2).strip(" :") if bold else ""
    if bold and bold.group(1) != "*" and stripped.rstrip("*_").endswith(":") and \
            _META_LABEL.fullmatch(label) and label.lower() not in ("notes", "note"):
        # "**Attendees:**" labels a line of the header, whatever follows ("**Notes:**" alone
        # on its line heads the notes; "**Notes:** Bo" names who took them).
        bold = None
    if bold and bold.group(2).endswith(".") and not bold.group(2).endswith(".."):
        bold = None  # "**Ana for Treasurer.**": a sentence set in bold, not a topic
    if bold and ": " in bold.group(2):
        value = bold.group(2).partition(": ")[2]
        if "://" in value or len(value.split()) >= 6:
            # "**Regular calls: 4th Monday of the month, 16:00-17:00 UK time**", "**Chairing
            # rota: https://…**": a field and its value set in bold ("**Item 3: Budget**" is
            # a topic).
            bold = None
    if bold and (bold.group(1) != "*" or starred):
        # "*Decisions*" is Slack's bold, but Markdown's italic where "#" headings exist.
        return Block("heading", clean_inline(bold.group(2)).strip(), 0, number, source="bold")
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
    if "\t" in stripped and kind in ("text", "email") and not _BULLET.match(line):
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
    bullet = _BULLET.match(line) if _may_be_bullet(stripped) else None
    if bullet and not (bullet.group(2) in "*+-–" and stripped.startswith(("**", "--"))):
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
            body, checked = struck.group(1) + (struck.group(2) or ""), True
        indent = len(bullet.group(1).expandtabs(4))
        if not indent and marker == "*" and body.endswith(")") and _MEETBOT_TOPIC.search(body) \
                and not _MEETBOT_COMMAND.match(body):
            return Block("heading", clean_inline(body), 0, number, source="topic")
        return Block("bullet", clean_inline(body), line=number, ordered=marker[0].isdigit(),
                     checked=checked, indent=indent, arrow=bool(arrow))
    return Block("paragraph", clean_inline(stripped), line=number,
                 tab_indented=line.startswith("\t"))


_STRUCK = lazy_regex(r"~~(.+?)~~(\s*\([^()~]{1,40}\))?\s*[.;]?\s*")
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


def _heading_text(markup: str) -> str:
    """A Markdown heading's words, without pandoc attributes or link targets."""
    if "{" in markup:
        markup = _ATTRIBUTES.sub("", markup)
    if "](" in markup:
        markup = _ANY_LINK.sub(GROUP_1, _mend_doubled_bracket(markup))
    return clean_inline(markup)


_ENDERS = tuple(".!?;)\"'")
_CLOSERS = tuple(".!?:;)\"'")
_LETTERED = lazy_regex(r"^(\s*)[A-Z][.)]\s+(\S.*)$")
_YEAR = lazy_regex(r"\b(?:19|20)\d\d\b")
_COLON_LINE = lazy_regex(r"^([A-Z][^:]{1,50}):$")
_LIST_LABEL = lazy_regex(r"\b(?:agenda|includ\w*|following|below|as follows)\b", re.I)


_BULLET_FIRST = frozenset("·•●▪‣◦*+-–→☐☑☒□■✓✔=[(")


def _may_be_bullet(stripped: str) -> bool:
    """A cheap test of whether `_BULLET` can match (its marker is the first character)."""
    first = stripped[:1]
    return first in _BULLET_FIRST or first.isdecimal() or (
        "a" <= first <= "z" and stripped[1:2] in ".)")


def _maybe_heading(block: Block, stripped: str, prev_blank: bool, lines: list[str],
                   number: int, in_contents: bool = False, after_heading: bool = False) -> Block:
    """A guessed heading: a short stand-alone line, or a numbered line before prose."""
    if len(stripped) > 120:
        return block  # every rule below wants a short line (at most 90 characters of title)
    after_line = next((li for li in lines[number:number + 3] if li.strip()), "")
    following = after_line.strip()
    numbered = _NUMBERED_HEADING.match(stripped)
    lettered = _LETTERED.match(lines[number - 1])
    if lettered and _heading_like(lettered.group(2)):
        indent = len(lettered.group(1).expandtabs(4))
        if len(after_line) - len(after_line.lstrip()) > indent:
            # "A. Project Widget" over indented text: a lettered sub-heading.
            return Block("heading", " ".join(lettered.group(2).split()), 2, block.line,
                         source="guess")
    deeper = len(after_line) - len(after_line.lstrip()) > len(lines[number - 1]) - len(
        lines[number - 1].lstrip())
    under = _BULLET.match(following) if numbered else None
    # "1. Budget" over "- we agreed …": notes in another kind of list sit under a topic;
    # but "Actions:" over "1. Bo to fix the roof" is a list of tasks, not topics.
    if numbered and _heading_like(numbered.group(3)) and (
            not under or deeper or not under.group(2)[0].isdecimal()) and not (
            _task_line(numbered.group(3)) or _after_intro(lines, number)):
        level = (numbered.group(1) or numbered.group(2)).rstrip(".):").count(".") + 1
        return Block("heading", " ".join(numbered.group(3).split()), level, block.line,
                     source="guess")
    nxt = lines[number] if number < len(lines) else ""
    opens_list = bool(nxt.startswith("\t") or _BULLET.match(nxt)) and not lines[number - 1][:1] \
        .isspace()
    known = bool(_KNOWN_HEADING.match(stripped)) and not in_contents
    previous = lines[number - 2].strip() if number >= 2 else ""
    # Word's "plain text" export has no blank lines: a short line between a finished
    # paragraph and a long one is a heading there.
    between = (len(stripped.split()) <= 8 and len(following) >= 60
               and following.endswith(_ENDERS) and not _LABEL.match(following)
               and not _YEAR.search(stripped)
               and (after_heading or len(previous) >= 50
                    or previous.endswith(_CLOSERS)))
    colon = _COLON_LINE.match(stripped) if stripped.endswith(":") else None
    if colon and prev_blank and following and len(colon.group(1).split()) <= 6 \
            and not _BULLET.match(following) and not following.endswith(":") \
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
            and following and _heading_like(stripped) and not stripped[:1].isdecimal() \
            and not wrapped and not _task_line(stripped) and not stripped.endswith("?"):
        return Block("heading", ITEM_PREFIX.sub("", stripped), 1, block.line, source="guess")
    return block


# "Bo to fix the roof", "Ana will paint the fence": a task in a numbered list.
_TASK_LINE = lazy_regex(r"\b(?:will|shall|agreed to|needs? to)\s+[a-z]|"
                        r"^(?P<who>[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?\s+to\s+[a-z]")


def _task_line(text: str) -> bool:
    """Whether a numbered line is a task, not a topic ("Call to order" is a topic)."""
    match = _TASK_LINE.search(text)
    return match is not None and not (match.group("who") and is_verb(match.group("who").lower()))


def _after_intro(lines: list[str], number: int) -> bool:
    """Whether the last line before this one ends with a colon ("Actions:") and so
    introduces the list this line opens."""
    previous = next((li.strip() for li in reversed(lines[max(0, number - 3):number - 1])
                     if li.strip()), "")
    return previous.endswith(":")


def _numbered_docx_heading(block: Block, lines: list[str], number: int) -> Block:
    """Word authors number their topics with a list style: a short numbered item followed
    by a paragraph of prose (not by the next item) is a heading."""
    following = next((li.strip() for li in lines[number:number + 3] if li.strip()), "")
    if _heading_like(block.text) and len(following) >= 60 and not _BULLET.match(following):
        return Block("heading", block.text, 1, block.line, source="guess")
    return block


_CARRIES_ON = frozenset({"with", "the", "a", "an", "to", "and", "of", "for", "in", "on", "by",
                         "from", "that", "our", "their", "his", "her", "its", "or", "at",
                         "into", "about", "will", "would", "should", "is", "are", "was",
                         "were", "be"})


def _labelled(text: str) -> bool:
    """Whether `text` opens with a short label and a colon ("Budget: …")."""
    return ":" in text[:32] and _LABEL.match(text) is not None  # (the colon is within 32)


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


def _line_widths(lines: list[str]) -> list[int]:
    """For each line, how wide the prose of its run of lines (up to a blank line) runs: the
    third longest line of words without a link, so a line or two pasted unwrapped into
    wrapped notes do not set it; 0 when the run has too few long lines to tell."""
    widths = [0] * len(lines)
    start = 0
    for end in [*(i for i, li in enumerate(lines) if not li.strip()), len(lines)]:
        lengths = sorted(len(li.strip()) for li in lines[start:end]
                         if len(li) >= 40 and " " in li.strip() and "://" not in li)
        if len(lengths) >= 3:
            widths[start:end] = [lengths[-3]] * (end - start)
        start = end + 1
    return widths


def _wraps_bullet(last: Block, line: str, *, lazy: bool = False) -> bool:
    """Whether an indented line carries on the list item above it ("- Ana will …\n  send
    the report"): a hard-wrapped bullet, as Markdown reads it. In Markdown (`lazy`) a
    line in lower case carries it on unindented too ("- … no news. Ana\nwill send X")."""
    if last.kind != "bullet":
        return False
    if not line[:1].isspace():
        return lazy and line[:1].islower()
    indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
    return indent > last.indent and not _BULLET.match(line)


_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "mx", "prof", "st", "cllr", "e.g", "i.e", "etc", "vs",
                  "c", "ca", "approx", "no", "fig", "al", "jr", "sr", "inc", "ltd", "co", "op",
                  "vol", "pp", "ch", "sec", "dept"}


_MONTH_ABBREVIATIONS = frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                  "oct", "nov", "dec"))
_SENTENCE_END = lazy_regex(r"[.!?](?:[\"')\]]*)\s+(?=[\"'(\[]?[A-Z@0-9]|https?://)")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not cut after initials or common abbreviations."""
    if "." not in text and "!" not in text and "?" not in text:
        return [text.strip()] if text.strip() else []
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()].split()
        last = before[-1].lower().strip("(\"'") if before else ""
        if ((len(last) == 1 and last.isalpha()) or last in _ABBREVIATIONS or (
                last in _MONTH_ABBREVIATIONS and text[match.end():match.end() + 1].isdigit())) \
                and not (last == "etc" and text[match.end():match.end() + 1].isupper()):
            continue  # (and not after "Dec." before "6th"; "… minutes etc. Ben will …" ends)
        sentences.append(text[start:match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail and sentences and tail[0] == "(" and tail[-1] == ")" and "(" not in tail[1:] and \
            sentences[-1][-1] == "?":
        sentences[-1] += " " + tail  # "… a simple MPI library? (AP Kenneth, Fotis)": its aside
    elif tail:
        sentences.append(tail)
    return sentences


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


_HTML_TABLE = lazy_regex(r"<table\b[^>]*>(.*?)</table\s*>", re.I | re.S)
_HTML_ROW = lazy_regex(r"<tr\b[^>]*>", re.I)
_HTML_CELL = lazy_regex(r"<t[dh]\b[^>]*>", re.I)
_HTML_TAG = lazy_regex(r"</?[a-z][^>]*>", re.I)


_CELL_BREAK = lazy_regex(r"(?:\s*<(?:br\s*/?|/?p|/?li)>\s*)+", re.I)


def _html_cell(cell: str) -> str:
    """A pipe-table cell with HTML line breaks ("Agreed.<br><br>Ana: send it"), its lines
    joined as sentences."""
    lines = [" ".join(_HTML_TAG.sub(" ", part).split()) for part in _CELL_BREAK.split(cell)]
    text = ""
    for line in filter(None, lines):
        text += (" " if not text or text[-1] in ".;:!?" else ". ") + line
    return text.strip()


def _pipe_rows(table: re.Match[str]) -> str:
    """An HTML table pasted into Markdown, as pipe-table rows (on as many lines as it took,
    so later line numbers stay right)."""
    rows = []
    for row in _HTML_ROW.split(table.group(1))[1:]:
        cells = [" ".join(html.unescape(_HTML_TAG.sub(" ", c)).split())
                 for c in _HTML_CELL.split(row)[1:]]
        cells = [c.replace("|", "/") for c in cells if c]
        if cells:
            rows.append("| " + " | ".join(cells) + " |")
    height = table.group(0).count("\n") + 1
    return "\n".join(rows + [""] * max(0, height - len(rows)))
