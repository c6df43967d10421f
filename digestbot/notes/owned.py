"""The forms that open with their owners: "Ana will …", "Ana to …", "Ana said that she will
…", "Jonas is drafting X and will …", "Emi told me to …", "Ana asked Ben to …", "Ben was
asked to …", "Ana is drafting …" (under way), "We decided to write …".
"""

from __future__ import annotations

import re

from digestbot.notes.later import lazy_regex
from digestbot.notes.lexicon import (
    GROUPS_RE,
    NOT_NAMES,
    OWNER_LIST,
    OWNERS,
    any_verb,
    as_written,
    is_verb,
    ordinary_word,
    split_owners,
    valid_owners,
    verb_at_all,
    verb_not_name,
    words,
)
from digestbot.notes.owners import (
    EVERYONE,
    OFFICE,
    acronym_group,
    common_noun,
    lower_word,
    may_need,
    named_person,
    one_person,
    person_like,
)
from digestbot.notes.sentence import Found, Sentence, found_task
from digestbot.notes.tenses import NOT_A_TASK, base_of_ing, past_tense, verb_form
from digestbot.notes.wrappings import HANDLE, OWNED

_OFFER_AUX = lazy_regex(r"(?:offered|volunteered|undertaken|undertook|committed|promised)\s")


_SAID_THAT = lazy_regex(
    rf"^{OWNERS}\s+(?:also\s+)?(?:shared|said|confirmed|noted|mentioned|explained|stated|"
    r"reported|offered|promised|agreed|indicated|announced|told|replied|answered|added|"
    r"clarified)\s+(?:that\s+)?(?:they|he|she)\s*"
    r"(?P<said>will|would|['’]ll|['’]d|are going to|is going to|could)\s+"
    r"(?P<task>[a-z].*)$")


# First names that are also verbs: "Mark Jones to send the minutes" names Mark.
_NAMES_THAT_ARE_VERBS = words("""mark bill will pat rob sue grant chase lance hunter drew dawn
guy skip sandy bob peg nick don max jack doug dean cliff glen wade pierce reed miles carol harry
grace frank rose ray gene hope joy sky june may april summer jean chuck rich ted walt heath rod
art buck chip clay dale earl gil hank jay kit lynn mack neil norm penny rex russ sal stan troy
val vic bo ben jan kay lee sam""")
# Verbs that tell someone to do something ("Email Dan to sign up"): never a first name.
_TELL_VERBS = words("""email e-mail ask tell contact remind ping invite message notify inform
advise encourage urge request""")


_ASKED_OTHER = lazy_regex(rf"^(?:{OWNER_LIST}|(?i:the|this)\s+meeting)\s+(?:asked|requested|"
                          rf"invited|tasked|reminded|encouraged)\s+{OWNERS}\s+to\s+"
                          r"(?P<task>[a-z].*)$")


_ASKED_FOR = lazy_regex(rf"^{OWNER_LIST}\s+(?:asked|requested)\s+{OWNERS}\s+for\s+"
                         r"(?P<what>an?\s+(?!question\b|opinion\b|view\b)[a-z].*)$")


# ("Resolved that the Treasurer be authorised to …": a resolution's subjunctive.)
_ASKED = lazy_regex(rf"^{OWNERS}\s+(?:was|were|has been|have been|is|are|be)\s+(?:asked|tasked|"
                    r"requested|instructed|delegated|authori[sz]ed)\s+to\s+(?P<task>[a-z].*)$")
# "Miss Haughton was appointed to attend to badges", "Mrs. Smith was appointed Committee of 1
# to attend to printing", "Lord, Tiernan and Haughton appointed to find a room" (minutes drop
# the "was"; "The board appointed Ana to …" names the one appointing first, and is not read).
_APPOINTED = lazy_regex(rf"^{OWNERS}\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+"
                        r"(?:appointed|nominated|designated|deputed)"
                        r"(?:\s+(?!to\s)(?:as\s+)?[\w\s-]{2,40}?)?"
                        r"|(?:appointed|nominated|designated|deputed))\s+to\s+(?P<task>[a-z].*)$")
