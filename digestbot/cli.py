"""The `digestbot` command. Thin commands: open what they need, call one job, print.

Errors become one line on stderr and an exit code: 0 done; 1 some deliveries failed;
2 bad usage, bad config or unreadable input.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from digestbot import __version__
from digestbot.errors import (
    ConfigError,
    DigestbotError,
    NotesError,
    PermanentDeliveryError,
    StoreError,
    TemplateError,
)

if TYPE_CHECKING:
    from digestbot.config import Settings

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def utc_now() -> datetime:
    return datetime.now(UTC)


class State:
    """Per-invocation context: the config, loaded lazily (parse needs none, and loading the
    config's models takes a third of a second)."""

    def __init__(self, config: Path | None):
        self._config = config
        self._settings: Settings | None = None

    @property
    def config_path(self) -> Path:
        from digestbot.config import resolve_config_path

        return resolve_config_path(self._config, os.environ)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from digestbot.config import load_settings

            self._settings = load_settings(self.config_path)
        return self._settings

    @contextmanager
    def app(self) -> Iterator[Any]:
        from digestbot.jobs import App
        from digestbot.store import open_store

        store = open_store(self.settings.bot.store)
        try:
            yield App(self.settings, store, utc_now)
        finally:
            store.close()


def fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"digestbot: error: {message}", err=True)
    sys.exit(code)


def reports_errors(func: F) -> F:
    """Turn digestbot's errors into one line on stderr and the right exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ConfigError, NotesError, TemplateError, StoreError,
                PermanentDeliveryError) as exc:
            for line in str(exc).splitlines():
                click.echo(f"digestbot: error: {line}", err=True)
            sys.exit(EXIT_USAGE)
        except DigestbotError as exc:
            fail(str(exc), EXIT_FAILED)
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config", type=click.Path(path_type=Path), default=None,
              help="Config file (default: $DIGESTBOT_CONFIG or config/digestbot.toml).")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens, one line per event.")
@click.version_option(__version__, prog_name="digestbot")
@click.pass_context
def main(ctx: click.Context, config: Path | None, verbose: bool) -> None:
    """Meeting-notes digests and follow-up reminders for mailing lists.

    \b
    Example:
      digestbot send-now --notes notes/2024-06-25-igc.txt
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    ctx.obj = State(config)


pass_state = click.make_pass_decorator(State)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction JSON (default).")
@click.option("--markdown", is_flag=True, help="Print canonical Markdown you can correct.")
@reports_errors
def parse(file: Path, as_json: bool, markdown: bool) -> None:
    """Extract and print the structure of a notes file. Needs no config, touches no store.

    \b
    Example:
      digestbot parse notes/2024-06-25-igc.txt --json
    """
    from digestbot.notes import parse_notes, session_to_markdown

    session = parse_notes(file)
    if markdown:
        click.echo(session_to_markdown(session), nl=False)
    else:
        click.echo(json.dumps(session.to_json(), indent=2, ensure_ascii=False))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--list", "list_name", help="The list the meetings belong to (default: first).")
@pass_state
@reports_errors
def ingest(state: State, files: tuple[Path, ...], list_name: str | None) -> None:
    """Parse notes and store their sessions and follow-ups. Re-ingesting changes nothing.

    \b
    Example:
      digestbot ingest notes/*.txt
    """
    from digestbot.jobs import ingest_file

    name, _ = state.settings.get_list(list_name)
    with state.app() as app:
        for file in files:
            _session, result = ingest_file(app, file, name)
            if result.created:
                click.echo(f"{file}: stored session {result.session_id} with "
                           f"{len(result.added)} new and {len(result.updated)} updated "
                           f"follow-ups")
            else:
                click.echo(f"{file}: already stored as session {result.session_id}; "
                           f"nothing changed")


@main.command()
@click.option("--list", "list_name", help="The list (default: the first in the config).")
@click.option("--notes", type=click.Path(path_type=Path), help="Notes to preview a digest of.")
@click.option("--kind", type=click.Choice(["digest", "reminder"]), default="digest",
              show_default=True)
