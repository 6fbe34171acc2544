"""The QA layer's value types: an `Answer` and its numbered `Citation`s."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field


class Citation(BaseModel):
    """A numbered source of an answer, quoting the supporting sentence(s) verbatim.

    Quotes from different passages of one article are separate citations sharing its number.
    """

    model_config = ConfigDict(frozen=True)

    n: int
    article_id: str
    passage_id: int
    title: str
    headline: str = ""
    source: str | None = None
    date: str | None = None
    url: str | None = None
    quote: str
    start: int  # character offsets of the quote in the article text
    end: int


class Answer(BaseModel):
    """An answer to a question: a short answer, the text with [n] markers, and its citations."""

    model_config = ConfigDict(frozen=True)

    question: str
    text: str
    short_answer: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool = False
    answerer: str = "extractive"
    related: list[Citation] = Field(default_factory=list)  # closest articles when abstaining
    resolved_question: str | None = None  # the follow-up as understood, if it was rewritten
    notes: list[str] = Field(default_factory=list)  # what verification repaired or removed
    # How well the best evidence supports answering at all; below the threshold the chain abstains.
    answerability: float | None = None

    def to_json_dict(self) -> dict[str, object]:
        """The public JSON shape of `newsdesk ask --json`."""
        return {
            "question": self.question,
            "answer": self.text,
            "short_answer": self.short_answer,
            "abstained": self.abstained,
            "answerer": self.answerer,
            "citations": [c.model_dump() for c in self.citations],
            "related": [c.model_dump() for c in self.related],
            "resolved_question": self.resolved_question,
            "notes": self.notes,
            "answerability": None if self.answerability is None else round(self.answerability, 4),
        }


def one_line(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces (wire copy is hard-wrapped)."""
    return " ".join(text.split())


def by_article(citations: Sequence[Citation]) -> list[list[Citation]]:
    """Citations grouped by their number (one article each), in order."""
    groups: list[list[Citation]] = []
    for citation in citations:
        if groups and groups[-1][0].n == citation.n:
            groups[-1].append(citation)
        else:
            groups.append([citation])
    return groups
