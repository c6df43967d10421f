"""Table rows -> follow-ups: Owner / Task / Due / Status columns in any order and wording."""

from __future__ import annotations

import re
from dataclasses import replace

from digestbot.model import FollowUp, Status
from digestbot.notes.clauses import sentence_follow_ups
from digestbot.notes.dates import find_due
from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import NO_OWNER, OWNERS, any_verb, is_verb, split_owners, valid_owners
from digestbot.notes.status import FORTHCOMING
from digestbot.notes.tasks import Context, tidy_task

_COLUMNS = {
    # ("POC": the point of contact; "DRI": the directly responsible individual.)
    "owners": re.compile(r"owner|who|assignee|assigned|responsible|lead|person|people|by whom|"
                         r"volunteer|\bpoc\b|point of contact|^dri$|^resp?\b", re.I),
    # ("AI": the action item.)
    "task": re.compile(r"task|action|item|what|description|to-?do|follow|activity|dut(?:y|ies)|"
                       r"responsibilit|next steps?|^a\.?i\.?s?$", re.I),
    "due": re.compile(r"due|deadline|by when|when|date|target|timeline|timing|time ?frame|eta|"
                      r"by$", re.I),
    "status": re.compile(r"status|done|state|progress|complete", re.I),
}


# "Topic | Notes | Actions: Responsible": minutes kept as a table, the actions written out
# as sentences that name their owners ("Ana to update the wiki").
_ACTIONS_HEADER = lazy_regex(r"^\W*(?:next\s+steps?|actions?|action\s+items?|follow[- ]?ups?)\b",
                             re.I)
_CELL_SENTENCE = lazy_regex(r"(?<=[a-z0-9)])[.;]\s+(?=[A-Z@])")


_TICK = lazy_regex(r"[✅✔✓☑]|\[x\]|:(?:white|heavy)_check_mark:", re.I)


def action_column(rows: list[list[str]]) -> int | None:
    """The column of a minutes table headed "Actions …" when no other column holds owners,
    due dates or statuses."""
    if len(rows) < 2:
        return None
    found = None
    for index, header in enumerate(rows[0]):
        if _ACTIONS_HEADER.match(header):
            found = index if found is None else found
        elif any(_COLUMNS[name].search(header) for name in ("owners", "due", "status")):
            return None
    return found


_RESPONSIBILITY = lazy_regex(r"\W*responsibilit(?:y|ies)\W*", re.I)  # a column's header
_SPAN_CELL = lazy_regex(r"\d{1,2}\s+(?:days?|weeks?|months?)\s*$", re.I)


