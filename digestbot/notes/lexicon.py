"""The words of meeting notes: how owners are written, and verbs that start a task.

`OWNERS` is the regular-expression grammar of an owner list ("Sheetal and Bruna",
"Cllr Diaz", "@lwei", "the secretariat", "KL/PO"); the word lists keep sentence starters
("The", "Welcome") from being read as names and tell a task's verb from a noun.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import importlib.util
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import msgpack

from digestbot.notes.later import cache_file, lazy_regex, read_cached, write_cached


def words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


TITLES = r"(?:Cllr|Councillor|Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Fr|Sr)\.?"
# Capitals of Latin-1 and Latin Extended-A ("Łukasz", "Ōtani").
_CAPITAL = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_WORD = rf"[{_CAPITAL}][\w'’-]*"
# A student team's or a lab's roles: "The supervisor will send the papers".
LAB_ROLES = ("supervisor", "advis[eo]r", "mentor", "tutor", "instructor", "professor", "lecturer")
GROUPS = (r"(?i:(?:the\s+|our\s+|all\s+|(?:the\s+)?whole\s+|"
           r"(?:the|our)\s+(?:[a-z][\w-]*\s+){1,2}?)?"
           r"(?:groups?|committees?|"
           r"board|labs?|teams?|chairs?|chair(?:man|woman|person)|co-?chairs?|"
           r"secretar(?:y|ies)|treasurers?|secretariat|working group|steering committee|"
           r"organi[sz]ers|coordinators?|staff|everyone|everybody|all|tsc|wg|editors|"
           r"maintainers|trustees|members|participants|volunteers|director of \w+|head of \w+|"
           r"(?:all|each|both) of us|"
           # "Each team member needs to write user stories"
           r"(?:each|every)\s+(?:team\s+|committee\s+|group\s+|board\s+)?(?:member|volunteer|"
           r"participant)|"
           r"school manager|convenors?|president|vice-chairs?|clerk|authors?|presenters?|"
           r"contractors?|consultants?|directors?|officers?|managers?|administrators?|admins|"
           r"governors|"
           r"head ?teachers?|principal|ceo|chief executive|"
           + "".join(f"{role}s?|" for role in LAB_ROLES) +
           # "SteerCo reps to provide a consolidated response"
           r"reps|representatives)\b)")
_PARTICLE = r"(?:de|van|von|der|den|da|di|del|della|du|la|le|bin|binti|al|el|dos|das|ter)"
# "@ana Lopez", but not "@vincent To tidy up …" (a capital on the word after the handle).
# ("@qmx#4460": a chat handle with its number.)
ONE = (r"(?:@[\w.-]+(?:/[\w.-]*\w|#\d{4})?(?:\s+(?!(?:To|Will|Shall|And)\b)[A-Z][\w'-]*)?|"
       # "the coordinator NT", "our treasurer Jane Roe": an office, then who holds it.
       rf"(?:{_WORD}\s+)?{GROUPS}(?:\s+(?!(?:To|Will|Shall|And|Has|Have|Is|Are)\b)"
       rf"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]+)?)?|"
       # "Lee A.", "Cathy C.": a surname's initial after the name.
       rf"(?:{TITLES}\s+)?(?:[A-Z]\.\s?)*{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,2}}"
       r"(?:\s+[A-Z]\.(?=\s))?)")
# "@priya @chen pair on …": handles side by side are a list too.
# "Steve and/or Rob", "Ethan or Rob to add the footer": either may do it; both are named.
OWNER_LIST = rf"{ONE}(?:(?:\s*,\s*(?:and\s+)?|\s+and(?:/or)?\s+|\s+or\s+|\s*[&+]\s*|\s*/\s*|" \
    rf"\s+(?=@)){ONE})*"
OWNERS = rf"(?P<owners>{OWNER_LIST})"
# A request put as a question: "Ana, could you …?", "can you please …?".
ASK_YOU = r"(?:can|could|will|would)\s+you"
# Compiled once: the rules test owners against them for many sentences.
GROUPS_RE = lazy_regex(GROUPS)
OWNERS_RE = lazy_regex(OWNERS)
# A label over a list of who came: "Attendees", "TSC Attendees", "Members present", "## Present"
# (not "Not present"); and over who did not.
ROLL_WORD = r"(?:attendees|attendance|present)"  # the words of a roll call's heading
PRESENT_LABEL = rf"(?:(?!not\b|absent\b)[\w-]+\s+){{0,2}}?(?:{ROLL_WORD}|" \
    r"participants|attending|members|in\s+attendance|who\s+was\s+there)"
ABSENT_LABEL = r"(?:apologies|absent|regrets)"
# Said where an owner goes, names no one yet: "TBD", "Owner TBD", "-", "?", "n/a", "nobody",
# "Ownership unclear".
NO_OWNER = lazy_regex(r"[\W_]*|(?i:(?:owners?(?:hip)?\s+)?(?:tbd|tbc|tba|n/?a|none|unassigned|"
                      r"unclear|unknown|nobody(?:\s+yet)?)|no\s+owner(?:\s+yet)?)\W*")
# What an owner list can open with: OWNERS matches at a position exactly when this does
# (every other part of ONE is optional after a handle's first character, a capital, or a
# group's word), and it is far cheaper to try.
OWNER_START = lazy_regex(rf"@[\w.-]|[{_CAPITAL}]|{GROUPS}")
_INITIAL = lazy_regex(r"[A-Z]\.\s?[A-Z]")

NOT_NAMES = words("""the this that these those it we they he she i you there here what
when where who why how
welcome thanks thank please update updates decision decided action actions note notes next
each every some any no our their his her its my your a an if as at in on for from with by
to and but or so also then once after before during following members people participants
someone somebody nobody discussion agreed resolved item minutes agenda topic question
answer yes not meeting today tomorrow other one two three more most many several both
either all new old overall summary however further finally first second lastly regarding re
meanwhile while since because although though did do does can could would should will shall
may might must need needs recap follow action-items key attendance present apologies absent
motion motions proposal proposals vote votes request requests response report reports
consensus presentation feedback comment comments suggestion suggestions idea ideas plan plans
outcome outcomes result results budget total balance due compared according based related
owing prior let's lets let’s remember seem seems continue continues todo to-do done wip tbd tba
open maybe perhaps possibly
goal goals aim aims objective objectives purpose background context problem problems issue
issues status scope reminder conclusion conclusions concern concerns risk risks
keen happy willing eager glad able unable ready likely unlikely anyway anyways otherwise
ongoing upcoming outstanding pending remaining existing incoming recurring misc miscellaneous
general current future past completed immediate short-term medium-term long-term
basically actually ok okay last previous going things stuff
hard easy difficult important worth useful necessary impossible
ie i.e eg e.g viz nb n.b ps p.s goes does seems means makes takes gets shows helps looks sounds
remains
pr prs rfc rfcs repo repos readme faq pros cons benefits drawbacks advantages disadvantages""")

MORE_VERBS = words("""allocate unify generate enable draw prep change modify adjust delete define
simplify study
chair pick sort reimburse drop fetch water feed clear repair paint announce
rotate quarantine prototype recruit pull sync ship draft chase confirm tidy refresh restart migrate
backup archive audit benchmark coordinate double-check outline scope triage label assign
onboard train mentor interview hire buy sell advertise promote print photocopy laminate deliver
collect drive load unload wash cook bake shop source replace recruit nominate elect canvass
leaflet flyer canvas poll survey consult compare costs measure count inspect visit tour host
welcome thank congratulate apologise apologize circulate forward cc escalate reconcile pay
invoice bank deposit withdraw transfer budget cost price quote estimate negotiate sign renew
cancel terminate extend postpone reschedule move swap cover attend represent facilitate moderate
convene connect introduce loop ping nudge phone text message tweet blog proofread approve
enrol enroll download analyse analyze evaluate monitor collate develop discuss respond reply
reach invite update retrieve scan digitise digitize handle manage own oversee supervise
present pitch apply lobby petition fundraise donate sponsor purchase procure rent hire lease
install configure upgrade patch fix debug refactor document translate localise localize
transcribe edit record film photograph shoot stream broadcast air produce mix master pursue
investigate progress finalise finalize rework redo resend reissue finish lend borrow loan
write-up do suggest rewrite learn improve secure correct rebuild teach read convert rebase
backport revert bump prioritise prioritize establish advise show describe determine push
hand tune ring rename address comment supply furnish deprecate polish reword port reproduce
validate sketch brainstorm coach provision downgrade upstream copyedit offboard assist leave
explain clarify summarise summarize
setup signup login cleanup checkout rollout followup""")  # (one word, as in "to setup a bot")
IMPERATIVES = words("""add agree answer apply approach arrange ask assess book brief bring
build buy call cancel
chase check circulate clarify clean close collect compile complete confirm contact double
coordinate create decide deliver deploy design distribute document draft edit email e-mail
estimate explore file fill find finalise finalize fix follow forward fund gather get give
help host identify implement inform install invite invoice investigate issue join keep
label lead liaise list look make map meet merge migrate move nominate notify obtain open
order organise organize pay plan post prepare present print produce propose provide publish
put raise reach record register release remind remove renew reply report request research
reserve respond return review revise run schedule send set share sign speak start submit
summarise summarize support tag take talk test tidy track translate turn update upload
verify visit write""")


_OWNER_SEPARATOR = lazy_regex(r"\s*,\s*(?:and\s+)?|\s+and(?:/or)?\s+|\s+or\s+|\s*[&+]\s*|"
                              r"\s*/\s*|\s+(?=@)")
_OFFICE_HOLDER = lazy_regex(r"^(?:[Tt]he|[Oo]ur)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                            r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]+)?)$")
_TEAM_HANDLE = lazy_regex(r"@[\w.-]+/[\w.-]*\w")


# Said of the name before it: a radio call sign, or "our treasurer".
_APPOSITIVE = lazy_regex(r"[A-Z]{1,2}[0-9ØÆ][A-Z]{1,4}|(?:our|his|her|their)\s+[a-z][\w -]{1,30}")


@lru_cache(maxsize=4096)
def split_owners(text: str) -> tuple[str, ...]:
    """ "Sheetal and Bruna" -> ("Sheetal", "Bruna"); handles lose their "@"."""
    text = text.strip()
    if "@" in text and "/" in text:
        # "@nodejs/tooling" is one team's handle; "Ana/Ben" are two people.
        text = _TEAM_HANDLE.sub(lambda m: m.group().replace("/", "\0"), text)
    parts = _OWNER_SEPARATOR.split(text)
    owners: list[str] = []
    for part in parts:
        part = re.sub(r"\s*\((?:me|chair|host)\)$", "", part.strip().lstrip("@").strip())
        part = part.replace("\0", "/")
        part = re.sub(r"^AI\s+(?=[A-Z][a-z])", "", part)  # "AI Martin": an action item's mark
        if " " in part and part[-1:].isalnum() and any(c.isdigit() for c in part):
            # "Theo KE0VXA": a call sign or staff number after the name is no part of it.
            part = re.sub(r"(?<=[a-z])\s+[A-Z]+[0-9][A-Z0-9]*$", "", part)
        if not part or (owners and not part.strip(".…")):
            continue  # "Mishka, Drishti, ...": the names given, not the dots
        if owners and _APPOSITIVE.fullmatch(part):
            continue  # "Russ Marsolek, NØQK, will …", "Ana Lee, our treasurer, will …"
        held = _OFFICE_HOLDER.match(part) if " " in part and part[:1] in "TtOo" else None
        if held:
            part = held.group(1)  # "the coordinator NT", "our treasurer Jane Roe": the person
        if re.match(r"^the\s+", part, re.I):
            part = "The " + part[4:].strip()
        owners.append(part)
    return tuple(dict.fromkeys(owners))


def capitalise_known(body: str, known: frozenset[str]) -> str:
    """Informal notes write names in lower case ("jo will …"): capitalise the known ones."""
    return re.sub(r"[a-z][\w'-]*", lambda m: m.group(0).capitalize()
                  if m.group(0) in known else m.group(0), body)


def as_written(owners: tuple[str, ...], original: str) -> tuple[str, ...]:
    """Owners spelt as the notes spell them."""
    out = []
    for owner in owners:
        found = re.search(re.escape(owner), original, re.I)
        keep = found is None or owner.startswith("The ")
        out.append(owner if keep or found is None else found.group(0))
    return tuple(out)


def is_verb(word: str) -> bool:
    """Whether `word` (lower-case) is a verb a task can start with."""
    if word in IMPERATIVES or word in MORE_VERBS:
        return True
    # "Repaint the sign", "Reorder the oat milk": a task verb done again ("Refund" and
    # "Resource" open notes about things as often).
    rest = word[2:] if word[:2] == "re" and len(word) > 5 else ""
    return bool(rest) and (rest in IMPERATIVES or rest in MORE_VERBS) and \
        word not in _RE_NOUNS and word in _english_verbs()


_RE_NOUNS = frozenset({"recall", "recount", "refund", "resort", "resource", "reset", "resign",
                       "recover", "recollect", "refile", "reproduce"})


@lru_cache(maxsize=1)
def _english_verbs() -> frozenset[str]:
    return _all_verbs() - NOT_NAMES


@lru_cache(maxsize=1)
def _all_verbs() -> frozenset[str]:
    text = resources.files("digestbot.notes").joinpath("verbs.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def verb_at_all(word: str) -> bool:
    """Whether `word` is an English verb, even one that opens notes of other kinds as often
    ("continue", "update", "note"): only where the shape already says a task follows."""
    return any_verb(word) or word in _all_verbs()


def any_verb(word: str) -> bool:
    """Whether `word` (lower-case) is an English verb at all ("determine", "display"): wider
    than `is_verb`, so only for places where the shape already says a task follows."""
    verbs = _english_verbs()
    if is_verb(word) or word in verbs:
        return True
    # "unpublish", "unassign", "offboard", "co-author": a prefix on a verb; "dockerize",
    # "containerise": a verb made with -ize.
    prefix = _VERB_PREFIX.match(word)
    if prefix and len(word) - prefix.end() >= 4 and word[prefix.end():] in verbs:
        return True
    return len(word) >= 7 and word.isalpha() and word.endswith(("ize", "ise")) and \
        not word.endswith(("wise", "vise", "cise", "prise", "tise", "mise"))


_VERB_PREFIX = lazy_regex(r"(?:un|de|re|pre|co|over|under|mis|off|out|up)-?")


_ACRONYM_PLURAL = lazy_regex(r"[A-Z]{2,}s")
# An item's code, "A2", "C3", "Q4", "WP2-1": a list's numbering, no one's name.
ITEM_CODE = r"[A-Z]{1,3}-?\d{1,3}(?:[.-]\d{1,3})?"
# Initials, one person's or a few ("AS", "AS/CE"), though they may spell a word.
INITIALS = lazy_regex(r"[A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*")
# "Let's …", "Let us …" before what the group sets itself to do.
LETS = lazy_regex(r"^let(?:['’]s| us)\s+(?=[a-z])", re.I)
_ITEM_CODE = lazy_regex(ITEM_CODE + r"[a-z]?")
# Two capitalised words of four letters or more run together: "DataFrame", "JavaScript";
# names put the second capital earlier ("McKay", "MacDonald") or later ("MarcoT", "KodrAus").
# "Part A", "Phase 2", "Step III": a part of the work, named as an owner would be.
NUMBERED_PART = (r"(?i:part|phase|step|stage|option|milestone|sprint|week|day|"
                 r"chapter|task|objective|goal)"
                 r"\s+(?-i:[A-Z]|\d{1,3}|[IVX]{1,4})")
_NUMBERED_PART = lazy_regex(NUMBERED_PART)
_MIXED_CODE = lazy_regex(r"[A-Za-z]+\d+[A-Za-z]+[-–]?\d+")  # "Us3Bi01", "US04-BI03"
_CAMEL_WORD = lazy_regex(r"[A-Z][a-z]{3,}[A-Z][a-z]{3,}")


# Endings of English words that are never a person's name: adverbs ("Hopefully"),
# abstract nouns ("Permission").
_NOT_A_NAME_END = ("fully", "ically", "ually", "ably", "ibly", "ately", "ively", "ently",
                   "antly", "ously", "edly", "ingly", "eally", "tion", "sion", "ness", "ism",
                   # adjectives: "Curious to see …", "Sympathetic to …", "Hopeful to …"
                   "ious", "eous", "uous", "etic", "atic", "ful", "ible")


def word_not_name(word: str) -> bool:
    """Whether one capitalised word is, by its form, an ordinary English word and no name:
    an adverb, an abstract noun ("Mechanism to extract …"), or a verb's "-ing" form
    ("Diminishing returns after …")."""
    w = word.lower()
    if "-" in w[1:-1]:
        w = w.rpartition("-")[2]  # "Re-scoping to focus on …": judged by its last part
    if w.endswith("ied") and len(w) >= 5 and w.isalpha():
        return any_verb(w[:-3] + "y")  # "Tried to categorise …", "Applied for …"
    if len(w) < 6 or not w.isalpha():
        return False
    if w.endswith(_NOT_A_NAME_END):
        return True
    if w.endswith("ing") and len(w) >= 7:
        # (Any verb at all: "Continuing to work with …", "Updating the docs".)
        stem = w[:-3]
        return verb_at_all(stem) or verb_at_all(stem + "e") or (
            stem[-1] == stem[-2] and verb_at_all(stem[:-1]))
    return False


# Months and weekdays a meeting names ("November - Rob on 3D CAD"), never owners; May, June,
# April and August are left out: they are people's names too.
_CALENDAR_WORDS = frozenset((
    "january", "february", "march", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# How common (wordfreq's Zipf scale: 4 is once in 100,000 words) a word must be to be taken
# for an ordinary one: rarer dictionary words are often names too ("Arjun", "Dele", "Pavan").
_COMMON = 4.0


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """Webster's Second (235,000 words, from the english-words package): the words it spells
    in lower case, and those it spells with a capital (names and places among them). The
    two sets are kept in a cache file (later.py): building them took 0.3 s, most of a parse
    of a page of notes."""
    version = importlib.metadata.version("english-words")
    path = cache_file(f"dictionary-web2-{version}.marshal")
    cached = read_cached(path)
    if isinstance(cached, tuple) and len(cached) == 2 and all(
            isinstance(part, frozenset) and part for part in cached):
        return cached[0], cached[1]
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"])
    built = (frozenset(w for w in words if w.islower()),
             frozenset(w.lower() for w in words if w[:1].isupper()))
    write_cached(path, built)
    return built


def dictionary_word(word: str) -> bool:
    """Whether one capitalised word is an ordinary English word and no name: a month or a
    weekday, or a common word the dictionary spells only in lower case, in any of its forms
    ("Try", "Nothing", "Agreement"); not "Mark", "Will" or "Grant", names as well, nor a
    plural ("Students to …")."""
    w = word.lower()
    if w in _CALENDAR_WORDS:
        return True
    if len(w) < 3 or not w.isalpha() or not word[0].isupper() or not word[1:].islower():
        return False
    if w.endswith("s") and not w.endswith("ss"):
        return False  # a plural opening "… to" is a group of people: "Students", "Parents"
    forms = {w}
    if w.endswith("ed") and len(w) >= 5:
        forms.update((w[:-1], w[:-2]))  # completed, assigned
    if w not in _common_words():
        return False  # (a cheap set first: most names are no common word, and need no more)
    lower, capital = _dictionary()
    return not forms.isdisjoint(lower) and forms.isdisjoint(capital)


def long_plain_word(word: str) -> bool:
    """Whether one word of nine letters or more is one the dictionary spells only in lower
    case, however rare ("Heterogeneity", "Reproducibility"): no one's name (long names,
    "Christopher", "Alexandria", it spells with a capital)."""
    w = word.lower()
    if len(w) < 9 or not w.isalpha():
        return False
    lower, capital = _dictionary()
    return w in lower and w not in capital


# What a heading's later word may be that no surname is: the part of a product it is about.
_PRODUCT_PARTS = words("UI UX API SDK CLI GUI CI CD DB QA DNS VM IDE CMS CRM ERP SSO")


def product_part(title: str) -> bool:
    """Whether capitalised words name a part of a product, not a person: "Workspace UI",
    "Grafana APIs" (a name's later word is no such abbreviation)."""
    return any(w.upper().removesuffix("S") in _PRODUCT_PARTS for w in title.split()[1:])


def everyday_word(word: str) -> bool:
    """Whether one capitalised word is a common English word that is no one's name,
    whether or not an old dictionary has it ("Website", "Budget"; not "Mark" or "Rose")."""
    w = word.lower()
    return w.isalpha() and w in _common_words() and w not in _dictionary()[1]


def ordinary_title(owner: str) -> bool:
    """Whether three or four capitalised words are a title of ordinary words, no one's name
    ("Enclosure Design Documentation", "Three-Hypothesis Structure"): the dictionary spells
    every one of them only in lower case, however rare. (Two such words may be a name:
    "Rose Hill".)"""
    words = owner.replace("-", " ").split()
    if not 3 <= len(words) <= 4 or not all(
            len(w) >= 3 and w.isalpha() and w[0].isupper() for w in words):
        return False
    lower, capital = _dictionary()
    return all(w.lower() in lower and w.lower() not in capital for w in words)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The English words of wordfreq's small list that are at least _COMMON on its Zipf scale.
    Its "cBpack" file is read as its documentation describes (a gzipped msgpack list: a
    header, then lists of words, the list at index i holding the words of frequency -i
    centibels), without importing wordfreq, whose language tables take half a second."""
    spec = importlib.util.find_spec("wordfreq")
    locations = list(spec.submodule_search_locations or []) if spec else []
    folder = locations[0] if locations else None
    if folder:
        with gzip.open(Path(folder) / "data" / "small_en.msgpack.gz") as packed:
            data = msgpack.load(packed, raw=False)
        if isinstance(data[0], dict) and data[0].get("format") == "cB":
            # Zipf z is 10 ** (z - 9) per word: -100 * (9 - z) centibels.
            return frozenset(word for words in data[1:2 + round(100 * (9 - _COMMON))]
                             for word in words)
    from wordfreq import top_n_list, zipf_frequency  # the slow way, should the file move

    return frozenset(word for word in top_n_list("en", 50_000, wordlist="small")
                     if zipf_frequency(word, "en", wordlist="small") >= _COMMON)


# Words in capitals that are also names or offices ("MARK", "WILL" are read as written).
_SHOUTED_NAMES = frozenset(("mark", "will", "grant", "bill", "rose", "hope", "joy", "dawn",
                            "chair", "board", "team"))
_CONTRACTED = frozenset(("it", "that", "there", "what", "here", "he", "she", "who", "where",
                         "this", "how", "everyone", "nobody", "someone"))


_NAMED_TEAM = lazy_regex(r"[A-Z][\w-]+\s+(?i:teams?|squad|crew|working group|committee|wg)")


def valid_owners(owners: str) -> bool:
    """Whether a matched owner list holds names, not sentence starters."""
    for owner in split_owners(owners):
        if _ACRONYM_PLURAL.fullmatch(owner) or _ITEM_CODE.fullmatch(owner):
            return False  # "(PRs)", "(APIs)": things, never people; "A2:" an item's code
        if _NUMBERED_PART.fullmatch(owner):
            return False  # "Part A: Solo dataset", "Phase 2: rollout": a part of the work
        if _MIXED_CODE.fullmatch(owner):
            return False  # "Us3Bi01 - Create canvas component": a backlog item's code
        if _CAMEL_WORD.search(owner):
            return False  # "(DataFrame)", "JavaScript": a thing's name (not "McKay")
        if " " not in owner and word_not_name(owner):
            return False
        if " " in owner and word_not_name(owner.split()[0]) and not GROUPS_RE.match(owner) \
                and not _NAMED_TEAM.fullmatch(owner):
            # "Communication Plan to get the list": a topic, not "Operations Team" or
            # "Distribution team"
            return False
        first = owner.split()[0].lower().strip(".")
        if first in _CALENDAR_WORDS:
            return False  # "(Monday Tuesday Friday)": when, not who
        if first.endswith(("'s", "’s")) and first[:-2].rstrip("'’") in _CONTRACTED:
            return False  # "It's also OK to keep it": "it is", not a name
        if first.endswith(("'m", "’m", "'re", "’re", "'ve", "’ve", "'d", "’d", "n't", "n’t")):
            return False  # "I'm happy to …", "We're going to …", "Don't show …": no name
        if owner.isupper() and first not in _SHOUTED_NAMES and not GROUPS_RE.match(owner) and (
                all(len(w) >= 4 and dictionary_word(w.capitalize()) for w in owner.split())):
            return False  # "(ALREADY THERE)": dictionary words in capitals, not initials
        if first in NOT_NAMES and not GROUPS_RE.match(owner) and not _INITIAL.match(
                owner):  # "A. Nowak" starts with an initial, not "a"
            return False
    return True


class Usage:
    """How the notes themselves use a word: as a name (capitalised in mid-sentence, "…
    asked Rosa to …") or as an ordinary word (in lower case). Looked up only when a rule
    doubts an owner, so the whole text is searched rarely."""

    def __init__(self, text: str, names: frozenset[str]) -> None:
        self.text = text
        self.names = names  # attendance and speakers, lower-cased
        self._capitalised: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None
        self._lines: frozenset[str] | None = None
        self._subjects: frozenset[str] | None = None

    def as_name(self, word: str) -> bool:
        """Whether the notes use `word` as a name."""
        if self._capitalised is None:
            self._capitalised = frozenset(w.lower() for w in _MID_CAPITAL.findall(self.text))
        return word.lower() in self.names or word.lower() in self._capitalised

    def in_lower_case(self, word: str) -> bool:
        """Whether the notes write `word` in lower case."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return word.lower() in self._lower

    def line_subject(self, name: str) -> bool:
        """Whether some line of the notes opens with `name` doing something ("Aaron will
        pick this up", "Tella to order the parts")."""
        if self._subjects is None:
            found = _LINE_SUBJECT.findall(self.text)
            self._subjects = frozenset(w for pair in found for w in pair if w)
        return name in self._subjects

    def as_line(self, text: str) -> bool:
        """Whether the notes also hold `text` as a line of its own (a standing agenda item)."""
        if self._lines is None:
            self._lines = frozenset(line.strip().rstrip(":").rstrip()
                                    for line in self.text.splitlines())
        return text.strip() in self._lines


# A line opening with a name (one word, or two) that will do something.
_LINE_SUBJECT = lazy_regex(r"(?m)^\W*(?:(\S+)\s+(?=(?:will|is going to|to)\s+[a-z])|"
                           r"(\S+\s+\S+)\s+(?:will|is going to|to)\s+[a-z])")
# (The capital first and the look-behind after it: the scan stops only at capitals.)
_MID_CAPITAL = lazy_regex(r"([A-Z](?<=[a-z,] [A-Z])[\w'’-]+)")
# "[dhaval] Code owners are …": a name tag in brackets is a name whatever its case.
# The first letter comes first, so that the scan only stops at lower-case letters; the
# look-behinds then ask of the character before it what "(?<![\w@-])" and "(?<=\[)" would.
_LOWER_WORD = lazy_regex(r"[a-z](?<![\w@-][a-z])(?!(?<=\[[a-z])[a-z'-]+\])[a-z'-]+\b")


def verb_not_name(owner: str, usage: Usage) -> bool:
    """Whether an owner opens with a task verb the notes never use as a name ("Ask everyone
    to add their name", "[All] Create posts" read as "Create" posting)."""
    first = owner.split()[0]
    # "Chair to write …", "Chair" in a table's Lead column: the chair, though "chair" is a
    # verb too.
    return not owner.startswith("@") and is_verb(first.lower()) and not usage.as_name(
        first) and not GROUPS_RE.fullmatch(split_owners(owner)[0])


def ordinary_word(owner: str, usage: Usage) -> bool:
    """Whether a one-word owner is an ordinary word the notes capitalised at a sentence's
    start ("Compared to last year", "Forward to bound …", "Talk to the sponsors"): one the
    notes also write in lower case, or a task verb or its participle, and never a name."""
    word = owner.lower()
    if owner.startswith("@") or GROUPS_RE.match(owner) or usage.as_name(owner.split()[0]):
        return False
    if verb_not_name(owner, usage):
        return True
    return " " not in word and (usage.in_lower_case(word) or (word.endswith("ed") and (
        is_verb(word[:-1]) or is_verb(word[:-2]))) or (
            # "Wants to put in a plug for …": a verb's "-s" form opens the sentence.
            len(word) >= 4 and word.endswith("s") and not word.endswith("ss")
            and any_verb(word[:-1])))