_TOLD_ME = lazy_regex(rf"^(?:then\s+|next,?\s+|finally,?\s+)?{OWNERS}\s+(?:also\s+)?"
                      r"(?:(?:tells|told|asks|asked|reminds|reminded|wants|wanted|advises|advised|"
                      r"suggests|suggested)\s+(?P<who>me|us)\s+(?:(?:that\s+)?(?:I|we)\s+"
                      r"(?:should|need\s+to|must|have\s+to)\s+|to\s+|(?=[a-z]+\s))|"
                      # "Emi said I should divide the list"
                      r"(?:said|says)\s+(?:that\s+)?(?P<said>I)\s+(?:should|need\s+to|must|"
                      r"have\s+to)\s+)(?:remember\s+to\s+)?(?P<task>[a-z].*)$", re.I)
_NEED_PERSON = lazy_regex(rf"^(?:[Ww]e\s+)?(?:still\s+)?[Nn]eed\s+{OWNERS}\s+to\s+"
                          r"(?P<task>[a-z].*)$")
_ROSTERED = lazy_regex(rf"^{OWNERS}\s+(?:is|are|was|were|has been|have been)\s+(?:scheduled|"
                       r"rostered)\s+to\s+(?P<task>[a-z].*)$")
# Minutes drop the "was": "Lewis tasked with finding a venue", "Ana (was) charged with drafting".
_TASKED_WITH = lazy_regex(rf"^{OWNERS}\s+(?:(?:was|were|has been|have been|is|are)\s+)?"
                          r"(?:tasked|charged)\s+with\s+(?P<verb>[a-z]{2,}ing)\s+(?P<rest>.+)$")


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "our", "their",
                          "his", "her", "my", "its", "your"))
_ADVERB_DOING = lazy_regex(r"(?:\w+ly\s+)?(?P<verb>[a-z]+ing)\b")


_LOOSE_OWNED = lazy_regex(rf"^(?P<owners>{HANDLE}(?:\s*(?:,|&|\band\b)\s*{HANDLE})*)\s+"
                          r"(?:will|to|shall)\s+"
                          r"(?P<task>[a-z][\w'-]*\b.*)$")
_HAS_THAT = lazy_regex(rf"^{OWNERS}\s+(?:has|have)\s+(?P<obj>(?:several|some|a few|a couple of|"
                       r"two|three|four|five|\d+)\s+[\w' -]{2,40}?)\s+(?:that|which)\s+"
                       r"(?:he|she|they)\s*(?:will|'ll|is going to|are going to)\s+"
                       r"(?P<verb>[a-z]+)(?P<particle>\s+(?:care\s+of|up|out|over|through|"
                       r"off|back))?\b(?P<rest>[^,;]*)$")
# "nagisa has volunteered to run meetings": in prose only a commitment verb is enough.
_LOOSE_COMMITTED = lazy_regex(rf"^(?P<owners>{HANDLE})\s+(?:has|have)\s+"
                              r"(?:volunteered|agreed|offered|promised|committed)\s+to\s+"
                              r"(?P<task>[a-z][\w'-]*\b.*)$")


TRY_TO = lazy_regex(r"^(?:try|attempt|need|have)\s+to\s+(?=[a-z])|^try\s+and\s+(?=[a-z])")


_LOWER_OR_AT = frozenset("abcdefghijklmnopqrstuvwxyz@")


# Words each form needs (whole words, so a sentence's word set answers for all of them).
_AUX_WORDS = words("will shall to would should can please pls plz must")
_SAID_SET = words("""shared said confirmed noted mentioned explained stated reported offered
promised agreed indicated announced told replied answered added clarified""")
_ASKING_SET = words("""asked tasked requested instructed delegated authorised authorized invited
reminded encouraged scheduled rostered appointed nominated designated deputed""")


PRONOUN = lazy_regex(r"(?<=\s)(?:them|it)\b")
_SUBJUNCTIVE = lazy_regex(rf"^{OWNERS}\s+(?P<task>(?P<verb>[a-z]+)\s.*)$")
_DECISION_VERBS = words("""note notes receive approve accept adopt agree endorse ratify support
continue retain defer reject refuse grant award resolve confirm decline delegate meet
remain stay keep""")
_DID_AND_WILL = lazy_regex(rf"^{OWNERS}\s+(?:also\s+)?(?P<verb>[a-z]+ed)\s+[^,;]*?,?\s+and\s+"
                           r"(?:will|'ll)\s+(?:also\s+)?(?P<task>[a-z].*)$")


