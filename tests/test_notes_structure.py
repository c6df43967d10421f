"""Sections, title and agenda on forms that converted and site-generated notes take."""

from __future__ import annotations

from datetime import date

import pytest

from bench.selfcheck import LEFTOVER
from digestbot.notes import parse_bytes
from digestbot.notes.blocks import split_blocks


def _parse(text: str, name: str = "notes.md"):
    return parse_bytes(text.encode(), name=name)


def test_pandoc_heading_attributes_and_wiki_links_are_not_part_of_the_title() -> None:
    session = _parse(
        "`{{TOC}}`{=mediawiki}\n\n"
        "## Time and Place {#time_and_place}\n\n- Quorum: yes\n\n"
        "## [Last Month's Minutes](Minutes_2023_04) {#last_months_minutes}\n\n- Approved\n\n"
        "## [Garden Rota](https://example.org/rota) - ??? {#garden_rota__}\n\n- Nothing new\n")
    assert [s.title for s in session.sections] == [
        "Time and Place", "Last Month's Minutes", "Garden Rota - ???"]
    assert session.title is None


def test_heading_over_front_matter_title() -> None:
    session = _parse("---\ntitle: 2024-05-02\n---\n\n### Library volunteers meeting 2 May 2024\n\n"
                     "#### Present\n\n- Ana, Bo\n\n#### Books\n\n- Sorted\n")
    assert session.title == "Library volunteers meeting"
    assert [s.title for s in session.sections] == ["Present", "Books"]


def test_toml_front_matter_is_not_text() -> None:
    session = _parse('+++\ntitle = "Rolling minutes"\n+++\n\n# Orchard crew sync\n\n'
                     "## Pruning\n\nAna will sharpen the saws.\n")
    assert session.title == "Orchard crew sync"
    assert [s.title for s in session.sections] == ["Pruning"]


def test_agenda_is_the_top_level_items_with_link_labels() -> None:
    session = _parse(
        "# Garden club meeting\n\n## Agenda\n\n"
        "- Seed swap [planning doc](https://example.org/seeds) [Ana - 5m]\n"
        "  - we have 40 packets so far\n"
        "  - Bo will print labels\n"
        "- Shed roof (https://example.org/roof)\n"
        "    - quote came in at 300\n"
        "- Any other business\n")
    assert list(session.agenda) == ["Seed swap planning doc [Ana - 5m]", "Shed roof",
                                    "Any other business"]
    points = session.sections[0].key_points
    assert "we have 40 packets so far" in points
    assert not any(p.startswith("Seed swap") for p in points)


def test_agenda_heading_over_topic_headings() -> None:
    session = _parse(
        "# Agenda\n\n## Treasurer update (5 minutes)\nWe have 120 in the kitty.\n"
        "- Thanks to Ana for counting.\n\n## Spring fair (10 minutes)\n- Stalls\n  - six so far\n")
    assert session.title is None
    assert session.sections[0].title == "Agenda"
    assert list(session.agenda) == ["Treasurer update (5 minutes)", "Spring fair (10 minutes)"]


def test_agenda_heading_over_groups_of_listed_items() -> None:
    session = _parse(
        "# Board meeting 2024-03-01\n\n## Agenda\n\n### Announcements\n\nNone this week.\n\n"
        "### Open issues\n\n* Renew the hosting contract [#41](https://example.org/41)\n"
        "  * Deferred to next week.\n\n* Logo refresh #38\n  * Two drafts shown.\n\n"
        "### Finance\n\n* Budget 2025 #35\n  * Approved.\n\n## Other business\n\nNone.\n")
    assert list(session.agenda) == ["Renew the hosting contract #41", "Logo refresh #38",
                                    "Budget 2025 #35"]


def test_top_heading_over_a_place_and_date_line_is_the_title() -> None:
    session = _parse("# Spring Interim\nLisbon, PT, 3 May 2024\n\n# Opening (Chair)\n\n"
                     "- Slides posted\n\n# Key schedule\n\n- Needs review\n")
    assert session.title == "Spring Interim"
    assert [s.title for s in session.sections] == ["Opening (Chair)", "Key schedule"]


def test_first_heading_repeating_front_matter_title_is_the_title() -> None:
    session = _parse("---\ntitle: Release planning\n---\n# Release planning\n\n- [Chat](https://"
                     "example.org/chat)\n\n# Summary\n\n- Dates set\n\n# Risks\n\n- Few testers\n")
    assert session.title == "Release planning"
    assert [s.title for s in session.sections] == ["Summary", "Risks"]


def test_restructuredtext_title_and_meetbot_topics() -> None:
    session = _parse(
        "Choir sync: week 9\n##################\n:date: 2024-03-03\n\n"
        "We met on IRC. The minutes follow.\n\n"
        "Meeting summary\n---------------\nMeeting started by ana at 18:00:02 UTC.\n\n"
        "* Robes  (ana, 18:00:40)\n"
        "  * ACTION: bo to count the robes  (ana, 18:03:11)\n\n"
        "* Open floor  (ana, 18:10:05)\n"
        "  * LINK: https://example.org/songs  (ana, 18:11:00)\n", name="notes.txt")
    assert session.title == "Choir sync: week 9"
    assert [s.title for s in session.sections] == ["Meeting summary", "Robes", "Open floor"]
    assert [f.owners for f in session.follow_ups] == [("bo",)]


def test_year_and_month_from_the_file_name_complete_a_dated_heading() -> None:
    session = _parse("# March 4\n- The board met with the auditors.\n\n# March 18\n- Budget.\n",
                     name="board-update-2024-03.md")
    assert session.date is not None and session.date.isoformat() == "2024-03-04"


def test_first_heading_over_a_date_label_in_a_definition_list_is_a_section() -> None:
    session = _parse("## Time and Location\n\n:   Date: May 2, 2024\n:   Called to order at 7pm\n\n"
                     "## Old Business\n\n- None\n")
    assert session.title is None
    assert [s.title for s in session.sections] == ["Time and Location", "Old Business"]


def test_contents_entry_whose_heading_markup_was_lost_is_a_section() -> None:
    session = _parse(
        "# Minutes of the parks forum\n\nContents\n\n    Welcome\n    Tree survey\n    Budget\n\n"
        "## Welcome\n\nana: hello all\n\nTree survey\n\nbo: 40 trees counted\n\n"
        "**RESOLUTION: publish the survey\nBudget**\n\nana: we have 300 left\n")
    assert [s.title for s in session.sections] == ["Welcome", "Tree survey", "Budget"]


