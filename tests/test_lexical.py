"""Lexical helpers: the acronyms a sentence's names would have."""

from __future__ import annotations

from retrieval.lexical import initialisms


def test_a_multi_word_name_yields_the_acronym_a_question_may_use() -> None:
    assert "cdc" in initialisms("The US Centers for Disease Control and Prevention is reporting 3,000 cases.")
    assert "fbi" in initialisms("Agents of the Federal Bureau of Investigation searched the house.")
    assert "eu" in initialisms("The European Union agreed.")
    # Lower-case words make no name; a single capitalised word no acronym.
    assert initialisms("the centers for disease control said") == []
    assert initialisms("Officials said on Monday.") == []
