"""Forms seen in real notes of the eleventh evaluation's development sets (REAL-NOTES.md),
written again in our own words: each test fails on the code before the rule."""

from __future__ import annotations

from datetime import date

from tests.parsed import follow_ups as _items
from tests.parsed import parsed as _session


def test_minutes_written_between_the_items_of_an_agenda() -> None:
    notes = ("# Platform call\n\nDate: 2024-03-05\n\n## Agenda\n\n* Introductions\n\n"
             "Ines and Tomas volunteered to chair the release group. To be confirmed.\n\n"
             "Keep the current meeting slot: Tuesdays at 16:00 UTC.\n\n"
             "* [RB] Minimum supported runtime.  Needs a decision soon.\n\n"
             "**DECISION**: the oldest runtime stays supported for one more release.\n\n"
             "* [PK] Collect the list of plugins that still use the old API.\n"
             "* Olga to write to every maintainer about the new deadline.\n\n"
             "Status of the migration is tracked on the project board.\n")
    found = [(owners, task) for owners, task, _, _ in _items(notes)]
    assert (("PK",), "Collect the list of plugins that still use the old API") in found
    assert (("Olga",), "Write to every maintainer about the new deadline") in found


def test_a_plain_agenda_stays_a_list_of_topics() -> None:
    notes = ("# Platform call\n\nDate: 2024-03-05\n\n## Agenda\n\n"
             "* [RB] Review the release checklist\n* [PK] Plan the spring sprint\n"
             "* Any other business\n\nPlease add your topics before Monday.\n")
    assert _items(notes) == []


def test_a_date_between_dashes_is_the_items_due_date() -> None:
    notes = ("# Weekly 2025-02-11\n\n## Actionables\n\n"
             "- [ ] @mira - 2025-02-18 - Benchmark the close transactions\n"
             "- [ ] Ana – 20 Feb – Book the hall for the demo\n"
             "- [ ] @theo - Write the peer spec - 2025-02-21\n")
    assert _items(notes) == [
        (("mira",), "Benchmark the close transactions", date(2025, 2, 18), "open"),
        (("Ana",), "Book the hall for the demo", date(2025, 2, 20), "open"),
        (("theo",), "Write the peer spec", date(2025, 2, 21), "open")]


def test_a_year_day_month_date_with_no_such_month() -> None:
    notes = ("# Weekly 2025-02-11\n\n## Actionables\n\n"
             "- [ ] @mira - 2025-18-02 - Benchmark the close transactions\n")
    assert _items(notes) == [
        (("mira",), "Benchmark the close transactions", date(2025, 2, 18), "open")]


def test_action_closed_under_an_action_marks_it_done() -> None:
    notes = ("# Coordination meeting, 9 December 2024\n\n## Actions from the last meeting\n\n"
             "- 4.1 Ruth: Ask Joao whether the model still needs the wet/dry flag.\n"
             "   - Joao found another way to tell wet cells from dry ones.\n"
             "   - _Action closed._\n"
             "- 4.2 Marek: Send the boundary notes to Jeff.\n"
             "   - Still waiting for the last section.\n")
    assert [(owners, status) for owners, _, _, status in _items(notes)] == [
        (("Ruth",), "done"), (("Marek",), "open")]


def test_numbers_in_brackets_make_a_list() -> None:
    notes = ("# Lab meeting, November 22, 2019\n\nPlan for next week:\n"
             "(1) Nestor will run the chord labelling on both pieces.\n"
             "(2) Jacob will do the assignment for cross-checking.\n")
    assert _items(notes) == [
        (("Nestor",), "Run the chord labelling on both pieces", date(2019, 11, 29), "open"),
        (("Jacob",), "Do the assignment for cross-checking", date(2019, 11, 29), "open")]


def test_a_speaker_who_stops_talking_takes_on_nothing() -> None:
    notes = ("# Working group call, 10 January 2024\n\n## Discussion\n\n"
             "Rui: scalability comes first, privacy second. I'll rest here.\n\n"
             "Ana: I'll leave it there for now.\n\nBen: I'll send the slides tomorrow.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Ben",), "Send the slides")]


def test_going_to_without_is_names_the_owner() -> None:
    notes = ("# Marketing sync, 3 February 2025\n\n# Minutes\n\n"
             "- @thilo going to work on moving the site to the new theme.\n"
             "- Kim going to Berlin next week.\n"
             "- Everyone going to the meetup should register.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("thilo",), "Work on moving the site to the new theme")]


def test_user_names_in_lower_case_in_a_list_of_actions() -> None:
    notes = ("# Security WG, 26 January 2021\n\n## Open action items\n\n"
             "- (sid) Draft guidance for vendors on disclosure policies.\n"
             "- kaz: Fix the flaky build on the nightly runner.\n"
             "- todo: write the release post.\n"
             "- note: Check the figures before sending.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("sid",), "Draft guidance for vendors on disclosure policies"),
        (("kaz",), "Fix the flaky build on the nightly runner"),
        ((), "Write the release post")]


def test_the_day_an_open_action_was_raised_is_no_part_of_it() -> None:
    notes = ("# Security WG, 26 January 2021\n\n## Open action items\n\n"
             "- 2020/06/09 (Rosa): Draft guidance for vendors.\n"
             "- 2020-09-22 Lee: Fix the test failures on the old version.\n")
    assert _items(notes) == [
        (("Rosa",), "Draft guidance for vendors", None, "open"),
        (("Lee",), "Fix the test failures on the old version", None, "open")]


def test_an_action_mark_makes_a_noun_phrase_a_task() -> None:
    notes = ("# Education working group, 21 August 2019\n\n## Notes\n\n"
             "Lena: a case-history approach would suit us.\n\n"
             "TASK: Lena: Common framework for a case history.\n\n"
             "ACTION: Website refresh (Mia)\n\n"
             "TASK: Shared glossary per Chris, Shea\n\n"
             "ACTION: TB see above\n\nACTION: Review the status?\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Lena",), "Common framework for a case history"),
        (("Mia",), "Website refresh"),
        (("Chris", "Shea"), "Shared glossary")]


