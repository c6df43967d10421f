"""Sentence forms that make a follow-up, and look-alikes that must not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from digestbot.model import FollowUp
from digestbot.notes import parse_bytes
from digestbot.notes.clauses import sentence_follow_ups
from digestbot.notes.dedupe import merge_follow_ups
from digestbot.notes.followups import question_follow_ups
from digestbot.notes.reading import sentence_follow_up
from digestbot.notes.tables import table_follow_ups
from digestbot.notes.tasks import Context

REF = date(2024, 3, 4)  # a Monday
PLAIN = Context(ref=REF, me="Hannah")
ACTIONS = Context(ref=REF, me="Hannah", action_section=True, line_item=True)


@pytest.mark.parametrize(("text", "owners", "task", "due"), [
    ("@marta To archive the old wiki pages.", ("marta",), "Archive the old wiki pages", None),
    ("Femi happy to coordinate the reply to the council consultation.", ("Femi",),
     "Coordinate the reply to the council consultation", None),
    ("Sheetal and Bruna will send a report and summary of the session around.",
     ("Sheetal", "Bruna"), "Send a report and summary of the session around", None),
    ("Aisha to update the tool sign-out sheet by next week.", ("Aisha",),
     "Update the tool sign-out sheet", date(2024, 3, 15)),
    ("Cllr Diaz agreed to meet the Mill Lane residents before the 6th.", ("Cllr Diaz",),
     "Meet the Mill Lane residents", date(2024, 3, 6)),
    ("ACTION: Stephen to publish the explainer draft by 20 March", ("Stephen",),
     "Publish the explainer draft", date(2024, 3, 20)),
    ("Action: KL to circulate the audited accounts to trustees.", ("KL",),
     "Circulate the audited accounts to trustees", None),
    ("I'll take an action to draft the poster this week.", ("Hannah",),
     "Draft the poster", date(2024, 3, 8)),
    ("I will draft the application and circulate it by 20 March.", ("Hannah",),
     "Draft the application and circulate it", date(2024, 3, 20)),
    ("Rouslan: I'll check with the Chrome team.", ("Rouslan",),
     "Check with the Chrome team", None),
    ("M. Grant will circulate the parking audit next week.", ("M. Grant",),
     "Circulate the parking audit", date(2024, 3, 15)),
    ("The group will review the pilot data at the next meeting.", ("The group",),
     "Review the pilot data at the next meeting", None),
    ("It was agreed that PO would contact the Heritage Fund.", ("PO",),
     "Contact the Heritage Fund", None),
    ("@lwei to write the release notes by Friday", ("lwei",), "Write the release notes",
     date(2024, 3, 8)),
    ("Sheetal and Bruna shared that they will send a report around, and Sheetal also "
     "shared updates.", ("Sheetal", "Bruna"), "Send a report around", None),
    ("It was agreed that a ticket will be opened with Highways.", (),
     "Open a ticket with Highways", None),
    ("Dr. Holt to clarify the licence with the funder by end of March", ("Dr. Holt",),
     "Clarify the licence with the funder", date(2024, 3, 31)),
])
def test_follow_up_forms(text: str, owners: tuple[str, ...], task: str,
                         due: date | None) -> None:
    item = sentence_follow_up(text, PLAIN)
    assert item is not None
    assert (item.owners, item.task, item.due) == (owners, task, due)
    assert item.status == "open"


@pytest.mark.parametrize("text", [
    "Myles, explore usb keys for the offline install, the wifi is too slow.",
    "Dev said we need to write an induction checklist at some point.",
    "We need to budget for a new desk next year.",
    "I wanted to publish the photos but haven't had time.",
    "Decision: the PTA will contribute up to £1,500.",
    "Decided: the hardship rate stays at £10.",
    "We agreed to stop accepting coffee grounds until April.",
    "Lukas: we could try a Saturday instead.",
    "L. Chow said the Parks team want to publish a map of cycle stands.",
    "Will the school office send the fair letter?",
    "Welcome to the meeting and thanks to our hosts.",
    "Rosa is happy to stand as treasurer again.",
    "The fair will be held on 16 November.",
    "Sarah will be away in June.",
    "Chen: the field data from December is cleaned.",
    "Members discussed whether to add a third school.",
    "Europe will consider the Latin American context in its regulation.",
    "Governments will continue to push for data localisation.",
    "The next call will take place on 9 January.",
    "Ideas: Ana to maybe think about a podcast?",
    "We will have Zoom set up before the call.",
])
def test_look_alikes_are_not_follow_ups(text: str) -> None:
    assert sentence_follow_up(text, PLAIN) is None


def test_question_answered_yes() -> None:
    text = "Tomás, can you ask the bakery about donating cakes by Friday? Yes."
    (item,) = question_follow_ups(text, PLAIN)
    assert item.owners == ("Tomás",) and item.task == "Ask the bakery about donating cakes"
    assert item.due == date(2024, 3, 8)
    assert question_follow_ups("Rachel, could you run the raffle? Not sure yet.", PLAIN) == []


@pytest.mark.parametrize(("text", "status", "task"), [
    ("Induction sessions for new volunteers – stay tuned.", "forthcoming",
     "Induction sessions for new volunteers"),
    ("The request for a breakdown of charges was sent in January (done).", "done",
     "Request for a breakdown of charges sent"),
    ("KL – circulate the audited accounts – 31 Mar", "open",
     "Circulate the audited accounts"),
    ("Ana to renew the domain ✅", "done", "Renew the domain"),
    ("Ben to book the room [done]", "done", "Book the room"),
])
def test_action_list_items(text: str, status: str, task: str) -> None:
    item = sentence_follow_up(text, ACTIONS)
    assert item is not None and item.status == status and item.task == task


def test_checkbox_and_owner_heading() -> None:
    done = Context(ref=REF, checked=True, line_item=True)
    item = sentence_follow_up("@okafor to tag rc1", done)
    assert item is not None and item.status == "done" and item.owners == ("okafor",)
    heading = Context(ref=REF, action_section=True, owners=("Dele", "Sam"), line_item=True)
    item = sentence_follow_up("Fix the desk fader in studio A", heading)
    assert item is not None and item.owners == ("Dele", "Sam")
    topic = Context(ref=REF, checked=False, line_item=True)
    assert sentence_follow_up("Trait-based models of pollination", topic) is None


def test_table_in_any_column_order() -> None:
    rows = [["Due", "Status", "Task", "Owner"],
            ["July 10", "done", "Set up the alias", "@jdoe"],
            ["", "open", "Write the FAQ", "Ana and Ben"]]
    first, second = table_follow_ups(rows, Context(ref=REF))
    assert (first.owners, first.due, first.status) == (("jdoe",), date(2024, 7, 10), "done")
    assert (second.owners, second.task, second.status) == (("Ana", "Ben"), "Write the FAQ",
                                                            "open")
    assert table_follow_ups([["Name", "Role"], ["Ana", "chair"]], Context()) == []


def test_the_same_action_twice_is_one() -> None:
    inline = FollowUp("Circulate the audited accounts to trustees", ("KL",), date(2024, 1, 31))
    recap = FollowUp("Circulate the audited accounts", ("KL",))
    done = FollowUp("Circulate the audited accounts to trustees", ("KL",), status="done")
    (merged,) = merge_follow_ups([inline, recap, done], [])
    assert merged.due == date(2024, 1, 31) and merged.status == "done"
    other = FollowUp("Circulate the audited accounts for 2023", ("KL",))
    assert len(merge_follow_ups([inline, other], [])) == 2


def test_parallel_tasks_that_end_differently_are_two() -> None:
    # Sibling lines built on one pattern: the same opening, a different object at the end.
    first = FollowUp("Open a ticket and draft a page for the rota", ("Mo",))
    second = FollowUp("Open a ticket and draft a page for volunteers", ("Mo",))
    assert len(merge_follow_ups([first, second], [])) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana will draft the letter and Ben will send it to the council.",
     [(("Ana",), "Draft the letter"), (("Ben",), "Send it to the council")]),
    ("Actions: Ana to send the deck; Ben to book the room.",
     [(("Ana",), "Send the deck"), (("Ben",), "Book the room")]),
    ("Tom and Leila will visit the dairy.", [(("Tom", "Leila"), "Visit the dairy")]),
    ("ACTION (Kim): update the wiki", [(("Kim",), "Update the wiki")]),
    ("The minutes will be circulated by Ben.", [(("Ben",), "Circulate the minutes")]),
    ("Ana has offered to host the next call.", [(("Ana",), "Host the next call")]),
    ("@sam please review the PR", [(("sam",), "Review the PR")]),
    ("Send the deck to funders – Ana – Friday", [(("Ana",), "Send the deck to funders")]),
    ("Jan de Vries will send the contract.", [(("Jan de Vries",), "Send the contract")]),
    ("Ana María López to book the venue.", [(("Ana María López",), "Book the venue")]),
    ("Agreed: the secretariat will circulate the draft.",
     [(("The secretariat",), "Circulate the draft")]),
    ("AP: Ben to renew the domain", [(("Ben",), "Renew the domain")]),
    ("Check the lease terms [MK]", [(("MK",), "Check the lease terms")]),
    ("Leaflets will be delivered by volunteers.", [(("volunteers",), "Deliver leaflets")]),
    ("AI: Forum secretary to book the hall", [(("Forum secretary",), "Book the hall")]),
    ("@Maya Chen will draft the brief.", [(("Maya Chen",), "Draft the brief")]),
    ("Rhian will order the seed, and Colm offered to water the beds.",
     [(("Rhian",), "Order the seed"), (("Colm",), "Water the beds")]),
    ("It was agreed that Ines would hire the marquee and that Bo would print the tickets.",
     [(("Ines",), "Hire the marquee"), (("Bo",), "Print the tickets")]),
    ("The Clerk to place the advert in the parish magazine.",
     [(("The Clerk",), "Place the advert in the parish magazine")]),
    ("The Director will send the revised timetable to staff.",
     [(("The Director",), "Send the revised timetable to staff")]),
    ("The Finance Officer to tabulate the grant returns.",
     [(("The Finance Officer",), "Tabulate the grant returns")]),
    ("The office will close over the holiday.", []),
    ("RESOLVED that the Clerk write to the bowls club to confirm the booking.",
     [(("The Clerk",), "Write to the bowls club to confirm the booking")]),
    ("Resolved that the Treasurer open a savings account.",
     [(("The Treasurer",), "Open a savings account")]),
    ("RESOLVED that the Council approve the precept.", []),
    ("It was agreed that the panel meet quarterly.", []),
    ("Oskar to hand out the new bibs at Saturday's session.",
     [(("Oskar",), "Hand out the new bibs at Saturday's session")]),
    ("Tamsin offered to lead the bat walk, and the group agreed to meet at the lych gate.",
     [(("Tamsin",), "Lead the bat walk")]),
    ("The Board asked the Headteacher to publish the term dates.",
     [(("The Headteacher",), "Publish the term dates")]),
    ("It was agreed that governors would attend a lesson before Easter.",
     [(("governors",), "Attend a lesson before Easter")]),
    ("Mrs Osei will be asked to run the book fair.",
     [((), "Ask Mrs Osei to run the book fair")]),
    ("Wen has tentatively agreed to host the summer picnic.",
     [(("Wen",), "Host the summer picnic")]),
    ("Maud G4XYZ will test the new mast antenna.", [(("Maud",), "Test the new mast antenna")]),
    ("The CEO will brief the funders on the restructure.",
     [(("The CEO",), "Brief the funders on the restructure")]),
    ("The board will come back to this at its next meeting.", []),
    ("The trustees will discuss this at the next meeting.", []),
    ("The committee will revisit it in the spring.", []),
    ("The committee will consider the matter further in June.", []),
    ("The Chair will discuss it with the landlord.",
     [(("The Chair",), "Discuss it with the landlord")]),
    ("The smoke alarms will be tuned by the maintenance team.",
     [(("The maintenance team",), "Tune the smoke alarms")]),
])
def test_compound_and_other_forms(text: str, expected: list) -> None:
    from digestbot.notes.clauses import sentence_follow_ups

    found = sentence_follow_ups(text, PLAIN)
    assert [(f.owners, f.task) for f in found] == expected


def test_due_slot_accepts_a_bare_weekday() -> None:
    item = sentence_follow_up("Send the deck to funders – Ana – Friday", PLAIN)
    assert item is not None and item.due == date(2024, 3, 8)


def test_lower_case_names_of_people_present() -> None:
    ctx = Context(ref=REF, line_item=True, known=frozenset({"jo", "kim", "alex"}))
    item = sentence_follow_up("kim + alex: pick up the donation on sat", ctx)
    assert item is not None and item.owners == ("kim", "alex") and item.due == date(2024, 3, 9)
    assert sentence_follow_up("stock low on rice", ctx) is None


@pytest.mark.parametrize(("text", "owners", "task", "due"), [
    ("By Friday, Jenny will email the schedule to all members.", ("Jenny",),
     "Email the schedule to all members", date(2024, 3, 8)),
    ("Next week the committee will decide on the ticket price.", ("The committee",),
     "Decide on the ticket price", date(2024, 3, 15)),
    ("Helen will, by the end of the month, chase the members who have not paid.", ("Helen",),
     "Chase the members who have not paid", date(2024, 3, 31)),
    ("After the meeting, Raj agreed to ask the vicar about the organ.", ("Raj",),
     "Ask the vicar about the organ", None),
])
def test_due_phrases_before_or_inside_the_sentence(text: str, owners: tuple[str, ...], task: str,
                                                   due: date | None) -> None:
    item = sentence_follow_up(text, PLAIN)
    assert item is not None and (item.owners, item.task, item.due) == (owners, task, due)


@pytest.mark.parametrize(("text", "owners", "task"), [
    ("Action for Ana: send the floor plan to the stallholders.", ("Ana",),
     "Send the floor plan to the stallholders"),
    ("Ben's action: post the poster on the town Facebook group.", ("Ben",),
     "Post the poster on the town Facebook group"),
    ("We (Ben and Chidi) will check the fire exits.", ("Ben", "Chidi"), "Check the fire exits"),
    ("Dora kindly offered to make the signs.", ("Dora",), "Make the signs"),
    ("Chidi has generously agreed to lend his PA system.", ("Chidi",), "Lend his PA system"),
    ("We will have Marta draft the welcome pack.", ("Marta",), "Draft the welcome pack"),
    ("Beyond that we need to have our Treasurer chase the invoices and we need to discuss fees.",
     ("Treasurer",), "Chase the invoices"),
])
def test_unusual_ways_of_naming_the_owner(text: str, owners: tuple[str, ...], task: str) -> None:
    item = sentence_follow_up(text, PLAIN)
    assert item is not None and (item.owners, item.task) == (owners, task)


@pytest.mark.parametrize(("text", "expected"), [
    ("The statement has already been sent to the funders; a briefing note for new members is "
     "forthcoming.", [((), "Statement sent to the funders", None, "done"),
                      ((), "Briefing note for new members", None, "forthcoming")]),
    ("The letter to the minister was sent last week.",
     [((), "Letter to the minister sent", None, "done")]),
    ("A summary of the survey will follow.", [((), "Summary of the survey", None, "forthcoming")]),
    ("The coordination team will circulate the proposal to all member groups.",
     [(("The coordination team",), "Circulate the proposal to all member groups", None, "open")]),
    ("Pavel will fix the cache and Ines will look into the installer by Friday.",
     [(("Pavel",), "Fix the cache", date(2024, 3, 8), "open"),
      (("Ines",), "Look into the installer", date(2024, 3, 8), "open")]),
    ("Tickets: Jonas will set up the online ticket shop.",
     [(("Jonas",), "Set up the online ticket shop", None, "open")]),
    ("Programme leaflets: Anke and Ben will design and print them.",
     [(("Anke", "Ben"), "Design and print the programme leaflets", None, "open")]),
])
def test_statements_in_a_list_of_next_steps(text: str, expected: list[tuple]) -> None:
    items = sentence_follow_ups(text, ACTIONS)
    assert [(i.owners, i.task, i.due, i.status) for i in items] == expected


@pytest.mark.parametrize("text", [
    "It was agreed that the venue is fine.",
    "The budget was discussed at length.",
    "Venue: the library said maybe.",
    "This was postponed to the next meeting.",
])
def test_reports_that_are_not_follow_ups(text: str) -> None:
    assert sentence_follow_ups(text, ACTIONS) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bev reported that 11 members still owe; she'll send reminders by Friday.",
     [(("Bev",), "Send reminders", date(2024, 3, 8))]),
    ("A. Nowak will contact the education officer.",
     [(("A. Nowak",), "Contact the education officer", None)]),
    ("Mr Ward agreed to complete the course before the end of the spring term.",
     [(("Mr Ward",), "Complete the course", None)]),
    ("On our side, I'll draft the report.", [(("Hannah",), "Draft the report", None)]),
])
def test_pronouns_initials_and_undated_deadlines(text: str, expected: list[tuple]) -> None:
    items = sentence_follow_ups(text, PLAIN)
    assert [(i.owners, i.task, i.due) for i in items] == expected


@pytest.mark.parametrize(("text", "ctx", "expected"), [
    ("A letter of thanks to be sent to the flower arrangers by ME.", PLAIN,
     [("Send a letter of thanks to the flower arrangers", ("ME",), None, "open")]),
    ("Minutes to be circulated by Friday 8 March.", PLAIN,
     [("Circulate minutes", (), date(2024, 3, 8), "open")]),
    ("It was agreed that Peter and Gloria would suggest clearer wording by 8 March.", PLAIN,
     [("Suggest clearer wording", ("Peter", "Gloria"), date(2024, 3, 8), "open")]),
    ("checklist step 3 confusing → @devon rewrite copy by Thu", ACTIONS,
     [("Rewrite copy", ("devon",), date(2024, 3, 7), "open")]),
    ("intro to Northwind via Priya? → @maya ask her", ACTIONS,
     [("Ask her (intro to Northwind via Priya)", ("maya",), None, "open")]),
    ("signup bug (#412) → fixed by @li.wei, deployed Fri", ACTIONS,
     [("Signup bug (#412) fixed", ("li.wei",), None, "done")]),
    ("@sam → send offer letter to Carla (verbal yes ✅)", ACTIONS,
     [("Send offer letter to Carla (verbal yes)", ("sam",), None, "open")]),
    ("Contact the stakeholder group about its statement (Chair)",
     Context(ref=REF, action_section=True, line_item=True, known=frozenset({"ana"})),
     [("Contact the stakeholder group about its statement", ("Chair",), None, "open")]),
])
def test_round_26_forms(text: str, ctx: Context, expected: list[tuple]) -> None:
    got = [(f.task, f.owners, f.due, f.status) for f in sentence_follow_ups(text, ctx)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Code to be given out at the AGM only.",
    "Date to be agreed with estates.",
    "The date to be decided at the next meeting.",
    "activation 41% → still below the 50% target",
    "pricing page A/B → parked until after the raise",
])
def test_round_26_look_alikes(text: str) -> None:
    assert sentence_follow_ups(text, ACTIONS if "→" in text else PLAIN) == []


def test_a_prepared_item_for_the_next_call_is_due_then() -> None:
    ctx = Context(ref=REF, action_section=True, line_item=True, next_meeting=date(2024, 3, 20))
    [item] = sentence_follow_ups("Draft a definition for discussion at the next call (Chair)", ctx)
    assert (item.task, item.due) == ("Draft a definition for discussion at the next call",
                                     date(2024, 3, 20))
    [done_there] = sentence_follow_ups("Ben to review the pilot data at the next meeting.", ctx)
    assert done_there.due is None


def test_actions_that_lean_on_the_sentence_before() -> None:
    notes = (b"Trustees meeting\nDate: 4 March 2024\n\nMatters arising\n\n"
             b"3.3 Churchyard wall: the quote from Hollis & Sons is still awaited. "
             b"Action: ME to chase.\n\n"
             b"3.4 Safeguarding training: TA and SP still need to complete the basic module. "
             b"Action: TA, SP by 29 March.\n\n"
             b"3.5 Heating: the boiler was serviced. Action: JB to publish the report.\n")
    got = [(f.task, f.owners, f.due) for f in parse_bytes(notes, name="t.txt").follow_ups]
    assert got == [
        ("Chase (churchyard wall: the quote from Hollis & Sons is still awaited)", ("ME",), None),
        ("Complete the basic module (safeguarding training)", ("TA", "SP"), date(2024, 3, 29)),
        ("Publish the report", ("JB",), None)]


@pytest.mark.parametrize(("text", "ctx", "expected"), [
    ("Rosa will circulate the draft by 8 March, and Femi is sending case studies to Rosa "
     "before then.", ACTIONS,
     [("Circulate the draft", ("Rosa",), date(2024, 3, 8)),
      ("Send case studies to Rosa", ("Femi",), date(2024, 3, 8))]),
    ("Chen is writing the grant criteria.", ACTIONS,
     [("Write the grant criteria", ("Chen",), None)]),
    ("We will send them the revised logframe by 28 March.", ACTIONS,
     [("Send them the revised logframe", (), date(2024, 3, 28))]),
    ("We will freeze dependency upgrades until the test suite is stable.", ACTIONS, []),
    ("We will meet again on 28 March.", ACTIONS, []),
    ("Chen is writing the grant criteria.", PLAIN, []),
])
def test_progressive_and_we_will_in_lists_of_actions(text: str, ctx: Context,
                                                     expected: list[tuple]) -> None:
    got = [(f.task, f.owners, f.due) for f in sentence_follow_ups(text, ctx)]
    assert got == expected


def test_we_will_make_or_send_something_in_prose_minutes() -> None:
    # The list rule holds for the minutes' own prose: a group's "we will" with a verb that
    # makes or sends something is a task; a decision or a topic for later is not.
    notes = ("# Allotment society, 4 March 2024\n\n## Plot rents\n\n"
             "Rents rise every spring. We will publish the new rents on the noticeboard.\n\n"
             "We will freeze the waiting list until the survey is done. "
             "We will discuss the shed next time.\n")
    got = [(f.task, f.owners) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [("Publish the new rents on the noticeboard", ())]


@pytest.mark.parametrize(("text", "expected"), [
    ("Reminder: please sign up to steward one of the spring litter picks.",
     ["Sign up to steward one of the spring litter picks"]),
    ("If you raised a point today, please send your notes to the list in writing!",
     ["Send your notes to the list in writing"]),
    ("Thanks all, please keep the side gate locked.", []),
    ("If anyone has time to help with the accounts, please email the treasurer.", []),
    ("Please take a moment to read the new rules.", []),
])
def test_please_asks_everyone_at_the_meeting(text: str, expected: list[str]) -> None:
    notes = f"# Friends of the park, 4 March 2024\n\n## Other business\n\n{text}\n"
    got = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.task, f.owners) for f in got] == [(task, ()) for task in expected]


def test_an_offer_after_a_dash_in_the_next_steps() -> None:
    text = ("We still need someone to draft the criteria – Chen said he could take a first "
            "pass if nobody else does.")
    got = [(f.task, f.owners) for f in sentence_follow_ups(text, ACTIONS)]
    assert got == [("Take a first pass", ("Chen",))]
    assert sentence_follow_ups("Chen said he could take a first pass.", PLAIN) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Members to review the draft (All WG members).",
     [("Review the draft", ("All WG members",), "open")]),
    ("Ben to contact the hall (Riverside Hall).",
     [("Contact the hall (Riverside Hall)", ("Ben",), "open")]),
    ("The venue for the convening is already booked, and the rest is open, so that is that.",
     [("Venue for the convening booked", (), "done")]),
])
def test_restated_owners_and_already_done(text: str, expected: list[tuple]) -> None:
    ctx = Context(ref=REF, action_section=True)
    assert [(f.task, f.owners, f.status) for f in sentence_follow_ups(text, ctx)] == expected


def test_an_owner_after_the_full_stop_of_a_numbered_action() -> None:
    notes = (b"WG call\nDate: 4 March 2024\n\nAction Items:\n"
             b"1. Circulate the review tool by Friday 8 March. (Staff)\n"
             b"2. Members to review the draft before the next call. (All WG members)\n")
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="wg.txt").follow_ups]
    assert got == [("Circulate the review tool", ("Staff",)),
                   ("Review the draft before the next call", ("All WG members",))]


@pytest.mark.parametrize(("text", "listed", "expected"), [
    ("Action on Marta to contact the venue.", False, [("Contact the venue", ("Marta",))]),
    ("Marta took an action to contact the venue.", False, [("Contact the venue", ("Marta",))]),
    ("Assigned to Jane: update the docs", False, [("Update the docs", ("Jane",))]),
    ("Ana will be drafting the letter.", False, [("Draft the letter", ("Ana",))]),
    ("Ana: will send the deck", False, [("Send the deck", ("Ana",))]),
    ("Ana and Ben are responsible for printing the leaflets.", True,
     [("Print the leaflets", ("Ana", "Ben"))]),
    ("Ana and Ben are responsible for printing the leaflets.", False, []),
    ("Venue: will confirm next week", True, []),
    ("Ana will be away next week.", False, []),
    ("We will be discussing this in May.", True, []),
])
def test_more_ways_of_naming_the_owner(text: str, listed: bool, expected: list[tuple]) -> None:
    ctx = Context(ref=REF, known=frozenset({"ana"}), action_section=listed, line_item=listed)
    assert [(f.task, f.owners) for f in sentence_follow_ups(text, ctx)] == expected


def test_a_ticked_item_says_who_did_it_and_tbd_is_nobody() -> None:
    done = Context(ref=REF, line_item=True, checked=True)
    [item] = sentence_follow_ups("Chloe renewed the SSL certificate", done)
    assert (item.task, item.owners, item.status) == ("Renew the SSL certificate", ("Chloe",),
                                                     "done")
    assert sentence_follow_ups("Chloe renewed the SSL certificate",
                               replace(done, checked=None, line_item=False)) == []
    [tbd] = sentence_follow_ups("Owner TBD: write the postmortem", ACTIONS)
    assert (tbd.task, tbd.owners) == ("Write the postmortem", ())


def test_meeting_assistant_task_lists_with_owners_in_brackets() -> None:
    notes = (b"Website check-in\nMarch 5, 2025\n\nFollow-up tasks\n"
             b"Broken links audit: Run a links audit on staging. (Sofia Marin)\n"
             b"QA sign-off: Confirm the QA schedule with the agency by Friday. (Tom Reid)\n"
             b"Redirects: Prepare the redirect map. (Sofia Marin, Jun Park)\n"
             b"Minutes to be circulated by 14 March. (Urgent)\n")
    got = [(f.task, f.owners, f.due) for f in parse_bytes(notes, name="n.txt").follow_ups]
    assert got == [
        ("Run a links audit on staging", ("Sofia Marin",), None),
        ("Confirm the QA schedule with the agency", ("Tom Reid",), date(2025, 3, 7)),
        ("Prepare the redirect map", ("Sofia Marin", "Jun Park"), None),
        ("Circulate minutes", (), date(2025, 3, 14))]


def test_a_pasted_email_recap_signer_and_a_due_clause() -> None:
    notes = (b"Hi all,\n\nQuick recap of today's call (11 March 2025).\n\n"
             b"- I'll send round the slides tomorrow.\n"
             b"- Lina and Mo to co-write the grant narrative; first draft due 25 March.\n"
             b"- Jess to book the room; the hall is free on 20 March.\n\n"
             b"Cheers,\nPriya\n")
    got = [(f.task, f.owners, f.due) for f in parse_bytes(notes, name="r.txt").follow_ups]
    assert got == [("Send round the slides", ("Priya",), date(2025, 3, 12)),
                   ("Co-write the grant narrative", ("Lina", "Mo"), date(2025, 3, 25)),
                   ("Book the room", ("Jess",), None)]


def test_scribed_speakers_own_their_commitments() -> None:
    notes = b"""# Data working group

