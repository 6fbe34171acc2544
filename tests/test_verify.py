"""Citation verification: markers repaired or dropped, unsupported claims re-attached or removed."""

from __future__ import annotations

import shutil

import pytest

from qa.evidence import EvidencePool
from qa.extractive import Draft
from qa.verify import normalize_markers, verify
from retrieval import Retriever, build_index
from tests import stories
from tests.conftest import SEED_ID, SEEDS, make_settings


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Khazali leads it [1].", "Khazali leads it [1]."),
        ("Khazali leads it [1, 2].", "Khazali leads it [1][2]."),
        ("Khazali leads it 【2】.", "Khazali leads it [2]."),
        ("Khazali leads it (ID: 2).", "Khazali leads it [2]."),
        ("Khazali leads it [Source 1][source: 2].", "Khazali leads it [1][2]."),
        ("Khazali leads it [^1].", "Khazali leads it [1]."),
        ("Khazali leads it [1-3].", "Khazali leads it [1][2][3]."),
        ("Khazali leads it (ID: 12).", "Khazali leads it ."),
        ("Khazali leads it [7][1].", "Khazali leads it [1]."),
    ],
)
def test_normalize_markers(raw: str, expected: str) -> None:
    text, notes = normalize_markers(raw, 3)
    assert text == expected
    assert bool(notes) == ("12" in raw or "[7]" in raw)


@pytest.fixture(scope="module")
def pool(tmp_path_factory, embedder) -> EvidencePool:  # type: ignore[no-untyped-def]
    """Evidence from the seed's passages, then one passage of the bridge story."""
    tmp = tmp_path_factory.mktemp("verify")
    (tmp / "corpus").mkdir()
    shutil.copy(SEEDS / SEED_ID, tmp / "corpus" / SEED_ID)
    (tmp / "corpus" / "bridge.txt").write_text(stories.BRIDGE, encoding="utf-8")
    settings = make_settings(tmp)
    build_index(tmp / "corpus", settings.index, settings=settings, embedder=embedder)
    retriever = Retriever.open(settings.index, settings=settings, embedder=embedder)
    hits = retriever.search("Who leads Asaib Ahl al-Haq?", 3, source="Washington Times")
    hits += retriever.search("Harbour Bridge", 1, source="Associated Press", since="2023-01-01")
    assert [h.article_id for h in hits] == [SEED_ID] * 3 + ["bridge.txt"]
    return EvidencePool(hits, embedder, retriever.term_weights)


def _hit_of(pool: EvidencePool, phrase: str) -> int:
    return next(i for i, h in enumerate(pool.hits) if phrase in h.text)


def test_supported_citation_is_kept_with_a_verbatim_quote(pool: EvidencePool) -> None:
    n = _hit_of(pool, "head of Asaib Ahl al-Haq") + 1
    draft = verify(Draft(f"Qais al-Khazali heads Asaib Ahl al-Haq [{n}].", "Qais al-Khazali"), pool,
                   min_support=0.4, check_support=True)
    assert draft is not None and draft.text == f"Qais al-Khazali heads Asaib Ahl al-Haq [{n}]."
    (span,) = draft.quotes[n - 1]
    hit = pool.hits[n - 1]
    assert "head of Asaib Ahl al-Haq" in hit.text[span[0] - hit.start : span[1] - hit.start]


def test_forged_citation_is_moved_to_the_supporting_passage(pool: EvidencePool) -> None:
    right = _hit_of(pool, "head of Asaib Ahl al-Haq")
    draft = verify(Draft("Qais al-Khazali heads Asaib Ahl al-Haq [4].", None), pool,
                   min_support=0.4, check_support=True)
    assert draft is not None
    assert draft.text.endswith(f"[{right + 1}].") and set(draft.quotes) == {right}
    assert any("dropped citation" in n for n in draft.notes)
    assert any("attached" in n for n in draft.notes)


def test_unsupported_sentence_is_removed(pool: EvidencePool) -> None:
    n = _hit_of(pool, "head of Asaib Ahl al-Haq") + 1
    draft = verify(Draft(f"Qais al-Khazali heads Asaib Ahl al-Haq [{n}]. France won the 2018 World Cup [{n}].",
                         None), pool, min_support=0.4, check_support=True)
    assert draft is not None and "World Cup" not in draft.text
    assert any("removed unsupported" in note for note in draft.notes)
    assert verify(Draft("France won the 2018 World Cup.", None), pool, min_support=0.4,
                  check_support=True) is None
