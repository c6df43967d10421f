"""Forms seen in real notes of the twelfth evaluation's development sets (REAL-NOTES.md),
written again in our own words: each test fails on the code before the rule."""

from __future__ import annotations

from datetime import date

from tests.parsed import follow_ups as _items
from tests.parsed import parsed as _session


def test_character_references_an_editor_wrote_into_markdown() -> None:
    notes = ("# Finance committee, 18 November 2024\n\n## Reserves &amp; Grants&#x20;\n\n"
             "The reserve stays at R&amp;D levels&nbsp;for now; AT&T and &para stay as written.\n"
             "\n## Any other business&#x20;\n\nNone.\n")
    session = _session(notes)
    assert [s.title for s in session.sections] == ["Reserves & Grants", "Any other business"]
    assert session.sections[0].summary == (
        "The reserve stays at R&D levels for now; AT&T and &para stay as written.")


def test_plans_were_made_to_do_something() -> None:
    notes = ("# Members' meeting, 3 April 2025\n\n## Workstreams\n\n"
             "* Plans were made to schedule two more workshops for feedback.\n"
             "* A decision was made to publish the first draft.\n"
             "* Plans were discussed at length.\n")
    assert _items(notes) == [
        ((), "Schedule two more workshops for feedback", None, "open"),
        ((), "Publish the first draft", None, "open")]


def test_need_a_named_person_to_do_something() -> None:
    notes = ("# Dev call 2019-10-27\n\nAttending: Patrick, Josh, Brian\n\n"
             "Need Brian to sign off on the linting change.\n\n"
             "We need volunteers to help at the stall.\n")
    assert _items(notes) == [(("Brian",), "Sign off on the linting change", None, "open")]


def test_an_owner_to_also_do_something() -> None:
    notes = ("# Dev call 2019-10-27\n\nAttending: Patrick, Josh, Brian\n\n"
             "Josh and Brian to also look at the pull request.\n\n"
             "Patrick to then rebase the branch.\n")
    assert _items(notes) == [
        (("Josh", "Brian"), "Look at the pull request", None, "open"),
        (("Patrick",), "Rebase the branch", None, "open")]


def test_an_issue_number_and_a_dash_before_the_minute() -> None:
    notes = ("# Dev call 2019-10-27\n\nAttending: Patrick, Josh, Brian\n\n"
             "4278 - Josh needs to test the patch.\n\n"
             "4533 - Need Brian to sign off on the linting change.\n")
    assert _items(notes) == [
        (("Josh",), "Test the patch", None, "open"),
        (("Brian",), "Sign off on the linting change", None, "open")]


def test_an_arrow_a_word_processor_turned_into_a_dash() -> None:
    notes = ("# Lab meeting, 12 October 2024\n\n### Action items\n\n"
             "- Metadata filtering asap –> TW\n"
             "- Check the rarefaction curve on Oct 17th —> SK/TW\n"
             "- Rarefy the data using 22700 –> phyloseq_object_final\n")
    assert _items(notes) == [
        (("TW",), "Metadata filtering asap", None, "open"),
        (("SK", "TW"), "Check the rarefaction curve", date(2024, 10, 17), "open"),
        ((), "Rarefy the data using 22700 -> phyloseq_object_final", None, "open")]


def test_one_common_word_over_dated_items_is_no_owner() -> None:
    notes = ("# Lab meeting, 12 October 2024\n\n### Action items\n\n"
             "- Submit the proposal to CL by Oct 17th\n\n"
             "**Timeline**\n- Picrust analysis by Oct 22nd\n\n"
             "**Aaron**\n- Fix the figures\n\n**Board**\n- Approve the budget\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Submit the proposal to CL"), ((), "Picrust analysis"),
        (("Aaron",), "Fix the figures"), (("Board",), "Approve the budget")]


def test_any_verb_before_its_object_in_a_list_of_actions() -> None:
    notes = ("Minutes of 19 December 2024\n\nActions:\n"
             "- Search for surveys on sparse autoencoders\n"
             "- Search for datasets (code, vulnerabilities, several languages)\n"
             "- Refund policy stays as it is\n")
    assert [task for _, task, _, _ in _items(notes, "notes.txt")] == [
        "Search for surveys on sparse autoencoders",
        "Search for datasets (code, vulnerabilities, several languages)"]


