"""Follow-ups in lists: action sections, checkboxes, owner tags and nested items."""

from __future__ import annotations

from datetime import date

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


def test_a_list_item_wrapped_onto_an_unindented_line_in_lower_case_is_one_item() -> None:
    # Markdown's lazy continuation: the line after a list item goes on with it.
    notes = ("# Lab meeting, 4 March 2024\n\n## Updates\n\n"
             "* Imaging - the new detector arrived, calibration starts next week. Priya\n"
             "will send Omar the calibration schedule\n"
             "* Cloning - no news\n"
             "Nadia is away until April\n")
    assert _items(notes) == [
        (("Priya",), "Send Omar the calibration schedule", None, "open")]


def test_capitalised_action_marker_without_a_colon_and_a_done_suffix() -> None:
    notes = ("# Bike kitchen committee, 4 March 2024\n\n## Workshop\n\n"
             "- ACTION Priya - order the brake cables from the supplier.\n"
             "- ACTION everyone sign up to the tool rota\n\n"
             "## Previous action items\n\n"
             "- Marek: Renew the insurance policy: Done\n"
             "- Correct the opening hours on the flyer.\n")
    assert _items(notes) == [
        (("Priya",), "Order the brake cables from the supplier", None, "open"),
        (("everyone",), "Sign up to the tool rota", None, "open"),
        (("Marek",), "Renew the insurance policy", None, "done"),
        ((), "Correct the opening hours on the flyer", None, "open"),
    ]


def test_owner_tags_in_a_task_list_and_sub_items_inherit_the_owner() -> None:
    notes = ("# Lab staff meeting, 4 March 2024\n\n## Tasks\n\n"
             "- [ ] [MK] Budget report for the spring round\n"
             "    - [x] Collect the figures from the finance office\n"
             "    - [ ] ask the department for a co-signature\n"
             "    - [x] Last year's report in the shared folder\n"
             "- [ ] [PL, TS] Migrating the wiki to the new server\n"
             "- [ ] [all] Read the draft ethics policy\n\n"
             "## Discussion\n\n"
             "- Poster printing (Large Format)\n"
             "    - Check the printer's paper stock\n")
    # "(Large Format)" is no owner; the imperative under the topic is an owner-less step.
    assert _items(notes) == [
        (("MK",), "Budget report for the spring round", None, "open"),
        (("MK",), "Collect the figures from the finance office", None, "done"),
        (("MK",), "Ask the department for a co-signature", None, "open"),
        (("MK",), "Last year's report in the shared folder", None, "done"),
        (("PL", "TS"), "Migrate the wiki to the new server", None, "open"),
        (("all",), "Read the draft ethics policy", None, "open"),
        ((), "Check the printer's paper stock", None, "open"),
    ]


def test_todo_and_done_marks_on_list_items() -> None:
    notes = ("# Choir planning, 4 March 2024\n\n## Business\n\n"
             "1. Book the church hall again for the spring concert (done)\n"
             "1. Reprint the scores - the old ones are falling apart, so we should look at "
             "a new supplier (todo)\n"
             "  * Including checking the copyright licence (todo)\n"
             "1. A new rehearsal rota was discussed\n")
    assert _items(notes) == [
        ((), "Book the church hall again for the spring concert", None, "done"),
        ((), "Reprint the scores - the old ones are falling apart", None, "open"),
        ((), "Check the copyright licence", None, "open"),
    ]


def test_plan_steps_prohibitions_and_topic_labels_in_lists() -> None:
    notes = ("# Allotment society, 4 March 2024\n\n## Newsletter\n\n"
             "* Should we move the newsletter to the new mailing tool?\n"
             "  - [ ] First find out whether the tool can import our list\n"
             "  - [ ] Then announce the move in the spring issue\n"
             "  - [ ] Do not delete the old list yet\n\n"
             "## Sponsors\n\n"
             "* Renewals:\n"
             "    * Greenway Nursery: Ask for renewal (Tomasz)\n"
             "    * Talk to local cafes about a stall\n"
             "    * Ask everyone to bring a flyer to the stall\n")
    assert _items(notes) == [
        ((), "Find out whether the tool can import our list", None, "open"),
        ((), "Announce the move in the spring issue", None, "open"),
        (("Tomasz",), "Ask for renewal (Greenway Nursery)", None, "open"),
    ]


def test_action_review_items_arrow_outcomes_and_a_minuted_agenda() -> None:
    notes = ("# Makers' monthly call, 4 March 2024\n\n## Agenda items\n\n"
             "* Action items from last month [Ines]\n"
             "    * order a second soldering station\n"
             "        * which brand do people prefer?\n"
             "        * Ask the landlord about the extra socket\n"
             "* Workshop series\n"
             "    * the beginners' sessions were full\n"
             "    * we could run them twice a month\n"
             "    * -> publish the dates on the website\n"
             "    * there is a guide on how to follow the forum\n"
             "* Treasurer\n"
             "    * the balance is healthy\n"
             "    * the insurance renews in May\n"
             "    * dues unchanged\n")
    assert _items(notes) == [
        ((), "Order a second soldering station", None, "open"),
        ((), "Ask the landlord about the extra socket", None, "open"),
        ((), "Publish the dates on the website", None, "open"),
    ]


def test_a_plain_agenda_gives_no_follow_ups() -> None:
    notes = ("# Makers' monthly call, 4 March 2024\n\n## Agenda\n\n"
             "* Review the workshop series\n* Elect a new treasurer\n"
             "    * two candidates\n")
    assert _items(notes) == []


def test_an_agenda_list_after_a_label_names_topics_and_their_leads() -> None:
    notes = ("# Cycling club committee, 4 March 2024\n\nAgenda:\n\n"
             "* Reports:\n\n1. Update on the route maps (Priya)\n"
             "2. Review of the ride leader rota (Sam)\n"
             "    * Sam to send the new rota by Friday\n\n"
             "Actions from this agenda:\n\n* Tom to book the hall\n")
    assert _items(notes) == [
        (("Sam",), "Send the new rota", "2024-03-08", "open"),
        (("Tom",), "Book the hall", None, "open"),
    ]


def test_a_headerless_html_table_of_names_and_duties() -> None:
    notes = ("# Repair café planning, 4 March 2024\n\n## Tasks\n\n"
             "- (DONE, listed on the [events page][events]) Put the café on the council's\n"
             "  events calendar, so that people who do not follow us still hear about it and\n"
             "  come along on the day, probably Saturday morning\n\n"
             "## Who does what\n\n<table>\n"
             "  <tr><td>ruthie</td><td>book the hall, print the posters</td></tr>\n"
             "  <tr>\n    <td>Omar</td>\n    <td>\n      recruit two more fixers (bikes, "
             "textiles), bring the toolbox\n    </td>\n  </tr>\n</table>\n\n"
             "  [events]: https://example.org/events\n")
    assert _items(notes) == [
        ((), "Put the café on the council's events calendar", None, "done"),
        (("ruthie",), "Book the hall", None, "open"),
        (("ruthie",), "Print the posters", None, "open"),
        (("Omar",), "Recruit two more fixers (bikes, textiles)", None, "open"),
        (("Omar",), "Bring the toolbox", None, "open"),
    ]


def test_a_table_of_names_and_notes_is_no_duty_table() -> None:
    notes = ("# Repair café planning, 4 March 2024\n\n## Fixers\n\n"
             "| ruthie | bikes, textiles |\n| Omar | electricals |\n")
    assert _items(notes) == []


def test_who_does_what_in_brackets_after_a_topic() -> None:
    notes = ("# Food bank volunteers, 4 March 2024\n\n## Coordination\n\n"
             "* Spring collection drive (Ifeoma will book the supermarket foyer)\n"
             "* Van rota (Pete drafting, Wen to check)\n"
             "* Fridge repair (done last week)\n")
    assert _items(notes) == [
        (("Ifeoma",), "Spring collection drive: book the supermarket foyer", None, "open"),
        (("Wen",), "Check van rota", None, "open"),
        ((), "Fridge repair", None, "done"),
    ]


def test_a_sub_item_pointing_at_its_parent_and_a_second_person() -> None:
    notes = ("# Darkroom club, 4 March 2024\n\n## Chemicals\n\n"
             "- Members keep leaving the fixer uncovered\n"
             "  - Put up a sign by the sink\n"
             "    - Hana: look into this (or Dev)\n"
             "- Is the developer still fresh?\n"
             "  - Sol: test that before Friday\n")
    assert _items(notes) == [
        (("Hana", "Dev"), "Look into this (put up a sign by the sink)", None, "open"),
        (("Sol",), "Test that", "2024-03-08", "open"),
    ]


def test_a_request_to_a_named_person_after_stacked_markers() -> None:
    notes = ("# Bike kitchen committee, 4 March 2024\n\n## Membership\n\n"
             "- ACTION: FIXME: Grete, please add the new members to the list\n"
             "- Thanks, please keep the doors shut\n")
    assert _items(notes) == [
        (("Grete",), "Add the new members to the list", None, "open"),
    ]


