"""Lexical search: BM25 (bm25s) over passage texts, with spelling variants of rare names."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

_IDS_FILE = "passage_ids.npy"
_VARIANT_WEIGHT = 0.7


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _bm25s():  # type: ignore[no-untyped-def]
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    return bm25s


@lru_cache(maxsize=1)
def _stopwords() -> list[str]:
    # spaCy's English list (326 words): bm25s's own has 33 and keeps "what", "did", "about".
    from spacy.lang.en.stop_words import STOP_WORDS

    return sorted(STOP_WORDS)


@lru_cache(maxsize=1)
def _stop_set() -> frozenset[str]:
    return frozenset(_stopwords())


# A run of capitalised words, minor words between: "Centers for Disease Control and Prevention".
_NAME_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the|on|de|du|da|del|la)\s+)*[A-Z][a-z]+)+")
_LEAD_RE = re.compile(r"(?:(?:[Tt]he|[A-Z]{2,}\.?)\s+)*")  # what may open a name before its run: "the US"
_MINOR_WORDS = frozenset({"of", "for", "and", "the", "on", "de", "du", "da", "del", "la"})


def _named_runs(text: str) -> Iterator[tuple[str, str]]:
    """Each multi-word name of a text with its initials: ("Centers for Disease Control", "cdc")."""
    for run in _NAME_RUN_RE.finditer(text):
        words = run.group(0).split()
        while len(words) > 2 and words[0].lower() in _stop_set():  # a sentence's "The European Union"
            words = words[1:]
        yield " ".join(words), "".join(word[0] for word in words if word not in _MINOR_WORDS).lower()


def initialisms(text: str, opening: bool = False) -> list[str]:
    """The acronyms a text's multi-word names would have, to match a question's: "cdc" for "the US
    Centers for Disease Control and Prevention", "fbi" for "Federal Bureau of Investigation"; three
    letters or more from any of a name's words, or two for a whole two-word name ("eu"). `opening`:
    of the name the text opens with only, after "the" and abbreviations ("the US Food and Drug …")."""
    found: list[str] = []
    runs = list(_named_runs(text))
    if opening:
        first = _NAME_RUN_RE.search(text)
        runs = runs[:1] if first and _LEAD_RE.fullmatch(text[: first.start()]) else []
    for _, initials in runs:
        found.extend(initials[i:j] for i in range(len(initials)) for j in range(i + 3, len(initials) + 1))
        if len(initials) == 2:
            found.append(initials)
    return found


def spelled_out(text: str) -> dict[str, str]:
    """A text's multi-word names by their whole acronym, to match a sentence that abbreviates them:
    {"ama": "American Medical Association"}."""
    return {initials: name for name, initials in _named_runs(text) if len(initials) >= 2}


def spelled_out_terms(text: str) -> dict[str, set[str]]:
    """`spelled_out` as search terms: each name's acronym term with the name's own terms
    ({"ama": {"american", "medic", "associ"}}); an acronym that is a stop word ("us") drops out."""
    names = spelled_out(text)
    if not names:
        return {}
    return {acronym[0]: set(words) for acronym, words in zip(tokenize(list(names)), tokenize(list(names.values())),
                                                             strict=True) if len(acronym) == 1}


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lower-cased, stop-word-free, stemmed tokens of each text."""
    return _bm25s().tokenize(
        list(texts), stopwords=_stopwords(), stemmer=_stemmer(), return_ids=False, show_progress=False
    )


