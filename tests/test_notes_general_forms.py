"""General English forms of actions, written from usage rather than from any one set of
notes (session 17): each test fails on the code before the rule (3e3d62e)."""

from __future__ import annotations

from datetime import date

from tests.parsed import follow_ups as _items


def test_the_step_or_action_item_names_who_takes_it() -> None:
    notes = ("# Registry call, 10 June 2020\n\n## Duffle\n\n"
             "* The action item for Matt is to open a PR to clarify the readme.\n"
             "* The next step is for Radu and Chris to tag the release.\n"
             "* Next step is to write up the errata process.\n")
    assert _items(notes) == [
        (("Matt",), "Open a PR to clarify the readme", None, "open"),
        (("Radu", "Chris"), "Tag the release", None, "open"),
        ((), "Write up the errata process", None, "open")]


def test_a_speaker_saying_what_the_action_item_is() -> None:
    notes = ("# Registry call, 10 June 2020\n\n## Duffle\n\n"
             "* Matt: it was the reference implementation once.\n"
             "* Chris: the useful bits are in the library now.\n"
             "* Matt: the only action item is to open a PR to clarify the readme.\n"
             "* Chris: sounds good.\n")
    assert _items(notes) == [((), "Open a PR to clarify the readme", None, "open")]
    # ... and "for me" is the speaker.
    notes = notes.replace("the only action item is", "the action item for me is")
    assert _items(notes) == [(("Matt",), "Open a PR to clarify the readme", None, "open")]


def test_must_and_intends_to_give_a_named_person_the_work() -> None:
    notes = ("# Web team, 7 May 2024\n\nAttendees: Alice, Bob, Chris\n\n## Roadmap\n\n"
             "* Discussed the new landing page.\n"
             "* Bob must update the roadmap by 1 June.\n"
             "* Alice intends to write the migration guide.\n")
    assert _items(notes) == [
        (("Bob",), "Update the roadmap", date(2024, 6, 1), "open"),
        (("Alice",), "Write the migration guide", None, "open")]


def test_please_with_a_prefixed_verb() -> None:
    notes = ("# Web team, 7 May 2024\n\n## Registry\n\n"
             "* Addressed the first round of feedback.\n"
             "* Please re-review the registry spec before Friday.\n")
    assert _items(notes) == [((), "Re-review the registry spec", date(2024, 5, 10), "open")]


def test_a_need_a_wish_or_a_question_in_a_list_of_actions_is_the_work() -> None:
    notes = ("# Web team, 7 May 2024\n\n## Action items\n\n"
             "- We need to update the roadmap\n"
             "- Someone should check the venue's wifi\n"
             "- Can someone look at the broken link on the homepage?\n"
             "- Could Bob check the budget numbers?\n"
             "- Bob can book the room\n"
             "- Dana should send the invoice\n"
             "- Website needs to load faster\n")
    assert _items(notes) == [
        ((), "Update the roadmap", None, "open"),
        ((), "Check the venue's wifi", None, "open"),
        ((), "Look at the broken link on the homepage", None, "open"),
        (("Bob",), "Check the budget numbers", None, "open"),
        (("Bob",), "Book the room", None, "open"),
        (("Dana",), "Send the invoice", None, "open")]


def test_a_need_in_discussion_is_still_no_action() -> None:
    notes = ("# Web team, 7 May 2024\n\n## Roadmap\n\n"
             "We need to update the roadmap at some point. Someone should look at the wifi. "
             "Could Bob check the budget numbers?\n")
    assert _items(notes) == []


def test_formal_minutes_asking_and_resolving() -> None:
    notes = ("Parish Council meeting, 7 May 2024\n\nPresent: Cllr Reid, Cllr Shah, the Clerk\n\n"
             "Highways\n\nThe meeting asked the Chair to contact the police liaison officer. "
             "Resolved that the Treasurer be authorised to open a savings account. "
             "The council will meet again on 3 June.\n")
    assert _items(notes) == [
        (("The Chair",), "Contact the police liaison officer", None, "open"),
        (("The Treasurer",), "Open a savings account", None, "open")]


