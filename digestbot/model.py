"""What a meeting's notes say, as plain data: the extraction the rest of digestbot uses.

`Session` is the result of `digestbot.notes.parse_notes`; `Session.to_json()` is the
extraction JSON of PRODUCT.md. Everything here is pure data with no I/O.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Literal

Status = Literal["open", "done", "forthcoming"]


@dataclass(frozen=True)
class Link:
    url: str
    label: str

    def to_json(self) -> dict[str, str]:
        return {"url": self.url, "label": self.label}


@dataclass(frozen=True)
class Section:
    title: str
    level: int = 1
    summary: str = ""
    key_points: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "level": self.level,
            "summary": self.summary,
            "key_points": list(self.key_points),
        }


def normalize_task(task: str) -> str:
    """Lower-cased words of a task, for comparing two wordings of one action."""
    return " ".join(re.findall(r"[a-z0-9]+", task.lower()))


def follow_up_id(task: str, owners: tuple[str, ...] | list[str] = ()) -> str:
    """A short id that stays the same for the same task and owners."""
    return _follow_up_id(task, tuple(owners))


@lru_cache(maxsize=8192)  # parsing remakes a follow-up (new status, due) many times
def _follow_up_id(task: str, owners: tuple[str, ...]) -> str:
    key = normalize_task(task) + "|" + ",".join(sorted(o.lower() for o in owners))
    return hashlib.sha1(key.encode()).hexdigest()[:7]


@dataclass(frozen=True)
class FollowUp:
    task: str
    owners: tuple[str, ...] = ()
    due: date | None = None
    status: Status = "open"
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", follow_up_id(self.task, self.owners))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "owners": list(self.owners),
            "task": self.task,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
        }


@dataclass(frozen=True)
class Session:
    """One meeting as its notes describe it."""

    title: str | None = None
    date: date | None = None
    attendance: str | None = None
    agenda: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    recommendations: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    # The best name the notes give the meeting when they have no title
    # ("The IGC pre-event took place on ..." -> "IGC pre-event"); not in the JSON contract.
    event_name: str | None = None
    source: str = ""
    fingerprint: str = field(default="", compare=False)

    @property
    def name(self) -> str | None:
        """The title, or failing that the name the text gives the meeting."""
        return self.title or self.event_name

    def is_empty(self) -> bool:
        """True when there is nothing worth sending."""
        return not (self.sections or self.follow_ups or self.recommendations
                    or self.agenda or self.links)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "attendance": self.attendance,
            "agenda": list(self.agenda),
            "sections": [s.to_json() for s in self.sections],
            "follow_ups": [f.to_json() for f in self.follow_ups],
            "recommendations": list(self.recommendations),
            "links": [link.to_json() for link in self.links],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], *, source: str = "", fingerprint: str = "") -> Session:
        """Rebuild a Session from `to_json()` output (as kept in the store)."""
        return cls(
            title=data.get("title"),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            attendance=data.get("attendance"),
            agenda=tuple(data.get("agenda", ())),
            sections=tuple(
                Section(s["title"], s.get("level", 1), s.get("summary", ""),
                        tuple(s.get("key_points", ())))
                for s in data.get("sections", ())
            ),
            follow_ups=tuple(
                FollowUp(
                    task=f["task"], owners=tuple(f.get("owners", ())),
                    due=date.fromisoformat(f["due"]) if f.get("due") else None,
                    status=f.get("status", "open"), id=f.get("id", ""),
                )
                for f in data.get("follow_ups", ())
            ),
            recommendations=tuple(data.get("recommendations", ())),
            links=tuple(Link(li["url"], li.get("label", "")) for li in data.get("links", ())),
            event_name=data.get("event_name"),
            source=source,
            fingerprint=fingerprint,
        )
