"""Bot rendering: escaping, citations, and splitting long HTML safely."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from bot.render import LIMIT, plain_text, render_answer, split_html
from qa import Answer, Citation


def _citation(n: int, **kw: object) -> Citation:
    values: dict[str, object] = {"n": n, "article_id": f"a{n}", "passage_id": 10 + n, "title": "T <b>&</b>",
                                 "source": "Src", "date": "2020-01-01", "url": "https://x.org/?a=1&b=2",
                                 "quote": 'He said "<script>" & left.', "start": 0, "end": 5}
    values.update(kw)
    return Citation(**values)  # type: ignore[arg-type]


def test_answer_escapes_corpus_text_and_offers_buttons() -> None:
    answer = Answer(question="q", text="Tom & Jerry <3 [1][2]", short_answer="Tom & Jerry",
                    citations=[_citation(1), _citation(2, title="", headline="Lead words…")])
    html, buttons = render_answer(answer)
    assert html.startswith("Tom &amp; Jerry &lt;3 [1][2]")
    assert "[1] <b>T &lt;b&gt;&amp;&lt;/b&gt;</b> — Src · 2020-01-01" in html
    assert '<a href="https://x.org/?a=1&amp;b=2">link</a>' in html
    assert "<i>“He said \"&lt;script&gt;\" &amp; left.”</i>" in html
    assert "[2] <b>Lead words…</b>" in html
    assert [(b.label, b.data) for b in buttons] == [("[1]", "p:11"), ("[2]", "p:12")]


def test_quotes_from_one_article_share_its_number_and_header() -> None:
    answer = Answer(question="q", text="X [1][2]", short_answer="X", citations=[
        _citation(1, passage_id=11, quote="First."), _citation(1, passage_id=14, quote="Second."),
        _citation(2, quote="Other.")])
    html, buttons = render_answer(answer)
    assert html.count("[1] <b>") == 1 and html.count("[2] <b>") == 1
    assert "</a>\n<i>“First.”</i>\n<i>“Second.”</i>" in html
    assert [(b.label, b.data) for b in buttons] == [("[1a]", "p:11"), ("[1b]", "p:14"), ("[2]", "p:12")]


def test_a_hard_wrapped_quote_is_shown_on_one_line() -> None:
    # Wire copy breaks lines mid-sentence; the citation keeps the verbatim quote, the message one line.
    quote = "Consumer energy costs rose 1.0 pct\nin March,  the Labor\nDepartment said."
    html, _ = render_answer(Answer(question="q", text="1.0 pct [1]", short_answer="1.0 pct",
                                   citations=[_citation(1, quote=quote)]))
    assert "<i>“Consumer energy costs rose 1.0 pct in March, the Labor Department said.”</i>" in html


def test_abstention_lists_related_articles() -> None:
    answer = Answer(question="q", text="The articles don't say.", abstained=True,
                    related=[_citation(1)], resolved_question="q about X")
    html, buttons = render_answer(answer)
    assert "Closest articles:" in html and "understood as: q about X" in html
    assert [b.data for b in buttons] == ["p:11"]


class _Balanced(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.stack.append(tag)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()


def _balanced(fragment: str) -> bool:
    parser = _Balanced()
    parser.feed(fragment)
    parser.close()
    return not parser.stack


@pytest.mark.parametrize("size", [100, 5000, 12000])
def test_split_keeps_every_word_and_every_tag_balanced(size: int) -> None:
    paragraphs = [f"<b>Head {n}</b>\n<i>“{'word &amp; ' * (size // 200)}end {n}”</i>" for n in range(20)]
    text = "\n\n".join(paragraphs)
    parts = split_html(text)
    assert all(len(p) <= LIMIT for p in parts)
    assert all(_balanced(p) for p in parts)
    assert all(not re.search(r"&[a-z]*$", p) for p in parts)  # no entity cut in two
    joined = " ".join(plain_text(p) for p in parts)
    assert joined.split() == plain_text(text).split()
    if len(text) <= LIMIT:
        assert parts == [text]


def test_split_prefers_paragraph_boundaries() -> None:
    text = "\n\n".join(["a" * 3000, "b" * 3000])
    assert split_html(text) == ["a" * 3000, "b" * 3000]


def test_split_cuts_an_unbreakable_run() -> None:
    parts = split_html("<b>" + "x" * 9000 + "</b>")
    assert len(parts) == 3 and all(p.startswith("<b>") and p.endswith("</b>") for p in parts)