def test_hash_headings_without_a_space_in_plain_text() -> None:
    session = _parse("Attendance\n==========\nAna, Bo, Chidi\n\n##Treasury\nBalance is fine.\n\n"
                     "##Open floor\nNothing raised.\n#12 and #topic are not headings\n",
                     name="2024-02-29 general meeting")
    assert session.title is None  # "Attendance" is a part of the notes, like "Roll call"
    assert [s.title for s in session.sections] == ["Attendance", "Treasury", "Open floor"]


def test_roll_call_heading_is_never_the_title() -> None:
    session = _parse("Roll Call\n=========\nAna, Bo\n\n## Budget\n\nFine.\n", name="x.txt")
    assert session.title is None
    assert [s.title for s in session.sections][:2] == ["Roll Call", "Budget"]


def test_date_headings_keep_their_day_and_date_the_newest_meeting() -> None:
    session = _parse("# Running minutes\n\n## 5 Mar 2024\n- Ana will book the hall\n\n"
                     "## 20 February 2024\n- Hall prices compared\n")
    assert [s.title for s in session.sections] == ["5 Mar 2024", "20 February 2024"]
    assert str(session.date) == "2024-03-05"


def test_bold_header_labels_are_not_sections() -> None:
    session = _parse("# Orchard sync\n\n**Host:**  Ana\n**Notes:**  Bo\n**Attendees:**\n\n"
                     "## Pruning\n\n- Saws sharpened\n")
    assert [s.title for s in session.sections] == ["Pruning"]


def test_bold_labels_left_empty_in_a_run_of_labels_are_not_sections() -> None:
    session = _parse("# Choir committee\n\n## Roles\n\n**Chair**: Ana\n**Treasurer**:   \n"
                     "**Librarian**: Bo\n**Robes:**\n\n## Concert\n\n- Tickets printed\n")
    assert [s.title for s in session.sections] == ["Roles", "Concert"]


def test_a_bold_sentence_is_not_a_section() -> None:
    session = _parse("# Choir committee\n\n## Elections\n\n**Ana for Chair.**\n\n"
                     "Seconded by Bo.\n\n**Robes**\n\n- Two need mending\n")
    assert [s.title for s in session.sections] == ["Elections", "Robes"]


def test_numbered_bold_topics_standing_alone_are_sections() -> None:
    session = _parse("Choir committee\n===============\n\nMinutes\n-------\n\n"
                     "1. _**Spring concert**_\n\nTickets are printed and Ana has the float.\n\n"
                     "2. **Robes**: https://example.org/robes\n\nTwo need mending.\n\n"
                     "b)  **Hall hire**\n\n> Booked.\n")
    assert [s.title for s in session.sections] == [
        "Minutes", "Spring concert", "Robes", "Hall hire"]
    assert [li.url for li in session.links] == ["https://example.org/robes"]


def test_a_loose_list_of_numbered_bold_items_is_not_sections() -> None:
    session = _parse("# Choir committee\n\n## Agenda\n\n1. **Concert**\n\n2. **Robes**\n\n"
                     "## Notes\n\nAll fine.\n")
    assert [s.title for s in session.sections] == ["Agenda", "Notes"]


def test_item_lines_are_sections_without_heading_markup() -> None:
    session = _parse("Choir committee notes\n\nItem #1: Spring concert\n\n"
                     "Tickets are printed.\n\nItem #2: Robes\n\n- two need mending\n")
    assert [s.title for s in session.sections] == [
        "Item #1: Spring concert", "Item #2: Robes"]


def test_agenda_items_repeated_over_their_notes_are_sections() -> None:
    text = ("Choir committee, 3 March\n\nAgenda:\n\n1) Spring concert\n2) Robes\n"
            "3) Any other business\n\n1) Spring concert\n\nTickets are printed.\n\n"
            "2) Robes\n\nTwo need mending.\n\n3) Any other business\n\nNone.\n")
    for name in ("notes.md", "notes.txt"):
        session = _parse(text, name)
        assert [s.title for s in session.sections] == [
            "Agenda", "Spring concert", "Robes", "Any other business"]
        assert list(session.agenda) == ["Spring concert", "Robes", "Any other business"]


def test_scribed_topic_bullets_over_unmarked_note_lines_are_sections() -> None:
    session = _parse(
        "Ana (AN), Bo (BO/scribe), Cy (CY)\n\n"
        "* Spring concert (Ana)\n"
        "tickets are printed and the hall is booked for the evening of the fourteenth\n"
        "AN will ask the caretaker about chairs\n"
        "the float is kept by the treasurer until the night, then counted by two people\n"
        "* Robes (Bo)\n"
        "two need mending before the concert, and one more is missing its hood again\n"
        "BO says the fabric shop has the colour\n", "notes.txt")
    assert [s.title for s in session.sections] == ["Spring concert (Ana)", "Robes (Bo)"]


def test_minutes_numbered_by_hand_in_markdown_are_sections() -> None:
    session = _parse(
        "Minutes of the village hall committee\n\n1\\. Apologies were received from Bo.\n\n"
        "2\\. Roof repairs\n\nThe quote is in and is within budget.\n\n"
        "3\\. Correspondence\n\n1\\. Letter from the county\n\n2\\. Bank statement\n\n"
        "4\\. Bookings\n\nThe hall is full in May.\n\n"
        "4.1 Kitchen rota\n\nThe rota is on the board.\n\n"
        "5\\. Standing orders were adopted\n\nNothing else.\n")
    assert [s.title for s in session.sections] == [
        "Roof repairs", "Correspondence", "Bookings", "Kitchen rota"]


def test_a_generic_top_heading_under_a_named_page_is_a_section() -> None:
    session = _parse("---\ntitle: Choir committee, spring term\n---\n\n# Meeting Notes\n\n"
                     "- Robes mended\n\n## Concert\n\n- Tickets printed\n")
    assert session.title == "Choir committee, spring term"
    assert [s.title for s in session.sections] == ["Meeting Notes", "Concert"]


def test_meeting_details_heading_is_not_the_title() -> None:
    session = _parse("## Meeting Details\n\n- **Date:** May 3rd, 2024\n- **Chair:** Ana\n\n"
                     "## Notes\n\n- Robes mended\n")
    assert session.title is None
    assert [s.title for s in session.sections] == ["Meeting Details", "Notes"]


def test_a_log_of_meetings_under_one_repeated_heading_has_no_title() -> None:
    session = _parse("### Choir committee (3rd May 2024)\n\n- Robes mended\n\n"
                     "### Choir committee (17th May 2024)\n\n- Tickets printed\n")
    assert session.title is None
    assert [s.title for s in session.sections] == [
        "Choir committee (3rd May 2024)", "Choir committee (17th May 2024)"]
    assert str(session.date) == "2024-05-17"