_AND_WILL = lazy_regex(rf"^{OWNERS}\s+(?:is|are|was|were|has|have|had)\s+(?P<first>[a-z][^,;]*?)"
                       r",?\s+and\s+(?:will|'ll|is going to|are going to)\s+(?P<task>[a-z].*)$")
_ING_OBJECT = lazy_regex(r"^(?:\w+ing|\w+ed|been\s+\w+ing)\s+(?P<object>(?:the|a|an|our|their|"
                         r"his|her)\s+[\w' -]{2,40}?)(?:\s+(?:for|with|to|on|by)\b.*)?$")


_AND_THEN_WILL = lazy_regex(rf"^{OWNERS}\s+(?:has|had|raised|mentioned|noted|suggested)\b"
                            r"[^.;:]{0,80}?\s+and\s+(?P<aux>will|would|should|(?:offered|agreed|"
                            r"volunteered)\s+to)\s+(?:also\s+)?(?P<task>[a-z][\w'-]*\s.*)$")


_NAMED_SHOULD = lazy_regex(rf"^{OWNERS}\s+should\s+(?:also\s+)?(?P<task>[a-z][\w'-]*\s.*)$")


def owner_forms(s: Sentence) -> Found | None:
    """ "decathorpe to …", "Ana should …", "Ana will …", "Ana said that she will …", "Ana is
    drafting X and will …", "Tom has two reviews that he will finish", "Emi told me to …"."""
    body, vocab = s.body, s.vocab
    return (
        (_nicknamed(s) if body[:1] in _LOWER_OR_AT else None)
        or (_named_should(s) if s.owner_first and " should " in body else None)
        or (_then_will(s) if s.owner_first and " and " in body else None)
        or (_owned(s) if s.owner_first else None)
        or (_subjunctive(s) if s.agreed and s.owner_first else None)
        or ((_doing_and_will(s) or _did_and_will(s)) if s.owner_first and " and " in body and (
            "will" in vocab or "'ll" in body) else None)
        or (_has_that(s) if s.owner_first and " that " in body else None)
        or (_told_me(s) if s.owner_first and (
            " me " in body or " us " in body or " said " in body or " says " in body) else None)
        or (_need_person(s) if "need" in vocab and body[:1] in "NnWw" else None)
    )


def _nicknamed(s: Sentence) -> Found | None:
    body = s.body
    loose = _LOOSE_OWNED.match(body) if s.listed else _LOOSE_COMMITTED.match(
        body) if " to " in body else None
    nicks = split_owners(loose.group("owners")) if loose else ()
    if loose and is_verb(loose.group("task").split()[0].lower()) and all(
            nick.lower() not in NOT_NAMES and not verb_form(nick.lower())
            and not common_noun(nick, s.ctx) for nick in nicks):
        # Nicknames in scribed action lists: "decathorpe to announce …" (not "option to add
        # a check", "chance to meet the staff").
        task = loose.group("task")  # ("mperz and tima to own the examples": both)
        return found_task(task, nicks, task, s.ctx)
    return None


def _named_should(s: Sentence) -> Found | None:
    should = _NAMED_SHOULD.match(s.body)
    if should and valid_owners(should.group("owners")) and is_verb(
            should.group("task").split()[0]) and all(
            named_person(o, s.ctx) for o in split_owners(should.group("owners"))):
        # "Charles and Vince should coordinate on this": people the notes name, told what
        # to do ("Groups should …" and "We should …" stay opinions).
        return found_task(should.group("task"), split_owners(should.group("owners")), s.text, s.ctx)
    return None


def _then_will(s: Sentence) -> Found | None:
    body = s.body
    then_will = _AND_THEN_WILL.match(body) if (
        " will " in body or " would " in body or " should " in body or " to " in body) else None
    then_verb = then_will.group("task").split()[0] if then_will else ""
    if then_will and valid_owners(then_will.group("owners")) and (is_verb(then_verb) or (
            then_will.group("aux").endswith(" to") and any_verb(then_verb))) and named_person(
            then_will.group("owners"), s.ctx):
        # "Jeff has some suggestions and will comment on the EIP": Jeff's task; "Mike
        # suggested Melbourne and offered to consider how it might work": an offer.
        return found_task(then_will.group("task"), split_owners(then_will.group("owners")), s.text,
                     s.ctx)
    return None


