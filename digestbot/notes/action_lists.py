"""How notes name a list of actions: "Action items", "Next steps", "Who does what" as a
heading, a list's intro or an item's label (not "Corrective actions", a topic)."""

from __future__ import annotations

import re

from digestbot.notes.later import lazy_regex

# "Corrective actions", "Legal action", "GitHub Actions": a topic that is a kind of action,
# discussed; not a list of actions ("Next actions", "Open actions", "Decisions and actions").
_KIND_OF_ACTION = lazy_regex(r"(?:^|[^\w'’-])(?!(?:next|new|open|outstanding|pending|previous|past|"
                             r"old|agreed|key|of|and|our|follow-?up|immediate|urgent|team|board|"
                             r"my|your|their|the|all|current|remaining|completed|closed|ongoing|"
                             r"carried|recent|weekly|meeting|committee|list|summary|review|"
                             r"resulting|required|individual|assigned|main)\b)[a-z][\w-]*\s+$",
                             re.I)
# Words that name work being shared out: "Things to be accomplished", "Work distribution".
_SHARED_OUT = (r"things\s+to\s+(?:be\s+)?(?:do|done|accomplish|accomplished)|"
               r"work\s+distribution|distribution\s+of\s+(?:work|tasks)|"
               r"division\s+of\s+(?:work|labou?r)")
ACTION_HEADING = lazy_regex(r"\b(action items?|action points|actionables?|actions?|"
                            r"next\s+(?:steps?|moves)|follow[- ]?ups?|"
                            r"to[- ]?dos?|tasks|who(?:'s| is) doing what|who does what|"
                            r"task\s+allocations?|allocation\s+of\s+tasks|"
                            rf"{_SHARED_OUT}|"
                            r"assignments|action summary|next time|going forward)\b|"
                            # "What would you like to work on next week?", "Plans for next
                            # sprint", "Next week": what each is to do before then.
                            r"\b(?:work\s+on|plans?\s+for|goals?\s+for)\s+(?:the\s+)?"
                            r"(?:next|coming)\s+(?:week|sprint|month)\b|"
                            r"^(?:next|this|for\s+next|coming)\s+(?:week|sprint)\W*$|"
                            # "Homework", "Homework for next week": what members are to do.
                            r"^homework\b|"
                            # "Upcoming goals", "Next tasks": what is to be done before the next.
                            r"^(?:upcoming|next)\s+(?:goals?|tasks?|targets?|objectives?)\W*$|"
                            # "#### Assigned" (after "Completed" and "Ongoing"): work given out.
                            r"^(?:newly\s+)?assigned(?:\s+(?:tasks|items|actions|work))?\W*$|"
                            # "Steps involved in closing the account": a plan's steps.
                            r"^(?:further\s+|remaining\s+)?steps\b(?!\s+to\s+reproduce)|"
                            # "Future development" / "Future work" over what is to be built.
                            r"^(?:future|further)\s+(?:work|development|plans?|tasks)\W*$", re.I)


def action_heading(text: str) -> bool:
    """Whether a heading or a list's intro names a list of actions."""
    return any(not (match.group(1) and match.group(1).lower() in ("action", "actions")
                    and _KIND_OF_ACTION.search(text, 0, match.start()))
               and not (match.group(1) and match.group(1)[-2:].lower() == "up"
                        and _MODIFIED_NOUN.match(text, match.end()))
               for match in ACTION_HEADING.finditer(text))


# "Follow-up tooling discussions": the word describes a discussion, names no list of actions.
_MODIFIED_NOUN = lazy_regex(r"\s+(?!(?:items?|actions?|tasks?|list|from|for|of|on|to|and|"
                            r"points?|required|needed)\b)[a-z]", re.I)


# A list item that heads the actions under it: "action items from the last meeting [Tim]".
ACTION_LABEL = lazy_regex(r"^(?:review of\s+|previous\s+|open\s+|list of\s+)?(?:action items?|"
                          r"action points|"
                          # (Not "Next steps – write the roadmap": the step itself.)
                          r"actions|next steps?|to[- ]?dos?|follow[- ]?ups|"
                          rf"{_SHARED_OUT})"  # "Things to be accomplished" over the items
                          r"(?:\s(?![-–—]\s+\w)[^.?!:]{0,50})?:?$",
                          re.I)