def test_to_have_a_look_is_a_task() -> None:
    notes = ("# Mapping group, 4 March 2024\n\n## Import tool\n\n"
             "* Nobody maintains the import tool\n"
             "    * Ilse to have a (quick) look at the code\n"
             "    * Bram to have more time after March\n")
    assert _items(notes) == [
        (("Ilse",), "Have a (quick) look at the code", None, "open"),
    ]


def test_a_volunteers_and_duties_table() -> None:
    notes = ("# Fête committee, 4 March 2024\n\n## Volunteers\n\n"
             "| Volunteer | Duties |\n|---|---|\n"
             "| Agnieszka | run the cake stall |\n| Femi | collect the gazebo on Friday |\n")
    assert _items(notes) == [
        (("Agnieszka",), "Run the cake stall", None, "open"),
        (("Femi",), "Collect the gazebo", "2024-03-08", "open"),
    ]


def test_sentence_openers_are_not_owners_in_lists() -> None:
    notes = ("# Tool library, 4 March 2024\n\n## Loans\n\n"
             "- Compared to last year, we lend twice as many drills\n"
             "- Due to that, the waiting list is long\n"
             "- ~~Let's do a repair day in June~~\n")
    assert _items(notes) == []


def test_a_role_description_list_is_no_task_list() -> None:
    notes = ("# Release team, 4 March 2024\n\n## Roles\n\n"
             "- triage group:\n"
             "    - tries to find owners for new bugs\n"
             "    - hopes to cut the backlog by summer\n")
    assert _items(notes) == []


def test_imperative_steps_under_a_discussion_topic() -> None:
    notes = ("# Tenants' association, 4 March 2024\n\n## Discussion\n\n"
             "- Bin store keeps flooding after heavy rain\n"
             "  - Ask the housing office about a drain survey\n"
             "  - Replace the broken lid on the recycling bin\n"
             "  - Please review/comment on the draft letter to the landlord\n"
             "  - Update on the lift repairs from last month\n"
             "- Summer party (ideas from Tomasz)\n"
             "  - Book a bouncy castle\n"
             "- How do we reach the new tenants?\n"
             "  - Send a welcome card to every flat\n"
             "- Rota\n"
             "  - Done:\n"
             "    - Clean the stairwell windows\n")
    assert _items(notes) == [
        ((), "Ask the housing office about a drain survey", None, "open"),
        ((), "Replace the broken lid on the recycling bin", None, "open"),
        ((), "Review/comment on the draft letter to the landlord", None, "open"),
    ]


def test_a_list_line_without_its_subject() -> None:
    notes = ("# Quiz night planning, 4 March 2024\n\n## Notes\n\n"
             "- Prizes\n"
             "  - Will ask the bakery to donate a cake\n"
             "  - Raffle, will print the tickets at the library\n"
             "  - Will be a good night if the weather holds\n")
    assert _items(notes) == [
        ((), "Ask the bakery to donate a cake", None, "open"),
        ((), "Print the tickets at the library (raffle)", None, "open"),
    ]


def test_we_will_make_or_send_something_is_the_groups_task() -> None:
    notes = ("# Thesis supervision, 4 March 2024\n\n## Discussion / Decisions\n\n"
             "- Feedback on the draft\n"
             "  - We will write a shorter overview for the appendix\n"
             "  - We will discuss the method chapter next time\n"
             "  - We will freeze the data set until the review is over\n")
    assert _items(notes) == [
        ((), "Write a shorter overview for the appendix", None, "open"),
    ]


def test_a_named_commitment_noted_under_an_agenda_topic() -> None:
    notes = ("# Repair café organisers, 4 March 2024\n\n## Agenda\n\n"
             "- Shared accounts?\n"
             "  - (mailing list, social media, bank)\n"
             "  - Ingrid will set up a password manager for the organisers\n"
             "- Tool library update [Wes]\n"
             "  - Check the loan book\n"
             "- Venue for April - Ruth\n")
    assert _items(notes) == [
        (("Ingrid",), "Set up a password manager for the organisers", None, "open"),
    ]


def test_an_agenda_kept_as_minutes_gives_the_tasks_people_took_on() -> None:
    # An agenda's own item that says who will do what, or who is to do it by when, is a
    # task taken on at the meeting; "Ana to present the budget" with no date leads a topic.
    notes = ("# Choir committee, 4 March 2024\n\n## Agenda\n\n"
             "- Concert programme\n"
             "  - Marta to print the programmes\n"
             "- [Olek] will ask the church about the piano tuning.\n"
             "- @lena to draft the raffle poster by Friday\n"
             "- Ana to present the budget\n"
             "- Bo will give an update on the roof\n")
    assert _items(notes) == [
        (("Marta",), "Print the programmes", None, "open"),
        (("Olek",), "Ask the church about the piano tuning", None, "open"),
        (("lena",), "Draft the raffle poster", "2024-03-08", "open"),
    ]


def test_a_homework_section_lists_tasks() -> None:
    notes = ("# Robotics club, 4 March 2024\n\n## Build night\n\nWe wired the drive base.\n\n"
             "## Homework\n\n- Read the motor controller datasheet\n"
             "- Describe your subsystem in the team log\n")
    assert _items(notes) == [
        ((), "Read the motor controller datasheet", None, "open"),
        ((), "Describe your subsystem in the team log", None, "open"),
    ]


def test_an_owned_clause_after_a_topic_arrow_or_bracket() -> None:
    notes = ("# Hackspace open evening, 4 March 2024\n\n## Discussion\n\n"
             "- Signage - the old board is faded (Priya to repaint it before spring) - ask Priya\n"
             "- Biggest worry is - the events team to find a second fire marshal\n"
             "- Laser fumes => Ops team will compare the two extractor quotes\n"
             "- Locker audit (Tomas will email the holders)\n"
             "- Storage - we talked about shelving for ages\n")
    assert _items(notes) == [
        (("Priya",), "Repaint it before spring", None, "open"),
        (("The events team",), "Find a second fire marshal", None, "open"),
        (("Ops team",), "Compare the two extractor quotes", None, "open"),
        (("Tomas",), "Locker audit: email the holders", None, "open"),
    ]


def test_this_in_a_per_topic_section_is_the_heading_topic() -> None:
    notes = ("# Standards subgroup, 4 March 2024\n\n## Proposal updates\n\n"
             "### Colour profiles (Stage 2)\n\n"
             "AB: I'll take the action to put this on the plenary agenda.\n\n"
             "### Font fallback (Stage 1)\n\n"
             "AB: I'll take the action to put this on the plenary agenda.\n\n"
             "## Discussion\n\n"
             "CD: I'll look into it.\n")
    assert _items(notes) == [
        (("AB",), "Put this on the plenary agenda (Colour profiles)", None, "open"),
        (("AB",), "Put this on the plenary agenda (Font fallback)", None, "open"),
        (("CD",), "Look into it", None, "open"),
    ]


def test_a_step_without_an_object_is_about_its_topic() -> None:
    notes = ("# Bylaws group, 4 March 2024\n\n## Open items\n\n"
             "- Approve the revised membership rules [#31](https://example.org/31)\n"
             "  - Please review/comment as we need two more approvals\n")
    assert _items(notes) == [
        ((), "Review/comment (approve the revised membership rules #31)", None, "open"),
    ]


def test_a_named_person_to_be_paid() -> None:
    notes = ("# Makers' guild committee, 4 March 2024\n\nPresent: Odile, Ravi, Sun\n\n"
             "## Finance\n\n"
             "- Ravi to be reimbursed for the soldering irons. No objections.\n"
             "- Keys to be handed out at the open day\n")
    assert _items(notes) == [
        ((), "Reimburse Ravi for the soldering irons", None, "open"),
    ]


def test_an_imperative_sentence_after_the_first_in_a_list_line() -> None:
    notes = ("# Print shop volunteers, 4 March 2024\n\n## Notes\n\n"
             "- Short on ink cartridges. Ask the supplier for two more.\n"
             "- Great open day. Keep up the good work.\n"
             "- New guillotine arrived. Check it out!\n")
    assert _items(notes) == [
        ((), "Ask the supplier for two more", None, "open"),
    ]


def test_no_step_under_a_persons_name_and_no_status_word_owners() -> None:
    notes = ("# Outreach circle, 4 March 2024\n\nAttendees: Imre, Beth\n\n## Open floor\n\n"
             "- Imre\n"
             "  - Draft a list of schools to contact\n"
             "- Add the new volunteers to the rota (TODO)\n"
             "- Maybe Beth to redesign the leaflet\n")
    assert [f.owners for f in parse_bytes(notes.encode(), name="n.md").follow_ups
            ] == [()]


def test_a_bracketed_passive_after_a_topic() -> None:
    notes = ("# Data team sync, 4 March 2024\n\n## Updates\n\n"
             "- [CSV export spec](https://example.org/spec) draft "
             "(will be shared with partners in the coming weeks)\n"
             "- Dashboard (to be honest, slow)\n")
    assert [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups
            ] == [((), "Share CSV export spec draft with partners in the coming weeks")]


def test_a_passive_whose_subject_holds_another_verb_is_no_task() -> None:
    notes = ("# Choir committee, 4 March 2024\n\n## How we work\n\n"
             "Extra rehearsals may be arranged and will be posted on the noticeboard.\n\n"
             "## Concert\n\n"
             "The programme will be printed by the end of March.\n")
    assert [f.task for f in parse_bytes(notes.encode(), name="n.md").follow_ups
            ] == ["Print the programme"]


