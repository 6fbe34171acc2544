"""Retrieval and answer quality on the dev QA sets, with peers, through `newsdesk eval`'s engine.

    python benchmarks/bench_eval.py [--sets realtimeqa,squad2,usnews] [--limit N]

RealTime QA and SQuAD are indexed with the BBC articles as distractors. `usnews` asks RealTime QA's
questions of full-length articles: the `usnews_2012_2022_10k` articles a search engine retrieved for
them; a question's gold articles are those dated by its day that state a gold answer, and every other
retrieved article is on a near topic. In each set a quarter of the questions lose their gold
documents (unanswerable). Peers in the same run: LangChain (FAISS.from_documents +
HuggingFaceEmbeddings over the same passages), plain BM25, and a top-passage answerer.
Writes benchmarks/results/eval_<set>.json (misses, and the usnews set's files, in benchmarks/work/).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import SHARED, WORK, write_result  # noqa: E402

if TYPE_CHECKING:
    from newsdesk.evaluation import EvalConfig

SETS = {
    "realtimeqa": ("qa/realtimeqa_2020_2022.jsonl", "corpus/realtimeqa_2020_2022_evidence.jsonl"),
    "squad2": ("qa/squad2_sample.jsonl", "corpus/squad2_contexts.jsonl"),
}
USNEWS = ("qa/realtimeqa_2020_2022.jsonl", "news/usnews_2012_2022_10k.jsonl.gz")


def usnews_set() -> tuple[Path, Path]:
    """Write the full-article set (questions with gold articles, and its corpus) to benchmarks/work/."""
    from newsdesk.evaluation import contains_answer

    questions = [json.loads(line) for line in (SHARED / USNEWS[0]).read_text(encoding="utf-8").splitlines() if line]
    by_question = {q["id"].removeprefix("rtqa-"): q for q in questions}
    retrieved: dict[str, list[dict]] = collections.defaultdict(list)  # type: ignore[type-arg]
    with gzip.open(SHARED / USNEWS[1], "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article.get("retrieved_for_question") in by_question:
                article["date"] = article["date"].replace("/", "-")
                retrieved[article["retrieved_for_question"]].append(article)
    WORK.mkdir(parents=True, exist_ok=True)
    qa, corpus = WORK / "usnews_qa.jsonl", WORK / "usnews_corpus.jsonl"
    with qa.open("w", encoding="utf-8") as handle:
        for key, articles in retrieved.items():
            q = by_question[key]
            gold = [a["id"] for a in articles
                    if a["date"] <= q["question_date"] and contains_answer(a["text"], q["answers"])]
            if gold:
                handle.write(json.dumps({**q, "gold_doc_ids": gold, "answer_in_context": True}) + "\n")
    with corpus.open("w", encoding="utf-8") as handle:
        for articles in retrieved.values():
            for a in articles:
                handle.write(json.dumps({k: a[k] for k in ("id", "title", "date", "source", "url", "text")}) + "\n")
    return qa, corpus


def set_config(name: str, *, limit: int | None = None, compare: Sequence[str] = (),
               lowercase: bool = False) -> EvalConfig:
    """The evaluation of one dev set: its questions, corpus and distractors, a quarter made unanswerable."""
    from newsdesk.evaluation import EvalConfig

    if name == "usnews":
        qa, corpus = usnews_set()
        distractors = []
    else:
        qa, corpus = SHARED / SETS[name][0], SHARED / SETS[name][1]
        distractors = [SHARED / "news" / "bbc_news_2225.jsonl"]
    return EvalConfig(qa=qa, corpus=corpus, distractors=distractors, limit=limit, unanswerable_fraction=0.25,
                      compare=list(compare), progress=False, lowercase=lowercase)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default="realtimeqa,squad2,usnews")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--compare", default="langchain,bm25,top-passage")
    parser.add_argument("--lowercase", action="store_true",
                        help="ask every question typed in lower case (results in eval_<set>_lowercase.json)")
    args = parser.parse_args()

    from newsdesk.evaluation import Evaluation, render_table, write_failures
    from newsdesk.settings import Settings

    for name in args.sets.split(","):
        config = set_config(name, limit=args.limit, compare=[c for c in args.compare.split(",") if c],
                            lowercase=args.lowercase)
        evaluation = Evaluation(config, Settings(_env_file=None))
        report = evaluation.run()
        WORK.mkdir(parents=True, exist_ok=True)
        result = f"eval_{name}_lowercase" if args.lowercase else f"eval_{name}"
        write_failures(WORK / f"{result}.failures.jsonl", evaluation.failures)
        path = write_result(result, {"set": name, "lowercase": args.lowercase, **report})
        print(render_table(report), flush=True)
        print(path, json.dumps(report["answers"]), flush=True)


if __name__ == "__main__":
    main()
