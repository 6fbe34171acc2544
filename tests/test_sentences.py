"""Sentence spans and spaCy parsing (retrieval/sentences.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from retrieval.sentences import PARSE_BATCH, paragraph_spans, parse, sentence_spans


def test_sentence_spans_stay_in_their_text_across_batches() -> None:
    # More paragraphs than one parsing batch holds: every span must still land in its own text.
    texts = [f"Story {n} begins here. It ends in Paris.\n\nA second paragraph of story {n}."
             for n in range(PARSE_BATCH // 2 + 7)]
    spans = sentence_spans(texts)
    assert len(spans) == len(texts)
    for n, (text, found) in enumerate(zip(texts, spans, strict=True)):
        assert [text[s:e] for s, e in found] == [f"Story {n} begins here.", "It ends in Paris.",
                                                 f"A second paragraph of story {n}."]


def test_a_paragraph_of_one_character_ends_at_its_blank_line() -> None:
    # A section break ("♦") on its own paragraph opened the next sentence, which the tagger then
    # parsed around the glyph as a verb.
    text = "Find the story in the description.\n\n♦\n\nA full day after losing, Tom Baker has not conceded.\n\nX"
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "Find the story in the description.", "♦", "A full day after losing, Tom Baker has not conceded.", "X"]
    assert "A full day after losing, Tom Baker has not conceded." in [text[s:e] for s, e in sentence_spans([text])[0]]


def test_a_break_the_segmenter_makes_inside_a_word_is_no_sentence_break() -> None:
    # The segmenter ended a sentence at "Co" of a sentence-initial "Co-star", leaving "-star Richard Gere …".
    texts = ["The director said he was disappointed. Co-star Richard Gere attended the event.",
             "Co-founder Mick Fleetwood said the band would tour.", "He left.The next day she came."]
    assert [[text[s:e] for s, e in found] for text, found in zip(texts, sentence_spans(texts), strict=True)] == [
        ["The director said he was disappointed.", "Co-star Richard Gere attended the event."],
        ["Co-founder Mick Fleetwood said the band would tour."],
        ["He left.", "The next day she came."]]  # (a full stop ends a sentence, however little space follows)


def test_parse_gives_entities_in_order_from_many_threads() -> None:
    texts = [f"Qais al-Khazali met officials in Baghdad on day {n}." for n in range(40)]
    with ThreadPoolExecutor(4) as pool:
        docs = [doc for batch in pool.map(parse, [texts[i:i + 5] for i in range(0, 40, 5)]) for doc in batch]
    assert [d.text for d in docs] == texts
    assert all({(e.text, e.label_) for e in d.ents} >= {("Baghdad", "GPE")} for d in docs)


def test_a_full_parse_is_kept_for_the_next_question_and_the_cache_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from retrieval import sentences

    first = sentences.parse(["Kane Tanaka, the world's oldest person, died at 119."])[0]
    again = sentences.parse(["Apple bought Beats.", "Kane Tanaka, the world's oldest person, died at 119."])
    assert again[1] is first  # not parsed again
    assert [(e.text, e.label_) for e in again[1].ents] == [("Kane Tanaka", "PERSON"), ("119", "CARDINAL")]
    assert [t.lemma_ for t in again[0]] == ["Apple", "buy", "Beats", "."]
    monkeypatch.setattr(sentences, "PARSE_CACHE", 2)
    sentences.parse(["One.", "Two.", "Three."])
    assert len(sentences._parsed) == 2
    assert sentences.parse(["Apple bought Beats."])[0] is not again[0]  # evicted: parsed afresh
