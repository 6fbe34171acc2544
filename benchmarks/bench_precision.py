"""Embedding precisions side by side: speed, agreement with fp32, and dense retrieval quality.

    python benchmarks/bench_precision.py [--limit N]

Over the RealTime QA evidence passages plus the BBC articles (chunked as newsdesk does), in one
process: eager fp32 (sentence-transformers as loaded), int8 (dynamic quantisation of the linear
layers, the torch counterpart of an int8 ONNX export), and newsdesk's traced fp32 and bf16. Dense
Recall@1/5/10 per variant on the RealTime QA questions. Writes benchmarks/results/precision.json.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import SHARED, write_result  # noqa: E402

QA = SHARED / "qa" / "realtimeqa_2020_2022.jsonl"
CORPORA = [SHARED / "corpus" / "realtimeqa_2020_2022_evidence.jsonl", SHARED / "news" / "bbc_news_2225.jsonl"]


def quantized(embedder: object) -> object:
    """The embedder with its transformer's linear layers dynamically quantised to int8."""
    import torch

    transformer = embedder._model[0]  # type: ignore[attr-defined]
    transformer.model = torch.ao.quantization.quantize_dynamic(transformer.auto_model, {torch.nn.Linear},
                                                                dtype=torch.qint8)
    return embedder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="questions (default: all with gold documents)")
    args = parser.parse_args()

    import faiss
    import numpy as np

    from newsdesk.evaluation import first_hit_rank, ranking_metrics, read_qa
    from retrieval.articles import Article, read_corpus
    from retrieval.embedder import Embedder, cpu_has_bf16
    from retrieval.passages import Chunker

    articles = [a for path in CORPORA for a in read_corpus(path) if isinstance(a, Article)]
    reference = Embedder(precision="fp32", trace=False)
    chunker = Chunker(reference.count_tokens, reference.token_spans, max_tokens=160, overlap_tokens=32,
                      window_tokens=reference.max_tokens)
    texts, owners = [], []
    for article, passages in zip(articles, chunker.split(articles), strict=True):
        for passage in passages:
            texts.append(chunker.embedding_text(article.title, passage.text))
            owners.append(article.id)
    known = set(owners)
    records = [r for r in read_qa(QA)[0] if r.gold and set(r.gold) <= known][: args.limit]
    print(f"{len(texts)} passages, {len(records)} questions", flush=True)

    variants = [("eager fp32 (sentence-transformers)", lambda: reference),
                ("int8 dynamic", lambda: quantized(Embedder(precision="fp32", trace=False))),
                ("newsdesk fp32 (traced)", lambda: Embedder(precision="fp32"))]
    if cpu_has_bf16():  # emulated bf16 is slow and not what newsdesk would use
        variants.append(("newsdesk bf16 (traced)", lambda: Embedder(precision="bf16")))
    runs, base = [], None
    for name, make in variants:
        embedder = make()
        embedder.embed(texts[:64])  # warm up
        started = time.perf_counter()
        vectors = embedder.embed(texts)
        seconds = time.perf_counter() - started
        queries = embedder.embed([r.question for r in records])
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        _, found = index.search(queries, 50)
        ranks = [first_hit_rank([[owners[j]] for j in row if j >= 0], r.gold) for row, r in zip(found, records,
                                                                                                strict=True)]
        base = vectors if base is None else base
        cosines = np.sum(vectors * base, axis=1)
        run = {"variant": name, "passages_per_s": len(texts) / seconds, "cosine_to_fp32_mean": float(cosines.mean()),
               "cosine_to_fp32_min": float(cosines.min()), **ranking_metrics(ranks)}
        runs.append(run)
        print(run, flush=True)
    path = write_result("precision", {"passages": len(texts), "questions": len(records), "runs": runs})
    print(path)


if __name__ == "__main__":
    main()
