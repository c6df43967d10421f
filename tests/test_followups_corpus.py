"""Follow-up matching against the notes corpus: unrelated tasks are never merged."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from digestbot.store import same_task

CORPUS = Path(__file__).parent / "notes"


def corpus_tasks() -> list[tuple[str, str]]:
    return [(path.name, f["task"]) for path in sorted(CORPUS.glob("*.expected.json"))
            for f in json.loads(path.read_text())["follow_ups"]]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the notes corpus comes with branch notes")
def test_no_two_tasks_of_different_meetings_are_taken_for_one() -> None:
    tasks = corpus_tasks()
    assert len(tasks) > 100
    merged = [(a, b) for (fa, a), (fb, b) in itertools.combinations(tasks, 2)
              if fa != fb and same_task(a, b)]
    assert merged == []
