"""Whether an answer's article names what the question names (qa/coverage.py)."""

from __future__ import annotations

import pytest

from qa.coverage import (
    FULL_ARTICLE_WORDS,
    PERSON_PENALTY,
    UNLABELLED,
    UNNAMED_PENALTY,
    home_stated,
    question_names,
    role_stated,
    unnamed,
    unnamed_in_article,
    unnamed_penalty,
    workplace_stated,
)

FILLER = " ".join(["The council met on Tuesday and discussed the budget for the coming year."] * 10)


def test_a_proper_noun_the_tagger_left_unlabelled_is_a_name_too() -> None:
    assert ("Pew", UNLABELLED) in question_names("How many adults were surveyed by Pew?")
    # Whole, and not a title or a word of a name the tagger labelled.
    assert ("Ivy League", UNLABELLED) in question_names("Which Ivy League school will eliminate student loans?")
    assert [n for n, label in question_names("When did Roman Abramovich buy Chelsea FC?") if label == UNLABELLED] == []
    assert not any("MP" in n.split() for n, label in question_names("Which Conservative MP was sacked?"))


def test_question_names_are_the_named_entities_with_their_labels() -> None:
    names = dict(question_names("What did Joe Biden tell NATO about Russian troops in Ukraine on Monday?"))
    assert names.get("Joe Biden") == "PERSON" and names.get("NATO") == "ORG"
    assert names.get("Ukraine") == "GPE" and "Russian" in names
    assert "Monday" not in names  # dates are written in too many ways to check
    owning = question_names("The University of Oxford’s vice-chancellor named which cabinet minister?")
    assert owning == (("The University of Oxford", "ORG"),)  # the possessive owns what follows


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
        # A name of several words by a word of its own written as a name, not by a kind of body another's bears
        ("Investors Bank and Trust", "ORG", "United Bank and Standard Trust have foreign investors.", True),
        ("Investors Bank and Trust", "ORG", "Tim Mazanec of Investors Bank said so.", False),
        ("The University of Oxford", "ORG", "An Oxford professor said so.", False),
        ("Ivy League", "NAME", "The league ruled on ivy.", True),
        # A short form by the words its initials spell
        ("ACLU", "ORG", "American Civil Liberties Union attorney Lee Gelernt said.", False),
        ("ADL", "ORG", "The Anti-Defamation League said so.", False),
        ("ACLU", "ORG", "American civil rights groups said so.", True),
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


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        ("Who is the chair of the Society of Authors?", "A tweet by Society of Authors chair Joanne Harris.", True),
        ("Who is the Society of Authors chair?", "A tweet by Society of Authors chair Joanne Harris.", True),
        ("Who is the president of the American Medical Association?",
         "Dr. Jack Resneck Jr., the president of the American Medical Association, said.", True),
        ("Who is the president of the American Medical Association?",
         "The president of the American Medical Association, Jack Resneck, said.", True),
        ("Who is the new Scotland rugby coach?", "Scotland coach Matt Williams is due to name his squad.", True),
        ("Who is Russia's foreign minister?", "Russia's foreign minister Sergei Lavrov said.", True),
        ("Who is Acme's CEO?", "Acme CEO Doug Mercer said on a call with analysts.", True),  # a role in initials
        ("Who is the CEO of Acme?", "Acme CEO Doug Mercer said on a call with analysts.", True),
        ("Who is the CEO of Acme?", "Rival CEO Doug Mercer said on a call with analysts.", False),
        ("Who is the Keeper of the Privy Purse?", "Keeper of the Privy Purse Michael Stevens said on Friday.", True),
        ("Who is the Keeper of the Privy Purse?", "The Keeper of the Privy Purse spoke on Friday.", False),
        ("Who is the Westland County District Attorney?",
         "The injuries were listed by Westland County District Attorney Jason Smith, who spoke at the hearing.", True),
        ("Who is the Westland County District Attorney?", "The district attorney spoke at the hearing.", False),
        ("Who is the Prime Minister?", "Prime Minister Tom Baker said.", False),  # (whose, unsaid)
        ("Who is the director of 38 North?", "Ann Lee, director of 38 North, a Washington-based program, said.",
         True),  # (a name opening with a figure)
        # Another owner's, no one named, no owner asked, a person asked about.
        ("Who is the Scotland coach?", "Wales coach Tom Baker is due to name his squad.", False),
        ("Who is the chair of the Society of Authors?", "The Society of Authors chair spoke on Friday.", False),
        ("Who is the chair?", "A tweet by Society of Authors chair Joanne Harris.", False),
        ("Who is Joanne Harris?", "A tweet by Society of Authors chair Joanne Harris.", False),
        # "Who leads Y" asks Y's leader; news clips its owner's words and makes its members' name its own.
        ("Who leads the Liberal Democrats?", "Meanwhile Lib Dem leader Charles Kennedy is on tour.", True),
        ("Who is the leader of the Liberal Democrats?", "Liberal Democrat leader Charles Kennedy said.", True),
        ("Who leads the Liberal Democrats?", "Meanwhile Labour leader Tony Blair is on tour.", False),
        ("Who heads Acme?", "Acme head Doug Mercer said on a call with analysts.", True),
        ("Who founded Fleetwood Mac?", "Fleetwood Mac co-founder Mick Fleetwood said.", True),
        ("Who runs Acme?", "Acme head Doug Mercer said on a call with analysts.", False),  # no role for it
        ("Who won the Acme Cup?", "Acme Cup winner Doug Mercer said.", False),
        # A role capitalised as a title; one under it or held before is another's.
        ("Who is the FDA commissioner?", "As FDA Commissioner Dr. Robert Califf said on Tuesday.", True),
        ("Who is the FDA commissioner?", "FDA deputy commissioner Frank Yiannas told reporters.", False),
        ("Who is the FDA commissioner?", "Frank Yiannas, the deputy commissioner of the FDA, said.", False),
        ("Who is the FDA commissioner?", "The former commissioner of the FDA, Scott Gottlieb, said.", False),
        ("Who is the FDA commissioner?", "The commissioner of the FDA, Robert Califf, said.", True),
    ],
)
def test_a_role_of_its_owner_stated_as_news_does(question: str, text: str, stated: bool) -> None:
    assert role_stated(question, text) is stated


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        ("Where does Jim Reid work?", "Jim Reid, a strategist at Deutsche Bank, called it an ominous sign.", True),
        ("Where does Sara Watle work?", "said Sara Watle of the NIPH in a statement.", True),
        ("Where does Joann Sands work?", "says Joann Sands, a clinical assistant professor in the School of Nursing "
         "at the University of Buffalo.", True),
        ("Where does Joann Sands work?", "Joann Sands, who lives in Buffalo, said.", False),  # where she lives
        ("Where does Jim Reid work?", "Jim Reid called it an ominous sign.", False),  # says no workplace
        ("Where does Jim Reid work?", "Tom Reid, a strategist at Deutsche Bank, said.", False),  # another Reid
        ("Who is Jim Reid?", "Jim Reid, a strategist at Deutsche Bank, said.", False),  # not asked where
        # Past an age, and by the surname where the text names the person in full too.
        ("Where does Jim Reid work?", "Jim Reid, 45, a strategist at Deutsche Bank, said.", True),
        ("Where does Jim Reid work?", "Jim Reid spoke. Reid, a strategist at Deutsche Bank, said so.", True),
        ("Where does Jim Reid work?", "Reid, a strategist at Deutsche Bank, said so.", False),  # never in full
        ("Where does Matthew Rose work?", "Matthew Rose spoke. said Rose, 53, a systems analyst from Holland, "
         "Michigan.", False),  # where he is from
    ],
)
def test_a_workplace_stated_beside_the_name(question: str, text: str, stated: bool) -> None:
    assert workplace_stated(question, text) is stated


_ROSE = "Matthew Rose described his beloved 2012 Kia Optima as a big toasted marshmallow. "


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        ("Where is Matthew Rose from?", f"{_ROSE}It was a shock, said Rose, 53, a systems analyst from Holland, "
         "Michigan.", True),
        ("Where does Matthew Rose live?", "Matthew Rose, of Holland, Michigan, said it burned.", True),
        ("Where is Matthew Rose from?", "Matthew Rose, who lives in Holland, said it burned.", True),
        ("Where is Matthew Rose from?", f"{_ROSE}Rose said he drives to work in Grand Rapids.", False),
        ("Where is Matthew Rose from?", f"{_ROSE}Tom Rose, a teacher from Holland, said so.", False),  # another Rose
        ("Who is Matthew Rose?", "Matthew Rose, of Holland, Michigan, said it burned.", False),  # not asked where
    ],
)
def test_a_home_stated_beside_the_name(question: str, text: str, stated: bool) -> None:
    assert home_stated(question, text) is stated

