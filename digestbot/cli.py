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
from typing import Any, TypeVar

import click

from digestbot import __version__
from digestbot.config import Settings, load_settings, resolve_config_path
from digestbot.errors import (
    ConfigError,
    DigestbotError,
    NotesError,
    PermanentDeliveryError,
    StoreError,
    TemplateError,
)

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def utc_now() -> datetime:
    return datetime.now(UTC)


class State:
    """Per-invocation context: the config path, loaded lazily (parse needs none)."""

    def __init__(self, config: Path | None):
        self.config_path = resolve_config_path(config, os.environ)
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
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

        from digestbot.delivery import describe_server, open_connection

        if not settings.smtp.host:
            raise ConfigError("smtp.host is empty: messages go to the Maildir outbox "
                              f"{settings.smtp.outbox}", key="smtp.host")

        async def probe() -> None:
            smtp = await open_connection(settings.smtp, sender_host=settings.bot.domain)
            await smtp.quit()

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