def test_block_quoted_minutes_are_read_as_their_words() -> None:
    session = _parse("# Village hall committee\n\n## Roof\n\n> **The quote**\n>\n"
                     "> It came in at 300 pounds.\n> Bo will ask the builder for a start date.\n")
    assert [s.title for s in session.sections] == ["Roof", "The quote"]
    assert [f.task for f in session.follow_ups] == ["Ask the builder for a start date"]


def test_a_title_that_is_only_a_kind_of_meeting_keeps_its_date() -> None:
    session = _parse("# Call March 2, 2018\n\n* Ana, Bo\n\n## Robes\n\n- Two need mending\n")
    assert session.title == "Call March 2, 2018"
    assert str(session.date) == "2018-03-02"


def test_a_page_mark_from_a_pdf_is_not_what_names_the_meeting() -> None:
    session = _parse("## Page 1\n\nRiverside Choir Committee\n\n\nAttendees:\n\n  ●Ana\n  ●Bo\n\n"
                     "Item #1: Robes\n\nTwo need mending.\n")
    assert session.title == "Riverside Choir Committee"


def test_restructuredtext_table_borders_are_not_heading_underlines() -> None:
    session = _parse("Choir committee\n===============\n\nRoles\n-----\n\n"
                     "====== ==========\nPerson Duty\n====== ==========\nAna    chair\n"
                     "Bo     robes\n====== ==========\n\nRobes\n-----\n\nTwo need mending.\n",
                     "notes.rst")
    assert session.title == "Choir committee"
    assert [s.title for s in session.sections] == ["Roles", "Robes"]


def test_moinmoin_instructions_and_comments_are_not_text() -> None:
    session = _parse("#format wiki\n#language en\n= Choir committee =\nOur meetings.\n\n"
                     "## [[TableOfContents]]\n== Robes ==\n * Two need mending\n", "notes.txt")
    assert session.title == "Choir committee"
    assert [s.title for s in session.sections] == ["Robes"]


def test_wiki_page_links_and_link_titles_leave_their_labels() -> None:
    session = _parse("# Choir committee\n\n## Agenda\n\n"
                     "1.  [Robes](Robes \"wikilink\"): two need mending\n"
                     "2.  [Concert](https://example.org/c \"Concert page\")\n")
    assert list(session.agenda) == ["Robes: two need mending", "Concert"]
    assert [li.url for li in session.links] == ["https://example.org/c"]


def test_an_empty_list_item_is_not_an_agenda_item() -> None:
    session = _parse("# Choir committee\n\n## Agenda\n\n- Robes\n  - two need mending\n\n"
                     "  - \n\n- Concert\n")
    assert list(session.agenda) == ["Robes", "Concert"]


def test_a_draft_agenda_is_the_agenda() -> None:
    session = _parse("= Choir committee =\n== Draft Agenda - Meeting #4 ==\n 1. Robes\n\n"
                     " 1. Concert\n\n== Agenda of Last Meeting ==\n 1. Hall hire\n", "notes.txt")
    assert list(session.agenda) == ["Robes", "Concert"]


def test_bullets_over_plain_lines_among_many_bullets_are_not_topics() -> None:
    session = _parse("Choir committee\n\nRobes\n\n* Bo will mend two robes\nHe has thread.\n"
                     "* Cy checks the hoods\nOne is missing.\n* Ana has the float\n"
                     "* Dee has the keys\n* Eve prints tickets\n* Fay books the hall\n",
                     "notes.txt")
    assert [s.title for s in session.sections] == ["Robes"]


def test_agenda_time_slots_with_am_or_pm_are_not_part_of_the_topic() -> None:
    session = _parse("# Choir committee\n\n## Agenda\n\n- 6:00 - 6:20 PM: Welcome\n"
                     "- 6:20 - 7:00 pm Robes\n- 7:00 Amendments\n\n## Notes\n\nAll fine.\n")
    assert list(session.agenda) == ["Welcome", "Robes", "Amendments"]


def test_links_in_code_blocks_and_html_comments_are_links_too() -> None:
    session = _parse("# Infra sync\n\n```text\nPolicy at https://example.org/policy.\n```\n\n"
                     "<!-- postponed:\n* https://example.org/issues/7\n-->\n\n- Nothing else\n")
    assert [link.url for link in session.links] == [
        "https://example.org/policy", "https://example.org/issues/7"]


def test_numbered_topics_over_prose_in_plain_text() -> None:
    # (A Markdown file without heading markup is not read this way: see split_blocks.)
    session = _parse(
        "Minutes of the 12th orchard committee meeting, June 3rd, 2024, (BST)\n\n"
        "Present: Ana, Bo, Cy\n\n"
        "Agenda:\n\n1) Apologies\n2) Cider press\n3) Next meeting\n\n"
        "1) Apologies\n\nNone this time.\n\n"
        "2) Cider press\n\nThe press needs a new screw thread before the autumn, and the\n"
        "quote from the blacksmith came in lower than expected. Bo has the receipt.\n\n"
        "The old press frame will be kept as a spare part and\n"
        "stored in the shed over winter.\n\n"
        "3) Next meeting\n\nThe first Monday of July.\n", name="notes.txt")
    assert session.title == "Minutes of the 12th orchard committee meeting, (BST)"
    assert [s.title for s in session.sections] == [
        "Agenda", "Apologies", "Cider press", "Next meeting"]
    assert list(session.agenda) == ["Apologies", "Cider press", "Next meeting"]


def test_twiki_headings_and_page_data() -> None:
    session = _parse(
        '%META:TOPICINFO{author="SomeEditor" date="1700000000" version="3"}%\n'
        "---+!! *Bird survey group call #7 -- Tue 5 March 2024*\n\n"
        "---++ *Agenda*\n   * Transects\n   * Volunteers\n\n"
        "---++ Notes\n   * Transects\n      * two routes still unwalked\n", name="page.txt")
    assert session.title == "Bird survey group call #7"
    assert [s.title for s in session.sections] == ["Agenda", "Notes"]
    assert list(session.agenda) == ["Transects", "Volunteers"]
    assert str(session.date) == "2024-03-05"


def test_long_front_matter_and_kramdown_attribute_lines() -> None:
    block = "".join(f'        "field{n}": "https://example.org/vocab/{n}",\n' for n in range(70))
    session = _parse(
        "---\nlayout: minutes\ndate: 2024-04-09\ntitle: Pond wardens — 2024-04-09\n"
        f"json-ld: |\n    {{\n{block}    }}\n---\n\n"
        "# Pond wardens — Minutes\n{: .no_toc}\n\n## Present:\n{: .no_toc}\nAna, Bo\n\n"
        "## Content:\n{: .no_toc}\n\n* TOC\n{:toc}\n---\n\n### Reeds\n\nBo will cut the reeds.\n")
    assert session.title == "Pond wardens — Minutes"
    assert str(session.date) == "2024-04-09"
    assert [s.title for s in session.sections] == ["Present", "Content", "Reeds"]
    assert "https://example.org/vocab/3" in [link.url for link in session.links]


