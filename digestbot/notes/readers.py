"""Bytes -> normalized text: encoding repair and one reader per format.

Every reader returns a `Document`: the notes as Markdown-flavoured text plus what the
format itself says about the meeting (an e-mail's subject and signer, an IRC log's
`Meeting:` line, a file name's date). Later stages only ever see clean `str` text.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import re
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from digestbot.errors import NotesError
from digestbot.notes.dates import first_full_date
from digestbot.notes.later import lazy_regex
from digestbot.notes.webpages import html_heavy, html_to_markdown

Kind = str  # "text" | "markdown" | "email" | "irc" | "docx" | "canonical"


@dataclass
class Document:
    """Normalized notes text and what the container format told us."""

    kind: Kind
    text: str
    title: str | None = None
    date: dt.date | None = None
    header_date: dt.date | None = None
    name_date: dt.date | None = None
    name_month: dt.date | None = None  # first day of the month a `2021-08-…` name gives
    signer: str | None = None
    attendance: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


# --- decoding and character repair -------------------------------------------------

# UTF-8 bytes read as Windows-1252: a lead character followed by the right number of
# continuation characters ("â€™" is the three bytes of "’").
_CONT = ("[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
         "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
         "\u0153\u017e\u0178]")
# One leading class, then the lead byte's range by look-behind: the engine can skip ahead
# to candidates, which it cannot do for an alternation of classes (3x faster on 1 MB).
_MOJIBAKE = lazy_regex(f"[\u00c2-\u00f4](?:(?<=[\u00c2-\u00df]){_CONT}|"
                       f"(?<=[\u00e0-\u00ef]){_CONT}{{2}}|(?<=[\u00f0-\u00f4]){_CONT}{{3}})")
_CHAR_MAP = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2011": "-", "\u2010": "-", "\u00ad": None, "\u200b": None, "\u200c": None,
    "\u200d": None, "\u2060": None, "\ufeff": None, "\u2018": "'", "\u2019": "'",
    "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\u2033": '"', "\u2028": "\n", "\u2029": "\n", "\x0c": "\n",
})
_CHAR_PAIRS = tuple((chr(code), value or "") for code, value in _CHAR_MAP.items())
_CONTROL = lazy_regex(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252 (`â€™` -> `’`)."""

    seen: dict[str, str] = {}  # a document repeats the same few broken characters

    def fix(match: re.Match[str]) -> str:
        chunk = match.group(0)
        if chunk not in seen:
            seen[chunk] = _repair_chunk(chunk)
        return seen[chunk]

    return _MOJIBAKE.sub(fix, text)


def _repair_chunk(chunk: str) -> str:
    try:
        # Bytes 0x81, 0x8d, 0x8f, 0x90, 0x9d have no Windows-1252 character and were
        # usually read as the C1 control of the same number.
        raw = b"".join(c.encode("latin-1") if "\x80" <= c <= "\x9f" else c.encode("cp1252")
                       for c in chunk)
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return chunk


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOMs, UTF-8, UTF-16, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what non-UTF-8 office exports nearly always are.
    return data.decode("cp1252", errors="replace")


