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


def test_names_after_the_dash_own_every_step_of_the_item() -> None:
    notes = ("On 8 May 2011 five of us met at the café and shared out the jobs:\n\n"
             "-   Send the pre-event email to members.  Invite anyone stuck on set-up to "
             "come early - Ines\n"
             "-   Show up on Saturday by 9am to welcome people - Tom, Rana\n"
             "-   (If it rains - tbd) pick up two gazebos from the depot - Rana\n"
             "-   Be available as a helper wherever a table needs one - Tom\n")
    session = parse_bytes(notes.encode(), name="recap.md")
    assert [(f.owners, f.task, f.due and f.due.isoformat()) for f in session.follow_ups] == [
        (("Ines",), "Send the pre-event email to members; invite anyone stuck on set-up to "
                    "come early", None),
        (("Tom", "Rana"), "Show up by 9am to welcome people", "2011-05-14"),
        (("Rana",), "Pick up two gazebos from the depot", None),
        (("Tom",), "Be available as a helper wherever a table needs one", None)]


def test_a_remark_in_brackets_before_a_box_says_when() -> None:
    notes = ("# Supervision 08-03-2022\n\n## Plan\n\n"
             "- [ ] (This week) implement tests for the path counts\n"
             "- [ ] (Could take a while, maybe longer) Go back to the third criterion\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert [(f.task, f.due and f.due.isoformat(), f.status) for f in session.follow_ups] == [
        ("Implement tests for the path counts", "2022-03-11", "open"),
        ("Go back to the third criterion", None, "open")]


def test_a_stand_up_under_name_headings_with_last_and_this_week() -> None:
    notes = ("# 2-26-2020\n\n## Priya\n\nLast week:\n\n- Built the parser locally\n"
             "- Research how to replay the commands\n\nThis week:\n\n"
             "- Modify the renderer to record text commands\n- Send the events to the server\n\n"
             "## Tomasz\n\nLast week:\n\n- Check out the source code\n\nThis week:\n\n"
             "- Build the project on the server\n")
    session = parse_bytes(notes.encode(), name="standup.md")
    assert [(f.owners, f.task, f.due and f.due.isoformat()) for f in session.follow_ups] == [
        (("Priya",), "Modify the renderer to record text commands", "2020-02-28"),
        (("Priya",), "Send the events to the server", "2020-02-28"),
        (("Tomasz",), "Build the project on the server", "2020-02-28")]


def test_a_goals_line_over_a_list_and_an_actionable_heading() -> None:
    notes = ("# Team Hopper\n\nDate: 10/30/23\n\nDiscussion points:\n\n"
             "* Stamina will be a float value.\n\n"
             "Goals for next week (include responsibilities)\n\n"
             "* Finish the character movement system.\n* Continue creating the level.\n\n"
             "## Actionable\n- Agree on a mission statement\n- Website PR final decision\n")
    assert _follow_ups(notes) == [
        ((), "Finish the character movement system"), ((), "Continue creating the level"),
        ((), "Agree on a mission statement"), ((), "Website PR final decision")]


def test_rules_and_ideas_nested_in_discussion_are_no_steps() -> None:
    notes = ("# Weekly sync, 12 October 2022\n\n## What did we talk about?\n\n"
             "- Project ideas\n    - Music library\n        - Upload and share sheet music files\n"
             "- Discussed the team contract (rules copied in)\n"
             "    - Submit meeting notes by noon the next day\n    - Put in your best effort\n"
             "- Bin store keeps flooding\n    - Ask the housing office about a drain survey\n")
    assert _follow_ups(notes) == [((), "Ask the housing office about a drain survey")]


def test_the_work_then_who_takes_it_in_a_list_of_next_steps() -> None:
    notes = ("# Meeting 3 - 10/16/22\n\n# Next Steps\n\n- review PRs\n- getAvg: Jeremiah\n"
             "- getDataByName: Menghao Yu\n- Budget draft: Ana\n")
    assert _follow_ups(notes) == [((), "Review PRs"), (("Jeremiah",), "GetAvg"),
                                  (("Menghao Yu",), "GetDataByName"), (("Ana",), "Budget draft")]


def test_an_ordinary_word_after_the_colon_is_no_one() -> None:
    notes = "# Sync\n\n# Next Steps\n\n- getAvg: Jeremiah\n- Budget draft: Review\n"
    assert [owners for owners, _ in _follow_ups(notes)] == [("Jeremiah",), ()]


