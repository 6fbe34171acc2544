"""Evidence: the sentences of retrieved passages, scored for how well they support a text."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from retrieval import Hit
from retrieval.embedder import Embedder
from retrieval.lexical import spelled_out_terms
from retrieval.passages import embedding_input
from retrieval.sentences import sentence_spans

log = logging.getLogger(__name__)

# How a sentence's support for a text is scored: meaning (cosine of embeddings) and the share
# of the text's IDF-weighted content terms it contains. Calibrated on ../shared/data (see
# docs/ARCHITECTURE.md, "Answering").
DENSE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.5
# When choosing the answer sentence, sentences of better-ranked articles get a bonus
# (0.5 / (1 + article rank)): retrieval, fused over whole passages and titles, is the better
# judge of which article answers; a sentence outscoring the top article's from a lower one was
# from the gold article only 12-19% of the time (benchmarks/README.md, "Calibration"). Within
# an article, the sentence alone decides.
RANK_PRIOR = 0.5
# The adjective of a "how" question names what is asked, rarely a word of the sentence answering it:
# "long" of "How long may power be out?" matched "a 7-mile-long island", not "restored for 30 days".
_HOW_ADJECTIVE_RE = re.compile(r"\b(how)\s+(?:long|far|old|big|tall|high|deep|wide|fast|soon|large|heavy|late"
                               r"|early|close)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a retrieved passage, located in its article."""

    hit: int  # index into the hits it came from
    start: int  # character offsets in the article text
    end: int
    text: str
    article_rank: int = 0  # rank of its article among the hits' distinct articles


@dataclass(frozen=True)
class Scored:
    """A sentence with its support score for some text."""

    sentence: Sentence
    dense: float
    lexical: float

    @property
    def score(self) -> float:
        """The combined support score."""
        return DENSE_WEIGHT * self.dense + LEXICAL_WEIGHT * self.lexical

    @property
    def answer_score(self) -> float:
        """The support score with the article-rank bonus, for choosing the answer sentence."""
        return self.score + RANK_PRIOR / (1 + self.sentence.article_rank)


# Text addressed to a language model rather than to readers: never evidence for an answer.
_INSTRUCTION_RE = re.compile(
    r"\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|rules?|prompts?)\b"
    r"|\b(system prompt|developer mode|jailbreak)\b"
    r"|\byou are (now|an? (ai|assistant|language model))\b"
    r"|\b(answer|reply|respond)\b.{0,30}\b(only|every question|all questions)\b.{0,30}\bwith\b"
    r"|\b(do not|don't|never) cite\b",
    re.IGNORECASE,
)


def is_instruction(sentence: str) -> bool:
    """Whether a sentence reads as an instruction to an AI model (a prompt injection)."""
    return bool(_INSTRUCTION_RE.search(sentence))


