"""Passes over the whole text or all its blocks, for how a document marks its topics: a
table of contents, agenda items repeated over their notes, minutes numbered by hand, dated
meetings, scribed topic bullets; wiki and HTML tables as pipe rows; list heads."""

from __future__ import annotations

import html
import itertools
import re

from digestbot.notes.dates import MONTH
from digestbot.notes.later import lazy_regex
from digestbot.notes.lines import (
    BULLET,
    CONTENTS,
    HEADING_NUMBER,
    HTML_TAG,
    MD_HEADING,
    MINUTE,
    Block,
    heading_like,
    task_line,
)


def list_heads(blocks: list[Block], lines: list[str]) -> list[Block]:
    """Markdown minutes that mark their topics without markup: "Publicity" / "Slack channel"
    as lines of their own, each set apart above the list of notes on it. Two such lines at
    least (one alone may be a caption), each short, with no stop or colon at its end."""
    heads = [at for at, block in enumerate(blocks[:-1])
             if block.kind == "paragraph" and len(block.text) <= 50
             and len(block.text.split()) <= 6 and heading_like(block.text)
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


def bare_pipe_tables(blocks: list[Block]) -> list[Block]:
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


_TOPIC_BULLET = lazy_regex(r"^[*•-]\s+(\S.*)$")


def topic_bullets(lines: list[str], widths: list[int]) -> set[int]:
    """Scribed plain-text notes that mark each topic with a bullet at the margin and write
    its notes on unmarked lines below it ("* Budget (Ana)" over "we have 300 left"): the
    numbers of those topic lines, when there are two or more of them."""
    found: set[int] = set()
    bullets = 0
    for at, line in enumerate(lines[:-1]):
        match = _TOPIC_BULLET.match(line) if line[:1] in "*•-" else None
        bullets += bool(match)
        nxt = lines[at + 1]
        if not match or not nxt.strip() or nxt[:1].isspace() or BULLET.match(nxt) \
                or not heading_like(match.group(1).strip()) or task_line(match.group(1)):
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


# "9. Standing orders were adopted": a minute of what was done, not a topic.
_DONE = lazy_regex(r"\b(?:was|were|has been|have been)\b", re.I)
# "Minutes of December 19th", "Meeting 2024-03-05", "Notes from 3 March": a meeting's line
# in a log kept in Markdown without heading markup.
_DATED_MEETING = lazy_regex(
    r"^(?:minutes|meeting|notes|call|sync)\s+(?:of|from|for|on|[-\u2013:])?\s*"
    rf"(?:[a-z]+day,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b[^.!?]{0,40}$", re.I)


def dated_meetings(lines: list[str]) -> set[int]:
    """The lines that open each meeting of a log kept in Markdown without heading markup
    ("Minutes of December 19th" after a blank line), when there are two or more."""
    heads = {at + 1 for at, line in enumerate(lines) if line[:1].isalpha() and (
        at == 0 or not lines[at - 1].strip()) and _DATED_MEETING.match(line.strip())}
    return heads if len(heads) >= 2 else set()


def numbered_minutes(lines: list[str]) -> set[int]:
    """Minutes numbered by hand, each number on a paragraph of its own and counting up
    through the document ("4. Matters Arising", "5. Planning", "5.2 Church clock"): the
    numbers of the lines that are topic headings, short titles standing alone over their
    notes. A list that starts again at 1 ("1. Letter from the county" under "7.
    Correspondence") is a list within a minute, not more minutes."""
    heads: set[int] = set()
    last, inner = 0, 0
    for at, line in enumerate(lines):
        match = MINUTE.match(line) if line[:1].isdecimal() else None
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
        after = MINUTE.match(following)  # the next minute, with nothing under this one
        if at + 1 < len(lines) and not lines[at + 1].strip() and following and not (
                after and after.group(2) is None and int(after.group(1)) == number + 1) \
                and heading_like(title) \
                and not _DONE.search(title) and not task_line(title):
            heads.add(at + 1)
    return heads if len(heads) >= 2 else set()


def moin_lines(lines: list[str]) -> list[str]:
    """A MoinMoin page: its processing instructions at the top ("#format wiki") and its
    comment lines ("## [[TableOfContents]]") are not text."""
    out: list[str] = []
    top = True
    for line in lines:
        top = top and line.startswith("#")
        out.append("" if top or line.startswith("##") else line)
    return out


def contents_headings(lines: list[str]) -> list[str]:
    """Minutes converted from HTML keep their "Contents" list but can lose the markup of
    some headings: a later line that is exactly a Contents entry is that heading again."""
    start = next((i for i, li in enumerate(lines[:200]) if CONTENTS.match(li.strip())
                  and not MD_HEADING.match(li)), None)
    if start is None:
        return lines
    first = next((i for i in range(start + 1, min(start + 3, len(lines))) if lines[i].strip()),
                 start + 1)
    indented = lines[first][:1].isspace() if first < len(lines) else False
    entries = list(itertools.takewhile(
        lambda li: 0 < len(li.strip()) <= 90 and li[:1].isspace() == indented
        and not MD_HEADING.match(li), lines[first:first + 60]))
    end = first + len(entries)
    wanted = {" ".join(e.split()) for e in entries} - {
        " ".join(m.group(2).split()) for li in lines if (m := MD_HEADING.match(li))}
    level = next((m.group(1) for li in lines[end:] if (m := MD_HEADING.match(li))), "##")
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


def agenda_repeats(lines: list[str]) -> list[str]:
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
        lambda li: 0 < len(li.strip()) <= 90 and bool(BULLET.match(li)), lines[first:first + 60]))
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
            out.append(f"## {HEADING_NUMBER.sub('', text) or text}")  # "1)" marks a list item
            wanted.discard(text)
            found += 1
        else:
            out.append(line)
    if found < 2:
        return lines
    out[start] = "## " + lines[start].strip().rstrip(":")
    return out


def line_widths(lines: list[str]) -> list[int]:
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


HTML_TABLE = lazy_regex(r"<table\b[^>]*>(.*?)</table\s*>", re.I | re.S)
_HTML_ROW = lazy_regex(r"<tr\b[^>]*>", re.I)
_HTML_CELL = lazy_regex(r"<t[dh]\b[^>]*>", re.I)


def pipe_rows(table: re.Match[str]) -> str:
    """An HTML table pasted into Markdown, as pipe-table rows (on as many lines as it took,
    so later line numbers stay right)."""
    rows = []
    for row in _HTML_ROW.split(table.group(1))[1:]:
        cells = [" ".join(html.unescape(HTML_TAG.sub(" ", c)).split())
                 for c in _HTML_CELL.split(row)[1:]]
        cells = [c.replace("|", "/") for c in cells if c]
        if cells:
            rows.append("| " + " | ".join(cells) + " |")
    height = table.group(0).count("\n") + 1
    return "\n".join(rows + [""] * max(0, height - len(rows)))
