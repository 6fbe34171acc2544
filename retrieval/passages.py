"""Chunk: articles become sentence-aligned passages that fit the embedding model's window."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from retrieval.articles import Article
from retrieval.sentences import sentence_spans

log = logging.getLogger(__name__)

TITLE_TOKENS = 32  # the most title tokens prepended to a passage for embedding


@dataclass(frozen=True)
class Passage:
    """A span of an article's text, the unit that is embedded and retrieved."""

    article_id: str
    ordinal: int
    start: int
    end: int
    text: str
    sentences: tuple[tuple[int, int], ...] = ()  # article offsets of the sentences it packs


def embedding_text(title: str, text: str, token_spans: Callable[[str], list[tuple[int, int]]]) -> str:
    """What the model sees for a passage: the article title (cut to fit), a newline, the passage."""
    if not title:
        return text
    spans = token_spans(title)
    if len(spans) > TITLE_TOKENS:
        title = title[: spans[TITLE_TOKENS - 1][1]]
    return f"{title}\n{text}"


def embedding_input(title: str, text: str, spans: Sequence[tuple[int, int]],
                    token_spans: Callable[[str], list[tuple[int, int]]]) -> tuple[str, list[tuple[int, int]]]:
    """A passage's `embedding_text`, and `spans` of `text` moved to where they sit in it."""
    shown = embedding_text(title, text, token_spans)
    shift = len(shown) - len(text)  # the passage ends what the model sees
    return shown, [(s + shift, e + shift) for s, e in spans]


class Chunker:
    """Packs whole sentences into passages of at most `max_tokens`, overlapping by whole sentences."""

    def __init__(
        self,
        count_tokens: Callable[[Sequence[str]], list[int]],
        token_spans: Callable[[str], list[tuple[int, int]]],
        *,
        max_tokens: int,
        overlap_tokens: int,
        window_tokens: int,
    ):
        budget = window_tokens - TITLE_TOKENS - 1
        if max_tokens > budget:
            log.warning("chunk size %d exceeds the model window; using %d", max_tokens, budget)
        self.max_tokens = min(max_tokens, budget)
        self.overlap_tokens = min(overlap_tokens, self.max_tokens // 2)
        self.window_tokens = window_tokens
        self._count = count_tokens
        self._spans = token_spans

    def embedding_text(self, title: str, text: str) -> str:
        """What the model sees for a passage: the article title (cut to fit), then the passage."""
        return embedding_text(title, text, self._spans)

    def split(self, articles: Sequence[Article]) -> list[list[Passage]]:
        """The passages of each article, in order."""
        all_spans = sentence_spans([a.text for a in articles])
        sentences = [a.text[s:e] for a, spans in zip(articles, all_spans, strict=True) for s, e in spans]
        counts = iter(self._count(sentences))
        out = []
        for article, spans in zip(articles, all_spans, strict=True):
            units: list[tuple[int, int, int]] = []
            for start, end in spans:
                tokens = next(counts)
                if tokens <= self.max_tokens:
                    units.append((start, end, tokens))
                else:
                    units.extend(self._split_long(article.text, start, end))
            out.append(self._pack(article, units))
        return out

    def _split_long(self, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
        """A sentence longer than a passage, cut at word starts into pieces that fit."""
        spans = self._spans(text[start:end])
        pieces: list[tuple[int, int, int]] = []
        first = 0
        while first < len(spans):
            last = min(first + self.max_tokens, len(spans))
            if last < len(spans):
                # Back up to a token that starts a new word, so no word is cut in two.
                cut = last
                while cut > first + 1 and spans[cut][0] == spans[cut - 1][1]:
                    cut -= 1
                last = cut if cut > first + 1 else last
            piece_start = start + spans[first][0]
            piece_end = start + spans[last - 1][1]
            pieces.append((piece_start, piece_end, last - first))
            first = last
        return pieces

    def _pack(self, article: Article, units: list[tuple[int, int, int]]) -> list[Passage]:
        passages: list[Passage] = []
        first = 0
        while first < len(units):
            total = 0
            last = first
            while last < len(units) and total + units[last][2] <= self.max_tokens:
                total += units[last][2]
                last += 1
            last = max(last, first + 1)
            start, end = units[first][0], units[last - 1][1]
            passages.append(Passage(article.id, len(passages), start, end, article.text[start:end],
                                    tuple((s, e) for s, e, _ in units[first:last])))
            if last >= len(units):
                break
            # Start the next passage with the trailing sentences that fit in the overlap.
            back, overlap = last, 0
            while back - 1 > first and overlap + units[back - 1][2] <= self.overlap_tokens:
                back -= 1
                overlap += units[back][2]
            first = back
        return passages
