"""Dates in article text as calendar days, read from the day the article appeared."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

PLAIN_DAYS = 100  # a day named without its year is read as the nearest one only this close to the story

# Month names and their abbreviations ("sept" too), with their numbers.
MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# "Nov. 21", "September 3, 2022", "Sept. 8 2022"; "8 September 2022".
_MONTH_DAY_RE = re.compile(rf"^(?:on\s+)?(?:\w+day,?\s+)?{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?$",
                           re.IGNORECASE)
_DAY_MONTH_RE = re.compile(rf"^(?:on\s+)?(?:\w+day,?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
                           rf"(?:,?\s+(\d{{4}}))?$", re.IGNORECASE)
_YEAR_RE = re.compile(r"^(?:in\s+)?((?:1[5-9]|20)\d{2})$")
# Weekday names with their numbers (Monday 0).
WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAY_RE = re.compile(rf"^(?:on\s+)?(?:(last|next|this|this past|this coming)\s+)?"
                         rf"({'|'.join(WEEKDAYS)}){_PARTS}$", re.IGNORECASE)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "yesterday": -1, "last night": -1, "tomorrow": 1}
_RELATIVE_RE = re.compile(rf"^(?:(?:earlier|later)\s+)?(today|tonight|this morning|this afternoon|this evening"
                          rf"|yesterday|last night|tomorrow){_PARTS}$", re.IGNORECASE)


def _nearest(month: int, day: int, anchor: date) -> date | None:
    """The day of that month and day-of-month nearest `anchor`, if that is plain: news leaves out
    the year of a day near the story, but "Nov. 21" in April may be last year's or this year's."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    nearest = min(options, key=lambda d: abs((d - anchor).days), default=None)
    return nearest if nearest is not None and abs((nearest - anchor).days) <= PLAIN_DAYS else None


def _phrase(text: str) -> str:
    """A date phrase on one line, without the punctuation around it."""
    return " ".join(text.split()).strip(" ,.")


def names_weekday(text: str) -> bool:
    """Whether a date phrase is a weekday ("Thursday", "last Thursday", "on Friday night")."""
    return _WEEKDAY_RE.match(_phrase(text)) is not None


def bare_weekday(text: str) -> bool:
    """Whether a date phrase is a weekday alone ("Thursday", "on Friday night"), which may be the
    last one or the next: its sentence's verb must say which."""
    m = _WEEKDAY_RE.match(_phrase(text))
    return m is not None and m.group(1) is None


def calendar_day(text: str, anchor: date, *, future: bool = False) -> date | None:
    """The calendar day a date phrase names ("Thursday", "yesterday", "Nov. 21", "8 September
    2022"), read from `anchor`, the article's date; None for a span, a month or a vaguer phrase.

    A weekday is the latest on or before the anchor, or, in a sentence about what will happen
    (`future`), the first after it.
    """
    phrase = _phrase(text)
    if (m := _RELATIVE_RE.match(phrase)) is not None:
        return anchor + timedelta(days=_RELATIVE_DAYS[m.group(1).lower()])
    if (m := _WEEKDAY_RE.match(phrase)) is not None:
        which, weekday = (m.group(1) or "").lower(), WEEKDAYS[m.group(2).lower()]
        back = (anchor.weekday() - weekday) % 7
        ahead = (weekday - anchor.weekday()) % 7
        if which == "last":
            return anchor - timedelta(days=back or 7)
        if which in {"next", "this coming"}:
            return anchor + timedelta(days=ahead or 7)
        if future and which != "this past":
            return anchor + timedelta(days=ahead)
        return anchor - timedelta(days=back)
    for pattern, month_at, day_at in ((_MONTH_DAY_RE, 1, 2), (_DAY_MONTH_RE, 2, 1)):
        if (m := pattern.match(phrase)) is not None:
            month, day = MONTHS[m.group(month_at).lower()], int(m.group(day_at))
            if m.group(3):
                try:
                    return date(int(m.group(3)), month, day)
                except ValueError:
                    return None
            return _nearest(month, day, anchor)
    return None


def calendar_year(text: str) -> int | None:
    """The year a date phrase is ("2011", "in 2011"), or None."""
    m = _YEAR_RE.match(_phrase(text))
    return int(m.group(1)) if m else None


def spelled(day: date, *, weekday: bool = True) -> str:
    """A day as a reader writes it: "Thursday, September 8, 2022" (or without the weekday)."""
    written = f"{calendar.month_name[day.month]} {day.day}, {day.year}"
    return f"{calendar.day_name[day.weekday()]}, {written}" if weekday else written