def test_a_past_tense_item_among_the_actions_is_done() -> None:
    notes = ("Minutes of 9 January 2025\n\nActions:\n"
             "- Ask Martin for the API keys\n- Added to Anthropic, OpenRouter\n")
    assert _items(notes, "notes.txt") == [
        ((), "Ask Martin for the API keys", None, "open"),
        ((), "Add to Anthropic, OpenRouter", None, "done")]


def test_a_date_written_with_dots_puts_the_day_first() -> None:
    notes = ("# Minutes from 12.03.2016\n\nThe next meeting is on April 9th; the site goes "
             "live on March 20th.\n")
    assert _session(notes).date == date(2016, 3, 12)
    assert _session(notes.replace("12.03.2016", "12/03/2016")).date == date(2016, 12, 3)


def test_she_will_after_a_sentence_about_her() -> None:
    notes = ("# Project meeting, 12 March 2016\n\nAttendees: Aurelie, Nandaja, Behrang\n\n"
             "## Website\n\nNandaja will send the mock-ups. Then she will set deadlines for "
             "the rest of us.\n\nBehrang is away until May. He will draft the budget when "
             "back.\n\nThe chair is away. She will draft the agenda.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Nandaja",), "Send the mock-ups"),
        (("Nandaja",), "Set deadlines for the rest of us"),
        (("Behrang",), "Draft the budget when back")]


def test_to_have_something_ready_by_a_date() -> None:
    notes = ("# Project meeting, 12 March 2016\n\nAttendees: Aurelie, Nandaja, Ana\n\n"
             "## Website\n\nNandaja is to have a basic website skeleton by March 20th.\n\n"
             "Ana will have the report done by Friday.\n\nAna will have time next week.\n")
    assert _items(notes) == [
        (("Nandaja",), "Have a basic website skeleton", date(2016, 3, 20), "open"),
        (("Ana",), "Have the report done", date(2016, 3, 18), "open")]


def test_call_to_action_marks_a_task() -> None:
    notes = ("# Budget committee, 18 November 2024\n\n## Workshops\n\n"
             "Call to action: the committee members are asked to support the Zoom sessions.\n\n"
             "Call to action: review the draft charter before Friday.\n")
    assert _items(notes) == [
        (("The committee members",), "Support the Zoom sessions", None, "open"),
        ((), "Review the draft charter", date(2024, 11, 22), "open")]


def test_something_announced_ready_or_available() -> None:
    notes = ("# Budget committee, 18 November 2024\n\n## Proposal\n\n"
             "With the changes, the final proposal will be ready by late December.\n\n"
             "The recording will be available soon.\n\n"
             "The room will be available in the evenings.\n")
    assert _items(notes) == [
        ((), "Have the final proposal ready", date(2024, 12, 31), "forthcoming"),
        ((), "Have the recording available soon", None, "forthcoming")]


def test_something_going_out_this_week_is_forthcoming() -> None:
    notes = ("# Maintainers call 2024-03-20\n\n## Updates\n\n* Survey results\n"
             "    * Blog post and call for new maintainers going out this week\n"
             "    * Most maintainers are staying on\n")
    assert _items(notes) == [
        ((), "Blog post and call for new maintainers", None, "forthcoming")]


def test_a_recap_restating_a_task_is_the_same_task_in_its_words() -> None:
    notes = ("# Project meeting, 12 March 2016\n\nAttendees: Aurelie, Nandaja, Behrang\n\n"
             "## Code\n\nAurelie and Behrang will share the code they wrote for evaluation "
             "purposes. Nandaja will book the room. Nandaja will book the caterer.\n\n"
             "## To-do summary\n\n- Aurelie and Behrang to share their evaluation code.\n"
             "- Nandaja to book the room.\n- Behrang to draft the budget.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Aurelie", "Behrang"), "Share their evaluation code"),
        (("Nandaja",), "Book the room"),
        (("Nandaja",), "Book the caterer"),
        (("Behrang",), "Draft the budget")]
    summary_first = ("# Project meeting, 12 March 2016\n\nAttendees: Nandaja, Behrang\n\n"
                     "## Actions\n\n- Nandaja to book the room.\n\n## Venue\n\n"
                     "Nandaja will book the room. Nandaja will book the caterer.\n")
    assert [task for _, task, _, _ in _items(summary_first)] == [
        "Book the room", "Book the caterer"]


