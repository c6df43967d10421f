"""Parse 200 KB of notes K times after a warm-up, for counting instructions (clock times
on a shared machine can vary by 40% between runs; instruction counts do not):

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/parse_cost.py corpus 1
    ... the same with 2; the difference of the two "Collected" totals is one parse.

WHICH is `corpus` (the corpus's text notes repeated) or `generated` (action-dense notes).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extraction import corpus_megabyte, generated_notes  # noqa: E402
from digestbot.notes import parse_bytes  # noqa: E402


def main() -> None:
    """Warm up (imports, lazy tables, compiled patterns), then parse K times."""
    which = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    times = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    data = corpus_megabyte(200_000) if which == "corpus" else generated_notes(200_000)
    parse_bytes(data[:5000], name="warm-up.txt")
    for _ in range(times):
        parse_bytes(data, name="notes.txt")


if __name__ == "__main__":
    main()
