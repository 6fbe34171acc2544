"""Sentence spans and spaCy parsing (retrieval/sentences.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from retrieval.sentences import PARSE_BATCH, parse, sentence_spans


def test_sentence_spans_stay_in_their_text_across_batches() -> None:
    # More paragraphs than one parsing batch holds: every span must still land in its own text.
    texts = [f"Story {n} begins here. It ends in Paris.\n\nA second paragraph of story {n}."
             for n in range(PARSE_BATCH // 2 + 7)]
    spans = sentence_spans(texts)
    assert len(spans) == len(texts)
    for n, (text, found) in enumerate(zip(texts, spans, strict=True)):
        assert [text[s:e] for s, e in found] == [f"Story {n} begins here.", "It ends in Paris.",
                                                 f"A second paragraph of story {n}."]


def test_parse_gives_entities_in_order_from_many_threads() -> None:
    texts = [f"Qais al-Khazali met officials in Baghdad on day {n}." for n in range(40)]
    with ThreadPoolExecutor(4) as pool:
        docs = [doc for batch in pool.map(parse, [texts[i:i + 5] for i in range(0, 40, 5)]) for doc in batch]
    assert [d.text for d in docs] == texts
    assert all({(e.text, e.label_) for e in d.ents} >= {("Baghdad", "GPE")} for d in docs)
