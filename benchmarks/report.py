"""Regenerate README.md's benchmark section and the plots from benchmarks/results/*.json.

    python benchmarks/report.py

Nothing here is typed by hand: every number in the README's benchmark section comes from a
results file written by a benchmark script.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE.parent / "README.md"
START, END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"


def _load(name: str) -> dict | None:  # type: ignore[type-arg]
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def _f(value: object, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _pct(value: object) -> str:
    return "–" if value is None else f"{100 * float(value):.1f}%"  # type: ignore[arg-type]


def build_section(data: dict) -> list[str]:  # type: ignore[type-arg]
    lines = [f"### Index build — `{data['corpus']}` (`benchmarks/bench_build.py`)", "",
             f"Plain matmul shaped like the model's layers, same run: {_f(data['matmul_gflops_per_s'])} GFLOP/s "
             f"fp32, {_f(data.get('matmul_bf16_gflops_per_s'))} GFLOP/s bf16.", "",
             "| pipeline | precision | passages | passages/s | tokens/s | model GFLOP/s | share of fp32 matmul "
             "| share of same-precision matmul | passages over the model window | peak RSS MiB |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for run in data["runs"]:
        lines.append(
            f"| {run['pipeline']} | {_precision(run)} | {_f(run['passages'])} | "
            f"{_f(run['passages_per_s'])} | {_f(run['tokens_per_s'], 0)} | {_f(run['model_gflops_per_s'])} | "
            f"{_pct(run['model_share_of_matmul'])} | {_pct(run.get('model_share_of_matmul_same_precision'))} | "
            f"{_f(run['passages_over_window'])} | {_f(run['peak_rss_mib'], 0)} |")
    lines += ["", "| incremental: 20 articles added | precision | embedded passages | their share of the "
              "corpus's tokens | seconds (model loaded) | share of the full build | seconds (cold `newsdesk "
              "index`) |", "|---|---|---|---|---|---|---|"]
    for run in data["runs"]:
        if "same_kind_seconds" in run:
            lines.append(f"| 20 held-out articles of the same corpus (base {_f(run['same_kind_base_articles'])} "
                         f"built in {_f(run['same_kind_base_seconds'])} s) | {run.get('precision')} | "
                         f"{_f(run['same_kind_embedded'])} | {_pct(run.get('same_kind_token_share'))} | "
                         f"{_f(run['same_kind_seconds'])} | "
                         f"{_pct(run['same_kind_share_of_full'])} | – |")
        if "incremental_seconds" in run:
            lines.append(f"| 20 long articles of `{run.get('incremental_source', 'another corpus')}` "
                         f"(base: the full build above) | {run.get('precision')} | "
                         f"{_f(run['incremental_embedded'])} | {_pct(run.get('incremental_token_share'))} | "
                         f"{_f(run['incremental_seconds'])} | "
                         f"{_pct(run['incremental_share_of_full'])} | {_f(run['incremental_cold_cli_seconds'])} |")
    return lines


def _precision(run: dict) -> str:  # type: ignore[type-arg]
    """The precision a build ran at, and the setting that chose it when that was not the same word."""
    used, asked = run.get("precision", "fp32"), run.get("requested_precision")
    return f"{asked} → {used}" if asked and asked != used else used


def precision_section(data: dict) -> list[str]:  # type: ignore[type-arg]
    lines = [f"### Embedding precision — {_f(data['passages'])} RealTime QA + BBC passages, "
             f"{_f(data['questions'])} questions, dense only (`benchmarks/bench_precision.py`)", "",
             "| variant | passages/s | cosine to fp32 mean / min | R@1 | R@5 | R@10 |", "|---|---|---|---|---|---|"]
    for run in data["runs"]:
        lines.append(f"| {run['variant']} | {_f(run['passages_per_s'])} | {_f(run['cosine_to_fp32_mean'], 4)} / "
                     f"{_f(run['cosine_to_fp32_min'], 4)} | {_f(run['recall@1'], 3)} | {_f(run['recall@5'], 3)} | "
                     f"{_f(run['recall@10'], 3)} |")
    return lines


def search_section(data: dict) -> list[str]:  # type: ignore[type-arg]
    lines = [f"### Search latency (`benchmarks/bench_search.py`, {data['queries']} real questions, one at a time)",
             "",
             f"Real vectors: {_f(data['real_passages'])} passages (BBC + RealTime QA evidence); the rest "
             "are **synthetic** (mixtures of real vectors plus noise). Query embedding adds "
             f"p50 {_f(data['query_embedding_p50_ms'])} ms / p95 {_f(data['query_embedding_p95_ms'])} ms. "
             f"A full hybrid `Retriever.search` (embedding, FAISS, BM25, SQLite) on the "
             f"{_f(data['hybrid_search_passages'])}-passage real index: p50 {_f(data['hybrid_search_p50_ms'])} ms, "
             f"p95 {_f(data['hybrid_search_p95_ms'])} ms.", "",
             "| passages | synthetic | served kind | served p50 / p95 ms (no embedding) | exact p50 ms | "
             "HNSW p50 ms | HNSW recall@10 vs exact | HNSW build s | bytes per passage |",
             "|---|---|---|---|---|---|---|---|---|"]
    if data.get("index_format", 3) < 4:
        lines[2] += (" Bytes per passage: an index of format 3, before the catalog held sentence vectors"
                     " (format 4 adds about 4,200 bytes a passage; see \"The index\").")
    for row in data["sizes"]:
        lines.append(
            f"| {_f(row['passages'])} | {_f(row['synthetic'])} | {row['auto_kind']} | "
            f"{_f(row['served_p50_ms'], 2)} / {_f(row['served_p95_ms'], 2)} | {_f(row['flat_p50_ms'], 2)} | "
            f"{_f(row['hnsw_p50_ms'], 2)} | {_f(row['hnsw_recall_at_10'], 3)} | {_f(row['hnsw_build_seconds'])} | "
            f"{_f(row['bytes_per_passage'], 0)} |")
    return lines


def _evals() -> list[Path]:
    """The QA benchmark results, one per set (the lower-case runs are read beside their set's)."""
    return [p for p in sorted(RESULTS.glob("eval_*.json")) if not p.stem.endswith("_lowercase")]


def eval_section(name: str, data: dict) -> list[str]:  # type: ignore[type-arg]
    corpus = "BBC distractors" if data["distractors"] else f"{_f(data['index']['articles'])} full-length articles"
    lines = [f"### `{name}` — {data['questions']} questions ({data['answerable']} answerable, "
             f"{data['unanswerable']} made unanswerable), {corpus}, {_f(data['index']['passages'])} passages "
             f"(`benchmarks/bench_eval.py`)", ""]
    if not data["distractors"]:
        lines += ["RealTime QA's questions over the `usnews_2012_2022_10k` articles a search engine retrieved for "
                  "them: a question's gold articles are those dated by its day that state a gold answer, so "
                  "every other article it retrieved is on a near topic. Gold is by string match: an article "
                  "that states the answer in other words (\"President Biden\" for \"Joe Biden\") counts as "
                  "no gold, so some questions made unanswerable still have an answer, and some "
                  "answers counted wrong are right.", ""]
    lines += ["| retriever | R@1 | R@5 | R@10 | MRR@10 |", "|---|---|---|---|---|"]
    rows = [(mode, data["retrieval"][mode]) for mode in ("dense", "bm25", "hybrid")]
    rows += [(f"peer: {p}", v) for p, v in data["peers"].items() if "recall@1" in v]
    for label, values in rows:
        lines.append(f"| {label} | {_f(values['recall@1'], 3)} | {_f(values['recall@5'], 3)} | "
                     f"{_f(values['recall@10'], 3)} | {_f(values['mrr@10'], 3)} |")
    a = data["answers"]
    u = data.get("answers_undated")
    top = data["peers"].get("top-passage", {})

    def row(label: str, key: str, peer: str, digits: int = 3) -> str:
        also = f" {_f(u.get(key), digits)} |" if u else ""
        return f"| {label} | {_f(a.get(key), digits)} |{also} {peer} |"

    head = "| answers | newsdesk, asked on each question's date | newsdesk, asked today | peer: top passage |" \
        if u else "| answers | newsdesk | peer: top passage |"
    lines += ["", head, "|---|---|---|---|" if u else "|---|---|---|",
              row(f"exact match (answer_in_context, {a['answer_in_context']})", "exact_match", "–"),
              row("token F1", "f1", "–"),
              row("gold answer visible (answer + quotes)", "gold_visible", _f(top.get("gold_visible"), 3)),
              row("citation precision (per numbered source)", "citation_precision",
                  _f(top.get("citation_precision"), 3)),
              row("… per quoted passage", "quote_precision", "–"),
              row("abstention on unanswerable", "abstention_on_unanswerable", "0 (never abstains)"),
              row("false abstention", "false_abstention", "–"),
              row("`ask` p50 ms", "ask_p50_ms", "–", 0),
              row("`ask` p95 ms", "ask_p95_ms", "–", 0)]
    if "ask_again_p50_ms" in a:
        lines.append(f"| `ask` p50 / p95 ms, asked again just after ({a['ask_again_questions']} questions) | "
                     f"{_f(a['ask_again_p50_ms'], 0)} / {_f(a['ask_again_p95_ms'], 0)} |{' – |' if u else ''} – |")
    if u:
        lines.append(f"\n{_f(data['asked_as_of_question_date'])} questions carry a `question_date`: the first "
                     "column asks each as of that day (`answer(as_of=...)`: \"this week\" is that week, later "
                     "articles are unseen), as a user did; the second asks them all today "
                     "(`newsdesk eval --undated`), after the first: its `ask` times may gain from the parse "
                     "cache (the 4,096 texts parsed last), as it asks what the first column asked.")
    curve = [p for p in a.get("abstention_curve", []) if abs(p["threshold"] * 100 % 2) < 1e-6]
    if curve:
        threshold = data["settings"]["abstain_threshold"]
        lines += ["", f"Abstention threshold (default {threshold:g}) against the same run's answerability scores"
                  + (" (asked on each question's date)" if u else "") + ":", "",
                  "| threshold | " + " | ".join(f"{p['threshold']:.2f}" for p in curve) + " |",
                  "|---|" + "---|" * len(curve),
                  "| abstention on unanswerable | " + " | ".join(_f(p["abstention"], 3) for p in curve) + " |",
                  "| false abstention | " + " | ".join(_f(p["false_abstention"], 3) for p in curve) + " |"]
    lower = RESULTS / f"eval_{name}_lowercase.json"
    if lower.exists():
        b = json.loads(lower.read_text())["answers"]
        lines.append(f"\nThe same questions typed in lower case (`benchmarks/bench_eval.py --lowercase`, "
                     f"another run), as chat often is: exact match {_f(b['exact_match'], 3)}, token F1 "
                     f"{_f(b['f1'], 3)}, gold answer visible {_f(b['gold_visible'], 3)}, citation precision "
                     f"{_f(b['citation_precision'], 3)}, abstention {_f(b['abstention_on_unanswerable'], 3)} at "
                     f"{_f(b['false_abstention'], 3)} false abstention, `ask` p50 / p95 {_f(b['ask_p50_ms'], 0)} / "
                     f"{_f(b['ask_p95_ms'], 0)} ms.")
    lc = data["peers"].get("langchain")
    if lc:
        lines.append(f"\nPeer LangChain pipeline over the same passages: {_f(lc['passages_per_s'])} passages/s "
                     f"to build; ours {_f(data['index']['passages_per_s'])} passages/s (whole build).")
    return lines


def bot_section(data: dict) -> list[str]:  # type: ignore[type-arg]
    lines = ["### Bot under load (`benchmarks/bench_bot.py`, real PTB + httpx against the fake Bot API, seed index)",
             "", "| chats | httpx pool | workers | answered exactly once | answers/s | latency p50 / p95 ms | "
             "event-loop stall p95 / max ms | peak RSS MiB |", "|---|---|---|---|---|---|---|---|"]
    for run in data["runs"]:
        lines.append(f"| {_f(run['chats'])} | {run['http_pool']} | {run['workers']} | "
                     f"{_f(run['answered_exactly_once'])} | {_f(run['answers_per_s'])} | "
                     f"{_f(run['latency_p50_ms'], 0)} / {_f(run['latency_p95_ms'], 0)} | "
                     f"{_f(run['loop_stall_p95_ms'], 1)} / {_f(run['loop_stall_max_ms'], 1)} | "
                     f"{_f(run['peak_rss_mib'], 0)} |")
    return lines


def plots() -> list[str]:
    """Write the PNGs; the README lines that show them."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib missing (pip install -e '.[bench]'): no plots", file=sys.stderr)
        return []
    shown = []
    evals = [(p.stem.removeprefix("eval_"), json.loads(p.read_text())) for p in _evals()]
    if evals:
        fig, axes = plt.subplots(1, len(evals), figsize=(6 * len(evals), 4), squeeze=False)
        for ax, (name, data) in zip(axes[0], evals, strict=True):
            series = {m: data["retrieval"][m] for m in ("dense", "bm25", "hybrid")}
            series.update({f"peer {p}": v for p, v in data["peers"].items() if "recall@1" in v})
            for label, values in series.items():
                ax.plot([1, 5, 10], [values["recall@1"], values["recall@5"], values["recall@10"]], marker="o",
                        label=label, linestyle="--" if label.startswith("peer") else "-")
            ax.set_title(name)
            ax.set_xlabel("k")
            ax.set_ylabel("Recall@k")
            ax.set_xticks([1, 5, 10])
            ax.grid(alpha=0.3)
            ax.legend()
        fig.tight_layout()
        fig.savefig(RESULTS / "recall_at_k.png", dpi=110)
        plt.close(fig)
        shown.append("![Recall@k per retriever and peer](benchmarks/results/recall_at_k.png)")
    search = _load("search")
    if search:
        sizes = [r["passages"] for r in search["sizes"]]
        fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
        left.plot(sizes, [r["flat_p50_ms"] for r in search["sizes"]], marker="o", label="exact p50")
        left.plot(sizes, [r["hnsw_p50_ms"] for r in search["sizes"]], marker="o", label="HNSW p50")
        left.plot(sizes, [r["served_p95_ms"] for r in search["sizes"]], marker="x", label="served p95")
        left.set_xscale("log")
        left.set_yscale("log")
        left.set_xlabel("passages")
        left.set_ylabel("ms per query (no embedding)")
        left.grid(alpha=0.3)
        left.legend()
        right.plot(sizes, [r["bytes_per_passage"] for r in search["sizes"]], marker="o")
        right.set_xscale("log")
        right.set_xlabel("passages")
        right.set_ylabel("bytes per passage (vectors + catalog + BM25)")
        right.grid(alpha=0.3)
        fig.tight_layout()
        fig.savefig(RESULTS / "search_scaling.png", dpi=110)
        plt.close(fig)
        shown.append("![Search latency and memory against corpus size](benchmarks/results/search_scaling.png)")
    return shown


def _cpu(machine: dict) -> str:  # type: ignore[type-arg]
    """The CPU as the tables name it: model and vector extensions (older results lack the latter)."""
    isa = machine.get("isa")
    return f"{machine['cpu']} ({isa})" if isa and isa != "unknown" else machine["cpu"]


def _where(machine: dict) -> tuple[object, ...]:  # type: ignore[type-arg]
    """What makes two results' machines differ for the tables: CPU, its extensions, day."""
    return machine["cpu"], machine.get("isa"), machine["date"]


def main() -> None:
    sections: list[str] = []
    machine = None

    def add(lines: list[str], data: dict) -> None:  # type: ignore[type-arg]
        """A section; one measured on another machine or day than the first says which."""
        nonlocal machine
        machine = machine or data.get("machine")
        own = data.get("machine")
        if own and machine and _where(own) != _where(machine):
            lines = [lines[0], "", f"Measured on {_cpu(own)}, {own['cores']} cores, {own['date']}.", *lines[1:]]
        sections.extend([*lines, ""])

    for name, render in (("build", build_section), ("precision", precision_section), ("search", search_section)):
        data = _load(name)
        if data:
            add(render(data), data)
    for path in _evals():
        data = json.loads(path.read_text())
        add(eval_section(path.stem.removeprefix("eval_"), data), data)
    bot = _load("bot")
    if bot:
        add(bot_section(bot), bot)
    images = plots()
    header = []
    if machine:
        header = [f"Measured on {_cpu(machine)}, {machine['cores']} cores, {machine['memory_gib']} GiB, "
                  f"Python {machine['python']}, {machine['date']}. Regenerate: `python benchmarks/run_all.py` "
                  "(all) or `python benchmarks/report.py` (tables from existing results).", ""]
    body = "\n".join([START, *header, *sections, *images, END])
    text = README.read_text(encoding="utf-8")
    if START in text:
        text = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: body, text, flags=re.DOTALL)
    else:
        text = text.rstrip() + "\n\n" + body + "\n"
    README.write_text(text, encoding="utf-8")
    print(f"updated {README}")


if __name__ == "__main__":
    main()
