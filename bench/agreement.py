"""How far two people annotating the same notes agree: the ceiling for `parse`.

`python bench/agreement.py FIRST SECOND` compares every `NAME.expected.json` in FIRST with
`NAME.json` in SECOND (the second annotator's reading of the same notes), scored exactly as
`bench/extraction.py` scores `parse`: the second annotator stands where `parse` would.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extraction import Scores, compare, report  # noqa: E402


def main() -> None:
    """Score the second folder's readings against the first's."""
    if len(sys.argv) != 3:
        sys.exit("usage: python bench/agreement.py FIRST_DIR SECOND_DIR")
    first, second = Path(sys.argv[1]), Path(sys.argv[2])
    scores = Scores()
    for expected in sorted(first.glob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        other = second / f"{stem}.json"
        if not other.exists():
            print(f"  (no second reading of {stem})")
            continue
        compare(scores, stem, json.loads(other.read_text(encoding="utf-8")),
                json.loads(expected.read_text(encoding="utf-8")))
    report(scores, f"{second} read against {first}")


if __name__ == "__main__":
    main()
