"""HTML notes (web pages, HTML e-mail, HTML kept in a .md file) as the Markdown the block
reader knows."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from digestbot.notes.later import lazy_regex

_BLOCK_TAG = lazy_regex(r"<(?:li|p|h[1-6]|ul|ol|div)\b[^>]*>", re.I)


def html_heavy(text: str) -> bool:
    """Whether notes are written in HTML (a page's "<ul><li>…" kept in a .md file): many
    block tags, not a "<br>" or a "<details>" here and there."""
    if "<" not in text:
        return False
    tags = len(_BLOCK_TAG.findall(text[:200_000]))
    return tags >= 8 and tags * 12 >= text[:200_000].count("\n")


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BREAKS = ("p", "div", "section", "article", "blockquote")  # what ends a paragraph
_STRUCK = ("strike", "del", "s")


class _MarkdownWriter(HTMLParser):
    """HTML to the Markdown the block reader knows: headings, nested lists, paragraphs,
    bold and links; tables stay HTML (the block reader has its own reading of them);
    scripts, styles and (for e-mail) quoted mail are dropped."""

    def __init__(self, quotes: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.quotes = quotes  # whether a <blockquote> is content (not quoted mail)
        self.out: list[str] = []
        self.items: list[bool] = []  # per open list: whether an item of it is open
        self.skip = 0
        self.tables = 0  # a table is left as HTML: the block reader reads HTML tables
        self.href: list[str | None] = []

    def _break(self) -> None:
        self.out.append("\n" if self.items else "\n\n")  # (a list goes on after a break)

    def _skipped(self, tag: str) -> bool:
        return tag in ("script", "style", "head", "title") or (
            tag == "blockquote" and not self.quotes)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skip = 0  # a "<head>" left open ends where the body starts
        elif self._skipped(tag) or self.skip:
            self.skip += self._skipped(tag)  # (nothing inside a skipped element is read)
        elif tag == "table" or self.tables:
            self.tables += tag == "table"
            self.out.append(self.get_starttag_text() or "")
        elif tag in _HEADINGS:
            self.out.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag in ("ul", "ol"):
            self.items.append(False)
        elif tag == "li":
            self.out.append("\n" + "  " * max(len(self.items) - 1, 0) + "- ")
            if self.items:
                self.items[-1] = True
        elif tag in _BREAKS:
            self._break()
        elif tag == "br":
            self.out.append("\n" + "  " * len(self.items))
        elif tag in _STRUCK:
            self.out.append("~~")  # struck through: done
        elif tag in ("strong", "b"):
            # "<ul><b>Tasks to be completed</b><ul>…": bold in a list, outside its items,
            # labels what follows: a line of its own.
            self.out.append("\n\n**" if self.items and not self.items[-1] else "**")
        elif tag == "a":
            href = dict(attrs).get("href")
            self.href.append(href if href and href.startswith(("http://", "https://")) else None)
            if self.href[-1]:
                self.out.append("[")

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            self.skip -= self._skipped(tag)
        elif self.tables:
            self.out.append(f"</{tag}>")
            self.tables -= tag == "table"
        elif tag in _HEADINGS:
            self.out.append("\n\n")
        elif tag in ("ul", "ol"):
            if self.items:
                self.items.pop()
            if not self.items:
                self.out.append("\n\n")
        elif tag == "li" and self.items:
            self.items[-1] = False
        elif tag in _BREAKS:
            self._break()
        elif tag in _STRUCK:
            self.out.append("~~")
        elif tag in ("strong", "b"):
            self.out.append("**\n\n" if self.items and not self.items[-1] else "**")
        elif tag == "a" and self.href:
            href = self.href.pop()
            if href:
                self.out.append(f"]({href})")

    def handle_data(self, data: str) -> None:
        if self.tables:
            self.out.append(data)
        elif not self.skip:
            # Source indentation is layout, not structure (line breaks may be Markdown's).
            self.out.append(re.sub(r"[ \t]+", " ", data))

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};" if self.tables else html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};" if self.tables else html.unescape(f"&#{name};"))


def html_to_markdown(text: str, *, quotes: bool = True) -> str:
    """Notes written in HTML as Markdown lines (the standard html.parser does the reading);
    `quotes=False` drops block quotes (an e-mail's quoted earlier mail)."""
    writer = _MarkdownWriter(quotes)
    writer.feed(text)
    writer.close()
    # (List items keep their indent: it says how deep they are.)
    lines = [line.rstrip() if line.lstrip().startswith(("- ", "* ")) else line.strip()
             for line in "".join(writer.out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
