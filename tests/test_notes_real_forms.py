"""Forms seen in real notes of the tenth evaluation's development sets (REAL-NOTES.md),
written again in our own words: each test fails on the code before the rule."""

from __future__ import annotations

from digestbot.notes import parse_bytes


def _follow_ups(notes: str, name: str = "notes.md") -> list[tuple[tuple[str, ...], str]]:
    session = parse_bytes(notes.encode(), name=name)
    return [(f.owners, f.task) for f in session.follow_ups]


def test_notes_kept_under_agenda_points() -> None:
    notes = ("# Steering log\n\n## Friday 16.10.2020\n#### Agenda Points\n\n"
             "1. Guest intro\n    - Maya\n        - Welcomed by everyone\n"
             "1. Release process\n    - Update the closing template\n"
             "        - Next steps: Omar to check whether another case fits the template\n"
             "    - Link plugin rewrite\n        - Next steps:\n"
             "            - Greta: to attach a link to a working test server\n"
             "1. News\n    - Forum is live\n")
    assert _follow_ups(notes) == [
        (("Omar",), "Check whether another case fits the template"),
        (("Greta",), "Attach a link to a working test server")]


def test_action_items_and_assignments_line_over_a_list() -> None:
    notes = ("Team Meeting Log\nMeeting 1 : Kick-off\n     Date : 21 March 2025\n"
             "     Attendance : S.Dlamini, M.Nkosi, L.Mokoena\n\n"
             "Decisions Made\n\n\u2022\tM. Nkosi \u2013 Project Manager\n\n"
             "Action Items & Assignments\n\n"
             "\u2022\tComplete the vision document \u2013 S.Dlamini\n"
             "\u2022\tWireframe design \u2013 M.Nkosi & L.Mokoena\n")
    assert _follow_ups(notes, "log.md") == [
        (("S.Dlamini",), "Complete the vision document"),
        (("M.Nkosi", "L.Mokoena"), "Wireframe design")]
