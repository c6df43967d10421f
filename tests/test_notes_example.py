"""The IGC example from ../shared/examples, compared with what a careful reader gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digestbot.notes import parse_notes
from digestbot.notes.dedupe import similarity

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "examples"
NOTES = EXAMPLES / "igc-pre-event-2020-11-03.txt"

pytestmark = pytest.mark.skipif(not NOTES.exists(), reason="../shared/examples is absent")


@pytest.fixture(scope="module")
def parsed() -> dict:
    return parse_notes(NOTES).to_json()


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads(NOTES.with_name(NOTES.stem + ".expected.json").read_text())


def test_header_fields(parsed: dict) -> None:
    assert parsed["title"] is None
    assert parsed["date"] == "2020-11-03"
    assert parsed["attendance"] == "c. 40 people"


def test_event_name_names_the_meeting() -> None:
    assert parse_notes(NOTES).event_name == "IGC pre-event"


def test_sections_and_levels(parsed: dict, expected: dict) -> None:
    assert [s["title"] for s in parsed["sections"]] == expected["sections"]
    levels = {s["title"]: s["level"] for s in parsed["sections"]}
    assert levels["Summary of discussions"] == 1
    assert levels["Wrap up and next steps"] == 1
    for topic in expected["agenda"][1:4]:
        assert levels[topic] == 2


def test_agenda_recommendations_links(parsed: dict, expected: dict) -> None:
    assert parsed["agenda"] == expected["agenda"]
    assert parsed["recommendations"] == expected["recommendations"]
    assert [li["url"] for li in parsed["links"]] == expected["links"]
    assert "Sherly Haristya" in parsed["links"][0]["label"]


def test_key_points_are_split(parsed: dict) -> None:
    by_title = {s["title"]: s for s in parsed["sections"]}
    defining = by_title["Defining the public interest internet: What is the public interest "
                        "internet?"]["key_points"]
    assert "Openness at all layers of the internet" in defining
    assert "Internet as a public good" in defining
    advocacy = by_title["Advocacy approach + opportunities"]["key_points"]
    assert "IGF is an important forum and strengthening it would be helpful" in advocacy
    assert any("accountability mechanisms" in p for p in advocacy)
    assert by_title["Defining the public interest internet: What is the public interest "
                    "internet?"]["summary"].startswith("To begin with")


def test_follow_ups_match_the_careful_reader(parsed: dict, expected: dict) -> None:
    got = parsed["follow_ups"]
    assert len(got) == len(expected["follow_ups"])
    for want in expected["follow_ups"]:
        best = max(got, key=lambda g: similarity(g["task"], want["task"]))
        assert similarity(best["task"], want["task"]) >= 0.5, want["task"]
        assert best["owners"] == want["owners"], want["task"]
        assert best["status"] == want["status"], want["task"]
        assert best["due"] == want["due"], want["task"]