@click.option("--html", "fmt", flag_value="html", help="Write the HTML part.")
@click.option("--text", "fmt", flag_value="text", help="Write the plain-text part.")
@click.option("--eml", "fmt", flag_value="eml", default=True, help="Write the whole message.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (default: stdout).")
@click.option("--to", "recipient", help="Show it as this recipient would get it.")
@pass_state
@reports_errors
def preview(state: State, list_name: str | None, notes: Path | None, kind: str, fmt: str,
            output: Path | None, recipient: str | None) -> None:
    """Render a digest without sending or recording anything.

    \b
    Example:
      digestbot preview --notes notes/2024-06-25-igc.txt --html -o digest.html
    """
    from digestbot import preview as previews

    name, _lst = state.settings.get_list(list_name)
    with state.app() as app:
        rendered = previews.render_preview(app, name, kind=kind, notes=notes,
                                           recipient=recipient)
    data = {"html": rendered.html.encode(), "text": rendered.text.encode(),
            "eml": rendered.eml}[fmt]
    if output:
        output.write_bytes(data)
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.buffer.write(data)


def _progress_bar(label: str) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A rich progress bar with rate and ETA on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return (lambda done, total: None), (lambda: None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:,.0f} recipients/s" if task.speed else "")

    bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                   RateColumn(), TextColumn("ETA"), TimeRemainingColumn(), transient=True,
                   console=Console(stderr=True))
    task = bar.add_task("send", total=None)
    bar.start()

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return update, bar.stop


@main.command("send-now")
@click.option("--list", "list_name", help="The list (default: the first in the config).")
@click.option("--notes", type=click.Path(path_type=Path),
              help="Notes to ingest and send (default: every stored session not yet sent).")
