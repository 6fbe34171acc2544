"""Index build throughput, model efficiency, memory and incremental cost, beside LangChain's stock pipeline.

    python benchmarks/bench_build.py [--corpus ../shared/data/news/bbc_news_2225.jsonl]

Each pipeline runs in its own fresh process (so peak RSS is its own); the plain-matmul reference
runs in the parent in the same invocation. Writes benchmarks/results/build.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import (  # noqa: E402
    SHARED,
    WORK,
    emit,
    peak_rss_mib,
    run_child,
    write_jsonl,
    write_result,
)

DEFAULT_CORPUS = SHARED / "news" / "bbc_news_2225.jsonl"
EXTRA_CORPUS = SHARED / "news" / "usnews_2012_2022_10k.jsonl.gz"
LC_CHUNK_CHARS, LC_CHUNK_OVERLAP = 1000, 200  # the LangChain RAG tutorial's splitter settings


def model_shape() -> dict[str, int]:
    """Layers, hidden size and FFN size of the bundled model, from its config."""
    from retrieval.embedder import resolve_model

    config = json.loads((Path(resolve_model("all-MiniLM-L6-v2")) / "config.json").read_text())
    return {"layers": config["num_hidden_layers"], "hidden": config["hidden_size"],
            "ffn": config["intermediate_size"]}


def model_flops(lengths: list[int], shape: dict[str, int]) -> float:
    """Forward-pass FLOPs of the encoder over sequences of these token lengths (matmuls only)."""
    h, f, layers = shape["hidden"], shape["ffn"], shape["layers"]
    total = 0.0
    for length in lengths:
        linear = length * (4 * h * h + 2 * h * f)
        attention = 2 * length * length * h
        total += 2.0 * layers * (linear + attention)
    return total


def matmul_gflops(shape: dict[str, int], rows: int = 2048, repeats: int = 30, dtype: str = "fp32") -> float:
    """GFLOP/s of plain matmuls shaped like one encoder layer's (QKVO, FFN up, FFN down)."""
    import torch

    h, f = shape["hidden"], shape["ffn"]
    kind = torch.bfloat16 if dtype == "bf16" else torch.float32
    x, w_hh, w_hf, w_fh = (torch.randn(rows, h, dtype=kind), torch.randn(h, h, dtype=kind),
                           torch.randn(h, f, dtype=kind), torch.randn(f, h, dtype=kind))
    y = torch.randn(rows, f, dtype=kind)

    def layer() -> None:
        for _ in range(4):
            x @ w_hh
        x @ w_hf
        y @ w_fh

    with torch.inference_mode():
        for _ in range(3):
            layer()
        start = time.perf_counter()
        for _ in range(repeats):
            layer()
        seconds = time.perf_counter() - start
    flops = repeats * 2.0 * rows * (4 * h * h + 2 * h * f)
    return flops / seconds / 1e9


def model_lengths(embedder: object, texts: list[str]) -> list[int]:
    """The tokens each text needs in the model, [CLS] and [SEP] included (not cut to its window)."""
    return [n + 2 for n in embedder.count_tokens(texts)]  # type: ignore[attr-defined]


def _records(path: Path, limit: int | None) -> list[dict[str, object]]:
    import gzip

    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


# --------------------------------------------------------------------------- children