def overlap(weights: dict[str, float], terms: set[str]) -> float:
    """The IDF-weighted share of `weights`' terms that occur in `terms` (0 to 1)."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return sum(w for t, w in weights.items() if t in terms) / total


StoredSentences = Callable[[Sequence[int]], Mapping[int, tuple[Sequence[tuple[int, int]], np.ndarray]]]


class EvidencePool:
    """All sentences of a set of hits with their vectors, ranked against any text on demand.

    A sentence's vector is read in its passage's context (`Embedder.embed_spans`): stored by the
    index build when `stored` has it, computed from the passage otherwise.
    """

    def __init__(
        self,
        hits: Sequence[Hit],
        embedder: Embedder,
        term_weights: Callable[[str], dict[str, float]],
        stored: StoredSentences | None = None,
    ):
        from retrieval.lexical import initialisms, tokenize

        self.hits = list(hits)
        self._embedder = embedder
        self._term_weights = term_weights
        per_hit = self._sentences(stored)
        seen: set[tuple[str, int]] = set()
        sentences: list[Sentence] = []
        rows: list[np.ndarray] = []
        article_rank: dict[str, int] = {}
        for hit in self.hits:
            article_rank.setdefault(hit.article_id, len(article_rank))
        for number, (hit, (spans, vectors)) in enumerate(zip(self.hits, per_hit, strict=True)):
            for (start, end), vector in zip(spans, vectors, strict=True):
                text = hit.text[start - hit.start : end - hit.start]
                key = (hit.article_id, start)
                if key in seen:  # the same sentence in an overlapping passage of the same article
                    continue
                if is_instruction(text):
                    log.warning("ignoring instruction-like text in %s as evidence: %r", hit.article_id,
                                text[:80])
                    continue
                seen.add(key)
                sentences.append(Sentence(number, start, end, text, article_rank[hit.article_id]))
                rows.append(vector)
        self.sentences = sentences
        self._vectors = np.vstack(rows) if rows else np.zeros((0, embedder.dimension), dtype=np.float32)
        texts = [s.text for s in sentences]
        self._words = [set(words) for words in tokenize(texts)] if sentences else []
        # A sentence naming "the Centers for Disease Control" matches a question's "CDC".
        self._terms = [words | set(acronyms) for words, acronyms in zip(
            self._words, tokenize([" ".join(initialisms(t)) for t in texts]), strict=True)] if sentences else []

    def _sentences(self, stored: StoredSentences | None) -> list[tuple[Sequence[tuple[int, int]], np.ndarray]]:
        """Each hit's sentence spans (article offsets) and vectors: stored ones, else computed now."""
        found = stored([h.passage_id for h in self.hits]) if stored is not None and self.hits else {}
        missing = [i for i, h in enumerate(self.hits) if h.passage_id not in found]
        computed: dict[int, tuple[Sequence[tuple[int, int]], np.ndarray]] = {}
        if missing:
            local = sentence_spans([self.hits[i].text for i in missing])
            inputs = [embedding_input(self.hits[i].title, self.hits[i].text, spans, self._embedder.token_spans)
                      for i, spans in zip(missing, local, strict=True)]
            _, vectors = self._embedder.embed_spans([text for text, _ in inputs], [moved for _, moved in inputs],
                                                    progress=False)
            for i, spans, matrix in zip(missing, local, vectors, strict=True):
                offset = self.hits[i].start
                computed[i] = ([(offset + s, offset + e) for s, e in spans], matrix)
        return [found[h.passage_id] if i not in computed else computed[i] for i, h in enumerate(self.hits)]

    def rank(self, text: str, *, hit: int | None = None, focus: str | None = None,
             for_answer: bool = False) -> list[Scored]:
        """The pool's sentences (or one hit's) by support for `text`, best first.

        `focus`, if given, supplies the words that must match instead of `text`'s (for a
        follow-up, its own words matter more than the context it was resolved with).
        `for_answer` orders by `answer_score` (article rank counts) instead of `score`.
        """
        if not self.sentences:
            return []
        query = self._embedder.embed_query(text)[0]
        cosines = self._vectors @ query
        weights = self._term_weights(_HOW_ADJECTIVE_RE.sub(r"\1", focus or text)) or self._term_weights(text)
        # A sentence's "AMA" matches a question's "American Medical Association".
        spelled = spelled_out_terms(focus or text)
        scored = [
            Scored(s, float(cosines[i]), overlap(weights, self._terms[i].union(
                *(words for acronym, words in spelled.items() if acronym in self._words[i]))))
            for i, s in enumerate(self.sentences)
            if hit is None or s.hit == hit
        ]
        scored.sort(key=(lambda x: -x.answer_score) if for_answer else (lambda x: -x.score))
        return scored

    def neighbours(self, sentence: Sentence) -> list[Sentence]:
        """The sentences just before and after `sentence` in the same passage."""
        same = [s for s in self.sentences if s.hit == sentence.hit]
        if sentence not in same:
            return []
        i = same.index(sentence)
        return [same[j] for j in (i - 1, i + 1) if 0 <= j < len(same)]

    def vector(self, text: str) -> np.ndarray:
        """The embedding of a text, for callers comparing it with the pool."""
        return self._embedder.embed_query(text)[0]
