"""Score `parse` against the hand-written corpus in tests/notes/ and time a 1 MB file.

Run from the repo root: `python bench/extraction.py`, or `python bench/extraction.py DIR…`
to score a set of your own notes (each `NAME.ext` beside a `NAME.expected.json`).
Follow-ups are matched on task wording (content-word overlap), then owners, due dates and
statuses are checked on the matched pairs. Links, sections, agenda and recommendations are
compared as sets.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from digestbot.model import Session  # noqa: E402
from digestbot.notes import parse_bytes, parse_notes  # noqa: E402
from digestbot.notes.dedupe import similarity  # noqa: E402

CORPUS = ROOT / "tests" / "notes"
SHARED = ROOT.parent / "shared" / "examples"
MATCH_AT = 0.5


@dataclass
class Counts:
    """True positives, predictions and expectations for one field."""

    tp: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that were right."""
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of expectations that were found."""
        return self.tp / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Everything the bench reports."""

    fields: dict[str, Counts] = field(default_factory=dict)
    matched: int = 0
    owners_ok: int = 0
    due_ok: int = 0
    status_ok: int = 0
    title_ok: int = 0
    date_ok: int = 0
    documents: int = 0
    misses: list[str] = field(default_factory=list)

    def counts(self, name: str) -> Counts:
        """The counts for a field, created on first use."""
        return self.fields.setdefault(name, Counts())


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _owners(owners: list[str]) -> set[str]:
    return {re.sub(r"^the\s+", "", o.lower().lstrip("@").strip()) for o in owners}


def _set_field(scores: Scores, name: str, got: list[str], want: list[str]) -> None:
    counts = scores.counts(name)
    got_keys, want_keys = [_key(g) for g in got], [_key(w) for w in want]
    counts.predicted += len(got_keys)
    counts.expected += len(want_keys)
    remaining = list(want_keys)
    for key in got_keys:
        if key in remaining:
            remaining.remove(key)
            counts.tp += 1


def _follow_ups(scores: Scores, name: str, got: list[dict[str, Any]],
                want: list[dict[str, Any]]) -> None:
    counts = scores.counts("follow-ups")
    counts.predicted += len(got)
    counts.expected += len(want)
    pairs = sorted(((similarity(g["task"], w["task"]), i, j) for i, g in enumerate(got)
                    for j, w in enumerate(want)), reverse=True)
    used_got: set[int] = set()
    used_want: set[int] = set()
    for sim, i, j in pairs:
        if sim < MATCH_AT or i in used_got or j in used_want:
            continue
        used_got.add(i)
        used_want.add(j)
        g, w = got[i], want[j]
        counts.tp += 1
        scores.matched += 1
        scores.owners_ok += _owners(g["owners"]) == _owners(w["owners"])
        scores.due_ok += g["due"] == w["due"]
        scores.status_ok += g["status"] == w["status"]
        for key in ("owners", "due", "status"):
            same = (_owners(g[key]) == _owners(w[key])) if key == "owners" else g[key] == w[key]
            if not same:
                scores.misses.append(f"{name}: {key} of {w['task']!r}: got {g[key]!r}, "
                                     f"want {w[key]!r}")
    for i, g in enumerate(got):
        if i not in used_got:
            scores.misses.append(f"{name}: extra follow-up {g['task']!r} {g['owners']}")
    for j, w in enumerate(want):
        if j not in used_want:
            scores.misses.append(f"{name}: missed follow-up {w['task']!r} {w['owners']}")


def folder_files(folders: list[Path]) -> list[tuple[Path, Path]]:
    """(notes file, expected JSON) pairs in folders: the corpus, or a set of your own notes."""
    pairs = []
    for folder in folders:
        for expected in sorted(folder.glob("*.expected.json")):
            stem = expected.name[: -len(".expected.json")]
            notes = sorted(p for p in folder.glob(stem + ".*")
                           if not p.name.endswith(".json") and p.suffix != ".py")
            if notes:
                pairs.append((notes[0], expected))
    return pairs


def corpus_files() -> list[tuple[Path, Path]]:
    """(notes file, expected JSON) pairs: the corpus, plus the shared example if present."""
    pairs = folder_files([CORPUS])
    for expected in sorted(SHARED.glob("*.expected.json")) if SHARED.is_dir() else []:
        shared = expected.with_name(expected.name[: -len(".expected.json")] + ".txt")
        if shared.exists():
            pairs.append((shared, expected))
    return pairs


def score(pairs: list[tuple[Path, Path]]) -> Scores:
    """Parse each notes file and compare it with its expected JSON."""
    scores = Scores()
    for notes, expected_path in pairs:
        want = json.loads(expected_path.read_text(encoding="utf-8"))
        got = parse_notes(notes).to_json()
        got = {**got, "links": [li["url"] for li in got["links"]],
               "sections": [s["title"] for s in got["sections"]]}
        compare(scores, notes.name, got, want)
    return scores


def compare(scores: Scores, name: str, got: dict[str, Any], want: dict[str, Any]) -> None:
    """Add one document's comparison to `scores`: `got` and `want` both in the expected-JSON
    shape (links and sections as plain strings)."""
    scores.documents += 1
    _follow_ups(scores, name, got.get("follow_ups", []), want.get("follow_ups", []))
    for key in ("links", "sections", "agenda", "recommendations"):
        _set_field(scores, key, got.get(key, []), want.get(key, []))
    title_ok = (got.get("title") is None and want.get("title") is None) or (
        got.get("title") is not None and want.get("title") is not None
        and similarity(got["title"], want["title"]) >= 0.5)
    scores.title_ok += title_ok
    scores.date_ok += got.get("date") == want.get("date")
    if got.get("date") != want.get("date"):
        scores.misses.append(f"{name}: date {got.get('date')} != {want.get('date')}")
    for key in ("links", "sections"):
        got_keys = {_key(x) for x in got.get(key, [])}
        for item in want.get(key, []):
            if _key(item) not in got_keys:
                scores.misses.append(f"{name}: missed {key[:-1]} {item!r}")


