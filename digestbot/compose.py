"""From a Digest (or a reminder) and Jinja2 templates to the bytes of email messages.

A message is rendered once per digest. What differs per recipient (the To header, the
Message-ID, the unsubscribe link, the address in the footer) is filled into a prepared
skeleton by plain string replacement, so a list of thousands costs one render plus a
cheap `personalise()` per member. Bodies are quoted-printable UTF-8 with CRLF endings.
"""

from __future__ import annotations

import binascii
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from html import escape as html_escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import css_inline
import jinja2

from digestbot.digest import format_date
from digestbot.errors import TemplateError
from digestbot.tokens import make_token

SHIPPED_TEMPLATES = [Path(__file__).parent / "_templates",
                     Path(__file__).resolve().parent.parent / "templates"]
RECIPIENT = "@@DIGESTBOT-RECIPIENT@@"
UNSUBSCRIBE = "@@DIGESTBOT-UNSUBSCRIBE@@"
# Gmail clips HTML over 102 KB; stay clear of it.
HTML_LIMIT = 100 * 1024
# What the archive shows in place of a member's address and unsubscribe link.
ARCHIVE_RECIPIENT = "the list's members"
LINK_SCHEMES = ("http", "https", "mailto")
PHRASE_SPECIALS = frozenset('()<>[]:;@\\,."')  # RFC 5322 specials


def one_line(value: str) -> str:
    """A header value with no CR, LF or runs of blanks: text from notes cannot add headers."""
    return " ".join(value.split())


def fold_ascii_header(name: str, value: str, width: int = 78) -> bytes:
    """`Name: value` folded at spaces (RFC 5322 2.2.3).

    The email package folds some ASCII subjects right after the colon (a Subject with
    "[IGC]" and a ":" comes back from a parser with a leading space); this does not.
    """
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > width and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def web_url(url: str) -> str:
    """`url` if it is an http(s) or mailto link, else "" (no javascript: or data: links)."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return ""
    return url.strip() if scheme in LINK_SCHEMES else ""


def shipped_templates_dir() -> Path:
    """The templates that come with digestbot (installed copy, else the source tree)."""
    return next((p for p in SHIPPED_TEMPLATES if p.is_dir()), SHIPPED_TEMPLATES[-1])


class Templates:
    """Jinja2 templates: the user's `templates_dir` first, then the shipped ones."""

    def __init__(self, user_dir: Path | None = None):
        dirs = [str(p) for p in (user_dir, shipped_templates_dir()) if p and p.is_dir()]
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(dirs),
            autoescape=jinja2.select_autoescape(
                enabled_extensions=("html", "htm", "html.j2", "htm.j2"),
                default_for_string=False),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["longdate"] = lambda d: format_date(d) if d else ""
        self.env.filters["plural"] = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
        self.env.filters["web_url"] = web_url

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """Render one template; failures become TemplateError naming the template."""
        try:
            return self.env.get_template(name).render(context)
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template {name} not found", template=name) from exc
        except jinja2.TemplateError as exc:
            where = getattr(exc, "filename", None) or name
            line = getattr(exc, "lineno", None)
            raise TemplateError(f"template {where}{f':{line}' if line else ''}: {exc}",
                                template=name) from exc


_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def inline_css(html: str) -> str:
    """Move <style> rules into style= attributes, keeping @media (dark mode) rules."""
    return _INLINER.inline(html)


@dataclass(frozen=True)
class ListIdentity:
    """The list headers every message of a list carries."""

    name: str
    title: str
    domain: str
    from_: str
    from_address: str
    post_address: str = ""
    base_url: str = ""
    secret: str = ""

    @property
    def list_id(self) -> str:
        # A title like "IGC <board>" must not make the header unparseable: quote its
        # specials, or (non-ASCII, RFC 2047 words cannot sit in quotes) drop them.
        title = one_line(self.title)
        if any(c in PHRASE_SPECIALS for c in title):
            if title.isascii():
                title = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
            else:
                title = one_line("".join(" " if c in PHRASE_SPECIALS else c for c in title))
        return f"{title} <{self.name}.{self.domain}>" if title else f"<{self.name}.{self.domain}>"