## Schema

jl: the draft looks fine to me
rb: agree, will publish the schema to the registry
jl: I will open an issue for the naming questions
rb: I'll think more about the enum values
<tova> +1. I will send the example payloads
- Previously: KP will benchmark the parser
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="wg.md").follow_ups]
    assert got == [("Publish the schema to the registry", ("rb",)),
                   ("Open an issue for the naming questions", ("jl",)),
                   ("Send the example payloads", ("tova",))]


def test_take_the_ai_to() -> None:
    notes = b"SC: I'll take the AI to put the proposal on the plenary agenda.\n" \
            b"SC: thanks all.\n"
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="t.txt").follow_ups]
    assert got == [("Put the proposal on the plenary agenda", ("SC",))]


def test_ordinary_words_are_not_owners() -> None:
    notes = b"""# Retro

- Compared to last spring, we have far fewer incidents.
- Backward to limit the storage, forward to limit the compute.
- Keep backward compatibility in mind.
- release team:
    - tries to find reviewers for each patch
- Noor to send the incident summary to the list.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="r.md").follow_ups]
    assert got == [("Send the incident summary to the list", ("Noor",))]


def test_hard_wrapped_bullet_is_one_item() -> None:
    notes = b"""# Council

- Priya has two reviews that she will finish this week, and she will also
  reach out to the venue about the projector.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="c.md").follow_ups]
    # The wrapped line is the item's second clause; "she" is Priya. (No meeting date:
    # "this week" stays in the task.)
    assert got == [("Finish two reviews this week", ("Priya",)),
                   ("Reach out to the venue about the projector", ("Priya",))]


def test_decided_and_reported_that() -> None:
    notes = b"""# Board

- The board decided Marisol would be sending the renewal letter to the landlord.
- They also discussed the insurance quote and that Oskar will compare it with last year's.
- The group will continue discussing the rota.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="b.md").follow_ups]
    assert got == [("Send the renewal letter to the landlord", ("Marisol",)),
                   ("Compare it with last year's", ("Oskar",))]


def test_marked_action_forms() -> None:
    notes = b"""# WG

- ACITON: Hamid will have a quick call with the registry.
- ACTION(Ines): Let's go through the open tickets and close stale ones.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="w.md").follow_ups]
    assert got == [("Have a quick call with the registry", ("Hamid",)),
                   ("Go through the open tickets and close stale ones", ("Ines",))]


def test_spoken_requests_and_plans() -> None:
    notes = b"""# Sync

KT: I'd like DM/OL to check the fixtures.

OL: Thanks; I'll look at the flaky test offline.

DM: Now I'm planning to send a survey to the other maintainers.

KT: I'll think about the naming.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="s.md").follow_ups]
    assert got == [("Check the fixtures", ("DM", "OL")),
                   ("Look at the flaky test offline", ("OL",)),
                   ("Send a survey to the other maintainers", ("DM",))]


def test_irc_nick_and_scribed_label_are_one_speaker() -> None:
    notes = b"""# Call

<Wren> +1 to the plan. I will draft the note
wren: I will book the room
mo: sounds fine
mo: I will send the agenda
- Ask everyone to add their name to the sheet
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="c.md").follow_ups]
    assert ("Draft the note", ("Wren",)) in got
    assert ("Book the room", ("wren",)) in got
    assert ("Send the agenda", ("mo",)) in got
    assert all(owners != ("Ask everyone",) for _, owners in got)


def test_short_task_about_this_takes_the_item_above() -> None:
    notes = b"""# Workshop

- Volunteers forget to sign the equipment log
  - Remind them at the start of every shift
    - Marek: look into this
- ~~Let's do it in spring~~
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="w.md").follow_ups]
    assert ("Look into this (remind them at the start of every shift)", ("Marek",)) in got
    assert all(owners != ("Let's",) for _, owners in got)


def test_done_marker_line_after_a_spoken_commitment() -> None:
    notes = b"""# Call

jn: the fix looks good
jn: ok, will merge the fix
\xe2\x80\xa6 (merged)
"""
    got = [(f.task, f.owners, f.status) for f in parse_bytes(notes, name="c.md").follow_ups]
    assert got == [("Merge the fix", ("jn",), "done")]


def test_spoken_clause_after_a_dash() -> None:
    notes = b"""# Review

RV - I see the risk with the cache keys - I'll open a ticket about it.

RV - otherwise fine.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="r.md").follow_ups]
    assert got == [("Open a ticket about it (I see the risk with the cache keys)", ("RV",))]


def test_acronym_plurals_are_not_owners() -> None:
    notes = b"""# Docs sprint

- Write a short guide to reviewing changes (PRs)
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="d.md").follow_ups]
    assert all(owners != ("PRs",) for _, owners in got)


def test_lower_case_handle_that_volunteered() -> None:
    notes = b"""# Compiler sync

In the meantime, zhang-w has volunteered to chair the weekly triage.
During the freeze, we have agreed to pause new features.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="c.md").follow_ups]
    assert got == [("Chair the weekly triage", ("zhang-w",))]


def test_has_things_that_they_will_do() -> None:
    notes = b"""# Steering 2025-03-03

- Amara has two reviews that she will finish this week and she will also
  write to the venue about the dates.
"""
    got = [(f.task, f.owners, f.due) for f in parse_bytes(notes, name="s.md").follow_ups]
    assert got == [("Finish two reviews", ("Amara",), date(2025, 3, 7)),
                   ("Write to the venue about the dates", ("Amara",), None)]


def test_task_stops_before_another_subjects_clause() -> None:
    notes = b"""# Release

- parser: reject trailing commas in arrays
  - Dana will land this and we will revert it if the benchmarks regress.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="r.md").follow_ups]
    assert got == [("Land this (parser: reject trailing commas in arrays)", ("Dana",))]


def test_a_label_noun_is_no_owner() -> None:
    notes = b"""# Board 2025-05-02

- Volunteer rota (*Priya*, 10 minutes)
  - **Aim**: Agree who covers the August weekends
- Website refresh
  - **Purpose**: Decide which pages to retire first
"""
    got = [f.owners for f in parse_bytes(notes, name="b.md").follow_ups]
    assert all(not {"Aim", "Purpose"} & set(owners) for owners in got)


def test_ai_before_a_name_marks_an_action_item() -> None:
    notes = b"""# Platform sync

## Notes

- Packaging: **AI Tobias** to check the signing key expiry
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="p.md").follow_ups]
    assert got == [("Check the signing key expiry", ("Tobias",))]


def test_topic_label_then_task_then_owner() -> None:
    notes = b"""# Board 2025-05-02

## Notes

- Travel Fund: update the claim form - Ana
- Open Questions: Collect the survey answers - Ana
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="b.md").follow_ups]
    assert got == [("Update the claim form (Travel Fund)", ("Ana",))]


def test_standing_agenda_item_with_a_name_is_no_task() -> None:
    notes = b"""# Reading group notes

## Template

- Code of conduct
- Welcome newcomers
- Papers

## 3 June

- Code of conduct
- Welcome newcomers - Ingrid, Tomas
- Papers
  - Tomas will summarise the second paper
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="r.md").follow_ups]
    assert got == [("Summarise the second paper", ("Tomas",))]


def test_a_status_report_in_discussion_is_no_task() -> None:
    notes = b"""# Protocol WG interim

## Open issues

- #218 - closed
- Transport spec https://example.org/drafts/transport-03 (done, ready for last call?)
- Test vectors published (done)
"""
    got = [(f.task, f.status) for f in parse_bytes(notes, name="p.md").follow_ups]
    assert got == [("Test vectors published", "done")]


def test_an_adjective_or_a_filler_word_is_no_owner() -> None:
    notes = b"""# Standards call

## Caching draft

- Happy to land the caching draft soon so others can cite it.
- Anyway: check if the venue renewal includes the booth
"""
    got = [f.owners for f in parse_bytes(notes, name="s.md").follow_ups]
    assert all(not {"Happy", "Anyway"} & set(owners) for owners in got)


def test_a_model_to_follow_is_nothing_forthcoming() -> None:
    notes = b"""# API design review

- The old SDK pins versions by hand, so - don't use that as a pattern to follow.
"""
    assert not parse_bytes(notes, name="a.md").follow_ups


def test_a_line_over_a_list_says_when_it_is_due() -> None:
    notes = b"""# Capstone team, 2 May 2025

Next meeting: 9 May 2025

## Open tasks

_to be finished before the next meeting_

- Priya will send the sensor shortlist
- Tom will book the lab on 14 May
"""
    got = [(f.task, f.due) for f in parse_bytes(notes, name="c.md").follow_ups]
    assert got == [("Send the sensor shortlist", date(2025, 5, 9)),
                   ("Book the lab", date(2025, 5, 14))]


def test_homework_for_next_meeting_is_due_at_the_next_regular_meeting() -> None:
    notes = b"""# Allotment society, 14 May 2025

- Meetings are held on the second Wednesday of each month.
- Homework for next meeting:
  - Action: Priya to price the new water butts
  - Action: Tom to draft the rota
- Action: Tom to mend the gate
"""
    got = [(f.task, f.due) for f in parse_bytes(notes, name="a.md").follow_ups]
    assert got == [("Price the new water butts", date(2025, 6, 11)),
                   ("Draft the rota", date(2025, 6, 11)),
                   ("Mend the gate", None)]