def test_bold_line_with_links_counts_by_its_labels() -> None:
    session = _parse(
        "# Working group session\n\n## Drafts\n\n"
        "**Do we cover wireless links? ([#12](https://example.org/draft/issues/12)) and "
        "Fairness metrics ([#19](https://example.org/draft/issues/19))**\n\n"
        "Ana: we should at least mention them.\n\n"
        "**Testing ([#3](https://example.org/draft/issues/3))**: what do we expect?\n")
    assert [s.title for s in session.sections] == [
        "Drafts", "Do we cover wireless links? (#12) and Fairness metrics (#19)"]


def test_page_data_title_and_its_date_over_the_posting_date() -> None:
    session = _parse(
        "Title: Trustees Meeting 2019-11-14\nDate: 2016-02-01 09:15\nAuthor: Web Team\n\n"
        "[Home](index.html) > [Minutes](minutes.html)\n\n"
        "Trustees Meeting 2019-11-14 Minutes\n-----------------------------------\n\n"
        "### Present\n\n- Ana\n- Bo\n\n### Roof\n\nBo will get three quotes.\n")
    assert session.title == "Trustees Meeting"
    assert str(session.date) == "2019-11-14"
    assert [s.title for s in session.sections][:2] == [
        "Trustees Meeting 2019-11-14 Minutes", "Present"]


def test_agenda_set_out_as_an_html_table() -> None:
    session = _parse(
        "# Board call\n\n## Agenda\n\n<table><thead><tr><th>Item</th><th>Notes</th></tr></thead>"
        "<tbody><tr><td>Budget &#x26; grants</td><td>Approved</td></tr>"
        "<tr><td>Hiring</td><td><ul><li>Two candidates</li></ul></td></tr></tbody></table>\n")
    assert list(session.agenda) == ["Budget & grants", "Hiring"]


def test_list_of_the_later_section_titles_is_the_agenda() -> None:
    session = _parse(
        "# Overview\n- Roll call\n- Spring fair plans\n- Budget\n- Open floor\n\n"
        "# Roll call\n- Ana\n- Bo\n\n# Fair plans\nWe booked the field.\n\n"
        "# Budget\nWe have enough.\n\n# Open floor\nNothing raised.\n")
    assert list(session.agenda) == ["Roll call", "Spring fair plans", "Budget", "Open floor"]


def test_headings_stamped_with_times_are_the_agenda() -> None:
    session = _parse(
        "## Residents forum\n\n### 19:00 Welcome\n\n- Chair opened\n\n"
        "### 19:10 Parking, bins, noise...\n\n- Complaints noted\n\n"
        "**Agreed**\n\n- Bo: write to the council\n\n### 19:40 Close\n")
    assert list(session.agenda) == ["Welcome", "Parking, bins, noise...", "Close"]
    assert session.sections[0].title == "19:00 Welcome"


def test_wiki_heading_markup() -> None:
    body = "{0}Present{1}\nAna, Bo\n\n{0}Hedges{1}\nWe walked the hedges.\n"
    forms = {
        "== Parish walk 2024-03-05 ==\n\n": ("=== ", " ==="),
        "====== Parish walk 2024-03-05 ======\n\n": ("===== ", " ====="),
        "= Parish walk 2024-03-05\n\n": ("== ", ""),
        "h1. Parish walk 2024-03-05\n\n": ("h2. ", ""),
        "<h1>Parish walk 2024-03-05</h1>\n\n": ("<h2>", "</h2>"),
    }
    for top, (before, after) in forms.items():
        session = _parse(top + body.format(before, after), name="walk.txt")
        assert session.title == "Parish walk", top
        assert [s.title for s in session.sections] == ["Present", "Hedges"], top
        assert [s.level for s in session.sections] == [1, 1], top


def test_numbered_topics_with_their_notes_in_a_dash_list() -> None:
    for notes in ("- We priced new nets.\n- Cy will phone the supplier.\n",
                  "   - We priced new nets.\n   - Cy will phone the supplier.\n"):
        text = ("Netball club committee 8 May 2024\nPresent: Ana, Bo, Cy\n\n"
                f"1. Equipment\n{notes}2. Fixtures\n- Two away games left.\n"
                "3. Call to order of the AGM\n- June, date to be set.\n")
        session = _parse(text, name="club.txt")
        assert [s.title for s in session.sections] == [
            "1. Equipment", "2. Fixtures", "3. Call to order of the AGM"], notes


def test_numbered_tasks_with_notes_beneath_stay_tasks() -> None:
    session = _parse("Netball club committee 8 May 2024\nPresent: Ana, Bo\n\nActions:\n"
                     "1. Order new bibs\n   - twelve\n2. Book the hall\n   - Saturdays\n\n"
                     "Notes\n\n1. Bo to email the league\n   - by Friday\n"
                     "2. Ana will renew the insurance\n   - before June\n", name="club.txt")
    assert [s.title for s in session.sections] == ["Notes"]
    assert [(f.task, f.owners) for f in session.follow_ups][-2:] == [
        ("Email the league", ("Bo",)), ("Renew the insurance", ("Ana",))]


def test_front_matter_date_is_the_posting_date_when_the_notes_open_with_an_earlier_one() -> None:
    session = _parse("---\ndate: 2023-05-02\ntitle: April Meeting Minutes\n"
                     "---\n* Meeting opened by the chair at 19:02, April 18, 2023\n"
                     "* 14 members present\n\n## Treasurer\n\n* Balance is steady\n")
    assert str(session.date) == "2023-04-18"
    later = _parse('+++\ndate = "2023-05-02T09:30:00-05:00"\n+++\n\n# Parish walk\n\n'
                   "Next walk on June 6, 2023.\n\n## Route\n\nBy the river.\n")
    assert str(later.date) == "2023-05-02"


def test_plain_text_title_forms() -> None:
    generic = _parse("MINUTES\nAllotment Society Committee\n12 June 2024\n\nPresent: Ana, Bo\n\n"
                     "Water troughs\nTwo troughs leak and need new valves.\n", name="a.txt")
    assert generic.title == "Allotment Society Committee"
    long = _parse("Minutes of the meeting of the Allotment Society Committee held on 12 June "
                  "2024 at the Pavilion\n\nPresent: Ana, Bo\n\n"
                  "Water troughs\nTwo troughs leak and need new valves.\n", name="b.txt")
    assert long.title == "Minutes of the meeting of the Allotment Society Committee held at the "\
        "Pavilion"
    assert str(long.date) == "2024-06-12"


