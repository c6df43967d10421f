"""Session <-> canonical Markdown that a coordinator can correct by hand.

The canonical form starts with front matter carrying `format: digestbot-notes/1`, then
`# Agenda`, `# Sections` (each section one heading level deeper than its level), `# Follow-ups`
as a task list, `# Recommendations` and `# Links`. `read_canonical` parses it back exactly.
"""

from __future__ import annotations

import json
import re
from datetime import date

from digestbot.model import FollowUp, Link, Section, Session, Status
from digestbot.notes.blocks import split_front_matter

_PARTS = ("Agenda", "Sections", "Follow-ups", "Recommendations", "Links")
_SEP = " — "


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _esc(text: str) -> str:
    """Protect a line of free text that would otherwise read as Markdown structure."""
    text = _one_line(text)
    if text.startswith(("\\", "#", "-", "*", "+", ">", "|", "`", "[", "Key points:")):
        return "\\" + text
    return text


def _esc_task(task: str) -> str:
    """A task, with backslashes and dashes escaped so the " — " field separator is unambiguous."""
    text = _one_line(task).replace("\\", "\\\\").replace("—", "\\—")
    return "\\" + text if _esc(text) != text and not text.startswith("\\") else text


def _unesc(line: str) -> str:
    return line[1:] if line.startswith("\\") else line


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def session_to_markdown(session: Session) -> str:
    """Render a Session as canonical Markdown that parses back to the same JSON."""
    out = ["---", "format: digestbot-notes/1"]
    if session.title is not None:
        out.append(f"title: {_quote(session.title)}")
    if session.date is not None:
        out.append(f"date: {session.date.isoformat()}")
    if session.attendance is not None:
        out.append(f"attendance: {_quote(session.attendance)}")
    if session.event_name:
        out.append(f"event: {_quote(session.event_name)}")
    out += ["---", ""]
    out += ["# Agenda", "", *(f"- {_esc(a)}" for a in session.agenda), ""]
    out += ["# Sections", ""]
    for section in session.sections:
        out.append("#" * min(6, section.level + 1) + " " + _one_line(section.title))
        out.append("")
        if section.summary:
            out += [_esc(section.summary), ""]
        if section.key_points:
            out += ["Key points:", "", *(f"- {_esc(p)}" for p in section.key_points), ""]
    out += ["# Follow-ups", ""]
    for item in session.follow_ups:
        mark = "x" if item.status == "done" else " "
        fields = [_esc_task(item.task)]
        if item.owners:
            fields.append("owners: " + ", ".join(item.owners))
        if item.due:
            fields.append(f"due: {item.due.isoformat()}")
        if item.status == "forthcoming":
            fields.append("status: forthcoming")
        out.append(f"- [{mark}] " + _SEP.join(fields))
    out += ["", "# Recommendations", "", *(f"- {_esc(r)}" for r in session.recommendations)]
    out += ["", "# Links", "", *(f"- [{_label(li.label)}]({li.url})" for li in session.links), ""]
    return "\n".join(out)


def _label(label: str) -> str:
    return _one_line(label).replace("\\", "\\\\").replace("]", "\\]")


def _unlabel(label: str) -> str:
    return re.sub(r"\\(.)", r"\1", label)


def _follow_up(line: str) -> FollowUp:
    match = re.match(r"^- \[([ xX])\]\s*(.*)$", line)
    if not match:
        raise ValueError(f"not a task-list item: {line!r}")
    fields = match.group(2).split(_SEP)
    task_parts = [fields[0]]
    owners: tuple[str, ...] = ()
    due: date | None = None
    status: Status = "done" if match.group(1) != " " else "open"
    for extra in fields[1:]:
        key, _, value = extra.partition(": ")
        if key == "owners":
            owners = tuple(o.strip() for o in value.split(", ") if o.strip())
        elif key == "due":
            due = date.fromisoformat(value.strip())
        elif key == "status" and value.strip() in ("open", "done", "forthcoming"):
            status = value.strip()  # type: ignore[assignment]
        else:
            task_parts.append(extra)
    task = re.sub(r"\\(.)", r"\1", _SEP.join(task_parts))
    return FollowUp(task=task, owners=owners, due=due, status=status)


def read_canonical(text: str, *, source: str = "") -> Session:
    """Parse canonical Markdown written by `session_to_markdown` (or edited by hand)."""
    meta, body = split_front_matter(text)
    raw_meta = dict(re.findall(r"^(\w+):\s*(.*)$", text[4:text.find("\n---", 4)], re.M))
    strings = {k: json.loads(v) if v.startswith('"') else v for k, v in raw_meta.items()}
    part = ""
    agenda: list[str] = []
    sections: list[Section] = []
    follow_ups: list[FollowUp] = []
    recommendations: list[str] = []
    links: list[Link] = []
    current: dict[str, object] | None = None
    in_points = False

    def close() -> None:
        if current is not None:
            sections.append(Section(str(current["title"]), int(str(current["level"])),
                                    " ".join(current["summary"]),  # type: ignore[arg-type]
                                    tuple(current["points"])))  # type: ignore[arg-type]

    for line in body.split("\n"):
        top = re.match(r"^# (.+)$", line)
        if top and top.group(1) in _PARTS:
            close()
            current, part = None, top.group(1)
            continue
        if not line.strip():
            continue
        if part == "Agenda" and line.startswith("- "):
            agenda.append(_unesc(line[2:]))
        elif part == "Sections":
            heading = re.match(r"^(#{2,6}) (.*)$", line)
            if heading:
                close()
                current = {"title": heading.group(2), "level": len(heading.group(1)) - 1,
                           "summary": [], "points": []}
                in_points = False
            elif current is not None and line == "Key points:":
                in_points = True
            elif current is not None and in_points and line.startswith("- "):
                current["points"].append(_unesc(line[2:]))  # type: ignore[attr-defined]
            elif current is not None:
                current["summary"].append(_unesc(line))  # type: ignore[attr-defined]
        elif part == "Follow-ups" and line.startswith("- ["):
            follow_ups.append(_follow_up(line))
        elif part == "Recommendations" and line.startswith("- "):
            recommendations.append(_unesc(line[2:]))
        elif part == "Links":
            link = re.match(r"^- \[((?:[^\]\\]|\\.)*)\]\((\S+)\)$", line)
            if link:
                links.append(Link(link.group(2), _unlabel(link.group(1))))
    close()
    when = strings.get("date") or meta.get("date")
    return Session(
        title=strings.get("title"), date=date.fromisoformat(when) if when else None,
        attendance=strings.get("attendance"), agenda=tuple(agenda), sections=tuple(sections),
        follow_ups=tuple(follow_ups), recommendations=tuple(recommendations),
        links=tuple(links), event_name=strings.get("event"), source=source,
    )
