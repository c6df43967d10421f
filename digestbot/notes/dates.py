"""Dates in meeting notes: explicit ones in any common form, relative ones resolved.

`find_dates` lists the date expressions of a text with their spans; `resolve` turns one
into a `date` given the meeting date (`ref`). One rule for weeks, kept everywhere: "this
week", "next week" and "the following week" mean the Friday of that week (the corpus's
notes use "next week" as a deadline, not "seven days on"). Year-less and relative dates without a
`ref` resolve to None. Everything here is pure.
"""

from __future__ import annotations

import calendar
import contextlib
import operator
import re
from dataclasses import dataclass
from datetime import date, timedelta

from digestbot.notes.later import lazy_regex

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # a month's name
_WD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_PATTERNS = [
    # "2024-06-25", and "2021/10/20" or "2021.10.20" (year first, as in East Asian notes).
    ("iso", r"(?P<iso>\d{4})(?P<iso_s>[-/.])(?P<iso_m>\d{1,2})(?P=iso_s)(?P<iso_d>\d{1,2})"
            r"(?![\d-])"),
    # "2021-MAR-23", "2021-Mar-23": year, month's name, day.
    ("ymd", rf"(?P<ymd_y>\d{{4}})-(?P<ymd_m>{MONTH})-(?P<ymd_d>\d{{1,2}})(?!\d)"),
    # "9-11 October 2013", "Jan 13-14th 2014": a span of days is dated by its first.
    ("dmy", rf"(?:{_WD},?\s+)?(?:the\s+)?(?P<dmy_d>{_D})(?:[-–]\d{{1,2}}(?:st|nd|rd|th)?(?=\s))?"
            rf"(?:\s+of)?[\s-](?P<dmy_m>{MONTH})"
            # ("10 April 24" at the end of a title: a year of two digits.)
            rf"(?:,?[\s-](?P<dmy_y>\d{{4}}|\d{{2}}(?=\s*$|\s*[)\].,;|]|\s+[-–—]\s|\s+[A-Z])))?"),
    ("mdy", rf"(?:{_WD},?\s+)?(?P<mdy_m>{MONTH})\s+(?P<mdy_d>{_D})"
            rf"(?:[-–]\d{{1,2}}(?:st|nd|rd|th)?(?![\d:]|\s*[ap]\.?m\b))?(?!\d|:)"
            rf"(?:,?\s+(?P<mdy_y>\d{{4}}))?"),
    ("num", r"(?P<num_a>\d{1,2})(?P<num_s>[/.-])(?P<num_b>\d{1,2})(?P=num_s)(?P<num_y>\d{4}|\d{2})"
            r"(?![\d/.-]\d)"),
    # "by COB Thursday", "EOD on Friday": the end of that day.
    ("eod", r"(?P<eod>eod|cob|eob|eop|close of (?:business|play)|end of (?:the )?(?:business |"
            r"working )?(?:day|play))(?:,?\s+(?:on\s+)?(?P<eod_wd>" + _WD + r"))?"),
    ("eow", r"(?P<eow>eow|eom)"),
    ("quarter", r"(?:the\s+)?(?:end\s+of\s+)?(?P<q>q[1-4])(?:\s+(?P<qy>\d{4}))?"),
    # "mid-December", "the middle of May", "half of December" (Dutch and German "half").
    ("mid", rf"(?:mid|(?:the\s+)?middle\s+of|half\s+of)[\s-](?P<mid>{MONTH})"),
    # "by start of July", "the beginning of March": its first day.
    ("startof", rf"(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+month\s+of\s+)?"
                rf"(?P<start>{MONTH})"),
    # ("late December": by its end.)
    ("endof", rf"(?:(?:the\s+)?end[\s-](?:of\s+)?(?:the\s+|this\s+)?|late[\s-])"
              rf"(?P<end>(?:next\s+)?(?:month|week|year)|{MONTH})"),
    # "next week's meeting", "next month's rota": which meeting or rota, not when.
    ("week", r"(?P<week>(?:this|next|the\s+following)\s+week)(?!['’]s\b)"),
    # "over the weekend", "this weekend": by its Sunday.
    ("weekend", r"(?:this|(?:over|at|during)\s+the)\s+(?P<weekend>weekend)"),
    # "in August", "during March 2025", "by June": by the end of that month.
    ("inmonth", rf"(?:in|during|(?P<inm_by>by))\s+(?:(?:early|late)\s+)?(?P<inm>{MONTH})"
                r"(?:\s+(?P<inm_y>\d{4}))?(?![\s-]*\d)"),
    ("month", r"(?P<month>(?:this|next)\s+month)(?!['’]s\b)"),
    ("md", rf"(?:{_WD}\.?,?\s+)?(?P<md_a>\d{{1,2}})/(?P<md_b>\d{{1,2}})(?![/\d])"),
    ("wc", rf"(?:w/[cb]|w\.[cb]\.|week\s+(?:commencing|beginning|starting))\s+(?:{_WD},?\s+)?"
           rf"(?P<wc_d>{_D})(?:\s+of)?\s+(?P<wc_m>{MONTH})(?:\s+(?P<wc_y>\d{{4}}))?"),
    ("weekday", rf"(?:(?P<wd_rel>this|next|coming|this\s+coming)\s+)?(?P<wd>{_WD})\b"),
    ("day", r"(?P<day>tomorrow|today|tonight)"),
    ("inn", r"(?:in|within)\s+(?:the\s+next\s+)?(?P<inn>\d+|a|an|one|two|three|four|five|six)\s+"
            r"(?P<inn_unit>days?|weeks?|months?)"),
    ("nth", r"the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)\b"),
]
DATE_RE = lazy_regex(r"\b(?:" + "|".join(f"(?P<{k}_>{p})" for k, p in _PATTERNS) + r")\b", re.I)


