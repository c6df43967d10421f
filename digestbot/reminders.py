"""Reminders: who is owed one at an instant (pure), and the job that sends them.

`due_reminders` is the policy: given the open follow-ups, the `[people]` map, the
cadence from `[reminders]` and when each item was last reminded to each target, it
says which reminders are due on `today`. One reminder per target (an owner's address,
the coordinator, or the whole list) lists every open item of that target, overdue and
due-soon ones first. `send_reminders` is the job around it: it reads the store, records
a reminder "digest" keyed `reminder:<list>:<target>:<local date>` with one delivery row
per recipient (so a second run on the same day, or a crash, never sends twice), and
delivers it threaded under the digest the items came from.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from digestbot.compose import Composed, LinkMaker, compose
from digestbot.config import ReminderSettings
from digestbot.digest import OutstandingItem, select_outstanding, subject_prefix
from digestbot.errors import ConfigError
from digestbot.jobs import App, SendSummary, deliver_recorded, list_recipients, message_id_base
from digestbot.store import StoredFollowUp

if TYPE_CHECKING:
    from digestbot.preview import Rendered

LIST_TARGET = "list"


# -- pure policy -----------------------------------------------------------------------


def people_index(people: Mapping[str, str]) -> dict[str, str]:
    """`[people]` keyed by lower-case name or handle (without a leading @)."""
    return {name.strip().lower().lstrip("@"): addr for name, addr in people.items()}


def resolve_owner(owner: str, index: Mapping[str, str]) -> str | None:
    """The address of an owner named in notes: full name, handle, first name, or an address."""
    name = " ".join(owner.strip().lower().lstrip("@").split())
    if not name:
        return None
    if "@" in name and "." in name.rsplit("@", 1)[-1]:
        return owner.strip()
    if name in index:
        return index[name]
    first = name.split()[0]
    return index.get(first)


def owned_by(owners: Sequence[str], who: str, people: Mapping[str, str]) -> bool:
    """True when `who` (a name, first name, @handle or address) is one of `owners`."""
    index = people_index(people)
    wanted = " ".join(who.strip().lower().lstrip("@").split())
    address = resolve_owner(who, index)
    for owner in owners:
        name = " ".join(owner.strip().lower().lstrip("@").split())
        if wanted in (name, name.split()[0] if name else ""):
            return True
        if address and (resolve_owner(owner, index) or "").lower() == address.lower():
            return True
    return False


def item_reasons(item: StoredFollowUp, *, today: date, last: date | None,
                 cadence: ReminderSettings) -> tuple[str, ...]:
    """Why `item` is worth a reminder on `today`, given when its target last got one."""
    opened = item.meeting_date or item.created_at.date()
    reasons = []
    if last is None and today >= opened + timedelta(days=cadence.first_after_days):
        reasons.append("first")
    if last is not None and today >= last + timedelta(days=cadence.every_days):
        reasons.append("again")
    if item.due is not None:
        window = item.due - timedelta(days=cadence.before_due_days)
        if cadence.before_due_days and window <= today <= item.due and (
                last is None or last < window):
            reasons.append("due soon")
        # Overdue from the day after the due date; one reminder on the first run from then.
        if today > item.due and (last is None or last <= item.due):
            reasons.append("overdue")
    return tuple(reasons)


@dataclass(frozen=True)
class Reminder:
    """One reminder: to an owner's address, the coordinator, or the whole list."""

    target: str
    names: tuple[str, ...]
    items: tuple[OutstandingItem, ...]
    reasons: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # On a day the list gets a reminder too, an owner's reminder also lists the items
    # nobody can be written to, and the list's one skips them: one email per person.
    unowned: tuple[OutstandingItem, ...] = ()
    skip: frozenset[str] = frozenset()

    @property
    def to_list(self) -> bool:
        return self.target == LIST_TARGET

    @property
    def overdue(self) -> int:
        return sum(1 for o in self.items if o.overdue)


