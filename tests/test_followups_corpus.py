"""Follow-up matching against the notes corpus: unrelated tasks are never merged."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from digestbot.matching import same_task

CORPUS = Path(__file__).parent / "notes"


def corpus_tasks() -> list[tuple[str, str]]:
    return [(path.name, f["task"]) for path in sorted(CORPUS.glob("*.expected.json"))
            for f in json.loads(path.read_text())["follow_ups"]]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the notes corpus comes with branch notes")
def test_tasks_of_unrelated_meetings_are_almost_never_taken_for_one() -> None:
    """The corpus's meetings are of different groups: any match between them is false.

    Within one list a few of these would be right ("Send the revised budget" and
    "Circulate the revised budget to governors"), so the bound is a rate, not zero.
    """
    tasks = corpus_tasks()
    assert len(tasks) > 100
    pairs = [(a, b) for (fa, a), (fb, b) in itertools.combinations(tasks, 2) if fa != fb]
    merged = [(a, b) for a, b in pairs if same_task(a, b)]
    assert len(merged) <= len(pairs) // 5000, merged