class Groups:
    """A date match's named groups, read on demand (a dict of all ~70 costs more)."""

    __slots__ = ("_match",)

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def __getitem__(self, name: str) -> str | None:
        return self._match.group(name)

    def get(self, name: str) -> str | None:
        """The group's text, None when it did not take part."""
        return self._match.group(name)


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a text."""

    kind: str
    start: int
    end: int
    groups: Groups

    @property
    def has_year(self) -> bool:
        """True when the expression names its year."""
        g = self.groups
        return bool(g.get("iso") or g.get("ymd_y") or g.get("dmy_y") or g.get("mdy_y")
                    or g.get("num_y"))


# Where a date expression can start; DATE_RE is then tried only there, which is much
# cheaper than letting its long alternation scan every word boundary.
_START = lazy_regex(r"\b(?:\d|j(?:an|u[nl])|f(?:eb|ri)|m(?:a[ry]|on|id)|"
                    r"a(?:pr|ug|t\s+the\s+weekend)|s(?:ep|at|un|tart\s+of)|beginning\s+of|"
                    r"o(?:ct|ver\s+the\s+weekend)|"
                    r"n(?:ov|ext)|dec|t(?:ue|hu|he\s+(?:\d|end|middle|start|beginning)|his|omorrow|"
                    r"oday|onight)|"
                    r"half\s+of\s|"
                    r"w(?:ed|ithin|/|\.|eek\s)|e(?:nd|o[dbwmp])|c(?:oming|ob|lose\s+of)|in\s|"
                    r"d(?:uring\s)|late[\s-]|by(?=\s+(?:j(?:an|u[nl])|feb|ma[ry]|apr|aug|sep|oct|nov|dec))|"
                    r"q[1-4])", re.I)  # factored by first letter: no trie in re
_START_LOWER = lazy_regex(_START.pattern)
# What every date that opens with a digit has after it ("2024-", "3/", "3.", "3rd of May",
# "12 Jan"): the iso, dmy, num and md forms' openings, with DATE_RE's flags. A cheap test
# before DATE_RE's long alternation, at the many numbers that are not dates.
_DIGIT_DATE = lazy_regex(r"\d{1,4}(?:[/.-]|(?:st|nd|rd|th)?(?:\s+of)?[\s-]"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.I)


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression in `text`, in order."""
    found: list[DateMatch] = []
    position = 0
    lower = text.lower()
    # A case-sensitive scan of the lower-cased text is twice as fast; \b and the positions
    # are the same whenever lower-casing keeps the length (it nearly always does).
    starts = _START_LOWER.finditer(lower) if len(lower) == len(text) else _START.finditer(text)
    for start in starts:
        if start.start() < position:
            continue
        if text[start.start()].isdecimal() and not _DIGIT_DATE.match(text, start.start()):
            continue  # "item 12 to …": no date opens with these digits
        match = DATE_RE.match(text, start.start())
        if match is None:
            continue
        kind = (match.lastgroup or "")[:-1]  # the outer "<kind>_" group closes last
        found.append(DateMatch(kind, match.start(), match.end(), Groups(match)))
        position = match.end()
    return found