def test_several_owned_clauses_in_one_list_line_and_a_deferral_aside() -> None:
    notes = ("# Neighbourhood garden, 12 May 2025\n\n## Discussion\n\n"
             "1. Seeds - Lucas will sort the seed swap (Farah to make posters) - thanks all\n"
             "2. Rainwater (will be discussed next time)\n")
    assert _items(notes) == [
        (("Lucas",), "Sort the seed swap", None, "open"),
        (("Farah",), "Make posters", None, "open"),
    ]


def test_a_verb_used_as_a_noun_under_a_topic_is_no_step() -> None:
    notes = ("# Office move, 12 May 2025\n\n## Discussion\n\n"
             "- Move\n"
             "  - Fix for the login bug merged\n"
             "  - Talk by Ana was great\n"
             "  - Lead time is three weeks\n"
             "  - Contact list updated\n"
             "  - Apply for the relocation grant\n")
    assert _items(notes) == [((), "Apply for the relocation grant", None, "open")]


def test_an_owned_clause_after_a_leading_clause_in_a_list_line() -> None:
    notes = ("# Board, 12 May 2025\n\nPresent: Ana, Tom, Kai\n\n## Notes\n\n"
             "- Given the delay, Kai is going to call the supplier\n"
             "- Newsletter: next issue in June, Ana to collect articles\n"
             "- Hopefully, will finish the audit\n")
    assert _items(notes) == [
        (("Kai",), "Call the supplier", None, "open"),
        (("Ana",), "Collect articles", None, "open"),
    ]


def test_a_named_person_then_a_bare_verb_in_a_list_line() -> None:
    notes = ("# Club, 12 May 2025\n\nPresent: Alis, Tom, Kai\n\n## Notes\n\n"
             "- Staff meeting moved to Monday\n"
             "  - Alis organise the room for that meeting. Have it done by Friday.\n"
             "- Tom send the minutes to everyone\n"
             "- Kai and Tom meet weekly\n"
             "- Tom reports the budget is fine\n"
             "- Kai update on the roof\n")
    assert _items(notes) == [
        (("Alis",), "Organise the room for that meeting", "2025-05-16", "open"),
        (("Tom",), "Send the minutes to everyone", None, "open"),
    ]


def test_numbered_agenda_item_headings_hold_minutes() -> None:
    notes = ("# Chess club with the school, 3 March 2025\n\n## Agenda\n\n- Tournaments\n- Rooms\n\n"
             "## AGENDA I: Tournaments\n\n"
             "- Spring open\n"
             "  - Priya Shah will organise\n"
             "  - Clocks would be supported by the school\n"
             "  - Book the hall early!\n"
             "- Coaching\n"
             "  - Run after the last lesson\n"
             "  - Hard to find a referee in May\n\n"
             "## Agenda item 2 - Rooms\n\n"
             "- Tomasz will ask the caretaker for a second key\n")
    assert _items(notes) == [
        (("Priya Shah",), "Organise (spring open)", None, "open"),
        (("Tomasz",), "Ask the caretaker for a second key", None, "open"),
    ]


def test_open_checkboxes_under_owner_headings_in_an_action_list() -> None:
    notes = ("# Food bank volunteers, 3 March 2025\n\n## Actions\n\n### Everyone\n\n"
             "* [ ] Prep rota ideas for the spring.\n"
             "* [ ] 🔴 Van insurance - renew before April.\n\n"
             "### Noor\n\n"
             "* [ ] See if the church hall is free on Saturdays.\n"
             "* [x] Thank the bakery.\n\n"
             "## Notes\n\n"
             "- [ ] Maybe a summer fair\n")
    assert _items(notes) == [
        (("Everyone",), "Prep rota ideas for the spring", None, "open"),
        (("Everyone",), "Van insurance - renew before April", None, "open"),
        (("Noor",), "See if the church hall is free on Saturdays", None, "open"),
        (("Noor",), "Thank the bakery", None, "done"),
    ]


def test_one_owners_semicolon_separated_tasks_in_an_action_list() -> None:
    notes = ("# Library volunteers, 3 March 2025\n\nPresent: Ines, Bartek\n\n"
             "## Notes\n\n- Ines showed the new catalogue; Bartek liked it\n\n"
             "## Action Items\n\n"
             "* **Ines**: Shelf labels for the children's corner; email the council about "
             "the ramp; order new bookends\n"
             "* **Bartek**: Volunteer rota for April\n")
    assert _items(notes) == [
        (("Ines",), "Shelf labels for the children's corner", None, "open"),
        (("Ines",), "Email the council about the ramp", None, "open"),
        (("Ines",), "Order new bookends", None, "open"),
        (("Bartek",), "Volunteer rota for April", None, "open"),
    ]


def test_to_do_items_with_less_common_verbs_and_a_gerund_with_its_owner() -> None:
    notes = ("# Soil lab kick-off, 3 March 2025\n\n##To-Do\n\n"
             "* Unify sampling depths\n"
             "* Double check the pH meter calibration\n"
             "* Writing the methods section (**Oskar**)\n"
             "* Meeting closed at 5pm\n")
    assert _items(notes) == [
        ((), "Unify sampling depths", None, "open"),
        ((), "Double check the pH meter calibration", None, "open"),
        (("Oskar",), "Write the methods section", None, "open"),
    ]


def test_a_named_clause_after_and_in_a_list_line() -> None:
    notes = ("# Board, 12 May 2025\n\nPresent: Ana, Tom, Kai\n\n## Notes\n\n"
             "- The old host still has the domain and Kai will ask them to transfer it\n"
             "- If the grant comes through then Tom will hire a designer\n"
             "- Ana and Tom will review the budget\n")
    assert _items(notes) == [
        (("Kai",), "Ask them to transfer it", None, "open"),
        (("Ana", "Tom"), "Review the budget", None, "open"),
    ]


def test_a_should_we_question_answered_yes_by_consensus() -> None:
    notes = ("# Docs call, 3 March 2025\n\n## Notes\n\n"
             "* Ravi: should we go back and update the old tutorials?\n"
             "  * general consensus: yes\n"
             "* Mei: is the old flag still accepted?\n"
             "  * yes\n"
             "* Ravi: should we drop the beta label?\n"
             "  * not yet\n")
    assert _items(notes) == [((), "Go back and update the old tutorials", None, "open")]


def test_see_if_is_a_task_in_an_action_line_but_see_above_is_not() -> None:
    notes = ("# Board, 12 May 2025\n\nPresent: Ana, Tom, Kai\n\n## Notes\n\n"
             "* ACTION: KS see if the hall is free on Saturdays\n"
             "* ACTION: TB see above\n\n"
             "## Next steps\n\n- See whether the printer can do A3\n- See attached budget\n")
    assert _items(notes) == [
        (("KS",), "See if the hall is free on Saturdays", None, "open"),
        ((), "See whether the printer can do A3", None, "open"),
    ]


def test_a_passive_after_an_arrow_takes_the_topic_as_its_subject() -> None:
    notes = ("# Society and department, 3 March 2025\n\n## Events\n\n"
             "- Spring quiz, the department can help ⇒ will be booked\n"
             "- Careers fair → will be great fun\n")
    assert _items(notes) == [((), "Book Spring quiz", None, "open")]


def test_emoji_before_a_list_item_is_decoration_but_a_tick_still_marks_it_done() -> None:
    notes = ("# Makerspace members meeting, 3 June 2024\n\n## Wood shop\n\n"
             "* 👷 Ines volunteered to sharpen the chisels.\n"
             "* 📌 Omar is going to order a new saw blade by Friday.\n"
             "* ✅ Omar will empty the dust extractor\n"
             "* 🙂 Good turnout at the open evening\n")
    assert _items(notes) == [
        (("Ines",), "Sharpen the chisels", None, "open"),
        (("Omar",), "Order a new saw blade", "2024-06-07", "open"),
        (("Omar",), "Empty the dust extractor", None, "done"),
    ]


def test_a_named_person_then_any_verb_in_the_imperative_is_their_task() -> None:
    # Verbs outside the usual task verbs ("determine", "display", "work out"); the label is
    # a person the notes name, and the words after it are an order, not a remark.
    notes = ("# Hackspace plenum, 12 June 2024\n\nPresent: Tomas, Wen, Ada\n\n"
             "## Finances\n\n**Resolved**\n\n"
             "- Tomas: Determine with the bookkeeper whether monthly scans are possible\n"
             "- Wen: Display the cleaning rota by the door\n"
             "- Ada: Great turnout at the workshop\n"
             "- Ada: Work\n")
    assert _items(notes) == [
        (("Tomas",), "Determine with the bookkeeper whether monthly scans are possible", None,
         "open"),
        (("Wen",), "Display the cleaning rota by the door", None, "open"),
    ]