def normalize_text(text: str) -> str:
    """Unify line endings, spaces, quotes and hyphens; repair mojibake; drop controls."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u00c3" in text or "\u00e2" in text or "\u00c2" in text:
        for _ in range(3):  # repairs can uncover more; stop at a fixed point
            repaired = _repair_mojibake(text)
            if repaired == text:
                break
            text = repaired
            if "\u00c3" not in text and "\u00e2" not in text and "\u00c2" not in text:
                break  # nothing left that a further pass could repair
    # str.translate walks every character in Python-level lookups; most texts hold few of
    # these characters, and no replacement is itself one of them, so replace one by one.
    for char, replacement in _CHAR_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def looks_binary(data: bytes) -> bool:
    """True when the bytes are clearly not text (many NULs or control bytes)."""
    sample = data[:4096]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return b"\x00" in sample or controls / len(sample) > 0.05


# --- dates carried by file names ----------------------------------------------------

_NAME_DATE = lazy_regex(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def date_from_name(name: str) -> dt.date | None:
    """The meeting date a file name or path carries (`2024-06-25-…`, `20231212_…`)."""
    for match in reversed(list(_NAME_DATE.finditer(name))):
        year, month, day = (int(g) for g in match.groups())
        if 1990 <= year <= 2100:
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
    return None


_NAME_MONTH = lazy_regex(r"(?<!\d)(\d{4})[-_.](\d{2})(?![-_.]?\d)")


def month_from_name(name: str) -> dt.date | None:
    """The first day of the month a file name gives without a day (`sc-update-2021-08.md`)."""
    for match in reversed(list(_NAME_MONTH.finditer(name))):
        year, month = int(match.group(1)), int(match.group(2))
        if 1990 <= year <= 2100 and 1 <= month <= 12:
            return dt.date(year, month, 1)
    return None


# --- format detection ---------------------------------------------------------------

_EMAIL_HEADER = lazy_regex(r"^(From|To|Subject|Date|Message-ID|Received|Return-Path|MIME-Version)"
                           r":", re.I | re.M)
# (Not an HTML tag: "<li> Olson Hall" and "<b>Updates</b>" open lines of HTML, not of chat.)
_IRC_LINE = lazy_regex(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<(?!(?:li|ul|ol|p|b|i|u|s|em|"
                       r"strong|div|span|br|hr|a|h[1-6]|td|tr|th|table|code|pre|sup|sub|small|"
                       r"details|summary|center|font|tt)>)[@+]?[\w\-\[\]`|^{}]+>\s", re.M | re.I)


def detect_kind(text: str, name: str) -> Kind:
    """Guess the format of decoded notes from their name and first lines."""
    lower = name.lower()
    head = text[:3000]
    if head.startswith("---\n") and re.search(r"^format:\s*digestbot-notes", head[:500], re.M):
        return "canonical"
    if lower.endswith((".eml", ".mbox")) or (
        len(_EMAIL_HEADER.findall(head[:1500])) >= 2 and _EMAIL_HEADER.match(head)
    ):
        return "email"
    if len(_IRC_LINE.findall(head)) >= 3:
        return "irc"
    if lower.endswith((".md", ".markdown")) or re.search(r"^#{1,6} \S|^- \[[ xX]\] |^\|.*\|\s*$",
                                                          head, re.M):
        return "markdown"
    return "text"


# --- e-mail -------------------------------------------------------------------------

# (An HTML message's "<b>From:</b> …" reads as "**From:** …".)
_QUOTE_INTRO = lazy_regex(r"^(On .{5,200} wrote:|-{2,} ?Original Message ?-{2,}|"
                          r"(?:\*\*)?From:(?:\*\*)? .+)$", re.M)


def _email_body(msg: EmailMessage) -> tuple[str, bool]:
    """The message's text, and whether it was HTML (then read as Markdown)."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", False
    # A recap pasted into a file ("From: …" / "Subject: …" over the text) names no charset,
    # and its UTF-8 dashes would be read as us-ascii: its bytes are read as a file's are.
    raw = part.get_payload(decode=True) if part.get_param("charset") is None else None
    if isinstance(raw, bytes):
        body = decode(raw)
    else:
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            payload = part.get_payload(decode=True)
            body = decode(payload) if isinstance(payload, bytes) else str(payload or "")
    if part.get_content_type() == "text/html":
        # Headings, lists and links as a notes page's are read; quoted mail is dropped.
        return html_to_markdown(str(body), quotes=False), True
    return str(body), False