def text_at(text: str, m: DateMatch) -> str:
    """The words of `m` in `text`, lower-cased."""
    return text[m.start:m.end].lower()


def text_of(m: DateMatch) -> str:
    """The words of a relative-day expression ("tomorrow", "today")."""
    return m.groups.get("day") or ""


def _month(name: str | None) -> int:
    return MONTHS.get((name or "")[:3].lower(), 0)


def _weekday(name: str | None) -> int:
    return WEEKDAYS.get((name or "")[:3].lower(), -1)


def _day(text: str | None) -> int:
    return int(_NOT_DIGIT.sub("", text or "0") or 0)


_NOT_DIGIT = lazy_regex(r"\D")


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_on_or_after(month: int, day: int, ref: date) -> date | None:
    """The year-less date nearest the meeting: "by 10 January" in December is next year's,
    "15 February" in a review of past actions on 27 February is this year's."""
    candidates = [d for d in (_safe(ref.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - ref).days), d < ref))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "last": -1}
RECURRING = lazy_regex(rf"\b(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
                       rf"(?P<wd>{_WD})\s+(?:of\s+)?(?:the|each|every)\s+month\b", re.I)


def next_monthly(nth: str, weekday: str, ref: date) -> date | None:
    """The first "second Tuesday of the month" after `ref`; None for an unknown ordinal."""
    n, wd = _ORDINALS.get(nth.lower()), _weekday(weekday)
    if n is None:
        return None
    year, month = ref.year, ref.month
    for _ in range(3):
        if n > 0:
            first = date(year, month, 1)
            day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        else:
            last = _last_day(year, month)
            day = last - timedelta(days=(last.weekday() - wd) % 7)
        if day.month == month and day > ref:
            return day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_end_near(month: int, ref: date) -> date:
    """The last day of `month` in the year nearest the meeting ("in June", "end of June")."""
    ends = [_last_day(ref.year + k, month) for k in (-1, 0, 1)]
    return min(ends, key=lambda d: (abs((d - ref).days), d < ref))


def _friday(ref: date, weeks_ahead: int) -> date:
    return ref - timedelta(days=ref.weekday()) + timedelta(days=4 + 7 * weeks_ahead)


def _resolve_absolute(m: DateMatch, ref: date | None) -> date | None:
    g = m.groups
    if m.kind == "iso":
        year, month, day = int(g["iso"] or 0), int(g["iso_m"] or 0), int(g["iso_d"] or 0)
        if month > 12 >= day:
            month, day = day, month  # "2025-18-02": year, day, month, as no month is 18
        return _safe(year, month, day)
    if m.kind == "ymd":
        return _safe(int(g["ymd_y"] or 0), _month(g["ymd_m"]), int(g["ymd_d"] or 0))
    if m.kind in ("dmy", "mdy"):
        p = m.kind
        month, day = _month(g[f"{p}_m"]), _day(g[f"{p}_d"])
        if g[f"{p}_y"]:
            year = int(g[f"{p}_y"] or 0)
            return _safe(year + 2000 if year < 100 else year, month, day)
        return _next_on_or_after(month, day, ref) if ref else None
    if m.kind == "num":
        a, b, y = int(g["num_a"] or 0), int(g["num_b"] or 0), int(g["num_y"] or 0)
        y = y + 2000 if y < 100 else y
        readings = [d for d in (_safe(y, b, a), _safe(y, a, b)) if d]
        if ref and len(readings) == 2:
            # 05/06/2024: day first or month first, whichever is nearer the meeting.
            return min(readings, key=lambda d: abs((d - ref).days))
        if len(readings) == 2 and readings[0].weekday() >= 5 > readings[1].weekday():
            # The meeting's own date, "5/10/2024": a Saturday read day first, a Friday read
            # month first; meetings are held on weekdays far more often.
            return readings[1]
        return readings[0] if readings else None
    if m.kind == "wc":
        # "w/c 3 March": the week that starts then, due by its Friday (as "next week" is).
        day, month = _day(g["wc_d"]), _month(g["wc_m"])
        start = _safe(int(g["wc_y"]), month, day) if g["wc_y"] else (
            _next_on_or_after(month, day, ref) if ref else None)
        return start + timedelta(days=(4 - start.weekday()) % 7) if start else None
    if m.kind == "md":
        a, b = int(g["md_a"] or 0), int(g["md_b"] or 0)
        if ref is None:
            return None
        options = [d for d in (_next_on_or_after(a, b, ref) if a <= 12 else None,
                               _next_on_or_after(b, a, ref) if b <= 12 else None) if d]
        return min(options, key=lambda d: abs((d - ref).days)) if options else None
    return None