def group_by_target(items: Sequence[OutstandingItem], people: Mapping[str, str], *,
                    coordinator: str = "") -> dict[str, tuple[list[str], list[OutstandingItem]]]:
    """target -> (owner names, items): items nobody can be written to go to the coordinator
    or, without one, to the list."""
    index = people_index(people)
    groups: dict[str, tuple[list[str], list[OutstandingItem]]] = {}
    for o in items:
        addressed = [(owner, resolve_owner(owner, index)) for owner in o.follow_up.owners]
        targets = [(owner, addr) for owner, addr in addressed if addr]
        if not targets:
            targets = [("", coordinator or LIST_TARGET)]
        for owner, target in targets:
            key = target.lower() if target != LIST_TARGET else target
            names, listed = groups.setdefault(key, ([], []))
            if owner and owner not in names:
                names.append(owner)
            if o not in listed:
                listed.append(o)
    return groups


def due_reminders(items: Sequence[StoredFollowUp], *, today: date, people: Mapping[str, str],
                  cadence: ReminderSettings, history: Mapping[tuple[str, str], date],
                  coordinator: str = "") -> list[Reminder]:
    """The reminders due on `today`: one per target with at least one item whose time has come.

    `history` maps (follow-up id, target) to the last local day a reminder listing that
    item reached that target. A done or snoozed item is never listed; a target already
    reminded today gets nothing more today.
    """
    outstanding = select_outstanding(items, today=today, due_soon_days=cadence.due_soon_days)
    last_by_target: dict[str, date] = {}
    for (_fid, target), day in history.items():
        last_by_target[target] = max(day, last_by_target.get(target, day))
    out = []
    for target, (names, listed) in group_by_target(outstanding, people,
                                                   coordinator=coordinator).items():
        if last_by_target.get(target, date.min) >= today:
            continue
        reasons = {o.follow_up.id: r for o in listed
                   if (r := item_reasons(o.follow_up, today=today, cadence=cadence,
                                         last=history.get((o.follow_up.id, target))))}
        if reasons:
            out.append(Reminder(target, tuple(names), tuple(listed), reasons))
    out.sort(key=lambda r: (r.to_list, r.target))
    to_list = next((r for r in out if r.to_list), None)
    if to_list is not None:
        reminded = {r.target for r in out if not r.to_list} | {
            t for t, day in last_by_target.items() if day >= today and t != LIST_TARGET}
        out = [replace(r, skip=frozenset(reminded)) if r.to_list
               else replace(r, unowned=to_list.items) for r in out]
    return out


def reminder_key(list_name: str, target: str, today: date) -> str:
    """The digests.key of a reminder: one per list, target and local day."""
    return f"reminder:{list_name}:{target}:{today.isoformat()}"


def reminder_subject(list_name: str, prefix: str, reminder: Reminder) -> str:
    """`[IGC] Reminder: 3 open follow-ups, 1 overdue`."""
    n = len(reminder.items)
    text = f"{prefix} Reminder: {n} open follow-up{'' if n == 1 else 's'}"
    if reminder.overdue:
        text += f", {reminder.overdue} overdue"
    return " ".join(text.split())


def recipient_message_id(message_id: str, recipient: str | None) -> str:
    """The Message-ID `recipient` got for a digest stored as `message_id` (see Composed)."""
    if recipient is None:
        return message_id
    base, _, domain = message_id.strip("<>").rpartition("@")
    tag = hashlib.sha1(recipient.lower().encode()).hexdigest()[:12]
    return f"<{base}.{tag}@{domain}>"


# -- the job ---------------------------------------------------------------------------


def local_today(app: App, list_name: str, now: datetime | None = None) -> date:
    """The list's local date at `now` (default: the app's clock)."""
    return (now or app.clock()).astimezone(app.settings.list_timezone(list_name)).date()


def _history(app: App, list_name: str) -> dict[tuple[str, str], date]:
    tz = app.settings.list_timezone(list_name)
    return {k: at.astimezone(tz).date() for k, at in app.store.reminder_history(list_name).items()}


def reminders_due(app: App, list_name: str, now: datetime | None = None) -> list[Reminder]:
    """What the schedule would send for `list_name` at `now`."""
    lst = app.settings.lists[list_name]
    return due_reminders(
        app.store.follow_ups(list_name=list_name, open_only=True),
        today=local_today(app, list_name, now), people=app.settings.people,
        cadence=app.settings.reminders, history=_history(app, list_name),
        coordinator=lst.coordinator)