class Lexical:
    """A BM25 index over passages, addressed by passage id."""

    def __init__(self, bm25: object, passage_ids: np.ndarray):
        self._bm25 = bm25
        self.passage_ids = passage_ids
        self._row_of = {int(pid): row for row, pid in enumerate(passage_ids.tolist())}
        vocab: dict[str, int] = bm25.vocab_dict  # type: ignore[attr-defined]
        self._vocab = vocab
        indptr = bm25.scores["indptr"]  # type: ignore[attr-defined]
        self._df = np.diff(indptr) if len(indptr) > 1 else np.zeros(0, dtype=np.int64)
        self._rare_limit = max(3, int(0.002 * len(passage_ids)))
        self._rare_terms: list[str] | None = None

    @classmethod
    def build(cls, passage_ids: Sequence[int], terms: Sequence[Sequence[str]]) -> Lexical:
        """A BM25 index over passages given as their `tokenize`d terms."""
        bm25 = _bm25s().BM25()
        # An empty token keeps queries with no known words from failing inside bm25s.
        bm25.index([list(t) or [""] for t in terms] or [[""]], show_progress=False)
        ids = np.asarray(passage_ids if terms else [-1], dtype=np.int64)
        return cls(bm25, ids)

    def save(self, directory: Path) -> list[Path]:
        """Write the index under `directory` (numpy arrays and JSON, no pickle); the files written."""
        directory.mkdir(parents=True, exist_ok=True)
        self._bm25.save(str(directory), allow_pickle=False, show_progress=False)  # type: ignore[attr-defined]
        np.save(directory / _IDS_FILE, self.passage_ids, allow_pickle=False)
        return sorted(p for p in directory.iterdir() if p.is_file())

    @classmethod
    def load(cls, directory: Path) -> Lexical:
        """Read an index written by `save`."""
        bm25 = _bm25s().BM25.load(str(directory), allow_pickle=False, show_progress=False, mmap=False)
        ids = np.load(directory / _IDS_FILE, allow_pickle=False)
        if len(ids) != bm25.scores["num_docs"]:
            raise ValueError("BM25 index and passage id list disagree in length")
        return cls(bm25, ids)

    def term_weights(self, text: str) -> dict[str, float]:
        """Each stemmed content term of `text` with its inverse document frequency here.

        Terms the index has never seen get the highest weight: they are the rarest of all.
        """
        n = max(1, len(self.passage_ids))
        out = {}
        for term in tokenize([text])[0]:
            term_id = self._vocab.get(term)
            df = int(self._df[term_id]) if term_id is not None else 0
            out[term] = float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
        return out

    def query_terms(self, query: str) -> dict[int, float]:
        """Vocabulary ids of the query's terms with their weights, spelling variants included."""
        weights: dict[int, float] = {}
        for term in tokenize([query])[0]:
            term_id = self._vocab.get(term)
            if term_id is not None:
                weights[term_id] = max(weights.get(term_id, 0.0), 1.0)
            for variant in self._variants(term, term_id):
                vid = self._vocab[variant]
                weights[vid] = max(weights.get(vid, 0.0), _VARIANT_WEIGHT)
        # A passage that says "AMA" for the question's "American Medical Association".
        for acronym in spelled_out_terms(query):
            term_id = self._vocab.get(acronym)
            if term_id is not None:
                weights[term_id] = max(weights.get(term_id, 0.0), 1.0)
        return weights

    def _variants(self, term: str, term_id: int | None) -> list[str]:
        """Rare vocabulary terms one or two edits from a rare or unknown query term (Khazali, Khizali)."""
        if len(term) < 5 or not term.isalpha():
            return []
        if term_id is not None and self._df[term_id] > self._rare_limit:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if self._rare_terms is None:
            self._rare_terms = [
                t for t, i in self._vocab.items()
                if len(t) >= 4 and t.isalpha() and self._df[i] <= self._rare_limit
            ]
        limit = 1 if len(term) < 8 else 2
        found = process.extract(
            term, self._rare_terms, scorer=Levenshtein.distance, score_cutoff=limit, limit=8
        )
        return [t for t, _, _ in found if t != term and t[0] == term[0]]

    def search(self, query: str, k: int, *, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The k best (passage id, BM25 score) pairs with a positive score, best first.

        `allowed`, if given, is a boolean mask over passage rows (see `rows_mask`).
        """
        weights = self.query_terms(query)
        if not weights:
            return []
        scores = np.zeros(len(self.passage_ids), dtype=np.float32)
        by_weight: dict[float, list[int]] = {}
        for term_id, weight in weights.items():
            by_weight.setdefault(weight, []).append(term_id)
        for weight, term_ids in by_weight.items():
            scores += weight * self._bm25.get_scores_from_ids(term_ids)  # type: ignore[attr-defined]
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(self.passage_ids[r]), float(scores[r])) for r in top if scores[r] > 0]

    def rows_mask(self, passage_ids: Sequence[int]) -> np.ndarray:
        """A boolean mask over this index's rows, true for the given passage ids."""
        mask = np.zeros(len(self.passage_ids), dtype=bool)
        rows = [self._row_of[int(p)] for p in passage_ids if int(p) in self._row_of]
        mask[rows] = True
        return mask

