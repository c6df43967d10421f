"""Forms found by a second reading of earlier real notes (the fifteenth evaluation's
diagnosis sets), each written here in our own words: every test fails on the code before
the rule (cca4c8c)."""

from __future__ import annotations

from datetime import date

from tests.parsed import follow_ups as _items
from tests.parsed import parsed


def test_a_handle_then_a_phrasal_verb() -> None:
    notes = ("# Hardware sync, 16 May 2017\n\n## Action Items\n\n"
             "- [ ] @kim Follow up with the vendor about the enclosure\n"
             "- [ ] @kim Look up the shipping rules for batteries\n"
             "- [ ] @Ana Smith send the board layout\n")
    assert _items(notes) == [
        (("kim",), "Follow up with the vendor about the enclosure", None, "open"),
        (("kim",), "Look up the shipping rules for batteries", None, "open"),
        (("Ana Smith",), "Send the board layout", None, "open")]


def test_all_set_is_no_one_setting_anything() -> None:
    notes = ("# Board, 10 June 2026\n\n**Notes:**\n"
             "- Conference: rooms booked, speakers confirmed. All set. (Lee)\n"
             "- Lee will send the speaker guide.\n")
    assert _items(notes) == [(("Lee",), "Send the speaker guide", None, "open")]


def test_a_request_addressed_to_someone_in_an_aside() -> None:
    notes = ("# Spec call, 12 Dec 2019\n\n## Storage\n\n"
             "- Ruth - blobs must reference the digest (**Ruth - please check this summary**)\n"
             "- Omar noted the mirrors lag behind (Tess, kindly confirm the numbers)\n")
    assert _items(notes) == [
        (("Ruth",), "Check this summary (Storage)", None, "open"),
        (("Tess",), "Confirm the numbers", None, "open")]


def test_a_topic_heading_opening_with_a_name_like_word_owns_nothing() -> None:
    notes = ("# Core team, 7 April 2016\n\n#### Relay Test Failure\n\n"
             "* The change made a Relay test fail on the build farm.\n"
             "* Test will be fixed to not depend on key order.\n")
    assert _items(notes) == [((), "Fix test to not depend on key order", None, "open")]


def test_a_screen_or_command_label_is_not_an_owner() -> None:
    notes = ("# Design review, 4 Nov 2021\n\n## Entry points\n\n"
             "- Check how the dialog adapts to each entry point:\n"
             "  - *Edit Account Settings*: show every saved address\n\n"
             "## Actions\n\n- Mark Jones: send the mock-ups\n")
    items = _items(notes)
    assert ((), "Show every saved address (Edit Account Settings)", None, "open") in items
    assert (("Mark Jones",), "Send the mock-ups", None, "open") in items


def test_a_backlog_items_code_is_no_owner() -> None:
    notes = ("# Stand-up, 3 March 2025\n\nPresent: Rosalind, Tomasz\n\n**Rosalind**\n\n"
             "- Us2Bi05 - Build the scoring screen\n"
             "- Us2Bi06 - Write the leaderboard query\n\n"
             "## Actions\n\n- US-12: Write the onboarding email\n")
    assert _items(notes) == [
        (("Rosalind",), "Build the scoring screen", None, "open"),
        (("Rosalind",), "Write the leaderboard query", None, "open"),
        ((), "Write the onboarding email", None, "open")]


def test_a_numbered_plain_text_heading_ending_in_a_colon() -> None:
    notes = ("Weekly Team Meeting\n\nDate: 3 April 2025\n\n1. Progress\nThe mock-ups are done.\n\n"
             "2. Allocated tasks:\nPriya Nair: backend (login and session classes)\n"
             "Tom Okafor: frontend\n\n3. Roadblocks\nNone so far.\n")
    session = parsed(notes, name="minutes.txt")
    assert [s.title for s in session.sections] == [
        "1. Progress", "2. Allocated tasks", "3. Roadblocks"]
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Priya Nair",), "Backend (login and session classes)"), (("Tom Okafor",), "Frontend")]


