"""CPU time of one parse of 1 MB: the corpus's text notes repeated and generated notes,
best of 3 after a warm-up, in one line (used by bench/compiled.sh to set the compiled and
the Python reader side by side):

    PYTHONPATH=. .venv/bin/python bench/parse_time.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extraction import best_of_3, corpus_megabyte, generated_notes  # noqa: E402
from digestbot.notes import parse_bytes  # noqa: E402


def main() -> None:
    corpus, generated = corpus_megabyte(), generated_notes(1_000_000)
    parse_bytes(corpus[:5000], name="warm-up.txt")
    reader = sys.modules["digestbot.notes.reading"].__file__ or ""
    kind = "Python" if reader.endswith(".py") else "compiled"
    print(f"{kind:>8}: 1 MB corpus repeated {best_of_3(corpus)[1]:.2f} s, "
          f"generated notes {best_of_3(generated)[1]:.2f} s (CPU, best of 3)")


if __name__ == "__main__":
    main()
