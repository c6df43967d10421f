"""Links in notes: every http(s) URL once, cleaned, with a label taken from its context."""

from __future__ import annotations

import re

from digestbot.model import Link
from digestbot.notes.inline import EMPHASIS, MD_PUNCT, SPAN, unescape_markdown
from digestbot.notes.later import lazy_regex

# An apostrophe inside a URL is part of it ("…/SuperHouseTV%7CGuy's", "…/Bob's-page"), and
# so is punctuation escaped the Markdown way ("…usp=drive\\_link" from a Word export).
# (Chinese and Japanese punctuation, "。", "，", "）", ends a URL as a space does.)
_URL = lazy_regex(rf"https?://(?:[^\s<>\"'`\]\[{{}}|\\^\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
                  rf"\uff3b-\uff40\uff5b-\uff65]|'(?=[\w-])|\\{MD_PUNCT})+", re.I)
# A Markdown link whose label runs over a line break ("[complete house system\n YouTube](…)");
# its target may hold balanced brackets, as CommonMark allows ("…/Paris_(France)").
# (A link may carry a title: "[Q\&A forum](https://… "PLAY @20:38")".)
_MD_LINK = lazy_regex(r"\[((?:[^\[\]\\]|\\.){1,200})\]\((https?://(?:[^\s()]|\([^\s()]*\))+)"
                      r"(?:\s+\"[^\"]*\")?\)")
_CODE = lazy_regex(r"`([^`]*)`")
_TRAILING = ".,;:!?*_'\"…"
_HOST = lazy_regex(r"https?://[^/?#'’]*", re.I)
_LEAD_WORDS = lazy_regex(
    r"^(?:(?:also|see|please|more|info|information|details|available|here|at|is|are|in|on|link|"
    r"the|link|links|via|from|cf\.?|read|and|or|under|by|as)\b[\s:,]*)+", re.I)
_TAIL_WORDS = lazy_regex(
    r"(?:[\s:,(\-–]|\b(?:is|are|at|here|see|in|on|via|from|available|the|to|live|"
    r"and|now)\b)+$",
    re.I)


def clean_url(url: str, *, emphasised: bool = True) -> str:
    """Strip trailing punctuation and unbalanced closing brackets from a URL. `emphasised`:
    whether emphasis marks may close it ("**https://…**"); if not, a trailing "/*" is a
    pattern of paths ("…/docs/*") and stays."""
    host = _HOST.match(url)
    if host and url[host.end():host.end() + 1] in ("'", "’"):
        url = url[:host.end()]  # "example.org's page": a host has no apostrophe
    while url:
        last = url[-1]
        if url.endswith(("&gt;", "&gt")):
            url = url[:url.rindex("&gt")]  # "&lt;https://…&gt;": angle brackets, escaped
            continue
        if last == "*" and not emphasised and url[-2:] == "/*":
            break
        if last in _TRAILING or (last == ")" and url.count(")") > url.count("(")) or last == ">":
            url = url[:-1]
        else:
            break
    return url


_PREDICATE = lazy_regex(r"\s(?:was|were|is|are|has been|have been)\s(?=\w+ed\b|\w+en\b)")


def _label_from_context(before: str, after: str, url: str) -> str:
    """A short human label: the words just before the URL, else after it, else the host."""
    before = before.rstrip(" <\t\n")
    last_line = before.rsplit("\n", 1)[-1]
    if len(_WORDS.findall(_BRACKET.split(last_line.rstrip(" ([<"))[-1])) >= 2:
        before = last_line
    sentence = _SENTENCE_END.split(before)[-1].replace("\n", " ")
    sentence = _LABEL_FIRST.sub("", sentence)
    parts = _BRACKET.split(sentence)
    clause = parts[-1] if parts[-1].strip(" :,-–") or len(parts) == 1 else parts[-2]
    clause = _TAIL_WORDS.sub("", clause.strip())
    # "the 2023 mapping by X was mentioned as a good source (URL)": the subject names it
    subject = _PREDICATE.split(clause, maxsplit=1)
    if len(subject) == 2 and len(subject[0].split()) >= 2 and len(subject[1].split()) >= 2:
        clause = subject[0]
    clause = _LEAD_WORDS.sub("", clause).strip(" :,-–")
    words = clause.split()
    if len(words) > 8:
        words = words[-8:]
    label = " ".join(words)
    if not label:
        tail = _TAIL_END.split(after.strip(" ).,:;"))[0]
        tail = _TAIL_EDGES.sub("", tail)
        label = " ".join(tail.split()[:8])
    # "Ben to * a": the emphasis marks go, and so does the space they leave; so do marks
    # the words come after ("### Issue", "] TODO: …" of a checkbox, "!-- " of a comment).
    label = " ".join(_EMPHASIS.sub("", label).split()).strip(" :,-–•·▪◦")
    label = _LEAD_MARKS.sub("", label) if label[:1] in "#]![<>|" else label
    if label[1:2] == "]":
        label = _BOX_MARK.sub("", label)  # "- [x] Draft posted at https://…": no "x]"
    label = unescape_markdown(label) if "\\" in label else label  # "### \#107 https://…"
    if not label or len(label) < 3:
        host = _SCHEME.sub("", url).split("/")[0]
        label = host
    return label[:1].upper() + label[1:]