def strip_quoted(body: str) -> tuple[str, str | None]:
    """Drop quoted earlier mail and the signature; return (body, signature name)."""
    lines = body.split("\n")
    kept: list[str] = []
    for line in lines:
        if _QUOTE_INTRO.match(line.strip()) and kept:
            break
        if line.startswith(">"):
            continue
        kept.append(line)
    signature: str | None = None
    for i, line in enumerate(kept):
        if line.rstrip() in ("--", "-- ", "__"):
            sig = [s.strip() for s in kept[i + 1:] if s.strip()]
            signature = sig[0] if sig else None
            kept = kept[:i]
            break
    return "\n".join(kept), signature


_HONORIFICS = {"coach", "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "sir", "dame", "cllr",
               "councillor", "father", "sister", "pastor", "miss"}


_CLOSING = lazy_regex(r"^(?:thanks|thank you|many thanks|best|best wishes|kind regards|regards|"
                      r"warm regards|warmly|all the best|cheers|sincerely|yours|take care)\b"
                      r".{0,20}$", re.I)


def _signed_by(body: str) -> str | None:
    """The first name under the closing line ("Warm regards,\nNadia Rahman")."""
    lines = [li.strip() for li in body.strip().split("\n")]
    for index in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
        if _CLOSING.match(lines[index]):
            following = [li for li in lines[index + 1:] if li]
            name = following[0].lstrip("—–- ") if following else ""
            words = [w for w in name.replace(",", " ").split()
                     if w.lower().strip(".") not in _HONORIFICS]
            if words and words[0][:1].isupper() and len(name.split()) <= 5:
                return words[0]
    return None


def _headers(msg: EmailMessage, raw: bytes, *names: str) -> dict[str, str]:
    """The decoded values of some headers; one the standard parser chokes on ("From: Ana <")
    is read as raw text instead of failing the whole message."""
    values: dict[str, str] = {}
    plain: Message | None = None  # the message parsed again without decoding, if needed
    for name in names:
        try:
            values[name] = str(msg.get(name) or "")
        except Exception:  # the email package's header parser has known crashes
            if plain is None:
                plain = email.message_from_bytes(raw, policy=email.policy.compat32)
            values[name] = " ".join(str(plain.get(name) or "").split())
    return values


