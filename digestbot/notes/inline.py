"""Within a line: Markdown and HTML inline markup read as plain words, and sentences split."""

from __future__ import annotations

import html
import operator
import re

from digestbot.notes.later import lazy_regex

_IRC_STAMP = lazy_regex(r"\s*\(\s*[\w.\-|`^]+,\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)")
_MD_LINK = lazy_regex(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")
# A link with a title ("[Minutes](https://… "Minutes page")"), and one to another page of
# the same site ("[Objectives](Objectives "wikilink")"), which names it by its label.
_TITLED_LINK = lazy_regex(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\s+\"[^\"\n]*\"\)")
# (A wiki's path may hold spaces: "[Git Flow](/Process/Git Flow)".)
_PAGE_LINK = lazy_regex(r"\[([^\]\n]+)\]\((?!https?://)(?:[/.][^()\n]*|"
                        r"[^\s()]*(?:\s+\"[^\"\n]*\")?)\)")
REF_LINK = lazy_regex(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
EMPHASIS = lazy_regex(r"(\*\*|__)(.+?)\1")
_BOLD_ITALIC = lazy_regex(r"(\*\*\*|___)\s*(.+?)\s*\1")
# "*Document that uid() …*", "_the site_": italics, not "a * b", "unwrap_none" or "2*3*4".
_ITALICS = lazy_regex(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]{0,300}?[^\s*_])\1(?![\w*])")
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


def mend_doubled_bracket(text: str) -> str:
    """Google Docs' "[Meet with Liz]](https://…)": one bracket too many before the link."""
    if "]](" in text and text.count("[") < text.count("]"):
        return text.replace("]](", "](")
    return text


# HackMD's tags: "[name=Justin] prioritize the issues", "[time=Wed, Mar 2]", "[color=red]".
_HACKMD_TAG = lazy_regex(r"(^(?:\[[ xX]\]\s+)?)?\[(name|time|color)=([^\]\n]{0,60})\]\s*")


def _hackmd_tag(match: re.Match[str]) -> str:
    """A leading name tag says who the line is about ("Justin: prioritize …"), a closing
    one whose it is ("… [name=Ray]": "… (Ray)"); a name tag elsewhere is the name; time and
    colour tags go."""
    lead, kind, value = match.group(1), match.group(2), match.group(3).strip()
    if kind != "name" or not value:
        return lead or ""
    if lead is not None:
        return f"{lead}{value}: "
    before = match.string[:match.start()].rstrip().rsplit(maxsplit=1)[-1:]
    if not match.string[match.end():].strip() and before and before[0].lower() not in (
            "to", "with", "from", "by", "for", "and", "or", "of", "cc"):
        return f" ({value})"  # "Call a meeting with Comms [name=Ray]": who does it
    return f"{value} "


_CAUSATIVE = lazy_regex(r"^\W*(?:get|have|make|keep)\b", re.I)
_EMPHASISED_DONE = lazy_regex(r"\s+(\*\*|__|\*|_)(done|completed?|finished|closed|resolved)\1"
                              r"\s*[.!]?\s*$", re.I)


_NOTED_TARGET = lazy_regex(r"\]\(\w{1,10}:\s+(https?://[^\s()]+)\)")


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
        if ": http" in text:
            # "[#76](re: https://…/pull/76)": a note before the link's target.
            text = _NOTED_TARGET.sub(r"](\1)", text)
        text = mend_doubled_bracket(text)
        text = _MD_LINK.sub(_label_url, _TITLED_LINK.sub(_untitled, text))
        text = _PAGE_LINK.sub(GROUP_1, text)  # "[Objectives](Objectives "wikilink")"
    if "][" in text:
        text = REF_LINK.sub(GROUP_1, text)  # "[Arch mailman][mailman]": the label
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