def test_everyone_should_is_a_duty_for_all() -> None:
    notes = ("# Team, 3 April 2025\n\n## Notes\n\n"
             "- Everyone should fork the repository before Friday.\n"
             "- Each member must write a short reflection.\n"
             "- Everyone should feel free to ask questions.\n"
             "- We should think about the budget.\n")
    assert _items(notes) == [
        (("Everyone",), "Fork the repository", date(2025, 4, 4), "open"),
        (("Each member",), "Write a short reflection", None, "open")]


def test_a_heading_naming_a_person_then_their_list() -> None:
    notes = ("# Week 6, 5 November 2019\n\n## Ines: this week tasks\n\n"
             "- Plot the loss curves\n- Retrain the baseline\n\n"
             "## Jonas's action items\n\n- Clean the audio set\n\n"
             "## Website - TODO\n\n- Fix the broken footer\n")
    assert _items(notes) == [
        (("Ines",), "Plot the loss curves", date(2019, 11, 8), "open"),
        (("Ines",), "Retrain the baseline", date(2019, 11, 8), "open"),
        (("Jonas",), "Clean the audio set", None, "open"),
        ((), "Fix the broken footer", None, "open")]


def test_a_supervisor_or_mentor_takes_work_as_an_office_holder_does() -> None:
    notes = ("# Supervision, 14 August 2026\n\n## Status\n\n"
             "The supervisor will share the scanner dataset on Monday.\n\n"
             "## Plan\n\n- Our mentor will review the project plan.\n")
    assert _items(notes) == [
        (("The supervisor",), "Share the scanner dataset", date(2026, 8, 17), "open"),
        (("Our mentor",), "Review the project plan", None, "open")]


def test_a_part_or_phase_of_the_work_is_no_owner() -> None:
    notes = ("# Week 2, 6 May 2024\n\n## Tasks\n\n"
             "- Part B: Rewrite the import script\n"
             "- Phase 2 - roll out the new sign-up form\n")
    assert _items(notes) == [
        ((), "Rewrite the import script", None, "open"),
        ((), "Roll out the new sign-up form", None, "open")]


def test_a_name_linked_to_its_profile_owns_what_follows() -> None:
    notes = ("# Core team, 7 April 2016\n\n## Release\n\n"
             "* [Dana](https://twitter.com/dana_dev) will draft the upgrade guide.\n"
             "* [Ana Lee](https://github.com/ana) and [Bo](https://github.com/bo) to review "
             "the docs.\n")
    session = parsed(notes)
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Dana",), "Draft the upgrade guide"), (("Ana Lee", "Bo"), "Review the docs")]
    assert "https://twitter.com/dana_dev" in [link.url for link in session.links]


def test_who_was_assigned_which_work() -> None:
    notes = ("# Stand-up, 3 March 2025\n\n## Notes\n\n"
             "- Priya: got task PAY-17\n"
             "- Tomasz was assigned the export page.\n"
             "- The search page was assigned to Mira.\n"
             "- Assigned the signup form to Jonas.\n"
             "- Ana is assigned to write the tests.\n"
             "- It was assigned to Bo.\n"
             "- The bug was assigned to the backlog.\n")
    assert _items(notes) == [
        (("Priya",), "Work on PAY-17", None, "open"),
        (("Tomasz",), "Work on the export page", None, "open"),
        (("Mira",), "Work on the search page", None, "open"),
        (("Jonas",), "Work on the signup form", None, "open"),
        (("Ana",), "Write the tests", None, "open")]


def test_someone_taking_on_the_item_above() -> None:
    notes = ("# Core team, 7 April 2016\n\n## Browser tests\n\n"
             "* Let's choose a browser test runner and write a first test.\n"
             "  * The last regression was in the event system.\n"
             "  * [Kim](https://github.com/kim) will work on this.\n")
    assert _items(notes) == [
        (("Kim",), "Choose a browser test runner and write a first test", None, "open")]


def test_what_a_thing_will_need_is_no_ones_task() -> None:
    notes = ("# Supervision, 1 October 2025\n\n## Design\n\n"
             "- Parser will also need to handle nested lists.\n"
             "- Ana will need to book the lab.\n")
    assert _items(notes) == [(("Ana",), "Book the lab", None, "open")]


