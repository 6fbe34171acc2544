"""Every dev question answered with the live code, each answer kept, and the answers a change moved.

    python benchmarks/dev_loop.py build [--sets realtimeqa,squad2,usnews]   # once, and after retrieval changes
    python benchmarks/dev_loop.py ask LABEL [--sets ...] [--lowercase]
    python benchmarks/dev_loop.py diff NEW OLD [--sets ...]

The sets, their unanswerable quarter and the dated asking are `bench_eval.py`'s (`newsdesk eval`'s engine),
over indexes built once into benchmarks/work/dev/<set>/ rather than per run, with no retrieval metrics
or peers: a few minutes for all three sets, for reading what a change to `qa/` did to every answer before
the benchmark measures it. `ask` prints each set's figures and writes benchmarks/work/dev/<LABEL>_<set>.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import WORK  # noqa: E402
from benchmarks.bench_eval import set_config  # noqa: E402

DEV = WORK / "dev"
SUMMARY = ("exact_match", "f1", "gold_visible", "citation_precision", "abstention_on_unanswerable",
           "false_abstention", "ask_p50_ms")


def _settings(name: str):  # type: ignore[no-untyped-def]
    from newsdesk.settings import Settings

    return Settings(_env_file=None).model_copy(update={"index": DEV / name / "index",
                                                       "corpus": DEV / name / "corpus.jsonl"})


def build(name: str) -> None:
    """Index one set's corpus (its unanswerable questions' gold articles left out) into benchmarks/work/dev."""
    from newsdesk.evaluation import prepare, write_corpus
    from retrieval import build_index

    settings = _settings(name)
    settings.index.parent.mkdir(parents=True, exist_ok=True)
    write_corpus(prepare(set_config(name)).articles, settings.corpus)
    build_index(settings.corpus, settings.index, full=True, settings=settings, progress=False)


def ask(label: str, name: str, *, lowercase: bool) -> dict[str, object]:
    """Ask every question of one set on its day; the set's figures, each answer written to a file."""
    from newsdesk.evaluation import Evaluation, prepare
    from qa import QAChain
    from retrieval import Retriever

    config = set_config(name, lowercase=lowercase)
    prepared = prepare(config)
    settings = _settings(name)
    if not settings.index.exists():
        raise SystemExit(f"no dev index for {name}: run `python benchmarks/dev_loop.py build --sets {name}` first")
    chain = QAChain(Retriever.open(settings.index, settings=settings), settings=settings)
    rows: list[dict[str, object]] = []
    report = Evaluation(config, settings).ask_all(chain, prepared.answerable, prepared.unanswerable, dated=True,
                                                  keep_misses=False, rows=rows)
    with (DEV / f"{label}_{name}.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return {"label": label, "set": name, **{k: round(float(report[k]), 3) for k in SUMMARY}}  # type: ignore[arg-type]


def diff(new: str, old: str, name: str) -> list[str]:
    """The questions whose short answer or abstention differs between two labels' answers."""
    def rows(label: str) -> dict[str, dict[str, object]]:
        path = DEV / f"{label}_{name}.jsonl"
        return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}

    def shown(row: dict[str, object]) -> str:
        return f"{row['short_answer']!r}{' (abstained)' if row['abstained'] else ''} {row['answerability'] or 0:.3f}"

    before = rows(old)
    return [f"[{name}] {'answerable' if r['answerable'] else 'unanswerable'} {r['question']!r} gold {r['gold']}\n"
            f"    {shown(before[key])} -> {shown(r)}"
            for key, r in rows(new).items() if key in before
            and (r["short_answer"], r["abstained"]) != (before[key]["short_answer"], before[key]["abstained"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("build", "ask", "diff"))
    parser.add_argument("labels", nargs="*", help="ask: LABEL; diff: NEW OLD")
    parser.add_argument("--sets", default="realtimeqa,squad2,usnews")
    parser.add_argument("--lowercase", action="store_true", help="ask every question typed in lower case")
    args = parser.parse_args()
    wanted = {"build": 0, "ask": 1, "diff": 2}[args.command]
    if len(args.labels) != wanted:
        parser.error(f"{args.command} takes {wanted} label(s)")
    for name in args.sets.split(","):
        if args.command == "build":
            build(name)
        elif args.command == "ask":
            print(json.dumps(ask(args.labels[0], name, lowercase=args.lowercase)), flush=True)
        else:
            print("\n".join(diff(args.labels[0], args.labels[1], name)) or f"[{name}] no answer changed", flush=True)


if __name__ == "__main__":
    main()