def test_roman_numerals_number_topics() -> None:
    text = ("Harbour trust board 2 April 2024\n\nI. Call to order\nThe chair opened at 6pm.\n\n"
            "II. Old business\n- The slipway is repaired.\nIII. New business\n- Moorings fees.\n")
    # A heading keeps the number its writer gave it, in plain text as in Markdown (as
    # annotators write it).
    assert [s.title for s in _parse(text, name="t.txt").sections] == [
        "I. Call to order", "II. Old business", "III. New business"]
    marked = _parse("# Harbour trust board\n\n## IV. Treasurer\n\nAll in order.\n")
    assert [s.title for s in marked.sections] == ["IV. Treasurer"]


def test_agenda_on_one_line_and_time_slots_before_items() -> None:
    inline = _parse("Choir committee 9 May 2024\nPresent: Ana, Bo\n"
                    "Agenda: robes, summer concert (venue, date); treasurer\n\n"
                    "Robes\nTwelve need mending.\n", name="c.txt")
    assert list(inline.agenda) == ["robes", "summer concert (venue, date)", "treasurer"]
    timed = _parse("# Choir committee\n\n## Agenda\n\n- 18:00 Robes (Ana)\n"
                   "- 18:20-18:40 Summer concert\n\n## Robes\n\nTwelve need mending.\n")
    assert list(timed.agenda) == ["Robes (Ana)", "Summer concert"]


def test_a_block_quote_is_read_as_the_notes_own_paragraph() -> None:
    # Minutes exported from a word processor often quote whole paragraphs ("> …").
    session = _parse("# Residents' association, 4 March 2024\n\n## Street lighting\n\n"
                     "> The lamp on Mill Lane is still out and the council has not\n"
                     "> replied. Priya will write to the council again.\n>\n"
                     "> > Tom will chase the housing officer.\n")
    assert [(f.task, f.owners) for f in session.follow_ups] == [
        ("Write to the council again", ("Priya",)),
        ("Chase the housing officer", ("Tom",))]


def test_a_plain_text_line_saying_who_will_do_what_is_no_heading() -> None:
    # Scribed plain-text notes: the last line of a topic, just before the next "* topic",
    # is a task, not a heading over that list.
    session = _parse("Lab call 4 March 2024\n\n* Freezer alarm (Ines)\n"
                     "the alarm went off twice at night\n"
                     "IB will ask facilities to check the sensor\n"
                     "* Journal club (Omar)\nno speaker yet\n", name="notes.txt")
    assert "IB will ask facilities to check the sensor" not in [
        s.title for s in session.sections]
    assert [(f.task, f.owners) for f in session.follow_ups] == [
        ("Ask facilities to check the sensor", ("IB",))]


def test_a_bare_pipe_table_keeps_no_rule_row() -> None:
    [table] = split_blocks("Who | What | When\n--- | --- | ---\nBo | Mend the gate | May 2\n",
                           "markdown")
    assert table.rows == [["Who", "What", "When"], ["Bo", "Mend the gate", "May 2"]]


def test_an_agenda_with_an_empty_topic_heading_parses() -> None:
    # A topic heading under "Agenda" with nothing written under it once crashed the agenda
    # reader (it paired each block with the next one and found no blocks at all).
    session = _parse("# Board call\n\n## Agenda\n\n### Welcome\n\n### Budget\n"
                     "- Review the spend\n  - travel\n")
    assert [s.title for s in session.sections] == ["Agenda", "Welcome", "Budget"]
    assert session.agenda == ("Review the spend",)


def test_a_heading_asking_what_to_work_on_next_week_lists_tasks() -> None:
    session = _parse("# Check-in with Dana\n\n#### What did you achieve?\n\n"
                     "* Finished the survey draft\n\n"
                     "#### What would you like to work on next week?\n\n"
                     "* Start coding the interview answers\n* Plan the open-sourcing timeline\n")
    assert [f.task for f in session.follow_ups] == ["Start coding the interview answers",
                                                   "Plan the open-sourcing timeline"]


def test_a_deadline_in_an_action_subheading_dates_its_items() -> None:
    session = _parse("# PTA board, Wednesday 10 September 2025\n\n## Action Items\n\n"
                     "### Immediate (By Friday's Meeting)\n- [ ] **Lee**: Print the flyers\n"
                     "- [ ] **Ana**: Book the hall by Thursday\n\n"
                     "### Medium-term (By end of month)\n- [ ] **Sam**: Plan the social\n\n"
                     "### Ongoing Projects\n- [ ] **Bulletin board redesign**: collect photos\n")
    assert [(f.owners, f.task, f.due and f.due.isoformat()) for f in session.follow_ups] == [
        (("Lee",), "Print the flyers", "2025-09-12"),
        (("Ana",), "Book the hall", "2025-09-11"),
        (("Sam",), "Plan the social", "2025-09-30"),
        ((), "Bulletin board redesign: collect photos", None)]


def test_an_empty_checkbox_under_a_heading_parses() -> None:
    # Found by the round-trip property test: "- [ ] " with nothing after it.
    session = _parse("a\n## Key points raised: a, b\n- [ ] ", name="n.txt")
    assert session.follow_ups == ()


def test_minutes_written_on_under_the_apologies_heading_are_read() -> None:
    session = _parse("# Work package meeting 13th September 2023\n\n**Present**\n\n"
                     "Ma, RP, SR, YJ\n\n**Apologies**\nCC. SM has left\n\n"
                     "1. Matters Arising\n     - Action code PR [SM / RP]  DONE\n"
                     "     - Action JS to add a thread on the new metrics: TODO [JS]\n"
                     "     - Action fixed dataset links in the codebase [ACB] DONE\n\n"
                     "2. Experiments\n   - ACTION: ACB to look into the data generator\n")
    assert [(f.owners, f.task, f.status) for f in session.follow_ups] == [
        (("SM", "RP"), "Code PR", "done"),
        (("JS",), "Add a thread on the new metrics", "open"),
        (("ACB",), "Fixed dataset links in the codebase", "done"),
        (("ACB",), "Look into the data generator", "open")]


def test_numbered_markdown_headings_keep_their_number_and_still_read_as_kinds() -> None:
    session = _parse("# WG call\n\n## 1. Minutes approval\n\nApproved.\n\n"
                     "## 2.1. Table of contents\n\nDiscussed.\n\n## 3. Action items\n\n"
                     "- Ivan to update the wiki page\n")
    assert [s.title for s in session.sections] == [
        "1. Minutes approval", "2.1. Table of contents", "3. Action items"]
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Ivan",), "Update the wiki page")]