def _owned(s: Sentence) -> Found | None:
    """ "Ana will …", "Ana to …", "Ana agreed to …", "Ana said that she will …": the owners,
    an auxiliary, then the task."""
    body, vocab = s.body, s.vocab
    owned = (OWNED,) if not vocab.isdisjoint(_AUX_WORDS) or "'ll" in body else ()
    patterns = (*owned, _SAID_THAT) if not vocab.isdisjoint(_SAID_SET) else owned
    for pattern in patterns:
        match = pattern.match(body)
        if match and (valid_owners(match.group("owners")) or (
                acronym_group(match.group("owners"))
                and is_verb(match.group("task").split(maxsplit=1)[0].lower()))):
            # ("SIGs to decide their activities", "Each SIG to make a sticker design": the
            # groups an acronym names, as the subject of a task.)
            task = _owned_task(match)
            if task is None or _not_said_as_task(match, task, s) or _not_owned_task(
                    match, task, s):
                continue
            owners = as_written(split_owners(match.group("owners")), s.original)
            return found_task(task, owners, task, s.ctx)
    return None


def _owned_task(match: re.Match[str]) -> str | None:
    """The task after an owned form's auxiliary ("will try to book": book), or None when
    the auxiliary takes no task ("Ana agreed to the plan")."""
    task = TRY_TO.sub("", match.group("task"))  # "will try to book": book
    aux = match.groupdict().get("aux") or ""
    if aux.endswith(" to") and aux != "to" and task.split(maxsplit=1)[0].lower() in \
            _DETERMINERS:
        return None  # "Ana agreed to the plan", "committed to the project": no task
    if task[:1].islower() and aux.startswith("committed"):
        # "Eric committed to (personally) sponsoring the costs": to sponsor them.
        doing = _ADVERB_DOING.match(task)
        base = base_of_ing(doing.group("verb")) if doing else ""
        task = base + task[doing.end():] if base and doing else task
    if NOT_A_TASK.match(task):
        return None
    return task


# Verbs of being and minding, which "Everyone should …" uses for no task: "feel welcome".
_STATES = frozenset(("feel", "know", "think", "understand", "like", "love", "want", "believe",
                     "remember", "enjoy", "have", "agree", "expect", "hope", "care", "seem",
                     "note", "realise", "realize", "bear"))


def _agent_noun(word: str) -> bool:
    """ "Scheduler", "Parser": one word for what does a common verb's work, a thing."""
    w = word.lower()
    return " " not in w and w.endswith("er") and len(w) > 5 and (
        any_verb(w[:-1]) or any_verb(w[:-2]))


def _not_said_as_task(match: re.Match[str], task: str, s: Sentence) -> bool:
    """Whether the auxiliary says no task for these owners: a maybe, a need of a thing, no
    one named."""
    ctx, aux = s.ctx, match.groupdict().get("aux")
    if aux in ("would", "can", "should") and not s.agreed and not (
            aux == "would" and one_person(match.group("owners"), ctx)
            and is_verb(task.split()[0].lower()) and " if " not in task) and not (
            aux == "should" and EVERYONE.fullmatch(match.group("owners"))
            and any_verb(verb := task.split()[0].lower()) and verb not in _STATES):
        # Prose minutes report "will" as "would": "Cllr Reid would write to the
        # board", "Our Secretary would attend" (one person; "Members would create
        # issues" describes a process).
        return True
    if (aux or "").startswith(("need", "must", "has to", "have to")) and match.group(
            "owners")[:1] != "@" and not all(
            may_need(o, ctx) for o in split_owners(match.group("owners"))):
        return True  # "Dan needs to renew the domain", but not "the site needs to …"
    needs = match.group("task").startswith(("need to ", "have to "))
    if needs and (aux or "").startswith(("will", "'ll")) and match.group("owners")[:1] != "@" \
            and not all(named_person(o, ctx) or (person_like(o, ctx) and not _agent_noun(o))
                        for o in split_owners(match.group("owners"))):
        return True  # "Scheduler will also need to consider the energy used": a thing's need
    if ctx.usage and aux == "to" and any(
            ordinary_word(o, ctx.usage) for o in split_owners(match.group("owners"))):
        return True  # "Compared to last year", "Forward to bound …": no one named
    if ctx.usage and not s.listed and aux in ("will", "shall") and lower_word(
            match.group("owners"), ctx.usage):
        return True  # "… for the event. Event will fill the 4 days": a thing, no one
    # "Chen said he could …" offers; only the next steps take it up.
    return match.groupdict().get("said") == "could" and not ctx.action_section


