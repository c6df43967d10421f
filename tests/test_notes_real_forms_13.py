"""Forms seen in real notes of the thirteenth evaluation's development sets (REAL-NOTES.md),
written again in our own words: each test fails on the code before the rule (9c0311b)."""

from __future__ import annotations

from datetime import date

from tests.parsed import follow_ups as _items
from tests.parsed import parsed as _session


def test_agreeing_to_do_what_someone_proposed() -> None:
    notes = ("# Steering call, 9 July 2019\n\n## Conference\n\n"
             "Mira proposed to run a workshop at the spring conference on the new API. "
             "Tomas agreed to do that, though he will join remotely.\n\n"
             "## Website\n\nIt was suggested that we redesign the landing page. "
             "Ines agreed to take it on.\n\n"
             "## Budget\n\nTomas said it was a good idea. Ines agreed to do that.\n")
    assert _items(notes) == [
        (("Tomas",), "Run a workshop at the spring conference on the new API", None, "open"),
        (("Ines",), "Redesign the landing page", None, "open"),
        (("Ines",), "Do that", None, "open")]  # (nothing proposed: nothing to point at)


def test_them_points_at_the_heading_topic() -> None:
    notes = ("# Maintainers, 2 May 2024\n\n## Notes\n\n### Cache eviction patches\n\n"
             "The patches from the hackathon are still waiting. Priya will review them "
             "again soon.\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("Priya",), "Review them again soon (Cache eviction patches)")]


def test_a_decision_after_an_opening_clause_still_gives_the_work() -> None:
    notes = ("# Residents' association, 4 March 2025\n\n## Parking\n\n"
             "Instead of voting tonight, it was agreed to write to the council first.\n\n"
             "Instead of voting tonight, it was agreed to use the old form.\n")
    assert _items(notes) == [((), "Write to the council first", None, "open")]


def test_a_list_line_sharing_out_the_parts_of_a_report() -> None:
    notes = ("# Lab group\n\n## 2017.09.15\n\n"
             "1. We discussed how to split the write-up\n"
             "2. Noor: Signal Filtering, Ada, Ben, Cy: Motor Control, Dev: Final Summary\n"
             "3. Votes - Ana: yes, Ben: no\n"
             "4. Time: 10:30, Place: Room B\n"
             "5. Chair: Ana Lopez, Minutes: Ben Ray\n"
             "6. Secretary: Carl Dunn, Treasurer: Dee Fox\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("Noor",), "Signal Filtering"), (("Ada", "Ben", "Cy"), "Motor Control"),
        (("Dev",), "Final Summary")]


def test_appointed_to_attend_to_something() -> None:
    notes = ("# Board of management, 23 September 1890\n\n## Committees\n\n"
             "Miss Hale was appointed to attend to the badges and the club paper.\n\n"
             "Mrs. Orr was appointed Committee of 1 to attend to the printing.\n\n"
             "Mrs. Lee was elected treasurer. Mrs. Day was appointed to the board.\n\n"
             "The board appointed Mrs. Fay to chair the spring meeting.\n")
    assert _items(notes) == [
        (("Miss Hale",), "Attend to the badges and the club paper", None, "open"),
        (("Mrs. Orr",), "Attend to the printing", None, "open")]


def test_next_step_in_the_singular_heads_a_list_of_actions() -> None:
    notes = ("# Kernel group log\n\n## 23-07-20 (scribe: Rui)\n\n### Where we are\n"
             "- Benchmarks run on both VMs\n\n### Next step\n"
             "- Port LRU cache into current kernel extension\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        ((), "Port LRU cache into current kernel extension")]


def test_a_wiki_topic_written_as_a_bold_list_item_is_a_heading() -> None:
    notes = ("* **Time**: 18:30 on 2017-07-19\n* **Agenda**\n    * releases\n    * visibility\n"
             "\n* **Summary**\n  * Attending:\n    * Ana Ruiz\n  * Discussion\n\n"
             "* **Action Items**\n  * Ana to draft the sponsorship RFC\n"
             "* **Not a heading**\n")
    session = _session(notes)
    assert [s.title for s in session.sections] == ["Agenda", "Summary", "Action Items"]
    assert session.agenda == ("releases", "visibility")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("Ana",), "Draft the sponsorship RFC")]


