"""Retrieval and answer quality on the dev QA sets, with peers, through `newsdesk eval`'s engine.

    python benchmarks/bench_eval.py [--sets realtimeqa,squad2] [--limit N]

Each set is indexed with the BBC articles as distractors; a quarter of the questions lose their
gold documents (unanswerable). Peers in the same run: LangChain (FAISS.from_documents +
HuggingFaceEmbeddings over the same passages), plain BM25, and a top-passage answerer.
Writes benchmarks/results/eval_<set>.json (misses in benchmarks/work/).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import SHARED, WORK, write_result  # noqa: E402

SETS = {
    "realtimeqa": ("qa/realtimeqa_2020_2022.jsonl", "corpus/realtimeqa_2020_2022_evidence.jsonl"),
    "squad2": ("qa/squad2_sample.jsonl", "corpus/squad2_contexts.jsonl"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default="realtimeqa,squad2")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--compare", default="langchain,bm25,top-passage")
    args = parser.parse_args()

    from newsdesk.evaluation import EvalConfig, Evaluation, render_table, write_failures
    from newsdesk.settings import Settings

    for name in args.sets.split(","):
        qa, corpus = SETS[name]
        config = EvalConfig(qa=SHARED / qa, corpus=SHARED / corpus,
                            distractors=[SHARED / "news" / "bbc_news_2225.jsonl"], limit=args.limit,
                            unanswerable_fraction=0.25, compare=args.compare.split(","), progress=False)
        evaluation = Evaluation(config, Settings(_env_file=None))
        report = evaluation.run()
        WORK.mkdir(parents=True, exist_ok=True)
        write_failures(WORK / f"eval_{name}.failures.jsonl", evaluation.failures)
        path = write_result(f"eval_{name}", {"set": name, **report})
        print(render_table(report), flush=True)
        print(path, json.dumps(report["answers"]), flush=True)


if __name__ == "__main__":
    main()