def test_a_person_over_a_list_owns_the_tasks_in_it() -> None:
    # A parent item naming a person ("- Tom", "- Aisha: newsletter") gives the tasks under it
    # their owner; a bare order under a name stays one of that person's points (see
    # test_no_step_under_a_persons_name_and_no_status_word_owners).
    notes = ("# Staff meeting, 3 March 2025\n\nPresent: Aisha Khan, Tom Reed\n\n"
             "## Updates\n\n"
             "- Tom\n  - Will update the rota for April\n  - Heating was fixed last week\n"
             "- Aisha: newsletter\n  - Draft the spring issue by 14 March (TODO)\n")
    assert _items(notes) == [
        (("Tom",), "Update the rota for April", None, "open"),
        (("Aisha",), "Draft the spring issue", "2025-03-14", "open"),
    ]


def test_a_checkbox_opening_with_a_less_common_verb_names_no_owner() -> None:
    notes = ("# Survey group, 4 March 2024\n\nPresent: Mark, Jonas Berg, Ifeoma\n\n## Tasks\n\n"
             "- [x] Advance text analysis for the open answers\n"
             "- [ ] Mark draft the consent form\n"
             "- [ ] Tally votes from the second round\n"
             "- [ ] Jonas Berg update the codebook\n")
    assert _items(notes) == [
        ((), "Advance text analysis for the open answers", None, "done"),
        (("Mark",), "Draft the consent form", None, "open"),
        ((), "Tally votes from the second round", None, "open"),
        (("Jonas Berg",), "Update the codebook", None, "open")]


def test_the_steps_of_a_plan_with_their_deadlines_in_brackets() -> None:
    notes = ("# Website group, 4 March 2024\n\n## Notes\n\n"
             "- Plan:\n"
             "  - Finish the content audit (end of March)\n"
             "  - Drafting the new menu labels (by 12 April)\n"
             "  - Review of last year's traffic (see the dashboard)\n"
             "  - Update on the hosting contract (mid May)\n\n"
             "Milestones:\n\n"
             "Migrate the blog posts (end of April)\n")
    assert _items(notes) == [
        ((), "Finish the content audit", "2024-03-31", "open"),
        ((), "Draft the new menu labels", "2024-04-12", "open"),
        ((), "Migrate the blog posts", "2024-04-30", "open")]


def test_a_name_line_over_each_persons_checklist() -> None:
    # A name on a line of its own over a checklist: the items are that person's, a task in
    # both lists is both people's, and the label holds only over its own list.
    notes = ("# Robotics club, 3 March 2025\n\n## Last week\n\n"
             "*Noor*\n\n"
             "- [x] Order the spare motors\n"
             "- [ ] Book the gym for the trials\n\n"
             "*Kasia*\n\n"
             "- [x] Order the spare motors\n"
             "- [x] Wire up the sensor board\n\n"
             "## Build\n\n"
             "Noor will lead the build night.\n\n"
             "Noor:\n\n"
             "  - the frame is finished\n"
             "- Paint the chassis (TODO)\n")
    assert _items(notes) == [
        (("Noor", "Kasia"), "Order the spare motors", None, "done"),
        (("Noor",), "Book the gym for the trials", None, "open"),
        (("Kasia",), "Wire up the sensor board", None, "done"),
        (("Noor",), "Lead the build night", None, "open"),
        ((), "Paint the chassis", None, "open"),
    ]


def test_topic_lines_over_checklists_name_no_owner() -> None:
    notes = ("# Website sprint, 3 March 2025\n\n## Todo\n\n"
             "_Frontend_\n\n"
             "- [ ] Fix the menu on phones\n\n"
             "_Backend_\n\n"
             "- [ ] Cache the search results\n\n"
             "The frontend is slow on old phones.\n")
    assert [f.owners for f in parse_bytes(notes.encode(), name="n.md").follow_ups
            ] == [(), ()]


def test_several_names_over_the_tasks_they_share() -> None:
    notes = ("# Festival committee, 3 March 2025\n\n"
             "Thanks to Jonas and Maren for the posters.\n\n## Actions\n\n"
             "- **Jonas, Maren:**\n"
             "  - Print the programme for the stalls\n")
    assert _items(notes) == [
        (("Jonas", "Maren"), "Print the programme for the stalls", None, "open"),
    ]


def test_a_bracketed_list_of_things_is_no_owner() -> None:
    notes = ("# Firmware sync, 3 March 2025\n\n## Actions\n\n"
             "- [x] Finish the radio driver (Retries, queue handling, etc.)\n"
             "- [ ] Sign the supplier letter (Fatima, by 12 March)\n")
    assert _items(notes) == [
        ((), "Finish the radio driver (Retries, queue handling, etc.)", None, "done"),
        (("Fatima",), "Sign the supplier letter", "2025-03-12", "open"),
    ]


def test_an_owner_in_brackets_then_a_dashed_date() -> None:
    notes = ("# Department meeting, 29 January 2018\n\nTasks\n-----\n\n"
             "* Ask the printers about the exam papers (Ruth) - Friday 2nd\n"
             "* Fix the login page (Ana) - low priority\n")
    assert _items(notes)[0] == (("Ruth",), "Ask the printers about the exam papers",
                                "2018-02-02", "open")


def test_a_dated_action_list_with_done_marks_and_a_lower_case_name_tag() -> None:
    # "3rd Mar 2025 : Ana to …" dates when the action was raised, not when it is due; a
    # status in a code span before it marks it done. "[piet]" over a note earlier is a name
    # tag, so the notes writing the name in lower case there do not make it a common word.
    notes = ("# Repair café planning (17th Mar 2025)\n\n## Notes\n\n"
             "- [piet] volunteers should sign in at the door\n\n"
             "## Action items:\n"
             "- `done` 3rd Mar 2025 : Piet to order new solder\n"
             "- 3rd Mar 2025 : Piet to ask the library about the back room\n"
             "- 2025-03-03 - Print the flyers\n")
    assert _items(notes) == [
        (("Piet",), "Order new solder", None, "done"),
        (("Piet",), "Ask the library about the back room", None, "open"),
        ((), "Print the flyers", None, "open"),
    ]


def test_handle_commitments_in_a_log_of_meetings_kept_under_agenda_headings() -> None:
    # Each meeting's notes sit under its dated heading and an "Agenda" list; "@ana to …" there
    # is a commitment made at that meeting (a plain topic stays a topic, and "@ana to present
    # …" leads one), and "by Thursday" is that meeting's Thursday.
    notes = ("# Website group notes\n\n## 14-May-2025\n\n### Agenda\n"
             "- Hosting costs\n- @ana to present the new theme\n"
             "- Many broken links after the move - @kai to run the link checker\n\n"
             "## 07-May-2025\n\n### Agenda\n- Search is slow\n"
             "- @ana and @ben to test the search plugin by Thursday\n"
             "- @ben to file an issue upstream\n- @ben continuing to rewrite the docs\n")
    assert _items(notes) == [
        (("kai",), "Run the link checker", None, "open"),
        (("ana", "ben"), "Test the search plugin", "2025-05-08", "open"),
        (("ben",), "File an issue upstream", None, "open"),
        (("ben",), "Continue to rewrite the docs", None, "open"),
    ]


def test_a_carried_motion_that_someone_should_act_is_their_task() -> None:
    # "Priya should renew …" then "Unanimously approved.": the meeting resolved it. A
    # "should" in a section where nothing was put to a vote stays an opinion.
    notes = ("# Allotment society committee, 9 April 2025\n\n"
             "## Insurance\n\nPriya should renew the public liability cover by 30 April.\n\n"
             "Proposed by: Sam\n\nUnanimously approved.\n\n"
             "## Water troughs\n\nSam should replace the leaking trough.\n\n"
             "Members discussed the cost.\n")
    assert _items(notes) == [
        (("Priya",), "Renew the public liability cover", "2025-04-30", "open"),
    ]


def test_someone_working_on_or_continuing_a_task_without_is() -> None:
    # "- Lee working on the grant report" in a list of updates: under way, so still open;
    # "@kai continuing to …" likewise. An unnamed subject ("Data working …") is no one.
    notes = ("# Project sync, 3 May 2025\n\nPresent: Lee Ward, Kai\n\n## Updates\n\n"
             "- Lee working on the grant report for the council\n"
             "- @kai continuing to migrate the wiki\n"
             "- @kai is chasing the printer\n"
             "- Data working group met twice\n")
    assert _items(notes) == [
        (("Lee",), "Work on the grant report for the council", None, "open"),
        (("kai",), "Continue to migrate the wiki", None, "open"),
        (("kai",), "Chase the printer", None, "open"),
    ]


def test_a_meeting_schedule_with_plans_in_brackets() -> None:
    # "Oct 8 (Nadia will present her survey results)": what is planned for that meeting, due
    # on its date; "Will invite …" with no subject is the committee's. A date with only a
    # topic in brackets is no task.
    notes = ("# Library committee, 24 September 2024\n\nPresent: Nadia Brook, Omar Said\n\n"
             "## Next meetings\n\n"
             "* Oct 8 (Nadia will draft the survey questions, then open discussion)\n"
             "* Oct 22 (Will invite the archivist to talk about donations)\n"
             "* Nov 5 (budget)\n")
    assert _items(notes) == [
        (("Nadia",), "Draft the survey questions", "2024-10-08", "open"),
        ((), "Invite the archivist to talk about donations", "2024-10-22", "open"),
    ]