def test_we_are_going_to_and_a_clause_after_so() -> None:
    notes = ("# Metadata group, 20 August 2018\n\nAttendees: Ana, Ben\n\n## Reconciliation\n\n"
             "We may need help from the developers, so we're going to create a ticket for the "
             "sprint team.\n\nThe build is slow, so Ana will profile it this week.\n\n"
             "We store the documents there, like minutes etc. Ben will start a page on "
             "other search projects.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Create a ticket for the sprint team"),
        (("Ana",), "Profile it (Reconciliation)"),
        (("Ben",), "Start a page on other search projects")]


def test_a_title_date_with_a_two_digit_year() -> None:
    notes = ("# 10 April 24\n\n## Attendees\n\nDuncan, Kevin\n\n## Actions\n\n"
             "* Duncan to set up a review session next Wednesday\n"
             "* Kevin to count the 24 April 24 ballots\n")
    session = _session(notes)
    assert session.date == date(2024, 4, 10)
    assert session.follow_ups[0].due == date(2024, 4, 17)


def test_someone_tells_me_to_do_something() -> None:
    notes = ("# Supervision log\n\n## Tue 9 Mar 2021\n\n"
             "1. Then Emi tells me to change the layout of the app.\n"
             "2. Emi told me that I should link each package name to its plot.\n"
             "3. Emi told me a story about the first release.\n")
    assert _items(notes) == [
        ((), "Change the layout of the app", None, "open"),
        ((), "Link each package name to its plot", None, "open")]


def test_each_team_member_in_a_list_of_actions() -> None:
    notes = ("# Standup\n\n##### Jan 21st, 2021 (Thursday)\n- Participants: all team members\n\n"
             "- TODO:\n  - Each team member needs to write user stories for their feature.\n\n"
             "The website needs to be faster.\n")
    assert _items(notes) == [
        (("Each team member",), "Write user stories for their feature", None, "open")]


def test_the_items_under_current_tasks_for_everyone() -> None:
    notes = ("# Standup\n\n##### Mar 16th, 2021 (Tuesday)\n\n- What we discussed:\n"
             "  - Discussed current tasks for everyone.\n"
             "    - Ronnie: presentation draft and listings backend\n"
             "    - Justin: search backend\n"
             "  - Presentation outline:\n    - Overview of the stack\n")
    assert _items(notes) == [
        (("Ronnie",), "Presentation draft and listings backend", None, "open"),
        (("Justin",), "Search backend", None, "open")]


def test_a_log_with_no_date_of_its_own_dates_each_meeting_by_its_heading() -> None:
    notes = ("# Stand-up log\n\n### Week 3: meeting 3\n\n##### Feb 3rd, 2021 (Wednesday)\n\n"
             "- TODO:\n  - Confirm the submission format with the professor tomorrow.\n\n"
             "### Week 4: meeting 1\n\n##### Feb 8th, 2021 (Monday)\n\n"
             "- TODO:\n  - Send the slides to the TA by Wednesday.\n")
    session = _session(notes)
    assert session.date is None
    assert [(f.task, f.due) for f in session.follow_ups] == [
        ("Confirm the submission format with the professor", date(2021, 2, 4)),
        ("Send the slides to the TA", date(2021, 2, 10))]


def test_a_long_ordinary_word_before_a_dash_is_a_topic() -> None:
    notes = ("# Minutes - 03 July 2023\n\n* Goals - define minimum goals\n"
             "* Heterogeneity - Age at onset of infection\n")
    assert _items(notes) == [((), "Age at onset of infection (heterogeneity)", None, "open")]


def test_a_task_allocation_of_things_and_who() -> None:
    notes = ("# Minutes - 03 July 2023\n\n## Task allocation\n\n* R code - Cameline\n"
             "* Shiny app prototype - Dilip and MK\n* Other reading suggestions - Sam\n")
    assert _items(notes) == [
        (("Cameline",), "R code", None, "open"),
        (("Dilip", "MK"), "Shiny app prototype", None, "open"),
        (("Sam",), "Other reading suggestions", None, "open")]


def test_a_thing_named_in_camel_case_is_no_owner() -> None:
    notes = ("# Project log, 24 August 2017\n\n## Tasks\n\n"
             "- [ ] Perform a random walk on the adjacency matrix (DataFrame)\n"
             "- [ ] Port the loader to the new API (MarcoT)\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        ((), "Perform a random walk on the adjacency matrix (DataFrame)"),
        (("MarcoT",), "Port the loader to the new API")]


def test_something_that_has_to_be_done_by_a_date() -> None:
    notes = ("# Standup\n\nDate: 10/28/2021\n\n## Notes\n\n"
             "The report has to be written up by Nov 1.\n\nThe minutes should be sent.\n")
    assert _items(notes) == [((), "Write the report up", date(2021, 11, 1), "open")]


