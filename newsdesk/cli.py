"""The `newsdesk` command: parse arguments, call a layer, print. No logic of its own."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from newsdesk.settings import Settings, get_settings

if TYPE_CHECKING:
    from qa import Answer

log = logging.getLogger("newsdesk")


class CommandError(Exception):
    """A failure to report to the user in one line."""


def _setup_logging(settings: Settings, *, verbose: bool, service: bool) -> None:
    """Debug with -v; the settings' level for long-running services; warnings for commands."""
    if verbose:
        level = logging.DEBUG
    elif service:
        level = getattr(logging, settings.log_level.upper(), logging.INFO)
    else:
        level = logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("faiss.loader", "bm25s", "httpx", "httpcore", "sentence_transformers",
                  "transformers", "urllib3", "filelock", "huggingface_hub"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def _paths(args: argparse.Namespace, settings: Settings) -> tuple[Path | None, Path]:
    corpus = Path(args.corpus) if getattr(args, "corpus", None) else None
    index = Path(args.index) if getattr(args, "index", None) else settings.index
    return corpus, index


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    """Build or update the index."""
    from retrieval import build_index

    corpus, index = _paths(args, settings)
    report = build_index(corpus or settings.corpus, index, full=args.full, settings=settings,
                         on_problem=lambda p: print(f"skipped {p}", file=sys.stderr))
    print(report.summary())
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """Describe the live index and check it."""
    from retrieval.build import stale_reason
    from retrieval.store import current_version_dir, read_manifest, verify_files

    _, index = _paths(args, settings)
    live = current_version_dir(index)
    if live is None:
        raise CommandError(f"no index in {index}; build one with `newsdesk index`")
    manifest = read_manifest(live)
    verify_files(live, manifest)
    size = sum(p.stat().st_size for p in live.rglob("*") if p.is_file())
    info = {
        "index": str(index), "version": manifest.version, "created": manifest.created,
        "model": manifest.model, "dimension": manifest.dimension, "kind": manifest.index_kind,
        "articles": manifest.articles, "passages": manifest.passages, "skipped": manifest.skipped,
        "chunk_tokens": manifest.chunk_tokens, "corpus": manifest.corpus, "bytes": size,
        "checksums": "ok", "stale": stale_reason(args.corpus, index) or "no",
    }
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        for key, value in info.items():
            print(f"{key:>12}: {value}")
    return 0


def _open_retriever(args: argparse.Namespace, settings: Settings):  # type: ignore[no-untyped-def]
    from retrieval import Retriever
    from retrieval.build import ensure_index

    corpus, index = _paths(args, settings)
    report = ensure_index(corpus, index, settings=settings)
    if report is not None:
        print(report.summary(), file=sys.stderr)
    return Retriever.open(index, settings=settings)


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    """Search the index and print the hits."""
    retriever = _open_retriever(args, settings)
    hits = retriever.search(args.query, args.k, since=args.since, until=args.until,
                            source=args.source, mode=args.mode)
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], indent=2, ensure_ascii=False))
        return 0
    if not hits:
        print("no matching passages")
    for rank, hit in enumerate(hits, 1):
        meta = " · ".join(x for x in (hit.source, hit.date, hit.article_id) if x)
        print(f"[{rank}] {hit.title or '(untitled)'} — {meta}  (score {hit.score:.4f})")
        print("    " + hit.text.replace("\n", "\n    "))
        if hit.also_in:
            print("    also in: " + ", ".join(o.source or o.article_id for o in hit.also_in))
    return 0