def test_an_action_line_with_its_fields_in_bracketed_tags() -> None:
    notes = ("# Week 13\n\n## Onboarding workgroup, 28 March 2024\n\n### Action items\n\n"
             "- [action] Duke to present our updates at the town hall [assignee] duke peter "
             "[due] 26 March 2024 [status] done\n"
             "- [action] Sue and Tess to gather the Q1 statistics  [assignee] Sucren, "
             "LadyTempestt [due] 4 April 2024 [status] todo\n")
    assert _items(notes) == [
        (("duke peter",), "Present our updates at the town hall", date(2024, 3, 26), "done"),
        (("Sucren", "LadyTempestt"), "Gather the Q1 statistics", date(2024, 4, 4), "open")]


def test_a_plural_thing_the_notes_also_write_in_lower_case_is_no_owner() -> None:
    notes = ("# Ontology call, 10 June 2011\n\n## Discussion\n\n"
             "- Classes could carry annotations that point at other vocabularies.\n\n"
             "**Action**: Annotations will go into the core ontology file\n\n"
             "**Action**: Charles will review the class list\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        ((), "Go into the core ontology file"), (("Charles",), "Review the class list")]


def test_upcoming_goals_with_a_name_that_needs_to_do_something() -> None:
    notes = ("# Code team\n\n### Update 2019/03/22\n\n#### Upcoming goals:\n"
             "  - Jamal needs to define the optimiser's variable interface.\n"
             "  - Website needs to load faster\n"
             "  - upgrade the solver branch to version 2.0\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("Jamal",), "Define the optimiser's variable interface"),
        ((), "Upgrade the solver branch to version 2.0")]


def test_action_points_achieved_since_last_meeting_are_done() -> None:
    notes = ("# Supervision log\n\n## Meeting 25\n\n### Meeting Date: 18/10/18\n\n"
             "### Action points for next meeting:\n* draft the presentation\n\n"
             "### Action points achieved since last meeting:\n* wrote most of the report\n\n"
             "### Action points yet to be achieved since last meeting:\n"
             "* finish the conclusion\n")
    assert [(t, s) for _, t, _, s in _items(notes)] == [
        ("Draft the presentation", "open"), ("Wrote most of the report", "done"),
        ("Finish the conclusion", "open")]


def test_the_date_in_a_front_matter_title_and_an_old_iso_date() -> None:
    old = _session("---\ntitle: 1890-09-23 Board of Management Minutes\nlayout: page\n---\n\n"
                   "## Board of Management Meeting September 23rd\n\nPresent 8 members.\n")
    recent = _session("---\ntitle: 2019-05-14 Steering committee\n---\n\n"
                      "## Steering committee\n\nNext meeting on 2019-06-11.\n")
    assert (old.date, recent.date) == (date(1890, 9, 23), date(2019, 5, 14))


def test_a_line_of_its_own_saying_lets_do_something() -> None:
    notes = ("# Team notes\n\n## 11/14/2024\n\n- Let's send the sponsors the invitations by "
             "Friday.\n- Let's meet again next week.\n\nLet's discuss the fees next time.\n")
    assert _items(notes) == [
        ((), "Send the sponsors the invitations", date(2024, 11, 15), "open")]


def test_an_items_code_is_no_owner_and_next_moves_are_actions() -> None:
    notes = ("# Paper sync, 19 July 2026\n\n## 7. Immediate next moves (this week)\n\n"
             "1. **A2:** regenerate the summary table from the new checkpoint.\n"
             "2. **WP3-1:** start the provenance file now.\n3. **Ana:** book the room.\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        ((), "Regenerate the summary table from the new checkpoint"),
        ((), "Start the provenance file now"), (("Ana",), "Book the room")]


def test_what_someone_else_did_after_with_is_not_the_task() -> None:
    notes = ("# Group minutes, 28 April 2022\n\n## Website\n\n"
             "BM, KC and TG agreed to discuss the website further, with MM also expressing "
             "an interest.\n")
    assert _items(notes) == [(("BM", "KC", "TG"), "Discuss the website further", None, "open")]


def test_chat_handles_with_their_number_and_a_quoted_task() -> None:
    notes = ("# 2018-11-28\n\nSummary for today's meeting\n\n"
             "* [ ]  @qmx#4460  needs to: \"set up the test harness as a submodule\"\n"
             "* [x]  @Centril#2862  will work on improving the PR's style.\n"
             "* [ ]  @eddyb needs to do the pending work on the parser side;\n")
    assert _items(notes) == [
        (("qmx#4460",), "Set up the test harness as a submodule", None, "open"),
        (("Centril#2862",), "Work on improving the PR's style", None, "done"),
        (("eddyb",), "Do the pending work on the parser side", None, "open")]


def test_a_handle_then_the_work_it_takes_on_without_a_verb() -> None:
    notes = ("# 2019-01-09\n\n## Action items\n\n- @qmx parallel runs with rayon, CI fixes\n"
             "- @cramertj  inline unit tests\n- @ana book the room\n\n## Notes\n\n"
             "- @bo wheelchair access at the venue\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("qmx",), "Parallel runs with rayon, CI fixes"), (("cramertj",), "Inline unit tests"),
        (("ana",), "Book the room")]


def test_a_details_table_without_closing_pipes_dates_the_meeting() -> None:
    notes = ("# Meeting Notes\n\n## Meeting 1\n\n| Date| Time | Length\n| --- | --- | --- |\n"
             "| 19 Jan, 2023 | 10:30-11:30am | 1 hour |\n\n"
             "**Attendance:** Anthony, Cody\n\n**Notes:**\n- Scheduled the next meeting\n\n"
             "**Assigned Tasks:**\n- Cody: draw the architecture diagram\n")
    session = _session(notes)
    assert session.date == date(2023, 1, 19)
    assert [s.title for s in session.sections] == ["Meeting 1", "Notes", "Assigned Tasks"]
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("Cody",), "Draw the architecture diagram")]