def test_any_verb_with_owners_in_brackets_in_a_to_do_list() -> None:
    # "describe", "tabulate" are no usual task verbs; owners in brackets in a to-do list
    # make the line a task all the same. A noun phrase there ("Database trial (Ian)") is
    # not read as one.
    notes = ("# Survey group, 2 June 2025\n\nTo-Dos:\n"
             "- tabulate the free-text answers from the spring survey (Ines)\n"
             "- describe the sampling method and its limits (Ines and Karl)\n"
             "- database trial (Karl)\n")
    assert _items(notes) == [
        (("Ines",), "Tabulate the free-text answers from the spring survey", None, "open"),
        (("Ines", "Karl"), "Describe the sampling method and its limits", None, "open"),
    ]


def test_a_topic_to_be_done_by_named_people_is_their_task() -> None:
    # "- Fence repairs" / "  - Will be done by Ola and Sven by Friday": the topic is the
    # task; "will be done by next week" names no one.
    notes = ("# Allotment working party, 3 June 2025\n\n## Notes\n\n"
             "- Fence repairs\n  - Will be done by Ola and Sven by Friday\n"
             "- Compost bays\n  - Will be done by next week\n")
    assert _items(notes) == [
        (("Ola", "Sven"), "Fence repairs", "2025-06-06", "open"),
    ]


def test_this_after_a_dash_is_the_clause_before_it_and_a_cut_off_task_is_the_topics() -> None:
    # "Maybe add X - Ola will do this": the task is the clause before the dash, not the
    # item above; "Sven will follow up with." is cut off, so it is about the item above.
    notes = ("# Choir committee, 3 June 2025\n\n## Notes\n\n"
             "- Summer concert\n"
             "  - Maybe print a programme with the lyrics - Ola will do this.\n"
             "- Joint rehearsal with the youth choir\n"
             "  - Possibly July - Sven will follow up with.\n")
    assert _items(notes) == [
        (("Ola",), "Print a programme with the lyrics", None, "open"),
        (("Sven",), "Follow up with (joint rehearsal with the youth choir)", None, "open"),
    ]


def test_respectively_gives_each_owner_their_own_task() -> None:
    notes = ("# Band committee, 3 June 2025\n\n## Notes\n\n"
             "Priya Nair and Tom Field will check the brass and percussion inventories, "
             "respectively, before the summer tour.\n")
    assert _items(notes) == [
        (("Priya Nair",), "Check the brass inventory before the summer tour", None, "open"),
        (("Tom Field",), "Check the percussion inventory before the summer tour", None, "open"),
    ]


def test_unmarked_lines_right_under_an_actions_intro_are_its_items() -> None:
    notes = ("# Allotment committee 5 May 2026\n\nMinutes were agreed.\n\nActions:\n"
             "Rhys: ask the council about the water meter\n"
             "Joan: order the seed potatoes (by 12 May)\n"
             "Note: the shed key is with Joan.\n\n"
             "Mo: I think the hedge can wait.\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert [(f.owners, f.task, f.due) for f in session.follow_ups] == [
        (("Rhys",), "Ask the council about the water meter", None),
        (("Joan",), "Order the seed potatoes", date(2026, 5, 12))]


def test_handles_side_by_side_share_the_task() -> None:
    notes = ("# Support sync 2026-04-07\n\n## Action items\n\n"
             "- [ ] @ines @tomas pair on the refund backlog\n"
             "- @ines @tomas review the refund macros\n")
    assert _items(notes) == [(("ines", "tomas"), "Pair on the refund backlog", None, "open"),
                             (("ines", "tomas"), "Review the refund macros", None, "open")]


def test_a_line_of_labelled_fields_is_one_task() -> None:
    notes = ("# Fleet review 2026-07-01\n\nAction items:\n\n"
             "- Owner: Ravi — Task: service the two vans — Due: 2026-07-10\n"
             "- Owner: Gail — Task: renew the parking permits — Due: July 6\n"
             "- Swap the winter tyres Assigned to Ravi Due Oct 1, 2026\n"
             "- Insurance renewal: owner was the old manager, now open\n"
             "- Assigned to the wrong team last time: the boiler ticket\n")
    assert _items(notes) == [
        (("Ravi",), "Service the two vans", "2026-07-10", "open"),
        (("Gail",), "Renew the parking permits", "2026-07-06", "open"),
        (("Ravi",), "Swap the winter tyres", "2026-10-01", "open")]



def test_a_named_attendee_over_a_list_of_verbs_owns_the_list() -> None:
    notes = ("# Shop handover 2026-09-10\n\nPresent: Wanda, Ivo\n\n## Wanda\n\n"
             "- Count the till float\n- Order more paper bags (due 14 Sept)\n\n## Ivo\n\n"
             "- Fix the back door lock\n\n## Stock\n\n- Reorder the oat milk\n")
    assert _items(notes) == [
        (("Wanda",), "Count the till float", None, "open"),
        (("Wanda",), "Order more paper bags", "2026-09-14", "open"),
        (("Ivo",), "Fix the back door lock", None, "open"),
        ((), "Reorder the oat milk", None, "open")]  # a task, but no one's named "Stock"


def test_owner_less_items_under_a_decisions_heading_are_decisions() -> None:
    notes = ("# Choir committee 2026-06-02\n\n**Key decisions**\n\n"
             "- We will submit a bid for the autumn fair.\n"
             "- Lena will book the coach for the fair.\n")
    assert _items(notes) == [(("Lena",), "Book the coach for the fair", None, "open")]


def test_owner_and_due_labelled_in_brackets_after_the_task() -> None:
    notes = ("# Fleet review 2026-08-04\n\n## Actions\n\n"
             "- [ ] Tell the depot about the new rota (Owner: Sofia, Due: Aug 6)\n"
             "- [ ] Check the tyre pressures (Ravi, due: Aug 7)\n")
    assert _items(notes) == [
        (("Sofia",), "Tell the depot about the new rota", "2026-08-06", "open"),
        (("Ravi",), "Check the tyre pressures", "2026-08-07", "open")]


def test_me_as_an_owner_in_a_signed_recap_is_the_signer() -> None:
    notes = ("Hi all,\n\nFollow-ups we agreed:\n\n* Ola - print the name badges\n"
             "* Me - order the lanyards\n\nCheers,\nPetra\n")
    assert _items(notes) == [(("Ola",), "Print the name badges", None, "open"),
                             (("Petra",), "Order the lanyards", None, "open")]


def test_where_an_open_item_stands_after_a_dash_is_not_its_task() -> None:
    notes = ("# Scout hut committee 2026-04-08\n\n## Actions\n\n"
             "- Paint the fire exit sign — carried forward\n"
             "- Clear the gutters - in progress\n")
    assert _items(notes) == [((), "Paint the fire exit sign", None, "open"),
                             ((), "Clear the gutters", None, "open")]


def test_a_task_verb_done_again_opens_a_task() -> None:
    notes = ("# Cafe rota 2026-04-08\n\n## Actions\n\n- Reorder the oat milk\n"
             "- Refund policy stays as it is\n")
    assert _items(notes) == [((), "Reorder the oat milk", None, "open")]


def test_action_items_alone_on_a_line_introduce_a_list_and_tbd_owns_nothing() -> None:
    notes = ("# Studio sync 2026-04-28\n\nWins\n- Kai shipped the poster\n\nAction items\n"
             "- Kai: print the proofs\n- TBD: fix the kiln timer\n"
             "- No owner yet: sort the glaze shelf\n")
    assert _items(notes) == [(("Kai",), "Print the proofs", None, "open"),
                             ((), "Fix the kiln timer", None, "open"),
                             ((), "Sort the glaze shelf", None, "open")]


def test_a_name_label_then_will_and_any_verb_is_that_persons_task() -> None:
    notes = ("# Club committee\n\n## Newsletter\n\n- Ines: start with the summer results\n"
             "- Omar: will solicit the members for photos\n- Ines: will be away in May\n")
    assert _items(notes) == [(("Ines",), "Start with the summer results", None, "open"),
                             (("Omar",), "Solicit the members for photos", None, "open")]


def test_notes_kept_under_an_agenda_and_notes_heading_are_read() -> None:
    notes = ("# Steering call\n\n### Agenda / Meeting notes\n\n* Charter\n"
             "  - **Action**: Everybody please read the charter and give a +1\n"
             "  - Aim to vote at the next meeting\n* Mailing list\n"
             "  - **Action**: Vera will move the archives to the new list\n")
    assert _items(notes) == [(("Everybody",), "Read the charter and give a +1", None, "open"),
                             (("Vera",), "Move the archives to the new list", None, "open")]


def test_an_escaped_numbered_agenda_item_heading_holds_minutes() -> None:
    notes = ("# Board minutes\n\n## Agenda\n\n### Agenda Item \\#3: Insurance\n\n"
             "- Pablo: will phone the broker about the policy\n")
    assert _items(notes) == [(("Pablo",), "Phone the broker about the policy", None, "open")]


