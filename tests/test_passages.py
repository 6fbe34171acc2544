"""Passages: sentence-aligned, within the model window, overlapping, with exact offsets."""

from __future__ import annotations

import pytest

from retrieval.articles import Article, read_corpus
from retrieval.passages import TITLE_TOKENS, Chunker
from retrieval.sentences import sentence_spans
from tests import stories
from tests.conftest import SEEDS


@pytest.fixture
def chunker(embedder):  # type: ignore[no-untyped-def]
    return Chunker(embedder.count_tokens, embedder.token_spans, max_tokens=60,
                   overlap_tokens=20, window_tokens=embedder.max_tokens)


def test_sentences_break_at_paragraphs_and_keep_abbreviations() -> None:
    text = "U.S. troops stayed in Iraq.\n\nMr. Smith said the plan works. It did."
    spans = sentence_spans([text])[0]
    assert [text[s:e] for s, e in spans] == [
        "U.S. troops stayed in Iraq.", "Mr. Smith said the plan works.", "It did."
    ]


def test_passages_cover_the_story_with_exact_offsets(chunker, embedder) -> None:
    (seed,) = list(read_corpus(SEEDS))
    (passages,) = chunker.split([seed])
    assert len(passages) > 3
    for n, p in enumerate(passages):
        assert p.ordinal == n and p.article_id == seed.id
        assert seed.text[p.start : p.end] == p.text
        assert embedder.count_tokens([p.text])[0] <= 60
    # Consecutive passages overlap (by whole sentences) and leave no gap.
    for a, b in zip(passages, passages[1:], strict=False):
        assert b.start <= a.end or not seed.text[a.end : b.start].strip()
    assert passages[0].start == 0 and passages[-1].end == len(seed.text)
    overlapping = [b for a, b in zip(passages, passages[1:], strict=False) if b.start < a.end]
    assert overlapping, "no overlap between passages"
    # Every sentence of the story lies wholly inside some passage.
    for s, e in sentence_spans([seed.text])[0]:
        assert any(p.start <= s and e <= p.end for p in passages)


def test_overlong_sentence_is_split_not_truncated(chunker, embedder) -> None:
    words = " ".join(f"word{n}" for n in range(300))
    article = Article(id="long", text=f"Intro sentence here. {words}. Final words.")
    (passages,) = chunker.split([article])
    assert all(embedder.count_tokens([p.text])[0] <= 60 for p in passages)
    joined = " ".join(p.text for p in passages)
    for n in range(300):
        assert f"word{n}" in joined  # nothing dropped
    for p in passages:
        assert not p.text[-1].isalnum() or article.text[p.end : p.end + 1] in (" ", ".", "")


def test_embedding_input_fits_the_model_window(embedder) -> None:
    chunker = Chunker(embedder.count_tokens, embedder.token_spans, max_tokens=10_000,
                      overlap_tokens=0, window_tokens=embedder.max_tokens)
    assert chunker.max_tokens <= embedder.max_tokens - TITLE_TOKENS - 1
    title = "A very long headline " * 40
    article = Article(id="a", title=title, text=stories.BRIDGE * 5)
    for p in chunker.split([article])[0]:
        text = chunker.embedding_text(article.title, p.text)
        assert embedder.count_tokens([text])[0] <= embedder.max_tokens
        assert text.endswith(p.text)


def test_empty_article_has_no_passages(chunker) -> None:
    assert chunker.split([Article(id="e", text="")]) == [[]]