def test_notes_nested_under_a_list_of_topics_are_read() -> None:
    notes = ("# Sprint call, 9 June 2020\n\nNotes:\n\nTopics:\n"
             "1. Status of the sprint\n    - Low risk items\n"
             "        - EM-Micro will develop the interrupt test plans.\n"
             "2. Other business\n    - Thales will complete the compliance testing.\n\n"
             "Future topics:\n- Ana will present the roadmap.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("EM-Micro",), "Develop the interrupt test plans"),
        (("Thales",), "Complete the compliance testing")]


def test_a_label_with_an_ordinary_word_owns_nothing() -> None:
    notes = ("# Core dev meeting, 7 March 2023\n\n## Announcements\n\n"
             "* Summer programme - we need projects for the page\n"
             "  - Programme Deadline: 2/7\n    - Apply under the foundation's umbrella\n"
             "  - Dora Kim: mentors\n    - Write the project descriptions\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Apply under the foundation's umbrella"),
        (("Dora Kim",), "Write the project descriptions")]


def test_owner_in_brackets_then_to() -> None:
    notes = ("# Coordination meeting, 20 November 2025\n\n## Actions from last meeting\n\n"
             "- [x] (DC) to provide Sabine with the namelists.\n"
             "- (Bo) To send the slides to the list.\n"
             "- TASK: Ryan's book.\n")
    assert [(owners, task, status) for owners, task, _, status in _items(notes)] == [
        (("DC",), "Provide Sabine with the namelists", "done"),
        (("Bo",), "Send the slides to the list", "open"),
        ((), "Ryan's book", "open")]


def test_a_phrasal_verb_on_a_line_of_its_own_is_an_order() -> None:
    notes = ("Research meeting, May 5, 2026.\nRobert, Dana.\n\n"
             "History of the neighbourhood's institutions.\n\n"
             "Look for churches that hold services in Portuguese.\n\n"
             "Reach out to the city library about its archive.\n\n"
             "Reserve fund at 3,100 dollars.\n\nLook at that view.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes, "notes.txt")] == [
        ((), "Look for churches that hold services in Portuguese"),
        ((), "Reach out to the city library about its archive")]


def test_a_responsibility_column_beside_a_task_column_is_the_owner() -> None:
    notes = ("# Client meeting, 19 March 2026\n\n## Actions\n\n"
             "| Task | Responsibility | Deadline |\n| :--- | :--- | :--- |\n"
             "| Send your contact details | Students | ASAP |\n"
             "| Project status report | Students | 1 Month |\n"
             "| Final presentation | David E / Team | 2 Months |\n")
    assert _items(notes) == [
        (("Students",), "Send your contact details", None, "open"),
        (("Students",), "Project status report", date(2026, 4, 19), "open"),
        (("David E", "Team"), "Final presentation", date(2026, 5, 19), "open")]


def test_in_a_month_is_the_same_day_of_the_next_month() -> None:
    notes = ("# Board, 31 January 2026\n\n## Actions\n\n"
             "- Ana to renew the insurance in 1 month.\n"
             "- Ben to audit the accounts in 2 months.\n")
    assert [(owners, due) for owners, _, due, _ in _items(notes)] == [
        (("Ana",), date(2026, 2, 28)), (("Ben",), date(2026, 3, 31))]


def test_an_owner_in_a_reason_clause_and_who_leads_the_work() -> None:
    notes = ("# Admins meeting, 10 January 2023\n\n## Define the migration plan #6\n\n"
             "- Moving the repositories is completed.\n"
             "- The issue stays open as Ulises will support the last two teams in January\n"
             "- We are late because Ana will be away.\n"
             "- We will keep working on a separate chat space (lead by Iñigo)\n"
             "- Set up the metrics dashboard (led by Ana)\n"
             "- The workshop (led by Tom) went well.\n"
             "- Add a reminder to the chat channels (Luis lead)\n"
             "- Hosting costs (Kim leads)\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Ulises",), "Support the last two teams"),
        (("Iñigo",), "Keep working on a separate chat space"),
        (("Ana",), "Set up the metrics dashboard"),
        (("Luis",), "Add a reminder to the chat channels")]