def test_an_action_under_a_passive_item_names_who_does_it() -> None:
    notes = b"""# Parish council, 3 March 2025

## Notes

- The revised budget will be circulated to all councillors.
  - Action: Omar to circulate the budget by Friday
- The village hall will be booked for the fete.
  - Action: Jo to order the bunting
"""
    got = [(f.owners, f.task) for f in parse_bytes(notes, name="p.md").follow_ups]
    assert got == [(("Omar",), "Circulate the budget"),
                   ((), "Book the village hall for the fete"), (("Jo",), "Order the bunting")]


def test_a_listed_person_doing_something_is_a_task_under_way() -> None:
    notes = b"""# Residents' association, 3 March 2025

Present: Lee, Ines, Rob

## Updates

- Lee is chasing the council to fix the bins
- Sales are improving - see the report
- Numbers are dropping (winter)
"""
    got = [(f.owners, f.task) for f in parse_bytes(notes, name="r.md").follow_ups]
    assert got == [(("Lee",), "Chase the council to fix the bins")]


def test_titles_and_judgements_are_no_tasks() -> None:
    notes = b"""# Runtime sync

## Status

- Caching layer
  - Cache Keys Problem: the key is built from the path in lower case
- Lena: cost of keeping the old toolchain is higher than the benefit to users
- [Last Meeting](https://example.org/runtime/2025-04-01#actions) Action Items
"""
    assert not parse_bytes(notes, name="r.md").follow_ups


def test_who_runs_the_call_is_no_follow_up() -> None:
    notes = b"""# Docs team call

Dial-in: see the wiki. Hiroko to start the conference call.
Hiroko will open the video bridge just before the hour.

## Notes

- Hiroko will host the next call.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="d.md").follow_ups]
    assert got == [("Host the next call", ("Hiroko",))]


def test_an_idea_under_an_owned_task_is_no_task() -> None:
    notes = b"""# Lesson maintainers

## Tasks

- [ ] [MK, OS] Plan the citation workflow for the lessons
    * Archive idea: put both the source and the built site in one deposit per release.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="l.md").follow_ups]
    assert got == [("Plan the citation workflow for the lessons", ("MK", "OS"))]


def test_we_under_an_owned_task_is_not_that_owner() -> None:
    notes = b"""# Foundation TSC

## Licensing

- [ ] Oskar to list the repositories that ship GPL code
  - [ ] A scan of the mirrors is not possible yet, we will postpone this until the new
        scanner is available
"""
    got = [(f.task[:14], f.owners) for f in parse_bytes(notes, name="t.md").follow_ups]
    assert got == [("List the repos", ("Oskar",)), ("A scan of the ", ())]


def test_a_date_alone_after_a_dash_is_the_due_date() -> None:
    notes = b"""# Treasurer's check-in, 2 March 2025

## Tasks

- [ ] [AB] Settling the venue invoices (two are overdue!) - March 14th ?
"""
    got = [(f.owners, f.due) for f in parse_bytes(notes, name="t.md").follow_ups]
    assert got == [(("AB",), date(2025, 3, 14))]


def test_a_sponsor_label_before_ping_is_whom_to_ping() -> None:
    notes = b"""# Club board

## Sponsors

- Renewals:
    - Harbour Bakery: chase for renewal
    - Lindqvist Tools: ping for renewal (Marta)
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="c.md").follow_ups]
    assert got[0] == ("Chase Harbour Bakery for renewal", ())
    assert got[1][1] == ("Marta",)


def test_naming_a_goal_assigns_nothing() -> None:
    notes = b"""# Energy metrics WG