def test_google_docs_markdown_anchors_and_escapes_are_not_part_of_headings() -> None:
    text = ('# <a id="_5l7hdhn1spdj"></a>2023\\-06\\-14 \\- Ontology WG\n\n'
            '# <a id="_4in35gwl6myp"></a>Participants\n\n- Ana\n\n'
            '## <a id="_6uwohnokzyyl"></a>Next steps \\(draft\\)\n\n- Ana to write the report\n')
    session = parse_bytes(text.encode(), name="notes.md")
    assert [s.title for s in session.sections] == ["Participants", "Next steps (draft)"]
    assert session.title is not None and "<a" not in session.title and "\\" not in session.title


def test_a_kind_of_action_as_a_topic_heading_is_no_list_of_actions() -> None:
    text = ("# Hackerspace meeting\n\n# Corrective actions\n\n"
            "* Gust: we need to offload the board as much as possible.\n"
            "* TQ: the mediation pattern seems to work well.\n\n"
            "## Next actions\n\n* Gust: write down the mediation pattern\n")
    session = parse_bytes(text.encode(), name="notes.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Gust",), "Write down the mediation pattern")]


def test_agenda_as_a_list_item_or_under_a_meeting_agenda_heading() -> None:
    listed = _parse("# Weekly sync\n\n- **Agenda**\n  1. Sprint update\n  2. Blockers\n"
                    "- **Reference:**\n  - [Last week](https://example.org/w)\n\n"
                    "## Notes\n\n- All good\n")
    assert listed.agenda == ("Sprint update", "Blockers")
    headed = _parse("# Organisers\n\n## Meeting agenda\n- Sponsorship\n- Venue\n"
                    "    - TW\n\n## Notes\n\n- Venue booked\n")
    assert headed.agenda == ("Sponsorship", "Venue")


def test_agenda_items_lose_their_item_number_and_jump_links() -> None:
    session = _parse("# TSC\n\n## Agenda\n\n"
                     "- Item 1 - Call for maintainers [(jump to discussion)](#call)\n"
                     "- Item 2: Adopt the release tooling\n\n## Call for maintainers\n\n"
                     "- Agreed\n")
    assert session.agenda == ("Call for maintainers", "Adopt the release tooling")


def test_pandoc_divs_title_blocks_and_a_heading_mark_without_its_space() -> None:
    confluence = _parse("::: {#page}\n::: {#main .aui-page-panel}\n:::\n\n"
                        "[ Rocketry Wiki : Leads meeting ]{#title-text} {#title-heading .pagetitle}"
                        "\n=============================\n\n- Order the valves\n:::\n")
    assert confluence.title == "Rocketry Wiki : Leads meeting"
    assert _parse("% Computer Science Society\n% Minutes\n\nPresent: Ana\n").title == \
        "Computer Science Society"
    assert _parse("#5/18/16 Kickoff Call Main Points\n\nAttending: Ana\n").title == \
        "Kickoff Call Main Points"


def test_a_google_docs_calendar_chip_link_with_a_doubled_bracket() -> None:
    session = _parse("## Feb 12, 2025 \\| [Database run-through]](https://cal.example.org/e?eid=N2)"
                     "\n\n- Fryda to demo the database\n\n"
                     "## Jan 17, 2025 \\| [Check in with Liz]](https://cal.example.org/e?eid=M1)"
                     "\n\n- Liz to send the list\n")
    assert session.title == "Database run-through"
    assert [s.title for s in session.sections] == ["Jan 17, 2025 | Check in with Liz"]
    assert not any(LEFTOVER.search(t) for t in [session.title or "",
                                                 *(s.title for s in session.sections)])


def test_attendance_listed_under_an_intro_or_a_heading() -> None:
    ticked = _parse("May 18, 2020\n\nAttendees:\n"
                    "  * [ ] Mark Boorer (_TSC_) - Industrial Light & Magic\n"
                    "  * [X] Sean Cooper (_TSC ACES TAC Rep_) - DNEG\n"
                    "  * [X] Troy Sobotka\n\n"
                    "# TSC notes\n\n* Docs\n    - Sean will draft the site plan\n")
    assert ticked.attendance == "Sean Cooper, Troy Sobotka"
    assert [(f.owners, f.task) for f in ticked.follow_ups] == [
        (("Sean",), "Draft the site plan")]
    listed = _parse("# Board meeting\n\n## Present\n\n- Ann Lee, chair\n- Bo Chen\n- @dkim\n\n"
                    "## Minutes\n\n- Bo will send the deck\n")
    assert listed.attendance == "Ann Lee, Bo Chen, @dkim"


def test_attendance_lists_with_a_qualifier_are_rolls_not_owner_lists() -> None:
    session = _parse("# Steering group, 2 March 2021\n\nBoard Attendees:\n\n"
                     "* [ ] Priya Natarajan\n* [x] Tomas Berg\n\n"
                     "Staff attendees:\n\n* [x] Wen Li\n* [ ] Ola Nowak\n\n"
                     "Not present:\n\n* Ines Duarte\n\n"
                     "Notes:\n\n* Budget\n   * Tomas will send the Q2 figures.\n")
    assert session.attendance == "Tomas Berg"
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Tomas",), "Send the Q2 figures")]


def test_recommendations_made_in_a_sentence_or_labelled_by_number() -> None:
    session = _parse("# TAC meeting\n\n## Licensing\n\n"
                     "- Discussed the licence scan. Recommended that the project move to "
                     "GitHub issues.\n- We like the idea of a recommender system.\n\n"
                     "## Top three recommendations\n\n"
                     "- **Recommendation 1:** An omnichannel strategy.\n"
                     "- **Recommendation 2:** A loyalty programme.\n")
    assert session.recommendations == (
        "An omnichannel strategy.", "A loyalty programme.",
        "Recommended that the project move to GitHub issues.")


def test_agenda_items_lose_their_numbers_and_a_bare_link_at_the_end() -> None:
    numbered = _parse("# Lab meeting\n\n### Agenda\n\n**1. Welcome**\n- Beth welcomed everyone\n"
                      "**2. Progress check**\n  Everyone has their sequences\n")
    assert numbered.agenda == ("Welcome", "Progress check")
    linked = _parse("# SIG meeting\n\n## Agenda\n\n"
                    "- [Cesar] Issue with swapping exporters: https://github.com/o/j/pull/7557\n"
                    "- [Cesar] The [semconv PR](https://github.com/o/s/pull/2591)\n")
    assert linked.agenda == ("[Cesar] Issue with swapping exporters", "[Cesar] The semconv PR")
    assert [link.url for link in linked.links] == ["https://github.com/o/j/pull/7557",
                                                   "https://github.com/o/s/pull/2591"]