@click.option("--to", "recipient", help="Send one test copy to this address only.")
@click.option("--dry-run", is_flag=True, help="Render and report; send and record nothing.")
@click.option("--force", is_flag=True, help="Send again to recipients who already have it.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
@pass_state
@reports_errors
def send_now(state: State, list_name: str | None, notes: Path | None, recipient: str | None,
             dry_run: bool, force: bool, as_json: bool) -> None:
    """Build and send the digest now; exit 1 if any delivery failed.

    \b
    Examples:
      digestbot send-now --notes notes/2024-06-25-igc.txt
      digestbot send-now --notes notes/2024-06-25-igc.txt --to me@example.org
      digestbot send-now --list igc --dry-run
    """
    from digestbot.config import check_address
    from digestbot.jobs import send_due_digests, send_session_digest
    from digestbot.notes import parse_notes

    name, _ = state.settings.get_list(list_name)
    if recipient:
        try:
            recipient = check_address(recipient)
        except ValueError as exc:
            raise ConfigError(f"--to: {exc}", key="--to") from None
    summaries = []
    update, stop = _progress_bar(name)
    try:
        with state.app() as app:
            if notes is None and not dry_run and not recipient:
                summaries = send_due_digests(app, name, progress=update)
                if not summaries and as_json:
                    click.echo(json.dumps({"list_name": name, "sent": 0, "failed": 0,
                                           "pending": 0,
                                           "note": "no new meeting notes to send"}))
                elif not summaries:
                    click.echo(f"{name}: no new meeting notes to send; nothing sent")
            elif notes is None:
                raise ConfigError("--dry-run and --to need --notes FILE", key="--notes")
            else:
                session = parse_notes(notes)
                session_id = None
                if not dry_run:
                    session_id = app.store.ingest(name, session, now=app.clock()).session_id
                summaries.append(send_session_digest(
                    app, name, session, session_id, force=force, dry_run=dry_run,
                    to=recipient, progress=update))
    finally:
        stop()
    for summary in summaries:
        if summary.error:
            click.echo(f"digestbot: error: {summary.error}", err=True)
        if as_json:
            click.echo(json.dumps(summary.to_json(), default=str))
        else:
            click.echo(summary.line())
            for f in summary.failures:
                click.echo(f"  failed {f['recipient']}: {f['code'] or ''} {f['response']}".rstrip())
            if summary.destination.startswith("maildir") and summary.sent:
                click.echo(f"  messages are in the Maildir {state.settings.smtp.outbox}/new")
    if any(s.failed or s.pending for s in summaries):
        sys.exit(EXIT_FAILED)


@main.command()
@click.option("--smtp", "with_smtp", is_flag=True,
              help="Also connect to the SMTP server: EHLO, STARTTLS, AUTH; sends nothing.")
@pass_state
@reports_errors
def check(state: State, with_smtp: bool) -> None:
    """Validate the config (one line per problem); with --smtp, try the server too.

    \b
    Example:
      digestbot --config config/digestbot.toml check --smtp
    """
    settings = state.settings
    from digestbot.compose import Templates
    from digestbot.store import open_store

    Templates(settings.bot.templates_dir).env.get_template("digest.html.j2")
    from digestbot.dkim import load_signer
    from digestbot.web import check_web_settings

    check_web_settings(settings)  # base_url without a secret: links could not be signed
    if load_signer(settings.dkim):
        click.echo(f"dkim: signing as {settings.dkim.selector}._domainkey.{settings.dkim.domain}")
    store = open_store(settings.bot.store)
    store.close()
    for name, lst in settings.lists.items():
        click.echo(f"list {name}: {len(lst.members)} members"
                   f"{', address ' + lst.address if lst.address else ''}")
    if with_smtp:
        import asyncio

        from digestbot.smtp import close_quietly, describe_server, open_connection

        if not settings.smtp.host:
            raise ConfigError("smtp.host is empty: messages go to the Maildir outbox "
                              f"{settings.smtp.outbox}", key="smtp.host")

        async def probe() -> None:
            smtp = await open_connection(settings.smtp, sender_host=settings.bot.domain)
            await close_quietly(smtp)

        asyncio.run(probe())
        click.echo(f"smtp {describe_server(settings.smtp)}: connected, "
                   f"{settings.smtp.security}, "
                   f"{'authenticated' if settings.smtp.username else 'no login'}")
    click.echo(f"{state.config_path}: ok")


@main.command()
@click.option("--list", "list_name", help="Only this list.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--limit", default=50, show_default=True, help="How many digests.")
@pass_state
@reports_errors
def history(state: State, list_name: str | None, as_json: bool, limit: int) -> None:
    """Digests and reminders sent, with per-recipient results.

    \b
    Example:
      digestbot history --json
    """
    with state.app() as app:
        entries = app.store.history(list_name=list_name, limit=limit)
    if as_json:
        click.echo(json.dumps(entries, indent=2))
        return
    if not entries:
        click.echo("nothing sent yet")
    for e in entries:
        c = e["counts"]
        click.echo(f"#{e['id']} {e['created_at'][:16]} {e['list']} {e['kind']}: "
                   f"{e['subject']} - sent {c['sent']}, failed {c['failed']}, "
                   f"pending {c['pending']}")
        for r in e["recipients"]:
            if r["status"] != "sent":
                click.echo(f"    {r['status']} {r['recipient']}: {r['code'] or ''} "
                           f"{r['response']}".rstrip())


# -- follow-ups, reminders and the service ---------------------------------------------


def _parse_date(value: str, option: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option}: {value!r} is not a date (YYYY-MM-DD)", key=option) from None


def _follow_up_line(f: Any, *, with_list: bool = False) -> str:
    owners = ", ".join(f.owners) or "unassigned"
    due = f" due {f.due.isoformat()}" if f.due else ""
    snoozed = f" snoozed until {f.snoozed_until.isoformat()}" if f.snoozed_until else ""
    where = f"[{f.list_name}] " if with_list else ""
    return f"{f.id}  {f.status:<11} {where}{owners}: {f.task}{due}{snoozed}"


@main.group()
def followups() -> None:
    """List and change follow-ups; every change is kept in the item's history.

    \b
    Examples:
      digestbot followups list --open --owner Sheetal
      digestbot followups done 3f2a1c9
      digestbot followups snooze 3f2a1c9 --until 2026-12-01
    """


@followups.command("list")
@click.option("--list", "list_name", help="Only this list (default: every list).")
@click.option("--open", "open_only", is_flag=True, help="Only open and forthcoming items.")
@click.option("--owner", help="Only items of this owner: name, first name, @handle, or an "
              "address from [people].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON, with each item's history.")
@pass_state
@reports_errors
def followups_list(state: State, list_name: str | None, open_only: bool, owner: str | None,
                   as_json: bool) -> None:
    """Follow-ups, oldest first.

    \b
    Example:
      digestbot followups list --open --json
    """
    if list_name:
        state.settings.get_list(list_name)
    with state.app() as app:
        items = app.store.follow_ups(list_name=list_name, open_only=open_only)
        if owner:
            from digestbot.reminders import owned_by

            items = [f for f in items if owned_by(f.owners, owner, state.settings.people)]
        if as_json:
            data = [f.to_json() | {"history": app.store.follow_up_history(f.id)} for f in items]
            click.echo(json.dumps(data, indent=2, ensure_ascii=False))
            return
    if not items:
        click.echo("no follow-ups")
    for f in items:
        click.echo(_follow_up_line(f, with_list=not list_name and len(state.settings.lists) > 1))


def _change(state: State, fid: str, action: str, **values: Any) -> None:
    with state.app() as app:
        item = app.store.change_follow_up(fid, now=app.clock(), action=action, **values)
    click.echo(_follow_up_line(item))


@followups.command("show")
@click.argument("fid", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_state
@reports_errors
def followups_show(state: State, fid: str, as_json: bool) -> None:
    """One follow-up and its history of changes.

    \b
    Example:
      digestbot followups show 3f2a1c9
    """
    with state.app() as app:
        item = app.store.get_follow_up(fid)
        history = app.store.follow_up_history(item.id)
    if as_json:
        click.echo(json.dumps(item.to_json() | {"history": history}, indent=2,
                              ensure_ascii=False))
        return
    click.echo(_follow_up_line(item))
    for event in history:
        click.echo(f"  {event['at'][:16]} {event['action']}"
                   f"{': ' + event['detail'] if event['detail'] else ''}")


@followups.command("done")
@click.argument("fid", metavar="ID")
@pass_state
@reports_errors
def followups_done(state: State, fid: str) -> None:
    """Mark a follow-up done: it leaves digests and reminders.

    \b
    Example:
      digestbot followups done 3f2a1c9
    """
    _change(state, fid, "done", status="done")


@followups.command("reopen")
@click.argument("fid", metavar="ID")
@pass_state
@reports_errors
def followups_reopen(state: State, fid: str) -> None:
    """Open a follow-up again (and end any snooze).

    \b
    Example:
      digestbot followups reopen 3f2a1c9
    """
    _change(state, fid, "reopened", status="open", snoozed_until=None)


@followups.command("snooze")
@click.argument("fid", metavar="ID")
@click.option("--until", "until", required=True, help="No reminders before this date.")
@pass_state
@reports_errors
def followups_snooze(state: State, fid: str, until: str) -> None:
    """Leave a follow-up out of reminders and digests until a date.

    \b
    Example:
      digestbot followups snooze 3f2a1c9 --until 2026-12-01
    """
    _change(state, fid, "snoozed", snoozed_until=_parse_date(until, "--until"))


@followups.command("assign")
@click.argument("fid", metavar="ID")
@click.argument("owners", nargs=-1, required=True, metavar="OWNER...")
@pass_state
@reports_errors
def followups_assign(state: State, fid: str, owners: tuple[str, ...]) -> None:
    """Give a follow-up to new owners (names as in [people], or addresses).

    \b
    Example:
      digestbot followups assign 3f2a1c9 Bruna
    """
    _change(state, fid, "assigned", owners=tuple(o.strip() for o in owners if o.strip()))


@followups.command("add")
@click.argument("text", nargs=-1, required=True)
@click.option("--list", "list_name", help="The list (default: the first in the config).")
@click.option("--owner", "owners", multiple=True, help="An owner; repeat for several.")
@click.option("--due", help="Due date, YYYY-MM-DD.")
@pass_state
@reports_errors
def followups_add(state: State, text: tuple[str, ...], list_name: str | None,
                  owners: tuple[str, ...], due: str | None) -> None:
    """Add a follow-up by hand.

    \b
    Example:
      digestbot followups add --owner Sheetal --due 2026-12-01 Send the report around
    """
    from digestbot.model import FollowUp

    name, _ = state.settings.get_list(list_name)
    task = " ".join(text).strip()
    if not task:
        raise ConfigError("followups add: the task text is empty", key="TEXT")
    item = FollowUp(task=task, owners=owners, due=_parse_date(due, "--due") if due else None)
    with state.app() as app:
        fid = app.store.add_follow_up(name, item, now=app.clock())
        click.echo(_follow_up_line(app.store.get_follow_up(fid)))


@main.command("remind-now")
@click.option("--list", "list_name", help="Only this list (default: every list).")
@click.option("--as-of", "as_of", help="Send what the schedule would send on this date "
              "(YYYY-MM-DD, or an ISO date and time); default: now.")
@click.option("--dry-run", is_flag=True, help="Say what would be sent; send and record nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary per reminder.")
@pass_state
@reports_errors
def remind_now(state: State, list_name: str | None, as_of: str | None, dry_run: bool,
               as_json: bool) -> None:
    """Send the reminders due now (or at --as-of); exit 1 if any delivery failed.

    \b
    Examples:
      digestbot remind-now --dry-run
      digestbot remind-now --list igc --as-of 2026-12-03
    """
    from digestbot.reminders import send_reminders

    names = [state.settings.get_list(list_name)[0]] if list_name else list(state.settings.lists)
    if not names:
        state.settings.default_list()
    summaries = []
    with state.app() as app:
        for name in names:
            if as_of:
                app.clock = _as_of_clock(as_of, state.settings.list_timezone(name))
            found = send_reminders(app, name, dry_run=dry_run)
            if not found and not as_json:
                day = app.clock().astimezone(state.settings.list_timezone(name)).date()
                click.echo(f"{name}: no reminder due on {day.isoformat()}")
            summaries.extend(found)
    for summary in summaries:
        click.echo(json.dumps(summary.to_json(), default=str) if as_json else summary.line())
    if any(s.failed or s.pending for s in summaries):
        sys.exit(EXIT_FAILED)


def _as_of_clock(value: str, tz: Any) -> Callable[[], datetime]:
    """A clock stopped at --as-of: a date means noon of that day in the list's time zone."""
    try:
        if "T" in value or " " in value.strip():
            at = datetime.fromisoformat(value)
            at = at if at.tzinfo else at.replace(tzinfo=tz)
        else:
            at = datetime.combine(_parse_date(value, "--as-of"), datetime.min.time().replace(
                hour=12), tzinfo=tz)
    except ValueError:
        raise ConfigError(f"--as-of: {value!r} is not a date or ISO date and time",
                          key="--as-of") from None
    return lambda: at


@main.command()
@pass_state
@reports_errors
def serve(state: State) -> None:
    """Run the schedules, the notes watcher (and the web endpoint) until SIGTERM/SIGINT.

    Each list's digest_schedule and reminder_schedule run in its time zone; files
    dropped in notes_dir (or notes_dir/LIST/) are ingested and their digest sent.
    Several instances may share one PostgreSQL store: each list is served by one.

    \b
    Example:
      digestbot --config config/digestbot.toml serve
    """
    import asyncio

    from digestbot.notes import parse_notes
    from digestbot.service import configure_logging
    from digestbot.service import serve as run_service

    configure_logging(state.settings.bot.log_format)
    with state.app() as app:
        asyncio.run(run_service(app, parse=parse_notes))
