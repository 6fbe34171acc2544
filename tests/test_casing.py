"""Questions typed in lower case, written with the capitals their evidence gives their names."""

from __future__ import annotations

import pytest

from qa.casing import truecased, uncased

EVIDENCE = [
    "Qais al-Khazali, head of Asaib Ahl al-Haq, said U.S. troops must leave Iraq. The US has 5,200 troops there.",
    "In March, the militia's leader met officials. Officials said the Manakin Episcopal Church in Virginia is old.",
    "The church was built by Huguenots. France won the World Cup. A fire burned near Yosemite National Park.",
    "The bank raised rates, the Bank said. The bank's chief spoke.",
    "President Joe Biden met Mr O'Brien. It is named after William John Macquorn Rankine, a Scottish polymath.",
]


@pytest.mark.parametrize(("question", "written"), [
    pytest.param("who leads asaib ahl al-haq?", "Who leads Asaib Ahl al-Haq?", id="a name of several words"),
    pytest.param("who is qais al-khazali?", "Who is Qais al-Khazali?", id="a name opening a sentence, of two words"),
    pytest.param("how many u.s. troops are in iraq in march?", "How many U.S. troops are in Iraq in March?",
                 id="names alone, after a sentence's opening word"),
    pytest.param("who won the 2018 world cup?", "Who won the 2018 World Cup?", id="after 'the'"),
    pytest.param("what church in virginia did huguenots build?", "What church in Virginia did Huguenots build?",
                 id="a name's last word alone is a common noun"),
    pytest.param("which national park did the fire reach?", "Which national park did the fire reach?",
                 id="part of a name is none"),
    pytest.param("what did officials tell us?", "What did officials tell us?",
                 id="a capital opening a sentence is none, nor a stop word's"),
    pytest.param("what did the bank say?", "What did the bank say?", id="a name written more often in lower case"),
    pytest.param("who is laith al-khazali?", "Who is laith al-khazali?", id="a name the texts never write"),
    pytest.param("did joe biden meet o'brien?", "Did Joe Biden meet O'Brien?", id="a name without its titles"),
    pytest.param("what is william rankine's nationality?", "What is William Rankine's nationality?",
                 id="a first name and surname without the middle names, before a possessive"),
])
def test_a_lower_case_question_takes_its_names_capitals(question: str, written: str) -> None:
    assert truecased(question, EVIDENCE) == written


def test_a_question_written_with_capitals_is_left_as_it_is() -> None:
    assert uncased("who leads asaib ahl al-haq?") and uncased("Who leads asaib ahl al-haq?")
    assert not uncased("Who leads Asaib Ahl al-Haq?") and not uncased("2018?")
    assert truecased("Who leads asaib Ahl al-Haq?", EVIDENCE) == "Who leads asaib Ahl al-Haq?"