- Orbit to validate its own numbers is the first goal.
- Ilse will publish the baseline numbers.
"""
    got = [(f.task, f.owners) for f in parse_bytes(notes, name="e.md").follow_ups]
    assert got == [("Publish the baseline numbers", ("Ilse",))]
def test_a_speaker_volunteers_for_the_line_before_and_goes_through_things() -> None:
    notes = ("Present: Oona Lind (OL), Raf Costa (RC)\n\n"
             "Archive page\n------------\n\n"
             "RC: Move the old minutes to a dated archive page and link it from the front page.\n\n"
             "OL: I'll do it.\n\n"
             "RC: I will go through the glossary before the release.\n\n"
             "OL: I will go to the conference.\n")
    session = parse_bytes(notes.encode(), name="call-2025-03-03.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("OL",), "Move the old minutes to a dated archive page and link it from the front page"),
        (("RC",), "Go through the glossary before the release"),
    ]


def test_full_name_speakers_and_volunteering_for_a_proposal_in_a_list() -> None:
    notes = ("# Steering sync, 3 March 2025\n\n## Notes\n\n"
             "- Release notes\n"
             "    - Lena Park: I'll own drafting the notes, but the team leads will need to "
             "check their sections.\n"
             "    - Omar: Maybe we can post a reminder a week before?\n"
             "        - Ruth: I'm happy to volunteer to own this.\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Lena Park",), "Own drafting the notes"),
        (("Ruth",), "Own this (maybe we can post a reminder a week before?)"),
    ]


def test_a_future_meetings_item_holds_actions_but_future_topics_do_not() -> None:
    notes = ("# Allotment society\n\n## Minutes, 3 March 2025\n\n"
             "## 4. Future meetings\n\n"
             "It was agreed the committee would meet monthly. Petra agreed to book the hall "
             "for each date.\n\n"
             "## Future topics\n\n- Hedgehog survey: Aled will present it\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Petra",), "Book the hall for each date"),
    ]


def test_scribed_speaker_bullets_drop_the_i() -> None:
    notes = ("# Runtime call, 3 March 2025\n\n## Notes\n\n"
             "* Dana: Branch status\n"
             "  * Wen: the nightly build broke twice. planning on publishing the compiler "
             "version.\n"
             "  * Wen: will need to email the packagers about it.\n"
             "  * Dana: can write up the timeline and post it to the forum\n"
             "  * Wen: can we skip a release?\n"
             "* Dana: Any other business\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Wen",), "Publish the compiler version"),
        (("Wen",), "Email the packagers about it"),
        (("Dana",), "Write up the timeline and post it to the forum"),
    ]


def test_inline_ai_markers_name_the_owner() -> None:
    notes = ("# Tools call, 3 March 2025\n\n## Bugs\n\n"
             "- Crash on save: **AI Marta** to ask Jon for a stack trace\n"
             "- AI Policy group met twice\n")
    session = parse_bytes(notes.encode(), name="notes.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Marta",), "Ask Jon for a stack trace"),
    ]


def test_a_task_ending_in_to_ask_takes_the_sentence_before() -> None:
    notes = ("Present: Oona Lind (OL), Raf Costa (RC)\n\n"
             "Funding\n-------\n\n"
             "OL: The trust may fund a second workshop day. I will send a mail to ask.\n\n"
             "RC: I will send the slides prior to call.\n\n"
             "RC: Agreed.\n\nOL: Thanks.\n")
    session = parse_bytes(notes.encode(), name="call-2025-03-03.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("OL",), "Send a mail to ask (the trust may fund a second workshop day)"),
        (("RC",), "Send the slides prior to call"),
    ]


def test_sentence_starting_verbs_and_adverbs_are_never_owners() -> None:
    notes = ("# Board meeting, 4 March 2024\n\n## Actions\n\n"
             "- [All] Create posts for the website about the spring fair\n"
             "- [MS] Share lists of volunteers for the fair\n"
             "- Remember to archive these notes in the shared drive\n\n"
             "## Access\n\nKim will order a ramp. Additionally Nate will add access information "
             "to the website.\n")
    got = {f.task: f.owners for f in parse_bytes(notes.encode(), name="n.md").follow_ups}
    assert got["Create posts for the website about the spring fair"] == ("All",)
    assert got["Share lists of volunteers for the fair"] == ("MS",)
    assert got.get("Archive these notes in the shared drive", ()) == ()
    assert got["Add access information to the website"] == ("Nate",)


def test_a_tick_in_an_aside_is_the_asides_unless_it_says_done() -> None:
    notes = ("# Hiring sync, 3 March 2025\n\n## Actions\n\n"
             "- Send the offer to Carla (verbal yes ✅)\n- Book the interview room (done ✅)\n")
    got = {f.task: f.status for f in parse_bytes(notes.encode(), name="n.md").follow_ups}
    assert got["Send the offer to Carla (verbal yes)"] == "open"  # the tick mark is dropped
    assert got["Book the interview room"] == "done"


def _owned(notes: str, name: str = "n.txt") -> list[tuple[tuple[str, ...], str]]:
    return [(f.owners, f.task) for f in parse_bytes(notes.encode(), name=name).follow_ups]


def test_reported_speech_and_requests_for_something() -> None:
    notes = ("Garden society committee, 4 March 2024\n\n1) Seed library\n"
             "KM told that she would label the seed tins before the fair. "
             "JB asked KM for a short list of donors by email.\n")
    assert _owned(notes) == [(("KM",), "Label the seed tins before the fair"),
                             (("KM",), "Provide a short list of donors by email")]


def test_a_handle_in_brackets_after_the_name() -> None:
    notes = ("Society committee, 4 March 2024\n\nSocials\n"
             "Priya (pk301) and Tom (tw12) will book the quiz night. "
             "Dan (he/him) to order the prizes.\n")
    assert _owned(notes) == [(("Priya", "Tom"), "Book the quiz night"),
                             (("Dan",), "Order the prizes")]


def test_names_on_lines_of_their_own_after_an_actions_line() -> None:
    notes = ("Society committee, 4 March 2024\n\n1) Rooms\nDiscussed the booking system.\n\n"
             "Actions to be taken after the meeting:\n\nPriya:\nFind a room for the AGM\n"
             "Email the porters about keys\n\nTom:\nOrder the prizes\n")
    assert _owned(notes) == [(("Priya",), "Find a room for the AGM"),
                             (("Priya",), "Email the porters about keys"),
                             (("Tom",), "Order the prizes")]


@pytest.mark.parametrize("line", [
    "Hopefully will hear back from the vendor soon.",
    "Diminishing returns to add more runners after 32 cores.",
    "Permission to record the meeting was granted.",
    "Wants to put in a plug for accessible page numbers.",
])
def test_ordinary_words_opening_a_line_are_not_owners(line: str) -> None:
    notes = f"# Build WG, 4 March 2024\n\n## Runners\n\n- {line}\n- Ines will book the room.\n"
    owners = [f.owners for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert owners == [("Ines",)]


def test_a_person_reporting_under_follow_ups_is_not_given_a_task() -> None:
    notes = ("# Build WG, 4 March 2024\n\nPresent: Andrew, Robert\n\n## Follow ups\n\n"
             "- Paid runners\n"
             "  - Andrew: didn't get more information from the vendor, looks delayed.\n"
             "  - Robert: did build profiling for the compilers, surprising results.\n"
             "  - Andrew: ask the vendor for a date\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [(("Andrew",), "Ask the vendor for a date")]


@pytest.mark.parametrize(("line", "task"), [
    ("Omar will try to book the hall for June.", "Book the hall for June"),
    ("Omar will attempt to reprint the leaflets.", "Reprint the leaflets"),
])
def test_trying_to_do_something_is_the_task(line: str, task: str) -> None:
    notes = f"Choir committee, 4 March 2024\n\nPresent: Omar, Ines\n\n{line}\n"
    assert _owned(notes) == [(("Omar",), task)]


def test_minutes_dropping_was_before_tasked_with() -> None:
    notes = ("# Board, 4 March 2024\n\n## Open meetings\n\n"
             "- Ravi Sandhu tasked with finding a way to stream the meetings\n")
    assert _owned(notes) == [(("Ravi Sandhu",), "Find a way to stream the meetings")]


def test_a_person_the_notes_name_will_do_any_verb() -> None:
    # "staple" is an English verb but not a usual task verb: a named attendee makes it one.
    notes = ("Choir committee, 4 March 2024\n\nPresent: Omar, Ines\n\n"
             "The handouts are printed.  Ines will staple the programmes together.\n")
    assert _owned(notes) == [(("Ines",), "Staple the programmes together")]


def test_an_actions_column_of_sentences_in_a_minutes_table() -> None:
    notes = ("# Parks forum, 4 March 2024\n\n## Agenda\n\n"
             "<table><tr><th>Topic</th><th>Discussion</th><th>Actions: Responsible</th></tr>"
             "<tr><td>Welcome</td><td>Chair opened the meeting.</td><td><br></td></tr>"
             "<tr><td>Benches</td><td><ul><li>Two benches are broken.</li></ul></td>"
             "<td><ul><li>Marta to ask the council for a repair date</li></ul></td></tr>"
             "<tr><td>Website</td><td>Agreed to post the minutes online.</td>"
             "<td>Dev Patel tasked with moving the site to a new host. "
             "Ola to write the welcome page.</td></tr></table>\n")
    assert _owned(notes, "n.md") == [(("Marta",), "Ask the council for a repair date"),
                                      (("Dev Patel",), "Move the site to a new host"),
                                      (("Ola",), "Write the welcome page")]
    # With its own status column the table is read by column, as before.
    rows = [["Topic", "Action", "Status"], ["Plants", "Order the plants", "done"]]
    (item,) = table_follow_ups(rows, Context(ref=REF))
    assert (item.task, item.status) == ("Order the plants", "done")


def test_a_chat_request_answered_by_the_person_asked() -> None:
    notes = ("# 2024-03-04 Docs team chat\n\n"
             "**lee:** We agreed to rename the guide. @kim would you mind filing an issue "
             "for that in the docs repo?\n * 👍 @ron\n\n**kim:** will do 👍\n\n"
             "**ron:** I can send the newsletter tomorrow\n\n**ron:** bye!\n\n"
             "**kim:** I will look forward to that.\n\n"
             "**lee:** Thanks. I will be glad to see the old guide gone.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("kim",), "File an issue for that in the docs repo", None),
        (("ron",), "Send the newsletter", date(2024, 3, 5))]


def test_a_speaker_who_needs_to_do_something_drops_the_i() -> None:
    notes = ("# Infra sync, 4 March 2024\n\n## Updates\n\n"
             "- Marek: quiet month, mostly holidays. Need to check how to move the runners "
             "to the new region.\n"
             "- Sofia: the mirrors are fine.\n- Marek: agreed, no change there.\n"
             "- Sofia: the budget needs to be approved first.\n")
    assert _owned(notes, "n.md") == [
        (("Marek",), "Check how to move the runners to the new region")]


def test_has_the_action_a_named_person_needs_to_and_a_dash_owner_before_a_due_aside() -> None:
    notes = ("# Project sync, 4 March 2025\n\nAttendees: Bob Smith, Carol, Dan\n\n## Budget\n\n"
             "Bob has the action to chase the sponsor about the second payment.\n"
             "Dan needs to renew the domain before it expires.\n"
             "The website needs to be faster.\n\n"
             "## Website\n\n- Fix the broken links on the about page - Carol (due 3/15)\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Bob",), "Chase the sponsor about the second payment", None),
        (("Dan",), "Renew the domain before it expires", None),
        (("Carol",), "Fix the broken links on the about page", date(2025, 3, 15)),
    ]


def test_a_notes_and_actions_column_with_owned_sentences_and_line_breaks() -> None:
    notes = ("# Library friends, 4 March 2024\n\n"
             "| Topic | Notes / Actions | Responsible |\n| --- | --- | --- |\n"
             "| Book sale | Book the church hall by Friday. Wen agreed to price the stock. "
             "| Ola / Wen |\n"
             "| Website | <p>Long talk about the old site. Too many pages at once. Keep the "
             "events page as it is.<br><br>JB: Move the archive to the new host.</p> "
             "| Ola |\n"
             "| Reading list | In draft | JB |\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Ola",), "Book the church hall", date(2024, 3, 8)),
        (("Wen",), "Price the stock", None),
        (("JB",), "Move the archive to the new host", None)]


def test_a_commitment_reported_after_another_clause_with_a_typed_apostrophe() -> None:
    notes = ("# Choir committee, 4 March 2024\n\n## Concert\n\n"
             "We looked at dates for the spring concert. Rhian noted the school hall might be "
             "free that week and Gareth said he’d call the caretaker. "
             "Sian said she’d print the tickets by Friday. "
             "Mali said she would like a later start and Huw said he would not mind.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Gareth",), "Call the caretaker", None),
        (("Sian",), "Print the tickets", date(2024, 3, 8))]


def test_a_speakers_i_will_takes_any_verb_of_doing_and_can_someone_is_taken_up() -> None:
    notes = ("# Community call, 4 March 2025\n\nAttendees: Alice, Bob, Carol\n\n## Release\n\n"
             "Alice: I'll cut the release candidate tomorrow.\n\n"
             "Bob: Can someone update the changelog?\n\n"
             "Carol: I can do that.\n\n"
             "Bob: I'll think about the naming.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Alice",), "Cut the release candidate", date(2025, 3, 5)),
        (("Carol",), "Update the changelog", None),
    ]


def test_a_report_then_and_will_gives_the_second_clause_as_the_task() -> None:
    notes = ("# Steering call, 4 March 2025\n\n## Budget\n\n"
             "- Jonas is drafting the budget and will circulate it next week.\n"
             "- Sales have been slow and will pick up in spring.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Jonas",), "Circulate the budget", date(2025, 3, 14))]


def test_scribed_lines_that_never_wrap_are_lines_of_their_own() -> None:
    notes = ("Lund (EL), Okafor (CO/chair), Brandt (MB/scribe)\n\n"
             "the storage quota on the shared cluster ran out twice last month and jobs from "
             "the overnight queue were killed before they wrote their checkpoints\n"
             "?CO is there a way to see which jobs were killed and which of them were restarted "
             "by hand afterwards?\n"
             "MB the scheduler logs keep the exit codes for thirty days, after that they are "
             "rotated and compressed into the archive\n"
             "EL the checkpoints of the killed jobs are partly usable, about half of them can "
             "be restarted from the last step\n"
             "EL thinks the quota should be raised for the duration of the campaign at least\n"
             "CO will ask the computing centre to raise the quota for the campaign\n"
             "MB will send EL the list of jobs that were killed\n")
    assert _owned(notes, "n.txt") == [
        (("CO",), "Ask the computing centre to raise the quota for the campaign"),
        (("MB",), "Send EL the list of jobs that were killed")]
    # Hard-wrapped prose still runs on over its line breaks.
    wrapped = ("Grants meeting, 4 March 2024\n\n"
               "The review of the grant budget is late and the costing is not done yet, so\n"
               "Ana cannot sign it off this week. Tomas will draft the costing for the\n"
               "equipment and the travel lines. Ana will sign it off once it is ready.\n")
    assert _owned(wrapped, "w.txt") == [
        (("Tomas",), "Draft the costing for the equipment and the travel lines"),
        (("Ana",), "Sign it off once it is ready")]


def test_a_task_taken_on_in_the_next_sentence_is_one_task() -> None:
    notes = ("# Tenants' association, 4 March 2024\n\n## Repairs\n\n"
             "Ines asked Ben to send the signed contract to the landlord. Ben said he will "
             "send it on Friday.\n\n"
             "Mo will book the hall. Lee will book it for May too.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Ben",), "Send the signed contract to the landlord", date(2024, 3, 8)),
        (("Mo",), "Book the hall", None), (("Lee",), "Book it for May too (Repairs)", None)]


def test_obsidian_task_fields_give_the_due_date_and_leave_the_task() -> None:
    notes = ("# Field trip planning, 4 March 2024\n\n## Tasks\n\n"
             "- [ ] Book the minibus for the coast trip ⏫ 🛫 2024-03-04 ⏳ 2024-03-06 "
             "📅 2024-03-11\n"
             "- [x] Send the consent forms to parents ✅ 2024-03-01\n"
             "- [ ] Check the tide tables 🔼\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.task, f.due, f.status) for f in items] == [
        ("Book the minibus for the coast trip", date(2024, 3, 11), "open"),
        ("Send the consent forms to parents", None, "done"),
        ("Check the tide tables", None, "open")]


def test_people_scheduled_to_do_something() -> None:
    notes = ("# Library volunteers, 4 March 2024\n\nPresent: Rhea, Tom, Ana\n\n## Rota\n\n"
             "The desk was short last month.\n"
             "Rhea and Tom are scheduled to staff the help desk on Saturday.\n\n"
             "The delivery is scheduled to arrive on Friday. Printing is scheduled to resume "
             "next week.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Rhea", "Tom"), "Staff the help desk", date(2024, 3, 9))]


def test_a_month_in_brackets_after_a_task_is_when_not_who() -> None:
    notes = ("# Sync, 4 March 2025\n\nAttendees: Ana, Ben\n\n## Plan\n\n"
             "- Review of the lease (April)\n- Renew the insurance (June)\n"
             "- Send the survey (Ana)\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        ((), "Renew the insurance", date(2025, 6, 30)),
        (("Ana",), "Send the survey", None),
    ]


def test_a_capital_to_after_the_owner_and_a_handle_before_a_todo() -> None:
    # "@ines To file the report" capitalises "to"; "TODO: @ines Book the room" puts the
    # handle straight before the task's verb.
    notes = ("# Ops sync, 3 March 2025\n\n## Notes\n\n"
             "- TODO: @ines Book the room for the offsite\n\n"
             "## Action items\n\n"
             "1. @ines To file the incident report.\n"
             "2. Omar Haddad To renew the certificates.\n")
    assert [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups
            ] == [(("ines",), "Book the room for the offsite"),
                  (("ines",), "File the incident report"),
                  (("Omar Haddad",), "Renew the certificates")]


def test_council_minutes_offers_a_chairman_and_a_passive_second_clause() -> None:
    notes = ("MINUTES OF ASHDOWN VILLAGE COUNCIL, 4 March 2025\n\n"
             "4\\. Matters Arising\n\n"
             "The Chairman will inspect the culvert and Tessa Rowe at the District Council "
             "will be informed.\n\n"
             "5\\. Any other business\n\n"
             "5.1 Mr K Osei offered to repaint the bench by the pond.\n\n"
             "5.2 Europe will place a bet on it.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("The Chairman",), "Inspect the culvert"),
        ((), "Inform Tessa Rowe at the District Council"),
        (("Mr K Osei",), "Repaint the bench by the pond"),
    ]


def test_a_list_of_steps_is_a_plan_and_a_verb_before_a_name_is_not_an_owner() -> None:
    notes = ("# Club AGM, 4 March 2025\n\n## Winding up\n\nThe members voted to close the "
             "club.\n\n### Steps involved in closing the club\n\n"
             "- Advise the bank of the closure.\n"
             "- Advise Hostly to shut down our server.\n"
             "- Return the keys to the caretaker.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Advise the bank of the closure"),
        ((), "Advise Hostly to shut down our server"),
        ((), "Return the keys to the caretaker"),
    ]


def test_a_todo_handle_before_a_capitalised_verb_and_a_topic_named_like_an_owner() -> None:
    notes = ("# Organisers call, 4 March 2025\n\n### Old business\n\n"
             "- Migration Plan to move the chapter list to the new site\n"
             "  - TODO: @priya Draft the redirect rules\n"
             "  - Operations Team to check the DNS records\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("priya",), "Draft the redirect rules"),
        (("Operations Team",), "Check the DNS records"),
    ]


def test_prose_minutes_report_one_persons_will_as_would() -> None:
    notes = ("MINUTES OF THE HARBOUR RESIDENTS ASSOCIATION, 4 March 2025\n\n"
             "Parking: all agreed that a survey would help; Cllr Amin would write to the "
             "harbour master.\n\n"
             "Our Treasurer would collect the hall keys on Friday.\n\n"
             "Our Secretary would attend the ferry forum.\n\n"
             "Members would raise concerns through the website.\n\n"
             "Cllr Amin would send it if the board agreed.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Cllr Amin",), "Write to the harbour master", None),
        (("Our Treasurer",), "Collect the hall keys", date(2025, 3, 7)),
        (("Our Secretary",), "Attend the ferry forum", None),
    ]


def test_a_task_list_with_the_owner_in_brackets_a_tag_and_a_dashed_due_date() -> None:
    notes = ("Sprint planning, Tue 4 March 2025\n==================================\n\n"
             "Tasks\n-----\n\n"
             "* Email the venue about parking (Lotte) - Friday 7th\n"
             "* Payments prototype (Ravi) [Back-end] - Tues 11th March\n"
             "* Style guide (Mina)\n")
    items = parse_bytes(notes.encode(), name="n.rst").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Lotte",), "Email the venue about parking", date(2025, 3, 7)),
        (("Ravi",), "Payments prototype", date(2025, 3, 11)),
    ]


def test_a_line_opening_with_an_update_on_something_is_a_report_not_a_task() -> None:
    notes = ("# Planning call, 4 March 2025\n\n## Venue\n\n"
             "- Update on catering quotes (Marek)\n"
             "- [RT] Quick update on the sign-up form\n"
             "- Update from the sponsors call (Ines) - done\n"
             "- Tomasz to update on the wiki once back from leave\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Tomasz",), "Update on the wiki once back from leave"),
    ]


def test_ordinary_words_before_to_are_no_owners() -> None:
    notes = ("# Design review, 4 March 2025\n\n## Export format\n\n"
             "- Summary\n"
             "  - Mechanism to convert the archive into plain files\n"
             "  - Going to iterate on the layout without breaking old readers\n"
             "  - Next steps: Re-scoping to keep only the core fields\n\n"
             "## TODO\n\nThings to do!\n\n- [ ] Landing page\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [((), "Landing page")]


def test_a_passive_agent_whose_name_ends_like_a_preposition() -> None:
    notes = ("MINUTES OF THE ALLOTMENT SOCIETY\n\n"
             "**7. NEXT MEETING TUESDAY 1 APRIL at the hut. Minutes to be taken by Brandon\n"
             "Marlin (apologies from the Secretary).**\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Brandon Marlin",), "Take minutes (apologies from the Secretary)"),
    ]


def test_a_handle_after_a_preposition_is_whom_not_who() -> None:
    notes = ("# Sync, 4 March 2025\n\n## Next steps\n\n"
             "- Connect with @ravi re the cache keys\n"
             "- Sync up between @lena, @omar and @kit on the wire format\n"
             "- Review the migration guide @omar\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Connect with @ravi re the cache keys"),
        (("lena", "omar", "kit"), "Sync up on the wire format"),
        (("omar",), "Review the migration guide"),
    ]


def test_an_ordinary_word_or_a_state_verb_after_will_in_prose_is_no_task() -> None:
    notes = ("# Steering call, 4 March 2025\n\n## Summer school\n\n"
             "Talks are confirmed and we are planning the programme for the workshop. "
             "Workshop will fill the whole week.\n\n"
             "Omar: links differ.\n\n"
             "Nadia: ECN will become more common, and that takes care of most issues. "
             "Some links do not have ECN.\n\n"
             "Nadia will draft the call for tutors.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [(("Nadia",), "Draft the call for tutors")]


def test_show_opens_a_task_and_is_no_name_before_a_verb_like_noun() -> None:
    notes = ("# Outreach sync, 4 March 2025\n\nNext steps:\n"
             "* Show progress with the pilot survey and agree the next steps.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Show progress with the pilot survey and agree the next steps"),
    ]


def test_two_owners_and_two_things_respectively_are_one_task_each() -> None:
    notes = ("# Board minutes, 4 March 2025\n\n## Programmes\n\n"
             "* Irena Kos and Paul Mbeki will review the print and ceramics courses, "
             "respectively, at upcoming meetings.\n"
             "* Irena Kos and Paul Mbeki will draft the budget and the rota, respectively.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Irena Kos",), "Review the print course at upcoming meetings"),
        (("Paul Mbeki",), "Review the ceramics course at upcoming meetings"),
        (("Irena Kos",), "Draft the budget"),
        (("Paul Mbeki",), "Draft the rota"),
    ]


def test_reports_under_a_heading_that_also_names_the_next_agenda_are_read() -> None:
    session = parse_bytes(
        b"# Village hall committee\n\n## Reports and items for the next agenda\n\n"
        b"- Bo offered to repaint the porch.\n", name="notes.md")
    assert [f.task for f in session.follow_ups] == ["Repaint the porch"]


def test_a_tick_or_a_struck_item_with_its_owner_is_done() -> None:
    notes = ("# Hall committee, 6 May 2025\n\n## Actions\n\n"
             "- Uma to return the urn to the church ✓\n"
             "- ~~Order the raffle tickets~~ (Pat)\n"
             "- Pat to book the band\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.status) for f in items] == [
        (("Uma",), "Return the urn to the church", "done"),
        (("Pat",), "Order the raffle tickets", "done"),
        (("Pat",), "Book the band", "open"),
    ]


def test_reporting_back_at_the_next_meeting_is_due_on_its_date() -> None:
    notes = ("Tenants' forum, 4 February 2025\n\n"
             "Noor will report back at the next meeting on the boiler quotes. "
             "The group will review the lease at the next meeting.\n\n"
             "NEXT MEETING TUESDAY 4 MARCH at the library\n")
    items = parse_bytes(notes.encode(), name="n.txt").follow_ups
    assert [(f.task, f.due) for f in items] == [
        ("Report back on the boiler quotes", date(2025, 3, 4)),
        ("Review the lease at the next meeting", None),
    ]


def test_a_log_kept_oldest_first_counts_each_meetings_dates_from_its_own_day() -> None:
    notes = ("# Choir committee log\n\n## 2 September 2025\n\n"
             "- Ines to print the scores by Friday\n\n"
             "## 16 September 2025\n\n- Ola to book the church by Friday\n"
             "- Ines to tune the piano tomorrow\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.due) for f in items] == [
        (("Ines",), date(2025, 9, 5)),
        (("Ola",), date(2025, 9, 19)),
        (("Ines",), date(2025, 9, 17)),
    ]


def test_a_later_meeting_of_a_log_reports_an_earlier_item_done() -> None:
    notes = ("# Food bank rota\n\n## 14 October 2025\n\n"
             "- Dana to order the freezer labels\n- Eli to repaint the loading door\n"
             "- Fay to email the supermarket about crates\n\n"
             "## 28 October 2025\n\n- Freezer labels ordered.\n"
             "- Loading door not repainted yet, carry over\n"
             "- Supermarket emailed about crates (Fay)\n- Van serviced.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.task, f.status) for f in items] == [
        ("Order the freezer labels", "done"),
        ("Repaint the loading door", "open"),
        ("Email the supermarket about crates", "done"),
    ]


def test_an_owner_then_a_dash_and_a_deadline_in_brackets() -> None:
    notes = ("# Fete planning, 9 July 2025\n\n## Tasks\n\n"
             "- Hire the bouncy castle (Rosa - deadline: July 20)\n"
             "- Print the raffle tickets (All – Aug 5)\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Rosa",), "Hire the bouncy castle", date(2025, 7, 20)),
        (("All",), "Print the raffle tickets", date(2025, 8, 5)),
    ]


def test_a_request_in_a_transcript_is_taken_by_whoever_says_yes() -> None:
    notes = ("Scout leaders' call, 4 March 2024\n\n"
             "Jas: Pim, the camp forms are all in.\n"
             "Jas: and Wren, can you book the minibus?\n"
             "Wren: yes, will do by Friday\n"
             "Jas: can you check the first-aid kit before Thursday?\n"
             "Pim: sure\n"
             "Jas: Tove, could you phone the caterer?\n"
             "Tove: sorry, I can't this week\n"
             "Jas: ok, I'll do it myself then\n"
             "Pim: does anyone know when the hall opens?\n"
             "Tove: no idea\n")
    items = parse_bytes(notes.encode(), name="call.txt").follow_ups
    assert sorted((f.owners, f.task, f.due) for f in items) == [
        (("Jas",), "Phone the caterer", None),
        (("Pim",), "Check the first-aid kit", date(2024, 3, 7)),
        (("Wren",), "Book the minibus", date(2024, 3, 8)),
    ]


def test_he_or_she_reporting_a_commitment_is_the_person_just_named() -> None:
    notes = ("Orchard group, 4 March 2024\n\n"
             "Ola reported that the pruning had finished early. She said she would share the "
             "photos with the members. She agreed to thank the volunteers.\n\n"
             "Ravi explained the grafting course. He noted that places were limited.\n\n"
             "Mina thought the gate needed oiling. She will bring a can of oil.\n")
    items = parse_bytes(notes.encode(), name="orchard.txt").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Ola",), "Share the photos with the members"),
        (("Ola",), "Thank the volunteers"),
        (("Mina",), "Bring a can of oil"),
    ]


def test_a_role_that_is_also_a_verb_owns_its_numbered_action() -> None:
    notes = ("Hospice trustees, 4 March 2024\n\nActions\n"
             "1. Secretary to renew the insurance.\n"
             "2. Chair to meet the new auditors.\n"
             "3. Chair and Treasurer to sign the lease.\n")
    items = parse_bytes(notes.encode(), name="trustees.txt").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Secretary",), "Renew the insurance"),
        (("Chair",), "Meet the new auditors"),
        (("Chair", "Treasurer"), "Sign the lease"),
    ]


def test_who_can_and_and_the_questions_are_taken_by_the_next_speaker() -> None:
    notes = ("Fete planning, 4 March 2024\n\n"
             "CHAIR: Who can run the tombola stall?\n"
             "Nell: I can do that.\n"
             "CHAIR: Good. And the new bunting?\n"
             "Ifan: I'll collect it from the printer.\n"
             "Nell: Who knows why the urn keeps tripping?\n"
             "Ifan: no idea\n")
    items = parse_bytes(notes.encode(), name="fete.txt").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Nell",), "Run the tombola stall"),
        (("Ifan",), "Collect the new bunting from the printer"),
    ]


def test_a_need_stated_in_chat_is_what_the_volunteer_writes_one_of() -> None:
    notes = ("Docs call, 4 March 2024\n\n"
             "<kai> we still need a glossary page for the API\n"
             "<lu> I'll write one\n"
             "<kai> thanks\n"
             "<lu> also, I can merge the style fixes tomorrow\n")
    items = parse_bytes(notes.encode(), name="irc.txt").follow_ups
    assert sorted((f.owners, f.task) for f in items) == [
        (("lu",), "Merge the style fixes"),
        (("lu",), "Write a glossary page for the API"),
    ]


def test_a_carried_motion_in_the_subjunctive_instructs_its_subject() -> None:
    notes = ("Canoe club AGM, 4 March 2024\n\n"
             "Motion 1: That the fees be held at last year's level. Carried.\n\n"
             "Motion 2: That the committee review the insurance cover. Carried unanimously.\n\n"
             "Motion 3: That the secretary publish the accounts online. Lost.\n")
    items = parse_bytes(notes.encode(), name="agm.txt").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("The committee",), "Review the insurance cover"),
    ]


def test_a_next_step_table_with_lead_and_timing_columns() -> None:
    notes = ("# Garden trust, 2 May 2025\n\n| Next step | Lead | Timing |\n|---|---|---|\n"
             "| Price up the new shed | Rosa | May 16 |\n"
             "| Recruit two more wardens | Ed | June 6 |\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Rosa",), "Price up the new shed", date(2025, 5, 16)),
        (("Ed",), "Recruit two more wardens", date(2025, 6, 6))]


def test_a_pipe_table_without_outer_pipes() -> None:
    notes = ("Orchard group 7 July 2026\n\nLinks: Map | Rota | Photos\n\nACTIONS\n"
             "Owner | Item | Due\n--- | --- | ---\nBea | Net the cherry trees | 14 July\n"
             "Hal | Hire the cider press | 31 July\n")
    items = parse_bytes(notes.encode(), name="n.txt").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Bea",), "Net the cherry trees", date(2026, 7, 14)),
        (("Hal",), "Hire the cider press", date(2026, 7, 31))]


def test_a_tick_in_a_done_column_marks_the_row_done() -> None:
    notes = ("# Kitchen rota, 9 March 2026\n\n| Owner | Action | Due | Done? |\n|---|---|---|---|\n"
             "| Ama | Defrost the freezer | 3/13 | ✅ |\n"
             "| Ama | Descale the kettle | 3/20 | ❌ |\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.task, f.status) for f in items] == [
        ("Defrost the freezer", "done"), ("Descale the kettle", "open")]


def test_the_chair_in_a_lead_column_is_an_owner() -> None:
    notes = ("# Trustees, 21 January 2026\n\n| Action | Lead | Deadline |\n|---|---|---|\n"
             "| Approve the reserves policy | Chair | 2026-02-18 |\n")
    [item] = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert (item.owners, item.task) == (("Chair",), "Approve the reserves policy")


def test_prose_minutes_name_a_second_task_after_and_will() -> None:
    notes = ("# Residents' board, 3 June 2025\n\n## Business\n\n"
             "Tom will write to the lawyers and will also follow up on the refund. "
             "Jordan inquired about the parking rules and will look into the permits. "
             "Bea will handle the keys, Cal and Dee will need to go to the bank to sign the "
             "cards. Curious to see how the survey turns out.\n")
    got = [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("Tom",), "Write to the lawyers"), (("Tom",), "Follow up on the refund"),
                   (("Jordan",), "Look into the permits"), (("Bea",), "Handle the keys"),
                   (("Cal", "Dee"), "Go to the bank to sign the cards")]


def test_a_call_sign_after_the_name_and_all_agree_to() -> None:
    notes = ("# Radio club\n\n## Hamfest\n\n"
             "- Lou will book a table. Ray (VE3FN) has offered to staff the table all day.\n"
             "- All agree to list the spare parts for sale\n")
    got = [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("Lou",), "Book a table"), (("Ray",), "Staff the table all day"),
                   (("All",), "List the spare parts for sale")]


def test_scribed_speakers_with_a_role_or_emphasis_and_what_they_will_do() -> None:
    notes = ("# WG session\n\n## Option choice\n\n"
             "Mia Chen (chair): Seems like option B wins, will confirm on the list.\n\n"
             "Raj Patel (Acme): I agree.\n\n"
             "Mia Chen (chair): Thanks.\n\n"
             "> *Raj Patel:* I am still testing it, and will be raising this in the TF call.\n\n"
             "Omar Haddad: I looked at it, and I will write up the results.\n\n"
             "Omar Haddad: +1\n")
    got = [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("Mia Chen",), "Confirm on the list (seems like option B wins)"),
                   (("Raj Patel",), "Raise this in the TF call (Option choice)"),
                   (("Omar Haddad",), "Write up the results")]


def test_a_time_field_is_no_task_and_i_will_have_to_is_the_task() -> None:
    notes = ("# DMP call\n\n**Start Time:** 14:00 CEST / 06:00 (MDT)\n\n## Notes\n\n"
             "Ivan: I will have to add those terms to the wiki\n\nIvan: thanks\n")
    got = [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("Ivan",), "Add those terms to the wiki")]


def test_signed_up_to_and_need_to_with_a_named_owner() -> None:
    notes = ("# Core call\n\n## Notes\n\n- Greg signed up to demo the viewer at the summit\n"
             "- Need to add a docs checkbox to the PR template (@deane)\n"
             "- Need to think about the budget\n")
    got = [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("Greg",), "Demo the viewer at the summit"),
                   (("deane",), "Add a docs checkbox to the PR template")]


def test_a_trackers_status_field_marks_the_task_done() -> None:
    notes = ("Organising tracker\n\nMeeting: 2026-07-18\n\nAction items\n\n"
             "Task: Draft the sponsor deck\nOwner: Priya Rao\nStatus: in_progress\n"
             "Due: 2026-07-25\n\nTask: Book the venue visit\nOwner: Tom Ek\nStatus: open\n\n"
             "Meeting: 2026-07-25\n\nAction items\n\nTask: Draft the sponsor deck\n"
             "Owner: Priya Rao\nStatus: done\nDue: 2026-07-25\n")
    got = [(f.owners, f.task, f.status)
           for f in parse_bytes(notes.encode(), name="tracker.txt").follow_ups]
    assert got == [(("Priya Rao",), "Draft the sponsor deck", "done"),
                   (("Tom Ek",), "Book the venue visit", "open")]


def test_done_said_after_the_task_marks_it_done() -> None:
    notes = ("# Docs SIG\n\n## Notes\n\n- Ethan to fix the wording on the popup. Done!\n"
             "- Kara to move the apps page to the main docs.\n")
    got = [(f.owners, f.task, f.status)
           for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("Ethan",), "Fix the wording on the popup", "done"),
                   (("Kara",), "Move the apps page to the main docs", "open")]


def test_tracker_records_with_any_verb_and_an_owner_line() -> None:
    notes = ("# Tracker\n\n## Action items\n\nTask: Lay out a first budget\n"
             "Owner: Malayaja Chutani\nStatus: in_progress\n\n"
             "Task: Stand up our own talk-submission site\nOwner: Agriya K\n")
    got = [(f.owners, f.task, f.status)
           for f in parse_bytes(notes.encode(), name="tracker.txt").follow_ups]
    assert got == [(("Malayaja Chutani",), "Lay out a first budget", "open"),
                   (("Agriya K",), "Stand up our own talk-submission site", "open")]


def test_an_office_then_its_holder_and_a_line_wrapped_after_with() -> None:
    notes = ("# Consortium call\n\n## Partners\n\n"
             "In particular, the coordinator NT will get in touch with\n"
             "UZH to discuss the budget.\n\nOur treasurer Jane Roe will file the accounts.\n")
    got = [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("NT",), "Get in touch with UZH to discuss the budget"),
                   (("Jane Roe",), "File the accounts")]


def test_a_person_in_charge_of_doing_something_in_prose() -> None:
    notes = ("# Consortium call\n\n## Advisory board\n\n"
             "SL is in charge of setting up the advisory board. Maria is responsible for "
             "booking the venue. The website is responsible for handling the signups.\n")
    got = [(f.owners, f.task) for f in parse_bytes(notes.encode(), name="n.md").follow_ups]
    assert got == [(("SL",), "Set up the advisory board"), (("Maria",), "Book the venue")]


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    session = parse_bytes(text.encode(), name="2024-03-04-notes.md")
    return [(f.owners, f.task) for f in session.follow_ups]


def test_the_people_someone_works_with_are_not_owners_of_a_second_task() -> None:
    assert sentence_follow_ups("Ines to meet with Farid and Olu to plan the open day.",
                               ACTIONS) == [FollowUp("Meet with Farid and Olu to plan the open day",
                                                     ("Ines",))]
    # Two people each with a task of their own are still two follow-ups.
    assert [f.owners for f in sentence_follow_ups(
        "Ines to call the caterer and Olu to book the hall.", ACTIONS)] == [("Ines",), ("Olu",)]


def test_a_task_that_stops_short_takes_the_items_listed_under_it() -> None:
    text = ("# Allotment society\n\n## Actions\n\n"
            "- Priya will contact\n  - the seed library, about the spring swap\n"
            "  - someone at the council\n"
            "- Tom to look at:\n  - rainwater butts\n  - a second compost bay\n"
            "- Jo will order the gravel\n  - the path by the gate first\n")
    assert _tasks(text) == [
        (("Priya",), "Contact the seed library, about the spring swap; someone at the council"),
        (("Tom",), "Look at: rainwater butts; a second compost bay"),
        (("Jo",), "Order the gravel")]


def test_a_bare_verb_under_a_topic_heading_is_about_that_topic() -> None:
    text = ("# Lab meeting\n\n## Freezer inventory\n\n- Noor to update\n\n"
            "## Journal club\n\n- Sam will organise the rota\n")
    assert _tasks(text) == [(("Noor",), "Update (Freezer inventory)"),
                            (("Sam",), "Organise the rota")]


def test_a_stand_up_with_a_to_do_list_under_each_persons_marked_name() -> None:
    text = ("# Sprint 5 planning\n\n**What we plan to do:**\n- Finish the booking flow\n\n"
            "## Individual notes\n\n"
            "- **[Rosa Diaz]:**\n  - **Done:**\n    - Added the payment model\n"
            "  - **To Do:**\n    - Containerize the worker service\n"
            "  - **Blockers:**\n    - Waiting on the API keys\n"
            "- @kwame:\n  - To do:\n    - Migrate the tests to pytest\n")
    assert _tasks(text) == [((), "Finish the booking flow"),
                            (("Rosa Diaz",), "Containerize the worker service"),
                            (("kwame",), "Migrate the tests to pytest")]


def test_any_english_verb_opens_a_plain_line_of_a_list_of_actions() -> None:
    text = ("# Team sync\n\n## Action items\n\n- Integrate the map view with the trip page\n"
            "- Refund policy stays as it is\n- See attached budget\n- Best wishes to Dana\n")
    assert _tasks(text) == [((), "Integrate the map view with the trip page")]


def test_an_agenda_named_for_its_meeting_keeps_the_tasks_written_into_it() -> None:
    text = ("# Scrum calls\n\n## 6/25 Scrum call Agenda Items\n\n"
            "* Getting the code pushed is of paramount importance\n"
            "* Ethan to merge the bootstrap pull request - [done]\n"
            "* Steve to confirm pricing with Bill\n"
            "* Ana to present the budget\n"
            "* Style guide\n")
    session = parse_bytes(text.encode(), name="notes.md")
    assert [(f.owners, f.task, f.status) for f in session.follow_ups] == [
        (("Ethan",), "Merge the bootstrap pull request", "done"),
        (("Steve",), "Confirm pricing with Bill", "open")]


def test_a_need_assigned_to_someone_in_brackets_is_their_task() -> None:
    text = ("# Team meeting\n\n## Minutes\n\n"
            "- We need to write the test plan (this was assigned to Mesa and Camille)\n"
            "- Logo for the flyer (assigned to Evan)\n"
            "- The assigned reviewers were happy\n")
    assert _tasks(text) == [(("Mesa", "Camille"), "Write the test plan"),
                            (("Evan",), "Logo for the flyer")]


def test_links_at_the_end_of_a_task_are_kept_apart_from_its_wording() -> None:
    text = ("# Steering committee\n\n## Recurring todos\n\n"
            "- [ ] Review the badge nominations: https://forms.example.org/d/1Fk/edit#responses\n"
            "- [ ] Read https://example.org/guide\n")
    session = parse_bytes(text.encode(), name="notes.md")
    assert [f.task for f in session.follow_ups] == ["Review the badge nominations",
                                                    "Read https://example.org/guide"]
    assert [link.url for link in session.links] == [
        "https://forms.example.org/d/1Fk/edit#responses", "https://example.org/guide"]


def test_a_scribes_bracketed_speaker_is_the_i_of_what_they_say() -> None:
    text = ("# Community group, 10 November\n\n## Meeting notes\n\n"
            "* [simeon] We have not prioritised this yet. I will post a comment on issue 188.\n"
            "* [oliver] Could we stop auto-adding new issues to the agenda?\n"
            "* [simeon] I will take this task.\n"
            "* [Issue 12](https://example.org/issues/12): allow retrieving a frame ID\n")
    assert _tasks(text) == [(("simeon",), "Post a comment on issue 188"),
                            (("simeon",), "Take this task")]


def test_action_point_lines_with_a_comma_others_and_someone() -> None:
    text = ("# Outreach society\n\n## Events\n\n"
            "- ACTION POINT, Jenny to reply to the department about the coffee room\n"
            "- ACTION POINT, Dan & Jack (and others) to build a demo robot\n"
            "- ACTION POINT - someone to post about the event on the group page\n"
            "- Someone said the hall was fine\n")
    assert _tasks(text) == [
        (("Jenny",), "Reply to the department about the coffee room"),
        (("Dan", "Jack"), "Build a demo robot"),
        ((), "Post about the event on the group page")]


def test_a_row_of_scores_is_no_task_and_a_listed_verb_is_no_owner() -> None:
    text = ("# Scrum call\n\n## Action items\n\n- Ron to lead the QA effort\n"
            "- ET: 8; RA: 8; DN: 8.5\n- Integrate map view into the trip page\n")
    assert _tasks(text) == [(("Ron",), "Lead the QA effort"),
                            ((), "Integrate map view into the trip page")]


def test_a_phrasal_verb_written_as_one_word_opens_a_task() -> None:
    assert sentence_follow_ups("Matthew agreed to setup a bot user for the releases.",
                               PLAIN) == [FollowUp("Setup a bot user for the releases",
                                                   ("Matthew",))]


def test_spoken_todos_pronouns_after_x_to_and_a_fronted_clause() -> None:
    text = ("# Task force call 2025-05-19\n\n## Actions\n\n"
            "Callum to send out a poll for the next call. He will also open a ticket for the "
            "split issue.\n\n## Discussion\n\n"
            "Lisa: TODO for me: explain what an actor looks like after a move.\n\n"
            "Lisa: TODO add an out-of-scope section\n\nLisa: that is fine.\n\n"
            "Proceedings due in October, Christoph will write a draft.\n")
    assert _tasks(text) == [
        (("Callum",), "Send out a poll for the next call"),
        (("Callum",), "Open a ticket for the split issue"),
        (("Christoph",), "Write a draft"),  # (what speakers say comes after the section)
        (("Lisa",), "Explain what an actor looks like after a move"),
        (("Lisa",), "Add an out-of-scope section")]


def test_a_sentence_introducing_action_points_and_what_each_person_is_doing() -> None:
    text = ("# Team meeting\n\n## Implementation this week\n\n"
            "- The main priority is connecting the scenes.\n"
            "- The action points before Thursday's meeting are as follows:\n"
            "    - Lotte: Adding confirmation buttons to the expense scene.\n"
            "    - Vuk: fix the participant page\n")
    assert _tasks(text) == [(("Lotte",), "Add confirmation buttons to the expense scene"),
                            (("Vuk",), "Fix the participant page")]


def test_owner_lists_with_or_and_or_and_a_comma_before_to() -> None:
    assert [f.owners for f in sentence_follow_ups(
        "Aaron, Steve and/or Rob to answer the checklist.", ACTIONS)] == [
        ("Aaron", "Steve", "Rob")]
    assert [f.owners for f in sentence_follow_ups(
        "Ethan or Rob to add the feedback footer.", ACTIONS)] == [("Ethan", "Rob")]
    assert sentence_follow_ups("Rob, Steve, Aaron, to meet with Melinda about the copy.",
                               ACTIONS) == [FollowUp("Meet with Melinda about the copy",
                                                     ("Rob", "Steve", "Aaron"))]


def test_approved_and_will_be_posted_is_an_owner_less_task() -> None:
    assert sentence_follow_ups(
        "The minutes of the last call were approved and will be posted to the public list.",
        PLAIN) == [FollowUp("Post the minutes of the last call to the public list")]
    assert sentence_follow_ups("The budget was discussed and will be revisited in May.",
                               PLAIN) == []


def test_an_assignment_with_a_question_mark_and_an_aside_after_the_owners() -> None:
    text = ("# Scrum call\n\n## Notes\n\n"
            "* Dave to build more tests for the Jenkins suite?\n"
            "* Greg, Ethan (and Dave as available) to meet for the legal review.\n"
            "* Who will attend the interview?\n")
    assert _tasks(text) == [(("Dave",), "Build more tests for the Jenkins suite"),
                            (("Greg", "Ethan"), "Meet for the legal review")]


def test_a_name_under_a_task_or_over_a_list_of_actions_says_whose_it_is() -> None:
    text = ("# Team 35\n\n## TODOs\n\n"
            "  * Add roles to the rules\n    * Sydney\n"
            "  * Plan material for the Wednesday discussion\n    * Nidhi, Sydney\n\n"
            "### Action Items\n\n* All\n  * Finalize the requirement specifications\n"
            "* Dipesh\n  * Work on the layout diagrams\n* Backend\n  * Cache the results\n\n"
            "The backend is slow.\n")
    assert _tasks(text) == [
        (("Sydney",), "Add roles to the rules"),
        (("Nidhi", "Sydney"), "Plan material for the Wednesday discussion"),
        (("All",), "Finalize the requirement specifications"),
        (("Dipesh",), "Work on the layout diagrams"),
        ((), "Cache the results")]


def test_an_action_list_introduced_with_its_deadline_dates_its_items() -> None:
    text = ("# Team meeting, Tuesday 19 March 2024\n\n## This week\n\n"
            "- The action points before Thursday's meeting are as follows:\n"
            "    - Lotte: add the confirmation buttons\n"
            "    - Vuk: fix the participant page by Friday\n")
    session = parse_bytes(text.encode(), name="notes.md")
    assert [(f.owners, f.due) for f in session.follow_ups] == [
        (("Lotte",), date(2024, 3, 21)), (("Vuk",), date(2024, 3, 22))]


@pytest.mark.parametrize(("text", "task"), [
    ("Matthew volunteered to pare down the list (as we know some components have "
     "maintainers).", "Pare down the list"),
    ("Max volunteered to draft the document, and several people volunteered to help.",
     "Draft the document"),
    ("Dan to share the logo link so we all know where it is.", "Share the logo link"),
    ("Steve to send both to Melinda in hopes that she can finish the READMEs.",
     "Send both to Melinda"),
    ("Lenny to send information \u2192 written permission to send the bills.",
     "Send information \u2192 written permission to send the bills"),
])
def test_why_and_what_came_of_it_are_not_part_of_the_task(text: str, task: str) -> None:
    assert [f.task for f in sentence_follow_ups(text, PLAIN)] == [task]


@pytest.mark.parametrize(("text", "expected"), [
    ("Eric committed to personally sponsoring the filing costs.",
     [FollowUp("Sponsor the filing costs", ("Eric",))]),
    ("Ana agreed to the plan.", []),
    ("Ana committed to the project.", []),
])
def test_committed_to_doing_and_agreeing_to_a_thing(text: str,
                                                    expected: list[FollowUp]) -> None:
    assert sentence_follow_ups(text, replace(PLAIN, line_item=True)) == expected


def test_a_consensus_that_a_named_member_can_or_should_do_something() -> None:
    text = ("# Hackerspace meeting\n\nAttendees: Brian, Dana\n\n## Insurance\n\n"
            "* Consensus: Brian can move forward with a corporate account.\n"
            "* Consensus: meetings should start on time.\n")
    assert _tasks(text) == [(("Brian",), "Move forward with a corporate account")]


def test_a_group_said_they_will_do_something_with_any_verb() -> None:
    # This once failed the whole file: the "said" form has no auxiliary to look at.
    assert sentence_follow_ups("The board said they will containerise the app.", PLAIN) == [
        FollowUp("Containerise the app", ("The board",))]


def test_a_doing_is_no_owner() -> None:
    text = ("# Steering committee\n\n## Moderation\n\n"
            "- Using the old moderation team to bootstrap the new one.\n")
    assert all(not owners for owners, _ in _tasks(text))


def test_a_line_wrapped_inside_brackets_and_a_due_date_after_to() -> None:
    text = ("# Advisory committee\n\n"
            "Chair Jerdonek offered to add: Accessible ballot software (in\n"
            "bold).\n\n- TODO: move forward with what we have -- punt to tomorrow\n")
    session = parse_bytes(text.encode(), name="2017-09-21-minutes.md")
    assert [(f.task, f.due) for f in session.follow_ups] == [
        ("Add: Accessible ballot software (in bold)", None),
        ("Move forward with what we have – punt", date(2017, 9, 22))]


def test_an_ordinary_word_opening_a_line_is_no_owner() -> None:
    # Each opens like "Ana to …" or "Ana: …", but the first word is a common English word
    # (Webster's spells it in lower case only) that these notes never use as a name.
    text = ("# Working group call\n\nAttendees: Priya, Tomasz\n\n## Discussion\n\n"
            "Priya: Tend to agree with Tomasz, keep one identifier for both.\n"
            "Tomasz: Better to discuss the draft when we have it.\n\n"
            "## Updates\n\n"
            "- Nothing to report from the testing task force\n"
            "- November - Priya on the 3D printer\n\n"
            "## Actions\n\n"
            "- Tomasz to send the draft to the list\n- Students to fill in the survey\n")
    assert _tasks(text) == [(("Tomasz",), "Send the draft to the list"),
                            (("Students",), "Fill in the survey")]


def test_an_assigned_heading_lists_work_and_a_dash_in_the_owner_column_names_no_one() -> None:
    text = ("# Thesis supervision\n\n## Completed\n\n[KS] Suggest two dissertations\n\n"
            "## Assigned\n\n[CS] Send Marc the report.\n- Book the defence room\n\n"
            "## Actions\n\n| Task | Owner |\n|---|---|\n| Label the western items | - |\n")
    assert _tasks(text) == [(("CS",), "Send Marc the report"),
                            ((), "Book the defence room"),
                            ((), "Label the western items")]


@pytest.mark.parametrize("name", ["Arjun", "Dele", "Pavan", "Mark", "Grant", "Sam"])
def test_names_that_are_also_dictionary_words_stay_owners(name: str) -> None:
    text = f"# Lab meeting\n\n## Actions\n\n- {name} to book the microscope\n"
    assert _tasks(text) == [((name,), "Book the microscope")]


@pytest.mark.parametrize(("text", "expected"), [
    ("AI: Tomas should investigate the Helios voting system",
     FollowUp("Investigate the Helios voting system", ("Tomas",))),
    ("Action: Michal is retiring the old wiki and moving the forms",
     FollowUp("Retire the old wiki and move the forms", ("Michal",))),
    ("ACTION: the treasurer needs to file the accounts",
     FollowUp("File the accounts", ("The treasurer",))),
])
def test_after_an_action_mark_should_and_doing_are_the_action(text: str,
                                                               expected: FollowUp) -> None:
    assert sentence_follow_ups(text, PLAIN) == [expected]


def test_without_an_action_mark_should_and_doing_are_discussion() -> None:
    assert sentence_follow_ups("Tomas should investigate the Helios voting system.", PLAIN) == []
    assert sentence_follow_ups("Michal is retiring the old wiki.", PLAIN) == []


@pytest.mark.parametrize("text", ["Changes to governance", "Blockers to delivery?",
                                  "Barriers to entry for the new chat server?"])
def test_a_listed_topic_with_to_and_no_verb_is_no_task(text: str) -> None:
    assert sentence_follow_ups(text, replace(PLAIN, line_item=True)) == []


def test_a_listed_task_with_two_verbs_joined_by_a_slash() -> None:
    assert sentence_follow_ups("Richard to review/tune up the mail filters",
                               replace(PLAIN, line_item=True)) == [
        FollowUp("Review/tune up the mail filters", ("Richard",))]


@pytest.mark.parametrize(("text", "expected"), [
    ("ACTION: WT to comment on the PR.", FollowUp("Comment on the PR", ("WT",))),
    ("Members to vote on the new logo", FollowUp("Vote on the new logo", ("Members",))),
])
def test_a_listed_task_may_open_with_a_verb_that_is_also_a_noun(text: str,
                                                                 expected: FollowUp) -> None:
    assert sentence_follow_ups(text, replace(PLAIN, line_item=True)) == [expected]


def test_actions_listed_under_a_completed_heading_are_done() -> None:
    text = ("# Supervision meeting\n\n### Completed\n\n- Bo to fix the login bug\n"
            "- Ana will email the venue\n\n### Assigned\n\n- Bo to write the report\n")
    session = parse_bytes(text.encode(), name="2019-05-27.md")
    assert [(f.owners, f.task, f.status) for f in session.follow_ups] == [
        (("Bo",), "Fix the login bug", "done"), (("Ana",), "Email the venue", "done"),
        (("Bo",), "Write the report", "open")]


@pytest.mark.parametrize(("text", "expected"), [
    ("data visualization (Moritz) => Changbin/Alessandro",
     FollowUp("Data visualization", ("Changbin", "Alessandro"))),
    ("Data format optimization => Heiner", FollowUp("Data format optimization", ("Heiner",))),
    ("convnet for the ratemaps (Youssef) => optional", None),
])
def test_a_listed_topic_passed_on_with_an_arrow_is_theirs(text: str,
                                                          expected: FollowUp | None) -> None:
    assert sentence_follow_ups(text, replace(PLAIN, line_item=True)) == (
        [expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Editors plan to make one more update to the drafts.",
     [FollowUp("Make one more update to the drafts", ("Editors",))]),
    ("The board is planning to review the fees.",
     [FollowUp("Review the fees", ("The board",))]),
    ("I plan to post the minutes in a week but will email you my notes now.",
     [FollowUp("Post the minutes", ("Hannah",), date(2024, 3, 11))]),
    ("We plan to meet again in June.", []),
    ("The city plans to close the road in May.", []),
])
def test_a_plan_someone_has_is_their_follow_up(text: str, expected: list[FollowUp]) -> None:
    assert sentence_follow_ups(text, PLAIN) == expected


def test_a_due_date_in_the_next_week_leaves_no_in_the_behind() -> None:
    ctx = Context(ref=date(2021, 11, 10), line_item=True)
    assert sentence_follow_ups("@isaacs will meet with @ljharb in the next week", ctx) == [
        FollowUp("Meet with @ljharb", ("isaacs",), date(2021, 11, 19))]


def test_a_roll_call_under_an_attendance_heading_is_no_list_of_tasks() -> None:
    text = ("# TAC meeting\n\n## Attendance\n\n### Voting member rollcall:\n\n"
            "- [ ] Phil Tully, ADP\n- [x] Gregory MacKinnon, Broadcom\n\n"
            "### Observers\n\n- [x] Bob Dahlberg, VCU\n\n"
            "## Action items\n\n- [ ] Phil to send the charter\n")
    assert _tasks(text) == [(("Phil",), "Send the charter")]


def test_a_doing_opening_a_scribed_line_is_no_nickname() -> None:
    ctx = Context(ref=REF, line_item=True)
    assert sentence_follow_ups("continuing to do investigation on registry usage", ctx) == []
    assert sentence_follow_ups("sterling to review the PR", ctx) == [
        FollowUp("Review the PR", ("sterling",))]


@pytest.mark.parametrize(("text", "expected"), [
    ("[luca] create a Slack channel for the roadmap WG",
     [FollowUp("Create a Slack channel for the roadmap WG", ("luca",))]),
    ("[melissa, jason] -> finalize the metrics feature",
     [FollowUp("Finalize the metrics feature", ("melissa", "jason"))]),
    ("[wip] fix the build", []),
    ("[melissa] proposed herself as an approver", []),
])
def test_lower_case_user_names_in_brackets_before_a_verb_own_it(
        text: str, expected: list[FollowUp]) -> None:
    assert sentence_follow_ups(text, Context(ref=REF, line_item=True)) == expected


def test_others_after_a_name_is_no_owner() -> None:
    ctx = Context(ref=REF, line_item=True)
    assert sentence_follow_ups("[melissa + others] check the build container", ctx) == [
        FollowUp("Check the build container", ("melissa",))]
    assert sentence_follow_ups("Dan & Jack (and others) to make the banner", ctx) == [
        FollowUp("Make the banner", ("Dan", "Jack"))]


def test_notes_from_a_named_writer_make_them_the_i() -> None:
    text = ("The October meetup was held on 27 October 2014.\n\n## Notes from Ed:\n\n"
            "I plan to post the meeting minutes in a week.\n")
    session = parse_bytes(text.encode(), name="2014-10-27-minutes.md")
    assert [(f.owners, f.task, f.due) for f in session.follow_ups] == [
        (("Ed",), "Post the meeting minutes", date(2014, 11, 3))]


@pytest.mark.parametrize("text", ["Discuss the progress of the project (_5 min_)",
                                  "Ana to review the budget (30-35 min)",
                                  "Review the roadmap (10 mins)."])
def test_an_item_with_its_time_box_is_an_agenda_slot(text: str) -> None:
    assert sentence_follow_ups(text, replace(ACTIONS, line_item=True)) == []


def test_a_past_tense_word_opening_a_line_is_no_owner() -> None:
    ctx = Context(ref=REF, line_item=True)
    assert sentence_follow_ups("Aimed to extend the state engine tangentially", ctx) == []
    assert sentence_follow_ups("Jared to extend the state engine", ctx) == [
        FollowUp("Extend the state engine", ("Jared",))]


def test_the_common_word_list_read_from_its_file_agrees_with_wordfreq() -> None:
    from wordfreq import top_n_list, zipf_frequency

    from digestbot.notes.lexicon import _COMMON, _common_words

    common = _common_words()
    sample = top_n_list("en", 12_000, wordlist="small")[::7]
    assert len(common) > 5000
    assert all((word in common) == (zipf_frequency(word, "en", wordlist="small") >= _COMMON)
               for word in sample)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lee A. will reach out to the national data repositories",
     FollowUp("Reach out to the national data repositories", ("Lee A.",))),
    ("Anthony K. and Cathy C. will draft the procedures",
     FollowUp("Draft the procedures", ("Anthony K.", "Cathy C."))),
    ("GP: Action item to look into governance models",
     FollowUp("Look into governance models", ("GP",))),
])
def test_a_surname_initial_and_a_labelled_action_item(text: str, expected: FollowUp) -> None:
    assert sentence_follow_ups(text, PLAIN) == [expected]



def test_a_table_row_with_no_owner_cell_value_takes_the_owner_its_task_names() -> None:
    rows = [["Type", "Description", "Owner", "Deadline"],
            ["A", "Interns to label the western clothing items first.", "-", "-"],
            ["A", "Book the client demo", "-", "-"]]
    assert [(f.owners, f.task) for f in table_follow_ups(rows, PLAIN)] == [
        (("Interns",), "Label the western clothing items first"),
        ((), "Book the client demo")]


def test_a_pointer_to_a_link_at_the_end_goes_with_the_link() -> None:
    ctx = Context(ref=REF, line_item=True)
    assert sentence_follow_ups("Collect the old release notes, refer to "
                               "https://www.cncf.io/?s=dragonfly. @mingcheng", ctx) == [
        FollowUp("Collect the old release notes", ("mingcheng",))]


def test_a_board_of_issue_links_with_assignees_under_todo_wip_and_done() -> None:
    text = ("# Maintainer meeting\n\n### Issues\n\n#### TODO\n\n"
            "- https://github.com/acme/helm-charts/issues/363 @chlins\n\n#### WIP\n\n"
            "- https://gitlab.com/acme/client/-/merge_requests/41 @yx\n\n#### Done\n\n"
            "- https://github.com/acme/engine/pull/2956 @yx @gaius-qi\n\n"
            "## Links\n\n- https://example.org/slides see the slides\n")
    session = parse_bytes(text.encode(), name="2025-07-01.md")
    assert [(f.owners, f.task, f.status) for f in session.follow_ups] == [
        (("chlins",), "Work on helm-charts#363", "open"),
        (("yx",), "Work on client#41", "open"),
        (("yx", "gaius-qi"), "Work on engine#2956", "done")]


def test_will_among_name_headings_is_a_name() -> None:
    text = ("# Group 3 minutes\n\n**Tasks and roles during the next period:**\n\n"
            "###### Connor\n* Complete the Express Interest feature\n\n"
            "###### Will\n* Write the test plan\n")
    assert _tasks(text) == [(("Connor",), "Complete the Express Interest feature"),
                            (("Will",), "Write the test plan")]


def test_a_bold_label_after_deeper_name_headings_is_their_sibling() -> None:
    text = ("# Group 3 minutes\n\n**Progress during the last period:**\n\n"
            "###### Connor\n- Assigned software tasks\n\n"
            "**Tasks and roles during the next period:**\n\n"
            "###### Connor\n* Complete the Express Interest feature\n\n"
            "###### Phoebe\n* Write up the Sprint 1 retrospective\n")
    assert _tasks(text) == [(("Connor",), "Complete the Express Interest feature"),
                            (("Phoebe",), "Write up the Sprint 1 retrospective")]


@pytest.mark.parametrize(("text", "expected"), [
    ("[Action Item] Get release schedule feedback from the WGs",
     FollowUp("Get release schedule feedback from the WGs", ())),
    ("[ACTION] Ana to send the deck", FollowUp("Send the deck", ("Ana",))),
    ("[TODO] write the docs", FollowUp("Write the docs", ())),
])
def test_an_action_tag_in_brackets_marks_an_action(text: str, expected: FollowUp) -> None:
    assert sentence_follow_ups(text, PLAIN) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Spencer volunteers to take minutes", [FollowUp("Take minutes", ("Spencer",))]),
    ("Ana offers to book the room", [FollowUp("Book the room", ("Ana",))]),
    ("Ana and Bo agree to review the draft", [FollowUp("Review the draft", ("Ana", "Bo"))]),
    ("The committee agrees to the plan", []),
])
def test_an_offer_in_the_present_tense_is_a_commitment(text: str,
                                                       expected: list[FollowUp]) -> None:
    assert sentence_follow_ups(text, replace(PLAIN, line_item=True)) == expected


def test_an_ai_and_poc_table_and_a_row_that_says_none() -> None:
    notes = ("# Brigade meetup, 20 July 2017\n\n### 1. Introductions\n\n#### Action Items\n"
             "| AI | POC | Trello |\n| --- | --- | --- |\n| none | | |\n\n"
             "### 2. Strategic plan\n\n#### Action Items\n"
             "| AI | POC | Trello |\n| --- | --- | --- |\n"
             "| Send email to update goal #5 | Jacquie M | |\n| n/a | Ed | |\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Jacquie M",), "Send email to update goal #5")]


def test_a_handle_may_do_anything_and_the_outcome_is_that_someone_will() -> None:
    notes = ("# Core team\n\n### Lettable operators\n\n"
             "The outcome here is that Ana will reach out to the TypeScript team.\n\n"
             "### AJAX\n\n@benlesh will work with the Angular team to see what we can do.\n\n"
             "The plan is that the build will work with both.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Ana",), "Reach out to the TypeScript team"),
        (("benlesh",), "Work with the Angular team to see what we can do")]


def test_a_speakers_gonna_is_what_they_will_do() -> None:
    notes = ("# Sync\n\n## Updates\n\n- Andrew: made the cache. Gonna measure how much it helps.\n"
             "- Mauve: finishing the SDK. Going to be hard to test on Windows.\n"
             "- Andrew: yes\n- Mauve: ok\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [(("Andrew",), "Measure how much it helps")]


def test_a_roles_action_line_is_that_roles_task() -> None:
    notes = ("# DNSOP interim\n\n## SVCB draft\n\nPaul: interop is going well\n\n"
             "Chairs Action: Will send out the call for adoption\n\n## Catalog zones\n\n"
             "Editors' action: merge the PR\n\nBen's action: post the poster\n\n"
             "Chairs Action: ?\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Chairs",), "Send out the call for adoption"), (("Editors",), "Merge the PR"),
        (("Ben",), "Post the poster")]


def test_a_table_of_names_and_the_one_column_that_says_what_each_will_do() -> None:
    notes = ("# Client meeting, 26 August 2024\n\n## Sprint plan\n\n"
             "| Name | Unikey | Video Link |\n|--|--|--|\n"
             "| Sebastian Skontos | ssko7098 | Create the ISC tutorial |\n"
             "| Otavio Pereira Wood | oper7179 | Train a model on ISC, alter the datasets |\n\n"
             "## Roles\n\n| Name | Role |\n|--|--|\n| Ana Lee | chair |\n"
             "| Bo Chen | Lead the outreach team |\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Sebastian Skontos",), "Create the ISC tutorial"),
        (("Otavio Pereira Wood",), "Train a model on ISC"),
        (("Otavio Pereira Wood",), "Alter the datasets")]


def test_a_title_of_ordinary_words_before_a_colon_is_a_topic_not_an_owner() -> None:
    notes = ("# Supervisor meeting\n\n## Next steps\n\n"
             "1. **Enclosure Design Documentation**: Remove the flowcharts from the report\n"
             "2. **Three-Hypothesis Structure**: Keep the chapters consistent\n"
             "3. **Rose Hill**: Book the lab\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Remove the flowcharts from the report"), ((), "Keep the chapters consistent"),
        (("Rose Hill",), "Book the lab")]


def test_an_action_line_with_a_name_then_a_bare_verb_hyphenated_or_renamed() -> None:
    notes = ("# Working group, 3 May 2023\n\n## Minutes\n\n"
             "- ACTION: Priya e-mail the board about a slot at the summit\n"
             "- ACTION: Tomas rename the guidelines repository for the cookbook\n"
             "- ACTION: Wen co-ordinate the volunteer rota\n"
             "- ACTION: Lea follow-up with the venue\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Priya",), "E-mail the board about a slot at the summit"),
        (("Tomas",), "Rename the guidelines repository for the cookbook"),
        (("Wen",), "Co-ordinate the volunteer rota"),
        (("Lea",), "Follow-up with the venue")]


def test_a_name_in_round_brackets_opens_a_task_under_actions_not_in_discussion() -> None:
    notes = ("# Network call, 24 March 2020\n\n## Actions\n\n"
             "   - (MarcoT) Propose an online training event to the trustees\n"
             "   - (Jo, Sam) Draft the survey\n\n## Discussion\n\n"
             "- (Rui) Send the slides was raised as a worry\n- (Rui) The budget is tight\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("MarcoT",), "Propose an online training event to the trustees"),
        (("Jo", "Sam"), "Draft the survey")]


def test_an_action_point_marked_at_the_end_of_a_line_in_brackets() -> None:
    notes = ("# Conference call, 3 December 2013\n\n## Notes\n\n"
             "* possible certification by the benchmark body (AP Ines: follow-up)\n"
             "* a 'toy' toolchain for the tutorial in Lisbon (AP Karl, Femi, Jon)\n"
             "* fix the broken download page (Action: Ana)\n"
             "* the release went well (action items below)\n"
             "* the release went well (Action Items Below)\n"
             "* Talked about the council's plan (AP News)\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Ines",), "Possible certification by the benchmark body"),
        (("Karl", "Femi", "Jon"), "A 'toy' toolchain for the tutorial in Lisbon"),
        (("Ana",), "Fix the broken download page")]


def test_hackmd_name_tags_say_whose_item_it_is_and_time_tags_go() -> None:
    notes = ("# Docs working group\n\n## 2022-03-02\n\n### Action items\n\n"
             "- [ ] [name=Hugo] triage the issues from the audit\n"
             "- [x] [name=Mei Lin] move the gallery pages [time=Wed, Mar 2, 2022 9:00 PM]\n\n"
             "### Agenda\n\n- [name=Ola] [Contributor guide](https://example.org/pull/41)\n")
    session = parse_bytes(notes.encode(), name="n.md")
    assert [(f.owners, f.task, f.status) for f in session.follow_ups] == [
        (("Hugo",), "Triage the issues from the audit", "open"),
        (("Mei Lin",), "Move the gallery pages", "done")]
    assert "time=" not in str(session.to_json())


def test_a_quoted_verb_after_to_or_will_is_the_task() -> None:
    notes = ("# Sync 2022-03-02\n\n## Next steps\n\n- [ ] Ivo to \"freeze\" the release branch\n"
             "- [ ] Ada will “tidy up” the wiki\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Ivo",), "Freeze the release branch"), (("Ada",), "Tidy up the wiki")]


def test_how_readers_reach_the_group_is_no_task() -> None:
    notes = ("# Working group notes, 15 March 2023\n\n"
             "For any questions or suggestions, please open a new ticket.\n"
             "With further feedback, please write to the chairs.\n\n"
             "If you presented, please send your slides to the list.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [((), "Send your slides to the list")]


def test_a_kind_of_action_items_heading_still_lists_actions() -> None:
    notes = ("# Team log\n\n## Retro Action Items - 04/04/2023\n\n"
             "1. Create a ticket for the single date field\n"
             "2. Follow-up with Dana on the tooling budget (Omar)\n"
             "3. Review/revise the issue templates (Lin)\n"
             "4. Try to obtain board licences for the leads (Nico)\n"
             "5. Add a Ready for QA column **completed**\n"
             "6. Get the audit _done_\n\n"
             "## Legal action\n\n- A claim was filed (Omar)\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.status) for f in items] == [
        ((), "Create a ticket for the single date field", "open"),
        (("Omar",), "Follow-up with Dana on the tooling budget", "open"),
        (("Lin",), "Review/revise the issue templates", "open"),
        (("Nico",), "Obtain board licences for the leads", "open"),
        ((), "Add a Ready for QA column", "done"),
        ((), "Get the audit done", "open")]


def test_handles_after_a_dash_own_an_action_whatever_its_verb() -> None:
    notes = ("# Portal sync, 5 December 2023\n\n## Agreements\n\n"
             "* We will audit the sign-in flow after the security meeting on Dec 7th 2023;\n"
             "* We will not rewrite the front end;\n\n## Action points\n\n"
             "* Export the harvester notes to markdown files - @Hanne\n"
             "* Add stories to the board to show progress - @Tomas, @Hanne, @Bea\n"
             "* Check the mirror can run on the cluster by Thursday - @Bea\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        ((), "Audit the sign-in flow after the security meeting on Dec 7th 2023", None),
        (("Hanne",), "Export the harvester notes to markdown files", None),
        (("Tomas", "Hanne", "Bea"), "Add stories to the board to show progress", None),
        (("Bea",), "Check the mirror can run on the cluster", date(2023, 12, 7))]


def test_a_named_topic_in_an_agenda_is_no_task_but_a_named_action_is() -> None:
    known = frozenset({"tomas"})
    topic = Context(ref=REF, me="Hannah", known=known, line_item=True)
    assert sentence_follow_up("Tomas: Round up of action items from the docs audit", topic) \
        is None
    listed = Context(ref=REF, me="Hannah", known=known, line_item=True, action_section=True)
    item = sentence_follow_up("Tomas: Review of the budget", listed)
    assert item is not None and (item.owners, item.task) == (("Tomas",), "Review of the budget")
    item = sentence_follow_up("Tomas: Take care of the signs", topic)
    assert item is not None and item.task == "Take care of the signs"


def test_the_next_step_is_to_states_a_task_without_an_owner() -> None:
    notes = ("# Coordination call, 17 March 2022\n\n## Lesson review\n\n"
             "Likely action item is to split the review work between the maintainers.\n\n"
             "The next step will be to ask the board for a budget.\n\n"
             "Next steps will be setting up a website, then the registrations.\n\n"
             "Our goal is to grow the community.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Split the review work between the maintainers"),
        ((), "Ask the board for a budget"), ((), "Set up a website, then the registrations")]


def test_a_verb_before_a_group_is_an_imperative_not_an_owner() -> None:
    notes = ("# Log\n\n## Retro Action Items - 04/04/2023\n\n"
             "1. Allow the team to rotate the shared passwords\n"
             "2. Ask everyone to put their name down\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Allow the team to rotate the shared passwords"),
        ((), "Ask everyone to put their name down")]


def test_a_bracketed_owner_after_a_question_mark_belongs_to_that_item() -> None:
    notes = ("# Call, 3 December 2013\n\n## Plans\n\n"
             "* a small toolchain for the tutorial, maybe with a simple MPI library? "
             "(AP Karl, Femi)\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Karl", "Femi"), "A small toolchain for the tutorial, maybe with a simple MPI library?")]


def test_its_and_thats_are_no_owners() -> None:
    notes = ("# Retro, 3 May 2023\n\n## Action items\n\n"
             "1. Review the long-standing issues. It's also OK to keep them as they are.\n"
             "2. That's fine to leave until June\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert all(not any(o.lower().startswith(("it", "that")) for o in f.owners) for f in items)
    assert [f.task for f in items][:1] == ["Review the long-standing issues"]


def test_a_reason_in_brackets_after_the_task_is_left_out_of_it() -> None:
    notes = ("# Core team, 7 November 2017\n\n## Next steps\n\n"
             "* Turn on the lint tests (breakage might happen more often, but it is easy to fix)\n"
             "* Ship the formatter (we already block on the language server)\n"
             "* Move the parser to its own crate (now available on the registry)\n"
             "* Review the templates (see the Dev and Design templates from the leads)\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [f.task for f in items] == [
        "Turn on the lint tests", "Ship the formatter",
        "Move the parser to its own crate (now available on the registry)",
        "Review the templates (see the Dev and Design templates from the leads)"]


def test_an_ordinary_word_before_to_is_no_nickname() -> None:
    notes = ("# Staff meeting, 18 October 2017\n\n## Intake\n\n"
             "- option to add a third-party check\n- chance to meet the court staff\n"
             "- possibility to add a manual start command\n\n## Actions\n\n"
             "- decathorpe to announce the release\n- ana to book the room\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("decathorpe",), "Announce the release"), (("ana",), "Book the room")]


def test_a_name_then_a_report_and_will_is_that_persons_task() -> None:
    notes = ("# Core devs, 25 January 2017\n\nPresent: Jonas, Mia, Lu\n\n## State tests\n\n"
             "Support for this. Jonas has some suggestions and will comment on the proposal. "
             "Mia raised the cost and would send figures to the list. "
             "The team met and will meet again. Lu suggested Lisbon and offered to consider "
             "how it might work there. Lu has concerns and would like to see the figures.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Jonas",), "Comment on the proposal"), (("Mia",), "Send figures to the list"),
        (("Lu",), "Consider how it might work there")]


def test_pros_and_cons_are_no_owners() -> None:
    notes = ("# Contributor call, 4 January 2022\n\n## Releases\n\n"
             "- Pros to tag based release:\n  - Reduces friction\n"
             "- Cons to switch now: more work for the maintainers\n")
    assert parse_bytes(notes.encode(), name="n.md").follow_ups == ()


def test_should_be_done_in_a_list_of_actions_is_an_owner_less_task() -> None:
    notes = ("# Leadership meeting, 18 July 2019\n\n## Action Items\n\n"
             "* Next time: A fuller inventory of our needs should be made\n"
             "* The minutes must be sent to the list\n\n## Discussion\n\n"
             "* The minutes should be sent earlier in future\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Make a fuller inventory of our needs"), ((), "Send the minutes to the list")]


def test_people_the_notes_name_should_do_something() -> None:
    notes = ("# AGM, 11 October 2023\n\nPresent: Carla, Vinh, Jonas\n\n## Treasurer\n\n"
             "- Carla and Vinh should coordinate on the PayPal account.\n"
             "- Members should renew early.\n- Jonas should be pleased.\n"
             "- We should look into the consumer rules.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Carla", "Vinh"), "Coordinate on the PayPal account")]


def test_dots_after_the_names_in_an_owner_cell_are_no_owner() -> None:
    notes = ("# Team meeting\n\n**Meeting Date:** 5/10/2024 Remote\n\n## Action Items\n\n"
             "| Done? | Task | People | Due Date |\n| ---- | ---- | ---- | ---- |\n"
             "| Yes | pitch | Arnav, Hugo | 5/10/2024 |\n"
             "|  | ci/cd | Mishka, Drishti, ... | 5/12/2024 |\n")
    session = parse_bytes(notes.encode(), name="n.md")
    assert session.date == date(2024, 5, 10)
    assert [(f.owners, f.due, f.status) for f in session.follow_ups] == [
        (("Arnav", "Hugo"), date(2024, 5, 10), "done"),
        (("Mishka", "Drishti"), date(2024, 5, 12), "open")]


def test_a_plan_intro_an_imperative_noun_and_a_follow_up_topic() -> None:
    notes = ("# Weekly Call (February 20, 2019)\n\n### 1) Follow-up tooling discussions\n\n"
             "Open Issue #54: Review of the existing tools\n\n### 3) Planning for next steps\n\n"
             "Plan for updating section 5 of the statement:\n\n"
             "*   Italo to propose updated text by February 22\n*   Review comments by March 7\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Italo",), "Propose updated text", date(2019, 2, 22)),
        ((), "Review comments", date(2019, 3, 7))]


def test_the_name_at_an_items_end_owns_its_first_sentence() -> None:
    notes = ("# Working group, 11 March 2025\n\n### Review of Action Items\n\n"
             "- [ ] Create a folder for examples. People can add to it with PRs (Aram)\n"
             "- [x] ~~Land the API in the right place (Tara) (remaining where it is)~~\n"
             "      - [x] ~~See [https://example.org/pull/114](https://example.org/pull/114)~~\n"
             "- [ ] A cookbook page for both sides. Ie: full, correct examples\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.status) for f in items][:2] == [
        (("Aram",), "Create a folder for examples", "open"),
        (("Tara",), "Land the API in the right place", "done")]
    assert not any("See" in f.task or "Ie" in f.owners for f in items)


def test_a_speakers_going_to_takes_any_verb_and_can_does_not() -> None:
    notes = ("TLS WG minutes, 21 July 2014\n\nST: hello all\n"
             "EKR: going to work with the chairs to define a small group.\n"
             "AL: can work on it later maybe\nEKR: fine with that\nAL: ok\n"
             "ST: gonna study the plan\n")
    items = parse_bytes(notes.encode(), name="tls.txt").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("EKR",), "Work with the chairs to define a small group"), (("ST",), "Study the plan")]


def test_a_persons_next_list_in_a_stand_up_is_theirs_noun_phrases_too() -> None:
    notes = ("# Sync call, 15 April 2019\n\n## Weekly updates\n\n"
             "- @jonah (not attending)\n  - Done:\n    - 0.25 released\n  - Blocked:\n"
             "  - Next:\n    - Continue working on network performance\n\n"
             "- @mira:\n  - Done:\n    - Perf reviews\n  - Next:\n    - Perf review summaries\n"
             "      - due with the budget\n    - security audit of the transport\n"
             "- Budget\n  - Next:\n    - more funds\n- Ana\n  - Next:\n    - none\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("jonah",), "Continue working on network performance"),
        (("mira",), "Perf review summaries"), (("mira",), "Security audit of the transport")]


def test_two_lower_case_nicknames_to_do_something() -> None:
    notes = ("# Docs sprint, 10 October 2016\n\n## Agreed\n\n"
             "* mperz and tima to own the examples repo ( https://example.org/examples )\n"
             "* option and chance to add a guide\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [(("mperz", "tima"), "Own the examples repo")]


def test_a_name_heading_over_next_steps_owns_them() -> None:
    notes = ("# Lab agenda\n\n## 2020-10-12\n\n### Jonah Trattner\n\n"
             "* Accomplished\n  * Finalized the first draft.\n* Next Steps\n"
             "  * Finish writing the survey vignette.\n  * Consent form for the app\n\n"
             "### Budget\n\n* Next steps\n  * more funds\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Jonah Trattner",), "Finish writing the survey vignette"),
        (("Jonah Trattner",), "Consent form for the app")]


def test_a_call_sign_or_role_between_commas_is_no_second_owner() -> None:
    notes = ("# Club meeting, 4 April 2024\n\nPresent: Russ Marsolek, Ana Lee\n\n## Program\n\n"
             "Russ Marsolek, N0QK, will be making a presentation on his go-box.\n\n"
             "Ana Lee, our treasurer, will send the accounts to members.\n\n"
             "Ana and the chair will book the hall.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [f.owners for f in items] == [("Russ Marsolek",), ("Ana Lee",), ("Ana", "The chair")]


def test_a_thing_before_a_task_is_its_topic_not_its_owner() -> None:
    notes = ("# Core team, 22 August 2025\n\nPresent: Ana, Mark\n\n## Action items\n\n"
             "- [ ] Jackets → confirm arrival on 26th August.\n"
             "- [ ] Workshops: plan the project format\n"
             "- [ ] Whole lab: read the guidance\n- [ ] Students: bring laptops\n"
             "- [ ] Mark: order pizza\n- [ ] Travel Fund: update the claim form - Ana\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        ((), "Confirm arrival (jackets)", date(2025, 8, 26)),
        ((), "Plan the project format (workshops)", None),
        (("Whole lab",), "Read the guidance", None), (("Students",), "Bring laptops", None),
        (("Mark",), "Order pizza", None), (("Ana",), "Update the claim form (Travel Fund)", None)]


def test_action_marks_that_name_their_owner_or_lead_with_to() -> None:
    notes = ("# Council, 4 October 2023\n\n## Actions from last meeting\n\n"
             "- **Action (Jonah)**: [Accessibility plan](2023-05-03.md#accessibility)\n\n"
             "## EclipseCon\n\n- Remote / hybrid for this part. **Action** to check with the "
             "organizers (Mira)\n- Can we use the day to talk to them. **Action** Ola to try and "
             "touch base with the community members\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Jonah",), "Accessibility plan"), (("Mira",), "Check with the organizers"),
        (("Ola",), "Touch base with the community members")]


def test_taking_an_action_to_do_something_is_doing_it() -> None:
    notes = ("# Call, 6 April 2022\n\n## Notes\n\n"
             "-   Hedda to take an action to follow up on the table\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [(("Hedda",), "Follow up on the table")]


def test_a_telling_verb_before_a_name_is_no_owner() -> None:
    told = "Email Dan Gohman to sign up if it's your first time."
    assert sentence_follow_up(told, PLAIN) is None
    listed = sentence_follow_up(told, ACTIONS)  # in a list of actions: the whole imperative
    assert listed is not None and listed.owners == ()
    item = sentence_follow_up("Bob to email the list", ACTIONS)
    assert item is not None and (item.owners, item.task) == (("Bob",), "Email the list")


def test_a_link_a_task_points_into_stays_with_it() -> None:
    item = sentence_follow_up("Please add to https://example.org/meta/issues/672", ACTIONS)
    assert item is not None and item.task == "Add to https://example.org/meta/issues/672"
    item = sentence_follow_up("Review the draft: https://example.org/d", ACTIONS)
    assert item is not None and item.task == "Review the draft"


def test_ideas_are_no_tasks_but_an_idea_someone_takes_on_is() -> None:
    notes = ("# 12/06/24 Sprint 4 Planning\nAttended by: Rashi Bhansali, Shyam Sriram, Mitch\n\n"
             "## New Issue Ideas\n1. Rashi and Shyam bring snacks to the meeting tomorrow.\n"
             "2. Code support MVP is a spike task\n3. Mitch - Work on Codacy\n"
             "4. Write a style guide\n\n## Ideas\n- Throw a party\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Rashi", "Shyam"), "Bring snacks to the meeting"), (("Mitch",), "Work on Codacy")]


def test_he_or_she_in_a_speakers_paragraph_is_the_speaker() -> None:
    notes = ("# Annual meeting, 1 March 2024\n\nPresent: Ryan, Moheeb, Prescott\n\n## Reports\n\n"
             "Ryan: membership is flat. He will host more open hours.\n\n"
             "Prescott: the books are fine. Moheeb asked about it. He will check the bank.\n\n"
             "Moheeb: ok.\n\nRyan: thanks all.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert sorted((f.owners, f.task) for f in items) == [
        (("Moheeb",), "Check the bank"), (("Ryan",), "Host more open hours")]


def test_a_verb_in_the_third_person_opening_a_sentence_is_no_owner() -> None:
    notes = ("# Club meeting, 4 April 2024\n\n## Program\n\n"
             "The demo went well. Goes to show the capabilities of radio in an emergency.\n")
    assert parse_bytes(notes.encode(), name="n.md").follow_ups == ()


def test_names_a_spaced_dash_and_an_order_on_a_line_of_their_own() -> None:
    notes = ("# Lab meeting\n\n## 13 November 2023\n\n"
             "Mirela, Joss - run the benchmark on all three datasets.\n\n"
             "Budget - review next month.\n\nWorkshops - plan the dates\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Mirela", "Joss"), "Run the benchmark on all three datasets")]


def test_two_participles_of_one_passive_task_are_two_verbs() -> None:
    notes = ("# Notes\n\n## 27 November 2022\n\n"
             "- The team contract is to be finalised and sent.\n"
             "- The minutes will be approved and circulated by Ana.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Finalise and send the team contract"),
        (("Ana",), "Approve and circulate the minutes")]


def test_a_deadline_in_the_sentence_after_a_task_is_its_due_date() -> None:
    notes = ("November 22, 2019\n\n"
             "Finn and Nestor will help with the scanning. The deadline is Dec. 6th.\n\n"
             "Ana will send the report. Due by Friday.\n\n"
             "Ben will fix the printer. The deadline is unclear.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.due) for f in items] == [
        (("Finn", "Nestor"), "Help with the scanning", date(2019, 12, 6)),
        (("Ana",), "Send the report", date(2019, 11, 29)),
        (("Ben",), "Fix the printer", None)]


def test_we_will_also_try_to_make_is_the_groups_task_but_a_guess_is_not() -> None:
    notes = ("# Quartet project, 22 November 2019\n\n## Plans\n\nThe call went well.\n\n"
             "We will also try to make a timeline for the whole project.\n\n"
             "We'll likely need to draft short work plans for each stream.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Make a timeline for the whole project")]


def test_next_steps_we_agreed_on_and_a_task_already_done() -> None:
    notes = ("May 23, 2019\n\nAttendees: Laurent, Yaolong\n\n"
             "The next steps the team agreed upon are to learn the tool chain and to write a "
             "requirements document.\n\n"
             "Yaolong will commit his corrected results today (already committed).\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task, f.status) for f in items] == [
        ((), "Learn the tool chain and write a requirements document", "open"),
        (("Yaolong",), "Commit his corrected results", "done")]


def test_a_task_for_this_week_label() -> None:
    notes = ("May 16, 2019\n\nAttendees: Laurent, Tim\n\nWe chose the composer.\n\n"
             "Task for this week: Let's find the available scores of the quartets.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Find the available scores of the quartets")]


def test_an_order_as_a_paragraph_of_its_own_but_not_a_goal_or_a_hedge() -> None:
    notes = ("# Supervision meeting 2026-06-09\n\n## Goals\n\n"
             "Agree the scope of the paper and the figures.\n\n## Graphs\n\n"
             "The Y axis isn't linear.\n\n"
             "Remove the four slow engines from the plots. They hide the rest.\n\n"
             "Maybe drop the medium inputs?\n\n"
             "Plotting regex size doesn't make a lot of sense.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Remove the four slow engines from the plots")]


def test_what_someone_said_under_a_follow_ups_heading_is_no_task() -> None:
    notes = ("# Security CG, 25 November 2024\n\nAttendees: Dan, Aaron, Bea\n\n"
             "## Follow-ups from last week\n\n"
             "Dan: it's a set of guidelines, not strict requirements.\n\n"
             "Aaron: we have a web.dev article, let me know if you want more.\n\n"
             "Bea: send the slides to the list\n\nAaron: the budget draft for May\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [(("Bea",), "Send the slides to the list"),
                                                   (("Aaron",), "The budget draft for May")]


def test_a_reply_in_a_discussion_is_no_task() -> None:
    notes = ("# Call\n\n## Discussion\n\n"
             "* Bernard: the use case assumes the provider runs the servers.\n"
             "* Tim: agree\n* Ana: +1\n* Magnus: strongly disagree.\n")
    assert parse_bytes(notes.encode(), name="n.md").follow_ups == ()


def test_work_the_meeting_decided_to_do_but_not_a_decision() -> None:
    notes = ("# AGM 2022-10-29\n\n## Plans\n\nThe year went well.\n\n"
             "We have decided to prepare the next national meeting for June 2023.\n\n"
             "It was agreed to write to the mayor.\n\n"
             "The board decided to publish the accounts.\n\n"
             "We decided to use Zoom for the next calls.\n")
    items = parse_bytes(notes.encode(), name="n.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Prepare the next national meeting for June 2023"),
        ((), "Write to the mayor"),
        (("The board",), "Publish the accounts")]


def test_the_i_of_every_sentence_of_a_speakers_line_is_theirs() -> None:
    notes = ("# Working group call, 26 Oct 2020\n\n- Messages from the chat:\n"
             "  - Eva: I need to drop early today. I’m happy to turn the notes into a "
             "document in our repo.\n")
    items = parse_bytes(notes.encode(), name="call.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Eva",), "Turn the notes into a document in our repo")]


def test_more_verbs_a_task_opens_with() -> None:
    notes = ("# TSC, 8 Feb 2019\n\n* Logo on the sponsor's website\nJohn to supply proposed "
             "content\n* Flaky build\nMia to reproduce the crash on arm64\n"
             "Raj to validate the new checksums\n")
    items = parse_bytes(notes.encode(), name="tsc.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("John",), "Supply proposed content"),
        (("Mia",), "Reproduce the crash on arm64"),
        (("Raj",), "Validate the new checksums")]


def test_names_in_bold_then_a_capitalised_verb_in_a_list_of_actions() -> None:
    notes = ("# Working group update, 13 Mar 2017\n\n## Members\n\n- Dawn\n- Matt\n\n"
             "## Action Items\n\n- **Matt and Dawn** Add first timer issues to the repos\n"
             "- **Dawn** Assist with the security review\n"
             "- Website Redesign for the spring\n"
             "- Our next steps here are to set up a mailing list\n")
    items = parse_bytes(notes.encode(), name="wg.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Matt", "Dawn"), "Add first timer issues to the repos"),
        (("Dawn",), "Assist with the security review"),
        ((), "Website Redesign for the spring"),
        ((), "Set up a mailing list")]


def test_leaving_the_call_is_no_task_but_leaving_feedback_is() -> None:
    notes = ("# SIP meeting, 20 Sep 2016\n\nJosh needs to leave. Bo has to leave early. "
             "Cy will leave the call now. Ana will leave a comment on the pull request. "
             "Unclear what will be deployed when.\n\n## Actions\n\n"
             "- Dan to leave feedback on the draft\n")
    items = parse_bytes(notes.encode(), name="sip.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Ana",), "Leave a comment on the pull request"),
        (("Dan",), "Leave feedback on the draft")]


def test_commitments_written_without_their_subject() -> None:
    notes = ("# Research group call, 4 Nov 2025\n\n## Pacing draft\n\n"
             "Gorry Fairhurst (University of Aberdeen): Promised to review the draft and send "
             "comments.\n\nThe chairs will take it back to the list. Will also move the "
             "tracker status to adoption.\n\n## Meetup\n\n"
             "- Settled on 24 June in Munich. Waiting on Meysam to confirm the venue.\n"
             "- Ultimately agreed to publish the dates on the wiki.\n"
             "- Will it rain? Will see.\n")
    items = parse_bytes(notes.encode(), name="call.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Gorry Fairhurst",), "Review the draft and send comments"),
        (("The chairs",), "Take it back to the list (Pacing draft)"),
        (("The chairs",), "Move the tracker status to adoption"),
        (("Meysam",), "Confirm the venue"),
        ((), "Publish the dates on the wiki")]


def test_an_event_taking_place_is_no_task() -> None:
    notes = ("# TSC, 28 Nov 2023\n\n## Next steps\n\n"
             "4. The discussion will take place in Slack.\n"
             "6. Will take place on 11/30/2023.\n"
             "8. Ana will publish the notes.\n")
    items = parse_bytes(notes.encode(), name="tsc.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [(("Ana",), "Publish the notes")]


def test_a_task_in_a_relative_clause() -> None:
    notes = ("# Working group, 5 Dec 2024\n\nAttendees: Stephan, Tracy\n\n## Notes\n\n"
             "ECMWF has quite a lot of material on Zarr which will be shared by Stephan.\n\n"
             "- Tracy had several suggestions that she will contribute via the form\n"
             "- Ana has a plan that will be reviewed by the board.\n")
    items = parse_bytes(notes.encode(), name="wg.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Stephan",), "Share material on Zarr"),
        (("Tracy",), "Contribute several suggestions via the form"),
        (("The board",), "Review a plan")]


def test_a_name_with_its_handle_linked_to_a_profile() -> None:
    notes = ("# TSC, 3 Dec 2019\n\n## Notes\n\n"
             "- Rebecca Schlussel ([@rschlussel](https://github.com/rschlussel)) will go back "
             "and look at past optimizations.\n")
    session = parse_bytes(notes.encode(), name="tsc.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Rebecca Schlussel",), "Go back and look at past optimizations")]
    assert session.links[0].url == "https://github.com/rschlussel"


def test_an_agent_before_soon_and_a_doing_that_is_a_project() -> None:
    notes = ("# SIP meeting, 20 Sep 2016\n\n## Trailing commas\n\n"
             "The concrete version will be suggested by the compiler maintainers soon.\n\n"
             "## Tools\n\nUsing LLMs to generate answers for MDN is a project taken on by "
             "Mozilla.\n")
    items = parse_bytes(notes.encode(), name="sip.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("The compiler maintainers",), "Suggest the concrete version soon")]


def test_a_frequent_speaker_who_promised_and_discussions_to_have() -> None:
    notes = ("# Research group, 4 Nov 2025\n\n## Pacing\n\n"
             "Gorry Fairhurst (Aberdeen): I think pacing matters.\n\n"
             "Gorry Fairhurst (Aberdeen): Promised to review the draft and send comments.\n\n"
             "Gorry Fairhurst (Aberdeen): See the slides.\n\n## Next steps\n\n"
             "9. Have discussions with OpenAPI (@jgperrin & @simonharrer)\n")
    items = parse_bytes(notes.encode(), name="rg.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Gorry Fairhurst",), "Review the draft and send comments"),
        (("jgperrin", "simonharrer"), "Have discussions with OpenAPI")]


def test_named_people_saying_lets_commit_together() -> None:
    notes = ("# Task group, 29 May 2024\n\nAttendees: MC, YSV, EAO\n\n## Study\n\n"
             "* MC, YSV, EAO: let’s have a break-out meeting with the working group.\n"
             "* Ana: let's move on.\n* MC: let's see how it goes.\n")
    items = parse_bytes(notes.encode(), name="tg.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("MC", "YSV", "EAO"), "Have a break-out meeting with the working group")]


def test_volunteers_take_on_what_was_asked_for() -> None:
    notes = ("# General meeting, 29 Nov 2024\n\n## Finances\n\n"
             "Looking for new members for the audit committee, next to Sander.  \n"
             "Edwin Martin and Arjan Eising volunteer.\n\n"
             "We need a volunteer to take the minutes next time. Ana volunteers.\n\n"
             "The board thanks all who volunteered.\n")
    items = parse_bytes(notes.encode(), name="alv.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Edwin Martin", "Arjan Eising"), "Volunteer for the audit committee"),
        (("Ana",), "Take the minutes next time")]


def test_a_quotation_in_a_task_and_a_catch_up_to_have() -> None:
    notes = ("# Retro\n\nAction items:\n"
             "* (x) (Quinn) When Quinn sends PRs, attach a line on priority (“This should be "
             "reviewed as usual” or “This is a priority because X”).\n\n"
             "Attendees: JK, LC\n\n- LC and JK to have a catch up on the figma board\n")
    items = parse_bytes(notes.encode(), name="retro.md").follow_ups
    assert [(f.owners, f.task, f.status) for f in items] == [
        (("Quinn",), "Attach a line on priority", "done"),
        (("LC", "JK"), "Have a catch up on the figma board", "open")]


def test_please_with_any_verb_asks_the_readers_for_it() -> None:
    notes = ("# AGM, 28 May 2009\n\n## Membership\n\nThe new database is up. Please log in "
             "and change your password from the default. Send any questions to Jen.\n\n"
             "SC: Welcome, please say who you are.\n\nPlease excuse the late minutes.\n")
    items = parse_bytes(notes.encode(), name="agm.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        ((), "Log in and change your password from the default")]


def test_work_announced_as_coming() -> None:
    notes = ("# Planning, 1 July 2022\n\n### Generics\n\n* Bevy report coming\n"
             "* People coming to the sprint\n")
    items = parse_bytes(notes.encode(), name="plan.md").follow_ups
    assert [(f.task, f.status) for f in items] == [
        ("Bevy report", "forthcoming")]


def test_to_know_something_is_no_task_but_letting_people_know_is() -> None:
    notes = ("# Dev meeting, 27 May 2021\n\nAttendees: JK, SR, AR\n\nAims:\n"
             "- AR and SR to know what they are to work on.\n\n## Notes\n\n"
             "- JK will let us know when the room is booked.\n")
    items = parse_bytes(notes.encode(), name="dev.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("JK",), "Let us know when the room is booked")]


def test_a_name_with_a_particle_before_a_subjectless_will() -> None:
    notes = ("# Call, 4 Nov 2025\n\n## Pacing\n\n"
             "Jan van Dijk: Will send the draft to the list.\n\n"
             "Maria de Souza (IETF): promised to review the slides.\n")
    items = parse_bytes(notes.encode(), name="call.md").follow_ups
    assert [(f.owners, f.task) for f in items] == [
        (("Jan van Dijk",), "Send the draft to the list"),
        (("Maria de Souza",), "Review the slides")]


def test_being_in_touch_and_working_on_something_are_tasks() -> None:
    # "will be in touch with" is "will get in touch with"; "will be working on" is "will
    # work on"; "will be travelling" stays a plan of one's own, not a task.
    notes = ("Committee, 2 May 2024\n\nPresent: Dev, Ben, Ana\n\n"
             "Dev will be in touch with the venue about the deposit. "
             "Ben agreed to be in contact with the council. "
             "Ana will be working on the grant application over the summer. "
             "Ben will be travelling next week.\n")
    session = parse_bytes(notes.encode(), name="committee.txt")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Dev",), "Get in touch with the venue about the deposit"),
        (("Ben",), "Get in contact with the council"),
        (("Ana",), "Work on the grant application over the summer")]


def test_done_marks_and_due_labels_written_around_the_task() -> None:
    notes = ("# Team call 2024-05-02\n\n## Actions\n\n"
             "- [DONE] Ana to send the agenda\n"
             "- Book the room: DONE (Ben)\n"
             "- Order the banners \u2714 Chloe\n"
             "- ~~Print the flyers~~ Dev and Ana\n"
             "- ~~Hire a van~~ Cancelled\n"
             "- Ben to draft the budget (Due: Friday)\n"
             "- Chloe to check the accounts [deadline: 20 May]\n"
             "- Dev to send the figures by next Tuesday's call\n")
    session = parse_bytes(notes.encode(), name="call.md")
    assert [(f.owners, f.task, f.due, f.status) for f in session.follow_ups] == [
        (("Ana",), "Send the agenda", None, "done"),
        (("Ben",), "Book the room", None, "done"),
        (("Chloe",), "Order the banners", None, "done"),
        (("Dev", "Ana"), "Print the flyers", None, "done"),
        (("Ben",), "Draft the budget", date(2024, 5, 3), "open"),
        (("Chloe",), "Check the accounts", date(2024, 5, 20), "open"),
        (("Dev",), "Send the figures", date(2024, 5, 7), "open")]


def test_work_reported_done_in_a_list_of_actions() -> None:
    # A past tense of work that makes or sends something says who did it; a headline
    # ("Letter sent to …") reports it done. Reports of the meeting are no such work.
    notes = ("# Steering group 2024-05-02\n\n## Action items\n\n"
             "- Ana sent the letter to the minister\n"
             "- Ben booked the hall for the fair\n"
             "- Press release sent to the local paper\n"
             "- Chloe presented the draft budget\n"
             "- Dev to send the figures\n")
    session = parse_bytes(notes.encode(), name="steering.md")
    assert [(f.owners, f.task, f.status) for f in session.follow_ups] == [
        (("Ana",), "Send the letter to the minister", "done"),
        (("Ben",), "Book the hall for the fair", "done"),
        ((), "Press release sent to the local paper", "done"),
        (("Dev",), "Send the figures", "open")]


def test_a_request_put_as_a_question_in_a_recap_list() -> None:
    notes = ("From: Ana Lopez <ana@example.org>\nSubject: Recap of today's call\n"
             "Date: Thu, 2 May 2024 17:00:00 +0000\n\nHi all,\n\n"
             "- I'll update the timeline by Monday.\n"
             "- Chloe, could you send the updated logo files?\n"
             "- Ben, will you be at the fair?\n\nCheers,\nAna\n")
    session = parse_bytes(notes.encode(), name="recap.eml")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("Ana",), "Update the timeline"), (("Chloe",), "Send the updated logo files")]


def test_a_request_with_an_adverb_accepted_with_a_day() -> None:
    notes = ("<mira> topic: release planning\n<tom> I can take the changelog\n"
             "<mira> tom, can you also tag the release?\n<tom> sure, will do tomorrow\n"
             "<mira> jo, could you just check the mirrors?\n<jo> ok\n")
    session = parse_bytes(notes.encode(), name="2024-05-02-release.txt")
    assert [(f.owners, f.task, f.due) for f in session.follow_ups] == [
        (("tom",), "Take the changelog", None),
        (("tom",), "Tag the release", date(2024, 5, 3)),
        (("jo",), "Check the mirrors", None)]


def test_a_lower_case_user_name_then_a_dash_in_a_list_of_actions() -> None:
    notes = ("# Sync 2024-05-02\n\n## Action items\n\n- [ ] sid - fix the tests\n"
             "- [ ] docs - tidy the index page\n")
    session = parse_bytes(notes.encode(), name="sync.md")
    assert [(f.owners, f.task) for f in session.follow_ups] == [
        (("sid",), "Fix the tests"), ((), "Docs - tidy the index page")]


def test_fields_after_semicolons_slashes_and_who_what_when_labels() -> None:
    notes = ("# Committee 2024-05-02\n\n## Actions\n\n"
             "- Task: Print the flyers; Owner: Dev; Status: done\n"
             "- What: order the banners / Who: Chloe / When: next week\n"
             "- Review the budget (who: Eve, when: Friday)\n"
             "- Ana to book the hall; Ben to order the chairs\n")
    session = parse_bytes(notes.encode(), name="committee.md")
    assert [(f.owners, f.task, f.due, f.status) for f in session.follow_ups] == [
        (("Dev",), "Print the flyers", None, "done"),
        (("Chloe",), "Order the banners", date(2024, 5, 10), "open"),
        (("Eve",), "Review the budget", date(2024, 5, 3), "open"),
        (("Ana",), "Book the hall", None, "open"),
        (("Ben",), "Order the chairs", None, "open")]


def test_work_not_yet_done_is_still_open() -> None:
    notes = ("MINUTES OF THE PARISH COUNCIL MEETING HELD ON 2 MAY 2024\n\n"
             "Present: Cllr Ahmed (Chair), Cllr Baker, Cllr Cole.\n\n2. MATTERS ARISING\n"
             "Footpath 12: Cllr Baker has not yet contacted the landowner; carried forward.\n"
             "Cllr Cole has yet to renew the insurance. The accounts have not yet been "
             "audited.\n")
    session = parse_bytes(notes.encode(), name="parish.txt")
    assert [(f.owners, f.task, f.status) for f in session.follow_ups] == [
        (("Cllr Baker",), "Contact the landowner", "open"),
        (("Cllr Cole",), "Renew the insurance", "open")]
