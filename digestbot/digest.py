"""What goes into a digest: pure functions of the session, the store's rows and `today`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from digestbot.config import ListSettings
from digestbot.matching import same_people, same_task
from digestbot.model import Section, Session
from digestbot.store import StoredFollowUp


@dataclass(frozen=True)
class OutstandingItem:
    """An open follow-up from an earlier meeting, as a digest or reminder shows it."""

    follow_up: StoredFollowUp
    days_open: int
    overdue: bool
    due_soon: bool


@dataclass(frozen=True)
class Digest:
    """Everything a digest template needs, decided before any rendering."""

    list_name: str
    list_title: str
    subject: str
    session: Session
    outstanding: tuple[OutstandingItem, ...]
    today: date

    def is_empty(self) -> bool:
        return self.session.is_empty() and not self.outstanding

    @property
    def summary_sections(self) -> tuple[Section, ...]:
        """Sections with something to say that the digest does not show elsewhere.

        A section whose only content is the recommendations (its bullets) is left out:
        the digest has a Recommendations part of its own.
        """
        shown = {" ".join(r.lower().split()) for r in self.session.recommendations}
        out = []
        for sec in self.session.sections:
            if not (sec.summary or sec.key_points):
                continue
            points = {" ".join(p.lower().split()) for p in sec.key_points}
            if not sec.summary and points and points <= shown:
                continue
            out.append(sec)
        return tuple(out)


def subject_prefix(list_name: str, settings: ListSettings) -> str:
    """`[IGC]`, or the list's own `subject_prefix`."""
    if settings.subject_prefix is not None:
        return settings.subject_prefix
    return f"[{list_name.upper()}]"


def format_date(day: date) -> str:
    """3 November 2020 (no leading zero, in every locale)."""
    return f"{day.day} {day:%B %Y}"


# Words that make a heading a part of the notes rather than the meeting's name.
GENERIC_HEADING = re.compile(
    r"\b(agenda|information|summary|introduction|background|welcome|overview|context|"
    r"discussions?|attendance|next steps|action items|recommendations)\b", re.I)


def meeting_name(session: Session, list_title: str) -> str:
    """The session's title, the name the notes give it, or the list's meeting.

    A title that is only one of the notes' own section headings ("Meeting information
    and agenda") is not a name for the meeting: the subject never shows a bare heading.
    """
    headings = {" ".join(s.title.lower().split()) for s in session.sections}
    title = " ".join((session.title or "").split())
    event = " ".join((session.event_name or "").split())
    generic = bool(GENERIC_HEADING.search(title))
    is_heading = (title.lower() in headings or generic) and (bool(event) or generic)
    if title and not is_heading:
        return title
    if event:
        return event
    return f"{list_title} meeting" if list_title else "Meeting"


def digest_subject(list_name: str, settings: ListSettings, session: Session) -> str:
    """`[IGC] IGC pre-event, 3 November 2020: summary and next steps`."""
    name = meeting_name(session, settings.title or list_name)
    has_date = session.date and (str(session.date.year) in name or re.search(r"\d{4}-\d\d", name))
    if session.date and not has_date:
        name = f"{name}, {format_date(session.date)}"
    what = "summary and next steps" if session.follow_ups else "summary"
    subject = f"{subject_prefix(list_name, settings)} {name}: {what}".strip()
    return " ".join(subject.split())  # no CR/LF or runs of blanks from the notes


def select_outstanding(items: Sequence[StoredFollowUp], *, today: date,
                       due_soon_days: int = 7) -> tuple[OutstandingItem, ...]:
    """Open items, overdue first (most overdue first), then by due date, then oldest."""
    out = []
    for item in items:
        if item.status not in ("open", "forthcoming"):
            continue
        if item.snoozed_until and item.snoozed_until > today:
            continue
        opened = item.meeting_date or item.created_at.date()
        overdue = item.due is not None and item.due < today
        due_soon = item.due is not None and not overdue and (item.due - today).days <= due_soon_days
        out.append(OutstandingItem(item, max(0, (today - opened).days), overdue, due_soon))
    out.sort(key=lambda o: (not o.overdue, not o.due_soon,
                            o.follow_up.due or date.max, -o.days_open))
    return tuple(out)


def not_mentioned(items: Sequence[StoredFollowUp], session: Session) -> list[StoredFollowUp]:
    """Earlier items the session does not itself list (its Next steps already show those)."""
    return [i for i in items
            if not any(f.id == i.id or same_task(f.task, i.task,
                                                 same_people=same_people(f.owners, i.owners))
                       for f in session.follow_ups)]


def build_digest(list_name: str, settings: ListSettings, session: Session,
                 earlier_open: Sequence[StoredFollowUp], *, today: date,
                 due_soon_days: int = 7) -> Digest:
    """Decide a session's digest: its content plus what is outstanding from before."""
    earlier_open = not_mentioned(earlier_open, session)
    return Digest(
        list_name=list_name,
        list_title=settings.title or list_name,
        subject=digest_subject(list_name, settings, session),
        session=session,
        outstanding=select_outstanding(earlier_open, today=today, due_soon_days=due_soon_days),
        today=today,
    )