def test_words_in_capitals_and_a_contraction_are_no_owners() -> None:
    notes = ("# Independent study\n\n## Todo\n\n"
             "- [x] Get line numbers from the API (backend) (ALREADY THERE)\n"
             "- [ ] Add the duplication graphs (KEVIN)\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        ((), "Get line numbers from the API (backend) (ALREADY THERE)"),
        (("KEVIN",), "Add the duplication graphs")]


def test_work_distribution_and_things_to_be_accomplished_list_actions() -> None:
    notes = ("# Meeting diary\n\n## 2019.02.24\n\n* Work Distribution\n"
             "\t* 1) Sketch level and animation – Callum & Harrod\n"
             "\t* 2) Draw the second level – Yuhao & Yuming\n\n"
             "## 2019.03.03\n\n* Things to be accomplished\n"
             "\t* 1) Visit mode – optional (depends on progress)\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("Callum", "Harrod"), "Sketch level and animation"),
        (("Yuhao", "Yuming"), "Draw the second level"),
        ((), "Visit mode – optional (depends on progress)")]


def test_ddl_marks_a_deadline() -> None:
    notes = ("# Group diary\n\n## 2018.11.28\n\n### Action items\n\n"
             "- Ana to book the lab DDL 12/20\n- Bo will draft the poster, DDL: Dec 5\n")
    assert _items(notes) == [
        (("Ana",), "Book the lab", date(2018, 12, 20), "open"),
        (("Bo",), "Draft the poster", date(2018, 12, 5), "open")]
