"""The embedder: the traced model gives the eager model's embeddings, and falls back when it cannot."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval import embedder as embedder_module
from retrieval.embedder import Embedder

TEXTS = [
    "Who leads Asaib Ahl al-Haq?",
    "Iraqi lawmakers have demanded a timetable for the withdrawal of the 5,200 U.S. troops.",
    "Qais al-Khazali, the leader of the militia, said parliament would vote on it. " * 30,  # over the window
    "Why?",
]


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1)


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_the_traced_model_embeds_like_the_eager_one(precision: str) -> None:
    traced, eager = Embedder(precision=precision), Embedder(precision=precision, trace=False)
    assert traced.traced and not eager.traced
    # One batch of mixed lengths (padding), one text alone, and a query.
    assert _cosines(traced.embed(TEXTS), eager.embed(TEXTS)).min() > 0.9999
    assert _cosines(traced.embed(TEXTS[1:2]), eager.embed(TEXTS[1:2])).min() > 0.9999
    assert _cosines(traced.embed_query(TEXTS[0]), eager.embed_query(TEXTS[0])).min() > 0.9999
    # And it still tells passages apart: a different text is not the same vector.
    assert _cosines(traced.embed(TEXTS[:1]), traced.embed(TEXTS[1:2])).max() < 0.9


def test_a_model_that_cannot_be_traced_stays_eager(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    def refuse(*args: object, **kwargs: object) -> object:
        raise RuntimeError("unsupported operator")

    monkeypatch.setattr(torch.jit, "trace", refuse)
    embedder = Embedder(precision="fp32")
    assert not embedder.traced
    assert _cosines(embedder.embed(TEXTS), Embedder(precision="fp32", trace=False).embed(TEXTS)).min() > 0.9999


def test_a_trace_that_changes_the_embeddings_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    real = embedder_module.frozen_forward

    def skewed(encoder: object, example: dict[str, object], *, bf16: bool):  # type: ignore[no-untyped-def]
        forward = real(encoder, example, bf16=bf16)
        assert forward is not None

        def wrong(**inputs: object) -> dict[str, object]:
            out = forward(**inputs)
            hidden = out["last_hidden_state"]
            return {"last_hidden_state": hidden.flip(-1)}  # type: ignore[attr-defined]

        return wrong

    monkeypatch.setattr(embedder_module, "frozen_forward", skewed)
    embedder = Embedder(precision="fp32")
    assert not embedder.traced
    assert _cosines(embedder.embed(TEXTS), Embedder(precision="fp32", trace=False).embed(TEXTS)).min() > 0.9999


def test_a_repeated_query_is_embedded_once_and_shared_read_only(embedder) -> None:  # type: ignore[no-untyped-def]
    calls = []
    original = embedder._encode
    embedder._encode = lambda texts: calls.append(list(texts)) or original(texts)
    try:
        first = embedder.embed_query("Who leads the militia repeated-query test?")
        again = embedder.embed_query("Who leads the militia repeated-query test?")
        other = embedder.embed_query("How many troops repeated-query test?")
    finally:
        del embedder._encode
    assert len(calls) == 2 and np.array_equal(first, again)
    assert _cosines(first, other).max() < 0.99
    with pytest.raises(ValueError):
        first[0, 0] = 1.0  # shared between callers: never changed in place


def test_spans_are_embedded_in_context_from_their_texts_forward_pass(embedder: Embedder) -> None:
    text = ("Iraq militias\nQais al-Khazali leads Asaib Ahl al-Haq, an Iranian-backed militia. "
            "The harbour bridge in Sydney reopened on Monday after repairs.")
    first = (text.index("Qais"), text.index(" The harbour"))
    second = (text.index("The harbour"), len(text))
    vectors, spans = embedder.embed_spans([text, TEXTS[2], TEXTS[3]], [[first, second], [(0, 10), (5000, 5010)], []])
    # The texts' own vectors are the ones `embed` gives.
    assert _cosines(vectors, embedder.embed([text, TEXTS[2], TEXTS[3]])).min() > 0.9999
    assert [s.shape for s in spans] == [(2, embedder.dimension), (2, embedder.dimension), (0, embedder.dimension)]
    assert np.allclose(np.linalg.norm(spans[0], axis=1), 1.0, atol=1e-5)
    militia = embedder.embed_query("Who leads Asaib Ahl al-Haq?")[0]
    bridge = embedder.embed_query("When did the Sydney harbour bridge reopen?")[0]
    assert spans[0][0] @ militia > spans[0][1] @ militia + 0.1
    assert spans[0][1] @ bridge > spans[0][0] @ bridge + 0.1
    # A span the model's window cut off gets its text's vector; one inside it does not.
    assert spans[1][1] @ vectors[1] > 0.9999 and spans[1][0] @ vectors[1] < 0.99