def _not_owned_task(match: re.Match[str], task: str, s: Sentence) -> bool:
    """Whether what follows the auxiliary is no task of the owners': no verb of doing, an
    order to someone else, an opinion in prose."""
    ctx, owners = s.ctx, match.group("owners")
    verb = task.split()[0].lower().strip(",.;:")
    aux = match.groupdict().get("aux") or ""
    if aux[-3:] == " to" and aux[-6:-3] in ("ppy", "ing", "een") and not is_verb(verb) \
            and not (aux == "going to" and any_verb(verb)):
        return True  # "Jo happy to coordinate …", not "… happy to stand as chair"
    if aux == "to" and not is_verb(verb) and verb != "have" and (
            not s.listed or not verb_at_all(verb.split("/")[0])
            or is_verb(owners.lower())) and not (OFFICE.match(owners) and any_verb(verb)):
        # "Talk to big sponsors": an imperative, not "Talk" to do "big …"; but "The
        # Clerk to place the order" is an office-holder's task, whatever the verb.
        # "Changes to governance", "Blockers to delivery?": no verb, a topic.
        return True
    verb_first = owners.split(maxsplit=1)
    if len(verb_first) == 2 and any_verb(verb_first[0].lower()) and GROUPS_RE.fullmatch(
            verb_first[1]):
        # "Ask everyone to put their name down", "Allow the team to cycle the keys":
        # not "Ask everyone" or "Allow the team" to do it.
        return True
    if len(verb_first) == 2 and aux == "to" and any_verb(
            verb_first[0].lower()) and verb_first[0].lower() not in _NAMES_THAT_ARE_VERBS \
            and verb_first[0].lower() not in ctx.known and len(split_owners(
                owners)) == 1 and not OFFICE.match(owners):
        return True  # "Use GitHub Issues to track open work": an order, no one named
    if len(verb_first) == 2 and verb_first[0].lower() in _TELL_VERBS and \
            verb_first[1][:1].isupper():
        return True  # "Email Dan Gohman to sign up", "Ask Ana to …": Dan is told
    if len(verb_first) == 2 and aux == "to" and ctx.usage and verb_not_name(owners, ctx.usage):
        return True  # "Advise Acme to close the account": Acme is told, not the owner
    # In running prose "Europe will consider …" reports an opinion; a task there
    # starts with a verb of doing ("will send", "will draft").
    # "Mr Ward offered to place a notice …": an offer is a commitment, whatever the verb;
    # so is "The board said they will …".
    # A person the notes name may do anything: "JT will bind it", "@benlesh will
    # work with the Angular team".
    # ("Stefano will work on the parser": to work on something is a task too.)
    return not s.listed and not is_verb(verb) and not task.startswith("work on ") and not (
        any_verb(verb) and (all(one_person(o, ctx) for o in split_owners(owners))
                            or _ONE_HANDLE.fullmatch(owners)
                            or _OFFER_AUX.search(aux) or match.groupdict().get("said")))


def _subjunctive(s: Sentence) -> Found | None:
    subjunctive = _SUBJUNCTIVE.match(s.body)
    if subjunctive and valid_owners(subjunctive.group("owners")) and is_verb(
            subjunctive.group("verb")) and subjunctive.group("verb") not in _DECISION_VERBS:
        # "RESOLVED that the Clerk write to the club": the resolution instructs the Clerk
        # (but "that the Council approve the budget" is the decision itself).
        owners = as_written(split_owners(subjunctive.group("owners")), s.original)
        return found_task(subjunctive.group("task"), owners, subjunctive.group("task"), s.ctx)
    return None


def _doing_and_will(s: Sentence) -> Found | None:
    then_will = _AND_WILL.match(s.body)
    done = _ING_OBJECT.match(then_will.group("first")) if then_will else None
    if then_will and done and valid_owners(then_will.group("owners")) and any_verb(
            then_will.group("task").split()[0].lower()):
        # "Jonas is drafting the budget and will circulate it next week": the second
        # clause is the task, and "it" is what the first clause works on (someone working
        # on something, not "Sales have been slow and will pick up").
        task = then_will.group("task")
        if PRONOUN.search(task):
            task = PRONOUN.sub(done.group("object"), task, count=1)
        owners = as_written(split_owners(then_will.group("owners")), s.original)
        return found_task(task, owners, task, s.ctx)
    return None


