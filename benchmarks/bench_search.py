"""Search latency, approximate recall and bytes per passage at 10k, 100k and 1M passages.

    python benchmarks/bench_search.py [--sizes 10000,100000,1000000]

Real vectors come from an index of the BBC articles and RealTime QA evidence built with newsdesk
(built here on first use); beyond their count the vectors are SYNTHETIC: mixtures of two real
vectors plus Gaussian noise, re-normalised, so they keep the real data's clustered geometry.
Queries are real RealTime QA questions, embedded with the same model. Single-query latency (one
query at a time, as the bot asks), FAISS as newsdesk configures it. Writes results/search.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import SHARED, WORK, percentile, write_result  # noqa: E402

QUERIES = 200


def real_index() -> Path:
    """An index of BBC + RealTime QA evidence, built once under benchmarks/work/."""
    from newsdesk.settings import Settings
    from retrieval import build_index
    from retrieval.build import stale_reason

    folder = WORK / "search-corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in (("bbc.jsonl", SHARED / "news" / "bbc_news_2225.jsonl"),
                         ("evidence.jsonl", SHARED / "corpus" / "realtimeqa_2020_2022_evidence.jsonl")):
        if not (folder / name).exists():
            (folder / name).symlink_to(source)
    index = WORK / "search-index"
    if stale_reason(folder, index):
        build_index(folder, index, settings=Settings(_env_file=None, corpus=folder, index=index))
    return index


def synthetic(real: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    """`count` vectors shaped like `real`: two real vectors mixed, noise added, normalised."""
    out = np.empty((count, real.shape[1]), dtype=np.float32)
    step = 100_000
    for first in range(0, count, step):
        n = min(step, count - first)
        a = real[rng.integers(0, len(real), n)]
        b = real[rng.integers(0, len(real), n)]
        mix = rng.uniform(0.2, 0.5, (n, 1)).astype(np.float32)
        v = (1 - mix) * a + mix * b + rng.normal(0, 0.02, (n, real.shape[1])).astype(np.float32)
        out[first : first + n] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


def timed_searches(index, queries: np.ndarray, k: int, ef: int) -> tuple[list[float], list[list[int]]]:  # type: ignore[no-untyped-def]
    from retrieval import vectors

    times, results = [], []
    for q in queries:
        start = time.perf_counter()
        hits = vectors.search(index, q[None, :], k, ef_search=ef)
        times.append((time.perf_counter() - start) * 1000)
        results.append([pid for pid, _ in hits])
    return times, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    from newsdesk.settings import Settings
    from retrieval import Retriever, vectors
    from retrieval.embedder import embedder_for
    from retrieval.store import CATALOG, LEXICAL, current_version_dir

    index_dir = real_index()
    settings = Settings(_env_file=None, index=index_dir)
    retriever = Retriever.open(index_dir, settings=settings)
    live = current_version_dir(index_dir)
    assert live is not None
    passages = retriever.manifest.passages
    catalog_bpp = (live / CATALOG).stat().st_size / passages
    bm25_bpp = sum(p.stat().st_size for p in (live / LEXICAL).iterdir()) / passages
    _, real = vectors.contents(vectors.read(live / "vectors.faiss"))

    questions = [json.loads(line)["question"] for line in
                 (SHARED / "qa" / "realtimeqa_2020_2022.jsonl").read_text().splitlines()[:QUERIES]]
    embedder = embedder_for(settings)
    embedder.embed_query("warm up")
    embed_ms = []
    query_vectors = []
    for q in questions:
        start = time.perf_counter()
        query_vectors.append(embedder.embed_query(q)[0])
        embed_ms.append((time.perf_counter() - start) * 1000)
    queries = np.stack(query_vectors)

    hybrid_ms = []
    for q in questions:
        start = time.perf_counter()
        retriever.search(q, 5)
        hybrid_ms.append((time.perf_counter() - start) * 1000)

    rng = np.random.default_rng(7)
    base = real if len(real) >= max(sizes) else np.concatenate(
        [real, synthetic(real, max(sizes) - len(real), rng)])
    rows = []
    params = vectors.VectorParams(kind="auto", exact_max=settings.exact_max_passages,
                                  hnsw_m=settings.hnsw_m, ef_construction=settings.hnsw_ef_construction,
                                  ef_search=settings.hnsw_ef_search)
    for size in sizes:
        data = base[:size]
        ids = np.arange(1, size + 1, dtype=np.int64)
        row: dict[str, object] = {"passages": size, "synthetic": max(0, size - len(real)),
                                  "auto_kind": params.kind_for(size)}
        exact = vectors.new_index(data.shape[1], "flat", params)
        exact.add_with_ids(data, ids)
        flat_ms, truth = timed_searches(exact, queries, 10, settings.hnsw_ef_search)
        row["flat_p50_ms"], row["flat_p95_ms"] = percentile(flat_ms, 50), percentile(flat_ms, 95)
        with tempfile.TemporaryDirectory() as tmp:
            vectors.write(exact, Path(tmp) / "f.faiss")
            row["flat_bytes_per_passage"] = (Path(tmp) / "f.faiss").stat().st_size / size
        del exact

        start = time.perf_counter()
        hnsw = vectors.new_index(data.shape[1], "hnsw", params)
        hnsw.add_with_ids(data, ids)
        row["hnsw_build_seconds"] = time.perf_counter() - start
        hnsw_ms, approx = timed_searches(hnsw, queries, 10, settings.hnsw_ef_search)
        row["hnsw_p50_ms"], row["hnsw_p95_ms"] = percentile(hnsw_ms, 50), percentile(hnsw_ms, 95)
        row["hnsw_recall_at_10"] = float(np.mean(
            [len(set(a) & set(t)) / max(1, len(t)) for a, t in zip(approx, truth, strict=True)]))
        with tempfile.TemporaryDirectory() as tmp:
            vectors.write(hnsw, Path(tmp) / "h.faiss")
            row["hnsw_bytes_per_passage"] = (Path(tmp) / "h.faiss").stat().st_size / size
        del hnsw
        kind = row["auto_kind"]
        row["served_p50_ms"] = row[f"{kind}_p50_ms"]
        row["served_p95_ms"] = row[f"{kind}_p95_ms"]
        row["bytes_per_passage"] = row[f"{kind}_bytes_per_passage"] + catalog_bpp + bm25_bpp  # type: ignore[operator]
        rows.append(row)
        print(json.dumps(row), flush=True)

    path = write_result("search", {
        "real_passages": int(len(real)),
        "queries": len(questions),
        "ef_search": settings.hnsw_ef_search,
        "hnsw_m": settings.hnsw_m,
        "query_embedding_p50_ms": percentile(embed_ms, 50),
        "query_embedding_p95_ms": percentile(embed_ms, 95),
        "hybrid_search_p50_ms": percentile(hybrid_ms, 50),
        "hybrid_search_p95_ms": percentile(hybrid_ms, 95),
        "hybrid_search_passages": passages,
        "catalog_bytes_per_passage": catalog_bpp,
        "bm25_bytes_per_passage": bm25_bpp,
        "index_format": retriever.manifest.format_version,
        "sizes": rows,
    })
    print(path)
    shutil.rmtree(WORK / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