def resolve(m: DateMatch, ref: date | None) -> date | None:
    """The date an expression means, relative ones counted from the meeting date `ref`."""
    absolute = _resolve_absolute(m, ref)
    if absolute or m.kind in ("iso", "ymd", "dmy", "mdy", "num", "md", "wc") or ref is None:
        return absolute
    g = m.groups
    if m.kind == "eod":
        if g["eod_wd"]:
            return ref + timedelta(days=(_weekday(g["eod_wd"]) - ref.weekday()) % 7 or 7)
        return ref
    if m.kind == "eow":
        if (g["eow"] or "").lower() == "eom":
            return _last_day(ref.year, ref.month)
        return _friday(ref, 0 if ref.weekday() <= 4 else 1)
    if m.kind == "quarter":
        quarter = int((g["q"] or "q1")[1])
        year = int(g["qy"]) if g["qy"] else ref.year
        end = _last_day(year, quarter * 3)
        return end if g["qy"] or end >= ref else _last_day(year + 1, quarter * 3)
    if m.kind == "mid":
        return _next_on_or_after(_month(g["mid"]), 15, ref)
    if m.kind == "startof":
        return _next_on_or_after(_month(g["start"]), 1, ref)
    if m.kind == "endof":
        what = re.sub(r"\s+", " ", (g["end"] or "").lower())
        if what == "month":
            return _last_day(ref.year, ref.month)
        if what == "next month":
            nxt = _last_day(ref.year, ref.month) + timedelta(days=1)
            return _last_day(nxt.year, nxt.month)
        if what == "week":
            return _friday(ref, 0 if ref.weekday() <= 4 else 1)
        if what == "next week":
            return _friday(ref, 1)
        if what in ("year", "next year"):
            return date(ref.year + (what == "next year"), 12, 31)
        return _month_end_near(_month(what), ref)
    if m.kind == "inmonth":
        if g["inm"] == "may":
            return None  # "… in may be" is the verb; the month is written "May"
        month = _month(g["inm"])
        if g["inm_y"]:
            return _last_day(int(g["inm_y"]), month)
        if g["inm_by"]:
            # "by January", said in May: a deadline, so the coming January.
            end = _last_day(ref.year, month)
            return end if end >= ref else _last_day(ref.year + 1, month)
        return _month_end_near(month, ref)
    if m.kind == "week":
        this = (g["week"] or "").lower().startswith("this")
        return _friday(ref, 0 if this and ref.weekday() <= 4 else 1)
    if m.kind == "weekend":
        return ref + timedelta(days=6 - ref.weekday())
    if m.kind == "month":
        if (g["month"] or "").lower().startswith("this"):
            return _last_day(ref.year, ref.month)  # "fit the shelves this month"
        nxt = _last_day(ref.year, ref.month) + timedelta(days=1)
        return _last_day(nxt.year, nxt.month)
    if m.kind == "weekday":
        wd = _weekday(g["wd"])
        if (g["wd_rel"] or "").lower() == "next":
            return ref - timedelta(days=ref.weekday()) + timedelta(days=7 + wd)
        ahead = (wd - ref.weekday()) % 7 or 7
        return ref + timedelta(days=ahead)
    if m.kind == "day":
        return ref + timedelta(days=1 if text_of(m).lower().startswith("tomorrow") else 0)
    if m.kind == "inn":
        n = _NUMBERS.get((g["inn"] or "").lower()) or _day(g["inn"])
        unit = (g["inn_unit"] or "d")[0].lower()
        if unit == "m":
            # "in 2 months" from 19 March: 19 May (the last of a shorter month at most).
            year, month = divmod(ref.month - 1 + n, 12)
            return _safe(ref.year + year, month + 1, ref.day) or _last_day(
                ref.year + year, month + 1)
        return ref + timedelta(days=n * {"d": 1, "w": 7}[unit])
    if m.kind == "nth":
        day = _day(g["nth"])
        candidate = _safe(ref.year, ref.month, day)
        if candidate is None or candidate < ref:
            nxt = _last_day(ref.year, ref.month) + timedelta(days=1)
            candidate = _safe(nxt.year, nxt.month, day)
        return candidate
    return None


