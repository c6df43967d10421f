"""Time `parse` on inputs of pathological shape (one 5 MB line, a million list items, huge
tables), to catch work that grows faster than the input: `python bench/worst_case.py`.

Prints, for each shape, its size, the wall time of one parse, what was found, and the
growth from half the size to the full size (about 2.0 is linear; 4.0 is quadratic).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from digestbot.errors import NotesError  # noqa: E402
from digestbot.notes import parse_bytes  # noqa: E402

_WORDS = ["Ana", "will", "send", "the", "report", "to", "Ben", "by", "Friday", "and", "the",
          "group", "agreed", "to", "meet", "next", "week", "ACTION:", "review", "http://x.org/a"]


def _words(size: int) -> bytes:
    rng = random.Random(1)
    out, total = [], 0
    while total < size:
        word = rng.choice(_WORDS)
        out.append(word)
        total += len(word) + 1
    return " ".join(out).encode()[:size]


SHAPES: dict[str, Callable[[int], bytes]] = {
    "one line of words": _words,
    "one line of one letter": lambda size: b"x" * size,
    "one line of punctuation": lambda size: (b".,;:!? " * (size // 7 + 1))[:size],
    "owned clauses, no stops": lambda size: b", ".join(
        b"Ana will send report %d to the board" % n for n in range(size // 38)),
    "short list items": lambda size: b"- a\n" * (size // 4),
    "indented list items": lambda size: b"".join(
        b" " * (n % 60) + b"- item %d\n" % n for n in range(size // 40)),
    "headings": lambda size: b"".join(b"# Heading %d\n" % n for n in range(size // 15)),
    "action table rows": lambda size: b"| Owner | Task | Due |\n|---|---|---|\n" + b"".join(
        b"| Ana | Send report %d | 2024-05-0%d |\n" % (n, n % 9 + 1) for n in range(size // 38)),
    "bare URLs": lambda size: b" ".join(b"https://example.org/%d" % n for n in range(size // 25)),
    "open brackets": lambda size: (b"([{" * (size // 3 + 1))[:size],
    "emphasis marks": lambda size: b"*_" * (size // 2),
}


def _parse_time(data: bytes) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        session = parse_bytes(data, name="worst.txt")
        found = f"{len(session.follow_ups)} follow-ups"
    except NotesError as exc:
        found = f"error: {exc}"[:60]
    return time.perf_counter() - start, found


def main() -> None:
    """Print the table: shape, size, time, growth from half the size, what was found."""
    size = int(float(sys.argv[1]) * 1e6) if len(sys.argv) > 1 else 1_000_000
    print(f"{'shape':26} {'MB':>5} {'seconds':>8} {'growth':>7}  found")
    for name, make in SHAPES.items():
        big = size * 5 if name.startswith("one line") else size
        half_time, _ = _parse_time(make(big // 2))
        data = make(big)
        seconds, found = _parse_time(data)
        growth = seconds / half_time if half_time > 0.01 else float("nan")
        print(f"{name:26} {len(data) / 1e6:5.1f} {seconds:8.2f} {growth:7.1f}  {found}",
              flush=True)


if __name__ == "__main__":
    main()