def test_markdown_minutes_with_topics_as_plain_lines_over_their_lists() -> None:
    session = _parse("# TSC meeting\n\n## Minutes\n\nPublicity\n- Blog post is out.\n\n"
                     "Slack channel\n- Vote has been decided: move to the shared workspace.\n\n"
                     "Thanks to everyone who came\n\nA caption\n\nNotes from the call:\n"
                     "- Nothing else.\n")
    assert [(s.title, s.level) for s in session.sections] == [
        ("Minutes", 1), ("Publicity", 2), ("Slack channel", 2)]
    single = _parse("# TSC meeting\n\n## Minutes\n\nPublicity\n- Blog post is out.\n")
    assert [s.title for s in single.sections] == ["Minutes"]


def test_an_empty_link_left_by_a_wiki_export_is_no_part_of_a_heading() -> None:
    session = _parse("# PRG meeting\n\n## []()Other business\n\nNothing.\n\n"
                     "## [](#next)Next meeting\n\nTBD. See [](https://x.org/a).\n")
    assert [s.title for s in session.sections] == ["Other business", "Next meeting"]
    assert session.sections[1].summary == "TBD. See https://x.org/a."
    assert [link.url for link in session.links] == ["https://x.org/a"]


def test_layout_tags_bold_and_titled_link_labels_leave_no_markup() -> None:
    session = _parse("<div class='minutes-header'>\n\n# Working group call\n\n</div>\n\n"
                     "[**VIEW RECORDING - 56 mins**](https://fathom.video/share/xZ)\n\n"
                     "- [General forum; Q\\&A forum for questions]"
                     "(https://fathom.video/share/xZ?t=1238 \"PLAY @20:38\")\n")
    assert session.title == "Working group call"
    assert [(link.url, link.label) for link in session.links] == [
        ("https://fathom.video/share/xZ", "VIEW RECORDING - 56 mins"),
        ("https://fathom.video/share/xZ?t=1238", "General forum; Q&A forum for questions")]


def test_html_links_code_labels_and_deep_headings_leave_no_markup_and_round_trip() -> None:
    from digestbot.notes.markdown import session_to_markdown

    text = ("# Club committee\n\n##### Minutes\n\n**Tasks for the next period:**\n\n"
            "- Matt will export member data from\n  <a href=\"https://meetup.com/\" "
            "class=\"text-blue\">meetup.com</a> to keep in touch. <br />\n"
            "- JP: get [`generate_data.R`](https://github.com/a/b/blob/main/generate_data.R)"
            " running\n")
    session = _parse(text)
    assert (session.follow_ups[0].owners, session.follow_ups[0].task) == (
        ("Matt",), "Export member data from meetup.com to keep in touch")
    assert [link.label for link in session.links][1] == "generate_data.R"
    again = _parse(session_to_markdown(session))
    assert [(s.title, s.level) for s in again.sections] == [
        (s.title, s.level) for s in session.sections]


def test_a_wiki_pages_own_dates_are_not_the_meeting_date() -> None:
    session = _parse("# TSC : 2017 06 15 TSC Meeting\n\nCreated by Ry Jones on Oct 01, 2019\n\n"
                     "**Technical Steering Committee**\n\nJune 15, 2017 (7:00am PT)\n\n"
                     "- Todd to send the Doodle poll\n")
    assert session.date is not None and session.date.isoformat() == "2017-06-15"
    updated = _parse("# Board\n\n_Last updated by Ana on 3 May 2021_\n\n- Bo will book the hall\n")
    assert updated.date is None


def test_wiki_and_hackmd_page_furniture_is_no_section() -> None:
    session = _parse("1. [Committee](index.html)\n2. [Minutes](Minutes_2144.html)\n3. 2017\n\n"
                     "# Committee : Libs Meeting 2021-02-10/11\n\n###### tags: `Libs` `Minutes`\n\n"
                     "**Regular calls: 4th Monday of the month, 16:00-17:00 UK time**\n\n"
                     "**Guest speaker sign up: https://hackmd.io/@local/rkkz**\n\n"
                     "**Chair:** Ana\n\n**Timekeeper:**\n\n**Item 3: Budget**\n\n"
                     "- Bo will send the figures\n")
    assert session.title == "Committee : Libs Meeting"
    assert [s.title for s in session.sections] == ["Item 3: Budget"]
    assert [f.task for f in session.follow_ups] == ["Send the figures"]


def test_a_roll_call_ends_at_a_topic_and_bold_italic_action_lines_are_read() -> None:
    session = _parse("# TAC minutes, 19 October 2023\n\n### Welcome\n\n* DM opened the call\n\n"
                     "### Roll Call / Attendance\n\n***Voting members***\n\n* Arm - Ana Lee +\n"
                     "* Google - Bo Chen\n\n***Other Attendees***\n\n* Cy Diaz (VMware)\n\n"
                     "**Action Item Review**\n\n"
                     "* Cy Diaz volunteered to create a draft of the response.\n\n"
                     "*** Action item: DM will send out a vote to the TAC list. ***\n")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Cy Diaz",), "Create a draft of the response"),
        (("DM",), "Send out a vote to the TAC list")]


def test_restructuredtext_titles_underlined_with_any_punctuation_and_not_read_as_fences() -> None:
    notes = ("Board meeting 15 March 2023\n###########################\n\n"
             "Minutes\n=======\n\nLast tasks\n~~~~~~~~~~\n\n- ACTION: Ana set up the form\n\n"
             "Budget\n~~~~~~~~~\n\n- fine\n\nTooling\n+++++++\n\n- ok, as in:\n\n~~~\nx = 1\n~~~\n")
    session = parse_bytes(notes.encode(), name="minutes.rst")
    assert [s.title for s in session.sections] == ["Minutes", "Last tasks", "Budget", "Tooling"]
    assert [(f.owners, f.task) for f in session.follow_ups] == [(("Ana",), "Set up the form")]
    assert "x = 1" not in str(session.to_json())


def test_a_bold_topic_then_a_place_in_capitalised_words_is_a_heading() -> None:
    notes = ("Radio Club\n\nMeeting held 2021-MAR-23.\n\n**Attendees:** Gavin, Ken, Lance\n\n"
             "**1. Creston Repeater (VE7RCA)** - Thompson Mtn\n\nKen will write to the ISP.\n\n"
             "**Ana** - will send the minutes\n\n**2. Sparwood Repeater** - Sparwood Ridge\n\n"
             "No tasks.\n")
    session = parse_bytes(notes.encode(), name="minutes.md")
    assert [s.title for s in session.sections] == [
        "1. Creston Repeater (VE7RCA) - Thompson Mtn", "2. Sparwood Repeater - Sparwood Ridge"]
    assert session.date == date(2021, 3, 23)