def test_a_suggestion_an_example_or_a_hope_is_no_task() -> None:
    notes = ("# Working group, 2 March 2022\n\n## Drafts\n\n"
             "- Omar K: suggest to join the drafting workshop before the meeting.\n"
             "- Leila: suggest using a template for the slides\n"
             "- Example: The cursor should not jump to the end of the field.\n"
             "- No decision yet: hoping Tom will finish his part in time.\n"
             "- Leila will circulate the template.\n")
    assert _items(notes) == [(("Leila",), "Circulate the template", None, "open")]


def test_bold_italic_names_over_their_lists_and_a_part_heading() -> None:
    notes = ("# Community meeting, 16 March 2021\n\n## Action Items\n\n"
             "***Rosa***\n> ***Continuation***\n> * finish the tutorial notebook\n"
             "* review the units PR\n\n"
             "***Tariq***\n* update the roadmap page\n")
    session = parsed(notes)
    assert [s.title for s in session.sections] == [
        "Action Items", "Rosa", "Continuation", "Tariq"]
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Rosa",), "Finish the tutorial notebook"), (("Rosa",), "Review the units PR"),
        (("Tariq",), "Update the roadmap page")]


def test_a_wikis_status_icons_over_a_persons_items() -> None:
    notes = ("# Coordination meeting, 16 October 2012\n\n## Minutes\n\n"
             "- Ines Vidal\n"
             "    - ![done.gif](/pub/TWikiDocGraphics/done.gif)\n"
             "        - Fixed the import bugs\n"
             "    - ![todo.gif](/pub/TWikiDocGraphics/todo.gif)\n"
             "        - Prepare the packages for the release\n")
    assert _items(notes) == [(("Ines Vidal",), "Prepare the packages for the release", None,
                              "open")]


def test_hackmd_name_tags_closing_a_task_or_an_action_label() -> None:
    notes = ("# Department call, 5 March 2024\n\n"
             "1. Vesting\n   - **ACTION**\n"
             "     - Call a meeting with Comms [name=Lior Ben]\n"
             "     - Send the summary to [name=Kofi]\n"
             "2. Discord\n   - **ACTION** [name=Mei]\n     - Set up the forum channel\n")
    assert _items(notes) == [
        (("Lior Ben",), "Call a meeting with Comms", None, "open"),
        ((), "Send the summary to Kofi", None, "open"),
        (("Mei",), "Set up the forum channel", None, "open")]


def test_initials_that_spell_a_word_label_an_action() -> None:
    notes = ("# Working team, 10 October 2022\n\n## Actions\n\n"
             "- [ ] AS: Report the restart of the calls to the council\n"
             "- [ ] AS/CE: Draft the terms of reference\n")
    assert _items(notes) == [
        (("AS",), "Report the restart of the calls to the council", None, "open"),
        (("AS", "CE"), "Draft the terms of reference", None, "open")]


def test_a_role_label_given_a_task_is_no_header_field() -> None:
    notes = ("# Community group, 8 June 2026\n\nChair: Ana Lee\n\n### Action items\n\n"
             "- [ ] Chairs: continue the outreach to the press council\n"
             "- [ ] Hosts: book the room for July\n")
    assert _items(notes) == [
        (("Chairs",), "Continue the outreach to the press council", None, "open"),
        (("Hosts",), "Book the room for July", None, "open")]


def test_representatives_as_a_group_of_owners() -> None:
    notes = ("# Joint meeting, 8 August 2024\n\n## Notes\n\n"
             "* **TASK:** SteerCo reps to send a consolidated answer by Friday 16 August.\n")
    assert _items(notes) == [
        (("SteerCo reps",), "Send a consolidated answer", date(2024, 8, 16), "open")]


def test_a_todo_tag_naming_its_owner() -> None:
    notes = ("# Tooling subcommittee, 5 September 2025\n\n## Notes\n\n"
             "* **[todo: Ana Lee]** send the coverage report to the list\n"
             "* [Action: Bo] book the room for the workshop\n")
    assert _items(notes) == [
        (("Ana Lee",), "Send the coverage report to the list", None, "open"),
        (("Bo",), "Book the room for the workshop", None, "open")]


