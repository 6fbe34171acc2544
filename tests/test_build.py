"""Build: incremental add / change / delete, atomic switch, bad input, locking."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

import retrieval.build
import retrieval.store
from retrieval import BuildInProgress, Retriever, build_index
from retrieval.store import build_lock, current_version_dir
from tests import stories
from tests.conftest import ROOT, SEED_ID, make_settings


def _ids(retriever: Retriever, query: str, **kw: object) -> list[str]:
    return [h.article_id for h in retriever.search(query, 10, **kw)]  # type: ignore[arg-type]


def test_incremental_add_change_delete(corpus, write_article, settings, counting, tmp_path) -> None:
    write_article("bridge.txt", stories.BRIDGE)
    write_article("flood.txt", stories.FLOOD)
    first = build_index(corpus, settings.index, settings=settings, embedder=counting)
    assert (first.added, first.updated, first.removed) == (3, 0, 0)
    assert first.embedded == first.passages == counting.embedded > 3

    retriever = Retriever.open(settings.index, settings=settings, embedder=counting)
    assert "flood.txt" in _ids(retriever, "Danube flooding near Linz")

    # Nothing changed: nothing embedded.
    counting.embedded = 0
    again = build_index(corpus, settings.index, settings=settings, embedder=counting)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)
    assert counting.embedded == again.embedded == 0
    assert again.passages == first.passages

    # Add one article: only its passages are embedded.
    write_article("sub/election.txt", stories.ELECTION)
    counting.embedded = 0
    added = build_index(corpus, settings.index, settings=settings, embedder=counting)
    assert added.added == 1 and added.unchanged == 3
    assert counting.embedded == added.passages - first.passages > 0

    # Change one: re-embedded, and the new text is what is found.
    write_article("bridge.txt", stories.BRIDGE.replace("Meridian Works", "Castellan Builders"))
    counting.embedded = 0
    changed = build_index(corpus, settings.index, settings=settings, embedder=counting)
    assert changed.updated == 1 and changed.added == 0
    bridge_passages = len(retriever.catalog().article_passages("bridge.txt"))
    assert counting.embedded == bridge_passages
    hits = retriever.search("Castellan Builders contractor", 3)
    assert hits[0].article_id == "bridge.txt" and "Castellan" in retriever.article_text("bridge.txt")

    # Delete one: purged, never returned again, by any ranker, even to an already open retriever.
    (corpus / "flood.txt").unlink()
    removed = build_index(corpus, settings.index, settings=settings, embedder=counting)
    assert removed.removed == 1
    for mode in ("hybrid", "dense", "bm25"):
        assert "flood.txt" not in _ids(retriever, "Danube flooding near Linz", mode=mode)
    assert retriever.catalog().article("flood.txt") is None
    assert retriever.manifest.passages == removed.passages
    # Every passage left, kept from earlier builds or embedded anew, has its sentences' vectors.
    ids, _ = retriever.catalog().passage_texts()
    stored = retriever.sentences(ids)
    assert sorted(stored) == ids and all(len(spans) == len(vectors) > 0 for spans, vectors in stored.values())
    changed_text = retriever.article_text("bridge.txt") or ""
    spans = [span for p in retriever.catalog().article_passages("bridge.txt") for span in stored[p.id][0]]
    assert any("Castellan Builders" in changed_text[s:e] for s, e in spans)


def test_bad_input_is_skipped_and_counted(corpus, write_article, settings, embedder) -> None:
    write_article("bridge.txt", stories.BRIDGE)
    write_article("empty.txt", "")
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "recs.jsonl").write_text('{"id": "a", "text": "Fine."}\n{"id": "b"\n', encoding="utf-8")
    seen = []
    report = build_index(corpus, settings.index, settings=settings, embedder=embedder,
                         on_problem=seen.append)
    assert report.articles == 3  # seed, bridge, record a
    assert len(report.skipped) == 3 == len(seen)
    assert "skipped 3" in report.summary()
    assert {p.path for p in report.skipped} == {"empty.txt", "bin.txt", "recs.jsonl"}


@pytest.mark.parametrize("stage", ["embed", "lexical", "switch"])
def test_failure_mid_build_leaves_previous_index_serving(
    stage, corpus, write_article, settings, embedder, monkeypatch
) -> None:
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    before = current_version_dir(settings.index)
    write_article("bridge.txt", stories.BRIDGE)

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("injected failure")

    if stage == "embed":
        monkeypatch.setattr(type(embedder), "embed_spans", boom)
    elif stage == "lexical":
        monkeypatch.setattr(retrieval.build.Lexical, "build", boom)
    else:  # the very last step: replacing CURRENT
        monkeypatch.setattr(retrieval.store.os, "replace", boom)
    with pytest.raises(RuntimeError, match="injected"):
        build_index(corpus, settings.index, settings=settings, embedder=embedder)
    monkeypatch.undo()

    assert current_version_dir(settings.index) == before
    retriever = Retriever.open(settings.index, settings=settings, embedder=embedder)
    assert retriever.search("Who leads Asaib Ahl al-Haq?", 1)[0].article_id == SEED_ID
    assert "bridge.txt" not in _ids(retriever, "Harbour Bridge reopened")
    # The next build succeeds and cleans up what the failed one left behind.
    report = build_index(corpus, settings.index, settings=settings, embedder=embedder)
    assert report.added == 1
    leftovers = [p.name for p in settings.index.iterdir() if p.name.startswith(".staging")]
    assert leftovers == []


def test_sigkill_mid_build_leaves_previous_index_serving(corpus, settings, embedder, tmp_path) -> None:
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    before = current_version_dir(settings.index)
    big = tmp_path / "big"
    big.mkdir()
    for n in range(400):
        (big / f"story{n:03d}.txt").write_text(
            stories.BRIDGE.replace("Harbour Bridge", f"Bridge number {n}") * 3, encoding="utf-8"
        )
    env = {**os.environ, "NEWSDESK_INDEX": str(settings.index), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdesk.cli", "index", "--corpus", str(big), "--full"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not any(p.name.startswith(".staging") for p in settings.index.iterdir()):
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the build never started"
            time.sleep(0.05)
        time.sleep(1.0)  # well into embedding
        assert proc.poll() is None, "build finished before it could be killed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert current_version_dir(settings.index) == before
    retriever = Retriever.open(settings.index, settings=settings, embedder=embedder)
    assert retriever.search("Who leads Asaib Ahl al-Haq?", 1)[0].article_id == SEED_ID
    with build_lock(settings.index):  # the killed build's lock died with it
        pass


def test_one_build_at_a_time(corpus, settings, embedder) -> None:
    with build_lock(settings.index), pytest.raises(BuildInProgress, match="another build"):
        build_index(corpus, settings.index, settings=settings, embedder=embedder)


def test_hnsw_index_with_incremental_delete(corpus, write_article, tmp_path, embedder) -> None:
    settings = make_settings(tmp_path, index_kind="hnsw")
    write_article("bridge.txt", stories.BRIDGE)
    write_article("flood.txt", stories.FLOOD)
    report = build_index(corpus, settings.index, settings=settings, embedder=embedder)
    assert report.index_kind == "hnsw"
    retriever = Retriever.open(settings.index, settings=settings, embedder=embedder)
    assert retriever.search("Danube flood", 1, mode="dense")[0].article_id == "flood.txt"
    (corpus / "flood.txt").unlink()
    report = build_index(corpus, settings.index, settings=settings, embedder=embedder)
    assert report.index_kind == "hnsw" and report.removed == 1
    assert "flood.txt" not in _ids(retriever, "Danube flood", mode="dense")
    assert retriever.manifest.passages == report.passages  # the search switched versions


def test_auto_kind_switches_to_hnsw_above_threshold(corpus, write_article, tmp_path, embedder) -> None:
    settings = make_settings(tmp_path, exact_max_passages=5)
    assert build_index(corpus, settings.index, settings=settings, embedder=embedder).index_kind == "flat"
    write_article("bridge.txt", stories.BRIDGE)
    write_article("flood.txt", stories.FLOOD)
    report = build_index(corpus, settings.index, settings=settings, embedder=embedder)
    assert report.passages > 5 and report.index_kind == "hnsw"