_SAME_TIME = lazy_regex(r"\bsame\s+(?:time|day)\b", re.I)
_TOPIC_MONTH = lazy_regex(r"\b(?:starting|beginning|commencing)\s*$|\b(?:about|regarding|"
                          r"re)\s+(?:(?:a|an|the|our|their)\s+)?[\w' -]{1,40}$", re.I)
_TRIGGER = lazy_regex(r"\b(?:by|before|until|till|no later than|on or before|due(?: on| by)?|"
                      r"deadline:?|ddl:?|ahead of|(?:close|end) of (?:play|business|(?:the )?day)"
                      r"(?: on)?)\s+$", re.I)

_AFTER_EVENT = lazy_regex(r"\bafter\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:on|in)\s+$",
                          re.I)
_SPAN = lazy_regex(r"\bfrom\s+[\w ]{1,24}?\s+(?:until|till)\s+$", re.I)


@dataclass(frozen=True)
class Due:
    """A due date found in a sentence, and the span of the words that say it."""

    date: date
    start: int
    end: int


# A state of things just before "today": "how it works today", "would be done differently
# today", "as things stand today": what is so now, not when a task falls due.
_NOWADAYS = lazy_regex(r"\b(?:works?|is|are|does|do|done|differently|exists?|stands?|looks?|"
                       r"happens?|runs?|used|available|currently|even|still)\s+$", re.I)


def find_due(text: str, ref: date | None, *, field: bool = False) -> Due | None:
    """The due date a task sentence gives ("by Friday", "before the 6th", "(25 October)").

    With `field`, `text` is a due-date cell or slot, where a bare "Friday" is a due date.
    """
    best: Due | None = None
    weak: Due | None = None  # "for next week": due then, unless a "by …" follows
    bare = _BARE_MONTH.fullmatch(text.strip(" .")) if field and ref and len(text) <= 20 else None
    if bare and ref:
        # A due cell of "June" or "Jun 2024": by the end of that month, as "in June" is.
        month = _month(bare.group("m"))
        last = _last_day(int(bare.group("y")), month) if bare.group("y") else _month_end_near(
            month, ref)
        return Due(last, 0, len(text))
    for m in find_dates(text):
        window = text[max(0, m.start - 24):m.start]
        trigger = _TRIGGER.search(window)
        if trigger is None and re.search(r"\b(?:for|of|since|from|after)\s+$", window, re.I):
            # "book the lab for next week" is due then; "the rota for next month" or
            # "since January" say what, not when.
            week = m.kind == "week" or (m.kind == "weekday" and not text[m.end:].strip(" .;)"))
            if not (week and window.rstrip().lower().endswith("for")):
                continue  # but "push the fix for Wednesday" at a line's end is due then
            # "the agenda for next week by Monday": a "by" later in the line is the deadline.
            weak = weak or _resolved_due(m, ref, window)
            continue
        if trigger is None and _AFTER_EVENT.search(text, max(0, m.start - 60), m.start):
            continue  # "replace the extension after the WP04 meeting on Dec 7th": not a deadline
        if trigger and "from" in (span := text[max(0, m.start - 40):m.start]) and _SPAN.search(
                span):
            continue  # "volunteers from now until the end of the year": how long, not by when
        if m.kind == "weekday" and not field and not m.groups.get("wd_rel") and not trigger \
                and not re.search(
                r"\b(?:on|due:)\s+$", window, re.I):  # ("(Due: Friday)", as a label gives it)
            continue
        if m.kind in ("nth", "md") and not trigger and not field:
            continue
        if m.kind == "day" and not trigger and _NOWADAYS.search(window):
            continue  # "how provisioning works today", "done differently today": nowadays
        if m.kind == "inmonth" and _TOPIC_MONTH.search(text, 0, m.start):
            continue  # "starting in April", "about a course in March": not a deadline
        if m.kind == "quarter" and not trigger and not field and not text_at(text, m).startswith(
                ("end", "the end")):
            continue
        when = resolve(m, ref)
        if when is None:
            continue
        end = m.end
        day = _DAY_OF_MONTH.match(text, m.end) if m.kind == "weekday" and ref else None
        if day and ref:
            # "by Friday 10th": the 10th that is a Friday, within the month or the next.
            on = _day_in_month(int(day.group(1)), ref)
            if on and on.weekday() == when.weekday():
                when, end = on, day.end()
        if m.kind == "week" and ref and "same" in text and _SAME_TIME.search(
                text, max(0, m.start - 30), m.end + 30) and text_at(text, m) == "next week":
            when = ref + timedelta(days=7)  # "next week at the same time": a week on
        if trigger:
            return Due(when, m.start - len(window) + trigger.start(), end)
        if best is None:
            best = Due(when, m.start, end)
    return weak or best