def test_the_sentences_after_an_action_line_tell_what_it_is() -> None:
    notes = ("# Core call 2015-04-16\n\n#### Leap second\n\n"
             "Action: SRL to open a new ticket. Document that timers ignore the wall clock.\n\n"
             "Action: Ana to book the room. The room is big.\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("SRL",), "Open a new ticket; document that timers ignore the wall clock"),
        (("Ana",), "Book the room")]


def test_a_plain_order_among_the_notes_whatever_its_object() -> None:
    notes = ("# Lab meeting 2/9/26\n\n## Data\n\n- E.g., hourly (for now)\n"
             "- find full year comparison to capture seasonality\n"
             "- Keep backward compatibility for one release\n- Reserve fund at 3,100\n")
    assert _items(notes) == [
        ((), "Find full year comparison to capture seasonality", None, "open")]


def test_a_bold_label_with_a_hard_line_break_after_it() -> None:
    notes = ("# Civics meeting, 3 April 2025\n\n**Summary:**\\\nThe meeting focused on the "
             "budget.\n\n**Discussion Points:**\n\n* The dashboard\n")
    session = _session(notes)
    assert [(s.title, s.summary) for s in session.sections] == [
        ("Summary", "The meeting focused on the budget."), ("Discussion Points", "")]


def test_a_log_in_markdown_without_heading_markup_opens_each_meeting_by_its_date() -> None:
    notes = ("Minutes of December 9th\nBjarni, Andre\n\nNews:\n"
             "= Talked about labelling features by hand.\n- Talked about datasets.\n\n-----\n\n"
             "Minutes of December 19th\nBjarni, Andre\n\nActions:\n"
             "- Search for surveys on sparse autoencoders\n")
    session = _session(notes, "minutes.md")
    assert [s.title for s in session.sections] == [
        "Minutes of December 9th", "Minutes of December 19th", "Actions"]
    assert [f.task for f in session.follow_ups] == ["Search for surveys on sparse autoencoders"]


def test_advice_the_writer_was_given() -> None:
    notes = ("# Supervision log\n\n## Tue 16 Mar 2021\n\n"
             "1. Emi told me dig deeper into the three packages.\n"
             "2. Hien suggested me to use a weighted moving average.\n"
             "3. Emi said I should divide the filtering list.\n"
             "4. Dev said we need to write a checklist at some point.\n")
    assert [task for _, task, _, _ in _items(notes)] == [
        "Dig deeper into the three packages", "Use a weighted moving average",
        "Divide the filtering list"]
    signed = "# Supervision, 9 March 2021\n\nNote taker: Yiwen\n\n## Notes\n\n" \
             "Emi told me to change the layout of the app.\n"
    assert _items(signed) == [(("Yiwen",), "Change the layout of the app", None, "open")]


def test_names_over_their_lists_under_tasks_for_each_member() -> None:
    notes = ("# Minutes for week 6\n\n#### Tasks for each member:\n\n"
             "Tudor Bordea:\n- Keep making keyboard shortcuts\n\n"
             "Stefan:\n- Implement the search page\n\nFuture:\n- Analyze the features\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Tudor Bordea",), "Keep making keyboard shortcuts"),
        (("Stefan",), "Implement the search page")]  # ("Future:" lists later topics)


def test_a_log_whose_first_meeting_is_its_title_and_a_heading_without_a_year() -> None:
    notes = ("## 6th November, 2017\n\n### Tasks\n\n* Everyone: set up the parser\n\n"
             "## 21st November, 2017\n\n### Summary\n\n* Learned the evaluation script\n\n"
             "## 7th December\n\n### Tasks\n\n"
             "* Pasha: download the Yiddish wikipedia -- by Monday\n")
    assert [(owners, due) for owners, _, due, _ in _items(notes)][-1] == (
        ("Pasha",), date(2017, 12, 11))


def test_actions_taken_are_done() -> None:
    notes = ("# Team 15, 10 May 2026\n\n## Actions Taken\n\n"
             "- Sent the wireframe to Jared and the professor\n\n## To-Do:\n\n"
             "- Work on a user flow diagram for the sign-up page\n")
    assert [(task, status) for _, task, _, status in _items(notes)] == [
        ("Sent the wireframe to Jared and the professor", "done"),
        ("Work on a user flow diagram for the sign-up page", "open")]