def _thread_headers(app: App, list_name: str, reminder: Reminder) -> dict[str, str]:
    """In-Reply-To the digest of the first item's meeting; References every such digest."""
    lst = app.settings.lists[list_name]
    ids: list[str] = []
    seen: set[int] = set()
    for o in reminder.items:
        sid = o.follow_up.session_id
        if sid is None or sid in seen:
            continue
        seen.add(sid)
        digest = app.store.session_digest(sid)
        if digest is None:
            continue
        personal = (not reminder.to_list and lst.mode == "personalised"
                    and reminder.target != lst.address
                    and app.store.delivery_status(digest.id, reminder.target) == "sent")
        ids.append(recipient_message_id(digest.message_id, reminder.target if personal else None))
    headers = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
    if ids:
        headers["In-Reply-To"] = ids[0]
        headers["References"] = " ".join(ids[:10])
    return headers


def compose_reminder(app: App, list_name: str, reminder: Reminder, key: str,
                     today: date) -> Composed:
    """Render one reminder, with mark-done and snooze links when the web endpoint is set."""
    lst = app.settings.lists[list_name]
    identity = app.identity(list_name)
    links = LinkMaker(identity, today)
    item_links = {o.follow_up.id: {"done": links.url("done", o.follow_up.id),
                                   "snooze": links.url("snooze", o.follow_up.id)}
                  for o in reminder.items}
    subject = reminder_subject(list_name, subject_prefix(list_name, lst), reminder)
    first_names = dict.fromkeys(n.lstrip("@").split()[0] for n in reminder.names if n.strip())
    greeting = "everyone" if reminder.to_list else ", ".join(first_names) or "there"
    return compose(
        app.templates, kind="reminder", template="reminder",
        context={"reminder": reminder, "items": reminder.items, "links": item_links,
                 "reasons": reminder.reasons, "greeting": greeting, "today": today,
                 "list_title": lst.title or list_name, "title": subject.split("] ", 1)[-1],
                 "to_list": reminder.to_list},
        subject=subject, identity=identity, message_id_base=message_id_base("reminder", key),
        now=app.clock(), extra_headers=_thread_headers(app, list_name, reminder))


def _recipients(app: App, list_name: str, reminder: Reminder) -> list[str]:
    if reminder.to_list:
        return [r for r in list_recipients(app, list_name) if r.lower() not in reminder.skip]
    if reminder.target.lower() in app.store.suppressed(list_name):
        return []
    return [reminder.target]


def _send_one(app: App, list_name: str, reminder: Reminder, today: date, *,
              dry_run: bool) -> SendSummary:
    key = reminder_key(list_name, reminder.target, today)
    composed = compose_reminder(app, list_name, reminder, key, today)
    recipients = _recipients(app, list_name, reminder)
    summary = SendSummary(list_name=list_name, subject=composed.subject, kind="reminder",
                          dry_run=dry_run, recipients=len(recipients))
    if not recipients:
        summary.note = f"{reminder.target} has unsubscribed; reminder not sent"
        return summary
    if dry_run:
        summary.sent = len(recipients)
        n = len(reminder.items)
        summary.note = f"to {reminder.target}: {n} item{'' if n == 1 else 's'}"
        return summary
    # The items first, keyed by the digest key: a crash before the digest row leaves an
    # orphan that nothing joins; after it, the resume below finds both.
    app.store.record_reminder_items(key, reminder.target,
                                    [o.follow_up.id for o in reminder.items])
    stored = app.store.create_digest(
        key=key, list_name=list_name, kind="reminder", session_id=None,
        subject=composed.subject, message_id=composed.message_id(), html=composed.html,
        recipients=recipients, now=app.clock())
    summary.digest_id = stored.id
    summary.note = f"to {reminder.target}"
    return deliver_recorded(app, stored, composed, summary)