def read_email(text: str, raw: bytes) -> Document:
    """An e-mail recap: subject as title, sender as the "I", quoted mail dropped."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    body, is_html = _email_body(msg)
    body = normalize_text(body) or text
    body, _signature = strip_quoted(body)
    head = _headers(msg, raw, "Subject", "From", "Date", "Sent")
    subject = head["Subject"].strip()
    subject = re.sub(r"^(\[[^\]]{1,40}\]\s*|(re|fwd?|fw|recap|notes|minutes|summary)\s*:\s*)+",
                     "", subject, flags=re.I)
    sender = head["From"]
    display = re.sub(r"<[^>]*>", "", sender).strip().strip('"')
    words = [w for w in display.split() if w.lower().strip(".") not in _HONORIFICS]
    # Whoever signs the recap is its "I"; the From name is a fallback (it may be a list).
    signer = _signed_by(body) or (words[0] if words and "@" not in display else None)
    header_date: dt.date | None = None
    try:
        header_date = parsedate_to_datetime(head["Date"]).date()
    except (TypeError, ValueError, IndexError):
        # Outlook's copy of a message says "Sent: Tuesday, 14 April 2026 09:12".
        header_date = first_full_date(head["Date"] or head["Sent"])
    return Document("markdown" if is_html else "email", body, title=subject or None,
                    header_date=header_date, signer=signer)


# --- IRC scribe minutes -------------------------------------------------------------

_IRC_PREFIX = lazy_regex(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<[@+]?([^>\s]+)>\s?(.*)$")
_BOTS = lazy_regex(r"^(rrsagent|trackbot|zakim|agendabot|github-bot|ghurlbot|meetbot|"
                   r"\w*bot)$", re.I)
_BOT_COMMAND = lazy_regex(r"^(rrsagent|trackbot|zakim|agendabot|meetbot)\b|^(q[+-?]|ack \w+|"
                          r"present[+-]|regrets[+-]|chair:|scribe(nick)?:|agenda\+|rrsagent,)",
                          re.I)
_SUMMARY_ACTION = lazy_regex(r"^\s*\[(NEW|PENDING|DONE|CONTINUES|DROPPED)\]\s*ACTION:\s*(.+)$",
                             re.I)


_SAID_BY = lazy_regex(r"^(?:[\w.'-]{1,25}(?: [A-Z][\w'-]+)?\s*:|…|\.\.\.|[-*#]|$)")
_SUMMARY_HEAD = lazy_regex(r"^\s*(summary of action items|\*)", re.I)


# A chat client's log: "(01:02:15 PM) jjohansen: meeting time", "[10:02] ana: hi",
# "(01:02:30 PM) ***sbeattie waves" (an emote).
_STAMPED_LINE = lazy_regex(r"^\s*[(\[]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?[)\]]\s+"
                           r"(?:(?P<nick>[\w.\-|`^\[\]{}]{1,30}):|\*{1,3}\s*(?P<emote>[\w.\-|`^]+))"
                           r"\s?(?P<said>.*)$")


def _stamped_chat(text: str) -> str | None:
    """A chat log with stamped "nick: text" lines as IRC lines ("<nick> text"), or None when
    the text is not mostly such a log (the log may sit in a code fence on a wiki page)."""
    if not any(_STAMPED_LINE.match(line) for line in text[:3000].split("\n")):
        return None  # (a log shows itself in its first lines; most notes are no log)
    lines = text.split("\n")
    matches = [_STAMPED_LINE.match(line) for line in lines]
    found = sum(1 for m in matches if m)
    content = sum(1 for line in lines if line.strip() and not line.lstrip().startswith("```"))
    if found < 5 or found * 2 < content:
        return None
    nicks = [m.group("nick").lower() for m in matches if m and m.group("nick")]
    if len(set(nicks)) * 2 > len(nicks):
        return None  # "(10:00) Welcome: chair", "(10:10) Budget: Ana": a timed agenda
    out: list[str] = []
    for line, match in zip(lines, matches, strict=True):
        if match and match.group("nick"):
            out.append(f"<{match.group('nick')}> {match.group('said')}")
        elif match is None and not line.lstrip().startswith("```"):
            out.append(line)  # (an emote, "***sbeattie waves", says nothing to keep)
    return "\n".join(out)


def read_irc(text: str) -> Document:
    """W3C-style IRC minutes: topics become headings, bot noise and commands go."""
    out: list[str] = []
    title: str | None = None
    attendance: list[str] = []
    meta: dict[str, str] = {}
    for raw in text.split("\n"):
        summary = _SUMMARY_ACTION.match(raw) if "[" in raw else None
        if summary:
            state = summary.group(1).upper()
            mark = "x" if state == "DONE" else " "
            if state != "DROPPED":
                out.append(f"- [{mark}] ACTION: {summary.group(2).strip()}")
            continue
        match = _IRC_PREFIX.match(raw)
        if not match:
            if raw.strip() and not _SUMMARY_HEAD.match(raw):
                out.append(raw)
            continue
        nick, said = match.group(1), match.group(2).strip()
        label = re.match(r"^(meeting|date|topic|agenda|present\+?|scribe|chair)\s*:\s*(.*)$",
                         said, re.I)
        key = label.group(1).lower().rstrip("+") if label else ""
        if label and key in ("meeting", "date"):
            meta[key] = label.group(2).strip()
            if key == "meeting":
                title = title or label.group(2).strip()
            continue
        if re.match(r"^present\+\s*", said, re.I):
            attendance.extend(n.strip() for n in re.split(r"[,\s]+", said[8:].strip()) if n)
            continue
        if _BOTS.match(nick) or _BOT_COMMAND.match(said):
            continue
        if label and key == "topic":
            out.append("")
            out.append(f"## {label.group(2).strip()}")
            out.append("")
            continue
        if label and key == "agenda":
            out.append(f"Agenda: {label.group(2).strip()}")
            continue
        if label and key in ("scribe", "chair"):
            continue
        # "<ege> I will create it": the nick is the speaker, unless a scribe names one.
        # Each chat line is said on its own: no paragraph runs on into the next one.
        out.extend((said if _SAID_BY.match(said) else f"<{nick}> {said}", ""))
    body = "\n".join(out)
    doc = Document("irc", body, title=title, meta=meta)
    doc.attendance = ", ".join(dict.fromkeys(attendance)) or None
    return doc


# --- .docx --------------------------------------------------------------------------


def read_docx(data: bytes, name: str) -> Document:
    """A Word document: heading styles to Markdown headings, lists, tables."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.extend(_docx_paragraph(Paragraph(child, document)))
            elif tag == "tbl":
                lines.extend(_docx_table(Table(child, document)))
    except Exception as exc:  # python-docx raises many kinds on junk: all mean "not a docx"
        raise NotesError(f"{name}: not a readable .docx file ({type(exc).__name__})",
                         path=name) from exc
    return Document("docx", normalize_text("\n".join(lines)))


