"""Search: the `Retriever` ranks passages by dense and BM25 evidence, filters and de-duplicates."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from newsdesk.settings import Settings, get_settings
from retrieval import vectors
from retrieval.articles import parse_day
from retrieval.catalog import ArticleRow, Catalog, PassageRow
from retrieval.embedder import Embedder, embedder_for
from retrieval.lexical import Lexical
from retrieval.store import (
    CATALOG,
    CURRENT,
    FIX,
    LEXICAL,
    VECTORS,
    IndexCorrupt,
    IndexMissing,
    Manifest,
    check_compatible,
    current_version_dir,
    read_manifest,
    verify_files,
)

if TYPE_CHECKING:
    import faiss
    from langchain_core.retrievers import BaseRetriever

log = logging.getLogger(__name__)

Mode = Literal["hybrid", "dense", "bm25"]
CANDIDATES = 100  # candidates taken from each ranker before fusion


@dataclass(frozen=True)
class Outlet:
    """Another publication of the same story (a syndicated copy)."""

    article_id: str
    source: str | None
    title: str
    headline: str
    url: str | None
    date: str | None


@dataclass(frozen=True)
class Hit:
    """One retrieved passage with its article's metadata."""

    passage_id: int
    article_id: str
    text: str
    score: float
    title: str
    headline: str
    source: str | None
    date: str | None
    url: str | None
    start: int
    end: int
    ordinal: int = 0
    agency: str | None = None
    dateline: str | None = None
    dense_score: float | None = None
    bm25_score: float | None = None
    also_in: tuple[Outlet, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, object]:
        """The hit as plain JSON-ready data."""
        data = asdict(self)
        data["also_in"] = [asdict(o) for o in self.also_in]
        return data


@dataclass
class _Version:
    path: Path
    manifest: Manifest
    index: faiss.Index
    lexical: Lexical


