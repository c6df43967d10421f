"""Forms seen in a look at twelve earlier real notes (the nineteenth session), each written
here in our own words: every test but the trap (events under "Upcoming:") fails on the code
before the rule (9585766)."""

from __future__ import annotations

from datetime import date

from tests.parsed import follow_ups as _items
from tests.parsed import parsed


def test_a_link_after_an_arrow_or_a_see_is_no_part_of_the_task() -> None:
    notes = ("# Release call, 3 March 2025\n\n## Next steps\n\n"
             "- Publish the release notes -> https://example.org/notes/3.2\n"
             "- Tag the release → https://example.org/tags\n"
             "- Update the changelog (see https://example.org/changelog)\n"
             "- Rename the branch from dev => main\n")
    assert _items(notes) == [
        ((), "Publish the release notes", None, "open"),
        ((), "Tag the release", None, "open"),
        ((), "Update the changelog", None, "open"),
        ((), "Rename the branch from dev => main", None, "open")]


def test_a_heading_for_a_part_of_a_product_is_no_person() -> None:
    notes = ("# Platform sync, 9 October 2024\n\n## Workspace UI\n\n"
             "The Workspace UI can now browse several buckets.\n\n"
             "Next steps:\n- update the deployments to use the new sources\n\n"
             "## Grafana APIs\n\n- Reviewed the dashboards.\n")
    assert _items(notes) == [
        ((), "Update the deployments to use the new sources", None, "open")]


def test_upcoming_over_a_list_of_verbs_is_work_planned() -> None:
    notes = ("# Storage team, 29 October 2024\n\n- Closed the migration epic.\n\n"
             "> Upcoming:\n> - document the upload flow and publish the API spec\n"
             "> - visualize the status of each connected bucket\n\n"
             "Coming up:\n- Link the external buckets\n")
    assert _items(notes) == [
        ((), "Document the upload flow and publish the API spec", None, "open"),
        ((), "Visualize the status of each connected bucket", None, "open"),
        ((), "Link the external buckets", None, "open")]


def test_upcoming_over_events_is_no_work() -> None:
    notes = ("# Residents' group, 4 April 2025\n\n- Agreed the spring clean route.\n\n"
             "Upcoming:\n- Street party on 5 May\n- Visualize the route on the map\n")
    assert _items(notes) == []


def test_a_log_of_agendas_dated_as_file_names_date_them() -> None:
    from digestbot.notes.dates import heading_date  # (new: imported here, so the others run)

    assert heading_date("Agenda 20250610") == date(2025, 6, 10)
    assert heading_date("Sync 20231212 (remote)") == date(2023, 12, 12)
    assert heading_date("Ticket 20251345") is None  # no 45th day
    assert heading_date("Build 202506101") is None
    assert heading_date("Release 2025.06.10") == date(2025, 6, 10)


def test_a_log_of_agendas_keeps_its_minutes_in_them() -> None:
    notes = ("# Agenda 20250311\n\n- reviewed the grant budget\n\n"
             "Next steps:\n- Draft the grant report by Friday\n\n"
             "# Agenda 20250225\n\n- talked about venues\n\n"
             "Next steps:\n- Book the venue\n")
    assert _items(notes) == [
        ((), "Draft the grant report", date(2025, 3, 14), "open"),
        ((), "Book the venue", None, "open")]


def test_a_recap_naming_the_work_as_a_noun_is_the_same_task() -> None:
    notes = ("# Client call, 22 October 2024\n\n### Action items\n\n"
             "- Begin implementing the search and graph modules in parallel – due 30 October\n\n"
             "## Next steps\n\n- Begin implementation of search and graph in parallel.\n"
             "- Prepare the documentation of the API.\n")
    assert _items(notes) == [
        ((), "Begin implementing the search and graph modules in parallel",
         date(2024, 10, 30), "open"),
        ((), "Prepare the documentation of the API", None, "open")]


def test_a_plan_that_opens_with_the_coming_weeks() -> None:
    notes = ("# Week 5 log - Tue 4th February 2025\n\n"
             "- In the coming week I will finish the survey questions.\n"
             "- Over the next two weeks, Priya will draft the consent form.\n"
             "- In the meantime, Priya will book the lab.\n")
    assert _items(notes) == [
        ((), "Finish the survey questions in the coming week", None, "open"),
        (("Priya",), "Draft the consent form over the next two weeks", None, "open"),
        (("Priya",), "Book the lab", None, "open")]


def test_i_will_be_doing_is_the_doing() -> None:
    notes = ("# Week 5 log - Tue 4th February 2025\n\n"
             "- I will be working on the interview guide next week.\n"
             "- I will be sharing the slides after the call.\n")
    assert _items(notes) == [
        ((), "Work on the interview guide", date(2025, 2, 14), "open"),
        ((), "Share the slides after the call", None, "open")]


def test_a_roll_written_one_name_a_line_without_marks() -> None:
    notes = ("# Working group\n\n## 5 March 2024\n\n### Participants:\n\n"
             "Rosa Klein - Acme<br>\nTariq Nasser - Globex<br>\nJun Ito (chair)<br>\n\n"
             "Tariq will have a chat with the two new members.\n")
    session = parsed(notes)
    assert session.attendance == "Rosa Klein, Tariq Nasser, Jun Ito"
    assert _items(notes) == [
        (("Tariq",), "Have a chat with the two new members", None, "open")]


def test_a_commitment_after_a_report_in_one_sentence() -> None:
    notes = ("# Board, 5 March 2024\n\n"
             "We discussed the insurance quote, and Oskar will compare it with last year's.\n\n"
             "Two members have asked to join the rota and Ana will send them the form.\n\n"
             "Tom and Leila will count the ballots.\n")
    assert _items(notes) == [
        (("Oskar",), "Compare it with last year's", None, "open"),
        (("Ana",), "Send them the form", None, "open"),
        (("Tom", "Leila"), "Count the ballots", None, "open")]


def test_the_tasks_own_verb_in_brackets_says_it_is_done() -> None:
    notes = ("# Docs call, 4 March 2021\n\n## Action items\n\n"
             "- Verify that the theme loads no trackers (verified!)\n"
             "- Send the letter to the council (sent)\n"
             "- Book the hall for May (Ana)\n"
             "- Review the draft (reviewers)\n")
    assert _items(notes) == [
        ((), "Verify that the theme loads no trackers", None, "done"),
        ((), "Send the letter to the council", None, "done"),
        (("Ana",), "Book the hall for May", None, "open"),
        ((), "Review the draft (reviewers)", None, "open")]


def test_an_upcoming_thing_in_a_persons_list_is_no_doing() -> None:
    notes = ("# Lab meeting, 3 May 2023\n\n## Next steps\n\nCarl:\n"
             "* Analyze the dengue trial data\n\t* A small project\n"
             "* Upcoming field trial of the new kit\n\t* Blood replacement\n")
    assert _items(notes) == [(("Carl",), "Analyze the dengue trial data", None, "open")]
