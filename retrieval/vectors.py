"""Dense search: passage vectors in FAISS, exact (flat) or approximate (HNSW), by inner product."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np


@dataclass(frozen=True)
class VectorParams:
    """How the FAISS index is laid out."""

    kind: str = "auto"  # "auto", "flat" or "hnsw"
    exact_max: int = 50_000
    hnsw_m: int = 32
    ef_construction: int = 80
    ef_search: int = 512

    def kind_for(self, count: int) -> str:
        """The concrete index kind for an index of `count` vectors."""
        if self.kind != "auto":
            return self.kind
        return "flat" if count <= self.exact_max else "hnsw"


def kind_of(index: faiss.Index) -> str:
    """'flat' or 'hnsw' for an index made here."""
    inner = faiss.downcast_index(index.index) if hasattr(index, "index") else index
    return "hnsw" if isinstance(inner, faiss.IndexHNSW) else "flat"


def new_index(dimension: int, kind: str, params: VectorParams) -> faiss.Index:
    """An empty id-mapped index of the given kind."""
    if kind == "hnsw":
        inner = faiss.IndexHNSWFlat(dimension, params.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = params.ef_construction
        return faiss.IndexIDMap(inner)
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))


def contents(index: faiss.Index) -> tuple[np.ndarray, np.ndarray]:
    """All (ids, vectors) stored in an index made here."""
    ids = faiss.vector_to_array(index.id_map).astype(np.int64)
    inner = faiss.downcast_index(index.index)
    storage = faiss.downcast_index(inner.storage) if isinstance(inner, faiss.IndexHNSW) else inner
    vectors = storage.reconstruct_n(0, storage.ntotal) if storage.ntotal else np.zeros(
        (0, index.d), dtype=np.float32
    )
    return ids, np.ascontiguousarray(vectors, dtype=np.float32)


def updated(
    old: faiss.Index | None,
    dimension: int,
    remove: Sequence[int],
    add_ids: np.ndarray,
    add_vectors: np.ndarray,
    params: VectorParams,
) -> faiss.Index:
    """`old` without the `remove` ids, plus the added vectors (`old` may be reused and changed).

    An HNSW graph cannot drop vectors, so removals (or a change of kind) rebuild it from the
    stored vectors; nothing is re-embedded.
    """
    old_count = old.ntotal if old is not None else 0
    kind = params.kind_for(old_count - len(remove) + len(add_ids))
    if old is not None and not remove and kind == kind_of(old) == "hnsw":
        if len(add_ids):
            old.add_with_ids(add_vectors, add_ids)
        return old
    if old is not None and old_count:
        ids, vectors = contents(old)
        if remove:
            keep = ~np.isin(ids, np.asarray(remove, dtype=np.int64))
            ids, vectors = ids[keep], vectors[keep]
    else:
        ids = np.zeros(0, dtype=np.int64)
        vectors = np.zeros((0, dimension), dtype=np.float32)
    index = new_index(dimension, kind, params)
    all_ids = np.concatenate([ids, add_ids.astype(np.int64)])
    all_vectors = np.concatenate([vectors, add_vectors.astype(np.float32)]) if len(add_ids) else vectors
    if len(all_ids):
        index.add_with_ids(np.ascontiguousarray(all_vectors), all_ids)
    return index


def write(index: faiss.Index, path: Path) -> None:
    """Write the index in FAISS's own binary format."""
    faiss.write_index(index, str(path))


def read(path: Path) -> faiss.Index:
    """Read an index written by `write`."""
    return faiss.read_index(str(path))


def search(
    index: faiss.Index,
    query: np.ndarray,
    k: int,
    *,
    allowed: np.ndarray | None = None,
    ef_search: int = VectorParams.ef_search,
) -> list[tuple[int, float]]:
    """The k nearest (passage id, cosine) pairs, best first; `allowed` restricts to those ids."""
    if index.ntotal == 0 or k <= 0:
        return []
    k = min(k, index.ntotal)
    selector = faiss.IDSelectorBatch(allowed.astype(np.int64)) if allowed is not None else None
    if kind_of(index) == "hnsw":
        params = faiss.SearchParametersHNSW(efSearch=max(ef_search, k))
        if selector is not None:
            params.sel = selector
    else:
        params = faiss.SearchParameters(sel=selector) if selector is not None else None
    scores, ids = index.search(np.ascontiguousarray(query, dtype=np.float32), k, params=params)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
