"""Shared fixtures: offline model, settings isolated from the developer's `.env`, a seed index."""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsdesk.settings import Settings
from retrieval.embedder import Embedder, shared_embedder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_ec867e4a2ccf4b86.txt"


def make_settings(tmp: Path, **overrides: object) -> Settings:
    """Settings that ignore any `.env` and point at temporary paths."""
    values: dict[str, object] = {"corpus": tmp / "corpus", "index": tmp / "index"}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real bundled embedding model, loaded once."""
    return shared_embedder("all-MiniLM-L6-v2", 16, None)


class CountingEmbedder:
    """The real embedder, counting how many passages it was asked to embed."""

    def __init__(self, inner: Embedder):
        self._inner = inner
        self.embedded = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def embed(self, texts, *, progress=None):  # type: ignore[no-untyped-def]
        self.embedded += len(texts)
        return self._inner.embed(texts, progress=progress)

    def embed_spans(self, texts, spans, *, progress=None):  # type: ignore[no-untyped-def]
        self.embedded += len(texts)
        return self._inner.embed_spans(texts, spans, progress=progress)


@pytest.fixture
def counting(embedder: Embedder) -> CountingEmbedder:
    """A passage-counting wrapper over the real embedder."""
    return CountingEmbedder(embedder)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Default settings on temporary paths."""
    return make_settings(tmp_path)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus folder holding a copy of the seed article."""
    path = tmp_path / "corpus"
    path.mkdir()
    shutil.copy(SEEDS / SEED_ID, path / SEED_ID)
    return path


@pytest.fixture
def write_article(corpus: Path) -> Callable[..., Path]:
    """Write a plain-text article into the corpus: write_article(name, text)."""

    def write(name: str, text: str) -> Path:
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    """Write records as JSON lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Path]:
    """An index of the shipped seed corpus, built once for read-only tests."""
    from retrieval import build_index

    tmp = tmp_path_factory.mktemp("seed")
    build_index(SEEDS, tmp / "index", settings=make_settings(tmp), embedder=embedder)
    yield tmp / "index"
