"""Fingerprint what `parse` makes of many inputs, to show that a refactor changes nothing.

    python bench/snapshot.py            print one hash per group of inputs, and their total
    python bench/snapshot.py -o DIR     also write each input's JSON into DIR (for diffing
                                        two checkouts' outputs with `diff -r`)

Inputs: every file of the corpus (tests/notes) and the shared example; 400 KB of the corpus
repeated and of generated notes; and every string of three or more words written in the
notes tests, each parsed alone, as an item under "## Actions" and as a checked box, so
the sentence rules meet the wordings the tests were written for in three settings.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("DIGESTBOT_REGEX_CACHE", "")  # compile afresh: no stale cache involved

from bench.extraction import CORPUS, SHARED, corpus_megabyte, generated_notes  # noqa: E402
from digestbot.errors import NotesError  # noqa: E402
from digestbot.notes import parse_bytes  # noqa: E402


def _test_strings() -> list[str]:
    """String constants of three or more words in the notes tests, each once, sorted."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests").glob("test_notes*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and len(node.value.split()) >= 3:
                seen.setdefault(node.value, None)
    return sorted(seen)


def inputs() -> Iterator[tuple[str, str, bytes]]:
    """(group, name, bytes) for every input."""
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".md", ".eml", ".docx", ".html") \
                and path.name not in ("REAL-NOTES.md", "ANNOTATION-BRIEF.md"):
            yield "corpus", path.name, path.read_bytes()
    for path in sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else []:
        yield "corpus", path.name, path.read_bytes()
    yield "large", "corpus-400k.txt", corpus_megabyte(400_000)
    yield "large", "generated-400k.txt", generated_notes(400_000)
    for text in _test_strings():
        # Named by their words, so that a new test adds inputs and renames none.
        name = hashlib.sha256(text.encode()).hexdigest()[:12] + ".md"
        yield "strings", name, text.encode()
        yield "actions", name, f"# Meeting 2024-05-02\n\n## Actions\n\n- {text}\n".encode()
        yield "boxes", name, f"Notes of 2 May 2024\n\n- [x] {text}\n- [ ] {text}\n".encode()


def main() -> None:
    """Print a hash per group and in all; with -o DIR, write each input's JSON there."""
    out = Path(sys.argv[sys.argv.index("-o") + 1]) if "-o" in sys.argv else None
    groups: dict[str, hashlib._Hash] = {}
    total = hashlib.sha256()
    for group, name, data in inputs():
        try:
            result = parse_bytes(data, name=name).to_json()
        except NotesError as exc:
            result = {"error": str(exc)}
        text = json.dumps(result, sort_keys=True, ensure_ascii=False)
        groups.setdefault(group, hashlib.sha256()).update(f"{name}\n{text}\n".encode())
        total.update(f"{group}/{name}\n{text}\n".encode())
        if out:
            (out / group).mkdir(parents=True, exist_ok=True)
            (out / group / f"{name}.json").write_text(text + "\n", encoding="utf-8")
    for group, digest in groups.items():
        print(f"{group:8} {digest.hexdigest()[:16]}")
    print(f"{'all':8} {total.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