def child_ours(corpus: Path, precision: str) -> dict[str, object]:
    """Full build with newsdesk, then 20 articles added incrementally (model kept loaded)."""
    from newsdesk.settings import Settings
    from retrieval import build_index
    from retrieval.embedder import embedder_for

    work = WORK / f"build-ours-{precision}"
    shutil.rmtree(work, ignore_errors=True)
    folder = work / "corpus"
    folder.mkdir(parents=True)
    (folder / corpus.name).symlink_to(corpus.resolve())
    settings = Settings(_env_file=None, corpus=folder, index=work / "index", embed_precision=precision)

    started = time.perf_counter()
    embedder = embedder_for(settings)
    load_seconds = time.perf_counter() - started

    lengths: list[int] = []
    embed_seconds = 0.0

    class Timed:
        def __getattr__(self, name: str) -> object:
            return getattr(embedder, name)

        def embed_spans(self, texts, spans, *, progress=None):  # type: ignore[no-untyped-def]
            nonlocal embed_seconds  # the build's only model call: passages and their sentences in one pass
            lengths.extend(model_lengths(embedder, texts))
            start = time.perf_counter()
            out = embedder.embed_spans(texts, spans, progress=False)
            embed_seconds += time.perf_counter() - start
            return out

    full = build_index(folder, settings.index, full=True, settings=settings, embedder=Timed(),
                       progress=False)
    window = embedder.max_tokens + 2
    over_window = sum(1 for n in lengths if n > window)
    full_lengths = [min(n, window) for n in lengths]
    full_embed_seconds = embed_seconds

    extra = _records(EXTRA_CORPUS, 20)
    write_jsonl(folder / "added.jsonl", extra)
    incremental = build_index(folder, settings.index, settings=settings, embedder=Timed(), progress=False)
    incremental_tokens = sum(lengths[len(full_lengths):])
    index_bytes = sum(p.stat().st_size for p in (settings.index).rglob("*") if p.is_file()
                      and incremental.version in p.parts)

    # The same incremental step from a cold command line: a new process loading everything.
    (folder / "added.jsonl").unlink()
    build_index(folder, settings.index, settings=settings, embedder=Timed(), progress=False)
    write_jsonl(folder / "added.jsonl", extra)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsdesk.cli", "index", "--corpus", str(folder), "--index",
                    str(settings.index)], check=True, capture_output=True,
                   env={**os.environ, "NEWSDESK_EMBED_PRECISION": precision})
    cold_incremental = time.perf_counter() - start

    # The same kind of articles: the corpus less its last 20, built in full, then those 20 added.
    held = work / "held-out"
    held.mkdir()
    records = _records(corpus, None)
    write_jsonl(held / "base.jsonl", records[:-20])
    held_settings = settings.model_copy(update={"corpus": held, "index": work / "index-held-out"})
    before_base = len(lengths)
    base = build_index(held, held_settings.index, full=True, settings=held_settings, embedder=Timed(),
                       progress=False)
    base_tokens = sum(lengths[before_base:])
    write_jsonl(held / "added.jsonl", records[-20:])
    before_added = len(lengths)
    same_kind = build_index(held, held_settings.index, settings=held_settings, embedder=Timed(), progress=False)
    same_kind_tokens = sum(lengths[before_added:])

    return {
        "pipeline": "newsdesk",
        "precision": embedder.precision,
        "requested_precision": precision,  # "auto" resolves to bf16 only where the CPU has it natively
        "articles": full.articles,
        "passages": full.passages,
        "skipped": len(full.skipped),
        "model_load_seconds": load_seconds,
        "build_seconds": full.seconds,
        "embed_seconds": full_embed_seconds,
        "tokens": sum(full_lengths),
        "model_flops": None,
        "lengths": full_lengths,
        "passages_over_window": over_window,
        "peak_rss_mib": peak_rss_mib(),
        "incremental_added": incremental.added,
        "incremental_embedded": incremental.embedded,
        "incremental_seconds": incremental.seconds,
        "incremental_cold_cli_seconds": cold_incremental,
        "incremental_source": EXTRA_CORPUS.name,
        "incremental_token_share": incremental_tokens / sum(lengths[: len(full_lengths)]),
        "same_kind_base_articles": base.articles,
        "same_kind_base_seconds": base.seconds,
        "same_kind_added": same_kind.added,
        "same_kind_embedded": same_kind.embedded,
        "same_kind_seconds": same_kind.seconds,
        "same_kind_share_of_full": same_kind.seconds / base.seconds,
        "same_kind_token_share": same_kind_tokens / base_tokens,
        "index_bytes": index_bytes,
    }


def child_bare(corpus: Path) -> dict[str, object]:
    """Bare sentence-transformers: `encode` with its defaults over exactly the passages we embed."""
    from newsdesk.settings import Settings
    from retrieval.articles import Article, read_corpus
    from retrieval.embedder import Embedder, resolve_model
    from retrieval.passages import Chunker

    settings = Settings(_env_file=None)
    ours = Embedder(settings.model, precision="fp32", trace=False)
    chunker = Chunker(ours.count_tokens, ours.token_spans, max_tokens=settings.chunk_tokens,
                      overlap_tokens=settings.chunk_overlap_tokens, window_tokens=ours.max_tokens)
    articles = [a for a in read_corpus(corpus) if isinstance(a, Article)]
    texts = [chunker.embedding_text(a.title, p.text)
             for a, passages in zip(articles, chunker.split(articles), strict=True) for p in passages]
    window = ours.max_tokens + 2
    raw = model_lengths(ours, texts)
    del ours

    from sentence_transformers import SentenceTransformer

    started = time.perf_counter()
    model = SentenceTransformer(resolve_model(settings.model), device="cpu")
    load_seconds = time.perf_counter() - started
    start = time.perf_counter()
    model.encode(texts, show_progress_bar=False, normalize_embeddings=True)
    seconds = time.perf_counter() - start
    return {
        "pipeline": "bare sentence-transformers encode (our passages, its default batch of 32)",
        "precision": "fp32",
        "articles": len(articles),
        "passages": len(texts),
        "model_load_seconds": load_seconds,
        "build_seconds": seconds,
        "embed_seconds": seconds,
        "tokens": sum(min(n, window) for n in raw),
        "lengths": [min(n, window) for n in raw],
        "passages_over_window": sum(1 for n in raw if n > window),
        "peak_rss_mib": peak_rss_mib(),
    }


