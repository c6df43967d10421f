"""Real-looking notes, damaged the way copies get damaged (lines lost, cut short, shuffled,
two files run together), must still be read: `parse` may find less, but an internal error
("cannot extract notes") is a bug. This is a quick guard over our own corpus; the deep run
is `bench/fuzz.py`, which found four such crashes in tens of thousands of damaged real
notes (each now has a regression test in test_notes_readers.py / test_notes_structure.py)."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.fuzz import damage
from digestbot.errors import NotesError
from digestbot.notes import parse_bytes

CORPUS = Path(__file__).parent / "notes"
TEXTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".md", ".txt", ".eml")
               and not p.name.isupper() and p.stem.upper() != p.stem)
DOCUMENTS = [p.read_bytes() for p in TEXTS]


@st.composite
def damaged(draw: st.DrawFn) -> tuple[bytes, str]:
    """One corpus document damaged as `bench/fuzz.py` damages notes, from a drawn seed."""
    document = DOCUMENTS[draw(st.integers(0, len(DOCUMENTS) - 1))]
    data = damage(document, DOCUMENTS, random.Random(draw(st.integers(0, 2**32))))
    return data, draw(st.sampled_from(["notes.md", "notes.txt", "notes.rst", "notes"]))


def test_the_corpus_is_there() -> None:
    assert len(DOCUMENTS) >= 70


@settings(max_examples=400, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged())
def test_damaged_notes_are_read_without_an_internal_error(case: tuple[bytes, str]) -> None:
    data, name = case
    try:
        parse_bytes(data, name=name)
    except NotesError as exc:
        assert "cannot extract notes" not in str(exc), str(exc)


def test_a_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    parse_bytes(b"# Notes\n\n- Ana will send the deck\n", name="ok.md")
    assert gc.isenabled()
    with contextlib.suppress(NotesError):
        parse_bytes(b"PK\x03\x04 not really a docx", name="broken.docx")
    assert gc.isenabled()
    gc.disable()
    try:
        parse_bytes(b"# Notes\n", name="ok.md")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_empty_html_heading_after_a_comment_is_no_internal_error() -> None:
    # Found by fuzzing the HTML reading; the old code failed on it too.
    session = parse_bytes(b"<!-- a\n<script>x\n- item\n--><h2></h2>\n\n- Ana will send it\n",
                          name="notes.md")
    assert [f.task for f in session.follow_ups] == ["Send it"]


def test_a_line_that_is_only_an_empty_box_is_no_internal_error() -> None:
    # Found by bench/fuzz.py: a sentence of nothing but "[ ]" left nothing to read.
    for text in ("[ ]", "- [ ]", "( )", "Notes\n\n[ ]\n"):
        assert parse_bytes(text.encode(), name="notes.md").follow_ups == ()