def test_each_order_on_a_named_line_of_follow_ups_is_theirs() -> None:
    notes = ("# Supervision\n\n08-03-2022\n\n## 4. Follow-up\n\n"
             "Noor: finish the survey. Send the holiday dates to Jess next time.\n\n"
             "Jess: no follow-up.\n\n**_Next meeting date: 15:00 14-03-22_**\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert [(f.owners, f.task, f.due and f.due.isoformat()) for f in session.follow_ups] == [
        (("Noor",), "Finish the survey", None),
        (("Noor",), "Send the holiday dates to Jess", "2022-03-14")]


def test_a_bare_will_that_goes_on_with_the_task_before_it_is_one_action() -> None:
    notes = ("# 8/13/2020\n\n### Discussion:\n\n"
             "* Arun: review some new images for the samples repo. Will submit them via a PR.\n\n"
             "* Owen: This is my last meeting as an intern. Looking for a job, please\n"
             "  contact me with any leads.\n")
    assert _follow_ups(notes) == [
        (("Arun",), "Review some new images for the samples repo and submit them via a PR")]


def test_a_topic_someone_will_do_is_their_task() -> None:
    notes = ("# Round 0, 14 January 2022\n\n## Notes\n\n- Working group website (Mira will do "
             "this)\n- Newsletter (Ana will take care of it)\n")
    assert _follow_ups(notes) == [(("Mira",), "Working group website"),
                                  (("Ana",), "Newsletter")]


def test_who_leads_the_work_a_long_note_names() -> None:
    notes = ("# July 22, 2025\n\n## Notes\n\n* P4: discussion around design\n"
             "  * start P1-P3, re-assess the timelines on P4 and finalise the P4 design with a "
             "small design team (Dana Whitmore to lead this effort)\n")
    assert _follow_ups(notes) == [
        (("Dana Whitmore",), "Start P1-P3, re-assess the timelines on P4 and finalise the P4 "
                             "design with a small design team")]


def test_instructions_under_how_to_and_an_agenda_item_are_no_steps() -> None:
    notes = ("# Community call, 11 May 2023\n\n### Community\n\n* How to contribute\n"
             "  * Fork the repo to your own account\n    * Make your changes\n"
             "    * Submit a pull request\n  * Respond to the feedback\n"
             "* Agenda\n  * Decide short-term goals for Q1\n"
             "* Website\n  * Ask the designers about a new logo\n")
    assert _follow_ups(notes) == [((), "Ask the designers about a new logo")]


def test_an_order_whose_object_looks_like_a_name_names_no_one() -> None:
    notes = ("# Coordination meeting\n\n## Action items\n\n"
             "- Modify Chromium to record the draw commands\n- Mark Jones to send the minutes\n"
             "- Chair and Treasurer to sign the lease\n")
    assert _follow_ups(notes) == [
        ((), "Modify Chromium to record the draw commands"), (("Mark Jones",), "Send the minutes"),
        (("Chair", "Treasurer"), "Sign the lease")]


def test_how_the_group_meets_is_no_follow_up() -> None:
    notes = ("# Pilot project\n\n## Review of the timeline\n\n"
             "- Team will meet monthly on the 3rd Wednesday at 11 am via Zoom\n"
             "- Send out a new scheduling poll every 6 months or so\n"
             "- Ana will send the newsletter every month\n- Ben will book the room\n")
    assert _follow_ups(notes) == [(("Ana",), "Send the newsletter every month"),
                                  (("Ben",), "Book the room")]


def test_who_is_on_a_task_after_it() -> None:
    notes = ("# Robotics minutes\n\n## Intake\n\nAll subsystems are written.\n\n**TODO:**\n\n"
             "* Shuffleboard assignments PETER is on this\n"
             "* Get the turret parameters: Calum is working on this\n"
             "* Test the triple class rewrite\n")
    assert _follow_ups(notes) == [(("PETER",), "Shuffleboard assignments"),
                                  (("Calum",), "Get the turret parameters"),
                                  ((), "Test the triple class rewrite")]


def test_a_thing_to_make_and_who_makes_it_under_to_dos() -> None:
    notes = ("# Protocol\n\n## 2023-11-17\n\nTopics discussed\n\n- February workshop\n"
             "  - To-dos\n    - Flyers to advertise for the event (Xenia)\n"
             "    - Email the department to register for the event in advance\n")
    assert _follow_ups(notes) == [
        (("Xenia",), "Flyers to advertise for the event"),
        ((), "Email the department to register for the event in advance")]