def table_follow_ups(rows: list[list[str]], ctx: Context) -> list[FollowUp]:
    """Rows of an Owner / Task / Due / Status table (any order, any wording)."""
    while rows and not any(cell.strip() for cell in rows[0]):
        rows = rows[1:]  # a Word table saved as Markdown: an empty header, then the real one
    if len(rows) < 2:
        return []
    actions = action_column(rows)
    if actions is not None:
        return _action_cells([row[actions] for row in rows[1:] if actions < len(row)], ctx)
    columns: dict[str, int] = {}
    for index, header in enumerate(rows[0]):
        for name, pattern in _COLUMNS.items():
            if name not in columns and pattern.search(header.strip()):
                columns[name] = index
                break
    if "task" in columns and "owners" not in columns:
        # "| Task | Responsibility | Deadline |": beside a task column, whose it is.
        owner_at = next((index for index, header in enumerate(rows[0])
                         if index not in columns.values() and _RESPONSIBILITY.fullmatch(header)),
                        None)
        if owner_at is not None:
            columns["owners"] = owner_at
    if "task" in columns and _numbers_only(rows[1:], columns["task"]):
        # "| Item | Description | Res | Status |" over "| 38.01 | Send a message … |": the
        # item's number, then what it is.
        later = [index for index, header in enumerate(rows[0]) if index > columns["task"]
                 and index not in columns.values() and _COLUMNS["task"].search(header)]
        if later:
            columns["task"] = later[0]
    if "task" not in columns or ("owners" not in columns and "due" not in columns
                                 and "status" not in columns):
        return _duty_rows(rows, ctx)

    def cell(row: list[str], name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    found = []
    for row in rows[1:]:
        task = cell(row, "task")
        if not task or _STATUS_ONLY.match(task) or _NO_TASK.fullmatch(task):
            continue  # "Incubation policy | In draft | CT": where it stands, not a task
        state = re.sub(r"^[\W_]+", "", cell(row, "status").lower())
        status: Status = "open"
        if re.match(r"^(done|complete|completed|closed|finished|yes|y|x|✓|✔|resolved)\b", state) \
                or (not state and _TICK.search(cell(row, "status"))):  # "| Done? |" over "| ✅ |"
            status = "done"
        elif FORTHCOMING.search(state):
            status = "forthcoming"
        owned: list[FollowUp] = []
        if _CELL_SENTENCE.search(task):
            owned, task = _owned_sentences(task, ctx)
            owned = [replace(item, status=status) for item in owned]
            if not task:
                found.extend(owned)
                continue
        phrase, due = tidy_task(task, ctx.ref)
        due_text = cell(row, "due")
        if due_text:
            if _SPAN_CELL.match(due_text):
                due_text = f"in {due_text}"  # "| 2 Months |": two months from the meeting
            found_due = find_due(due_text, ctx.ref, field=True)
            due = found_due.date if found_due else due
        who = cell(row, "owners")
        if NO_OWNER.fullmatch(who):
            who = ""  # "| - |", "| TBD |": no one yet
        owners = split_owners(who) if who else ctx.owners
        if not owners and task[:1].isupper():
            # "| Interns to label the western items first | - |": the cell names who.
            named = sentence_follow_ups(task.rstrip(" ."), replace(
                ctx, owners=(), action_section=True, line_item=True))
            if len(named) == 1 and named[0].owners and task.startswith(named[0].owners[0]):
                owners, phrase, due = named[0].owners, named[0].task, due or named[0].due
        taken = {o.lower() for item in owned for o in item.owners}
        owners = tuple(o for o in owners if o.lower() not in taken) or owners
        if len(phrase) >= 3:
            found.append(FollowUp(task=phrase, owners=owners, due=due, status=status))
        found.extend(owned)
    return found


def _numbers_only(rows: list[list[str]], column: int) -> bool:
    """Whether a column holds only numbers ("38.01", "#4"), in most rows."""
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    return bool(cells) and sum(bool(_NUMBER_CELL.fullmatch(c)) for c in cells) * 2 > len(cells)


_NUMBER_CELL = lazy_regex(r"[#\d][\d.\-/]*")
# A task cell that says there is none: "| none | | |", "| n/a |".
_NO_TASK = lazy_regex(r"(?i:none|n/?a|nil|nothing|no\s+actions?(?:\s+items?)?)\W*")
# A cell that only says where the work stands: "In draft", "On hold", "Ongoing".
_STATUS_ONLY = lazy_regex(r"^\W*(?:in\s+(?:draft|progress|review)|drafted|on\s+hold|ongoing|"
                          r"pending|tbd|tba|n/?a|no\s+change|no\s+update)\W*$", re.I)
# "CT: Break this down into …" inside a cell of notes: a sentence that names its owner.
_OWNER_COLON = lazy_regex(rf"^{OWNERS}\s*:\s+(?P<task>[A-Z][a-z]+\b.*)$")


def _owned_sentences(text: str, ctx: Context) -> tuple[list[FollowUp], str]:
    """The sentences of a cell that name their own owner ("Ana agreed to test it", "CT:
    Break this down …") as follow-ups, and the rest of the cell. When a cell of discussion
    spells out its action that way, the discussion around it is not a task too."""
    owned: list[FollowUp] = []
    rest: list[str] = []
    line = replace(ctx, owners=(), action_section=True, line_item=True)
    for sentence in _CELL_SENTENCE.split(text.strip()):
        sentence = sentence.strip().rstrip(" .")
        label = _OWNER_COLON.match(sentence)
        if label and valid_owners(label.group("owners")) and any_verb(
                label.group("task").split()[0].lower()):
            phrase, due = tidy_task(label.group("task"), ctx.ref)
            owned.append(FollowUp(phrase, split_owners(label.group("owners")), due, "open"))
            continue
        items = sentence_follow_ups(sentence, line) if sentence[:1].isupper() else []
        if len(items) == 1 and items[0].owners and sentence.startswith(items[0].owners[0]) \
                and not any_verb(items[0].owners[0].lower()):
            owned.extend(items)  # "Marcin agreed to test the policy"
        else:
            rest.append(sentence)
    if owned and len(rest) >= 2:
        return owned, ""  # a paragraph of discussion around the action it names
    return owned, ". ".join(rest)


def _action_cells(cells: list[str], ctx: Context) -> list[FollowUp]:
    """Each sentence of an actions column read as a line of a list of actions."""
    line = replace(ctx, action_section=True, line_item=True)
    found = []
    for cell in cells:
        for sentence in _CELL_SENTENCE.split(cell.strip()):
            if len(sentence) >= 3:
                found.extend(sentence_follow_ups(sentence.rstrip(" ."), line))
    return found


_NAME_CELL = lazy_regex(r"^@?[\w.'-]{2,30}(?: [A-Z][\w'-]+){0,2}$")
# Duties are cut at commas outside brackets: "clean up X (a, b), appear at Y".
_DUTY_CUT = lazy_regex(r",\s*(?:and\s+)?(?![^()]*\))")


_NAME_HEADER = lazy_regex(r"(?:team\s+)?(?:names?|members?|person|people|who)", re.I)


def _duty_rows(rows: list[list[str]], ctx: Context) -> list[FollowUp]:
    """A table without a header of names against what each will do ("qubodup | clean up the
    wiki pages, appear at office hours"): every row is a name and tasks starting with a verb."""
    if rows and _NAME_HEADER.fullmatch(rows[0][0].strip()) and len(rows) >= 2:
        # "| Name | Unikey | Video Link |" over "| Ana Lee | al12 | Train a model on ISC … |":
        # a header of names, and the one column that says, row by row, what each will do.
        body = rows[1:]
        # (Phrases, not one word: "| Ana | chair |" gives a role.)
        columns = [c for c in range(1, min(len(row) for row in rows)) if all(
            len(row[c].split()) >= 3 and is_verb(row[c].split()[0].lower()) for row in body)]
        rows = [[row[0], row[columns[0]]] for row in body] if len(columns) == 1 else []
    if any(len(row) != 2 for row in rows):
        return []
    found: list[FollowUp] = []
    for name, duties in rows:
        if not _NAME_CELL.match(name) or not valid_owners(name):
            return []
        for at, duty in enumerate(_DUTY_CUT.split(duties.strip(" .;"))):
            first = duty.split()[0].lower() if duty.split() else ""
            # (After a first task, any English verb opens the next: "…, alter the datasets".)
            if not (is_verb(first) or (at and any_verb(first))):
                if found and found[-1].owners == (name,):
                    continue  # "research X and mailing list, …": a word list, not a task
                return []
            phrase, due = tidy_task(duty, ctx.ref)
            found.append(FollowUp(task=phrase, owners=split_owners(name), due=due,
                                  status="open"))
    return found