def _with_paths(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings with --corpus/--index applied."""
    corpus, index = _paths(args, settings)
    return settings.model_copy(update={"index": index, **({"corpus": corpus} if corpus else {})})


def print_answer(answer: Answer) -> None:
    """An answer for the terminal: the answer, then numbered sources with their quotes."""
    from qa.models import by_article, one_line

    print(answer.text)
    if answer.resolved_question:
        print(f"(understood as: {answer.resolved_question})")
    sources = answer.citations or answer.related
    if answer.abstained and sources:
        print("\nClosest articles:")
    for group in by_article(sources):
        citation = group[0]
        meta = " · ".join(x for x in (citation.source, citation.date, citation.url) if x)
        print(f"\n[{citation.n}] {citation.title or citation.headline} — {meta}")
        for quoted in group:
            print(f"    “{one_line(quoted.quote)}”")
    for note in answer.notes:
        print(f"note: {note}", file=sys.stderr)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer a question with cited sources."""
    from qa import QAChain

    settings = _with_paths(args, settings)
    chain = QAChain(_open_retriever(args, settings), settings=settings)
    answer = chain.answer(args.question, as_of=args.as_of)
    if args.json:
        print(json.dumps(answer.to_json_dict(), indent=2, ensure_ascii=False))
    else:
        print_answer(answer)
    return 0


def cmd_bot(args: argparse.Namespace, settings: Settings) -> int:
    """Run the Telegram bot until interrupted."""
    from bot.app import run

    run(_with_paths(args, settings))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Evaluate retrieval and answers on a QA set over a throw-away index."""
    from newsdesk.evaluation import PEERS, EvalConfig, Evaluation, render_table, write_failures

    compare = [c.strip() for c in (args.compare or "").split(",") if c.strip()]
    unknown = [c for c in compare if c not in PEERS]
    if unknown:
        raise CommandError(f"unknown peer(s) {', '.join(unknown)}; choose from {', '.join(PEERS)}")
    if not args.corpus:
        raise CommandError("eval needs --corpus (the documents the QA set's gold_doc_ids refer to)")
    config = EvalConfig(qa=Path(args.qa), corpus=Path(args.corpus),
                        distractors=[Path(d) for d in args.distractors or []], limit=args.limit,
                        unanswerable_fraction=args.unanswerable_fraction, compare=compare,
                        dated=not args.undated, lowercase=args.lowercase)
    evaluation = Evaluation(config, settings)
    report = evaluation.run()
    if args.out:
        out = Path(args.out)
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        failures = out.with_suffix(".failures.jsonl")
        write_failures(failures, evaluation.failures)
        print(f"report: {out}; misses: {failures}", file=sys.stderr)
    print(json.dumps(report, indent=2) if args.json else render_table(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="newsdesk", description="Question answering over news articles, with cited sources."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--corpus", help="folder (or file) of articles (default: NEWSDESK_CORPUS)")
        sub.add_argument("--index", help="index directory (default: NEWSDESK_INDEX)")

    sub = commands.add_parser("index", help="build or update the index from the corpus")
    common(sub)
    sub.add_argument("--full", action="store_true", help="rebuild from scratch")
    sub.set_defaults(func=cmd_index)

    sub = commands.add_parser("status", help="describe and verify the index")
    common(sub)
    sub.add_argument("--json", action="store_true")
    sub.set_defaults(func=cmd_status)

    sub = commands.add_parser("search", help="search the index (builds it first if needed)")
    common(sub)
    sub.add_argument("query")
    sub.add_argument("-k", type=int, default=5, help="number of hits (default 5)")
    sub.add_argument("--since", help="only articles dated on or after (YYYY-MM-DD)")
    sub.add_argument("--until", help="only articles dated on or before (YYYY-MM-DD)")
    sub.add_argument("--source", help="only articles from this publisher or agency")
    sub.add_argument("--mode", choices=["hybrid", "dense", "bm25"], help="ranking (default: setting)")
    sub.add_argument("--json", action="store_true", help="print hits as JSON")
    sub.set_defaults(func=cmd_search)

    sub = commands.add_parser("ask", help="answer a question with cited sources")
    common(sub)
    sub.add_argument("question")
    sub.add_argument("--json", action="store_true", help="print the answer as JSON")
    sub.add_argument("--as-of", metavar="YYYY-MM-DD",
                     help="ask as on that day: 'this week' is that day's week, later articles are unseen")
    sub.set_defaults(func=cmd_ask)

    sub = commands.add_parser("eval", help="measure retrieval and answers on a QA set, beside peers")
    sub.add_argument("qa", help="QA JSONL: id, question, answers, gold_doc_ids[, answer_in_context]")
    sub.add_argument("--corpus", help="the documents the gold ids refer to")
    sub.add_argument("--distractors", nargs="*", help="more corpora mixed in as distractors")
    sub.add_argument("--limit", type=int, help="only the first N questions")
    sub.add_argument("--unanswerable-fraction", type=float, default=0.0,
                     help="leave this share of questions' gold documents out of the index (0-1)")
    sub.add_argument("--compare", help="peers to measure in the same run: langchain,bm25,top-passage")
    sub.add_argument("--undated", action="store_true",
                     help="ask every question today, ignoring the set's question_date")
    sub.add_argument("--lowercase", action="store_true", help="ask every question typed in lower case")
    sub.add_argument("--json", action="store_true", help="print the report as JSON")
    sub.add_argument("--out", help="write the JSON report here, and the misses beside it")
    sub.set_defaults(func=cmd_eval)

    sub = commands.add_parser("bot", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    common(sub)
    sub.set_defaults(func=cmd_bot)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        key = "NEWSDESK_" + "_".join(str(p) for p in error["loc"]).upper()
        print(f"newsdesk: error: invalid setting {key}: {error['msg']}", file=sys.stderr)
        return 2
    _setup_logging(settings, verbose=args.verbose, service=args.command == "bot")
    func: Callable[[argparse.Namespace, Settings], int] = args.func
    try:
        return func(args, settings)
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — every failure becomes one clear line
        from retrieval.store import IndexProblem

        if args.verbose:
            log.exception("failed")
        known = (CommandError, IndexProblem, FileNotFoundError, ValueError, PermissionError)
        message = str(exc) if isinstance(exc, known) else f"{type(exc).__name__}: {exc}"
        print(f"newsdesk: error: {message.splitlines()[0] if message else type(exc).__name__}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