def test_a_state_in_brackets_is_not_part_of_the_task() -> None:
    notes = ("# Team meeting, 7 May 2024\n\n## Action items\n\n"
             "- Alice to send the slides (in progress)\n"
             "- Bob to book the room [blocked]\n"
             "- Chris to renew the domain (carried over)\n"
             "- Dana to draft the newsletter (on hold)\n")
    assert [t for _, t, _, s in _items(notes) if s == "open"] == [
        "Send the slides", "Book the room", "Renew the domain", "Draft the newsletter"]


def test_a_thing_done_by_someone_in_a_list_of_actions() -> None:
    notes = ("# Team meeting, 7 May 2024\n\n## Action items\n\n"
             "- Slides sent by Alice\n- Venue booked by @bob\n")
    assert _items(notes) == [(("Alice",), "Slides sent", None, "done"),
                             (("bob",), "Venue booked", None, "done")]


def test_a_stand_ups_person_heading_owns_what_is_planned_under_it() -> None:
    notes = ("# Daily standup 2024-05-07\n\nPresent: Alice, Bob, Chris\n\n"
             "## Alice\n- Yesterday: finished the login page\n- Blockers: none\n\n"
             "## Bob\n**Done:** migrated the database\n\n"
             "**Next:** deploy to staging on Thursday\n\n"
             "## Chris\n* Worked on the CI pipeline\n"
             "* Will look into the flaky test tomorrow\n")
    assert _items(notes) == [
        (("Bob",), "Migrated the database", None, "done"),
        (("Bob",), "Deploy to staging", date(2024, 5, 9), "open"),
        (("Chris",), "Look into the flaky test", date(2024, 5, 8), "open")]


def test_an_absence_and_running_this_meeting_are_no_tasks() -> None:
    notes = ("# Web team, 7 May 2024\n\nAttendees: Alice, Bob, Chris\n\n## Roadmap\n\n"
             "* Bob will miss the next meeting.\n* Alice will share her screen.\n"
             "* Bob will take notes today.\n* Chris will chair today's meeting.\n"
             "* Chris will chair the AGM in June.\n")
    assert _items(notes) == [(("Chris",), "Chair the AGM", date(2024, 6, 30), "open")]


def test_a_reminder_is_the_task_it_reminds_of() -> None:
    notes = ("# Web team, 7 May 2024\n\n## Domain\n\nThe domain expires soon.\n\n"
             "* Remember to renew the domain by June.\n"
             "* Don't forget to update the DNS records\n* Prices went up.\n\n"
             "## Action items\n\n- Reminder: send the invoice\n- Make sure we book the room\n")
    assert _items(notes) == [
        ((), "Renew the domain", date(2024, 6, 30), "open"),
        ((), "Update the DNS records", None, "open"),
        ((), "Send the invoice", None, "open"),
        ((), "Book the room", None, "open")]


def test_by_a_month_is_that_months_end_ahead_of_the_meeting() -> None:
    notes = ("# Web team, 7 May 2024\n\n## Action items\n\n"
             "- Alice to renew the domain by June\n- Bob to file the accounts by January\n"
             "- Chris to send the draft by June 5\n")
    assert [(t, d) for _, t, d, _ in _items(notes)] == [
        ("Renew the domain", date(2024, 6, 30)), ("File the accounts", date(2025, 1, 31)),
        ("Send the draft", date(2024, 6, 5))]


def test_terse_plans_of_a_supervision_meeting() -> None:
    notes = ("# Supervision meeting 2024-05-07\n\nNext meeting: 14 May 2024\n\n## Progress\n\n"
             "- Discussed the results of the second experiment.\n"
             "- Next week: finish the literature review.\n"
             "- Need to email the ethics committee about the consent form.\n"
             "- For next meeting, prepare a short presentation of the results.\n"
             "- By Friday, send the draft to the second reader.\n"
             "- Should also look at the baseline from the 2019 paper.\n"
             "- Need to think about the framing.\n")
    assert _items(notes) == [
        ((), "Finish the literature review", date(2024, 5, 17), "open"),
        ((), "Email the ethics committee about the consent form", None, "open"),
        ((), "Prepare a short presentation of the results", date(2024, 5, 14), "open"),
        ((), "Send the draft to the second reader", date(2024, 5, 10), "open"),
        ((), "Look at the baseline from the 2019 paper", None, "open")]