@dataclass(frozen=True)
class LinkMaker:
    """Builds the per-recipient links (needs `base_url` and a secret to make https ones)."""

    identity: ListIdentity
    today: date

    @property
    def web(self) -> bool:
        return bool(self.identity.base_url and self.identity.secret)

    def mailto_unsubscribe(self) -> str:
        subject = quote(f"unsubscribe {self.identity.name}")
        return f"mailto:{self.identity.from_address}?subject={subject}"

    def url(self, action: str, subject: str) -> str | None:
        if not self.web:
            return None
        token = make_token(self.identity.secret, action=action, list_name=self.identity.name,
                           subject=subject, today=self.today)
        return f"{self.identity.base_url.rstrip('/')}/{action}/{token}"

    def unsubscribe(self, recipient: str) -> str:
        """The link shown in the body: https when there is a web endpoint, else mailto."""
        return self.url("unsubscribe", recipient) or self.mailto_unsubscribe()

    def archive(self, key: str | None = None) -> str | None:
        """The list's archive index, or with `key` (a message-id base) one digest's page."""
        base = self.identity.base_url.rstrip("/")
        if not base:
            return None
        return f"{base}/archive/{self.identity.name}" + (f"/{key}" if key else "")


def _qp_part(content_type: str, body: str) -> bytes:
    return _part_head(content_type) + _qp(body) + b"\r\n"


def _part_head(content_type: str) -> bytes:
    return (b"Content-Type: " + content_type.encode() + b'; charset="utf-8"\r\n'
            b"Content-Transfer-Encoding: quoted-printable\r\n\r\n")