def test_someone_will_work_on_what_was_suggested() -> None:
    notes = ("# Weekly call, 20 March 2020\n\n## Notes\n\n"
             "Anna suggested asking the detector group about the benchmarks. Piotr will work "
             "on it.\n\nTomas will work on the geometry loader.\n\n"
             "The new process will work better.\n")
    assert _items(notes) == [
        (("Piotr",), "Ask the detector group about the benchmarks", None, "open"),
        (("Tomas",), "Work on the geometry loader", None, "open")]


def test_a_reading_list_of_links_is_no_task_and_please_is_no_part_of_one() -> None:
    notes = ("# Provisioning call, 12 April 2022\n\n## Reading\n\n"
             "- please look at https://example.org/docs/\n"
             "- please look at https://example.org/rfc8572.pdf (Zero Touch (SZTP))\n"
             "- Please review https://example.org/pull/12 before Friday\n\n"
             "## Action items\n\n- Kyle: please open the tracing discussion\n")
    assert _items(notes) == [
        ((), "Review https://example.org/pull/12", date(2022, 4, 15), "open"),
        (("Kyle",), "Open the tracing discussion", None, "open")]


def test_a_list_of_actions_for_a_week_is_due_by_its_friday() -> None:
    notes = ("# Week 4, 23 October 2019\n\n## Goals for next week\n\n- Finish the menu screen\n\n"
             "## Ines: this week tasks\n\n- Check the loader class\n\n"
             "## Action items\n\n- Jo: present how the build works today\n"
             "- Ana: send the invite today\n")
    assert _items(notes) == [
        ((), "Finish the menu screen", date(2019, 11, 1), "open"),
        (("Ines",), "Check the loader class", date(2019, 10, 25), "open"),
        (("Jo",), "Present how the build works today", None, "open"),
        (("Ana",), "Send the invite", date(2019, 10, 23), "open")]


def test_change_modify_and_define_are_task_verbs() -> None:
    notes = ("# API call, 5 September 2023\n\n## Versioning\n\n"
             "- Change the version prefix to v1 in every endpoint of the docs\n"
             "- Modify the response to list the minor versions\n\n"
             "## Design\n\nThe Model class will be changed to use Mesh objects.\n")
    assert _items(notes) == [
        ((), "Change the version prefix to v1 in every endpoint of the docs", None, "open"),
        ((), "Modify the response to list the minor versions", None, "open"),
        ((), "Change the Model class to use Mesh objects", None, "open")]


def test_what_will_go_out_and_what_should_be_sent_before_the_next_event() -> None:
    notes = ("# Language meeting, 13 August 2018\n\n## Notes\n\n"
             "- Mail to the users list asking for feedback will go out today\n"
             "- The draft should be sent out for comments before the next workshop.\n"
             "- The minutes should be approved.\n"
             "- The lights will go out at ten.\n")
    assert _items(notes) == [
        ((), "Send mail to the users list asking for feedback", date(2018, 8, 13), "open"),
        ((), "Send the draft out for comments before the next workshop", None, "open")]


def test_why_a_task_is_done_is_no_part_of_it() -> None:
    notes = ("# Working group, 25 August 2026\n\n## Action items\n\n"
             "* **Mila:** Draw the delivery timeline in Miro so each participant has a clear view\n"
             "* Pete: tell the project about our concerns so that they understand the rules\n")
    assert _items(notes) == [
        (("Mila",), "Draw the delivery timeline in Miro", None, "open"),
        (("Pete",), "Tell the project about our concerns", None, "open")]


def test_a_bracketed_name_then_will() -> None:
    notes = ("# Community call, 16 March 2021\n\n## Minutes\n\n"
             "* [Rosa] will try to port the tracker to JAX\n")
    assert _items(notes) == [(("Rosa",), "Port the tracker to JAX", None, "open")]


def test_a_topic_with_its_lead_in_brackets_over_a_list() -> None:
    notes = ("09/24/2018\n\nStorage Manager [Priya]\n+ Looked into the global indices.\n"
             "+ Will write up and share the storage design.\n\n"
             "[Tomas]\n+ Will draft the catalog API.\n\n"
             "#### Physics lot (AN)\n\n- [ ] Publish the code snippet on GitHub\n"
             "- Discussed the portal\n\n"
             "**Approval process (Teresia):**\n- Bo will check the legend\n")
    assert _items(notes) == [
        (("Priya",), "Write up and share the storage design", None, "open"),
        (("Tomas",), "Draft the catalog API", None, "open"),
        (("AN",), "Publish the code snippet on GitHub", None, "open"),
        (("Bo",), "Check the legend", None, "open")]