def test_names_in_brackets_after_a_sentence_give_it_to_them() -> None:
    notes = ("# Protocol\n\n## 2023-09-08\n\n- Website\n"
             "  - The search pane should be updated to filter by several tags. (Xenia, Theo)\n"
             "  - For now, the languages on the cards will not be changed.\n"
             "  - Guests should be asked in advance for preferred times. (Jonas?)\n")
    assert _follow_ups(notes) == [
        (("Xenia", "Theo"), "Update the search pane to filter by several tags"),
        (("Jonas",), "Ask guests in advance for preferred times")]


def test_she_after_a_label_and_a_time_is_the_person_named() -> None:
    notes = ("# Protocol\n\n## 2023-09-29\n\n- Conference: This week, Xenia Kudela attended "
             "the open access days for the project. She will report back to us soon.\n")
    assert _follow_ups(notes) == [(("Xenia Kudela",), "Report back to us soon")]


def test_next_weeks_meeting_is_a_week_on() -> None:
    notes = ("# Working group, 10 July 2025\n\n* Discussion topics\n  * Semantics work\n"
             "    * Ana will review the patch before the next meeting.\n"
             "    * Action Item: Chris will carry this onto the agenda for next week's "
             "meeting.\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert session.follow_ups[0].due is not None
    assert session.follow_ups[0].due.isoformat() == "2025-07-17"


def test_groups_an_acronym_names_and_the_start_of_a_month() -> None:
    notes = ("# SIG meeting, 3 June 2024\n\n## Action Items:\n\n"
             "- Each SIG to make their sticker design by start of July.\n"
             "- SIGs to decide their welcome week activities.\n"
             "- PRs will address the docs\n")
    session = parse_bytes(notes.encode(), name="minutes.md")
    assert [(f.owners, f.task, f.due and f.due.isoformat()) for f in session.follow_ups] == [
        (("Each SIG",), "Make their sticker design", "2024-07-01"),
        (("SIGs",), "Decide their welcome week activities", None)]


def test_a_duty_after_a_report_under_a_name_in_a_stand_up() -> None:
    notes = ("# 2020-06-23 Contributor Call\n\n- Attending: Brandon Bayer, Kristina Matuska\n"
             "- Brandon:\n  - Session code is mostly set up. Still need to integrate the "
             "client side of the calls\n- Kristina:\n  - Homepage design mostly wrapped up, "
             "have to finish the mobile layout\n  - Updated the tutorial\n")
    session = parse_bytes(notes.encode(), name="calls.md")
    assert session.attendance == "Brandon Bayer, Kristina Matuska"
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Brandon",), "Integrate the client side of the calls"),
        (("Kristina",), "Finish the mobile layout")]


def test_noun_phrases_under_a_listed_action_are_what_it_covers() -> None:
    notes = ("# Robotics minutes\n\n## Shooter\n\n**TODO**\n\n"
             "* Get the turret parameters: Calum is working on this\n"
             "  * Zero point location on the chassis\n  * Full rotation counter\n"
             "* Test the zero adjustment code\n")
    assert _follow_ups(notes) == [
        (("Calum",), "Get the turret parameters (zero point location on the chassis, full "
                     "rotation counter)"),
        ((), "Test the zero adjustment code")]


def test_waiting_under_a_name_is_no_plan() -> None:
    notes = ("# Contributor call, 23 June 2020\n\n- Attending: Robert Ross, Kristina Matuska\n"
             "- Robert:\n  - Waiting on designs from Kristina\n"
             "  - Working on the tutorial's relationship section\n")
    assert _follow_ups(notes) == [(("Robert",), "Work on the tutorial's relationship section")]


def test_a_table_after_the_details_of_a_listed_action() -> None:
    notes = ("# Robotics minutes\n\n## Shooter\n\n**TODO**\n\n"
             "* Get the turret parameters: Calum is working on this\n"
             "  * Full rotation counter\n\n"
             "| Task | Owner |\n|---|---|\n| Send the invitations | Ana |\n")
    assert _follow_ups(notes) == [
        (("Calum",), "Get the turret parameters (full rotation counter)"),
        (("Ana",), "Send the invitations")]