def test_checkbox_items_say_who_by_initials_a_trailing_name_or_a_later_clause() -> None:
    notes = ("# Handover\n\n## Lab moves\n\n- [ ] KEL Take Thais off the freezer rota\n"
             "- [ ] Plate reader protocol, better explanation - Sara\n"
             "- [x] Waste clearing - Thais will train Madeline and Remy\n"
             "- [ ] Take Thais, Alan, and Sara off the door sign\n")
    assert _items(notes) == [(("KEL",), "Take Thais off the freezer rota", None, "open"),
                             (("Sara",), "Plate reader protocol, better explanation", None,
                              "open"),
                             (("Thais",), "Train Madeline and Remy", None, "done"),
                             ((), "Take Thais, Alan, and Sara off the door sign", None, "open")]


def test_agreed_to_with_a_name_in_brackets_and_a_name_typed_in_lower_case() -> None:
    notes = ("# Build call\n\n## Agenda\n\n* Release checklist (Priya)\n\n## Minutes\n\n"
             "* Agreed to add the link checker to the nightly jobs (Tomas).\n"
             "* Write a short guide to the release checklist (priya)\n"
             "* Move the meeting to Tuesdays (maybe)\n")
    assert [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups] \
        == [(("Tomas",), "Add the link checker to the nightly jobs"),
            (("priya",), "Write a short guide to the release checklist")]


def test_pandoc_highlight_spans_and_team_handles() -> None:
    notes = ("# Data group\n\n## Next steps\n\n"
             "- [Nicolo to complete the data registry table]{.mark} (two examples)\n"
             "- Action item: @pyconf/web-team Review the sponsor page PR\n")
    assert _items(notes) == [
        (("Nicolo",), "Complete the data registry table (two examples)", None, "open"),
        (("pyconf/web-team",), "Review the sponsor page PR", None, "open")]


def test_handles_with_an_initial_let_us_labels_emoji_codes_and_prefixed_verbs() -> None:
    notes = ("# Team sync\n\n## Next steps\n\n"
             "- [x] @Jonas K Will update the regions proposal\n"
             "- Kim & Jo: let's set up recurring meetings\n"
             "- Continue the skiplink work (MJ) :sunflower:\n"
             "- Unpublish the old blog post (Oscar)\n"
             "- All of us: Think about how we label the issues\n"
             "- Fix the footer :white_check_mark:\n")
    assert _items(notes) == [
        (("Jonas K",), "Update the regions proposal", None, "done"),
        (("Kim", "Jo"), "Set up recurring meetings", None, "open"),
        (("MJ",), "Continue the skiplink work", None, "open"),
        (("Oscar",), "Unpublish the old blog post", None, "open"),
        (("All of us",), "Think about how we label the issues", None, "open"),
        ((), "Fix the footer", None, "done")]


def test_todo_tags_and_lower_case_names_from_the_attendance() -> None:
    notes = ("# Organisers call\n\nParticipants: garry, sarah, dc, HA\n\n## Notes\n\n"
             "- #todo garry create the sticker designs\n"
             "- [x] sarah: email Erica about the deadline\n"
             "- [ ] Figure out when the orientation is [HA]\n"
             "- #todo book the room\n")
    assert _items(notes) == [
        (("garry",), "Create the sticker designs", None, "open"),
        (("sarah",), "Email Erica about the deadline", None, "done"),
        (("HA",), "Figure out when the orientation is", None, "open"),
        ((), "Book the room", None, "open")]


def test_a_dated_update_under_a_task_is_no_task() -> None:
    notes = ("# Biweekly\n\n## Action points\n\n"
             "- [ ] @Oli F will propose changes to the quickstart\n"
             "    - Update 10.11.2020: Unfortunately no progress here.\n")
    assert _items(notes) == [(("Oli F",), "Propose changes to the quickstart", None, "open")]


def test_a_speakers_sentence_in_scribed_minutes_is_no_task_of_theirs() -> None:
    notes = ("# Community group call\n\n## HTTP signatures\n\n"
             "* HS: Mastodon is using an old version of the draft.\n"
             "* HS: See especially the Mastodon docs.\n"
             "* VB: Review the shape before next week, please.\n"
             "* VB: I will open an issue for the shape.\n")
    assert _items(notes) == [(("VB",), "Open an issue for the shape", None, "open")]


def test_names_over_a_project_own_its_steps() -> None:
    notes = ("# Team meeting\n\n## Projects\n\nList of projects from last time:\n"
             "- Brent and Anish: RSQLA1\n"
             "    - Update the project timeline to go till the end of the cycle.\n"
             "- Rajat: Internationalization\n    - Write up the project for the cycle\n"
             "    - Mukesh will do the backend review\n"
             "- Budget: the Q3 figures\n    - Check the totals\n")
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("Brent", "Anish"), "Update the project timeline to go till the end of the cycle"),
        (("Rajat",), "Write up the project for the cycle"),
        (("Mukesh",), "Do the backend review"), ((), "Check the totals")]


def test_a_listed_action_in_several_sentences_is_one_action() -> None:
    notes = ("# Working group, 25 June 2025\n\n## Action items\n\n"
             "- Schedule the July meetings. Accommodate key agency stakeholders. "
             "Send calendar invites by Friday.\n"
             "- Ana will draft the schema. Bo will review it.\n"
             "- DaveM: fix the NLS strings; apply Rupen's patch\n")
    got = [(owners, task, due) for owners, task, due, _ in _items(notes)]
    assert got == [
        ((), "Schedule the July meetings; accommodate key agency stakeholders; "
             "send calendar invites", "2025-06-27"),
        (("Ana",), "Draft the schema", None), (("Bo",), "Review it", None),
        (("DaveM",), "Fix the NLS strings", None), (("DaveM",), "Apply Rupen's patch", None)]


def test_in_minutes_with_many_speakers_one_who_speaks_once_is_a_speaker_too() -> None:
    lines = ["SC: Welcome, please say who you are.", "VB: Good to see everyone.",
             "SC: First item is the profile shape.", "VB: The shape is a starting point.",
             "HS: I will look at the seeAlso links.", "HS: Mastodon uses an old draft.",
             "EJ: Have attended meetings already.", "SC: Thanks, EJ.",
             "Budget: Review the travel costs."]
    notes = "# Community group call\n\n## Introductions\n\n" + "\n\n".join(lines) + "\n"
    assert [(owners, task) for owners, task, _, _ in _items(notes)] == [
        (("HS",), "Look at the seeAlso links")]


def test_italics_and_link_targets_do_not_stay_in_tasks_and_titles() -> None:
    session = parse_bytes((b"# Triage\n\n## *Nominated*\n\n"
                     b"- [[39186](https://github.com/r/r/issues/39186)] *Document that uid() "
                     b"triggers setgroups*\n    - Mara to check this.\n"
                     b"- Ana will check *the docs* and _the site_ for unwrap_none and 2*3*4.\n"
                           ), name="triage.md")
    assert [s.title for s in session.sections] == ["Nominated"]
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Mara",), "Check this ([39186] Document that uid() triggers setgroups)"),
        (("Ana",), "Check the docs and the site for unwrap_none and 2*3*4")]
    assert [link.url for link in session.links] == ["https://github.com/r/r/issues/39186"]


def test_a_hyphened_phrasal_verb_is_a_task_and_a_pull_request_is_no_owner() -> None:
    assert _items("# Sync\n\n* Next steps:\n  * @jsav to follow-up on the PR\n"
                  "  * Ana will set-up the room\n  * PR to address this in #2349.\n"
                  "  * Bo: circulate the sign-up form\n") == [
        (("jsav",), "Follow up on the PR", None, "open"),
        (("Ana",), "Set up the room", None, "open"),
        (("Bo",), "Circulate the sign-up form", None, "open")]


def test_who_leads_the_next_meeting_is_a_task_and_what_you_can_do_is_none() -> None:
    assert _items("# Sync\n\n## Next agenda\n\n- Ana will facilitate the next meeting\n"
                  "- Bo will present the budget\n- Talk more about the event\n\n"
                  "## Updates\n\n- Cy: added page commands. Can run all your tests in the "
                  "browser. Can summarise the thread for the list.\n- Di: fine.\n"
                  "- Cy: yes.\n- Di: ok.\n") == [
        (("Ana",), "Facilitate the next meeting", None, "open"),
        (("Cy",), "Summarise the thread for the list", None, "open")]


def test_a_wiki_mention_before_a_task_is_its_owner() -> None:
    people = "https://acme.atlassian.net/wiki/people/5f1f8319ef11df0025869e21?ref=confluence"
    assert _items(f"# Board\n\n## Action items\n\n* [Zach Goulson]({people}) Add Ana to the "
                  f"workspace\n* [Alec Akin (Unlicensed)]({people})[Bo Li]({people}) Review "
                  "the budget\n* [Budget sheet](https://docs.example.org/d/1) Fill in the Q3 "
                  "column\n") == [
        (("Zach Goulson",), "Add Ana to the workspace", None, "open"),
        (("Alec Akin", "Bo Li"), "Review the budget", None, "open"),
        ((), "Budget sheet Fill in the Q3 column", None, "open")]