def test_a_topic_put_as_discuss_among_notes_is_no_task() -> None:
    notes = ("# Web team, 7 May 2024\n\n## Budget\n\nWe went through the figures.\n\n"
             "- Discuss the budget at the next meeting.\n- Talk about the roadmap.\n"
             "- Discuss the budget with the treasurer.\n")
    assert _items(notes) == [((), "Discuss the budget with the treasurer", None, "open")]


def test_a_request_to_everyone_put_as_a_question_or_kindly() -> None:
    notes = ("# Choir committee, 7 May 2024\n\n## Concert\n\n"
             "Could you all please review the programme by Friday? "
             "It would be great if everyone could send their availability by Thursday. "
             "Kindly return the music folders to Maria. Could you explain the budget?\n")
    assert _items(notes) == [
        ((), "Review the programme", date(2024, 5, 10), "open"),
        ((), "Send their availability", date(2024, 5, 9), "open"),
        ((), "Return the music folders to Maria", None, "open")]


def test_an_irc_action_names_the_nick_before_the_order() -> None:
    notes = ("Meeting summary\n---------------\n* roll call  (jdoe, 15:00:12)\n\n"
             "* Gate failures  (jdoe, 15:05:00)\n"
             "  * #action jdoe to update the wiki page  (jdoe, 15:05:33)\n"
             "  * ACTION: asmith review the patch series  (jdoe, 15:07:01)\n"
             "  * ACTION: kwan, lmb fix the nightly build  (jdoe, 15:08:01)\n")
    assert [(o, t) for o, t, _, _ in _items(notes, name="team.2024-05-07-15.00.txt")] == [
        (("jdoe",), "Update the wiki page"), (("asmith",), "Review the patch series"),
        (("kwan", "lmb"), "Fix the nightly build")]


def test_a_handle_then_an_order_among_a_meetings_notes() -> None:
    notes = ("# Maintainers, 7 May 2024\n\n## CI\n\nThe nightly build is red again.\n\n"
             "- @bob follow up with the vendor\n- @alice and @carol review the design doc\n"
             "- @dave thanks for the fix\n- @erin said the cache is warm\n")
    assert _items(notes) == [
        (("bob",), "Follow up with the vendor", None, "open"),
        (("alice", "carol"), "Review the design doc", None, "open")]


def test_a_review_of_last_meetings_actions() -> None:
    notes = ("# Committee meeting 2024-05-07\n\nPresent: Alice, Bob, Chris\n\n"
             "## Review of actions from last meeting\n\n"
             "- Alice to send the slides: done\n- Chris to renew the domain: ongoing\n"
             "- Action 4 (Dana): write to the council. Not yet done, carried forward.\n\n"
             "## Matters arising\n\nAlice confirmed that the slides were sent.\n")
    assert _items(notes) == [
        (("Alice",), "Send the slides", None, "done"),
        (("Chris",), "Renew the domain", None, "open"),
        (("Dana",), "Write to the council", None, "open")]


def test_someone_and_i_are_both_owners() -> None:
    notes = ("# Sync 2024-05-07\n\nNotes by: Ed\n\n## Plan\n\n"
             "- Alice and I will draft the proposal.\n")
    assert _items(notes) == [(("Alice", "Ed"), "Draft the proposal", None, "open")]
    # With no one named as the writer, the one named is still an owner.
    assert _items(notes.replace("Notes by: Ed\n\n", "")) == [
        (("Alice",), "Draft the proposal", None, "open")]


def test_owner_labels_with_a_role_and_one_per_clause() -> None:
    notes = ("# Launch sync 2024-05-07\n\n## Action items\n\n"
             "- Jane (PM): finalise the scope\n"
             "- Kai: update the timeline; Lee: book the launch venue\n")
    assert [(o, t) for o, t, _, _ in _items(notes)] == [
        (("Jane",), "Finalise the scope"), (("Kai",), "Update the timeline"),
        (("Lee",), "Book the launch venue")]


def test_an_owner_field_with_its_due_date_after_a_comma() -> None:
    notes = ("# Planning 2024-05-07\n\n## Action items\n\n"
             "- Update the onboarding guide\n  Owner: Alice, due Friday\n"
             "- Renew the certificate (owner: Chris by 31 May)\n")
    assert _items(notes) == [
        (("Alice",), "Update the onboarding guide", date(2024, 5, 10), "open"),
        (("Chris",), "Renew the certificate", date(2024, 5, 31), "open")]