def _lf(text: str) -> str:
    """Every line end as "\n": CRLF, and a bare CR too (SMTP forbids a lone CR)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _qp(text: str) -> bytes:
    data = _lf(text).encode("utf-8")
    # b2a_qp ends soft line breaks with "\n" unless the data's first line ends in CRLF:
    # encode with LF and turn every line end into CRLF once.
    return binascii.b2a_qp(data, istext=True).replace(b"\n", b"\r\n")


@dataclass(frozen=True)
class _Prepared:
    """A body part cut at its lines: quoted-printable is line by line, so every line
    without a placeholder is encoded once per digest, and only the few lines that name
    the recipient are encoded per message."""

    pieces: tuple[bytes | str, ...]  # encoded bytes, or a raw line holding a placeholder

    @classmethod
    def of(cls, content_type: str, body: str) -> _Prepared:
        pieces: list[bytes | str] = [_part_head(content_type)]
        plain: list[str] = []
        lines = _lf(body).split("\n")
        # Only "\n" ends a line here: str.splitlines would also cut at U+2028 and others,
        # which quoted-printable does not treat as line ends.
        for line in [x + "\n" for x in lines[:-1]] + ([lines[-1]] if lines[-1] else []):
            if RECIPIENT in line or UNSUBSCRIBE in line:
                if plain:
                    pieces.append(_qp("".join(plain)))
                    plain = []
                pieces.append(line)
            else:
                plain.append(line)
        if plain:
            pieces.append(_qp("".join(plain)))
        pieces.append(b"\r\n")
        return cls(tuple(pieces))

    def fill(self, recipient: str, unsubscribe: str) -> bytes:
        return b"".join(
            p if isinstance(p, bytes)
            else _qp(p.replace(RECIPIENT, recipient).replace(UNSUBSCRIBE, unsubscribe))
            for p in self.pieces)


def _address_header(name: str, value: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg[name] = value
    return msg.as_bytes().split(b"\r\n\r\n", 1)[0] + b"\r\n"


@dataclass
class Composed:
    """One rendered message, ready to be personalised per recipient."""

    kind: str
    subject: str
    text: str
    html: str
    message_id_base: str
    identity: ListIdentity
    links: LinkMaker
    date: datetime
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    # The whole HTML (never shortened) with the placeholders left in: what the archive keeps.
    full_html: str = ""
    _head: bytes = b""
    _boundary: str = ""
    _text: _Prepared | None = None
    _html: _Prepared | None = None

    def __post_init__(self) -> None:
        self.full_html = self.full_html or self.html
        msg = EmailMessage(policy=SMTP)
        msg["From"] = one_line(self.identity.from_)
        subject = one_line(self.subject)
        if not subject.isascii():
            msg["Subject"] = subject  # RFC 2047 encoded words: the email package's job
        msg["Date"] = format_datetime(self.date)
        msg["List-Id"] = self.identity.list_id
        msg["List-Post"] = (f"<mailto:{self.identity.post_address}>"
                            if self.identity.post_address else "NO")
        msg["List-Help"] = f"<mailto:{self.identity.from_address}?subject=help>"
        if self.links.archive():
            msg["List-Archive"] = f"<{self.links.archive()}>"
        msg["Precedence"] = "list"
        for name, value in self.extra_headers.items():
            msg[one_line(name)] = one_line(value)
        msg["MIME-Version"] = "1.0"
        self._head = msg.as_bytes().split(b"\r\n\r\n", 1)[0] + b"\r\n"
        if subject.isascii():
            self._head += fold_ascii_header("Subject", subject)
        self._boundary = "=_digestbot_" + hashlib.sha1(
            self.message_id_base.encode()).hexdigest()[:20]
        self._text = _Prepared.of("text/plain", self.text)
        self._html = _Prepared.of("text/html", self.html)

    def message_id(self, recipient: str | None = None) -> str:
        """Stable per recipient, so a retried message keeps its Message-ID."""
        if recipient is None:
            return f"<{self.message_id_base}@{self.identity.domain}>"
        tag = hashlib.sha1(recipient.lower().encode()).hexdigest()[:12]
        return f"<{self.message_id_base}.{tag}@{self.identity.domain}>"

    def _unsubscribe_headers(self, https: str | None) -> bytes:
        mailto = self.links.mailto_unsubscribe()
        if https:
            return (f"List-Unsubscribe: <{https}>,\r\n <{mailto}>\r\n"
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n").encode()
        return f"List-Unsubscribe: <{mailto}>\r\n".encode()

    def _assemble(self, to_header: bytes, message_id: str, recipient: str | None,
                  shown_recipient: str) -> bytes:
        https = self.links.url("unsubscribe", recipient) if recipient else None
        unsubscribe = https or self.links.mailto_unsubscribe()
        assert self._text is not None and self._html is not None
        b = self._boundary.encode()
        return b"".join((
            self._head, to_header, b"Message-ID: ", message_id.encode(), b"\r\n",
            self._unsubscribe_headers(https),
            b'Content-Type: multipart/alternative;\r\n boundary="', b, b'"\r\n\r\n',
            b"--", b, b"\r\n", self._text.fill(shown_recipient, unsubscribe),
            b"--", b, b"\r\n",
            self._html.fill(html_escape(shown_recipient), html_escape(unsubscribe)),
            b"--", b, b"--\r\n",
        ))

    def personalise(self, recipient: str) -> bytes:
        """The message for one recipient: their To, Message-ID and unsubscribe link."""
        if recipient.isascii():
            to_header = f"To: {recipient}\r\n".encode()
        else:
            to_header = _address_header("To", str(Address(addr_spec=recipient)))
        return self._assemble(to_header, self.message_id(recipient), recipient, recipient)

    def shared(self, to: str) -> bytes:
        """One identical message for many recipients (bulk mode, or the list's address)."""
        return self._assemble(_address_header("To", to), self.message_id(), None,
                              "this list")


def compose(templates: Templates, *, kind: str, template: str, context: Mapping[str, Any],
            subject: str, identity: ListIdentity, message_id_base: str, now: datetime,
            extra_headers: Mapping[str, str] | None = None) -> Composed:
    """Render `template`.txt.j2 and .html.j2 once and prepare the message skeleton."""
    links = LinkMaker(identity, now.date())
    ctx = dict(context, recipient=RECIPIENT, unsubscribe_url=UNSUBSCRIBE,
               archive_url=links.archive(), full_url=links.archive(message_id_base),
               subject=one_line(subject), truncated=False)
    text = templates.render(f"{template}.txt.j2", ctx)
    html = full_html = inline_css(templates.render(f"{template}.html.j2", ctx))
    if len(html.encode("utf-8")) > HTML_LIMIT:
        html = inline_css(templates.render(f"{template}.html.j2", dict(ctx, truncated=True)))
    return Composed(kind=kind, subject=subject, text=text, html=html,
                    message_id_base=message_id_base, identity=identity, links=links,
                    date=now, extra_headers=dict(extra_headers or {}), full_html=full_html)


def public_html(html: str, links: LinkMaker) -> str:
    """An archived digest without personal parts: no member address, no personal link."""
    return html.replace(RECIPIENT, ARCHIVE_RECIPIENT).replace(
        UNSUBSCRIBE, links.mailto_unsubscribe().replace("&", "&amp;"))
