"""Check what `parse` makes of any notes, with no expected JSON: does it round-trip, and is
any markup left in what it reads?

    python bench/selfcheck.py DIR_OR_FILE…

For each notes file: `parse --markdown` read back must give the same JSON, no title,
section, owner, task or link label may keep Markdown, HTML or pandoc markup ("**", "](",
"<a", "{#", "\\-"), a line break or a run of spaces, and no task may end on a word that
needs another after it ("punt to"). It prints every problem and a count;
use it on notes of your own, which need no annotation for it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from digestbot.errors import NotesError  # noqa: E402
from digestbot.notes import parse_bytes, session_to_markdown  # noqa: E402
from digestbot.notes.inline import MD_PUNCT  # noqa: E402

# Markup that should never reach the output; "\u2026" is not checked (it is written as is).
LEFTOVER = re.compile(rf"\\{MD_PUNCT}|\*\*|__|`|\]\(|<(?:a|span|div|br)\b|\{{[#.][\w-]|"
                      r"&(?:amp|lt|gt|nbsp|quot);|\n|\s{2,}")
# A task does not end on a word that needs another after it ("punt to").
DANGLING = re.compile(r"\s(?:to|and|or|the|a|an|of|with|from|into)$")  # ("studio A" is a name)
_SKIP = (".json", ".bin", ".png", ".jpg", ".pdf")


def problems(path: Path) -> list[str]:
    """What is wrong with the parse of one notes file."""
    try:
        session = parse_bytes(path.read_bytes(), name=str(path))
    except NotesError as exc:
        return [f"cannot parse: {exc}"]
    got = _comparable(session.to_json())
    again = _comparable(parse_bytes(session_to_markdown(session).encode(),
                                    name=f"{path.stem}.md").to_json())
    found = [f"round trip changes {key}" for key in got if got[key] != again.get(key)]
    texts: list[tuple[str, str]] = [("title", got.get("title") or "")]
    texts += [("section", s["title"]) for s in got["sections"]]
    texts += [("link label", link["label"]) for link in got["links"]]
    for item in got["follow_ups"]:
        texts.append(("task", item["task"]))
        texts += [("owner", owner) for owner in item["owners"]]
    found += [f"{kind} keeps markup: {text[:80]!r}" for kind, text in texts
              if text and LEFTOVER.search(text)]
    found += [f"task ends on {item['task'].rpartition(' ')[2]!r}: {item['task'][:80]!r}"
              for item in got["follow_ups"] if DANGLING.search(item["task"])]
    return found


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("fingerprint", "source")}


def notes_files(args: list[str]) -> list[Path]:
    """The notes files named, or found in the folders named."""
    files: list[Path] = []
    for arg in args:
        path = Path(arg)
        found = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        files += [p for p in found if not p.name.endswith(_SKIP) and p.name[:1] != "."
                  and p.suffix.lower() not in (".py",) and p.name not in (
                      "SOURCES.md", "NOTES.md", "README.md", "REAL-NOTES.md",
                      "ANNOTATION-BRIEF.md")]
    return files


def main() -> None:
    """Check every notes file named."""
    if len(sys.argv) < 2:
        sys.exit("usage: python bench/selfcheck.py DIR_OR_FILE…")
    files = notes_files(sys.argv[1:])
    bad = 0
    for path in files:
        found = problems(path)
        bad += bool(found)
        for problem in found:
            print(f"{path}: {problem}")
    print(f"{len(files)} notes files checked, {bad} with problems")


if __name__ == "__main__":
    main()