def _did_and_will(s: Sentence) -> Found | None:
    did = _DID_AND_WILL.match(s.body)
    if did and valid_owners(did.group("owners")) and past_tense(did.group("verb")) and \
            any_verb(did.group("task").split()[0].lower()) and not NOT_A_TASK.match(
                did.group("task")):
        # "Jordan inquired about the condo HOA and will look into the relationship": what
        # was done, then the task.
        owners = as_written(split_owners(did.group("owners")), s.original)
        return found_task(did.group("task"), owners, did.group("task"), s.ctx)
    return None


def _has_that(s: Sentence) -> Found | None:
    has_that = _HAS_THAT.match(s.body)
    if has_that and valid_owners(has_that.group("owners")) and is_verb(has_that.group("verb")):
        # "Tom has two reviews that he will finish this week": finish two reviews.
        task = (f"{has_that.group('verb')}{has_that.group('particle') or ''} "
                f"{has_that.group('obj')}{has_that.group('rest')}")
        owners = as_written(split_owners(has_that.group("owners")), s.original)
        return found_task(task, owners, task, s.ctx)
    return None


def _told_me(s: Sentence) -> Found | None:
    told = _TOLD_ME.match(s.body)
    if told and valid_owners(told.group("owners")) and any_verb(told.group("task").split()[0]):
        # "Then Emi tells me to change the layout of the app", "Emi told me that I should
        # make the table more complicated", "Emi said I should divide the list": the
        # writer's task (theirs, if they signed).
        who = (told.group("who") or told.group("said") or "").lower()
        mine = (s.ctx.me,) if who in ("me", "i") and s.ctx.me else ()
        return found_task(told.group("task"), mine, told.group("task"), s.ctx)
    return None


def _need_person(s: Sentence) -> Found | None:
    need = _NEED_PERSON.match(s.body)
    if need and is_verb(need.group("task").split()[0]) and all(
            named_person(o, s.ctx) for o in split_owners(need.group("owners"))):
        # "Need Brian to sign off on the linting change": the task is Brian's (a person the
        # notes name: not "We need volunteers to help").
        owners = as_written(split_owners(need.group("owners")), s.original)
        return found_task(need.group("task"), owners, need.group("task"), s.ctx)
    return None


def asked_forms(s: Sentence) -> Found | None:
    """ "Ana asked Ben to …", "Ben was asked to …", "Ana is scheduled to …", "Ana is
    drafting …" (under way), "We decided to write …"."""
    body, ctx, vocab = s.body, s.ctx, s.vocab
    return (
        (_asked(s) if s.owner_first and not vocab.isdisjoint(_ASKING_SET) else None)
        or (_progressive(s) if (ctx.action_section or s.listed) and s.owner_first and
            "ing " in body else None)
        or (_we_decided(s) if body[:1] in "WwIiTtPpAa" and "to " in body and (
            "decided" in vocab or "agreed" in vocab or "resolved" in vocab or "made" in vocab
            or "taken" in vocab) else None)
    )


def _asked(s: Sentence) -> Found | None:
    body, original, ctx = s.body, s.original, s.ctx
    other = _ASKED_OTHER.match(body)
    if other and valid_owners(other.group("owners")) and is_verb(other.group("task").split()[0]):
        # "Mrs Ahmed asked Mr Baker to review …": the task is Mr Baker's.
        owners = as_written(split_owners(other.group("owners")), original)
        return found_task(other.group("task"), owners, other.group("task"), ctx)
    wanted = _ASKED_FOR.match(body) if " for a" in body else None
    if wanted and valid_owners(wanted.group("owners")):
        # "IR asked SG for a short description by email": SG is to provide it.
        task = "Provide " + wanted.group("what")
        owners = as_written(split_owners(wanted.group("owners")), original)
        return found_task(task, owners, task, ctx)
    rota = _ROSTERED.match(body)
    if rota and any_verb(rota.group("task").split()[0]) and all(
            named_person(o, ctx) for o in split_owners(rota.group("owners"))):
        # "Ana and Ben are scheduled to staff the desk on Saturday": people the notes name
        # ("Delivery is scheduled to arrive" is no one's task).
        owners = as_written(split_owners(rota.group("owners")), original)
        return found_task(rota.group("task"), owners, rota.group("task"), ctx)
    asked = _ASKED.match(body)
    if asked and valid_owners(asked.group("owners")):
        owners = as_written(split_owners(asked.group("owners")), original)
        return found_task(asked.group("task"), owners, asked.group("task"), ctx)
    appointed = _APPOINTED.match(body) if " to " in body else None
    if appointed and valid_owners(appointed.group("owners")) and verb_at_all(
            appointed.group("task").split(maxsplit=1)[0]):
        owners = as_written(split_owners(appointed.group("owners")), original)
        return found_task(appointed.group("task"), owners, appointed.group("task"), ctx)
    tasked = _TASKED_WITH.match(body) if " with " in body else None
    base = base_of_ing(tasked.group("verb")) if tasked else ""
    if tasked and base and valid_owners(tasked.group("owners")):
        task = f"{base} {tasked.group('rest')}"
        owners = as_written(split_owners(tasked.group("owners")), original)
        return found_task(task, owners, task, ctx)
    return None


