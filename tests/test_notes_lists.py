"""Follow-ups in lists: action sections, checkboxes, owner tags and nested items."""

from __future__ import annotations

from digestbot.notes import parse_bytes


def _items(text: str) -> list[tuple[tuple[str, ...], str, str | None, str]]:
    session = parse_bytes(text.encode(), name="notes.md")
    return [(f.owners, f.task, f.due.isoformat() if f.due else None, f.status)
            for f in session.follow_ups]


def test_a_list_item_wrapped_onto_indented_lines_is_one_item() -> None:
    notes = ("# Garden group, 4 March 2024\n\n## Next steps\n\n"
             "- Order the raised-bed timber from the sawmill, checking the\n"
             "  delivery date fits the planting weekend\n"
             "- Ask the council about a water butt\n")
    assert _items(notes) == [
        ((), "Order the raised-bed timber from the sawmill, checking the delivery date fits "
             "the planting weekend", None, "open"),
        ((), "Ask the council about a water butt", None, "open"),
    ]