class Retriever:
    """Searches the live version of an index; picks up newer versions as builds publish them."""

    def __init__(self, index_dir: Path, *, settings: Settings, embedder: Embedder | None = None):
        self.index_dir = Path(index_dir)
        self.settings = settings
        self._embedder = embedder
        self._local = threading.local()
        self._reload_lock = threading.Lock()
        self._pointer_stamp: tuple[int, int] | None = None
        self._version = self._load()

    @classmethod
    def open(
        cls,
        index_dir: Path | str | None = None,
        *,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
    ) -> Retriever:
        """Open and verify the live index version in `index_dir` (default: the settings' index)."""
        settings = settings or get_settings()
        return cls(Path(index_dir or settings.index), settings=settings, embedder=embedder)

    # ------------------------------------------------------------------ versions

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = (self.index_dir / CURRENT).stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns)

    def _load(self) -> _Version:
        stamp = self._stamp()
        path = current_version_dir(self.index_dir)
        if path is None:
            raise IndexMissing(
                f"no index in {self.index_dir}; build one with `newsdesk index`"
            )
        manifest = read_manifest(path)
        check_compatible(manifest, model=self.settings.model)
        verify_files(path, manifest)
        try:
            index = vectors.read(path / VECTORS)
            lexical = Lexical.load(path / LEXICAL)
            Catalog.open_readonly(path / CATALOG).check()
        except Exception as exc:  # a file that passed its checksum but still does not load
            raise IndexCorrupt(f"index version {path} does not load ({exc}); {FIX}") from exc
        if index.d != manifest.dimension or index.ntotal != manifest.passages:
            raise IndexCorrupt(f"index version {path} disagrees with its manifest; {FIX}")
        self._pointer_stamp = stamp
        log.info("opened index %s (%d passages)", manifest.version, manifest.passages)
        return _Version(path, manifest, index, lexical)

    def refresh(self) -> bool:
        """Switch to a newer published version if there is one; True if it switched.

        A newer version that fails verification is logged and the current one kept.
        """
        if self._stamp() == self._pointer_stamp:
            return False
        with self._reload_lock:
            if self._stamp() == self._pointer_stamp:
                return False
            try:
                version = self._load()
            except Exception as exc:
                log.error("keeping index %s: the newer version is unusable: %s",
                          self._version.manifest.version, exc)
                self._pointer_stamp = self._stamp()
                return False
            self._version = version
            return True

    @property
    def manifest(self) -> Manifest:
        """The manifest of the version being served."""
        return self._version.manifest

    def catalog(self) -> Catalog:
        """This thread's read-only connection to the served version's catalog."""
        version = self._version
        cached = getattr(self._local, "catalog", None)
        if cached is None or cached[0] is not version:
            if cached is not None:
                cached[1].close()
            cached = (version, Catalog.open_readonly(version.path / CATALOG))
            self._local.catalog = cached
        return cached[1]

    @property
    def embedder(self) -> Embedder:
        """The embedding model used for queries (loaded on first use)."""
        if self._embedder is None:
            self._embedder = embedder_for(self.settings)
        return self._embedder

    # ------------------------------------------------------------------ search

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        source: str | None = None,
        mode: Mode | None = None,
        as_of: str | date | None = None,
    ) -> list[Hit]:
        """The k best passages for `query`, one article per story, within the given filters.

        `as_of` searches the index as it stood on that day: articles dated later are left out.
        """
        if k <= 0 or not query.strip():
            return []
        self.refresh()
        version = self._version
        catalog = self.catalog()
        mode = mode or self.settings.search_mode
        since_iso, until_iso = parse_day(since, "since"), parse_day(until, "until")
        as_of_iso = parse_day(as_of, "as_of")
        allowed = None
        if since_iso or until_iso or source or as_of_iso:
            ids = catalog.filtered_passage_ids(since=since_iso, until=until_iso, source=source, as_of=as_of_iso)
            if not ids:
                return []
            allowed = np.asarray(ids, dtype=np.int64)

        want = max(CANDIDATES, 4 * k)
        dense: list[tuple[int, float]] = []
        lexical: list[tuple[int, float]] = []
        if mode in ("hybrid", "dense"):
            query_vector = self.embedder.embed_query(query)
            dense = vectors.search(version.index, query_vector, want, allowed=allowed,
                                   ef_search=self.settings.hnsw_ef_search)
        if mode in ("hybrid", "bm25"):
            mask = version.lexical.rows_mask(allowed) if allowed is not None else None
            lexical = version.lexical.search(query, want, allowed=mask)

        ranked = self._fuse(dense, lexical, mode)
        return self._hits(catalog, ranked, dict(dense), dict(lexical), k)

    def _fuse(
        self, dense: list[tuple[int, float]], lexical: list[tuple[int, float]], mode: Mode
    ) -> list[tuple[int, float]]:
        """Cosine plus the weighted, max-normalised BM25 score (or one ranker's own order).

        Reciprocal rank fusion throws away how much better the best match is; on news-quiz
        questions, where BM25 is the weaker ranker, plain RRF scored below dense alone.
        Adding BM25 scaled to [0, 1] to the cosine keeps dense similarity in charge and lets
        exact rare-term matches (names, figures) break ties. See docs/ARCHITECTURE.md.
        """
        if mode == "dense":
            return dense
        if mode == "bm25":
            return lexical
        # A passage only BM25 found gets the lowest cosine among the dense candidates.
        floor = dense[-1][1] if dense else 0.0
        scores = dict(dense)
        top = lexical[0][1] if lexical else 1.0
        for pid, score in lexical:
            scores[pid] = scores.get(pid, floor) + self.settings.bm25_weight * score / top
        return sorted(scores.items(), key=lambda item: (-item[1], item[0]))

    def _hits(
        self,
        catalog: Catalog,
        ranked: list[tuple[int, float]],
        dense: dict[int, float],
        lexical: dict[int, float],
        k: int,
    ) -> list[Hit]:
        rows = catalog.passages([pid for pid, _ in ranked[: max(4 * k, CANDIDATES)]])
        chosen: list[tuple[PassageRow, float]] = []
        story_article: dict[str, str] = {}
        for pid, score in ranked:
            row = rows.get(pid)
            if row is None:  # not in the catalog: never return what is not stored
                continue
            story = row.story or row.article_id
            if story_article.setdefault(story, row.article_id) != row.article_id:
                continue  # a syndicated copy of a story already returned
            chosen.append((row, score))
            if len(chosen) == k:
                break
        members = catalog.story_members({r.story for r, _ in chosen if r.story})
        return [
            _hit(row, score, dense.get(row.id), lexical.get(row.id),
                 [m for m in members.get(row.story or "", []) if m.id != row.article_id])
            for row, score in chosen
        ]

    def term_weights(self, text: str) -> dict[str, float]:
        """Stemmed content terms of `text` with their IDF in the served index."""
        return self._version.lexical.term_weights(text)

    # ------------------------------------------------------------------ browsing

    def sentences(self, passage_ids: Sequence[int]) -> dict[int, tuple[list[tuple[int, int]], np.ndarray]]:
        """The stored sentence spans (article offsets) and vectors of these passages."""
        return self.catalog().sentences(passage_ids)

    def passage(self, passage_id: int) -> Hit | None:
        """One stored passage by id, or None if the served version does not hold it."""
        row = self.catalog().passages([passage_id]).get(passage_id)
        return _hit(row, 0.0, None, None, []) if row else None

    def article_passages(self, article_id: str) -> list[Hit]:
        """All stored passages of one article in the served version, in order."""
        return [_hit(row, 0.0, None, None, []) for row in self.catalog().article_passages(article_id)]

    def article_text(self, article_id: str) -> str | None:
        """The full story text of an article in the served version."""
        return self.catalog().article_text(article_id)

    def stats(self) -> dict[str, object]:
        """Counts, date range, publishers and version of the served index."""
        manifest = self.manifest
        return {**self.catalog().stats(), "version": manifest.version, "model": manifest.model,
                "index_kind": manifest.index_kind, "created": manifest.created}

    def newest_date(self, as_of: str | date | None = None) -> str | None:
        """The date of the newest served article, as the index stood on `as_of` when given."""
        return self.catalog().newest_date(parse_day(as_of, "as_of"))

    def articles(self, *, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        """The served articles, newest first."""
        return self.catalog().articles(limit=limit, offset=offset)

    def as_langchain(self, k: int = 5, **filters: object) -> BaseRetriever:
        """This retriever as a LangChain `BaseRetriever` returning `Document`s."""
        from retrieval.langchain import NewsdeskRetriever

        return NewsdeskRetriever(retriever=self, k=k, **filters)


def _hit(row: PassageRow, score: float, dense: float | None, lexical: float | None,
         others: list[ArticleRow]) -> Hit:
    return Hit(
        passage_id=row.id,
        article_id=row.article_id,
        text=row.text,
        score=float(score),
        title=row.title,
        headline=row.headline,
        source=row.source,
        date=row.date,
        url=row.url,
        start=row.start,
        end=row.end,
        ordinal=row.ordinal,
        agency=row.agency,
        dateline=row.dateline,
        dense_score=dense,
        bm25_score=lexical,
        also_in=tuple(Outlet(o.id, o.source, o.title, o.headline, o.url, o.date) for o in others),
    )