def test_a_handle_in_brackets_inside_the_line() -> None:
    notes = ("# Status call, 17 October 2019\n\n**Tasks**\n\n"
             "- Map the co-author network (@Niels), share the recent paper\n"
             "- Set up the repository (@Anne) to share the queries\n")
    assert _items(notes) == [
        (("Niels",), "Map the co-author network, share the recent paper", None, "open"),
        (("Anne",), "Set up the repository to share the queries", None, "open")]


def test_a_topic_then_who_takes_it_on_in_brackets() -> None:
    notes = ("# Steering, 22 March 2022\n\n## Actions\n\n"
             "- Branding (Megan and Elle): pick up the branding and work out a plan\n"
             "- Project leads (admins): ask the members who would like to lead\n"
             "- Jane (PM): finalise the scope\n")
    assert _items(notes) == [
        (("Megan", "Elle"), "Pick up the branding and work out a plan", None, "open"),
        (("Admins",), "Ask the members who would like to lead", None, "open"),
        (("Jane",), "Finalise the scope", None, "open")]


def test_a_schedule_of_who_does_what_by_when() -> None:
    notes = ("# Game team\n\nDate: 12-1-2021\n\nGoals for next week\n\n"
             "* By Thursday 12-2: Anna uploads the tutorial\n"
             "* By Saturday 12-4: Everyone uploads their scene's tiles\n"
             "* By Friday: Bo finishes the report\n")
    session = parsed(notes, name="GVSU-GAME-2021-12-01.md")
    assert session.date == date(2021, 12, 1)  # the file's name says which is the month
    assert [(f.owners, f.task, f.due) for f in session.follow_ups] == [
        (("Anna",), "Upload the tutorial", date(2021, 12, 2)),
        (("Everyone",), "Upload their scene's tiles", date(2021, 12, 4)),
        (("Bo",), "Finish the report", date(2021, 12, 3))]


def test_a_goal_for_next_week() -> None:
    notes = ("# Study group, 14 March 2018\n\n## Notes\n\n"
             "- **Goal for next week**: Start building the tic-tac-toe game as a group\n")
    assert _items(notes) == [
        ((), "Start building the tic-tac-toe game as a group", date(2018, 3, 23), "open")]


def test_a_team_and_its_owner_name_no_task() -> None:
    notes = ("# Group 13, 23 January 2025\n\n## Topic 1\n\n- Platformer\n"
             "   - Assigned Team: Hana, Omar, Mei (Owner: Mei)\n\n"
             "## Actions\n\n- Fix the login page (Owner: Ana)\n")
    assert _items(notes) == [(("Ana",), "Fix the login page", None, "open")]


def test_next_steps_said_as_what_we_should_do() -> None:
    notes = ("# Helmet drive, 9 October 2022\n\n## Notes\n\n"
             "Next steps: we should compare the bikes in our price range.\n\n"
             "- Next steps: we will buy ten bikes with the donations\n")
    assert _items(notes) == [
        ((), "Compare the bikes in our price range", None, "open"),
        ((), "Buy ten bikes with the donations", None, "open")]


def test_a_link_in_escaped_angle_brackets() -> None:
    session = parsed("# Notes, 20 April 2022\n\n"
                     "> &lt;https://drive.example.org/folders/1tJj&gt; for comments\n")
    assert [link.url for link in session.links] == ["https://drive.example.org/folders/1tJj"]


def test_a_link_whose_target_has_a_note_before_it() -> None:
    session = parsed("# Registry call, 4 March 2021\n\n## Actions\n\n"
                     "- @kim will need to respond on my comment [#76](re: "
                     "https://example.org/docs/pull/76)\n")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("kim",), "Respond on my comment #76")]
    assert [link.url for link in session.links] == ["https://example.org/docs/pull/76"]
