"""spaCy's full pipeline with and without the parse cache: time per sentence and the cache's memory.

    python benchmarks/bench_parse.py [--sentences N]

Over the sentences of the BBC articles (segmented as newsdesk does), in one process: each batch of
64 parsed cold (cache cleared), then the same batches again (all cached), and the resident memory a
full cache adds (`retrieval.sentences.PARSE_CACHE` texts). Writes benchmarks/results/parse.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import SHARED, percentile, write_result  # noqa: E402

BBC = SHARED / "news" / "bbc_news_2225.jsonl"
BATCH = 64


def rss_mib() -> float:
    """The process's resident memory now, in MiB."""
    with open(f"/proc/{os.getpid()}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    from retrieval import sentences

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=sentences.PARSE_CACHE)
    args = parser.parse_args()

    texts = [json.loads(line)["text"] for line in BBC.open(encoding="utf-8")]
    found: dict[str, None] = {}
    for text, spans in zip(texts, sentences.sentence_spans(texts[:1000]), strict=False):
        found.update((text[s:e], None) for s, e in spans)
    pool = list(found)[: args.sentences]
    batches = [pool[i : i + BATCH] for i in range(0, len(pool), BATCH)]
    sentences.parse(["The pipeline loads before anything is timed."])
    sentences._parsed.clear()
    gc.collect()
    before = rss_mib()
    timings: dict[str, list[float]] = {"cold": [], "cached": []}
    for kind in timings:
        for batch in batches:
            start = time.perf_counter()
            sentences.parse(batch)
            timings[kind].append((time.perf_counter() - start) * 1000 / len(batch))
    gc.collect()
    result = {
        "sentences": len(pool), "mean_chars": sum(map(len, pool)) / len(pool), "batch": BATCH,
        "cache_entries": len(sentences._parsed), "cache_limit": sentences.PARSE_CACHE,
        "cold_ms_per_sentence_p50": percentile(timings["cold"], 50),
        "cached_ms_per_sentence_p50": percentile(timings["cached"], 50),
        "cache_rss_mib": rss_mib() - before,
    }
    print(json.dumps(result, indent=2))
    write_result("parse", result)


if __name__ == "__main__":
    main()
