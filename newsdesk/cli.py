"""The `newsdesk` command: parse arguments, call a layer, print. No logic of its own."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from newsdesk.settings import Settings, get_settings

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
