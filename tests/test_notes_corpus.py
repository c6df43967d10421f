"""The hand-written corpus in tests/notes/, scored the way bench/extraction.py scores it."""

from __future__ import annotations

import json

import pytest

from bench.extraction import Scores, corpus_files, score
from bench.selfcheck import problems
from digestbot.notes import parse_bytes, parse_notes, session_to_markdown

# The level reached when the bench was last run (see tests/notes/README.md); a drop fails.
# (Round 25 made the corpus harder: follow-ups fell from 0.997 on 67 documents to 0.989 on 79.
# Round 26's fixes raised the 79 to 0.993; with its six documents the 85 score 0.9889.)
FLOORS = {
    "follow-ups": 0.988,
    "links": 1.0,
    "sections": 1.0,
    "agenda": 1.0,
    "recommendations": 1.0,
}
MATCHED_FLOORS = {"owners": 0.996, "due": 0.996, "status": 1.0}


@pytest.fixture(scope="module")
def scores() -> Scores:
    return score(corpus_files())


def test_corpus_is_big_and_varied() -> None:
    pairs = corpus_files()
    corpus = [p for p, _ in pairs if p.parent.name == "notes"]
    assert len(corpus) >= 12
    assert {p.suffix for p in corpus} >= {".md", ".txt", ".eml", ".docx"}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_field_f1_does_not_drop(scores: Scores, name: str) -> None:
    assert scores.fields[name].f1 >= FLOORS[name], scores.misses


def test_matched_follow_up_details_do_not_drop(scores: Scores) -> None:
    matched = max(scores.matched, 1)
    assert scores.owners_ok / matched >= MATCHED_FLOORS["owners"], scores.misses
    assert scores.due_ok / matched >= MATCHED_FLOORS["due"], scores.misses
    assert scores.status_ok / matched >= MATCHED_FLOORS["status"], scores.misses


def test_dates_of_every_document(scores: Scores) -> None:
    assert scores.date_ok == scores.documents, scores.misses


@pytest.mark.parametrize("pair", corpus_files(), ids=lambda p: p[0].name)
def test_markdown_round_trip(pair: tuple) -> None:
    notes, _ = pair
    session = parse_notes(notes)
    markdown = session_to_markdown(session)
    again = parse_bytes(markdown.encode(), name="corrected.md")
    assert again.to_json() == session.to_json()
    assert again.event_name == session.event_name


@pytest.mark.parametrize("pair", corpus_files(), ids=lambda p: p[0].name)
def test_no_markup_is_left_in_what_parse_reads(pair: tuple) -> None:
    # bench/selfcheck.py: titles, sections, tasks, owners and link labels are plain words.
    assert problems(pair[0]) == []


@pytest.mark.parametrize("pair", corpus_files(), ids=lambda p: p[0].name)
def test_json_is_serialisable(pair: tuple) -> None:
    notes, _ = pair
    json.dumps(parse_notes(notes).to_json())


def test_by_the_next_meeting_takes_the_next_meeting_date() -> None:
    notes = (b"Finance\n\nAna will reconcile the accounts before the next meeting.\n\n"
             b"Next meeting: 22 January 2025\n")
    session = parse_bytes(notes, name="2024-12-11-finance.txt")
    assert [(f.task, str(f.due)) for f in session.follow_ups] == [
        ("Reconcile the accounts", "2025-01-22")]