def test_an_owner_named_after_a_clause_without_a_comma_or_after_for() -> None:
    assert _items("# TSC\n\nAttendees: Brian Cole, Ada Roy\n\n## Notes\n\n* Survey\n"
                  "   * Once doc revisions are addressed Brian will bring it back to the board.\n"
                  "   * A few comments in there for Ada to resolve.\n"
                  "   * Time for Ada to shine.\n   * Once more the results were late.\n") == [
        (("Brian",), "Bring it back to the board", None, "open"),
        (("Ada",), "Resolve a few comments in there", None, "open")]


def test_please_after_an_owner_a_link_after_a_colon_and_a_list_after_a_colon() -> None:
    assert _items("# SIG\n\n## Actions\n[All] Please leave feedback on the charter on this "
                  "issue: \nhttps://github.com/o/s/issues/2. We aim to have a draft soon.\n\n"
                  "ACTION: Liv to follow up on: the installer; python controls; physics\n\n"
                  "ACTION: Bo to book the room; Cy to order food\n") == [
        (("All",), "Leave feedback on the charter on this issue", None, "open"),
        (("Liv",), "Follow up on: the installer; python controls; physics", None, "open"),
        (("Bo",), "Book the room", None, "open"),
        (("Cy",), "Order food", None, "open")]


def test_a_reply_or_a_look_is_about_the_item_above_and_a_colon_gives_the_reason() -> None:
    assert _items("# Triage\n\n"
                  "- [[21319](https://github.com/r/r/issues/21319)] *Make Builder reusable*\n"
                  "    - KodrAus to write reply\n"
                  "- [[76901](https://github.com/r/r/pull/76901)] *Implement the Needle API*\n"
                  "    - KodrAus to take a look: two reviewers suggested the API needs a "
                  "rethink.\n"
                  "- Budget\n    - Ana will send feedback on the draft budget\n") == [
        (("KodrAus",), "Write reply ([21319] Make Builder reusable)", None, "open"),
        (("KodrAus",), "Take a look ([76901] Implement the Needle API)", None, "open"),
        (("Ana",), "Send feedback on the draft budget", None, "open")]


def test_an_arrow_back_to_a_name_says_who_does_the_item() -> None:
    assert _items("# Triage\n\n- [[77728](https://github.com/r/r/pull/77728)] *Expose quotes*\n"
                  "    - Seal `CommandExt` after the crater run. <- Amanieu\n"
                  "    - A portability lint could help <- not sure\n") == [
        (("Amanieu",), "Seal CommandExt after the crater run", None, "open")]


def test_done_under_an_action_item_reports_it_done() -> None:
    assert _items("# Society meeting\n\n## Old action items\n"
                  "  * Adam: Photoshop some posters\n    * Done\n"
                  "  * Nat: Get the prize box from the tutor\n    * He was away. However all done\n"
                  "  * Jo: Finish the bot\n    * This wasnt done, and needs to be done.\n") == [
        (("Adam",), "Photoshop some posters", None, "done"),
        (("Nat",), "Get the prize box from the tutor", None, "done"),
        (("Jo",), "Finish the bot", None, "open")]


def test_a_stand_ups_name_heading_over_plans_in_the_progressive() -> None:
    assert _items("# Check-in\n\n## Attendees\n- Anjana\n- Grayson\n\n## Notes\n\n### Anjana\n"
                  "- Fixing test_user_service on Friday\n- Reviewing Grayson's PRs\n"
                  "- Starting Feature 9\n\n### Grayson\n- Waiting for reviews\n"
                  "- Lab attendance is important\n- Meeting moved to Wednesday\n") == [
        (("Anjana",), "Fix test_user_service on Friday", None, "open"),
        (("Anjana",), "Review Grayson's PRs", None, "open"),
        (("Anjana",), "Start Feature 9", None, "open")]


def test_a_this_week_heading_lists_the_weeks_tasks() -> None:
    assert _items("# Meeting 19\n\n# What has been done\n\n- writing has started\n\n"
                  "# This week :\n- make a planning for the coming 6 weeks\n"
                  "- figure out the structure of the paper\n") == [
        ((), "Make a planning for the coming 6 weeks", None, "open"),
        ((), "Figure out the structure of the paper", None, "open")]


def test_owners_then_to_and_a_colon_own_the_list_under_them() -> None:
    assert _items("# Garden group, 9 April 2024\n\n## Plans\n"
                  "- **Priya** and **Tom** to:\n  1) weed the herb beds, and\n"
                  "  2) order the compost, as well as\n- Sowing went well\n\n"
                  "Gwen will:\n\n- book the hall\n- print the flyers\n\nThat was all.\n\n"
                  "- the shed roof leaks\n") == [
        (("Priya", "Tom"), "Weed the herb beds", None, "open"),
        (("Priya", "Tom"), "Order the compost", None, "open"),
        (("Gwen",), "Book the hall", None, "open"),
        (("Gwen",), "Print the flyers", None, "open")]


def test_a_to_do_list_with_some_boxes_naming_things_not_doings() -> None:
    # Most boxes open with a verb, so the list is one of tasks, and its noun phrases are
    # tasks too; a list of noun phrases alone is a list of topics.
    assert _items("# Sim code, 3 May 2025\n\n## Solver\n"
                  "- [ ] Tidy the spring module\n- [ ] Adaptive time steps\n"
                  "- [x] Profile the contact code\n\n## Papers to read\n"
                  "- [ ] Elastic rods in viscous fluid\n- [ ] Friction in thin strips\n") == [
        ((), "Tidy the spring module", None, "open"),
        ((), "Adaptive time steps", None, "open"),
        ((), "Profile the contact code", None, "done")]


def test_an_order_in_a_list_of_notes_is_a_task_but_not_a_topic_or_a_hedge() -> None:
    # A bare imperative among the notes is what the meeting decided to do; an item with
    # notes under it is a topic, and a hedge, a question, an issue's title, praise or a
    # list some line introduces are not orders.
    assert _items("# Tenants' group, 2 Feb 2023\n\n## Outreach\n"
                  "- Talked about the rent rises on Elm Street\n"
                  "- Schedule something bigger in person for March.\n"
                  "- Set up the Eventbrite, send it to Markose by Friday\n"
                  "- Print the leaflets maybe\n- Book the hall?\n"
                  "- Renew the web domain #12\n- Keep up the good work\n"
                  "- Update the contact sheet\n  - it lives in the shared drive\n\n"
                  "Ideas we could follow up:\n\n- Start a newsletter\n") == [
        ((), "Schedule something bigger in person for March", None, "open"),
        ((), "Set up the Eventbrite, send it to Markose", "2023-02-03", "open")]


def test_what_a_person_needs_to_do_or_is_doing_under_their_name_in_a_stand_up() -> None:
    assert _items("# Weekly stand-up, 12 May 2025\n\nPresent: Lior, Meseret\n\n## Updates\n\n"
                  "1. **Lior**\n   - Fixed the login redirect\n"
                  "   - Need to work on the export button\n"
                  "2. **Meseret**\n   - Working on the settings page\n"
                  "   - Heating in the lab was fixed\n   - Blockers:\n"
                  "     - Waiting on the design tokens\n") == [
        (("Lior",), "Work on the export button", None, "open"),
        (("Meseret",), "Work on the settings page", None, "open")]


def test_weekdays_and_a_verbs_ing_form_are_no_owners() -> None:
    assert _items("# Book club, 30 Oct 2024\n\n## Old business\n\n"
                  "- [x] book rooms once we know the date (Monday Tuesday Friday)\n"
                  "- [ ] Buy the snacks\n\n## Reports\n\n"
                  "- Continuing to work with the library on the reading list\n") == [
        ((), "Book rooms once we know the date (Monday Tuesday Friday)", None, "done"),
        ((), "Buy the snacks", None, "open")]


def test_a_box_labelled_with_a_name_is_that_persons_whatever_follows() -> None:
    assert _items("# Book club, 30 Oct 2024\n\nPresent: Ray, Zach\n\n## New business\n\n"
                  "- [ ] Ray: Snacks for the scanning night. Crisps. Stuff like that.\n"
                  "- [ ] Zach sets up the club's video account\n"
                  "- [x] Clean up the old posts\n") == [
        (("Ray",), "Snacks for the scanning night", None, "open"),
        (("Zach",), "Set up the club's video account", None, "open"),
        ((), "Clean up the old posts", None, "done")]


def test_an_item_of_a_list_of_actions_is_an_action_even_without_a_verb() -> None:
    assert _items("# Sprint review, 5 March 2024\n\n### Action points\n"
                  "- Website redesign\n- Retrieving real data from the database\n"
                  "- Export to CSV (Ana)\n- None this week\n"
                  "- Someone should write a newcomer guide\n\n### Next steps\n\n"
                  "We will try small working groups on these pieces of work\n\n"
                  "- Feedback loops\n- Member dashboard\n") == [
        ((), "Website redesign", None, "open"),
        ((), "Retrieve real data from the database", None, "open"),
        (("Ana",), "Export to CSV", None, "open"),
        # (A need in a list of actions is the work itself, still with no one to do it.)
        ((), "Write a newcomer guide", None, "open")]