# Compiled once: a label is made for every link of the notes.
_WORDS = lazy_regex(r"\w+")
_BRACKET = lazy_regex(r"[(\[]")
_SENTENCE_END = lazy_regex(r"[.!?;](?:\s|$)|\n\s*\n|\n\s*(?:[-*#|>]|\d+[.)])|\||https?://\S+|[<>]")
_LABEL_FIRST = lazy_regex(r"^\s*[A-Z][\w-]*:\s+")
_TAIL_END = lazy_regex(r"[.!?;\n]")
_TAIL_EDGES = lazy_regex(r"^[(\s]*|[)\s]*$")
_EMPHASIS = lazy_regex(r"[*_`]+")
_LEAD_MARKS = lazy_regex(r"^[#\]\[!<>|\s\-]+")
_BOX_MARK = lazy_regex(r"^[xX✓✔]\][\s\-]*")
_SCHEME = lazy_regex(r"^https?://(www\.)?")


_SPACE_REFERENCE = lazy_regex(r"&(?:nbsp|ensp|emsp|thinsp|#x0*(?:20|a0)|#0*(?:32|160));", re.I)
_INLINE_TAG = lazy_regex(r"</?(?:u|b|i|em|strong|span|sup|sub|small|mark|ins)\b[^<>]{0,80}>",
                         re.I)


def extract_links(text: str) -> list[Link]:
    """Every http(s) URL in `text` once, in order of first appearance."""
    seen: dict[str, Link] = {}
    md_labels: dict[int, tuple[str, str]] = {}
    if "</" in text:
        text = _INLINE_TAG.sub("", text)  # "[<u>Code of Conduct</u>](https://…)": the words
    if "]{" in text:
        # pandoc's "[[bit.ly/feedback]{.underline}](http://…)": the span's words.
        text = SPAN.sub(r"\1", text)
    if "&" in text:
        # "https://…/agenda&nbsp;and", "…&#x20;" (editors' Markdown exports): a space, which
        # ends the URL.
        text = _SPACE_REFERENCE.sub(" ", text)
    for match in _MD_LINK.finditer(text):
        # A label written over two lines reads as one: "[proposed a list of\n  components]".
        label = " ".join(match.group(1).split())
        if "**" in label or "__" in label:
            label = EMPHASIS.sub(r"\2", label)  # "[**VIEW RECORDING**](…)"
        if "`" in label:
            label = _CODE.sub(r"\1", label)  # "[`generate_data.R`](…)"
        # (A link's target takes backslash escapes as its label does: "…/d/1Mb\_h2g".)
        md_labels[match.start(2)] = (clean_url(unescape_markdown(match.group(2))),
                                     unescape_markdown(label))  # "[2023\-02\-21](…)"
    for match in _URL.finditer(text):
        if match.start() in md_labels:
            url, label = md_labels[match.start()]
        else:
            opened = text[match.start() - 1:match.start()] in ("*", "_")
            url = clean_url(unescape_markdown(match.group(0)), emphasised=opened)
            if url in seen or len(url) <= 10:
                continue  # only a first sighting needs its label
            before = text[max(0, match.start() - 300):match.start()]
            after = text[match.end():match.end() + 200]
            label = _label_from_context(before, after, url)
        if len(url) > 10 and url not in seen:
            seen[url] = Link(url, label)
    return list(seen.values())