def child_langchain(corpus: Path) -> dict[str, object]:
    """LangChain's stock pipeline: 1000-character splitter, HuggingFaceEmbeddings, FAISS.from_documents."""
    import warnings

    warnings.filterwarnings("ignore")
    from langchain_community.embeddings import HuggingFaceEmbeddings
    from langchain_community.vectorstores import FAISS
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from retrieval.embedder import resolve_model

    records = _records(corpus, None)
    started = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(model_name=resolve_model("all-MiniLM-L6-v2"))
    load_seconds = time.perf_counter() - started

    start = time.perf_counter()
    docs = [Document(page_content=str(r["text"]), metadata={"id": r["id"]}) for r in records]
    splitter = RecursiveCharacterTextSplitter(chunk_size=LC_CHUNK_CHARS, chunk_overlap=LC_CHUNK_OVERLAP)
    chunks = splitter.split_documents(docs)
    split_done = time.perf_counter()
    FAISS.from_documents(chunks, embeddings)
    done = time.perf_counter()

    tokenizer = embeddings.client.tokenizer
    window = embeddings.client.max_seq_length
    raw = [len(ids) + 2 for ids in tokenizer([c.page_content for c in chunks],
                                              add_special_tokens=False)["input_ids"]]
    return {
        "pipeline": "langchain (FAISS.from_documents + HuggingFaceEmbeddings, 1000-char chunks)",
        "precision": "fp32",
        "articles": len(records),
        "passages": len(chunks),
        "model_load_seconds": load_seconds,
        "build_seconds": done - start,
        "embed_seconds": done - split_done,
        "tokens": sum(min(n, window) for n in raw),
        "lengths": [min(n, window) for n in raw],
        "passages_over_window": sum(1 for n in raw if n > window),
        "tokens_truncated": sum(max(0, n - window) for n in raw),
        "peak_rss_mib": peak_rss_mib(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--child", choices=["ours", "bare", "langchain"])
    parser.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"])
    args = parser.parse_args()
    if args.child == "ours":
        emit(child_ours(args.corpus, args.precision))
        return
    if args.child == "bare":
        emit(child_bare(args.corpus))
        return
    if args.child == "langchain":
        emit(child_langchain(args.corpus))
        return

    shape = model_shape()
    reference = matmul_gflops(shape)
    reference_bf16 = matmul_gflops(shape, dtype="bf16")
    runs = [run_child(Path(__file__), "ours", "--corpus", str(args.corpus)),
            run_child(Path(__file__), "ours", "--corpus", str(args.corpus), "--precision", "fp32"),
            run_child(Path(__file__), "bare", "--corpus", str(args.corpus)),
            run_child(Path(__file__), "langchain", "--corpus", str(args.corpus))]
    reference_after = matmul_gflops(shape)
    reference_bf16_after = matmul_gflops(shape, dtype="bf16")
    for run in runs:
        lengths = run.pop("lengths")
        flops = model_flops(lengths, shape)  # type: ignore[arg-type]
        run["model_flops"] = flops
        run["model_gflops_per_s"] = flops / run["embed_seconds"] / 1e9  # type: ignore[operator]
        run["passages_per_s"] = run["passages"] / run["build_seconds"]  # type: ignore[operator]
        run["tokens_per_s"] = run["tokens"] / run["build_seconds"]  # type: ignore[operator]
    matmul = (reference + reference_after) / 2
    matmul_bf16 = (reference_bf16 + reference_bf16_after) / 2
    for run in runs:
        run["model_share_of_matmul"] = run["model_gflops_per_s"] / matmul  # type: ignore[operator]
        same = matmul_bf16 if run["precision"] == "bf16" else matmul
        run["model_share_of_matmul_same_precision"] = run["model_gflops_per_s"] / same  # type: ignore[operator]
    for ours in runs[:2]:
        ours["incremental_share_of_full"] = ours["incremental_seconds"] / ours["build_seconds"]  # type: ignore[operator]
    path = write_result("build", {
        "corpus": args.corpus.name,
        "matmul_gflops_per_s": matmul,
        "matmul_bf16_gflops_per_s": matmul_bf16,
        "matmul_gflops_before_after": [reference, reference_after],
        "model_shape": shape,
        "runs": runs,
    })
    print(path.read_text())


if __name__ == "__main__":
    main()