def test_someone_working_on_something_in_a_list_of_actions() -> None:
    assert _items("# Car project, 22 Jan 2023\n\n## 22/01/2023\n"
                  "- reviewed the state of the app\n- list of actions\n"
                  "  - **Alba** and **Mira** to improve the tests\n"
                  "  - **Dorin** is working on the menus\n"
                  "  - **Rob** is working on the slides\n") == [
        (("Alba", "Mira"), "Improve the tests", None, "open"),
        (("Dorin",), "Work on the menus", None, "open"),
        (("Rob",), "Work on the slides", None, "open")]


def test_a_plan_for_next_week_is_due_by_the_end_of_it() -> None:
    assert _items("Friday 22 November 2019\n\nAttendees: Jacob, Nestor, Yao\n\n"
                  "Plan for next week:\n\n"
                  "1. Nestor and Yao will run the key-finding on Op. 81 and Op. 44.\n"
                  "2. Jacob will do the assignment for cross-checking, so everybody knows "
                  "what to check.\n") == [
        (("Nestor", "Yao"), "Run the key-finding on Op. 81 and Op. 44", "2019-11-29", "open"),
        (("Jacob",), "Do the assignment for cross-checking", "2019-11-29", "open")]


def test_an_order_the_meeting_approved_under_it_is_a_task() -> None:
    assert _items("# Board, 24 March 2024\n\n### 11. Shared folder\n\n"
                  "- Create a shared folder for the association.\n"
                  "  - _Unanimously approved._\n"
                  "- Buy a new printer for the office\n  - too expensive for now\n") == [
        ((), "Create a shared folder for the association", None, "open")]


def test_opening_a_schedule_on_an_agenda_is_work_but_opening_the_meeting_is_not() -> None:
    assert _items("# Minutes, 14 Nov 2024\n\n## Agenda Items\n\n"
                  "- Pepsi to open a publication schedule for the holidays\n"
                  "- Ren to open the meeting\n- Printer for the print edition\n") == [
        (("Pepsi",), "Open a publication schedule for the holidays", None, "open")]


def test_round_brackets_as_checkboxes_with_the_owner_in_front() -> None:
    # A Google Docs or Paper checklist saved as text writes its boxes "( )" and "(x)";
    # the name in front says who does it, a name after it who raised it, and "(b)" glued
    # to the end is the anchor of a comment.
    assert _items("Garden retro, 3 June 2024\n\nAction items:\n"
                  "* ( ) (Mona) Add to the plan that composting is a goal.\n"
                  "* (x) (Tariq) Order the seed trays\n"
                  "* ( ) (Mona and Lee) Write down who waters when(b)\n"
                  "* ( ) (Tariq) Work out how to share the tools (Lee)\n"
                  "* ( ) (Irrigation team) Leaks and timers(c)\n") == [
        (("Mona",), "Add to the plan that composting is a goal", None, "open"),
        (("Tariq",), "Order the seed trays", None, "done"),
        (("Mona", "Lee"), "Write down who waters when", None, "open"),
        (("Tariq",), "Work out how to share the tools", None, "open"),
        (("Irrigation team",), "Leaks and timers", None, "open")]


def test_a_name_listed_as_attending_owns_its_action_even_if_it_is_a_word() -> None:
    notes = ("# Trust and safety call, 17 June 2026\n\n## Attending\n\n- Rowan (lead)\n"
             "- Echo (mail team)\n\n## Action Items\n\n"
             "- [ ] Echo: Check with the mail team on the signature approach.\n")
    assert parse_bytes(notes.encode(), name="call.md").attendance == "Rowan, Echo"
    assert _items(notes) == [
        (("Echo",), "Check with the mail team on the signature approach", None, "open")]


def test_a_stand_up_answer_to_what_will_you_do_today_is_due_that_day() -> None:
    assert _items("# Stand-up 2023-02-14\n\n# Reports\n- Ines Moreau\n"
                  "  - What did you do since the last stand-up?\n    - Fixed the login form\n"
                  "  - What will you do today?\n    - Write the release notes\n"
                  "  - Anything blocking you?\n    - The staging server is down\n"
                  "- Omar\n  - What are you working on next?\n    - Dark mode toggle\n") == [
        (("Ines Moreau",), "Write the release notes", "2023-02-14", "open"),
        (("Omar",), "Dark mode toggle", None, "open")]


def test_a_name_ending_in_ly_is_no_adverb_and_ownership_unclear_is_nobody() -> None:
    assert _items("Sprint planning, 16 Dec 2025\n\n"
                  "- Kelly Taylor will create the stories for the assembly feature.\n"
                  "- Additionally Nate will update the board.\n\nList action items\n\n"
                  "The following action items were confirmed:\n\n"
                  "- **Madhu Saxena:**\n    - Confirm the priority with Rakesh.\n"
                  "- **Ownership Unclear:**\n"
                  "    - Investigate ways to automate order creation.\n") == [
        (("Kelly Taylor",), "Create the stories for the assembly feature", None, "open"),
        (("Nate",), "Update the board", None, "open"),
        (("Madhu Saxena",), "Confirm the priority with Rakesh", None, "open"),
        ((), "Investigate ways to automate order creation", None, "open")]


def test_next_steps_for_named_people_and_an_action_after_a_dash() -> None:
    assert _items("# Dev meeting 2021-05-27\n\nAttendees: JK, LC, SR, AR\n\nRoadmap:\n"
                  "- LC action – assign issues to individuals\n"
                  "- Next steps – write a markdown version of the roadmap\n\n"
                  "Next steps for SR and AR:\nWait on the wireframe until it is final\n"
                  "- the landing page\n- document what you have been doing\n\n"
                  "Next steps\n- Next steps for the website\n  - Ana to fix the menu\n") == [
        (("LC",), "Assign issues to individuals", None, "open"),
        ((), "Write a markdown version of the roadmap", None, "open"),
        (("SR", "AR"), "Wait on the wireframe until it is final", None, "open"),
        (("SR", "AR"), "The landing page", None, "open"),
        (("SR", "AR"), "Document what you have been doing", None, "open"),
        (("Ana",), "Fix the menu", None, "open")]


def test_trying_to_get_it_done_by_a_day_dates_the_task_before_it() -> None:
    assert _items("# Dev meeting 2021-05-27\n\n## Actions\n\n- Ana to book the room\n"
                  "- Hoping to have it done by Friday.\n- Bo to order the food\n"
                  "- The team will no longer issue new licences.\n") == [
        (("Ana",), "Book the room", "2021-05-28", "open"),
        (("Bo",), "Order the food", None, "open")]


def test_a_next_step_label_inside_a_list_of_updates() -> None:
    assert _items("# Planning 2022-07-01\n\n### Refactor\n\n* Remove the old cache layer\n"
                  "    - current step is:\n        - simplify the lookups in the solver\n"
                  "    - next step is:\n        - make the environment available to the solver\n"
                  "        - we used to have to wait for inference\n") == [
        ((), "Make the environment available to the solver", None, "open")]


def test_a_word_table_saved_as_markdown_with_an_empty_header_and_item_numbers() -> None:
    assert _items("# Meeting 38, 31 May 2012\n\n### Actions 38\n\n"
                  "|       |                   |     |        |\n"
                  "| ----- | ----------------- | --- | ------ |\n"
                  "| Item  | Description       | Res | Status |\n"
                  "| 38.00 | Document the meeting | AM | Done |\n"
                  "| 38.01 | Send the test plan to the partners | SR | Open |\n") == [
        (("AM",), "Document the meeting", None, "done"),
        (("SR",), "Send the test plan to the partners", None, "open")]


def test_owners_after_a_typewriter_dash_with_a_nickname() -> None:
    assert _items("# TSC 2022-09-20\n\n## Action items\n\n"
                  "* 1 . Invite members and schedule the TSC meeting. -- Gopi\n"
                  "* 2 . Find the membership agreement. -- Gopi, Zicheng (Zev)\n"
                  "* 3 . Fix the login – urgent (Ana)\n") == [
        (("Gopi",), "Invite members and schedule the TSC meeting", None, "open"),
        (("Gopi", "Zicheng"), "Find the membership agreement", None, "open"),
        (("Ana",), "Fix the login – urgent", None, "open")]


def test_a_step_under_a_topic_is_its_first_sentence() -> None:
    assert _items("# Council call 2019-09-16\n\n- ASAP do the two things in the issue:\n\n"
                  "    1) fill in the form on the agenda, and\n"
                  "    2) talk to Talisha about your travel. Details are in the document.\n"
                  ) == [
        ((), "Fill in the form on the agenda", None, "open"),
        ((), "Talk to Talisha about your travel", None, "open")]


def test_a_deadline_line_dates_its_sections_tasks() -> None:
    assert _items("# Council 2019-09-16\n\n## Elections\n\n- Please add names to the form\n"
                  "- Tracy had several suggestions that she will contribute via the form\n"
                  "- Deadline for completion is our next meeting on October 21, 2019\n\n"
                  "## Other\n\n- Ana will book the room.\n") == [
        ((), "Add names to the form", "2019-10-21", "open"),
        (("Tracy",), "Contribute several suggestions via the form", "2019-10-21", "open"),
        (("Ana",), "Book the room", None, "open")]
