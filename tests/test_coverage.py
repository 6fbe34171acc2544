"""Whether an answer's article names what the question names (qa/coverage.py)."""

from __future__ import annotations

import pytest

from qa.coverage import (
    FULL_ARTICLE_WORDS,
    PERSON_PENALTY,
    UNNAMED_PENALTY,
    question_names,
    unnamed,
    unnamed_in_article,
    unnamed_penalty,
)

FILLER = " ".join(["The council met on Tuesday and discussed the budget for the coming year."] * 10)


def test_question_names_are_the_named_entities_with_their_labels() -> None:
    names = dict(question_names("What did Joe Biden tell NATO about Russian troops in Ukraine on Monday?"))
    assert names.get("Joe Biden") == "PERSON" and names.get("NATO") == "ORG"
    assert names.get("Ukraine") == "GPE" and "Russian" in names
    assert "Monday" not in names  # dates are written in too many ways to check


@pytest.mark.parametrize(
    ("name", "label", "text", "missing"),
    [
        ("Joseph Webster", "PERSON", "Joseph Scholes was freed after 15 years.", True),  # another Joseph
        ("Joseph Webster", "PERSON", "Webster was freed after 15 years.", False),  # the surname names him
        ("Andrew Brown Jr.", "PERSON", "Deputies shot Brown in his car.", False),
        ("the Daily Mail", "ORG", "The Mail's publisher denied the claims.", False),
        ("Disney+", "ORG", "Broadband subscribers doubled to 13 million.", True),
        ("U.S.", "GPE", "American troops remain in the country.", False),  # a country by its people
        ("Britain", "GPE", "The UK government said so.", False),  # by a short form
        ("Russian", "NORP", "Russia said so.", False),  # a people by its country
        ("Nepal", "GPE", "China denied making incursions.", True),
        ("Zeria", "PERSON", "Galor and Zeira showed it in 1993.", False),  # a question's typo
        ("Obama", "PERSON", "Omaba is a town.", True),  # two letters off is another word
    ],
)
def test_unnamed_finds_names_the_text_never_mentions(name: str, label: str, text: str, missing: bool) -> None:
    assert unnamed([(name, label)], text) == ([name] if missing else [])


def test_a_full_article_missing_a_name_of_the_question_loses_answerability() -> None:
    assert len(FILLER.split()) >= FULL_ARTICLE_WORDS
    about = f"Mayor Jane Doe of Springfield spoke. {FILLER}"
    names = [("John Smith", "PERSON"), ("Springfield", "GPE"), ("Shelbyville", "GPE")]
    assert unnamed_in_article(names, about) == ["John Smith", "Shelbyville"]
    assert unnamed_in_article([("Jane Doe", "PERSON"), ("Springfield", "GPE")], about) == []
    assert unnamed_penalty(names, ["John Smith", "Shelbyville"]) == PERSON_PENALTY
    assert unnamed_penalty(names, ["Shelbyville"]) == UNNAMED_PENALTY
    assert unnamed_penalty(names, []) == 0.0
    assert UNNAMED_PENALTY < PERSON_PENALTY
    # A brief or snippet may leave the question's context unsaid: nothing counts as missing.
    assert unnamed_in_article(names, "Mayor Jane Doe of Springfield spoke.") == []
    assert unnamed_in_article([], about) == []
    # "According to the Springfield Star": its own story names it in its credits, not its text.
    star = [("the Springfield Star", "ORG")]
    assert unnamed_in_article(star, FILLER) == ["the Springfield Star"]
    assert unnamed_in_article(star, FILLER, credits="Springfield Star") == []