_BARE_MONTH = lazy_regex(rf"(?P<m>{MONTH})(?:\s+(?P<y>\d{{4}}))?", re.I)
_DAY_OF_MONTH = lazy_regex(r",?\s+(\d{1,2})(?:st|nd|rd|th)\b")


def _day_in_month(day: int, ref: date) -> date | None:
    """Day `day` of the meeting's month, or of the next month if it has passed."""
    following = _last_day(ref.year, ref.month) + timedelta(days=1)
    for on in (_safe(ref.year, ref.month, day), _safe(following.year, following.month, day)):
        if on and on >= ref:
            return on
    return None


def _resolved_due(m: DateMatch, ref: date | None, window: str) -> Due | None:
    when = resolve(m, ref)
    lead = re.search(r"\bfor\s+$", window, re.I)  # (callers pass a window ending in "for ")
    if when is None or lead is None:
        return None
    return Due(when, m.start - len(window) + lead.start(), m.end)


def first_full_date(text: str) -> date | None:
    """The first date with a year in `text` (how notes usually state their meeting date)."""
    for m in find_dates(text):
        if m.has_year:
            when = resolve(m, None)
            # (An ISO date may be old minutes transcribed, "1890-09-23"; other forms of an
            # older year are more often a figure than a date.)
            if when and (1990 if m.kind != "iso" else 1800) <= when.year <= 2100:
                return when
    return None


# "Agenda 20250610", "Sync 20231212": a heading's date written as the file names write it.
_COMPACT = lazy_regex(r"(?<![\w.,/-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                      r"(?![\w.,/-])")


def heading_date(title: str) -> date | None:
    """The date a heading or title gives: a full date in any form, or eight digits
    (YYYYMMDD) in a heading of a few words, as a log of meetings names its entries."""
    when = first_full_date(title)
    if when is None and len(title) <= 60 and (match := _COMPACT.search(title)):
        with contextlib.suppress(ValueError):  # ("20230231": no such day)
            when = date(int(match[1]), int(match[2]), int(match[3]))
    return when


def strip_due(text: str, due: Due) -> str:
    """`text` without the words that gave its due date."""
    head = text[:due.start].rstrip()
    if head.endswith(("the", "The")):
        head = _DANGLING_BEFORE.sub("", head)  # "meet with Jo in the [next week]"
    elif head[-3:] in (" on", " On"):
        head = head[:-3]  # "show up on [Sunday] by 9am": "show up by 9am"
    tail = text[due.end:]
    if tail[:1] in "'’":
        tail = _OCCASION.sub("", tail, count=1)  # "by next Tuesday's call": the call's day
    elif tail[:1] == " " and tail[1:2].isdecimal():
        tail = _DAY_AFTER.sub("", tail, count=1)  # "by Wed 8th": the day the weekday is
    out = head + " " + tail.lstrip()
    if "(" in out or "[" in out:
        out = _EMPTY_PARENS.sub("", out)
    return _SPACE_BEFORE_MARK.sub(_MARK, _SPACES.sub(" ", out)).strip().rstrip(" |")


_DAY_AFTER = lazy_regex(r"^\s\d{1,2}(?:st|nd|rd|th)\b")
_OCCASION = lazy_regex(r"^['’]s\s+(?:[\w-]+\s+)?(?:call|meeting|session|sync|stand-?up|review|"
                       r"class|lecture|workshop|check-in|catch-up|retro|demo)\b|^['’]s\s+[\w-]+")
_DANGLING_BEFORE = lazy_regex(r"\s*\b(?:in|within|during|over|for|by|before|until)\s+the$",
                             re.I)
# "()", and a label its date has left: "(due: 2024-05-20)", "[deadline: Friday]".
_EMPTY_PARENS = lazy_regex(r"\(\s*(?:(?:due|deadline|by|eta|target|when)\s*:?\s*)?\)|"
                           r"\[\s*(?:(?:due|deadline|eta|target)\s*:?\s*)?\]", re.I)
_SPACES = lazy_regex(r"\s{2,}")
_SPACE_BEFORE_MARK = lazy_regex(r"\s+([,.;:!?)])")
_MARK = operator.itemgetter(1)  # (a function: a r"\1" template is expanded in Python)