def test_future_development_lists_next_steps_but_future_topics_do_not() -> None:
    notes = ("# Client meeting, 1 February 2024\n\n## Notes\n\n- Liked the colour scheme\n\n"
             "### Future development\n\n- Connect front and backend\n- Add KPIs\n\n"
             "### Future topics\n\n- Hosting costs\n- Review the budget\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Connect front and backend"), ((), "Add KPIs")]


def test_a_speaker_saying_do_not_gives_no_task() -> None:
    notes = ("# Board, 5 May 2021\n\n## Membership\n\nHeidi - do not include sponsors.\n\n"
             "Ao, Leon - conduct a benchmark of the models.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Ao", "Leon"), "Conduct a benchmark of the models")]


def test_lets_with_a_task_verb_is_the_meetings_task() -> None:
    notes = ("# Board, 5 May 2021\n\n## Bylaws\n\n"
             "Steve - the lawyer's redline came in, let's review it and comment online.\n\n"
             "Let's discuss the fees next time.\n\nLet's take a short break.\n\n"
             "Let's see how the survey goes.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Review it and comment online (Bylaws)")]


def test_a_label_naming_an_activity_owns_nothing() -> None:
    notes = ("# Kickoff, 5 March 2026\n\n## Project areas\n\n"
             "* **System Integration:** Suggest ways to link the client databases.\n"
             "* **Rose Hill:** Draft the survey.\n* **Walker Turner:** Book the venue.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Suggest ways to link the client databases (System Integration)"),
        (("Rose Hill",), "Draft the survey"), (("Walker Turner",), "Book the venue")]


def test_a_passive_after_a_clause_is_about_what_follows_and() -> None:
    notes = ("# Client meeting, 1 February 2024\n\n## Notes\n\n"
             "- Asked him to demo it to a few people and the survey will be sent out\n"
             "- We discussed the budget and the minutes will be circulated.\n"
             "- The slides and the recording will be shared after the call.\n"
             "- Extra meetings may be scheduled and will be announced later.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Send the survey out"), ((), "Circulate the minutes"),
        ((), "Share the slides and the recording after the call")]


def test_a_tag_of_initials_before_a_named_task() -> None:
    notes = ("# Platform call, 12 November 2019\n\n## Notes\n\n"
             "* [TO] Tanja to find the list of committers and invite them.\n"
             "* [IT] Ops will move the servers.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Tanja",), "Find the list of committers and invite them"),
        (("Ops",), "Move the servers")]


def test_agreed_that_we_should_is_the_groups_task() -> None:
    notes = ("# Working group, 1 December 2022\n\n## Notes\n\n"
             "With more developers asking, the group agreed that we should publish clear "
             "inclusion criteria on the site. We would like to include every package.\n\n"
             "We agreed that we would discuss the fees next time.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Publish clear inclusion criteria on the site")]


def test_work_being_done_by_someone_is_theirs() -> None:
    notes = ("# Lab meeting, 19 March 2026\n\n## Further tasks\n\n"
             "- The functional analysis is being run by Hans now, because of CPU limits\n"
             "- The data is being cleaned.\n- It is being handled by Kim.\n\n"
             "## Notes\n\nThe survey is being drafted by Ana and Bo.\n\n"
             "It is being discussed.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Hans",), "Run the functional analysis"), (("Ana", "Bo"), "Draft the survey")]


def test_start_doing_on_a_line_of_its_own_is_an_order() -> None:
    notes = ("# Lab meeting, 5 February 2026\n\n## Extra notes\n\n"
             "Start uploading your metadata to the shared server\n\n"
             "Keep working hard everyone!\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Start uploading your metadata to the shared server")]


def test_a_purpose_label_and_an_attendees_label_in_plain_markdown() -> None:
    notes = ("Meeting Notes\n\nMeeting #1 - Project kickoff\n\nDate: July 14, 2026\n\n"
             "Attendees:\n\n* Project lead\n* Design partner\n\n"
             "Purpose:\nSet up the project's collaboration tools.\n\n"
             "Decisions Made\n\n* The wiki is the single source of truth.\n\n"
             "Action Items\n\n* Invite the new members to the repository.\n")
    session = _session(notes)
    assert [s.title for s in session.sections] == ["Decisions Made", "Action Items"]
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        ((), "Invite the new members to the repository")]


def test_will_after_a_sentence_about_someone_is_theirs() -> None:
    notes = ("# Marketing sync, 3 February 2025\n\n## Minutes\n\n"
             "- @flo proposes changes to the landing page.\n"
             "  - @ava is fine with the learning page but not the landing page. Will put some "
             "ideas on paper for the team.\n"
             "- The budget is fine. Will be reviewed in May.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("ava",), "Put some ideas on paper for the team")]


def test_a_question_on_a_line_of_its_own_is_no_heading() -> None:
    notes = ("Research meeting, May 5, 2026.\nRobert, Dana.\n\nHistory of the neighbourhood.\n\n"
             "What varieties are present?\n\tMostly from the north.\n\n"
             "Possible grants\n\tThe early researcher grant.\n")
    assert [s.title for s in _session(notes, "notes.txt").sections] == ["Possible grants"]