def report(scores: Scores, where: str) -> None:
    """Print the per-field table, the figures on matched follow-ups and every miss."""
    print(f"corpus: {scores.documents} documents ({where})")
    print(f"{'field':<16} {'P':>6} {'R':>6} {'F1':>6} {'found':>6} {'want':>6}")
    for name, c in scores.fields.items():
        print(f"{name:<16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
              f"{c.predicted:6d} {c.expected:6d}")
    m = max(scores.matched, 1)
    print(f"on {scores.matched} matched follow-ups: owners {scores.owners_ok / m:.3f}  "
          f"due {scores.due_ok / m:.3f}  status {scores.status_ok / m:.3f}")
    d = max(scores.documents, 1)
    print(f"per document: title {scores.title_ok / d:.3f}  date {scores.date_ok / d:.3f}")
    for miss in scores.misses:
        print("  -", miss)


def generated_notes(size: int = 1_000_000) -> bytes:
    """Realistic notes of about `size` bytes (two actions per topic), for timing."""
    chunks = ["Weekly coordination meeting\nDate: 3 June 2024\nPresent: Ana, Ben, Chloe\n"]
    total = len(chunks[0])
    n = 0
    while total < size:
        n += 1
        chunk = (
            f"\nTopic {n} review\n"
            f"The group discussed item {n} at length, see https://example.org/items/{n}. "
            "Several concerns were raised about budget and timing, and it was noted that "
            "the previous plan needs to be revisited. One participant emphasised the "
            "importance of involving members early; others pointed out that the timeline "
            "is tight and that the funder's reporting rules have changed since last year. "
            "There was broad support for a phased approach.\n"
            f"\tKey points raised: budget for item {n}, timing, staffing, reporting rules.\n"
            f"Ana will send the revised plan for item {n} to the list by Friday.\n"
            f"• Ben to book a room for the item {n} workshop next week\n"
        )
        chunks.append(chunk)
        total += len(chunk)
    return "".join(chunks).encode()


def corpus_megabyte(size: int = 1_000_000) -> bytes:
    """The corpus's text notes (and the shared example) repeated to about `size` bytes."""
    texts = [p.read_bytes() for p, _ in corpus_files() if p.suffix in (".txt", ".md")]
    out = bytearray()
    while texts and len(out) < size:
        for text in texts:
            out += text.replace(b"\r\n", b"\n").lstrip(b"\xef\xbb\xbf") + b"\n\n"
    return bytes(out[:size])


def best_of_3(data: bytes) -> tuple[float, float, Session]:
    """The least wall and CPU time of three parses of `data`, and what the parse found."""
    times, cpu = [], []
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        session = parse_bytes(data, name="generated.txt")
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times), min(cpu), session


def _timed(data: bytes, label: str) -> None:
    wall, cpu, session = best_of_3(data)
    print(f"parse {len(data) / 1e6:.2f} MB {label}: best of 3 {wall:.3f} s wall, "
          f"{cpu:.3f} s CPU ({len(session.follow_ups)} follow-ups, "
          f"{len(session.sections)} sections)")


def _cli_timed(data: bytes, label: str) -> None:
    """`digestbot parse FILE --json` in a fresh process, as a user runs it: start-up and the
    patterns' compiling included, first with an empty pattern cache, then with it filled."""
    with tempfile.TemporaryDirectory() as folder:
        notes = Path(folder) / "notes.txt"
        notes.write_bytes(data)
        env = {**os.environ, "DIGESTBOT_REGEX_CACHE": str(Path(folder) / "cache"),
               "PYTHONPATH": str(ROOT)}
        times = []
        for _ in range(4):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "digestbot", "parse", str(notes), "--json"],
                           env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    print(f"digestbot parse, {len(data) / 1e6:.2f} MB {label}: {times[0]:.3f} s wall with an "
          f"empty pattern cache, best of 3 after it {min(times[1:]):.3f} s")


def main() -> None:
    """Print the per-field table and the 1 MB timing; with folders as arguments, score the
    notes in them (each `NAME.ext` beside its `NAME.expected.json`) instead of the corpus."""
    folders = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    pairs = folder_files(folders) if folders else corpus_files()
    scores = score(pairs)
    where = ", ".join(str(f) for f in folders) if folders else (
        f"{CORPUS.relative_to(ROOT)}{' + shared example' if SHARED.is_dir() else ''}")
    report(scores, where)
    if folders:
        return
    _timed(generated_notes(), "generated notes")
    corpus = corpus_megabyte()
    _timed(corpus, "of the corpus repeated")
    example = SHARED / "igc-pre-event-2020-11-03.txt"
    if example.exists():
        text = example.read_bytes()
        megabyte = (text * (1_000_000 // len(text) + 1))[:1_000_000]
        _timed(megabyte, "of the IGC example repeated")
        _cli_timed(megabyte, "of the IGC example repeated")
        _cli_timed(text, "(the IGC example)")
    _cli_timed(corpus, "of the corpus repeated")


if __name__ == "__main__":
    main()
