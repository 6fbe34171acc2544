"""Dates in article text read from the article's day."""

from datetime import date

import pytest

from qa.when import bare_weekday, calendar_day, calendar_year, names_weekday, spelled

THURSDAY = date(2022, 9, 8)


@pytest.mark.parametrize(("phrase", "future", "day"), [
    ("today", False, date(2022, 9, 8)),
    ("yesterday", False, date(2022, 9, 7)),
    ("last night", False, date(2022, 9, 7)),
    ("tomorrow", False, date(2022, 9, 9)),
    ("Thursday", False, date(2022, 9, 8)),  # the story's own weekday is its day
    ("Tuesday", False, date(2022, 9, 6)),  # the latest Tuesday before the story
    ("Tuesday", True, date(2022, 9, 13)),  # in a sentence about what will happen, the next
    ("last Thursday", False, date(2022, 9, 1)),
    ("next Monday", False, date(2022, 9, 12)),
    ("Friday night", False, date(2022, 9, 2)),
    ("on Sunday", True, date(2022, 9, 11)),
    ("Sept. 19", False, date(2022, 9, 19)),
    ("Nov. 14, 1948", False, date(1948, 11, 14)),
    ("8 September 2022", False, date(2022, 9, 8)),
    ("Nov. 30", False, date(2022, 11, 30)),
])
def test_a_date_phrase_is_a_calendar_day_read_from_the_story(phrase: str, future: bool, day: date) -> None:
    assert calendar_day(phrase, THURSDAY, future=future) == day


@pytest.mark.parametrize("phrase", ["March 3", "last week", "2011", "the 1990s", "two days", "September 31"])
def test_a_phrase_that_names_no_one_day_plainly_is_none(phrase: str) -> None:
    # "March 3" in September may be this year's or next: the story does not say.
    assert calendar_day(phrase, THURSDAY) is None


def test_a_day_without_its_year_is_the_nearest_one() -> None:
    # News leaves out the year of a day near the story, across the new year too.
    assert calendar_day("January 3", date(2022, 12, 20)) == date(2023, 1, 3)
    assert calendar_day("Dec. 30", date(2023, 1, 2)) == date(2022, 12, 30)


def test_a_year_is_read_alone_and_a_day_is_spelled_as_a_reader_writes_it() -> None:
    assert calendar_year("in 2011") == 2011
    assert calendar_year("2011-12") is None
    assert spelled(THURSDAY) == "Thursday, September 8, 2022"


def test_a_weekday_alone_is_told_from_one_that_says_last_or_next() -> None:
    assert bare_weekday("Thursday") and bare_weekday("on Friday night")
    assert not bare_weekday("last Thursday") and names_weekday("last Thursday")
    assert not names_weekday("yesterday") and not bare_weekday("Thursday, Sept. 8")