def _resume_or_expire(app: App, list_name: str, today: date,
                      items: Sequence[StoredFollowUp]) -> dict[str, SendSummary]:
    """Finish today's reminders a crash, a stop or a failure left half-sent; give up on
    older ones (a later reminder lists the same items)."""
    out: dict[str, SendSummary] = {}
    by_id = {f.id: f for f in items}
    for digest in app.store.incomplete_digests(list_name, kind="reminder"):
        _, _, rest = digest.key.partition(f"reminder:{list_name}:")
        target, _, day = rest.rpartition(":")
        if day < today.isoformat():
            app.store.expire_unsent(digest.id, now=app.clock(),
                                     response="expired: a later reminder replaces it")
            continue
        listed = [by_id[i] for i in app.store.reminder_item_ids(digest.key) if i in by_id]
        outstanding = select_outstanding(listed, today=today,
                                         due_soon_days=app.settings.reminders.due_soon_days)
        if not outstanding:
            app.store.expire_unsent(digest.id, now=app.clock(),
                                     response="expired: every item is done or snoozed")
            continue
        groups = group_by_target(outstanding, app.settings.people,
                                 coordinator=app.settings.lists[list_name].coordinator)
        names = groups.get(target, ([], []))[0]
        reminder = Reminder(target, tuple(names), outstanding)
        composed = compose_reminder(app, list_name, reminder, digest.key, today)
        summary = SendSummary(list_name=list_name, subject=digest.subject, kind="reminder",
                              digest_id=digest.id, note=f"to {target}, resumed",
                              recipients=app.store.recipient_total(digest.id))
        # Only the recipients recorded when it was made: the rows say who it is for.
        out[target] = deliver_recorded(app, digest, composed, summary)
    return out


def send_reminders(app: App, list_name: str, *, now: datetime | None = None,
                   dry_run: bool = False) -> list[SendSummary]:
    """Send every reminder due for `list_name` at `now` (default: the app's clock)."""
    today = local_today(app, list_name, now)
    items = app.store.follow_ups(list_name=list_name, open_only=True)
    resumed = {} if dry_run else _resume_or_expire(app, list_name, today, items)
    summaries = list(resumed.values())
    for reminder in reminders_due(app, list_name, now):
        if reminder.target in resumed:
            continue
        summaries.append(_send_one(app, list_name, reminder, today, dry_run=dry_run))
    return summaries


def reminder_for(app: App, list_name: str, target: str,
                 now: datetime | None = None) -> Reminder | None:
    """The reminder `target` would get with all its open items, whatever the cadence says."""
    lst = app.settings.lists[list_name]
    today = local_today(app, list_name, now)
    outstanding = select_outstanding(app.store.follow_ups(list_name=list_name, open_only=True),
                                     today=today,
                                     due_soon_days=app.settings.reminders.due_soon_days)
    groups = group_by_target(outstanding, app.settings.people, coordinator=lst.coordinator)
    key = target if target == LIST_TARGET else target.lower()
    if key not in groups:
        return None
    names, listed = groups[key]
    return Reminder(key if key == LIST_TARGET else target, tuple(names), tuple(listed))


def preview_reminder(app: App, list_name: str, *, recipient: str | None = None) -> Rendered:
    """The reminder `recipient` (default: the first one due, else the first owner) would get."""
    from digestbot.preview import Rendered

    today = local_today(app, list_name)
    if recipient:
        reminder = reminder_for(app, list_name, recipient)
        if reminder is None:
            raise ConfigError(f"{recipient} owns no open follow-up on list {list_name!r}",
                              key="--to")
    else:
        due = reminders_due(app, list_name)
        reminder = due[0] if due else None
        if reminder is None:
            targets = _targets(app, list_name)
            reminder = reminder_for(app, list_name, targets[0]) if targets else None
        if reminder is None:
            raise ConfigError(f"list {list_name!r} has no open follow-up to remind about",
                              key="--kind")
    key = "preview:" + reminder_key(list_name, reminder.target, today)
    composed = compose_reminder(app, list_name, reminder, key, today)
    who = reminder.target if not reminder.to_list else (
        app.settings.lists[list_name].members or [app.settings.bot.from_address])[0]
    raw = composed.personalise(who)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    return Rendered(text=text, html=html, eml=raw)


def _targets(app: App, list_name: str) -> list[str]:
    lst = app.settings.lists[list_name]
    today = local_today(app, list_name)
    outstanding = select_outstanding(app.store.follow_ups(list_name=list_name, open_only=True),
                                     today=today)
    return sorted(group_by_target(outstanding, app.settings.people,
                                  coordinator=lst.coordinator),
                  key=lambda t: (t == LIST_TARGET, t))