def test_a_posts_front_matter_title_over_sections_that_open_with_a_recap() -> None:
    notes = ("---\nlayout: post\ntitle:  \"We Met! - Quarterly Leadership Meeting\"\n"
             "date:   2019-07-18\n---\n\n## Fundraiser Recap\n\nWe raised $500.\n\n"
             "## Recruitment\n\nMore meetups.\n\n## Action Items\n\n* Dana will book the room\n")
    session = parse_bytes(notes.encode(), name="2019-07-18-leadership.md")
    assert session.title == "We Met! - Quarterly Leadership Meeting"
    assert [s.title for s in session.sections] == ["Fundraiser Recap", "Recruitment",
                                                   "Action Items"]


def test_attended_by_lists_who_came() -> None:
    notes = ("# Sprint 4 Planning\nAttended by: Rashi Bhansali, Mitch, Kenny Liu\n\n"
             "## Notes\n\n1. Issue drafts are on the board.\n")
    session = parse_bytes(notes.encode(), name="n.md")
    assert session.attendance == "Rashi Bhansali, Mitch, Kenny Liu"


def test_a_picture_on_a_line_of_its_own_is_no_title() -> None:
    notes = ("<!--\nSPDX-License-Identifier: CC-BY-SA-4.0\n-->\n\n![logo](logo_small.png )\n\n"
             "## Aerospace Working Group\n\nMinutes of the call.\n\n## Minutes\n\n- talked\n")
    session = parse_bytes(notes.encode(), name="n.md")
    assert "logo" not in (session.title or "")
    assert all("logo" not in s.title for s in session.sections)


def test_a_title_in_italics_alone_under_a_heading_is_a_section() -> None:
    notes = ("# AGM, 28 May 2009\n\n### 5. Committee Reports\n\n*Education Committee*\n\n"
             "The workshops went well.\n\n*eCommunity Action Group*\n\nAll is well.\n\n"
             "*None carried over.*\n\n*Noor*\n\n- [ ] Book the gym\n")
    session = parse_bytes(notes.encode(), name="agm.md")
    assert [(s.title, s.level) for s in session.sections] == [
        ("5. Committee Reports", 1), ("Education Committee", 2),
        ("eCommunity Action Group", 2)]


def test_prose_wrapped_by_hand_is_one_paragraph() -> None:
    notes = ("# AGM\n\n## Reports\n\n"
             "The new membership database is at https://example.org/members/. Please log in\n"
             "and change your password. A report was given on the survey. Details will be\n"
             "available in a session at 2:00 today.\n\n"
             "Ana will send the report\nrevisit next week\n")
    texts = [b.text for b in split_blocks(notes, "markdown") if b.kind == "paragraph"]
    assert texts == [
        "The new membership database is at https://example.org/members/. Please log in and "
        "change your password. A report was given on the survey. Details will be available "
        "in a session at 2:00 today.",
        "Ana will send the report", "revisit next week"]


def test_a_line_opening_with_a_handle_starts_anew() -> None:
    notes = ("Call on 20 Feb 2017\n\nAction Items:\n"
             "@jimw will provide @pg with as many example emails from the member groups as "
             "possible\n"
             "@bonfiam will put out a call for mobile app developers\n")
    session = parse_bytes(notes.encode(), name="call.md")
    assert [(f.owners, f.task[:20]) for f in session.follow_ups] == [
        (("jimw",), "Provide @pg with as "), (("bonfiam",), "Put out a call for m")]


def test_usual_section_names_head_a_markdown_file_without_headings() -> None:
    notes = ("Team Meeting Log\nMeeting 1 : Kick-off\n\nDecisions Made\n\n"
             "\u2022\tM. Nkosi \u2013 Project Manager\n\nAction Items & Assignments\n\n"
             "\u2022\tComplete the vision document \u2013 S.Dlamini\n\nNotes:\n\n"
             "1. We meet on Fridays.\n")
    session = parse_bytes(notes.encode(), name="log.md")
    assert [s.title for s in session.sections] == [
        "Decisions Made", "Action Items & Assignments", "Notes"]


def test_an_outline_of_orders_one_a_line_is_not_wrapped_prose() -> None:
    notes = ("2013.09.07\n    introduced newcomers to the club, past projects and plans\n"
             "    set up the development environments using the setup guide\n"
             "    send out a poll for good meeting times\n")
    texts = [b.text for b in split_blocks(notes, "text") if b.kind == "paragraph"]
    assert "send out a poll for good meeting times" in texts


def test_the_next_meetings_date_is_not_this_ones() -> None:
    notes = ("# Meetings\n\n## Minutes\n\nThe next stand up is on 19/03/21 at 12:00.\n\n"
             "### Week 7 (17/03/21, 12:00 - 12:30)\n\n- Set up the tracker\n")
    session = parse_bytes(notes.encode(), name="meetings.md")
    assert session.date is not None and session.date.isoformat() == "2021-03-17"


def test_a_line_that_also_gives_the_next_meeting_keeps_this_ones_date() -> None:
    notes = ("# Board minutes\n\nHeld on 17 March 2021; the next meeting is on 14 April "
             "2021.\n\n- Ana will book the hall\n")
    session = parse_bytes(notes.encode(), name="board.md")
    assert session.date is not None and session.date.isoformat() == "2021-03-17"


@pytest.mark.parametrize(("first_line", "title"), [
    ("Minutes of the meeting of 2 May 2024", "Minutes of the meeting"),
    ("Meeting of 5 March 2024 at the Town Hall", "Meeting at the Town Hall"),
    ("Minutes of 2 May 2024 Board Meeting", "Minutes of Board Meeting"),
    ("Notes of 2 May 2024", "Notes of 2 May 2024"),  # a kind of meeting alone keeps its date
])
def test_a_title_loses_its_date_and_the_word_that_led_to_it(first_line: str, title: str) -> None:
    session = parse_bytes(f"{first_line}\n\nAna will send the report.\n".encode(), name="n.txt")
    assert (session.title, str(session.date)) == (title, "2024-05-02" if "May" in first_line
                                                  else "2024-03-05")


def test_a_checkbox_mark_is_not_part_of_a_link_label() -> None:
    text = "- [x] Draft posted at https://example.org/d\n- [X] - Slides: https://example.org/s\n"
    session = parse_bytes(text.encode(), name="n.md")
    assert [(link.url, link.label) for link in session.links] == [
        ("https://example.org/d", "Draft posted"), ("https://example.org/s", "Slides")]
