"""Store: corrupt, truncated and mismatched indexes are detected, never silently used."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from retrieval import IndexCorrupt, IndexIncompatible, IndexMissing, Retriever, build_index
from retrieval.store import CATALOG, CURRENT, MANIFEST, VECTORS, current_version_dir
from tests import stories
from tests.conftest import make_settings


@pytest.fixture
def built(corpus, settings, embedder) -> Path:
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    live = current_version_dir(settings.index)
    assert live is not None
    return live


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda v: (v / VECTORS).write_bytes((v / VECTORS).read_bytes()[:100]), "truncated"),
        (lambda v: _flip_byte(v / VECTORS, 200), "checksum"),
        (lambda v: _flip_byte(v / CATALOG, 3000), "checksum"),
        (lambda v: (v / CATALOG).unlink(), "missing"),
        (lambda v: (v / MANIFEST).write_text("{not json", encoding="utf-8"), "unreadable"),
        (lambda v: (v / MANIFEST).unlink(), "no manifest"),
        (lambda v: (v.parent / CURRENT).write_text("../../etc", encoding="utf-8"), "names no version"),
        (lambda v: shutil.rmtree(v / "bm25"), "missing"),
    ],
)
def test_damaged_index_gives_one_clear_error(built, settings, embedder, damage, message) -> None:
    damage(built)
    with pytest.raises(IndexCorrupt, match=message) as caught:
        Retriever.open(settings.index, settings=settings, embedder=embedder)
    assert "newsdesk index --full" in str(caught.value)
    assert "\n" not in str(caught.value)
    # An incremental build refuses to build on it; a full build repairs it.
    with pytest.raises(IndexCorrupt):
        build_index(settings.corpus, settings.index, settings=settings, embedder=embedder)
    build_index(settings.corpus, settings.index, full=True, settings=settings, embedder=embedder)
    assert Retriever.open(settings.index, settings=settings, embedder=embedder).search("Khazali", 1)


def test_other_model_or_format_is_incompatible(built, settings, embedder, tmp_path) -> None:
    other = make_settings(tmp_path, model="sentence-transformers/all-mpnet-base-v2")
    with pytest.raises(IndexIncompatible, match="all-mpnet-base-v2.*newsdesk index --full"):
        Retriever.open(settings.index, settings=other)
    rechunked = make_settings(tmp_path, chunk_tokens=64)
    with pytest.raises(IndexIncompatible, match="64.*--full"):
        build_index(settings.corpus, settings.index, settings=rechunked, embedder=embedder)
    manifest = json.loads((built / MANIFEST).read_text(encoding="utf-8"))
    (built / MANIFEST).write_text(json.dumps({**manifest, "format_version": 99}), encoding="utf-8")
    with pytest.raises(IndexIncompatible, match="format 99"):
        Retriever.open(settings.index, settings=settings, embedder=embedder)


def test_missing_index(settings) -> None:
    with pytest.raises(IndexMissing, match="newsdesk index"):
        Retriever.open(settings.index, settings=settings)


def test_corrupt_new_version_is_not_served(built, corpus, write_article, settings, embedder, caplog) -> None:
    retriever = Retriever.open(settings.index, settings=settings, embedder=embedder)
    old_version = retriever.manifest.version
    write_article("bridge.txt", stories.BRIDGE)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    newest = current_version_dir(settings.index)
    assert newest is not None and newest != built
    _flip_byte(newest / VECTORS, 150)
    with caplog.at_level(logging.ERROR):
        hits = retriever.search("Harbour bridge", 3)
    assert retriever.manifest.version == old_version
    assert all(h.article_id != "bridge.txt" for h in hits)
    assert "unusable" in caplog.text


def test_no_pickle_files_in_an_index(built) -> None:
    for path in built.rglob("*"):
        if path.suffix == ".npy":
            header = path.read_bytes()[:200]
            assert b"'descr': '|O'" not in header  # object arrays would need pickle
        assert path.suffix not in {".pkl", ".pickle"}
