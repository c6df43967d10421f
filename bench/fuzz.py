"""Damage notes the way copies get damaged and parse them, for as long as you like:
`python bench/fuzz.py [SECONDS] [SEED] [DIR…]` (default 60 s, seed 1, the corpus in
tests/notes/). Lines are dropped, cut short or shuffled, or another file's tail is run on.
Prints how many damaged files were parsed and each kind of internal error ("cannot extract
notes"), with the traceback's last frames; each first example is saved as
/tmp/digestbot-fuzz-SEED-N.bin to reproduce it. A clean run prints "0 kinds of crash"."""

from __future__ import annotations

import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from digestbot.errors import NotesError  # noqa: E402
from digestbot.notes import parse_bytes  # noqa: E402

TEXT = (".md", ".txt", ".eml", ".rst", "")


def damage(data: bytes, others: list[bytes], rng: random.Random) -> bytes:
    """One damaged copy of `data`."""
    lines = data.split(b"\n")
    how = rng.random()
    if how < 0.3:
        lines = [line for line in lines if rng.random() > 0.2]
    elif how < 0.6:
        lines = [line[:rng.randint(0, len(line))] if rng.random() < 0.3 else line
                 for line in lines]
    elif how < 0.8:
        at = rng.randint(0, max(0, len(lines) - 5))
        window = lines[at:at + 5]
        rng.shuffle(window)
        lines[at:at + 5] = window
    else:
        other = rng.choice(others).split(b"\n")
        at = rng.randint(0, len(lines))
        lines = lines[:at] + other[rng.randint(0, len(other)):]
    return b"\n".join(lines)


def main() -> None:
    """Fuzz for the given time and report each kind of internal error once."""
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    folders = [Path(a) for a in sys.argv[3:]] or [ROOT / "tests" / "notes"]
    files = [p for folder in folders for p in sorted(folder.rglob("*"))
             if p.is_file() and p.suffix in TEXT and not p.name.endswith(".json")
             and p.stem.upper() != p.stem]
    documents = [p.read_bytes() for p in files]
    if not documents:
        sys.exit("no notes to fuzz")
    rng = random.Random(seed)
    crashes: dict[str, bytes] = {}
    parsed = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        data = damage(rng.choice(documents), documents, rng)
        name = rng.choice(["notes.md", "notes.txt", "notes.rst", "notes"])
        try:
            parse_bytes(data, name=name)
        except NotesError as exc:
            if "cannot extract notes" not in str(exc):
                continue
            kind = str(exc).split("(", 1)[1][:100]
            if kind not in crashes:
                crashes[kind] = data
                saved = Path(f"/tmp/digestbot-fuzz-{seed}-{len(crashes)}.bin")
                saved.write_bytes(data)
                print(f"crash as {name}: {kind} (saved {saved})")
                traceback.print_tb(exc.__cause__.__traceback__ if exc.__cause__ else None,
                                   limit=-2)
        parsed += 1
    print(f"{parsed} damaged files from {len(documents)} notes in {seconds:.0f} s; "
          f"{len(crashes)} kinds of crash")


if __name__ == "__main__":
    main()