def _docx_paragraph(paragraph: object) -> list[str]:
    text = " ".join(str(getattr(paragraph, "text", "")).split())
    if not text:
        return [""]
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    if style == "Title":
        return ["", f"# {text}", ""]
    heading = re.match(r"Heading (\d)", style)
    if heading:
        return ["", "#" * min(6, int(heading.group(1)) + 1) + " " + text, ""]
    if style.startswith("List Number"):
        return [f"1. {text}"]
    if style.startswith(("List", "List Bullet")):
        return [f"- {text}"]
    return ["", text, ""]


def _docx_table(table: object) -> list[str]:
    rows: list[list[str]] = []
    for row in getattr(table, "rows", []):
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A merged cell comes back once per grid column; keep its text only once.
            same = previous is not None and cell._tc is previous
            cells.append("" if same else " ".join(cell.text.split()).replace("|", "/"))
            previous = cell._tc
        rows.append(cells)
    if not rows:
        return []
    lines = ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return [*lines, ""]


# --- entry point ----------------------------------------------------------------------


_SUBJECT_LINE = lazy_regex(r"^subject:[^\n]*\n\s*", re.I)
_GREETING = lazy_regex(r"(?:hi|hello|hey|dear|good (?:morning|afternoon)|morning)\b[^\n]{0,40}"
                       r",?[ \t]*\n", re.I)


def read_document(data: bytes, name: str) -> Document:
    """Turn the bytes of a notes file into a normalized Document, or raise NotesError."""
    label = name or "<notes>"
    if data.startswith(b"PK\x03\x04") or name.lower().endswith(".docx"):
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise NotesError(f"{label}: not a readable .docx file", path=label)
        doc = read_docx(data, label)
    else:
        if looks_binary(data):
            raise NotesError(f"{label}: binary data, not meeting notes", path=label)
        text = normalize_text(decode(data))
        kind = detect_kind(text, name)
        chat = _stamped_chat(text) if kind in ("markdown", "text") and ":" in text[:2000] else None
        if chat is not None:
            text, kind = chat, "irc"
        if kind == "email":
            doc = read_email(text, data)
        elif kind == "irc":
            doc = read_irc(text)
        else:
            if name.lower().endswith((".html", ".htm")) or html_heavy(text):
                # Notes kept as HTML, or as HTML inside a Markdown page: read as Markdown.
                text, kind = html_to_markdown(text), "markdown"
            # A pasted e-mail ("Hi all, … Cheers, Priya"): its signer is the "I". Its
            # subject line may come along ("Subject: Recap" / "Hi all,").
            greeted = _GREETING.match(_SUBJECT_LINE.sub("", text.lstrip(), count=1))
            doc = Document(kind, text, signer=_signed_by(text) if greeted else None)
    doc.name_date = date_from_name(name)
    doc.name_month = None if doc.name_date else month_from_name(name)
    return doc
