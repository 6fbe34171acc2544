"""Build: a corpus folder becomes a new index version, re-embedding only what changed."""

from __future__ import annotations

import logging
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsdesk.settings import Settings, get_settings
from retrieval import dedup, vectors
from retrieval.articles import Article, Problem, read_corpus
from retrieval.catalog import Catalog, StoredPassage
from retrieval.embedder import Embedder, embedder_for
from retrieval.lexical import Lexical, tokenize
from retrieval.passages import Chunker, embedding_input
from retrieval.store import (
    CATALOG,
    LEXICAL,
    VECTORS,
    Manifest,
    build_lock,
    check_compatible,
    corpus_fingerprint,
    current_version_dir,
    new_staging_dir,
    next_version_name,
    prune,
    publish,
    read_manifest,
    verify_files,
)

log = logging.getLogger(__name__)

ARTICLES_PER_BATCH = 2000  # articles chunked, embedded and stored together; bounds memory


@dataclass(frozen=True)
class BuildReport:
    """What a build did."""

    index_dir: str
    version: str
    added: int
    updated: int
    removed: int
    unchanged: int
    articles: int
    passages: int
    embedded: int
    seconds: float
    index_kind: str
    skipped: tuple[Problem, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        """A short human summary, one fact per clause."""
        return (
            f"index {self.version} in {self.index_dir}: {self.articles} articles, {self.passages}"
            f" passages ({self.index_kind}); added {self.added}, updated {self.updated}, removed"
            f" {self.removed}, unchanged {self.unchanged}, skipped {len(self.skipped)};"
            f" embedded {self.embedded} passages in {self.seconds:.1f}s"
        )


def build_index(
    corpus: Path | str,
    index_dir: Path | str,
    *,
    full: bool = False,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    progress: bool | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> BuildReport:
    """Index every article under `corpus` into a new version in `index_dir` and make it live.

    Incremental unless `full`: unchanged articles keep their vectors, changed ones are
    re-embedded, deleted ones are purged. The previous version stays live until the new
    one is complete.
    """
    settings = settings or get_settings()
    corpus, index_dir = Path(corpus), Path(index_dir)
    started = time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    with build_lock(index_dir):
        articles, problems = _read(corpus, on_problem)
        fingerprint = corpus_fingerprint(corpus)

        old_dir = None if full else current_version_dir(index_dir)
        old_manifest = None
        old_checksums: dict[str, str] = {}
        if old_dir is not None:
            old_manifest = read_manifest(old_dir)
            verify_files(old_dir, old_manifest)
            check_compatible(old_manifest, model=settings.model, chunk_tokens=settings.chunk_tokens,
                             chunk_overlap_tokens=settings.chunk_overlap_tokens)
            reader = Catalog.open_readonly(old_dir / CATALOG)
            old_checksums = reader.checksums()
            reader.close()

        current = {a.id: a for a in articles}
        added = [a for a in articles if a.id not in old_checksums]
        changed = [a for a in articles if a.id in old_checksums and old_checksums[a.id] != a.checksum]
        removed = [aid for aid in old_checksums if aid not in current]
        to_embed = added + changed

        staging = new_staging_dir(index_dir)
        try:
            catalog = Catalog.create(staging / CATALOG)
            if old_dir is not None:
                catalog.copy_from(old_dir / CATALOG)
            dropped = catalog.delete_articles(removed + [a.id for a in changed])

            if embedder is None and (to_embed or old_manifest is None):
                embedder = embedder_for(settings)
            dimension = embedder.dimension if embedder is not None else old_manifest.dimension  # type: ignore[union-attr]
            if old_manifest is not None and dimension != old_manifest.dimension:
                raise RuntimeError(
                    f"model {settings.model} gives {dimension} dimensions, the index has"
                    f" {old_manifest.dimension}"
                )
            next_id = old_manifest.next_passage_id if old_manifest else 1
            new_ids, new_vectors, next_id = _embed_into(
                catalog, to_embed, embedder, settings, next_id, show
            )

            stories = dedup.group_stories(catalog.signatures(), settings.dedup_threshold)
            catalog.set_stories(stories)
            passage_ids, passage_terms = catalog.passage_terms()
            if dropped:
                catalog.vacuum()
            catalog.close()

            old_index = vectors.read(old_dir / VECTORS) if old_dir is not None else None
            params = vectors.VectorParams(
                kind=settings.index_kind, exact_max=settings.exact_max_passages,
                hnsw_m=settings.hnsw_m, ef_construction=settings.hnsw_ef_construction,
                ef_search=settings.hnsw_ef_search,
            )
            index = vectors.updated(old_index, dimension, dropped, new_ids, new_vectors, params)
            if index.ntotal != len(passage_ids):
                raise RuntimeError(
                    f"vector count {index.ntotal} disagrees with passage count {len(passage_ids)}"
                )
            vectors.write(index, staging / VECTORS)
            Lexical.build(passage_ids, passage_terms).save(staging / LEXICAL)

            manifest = Manifest(
                version=next_version_name(index_dir),
                model=settings.model,
                dimension=dimension,
                chunk_tokens=settings.chunk_tokens,
                chunk_overlap_tokens=settings.chunk_overlap_tokens,
                index_kind=vectors.kind_of(index),
                articles=len(articles),
                passages=len(passage_ids),
                next_passage_id=next_id,
                corpus=str(corpus.resolve()),
                corpus_fingerprint=fingerprint,
                skipped=len(problems),
            )
            publish(index_dir, staging, manifest)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        prune(index_dir)

    report = BuildReport(
        index_dir=str(index_dir),
        version=manifest.version,
        added=len(added),
        updated=len(changed),
        removed=len(removed),
        unchanged=len(articles) - len(to_embed),
        articles=len(articles),
        passages=len(passage_ids),
        embedded=len(new_ids),
        seconds=time.perf_counter() - started,
        index_kind=manifest.index_kind,
        skipped=tuple(problems),
    )
    log.info("%s", report.summary())
    return report


def _read(
    corpus: Path, on_problem: Callable[[Problem], None] | None
) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in read_corpus(corpus):
        if isinstance(item, Problem):
            problems.append(item)
            log.warning("skipped %s", item)
            if on_problem is not None:
                on_problem(item)
        else:
            articles.append(item)
    return articles, problems


def _embed_into(
    catalog: Catalog,
    articles: list[Article],
    embedder: Embedder | None,
    settings: Settings,
    next_id: int,
    progress: bool,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Chunk, embed and store `articles` and their sentences; returns the new passage ids, vectors, next free id."""
    if not articles or embedder is None:
        dim = embedder.dimension if embedder is not None else 0
        return np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32), next_id
    chunker = Chunker(
        embedder.count_tokens,
        embedder.token_spans,
        max_tokens=settings.chunk_tokens,
        overlap_tokens=settings.chunk_overlap_tokens,
        window_tokens=embedder.max_tokens,
    )
    all_ids: list[np.ndarray] = []
    all_vectors: list[np.ndarray] = []
    for first in range(0, len(articles), ARTICLES_PER_BATCH):
        batch = articles[first : first + ARTICLES_PER_BATCH]
        per_article = chunker.split(batch)
        texts: list[str] = []
        spans: list[list[tuple[int, int]]] = []
        for article, passages in zip(batch, per_article, strict=True):
            for p in passages:
                local = [(s - p.start, e - p.start) for s, e in p.sentences]  # article offsets -> passage's
                text, moved = embedding_input(article.title, p.text, local, embedder.token_spans)
                texts.append(text)
                spans.append(moved)
        vectors_, sentence_vectors = embedder.embed_spans(texts, spans, progress=progress)
        terms = iter(tokenize([p.text for passages in per_article for p in passages]))
        pooled = iter(sentence_vectors)
        numbered = []
        for article, passages in zip(batch, per_article, strict=True):
            rows = [StoredPassage(next_id + n, p, next(terms), next(pooled)) for n, p in enumerate(passages)]
            next_id += len(passages)
            numbered.append((article, rows, dedup.signature(article.text)))
        catalog.insert(numbered)
        all_ids.append(np.array([row.id for _, rows, _ in numbered for row in rows], dtype=np.int64))
        all_vectors.append(vectors_)
    return np.concatenate(all_ids), np.concatenate(all_vectors), next_id


def stale_reason(corpus: Path | str | None, index_dir: Path | str) -> str | None:
    """Why `index_dir` must be (re)built before serving `corpus`, or None if it is current.

    With no `corpus`, the corpus the index was built from is checked.
    """
    index_dir = Path(index_dir)
    live = current_version_dir(index_dir)
    if live is None:
        return "no index yet"
    manifest = read_manifest(live)
    path = Path(corpus) if corpus is not None else Path(manifest.corpus)
    if str(path.resolve()) != manifest.corpus:
        return f"the index was built from {manifest.corpus}"
    if path.exists() and corpus_fingerprint(path) != manifest.corpus_fingerprint:
        return "the corpus changed since the last build"
    return None


def ensure_index(
    corpus: Path | str | None,
    index_dir: Path | str,
    *,
    settings: Settings | None = None,
    progress: bool | None = None,
) -> BuildReport | None:
    """Build `index_dir` if it is missing or older than its corpus; the report, or None if current."""
    settings = settings or get_settings()
    reason = stale_reason(corpus, index_dir)
    if reason is None:
        return None
    log.info("building the index first: %s", reason)
    if corpus is None:
        live = current_version_dir(Path(index_dir))
        corpus = read_manifest(live).corpus if live is not None else settings.corpus
    return build_index(corpus, index_dir, settings=settings, progress=progress)
