"""Lexical helpers: the acronyms a sentence's names would have, and a search that knows them."""

from __future__ import annotations

from retrieval.lexical import Lexical, initialisms, spelled_out, tokenize


def test_a_multi_word_name_yields_the_acronym_a_question_may_use() -> None:
    assert "cdc" in initialisms("The US Centers for Disease Control and Prevention is reporting 3,000 cases.")
    assert "fbi" in initialisms("Agents of the Federal Bureau of Investigation searched the house.")
    assert "eu" in initialisms("The European Union agreed.")
    # Lower-case words make no name; a single capitalised word no acronym.
    assert initialisms("the centers for disease control said") == []
    assert initialisms("Officials said on Monday.") == []
    # Of the name a text opens with only (after "the" and abbreviations): the candidate answer's own.
    assert "fda" in initialisms("the US Food and Drug Administration", opening=True)
    assert "sel" in initialisms("The Collaborative for Academic, Social and Emotional Learning")
    assert "sel" not in initialisms("The Collaborative for Academic, Social and Emotional Learning", opening=True)


def test_a_questions_name_is_found_where_a_passage_abbreviates_it() -> None:
    assert spelled_out("Who leads the American Medical Association?") == {"ama": "American Medical Association"}
    passages = ["Doctors and hospitals sued on Thursday over the new rules.",
                "\"We will win,\" said AMA President Ann Lee on Thursday.",
                "The president of the club said on Thursday the team would stay."]
    lexical = Lexical.build([10, 11, 12], tokenize(passages))
    assert lexical.search("Who is the president of the American Medical Association?", 3)[0][0] == 11