def _progressive(s: Sentence) -> Found | None:
    ctx = s.ctx
    progressive = _PROGRESSIVE.match(s.body)
    if progressive and not progressive.group("be") and not (
            progressive.group("verb") in _ONGOING
            and (progressive.group("owners")[:1] == "@"
                 or named_person(progressive.group("owners"), ctx))):
        return None  # "- Lee working on the grant" (no "is") names who; not "Data …"
    if progressive and valid_owners(progressive.group("owners")) and (ctx.action_section or (
            progressive.group("rest")[:1].isalnum()
            and (progressive.group("owners")[:1] == "@"
                 or named_person(progressive.group("owners"), ctx)))):
        # "Femi is sending case studies to Rosa" in the next steps, or a list item naming a
        # person the notes name ("- Lee is chasing the council to fix the bins"): under way.
        base = (base_of_ing(progressive.group("verb")) or _ONGOING.get(
            progressive.group("verb"), "")) if progressive.group("be") else \
            _ONGOING[progressive.group("verb")]
        if base:
            task = f"{base} {progressive.group('rest')}"
            return found_task(task, split_owners(progressive.group("owners")), task, ctx)
    return None


def _we_decided(s: Sentence) -> Found | None:
    decided = _WE_DECIDED.match(s.body)
    if decided and decided.group("verb").lower() in WE_PRODUCE and not WE_UNTIL.search(
            decided.group("task")):
        # "We have decided to prepare the next national meeting", "It was agreed to write to
        # the mayor", "The board decided to publish the accounts": work the meeting took on
        # (not "We decided to use Zoom", a decision).
        group = decided.group("group")
        owners = (group[:1].upper() + group[1:],) if group else s.ctx.owners
        return found_task(decided.group("task"), owners, s.text, s.ctx)
    return None


_ONE_HANDLE = lazy_regex(r"@[\w.-]*\w")


_PROGRESSIVE = lazy_regex(rf"^{OWNERS}\s+(?P<be>(?:is|are)\s+)?(?:now\s+|also\s+|still\s+)?"
                          r"(?!going\b)(?P<verb>[a-z]{2,}ing)\s+(?P<rest>.+)$")
# "- Lee working on the grant": the two verbs a note may write without "is".
_ONGOING = {"working": "work", "continuing": "continue"}
WE_PRODUCE = words("""write rewrite draft send circulate publish prepare produce create build
clarify document email e-mail post submit share update upload fix add book order compile
contact ask invite organise organize arrange schedule set make""")
# (After an opening clause: "Instead of voting tonight, it was agreed to write to the council".)
_WE_DECIDED = lazy_regex(r"^(?:(?i:instead\s+of|rather\s+than|after|following|for\s+now|"
                         r"in\s+the\s+end|finally|eventually)\b[^,;]{0,100},\s+)?"
                         r"(?:(?:we|it\s+was|(?P<group>the\s+(?:board|committee|group|council|"
                         r"team|members|meeting|assembly|steering\s+committee)))\s+"
                         r"(?:(?:have|has|had)\s+)?(?:(?:also|then|unanimously)\s+)?"
                         r"(?:agreed|decided|resolved)"
                         # "Plans were made to schedule more workshops", "A decision was made to …"
                         r"|(?:plans?\s+(?:were|was)|a\s+decision\s+was)\s+(?:made|taken))"
                         r"\s+to\s+(?P<task>(?P<verb>[a-z]+)\s+\S.*)$", re.I)


WE_UNTIL = lazy_regex(r"\b(?:until|unless|if)\b", re.I)
