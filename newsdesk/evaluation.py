"""Evaluation: index a corpus, ask a QA set, measure retrieval and answers beside peer pipelines."""

from __future__ import annotations

import json
import logging
import random
import re
import resource
import string
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from newsdesk.settings import Settings
from retrieval.articles import Article, Problem, normalize_date, read_corpus

if TYPE_CHECKING:
    from qa.models import Citation

log = logging.getLogger(__name__)

MODES = ("dense", "bm25", "hybrid")
PEERS = ("langchain", "bm25", "top-passage")
KS = (1, 5, 10)
ASKED_AGAIN = 100  # questions whose second asking is timed


# --------------------------------------------------------------------------- QA records


@dataclass(frozen=True)
class QARecord:
    """One question with its gold answers and gold documents."""

    id: str
    question: str
    answers: tuple[str, ...]
    gold: tuple[str, ...]
    answer_in_context: bool | None = None
    asked_on: str | None = None  # the day the question was asked, if the set says (`question_date`)


def read_qa(path: Path) -> tuple[list[QARecord], list[Problem]]:
    """The records of a QA JSONL file; malformed lines are reported, not fatal."""
    records: list[QARecord] = []
    problems: list[Problem] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            question = str(data["question"]).strip()
            answers = data.get("answers") or []
            gold = data.get("gold_doc_ids") or []
            if not question or not isinstance(answers, list) or not isinstance(gold, list):
                raise ValueError("needs question, answers (list) and gold_doc_ids (list)")
            records.append(QARecord(str(data.get("id", f"q{number}")), question,
                                    tuple(str(a) for a in answers), tuple(str(g) for g in gold),
                                    data.get("answer_in_context"),
                                    normalize_date(data.get("question_date") or data.get("asked_on"))))
        except (ValueError, KeyError, TypeError) as exc:
            reason = "malformed JSON" if isinstance(exc, json.JSONDecodeError) else f"bad record ({exc})"
            problems.append(Problem(Path(path).name, number, reason))
    return records, problems


# --------------------------------------------------------------------------- metrics (pure)


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, no punctuation, no articles, single spaces."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation) | {"‘", "’", "“", "”"})
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str | None, golds: Sequence[str]) -> float:
    """1.0 if the normalised prediction equals a normalised gold answer."""
    if not prediction:
        return 0.0
    pred = normalize_answer(prediction)
    return float(any(pred == normalize_answer(g) for g in golds))


def token_f1(prediction: str | None, golds: Sequence[str]) -> float:
    """The best SQuAD token F1 of the prediction against any gold answer."""
    if not prediction:
        return 0.0
    pred = normalize_answer(prediction).split()
    best = 0.0
    for gold in golds:
        truth = normalize_answer(gold).split()
        common = Counter(pred) & Counter(truth)
        overlap = sum(common.values())
        if overlap == 0:
            continue
        precision, recall = overlap / len(pred), overlap / len(truth)
        best = max(best, 2 * precision * recall / (precision + recall))
    return best


_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s\b")


def contains_answer(text: str, golds: Sequence[str]) -> bool:
    """Whether a normalised gold answer occurs in the normalised text (as whole words)."""
    # SQuAD normalisation drops the apostrophe of a possessive ("the Court of Justice's view" →
    # "justices"): a reader still sees the name, so the text is also read without possessives.
    haystacks = {f" {normalize_answer(t)} " for t in (text, _POSSESSIVE_RE.sub("", text))}
    return any(normalize_answer(g) and any(f" {normalize_answer(g)} " in h for h in haystacks) for g in golds)


def cited_right(citations: Sequence[Citation], gold: Sequence[str], answers: Sequence[str]) -> list[list[bool]]:
    """For each numbered source (one article), whether each quoted passage is right: gold, or shows an answer."""
    from qa.models import by_article

    return [[c.article_id in gold or contains_answer(c.quote, answers) for c in source]
            for source in by_article(citations)]


def first_hit_rank(ranked_ids: Sequence[Sequence[str]], gold: Iterable[str]) -> int | None:
    """The 1-based rank of the first result whose article ids include a gold id, or None."""
    wanted = set(gold)
    for rank, ids in enumerate(ranked_ids, 1):
        if wanted.intersection(ids):
            return rank
    return None


def ranking_metrics(ranks: Sequence[int | None], ks: Sequence[int] = KS) -> dict[str, float]:
    """Recall@k for each k and MRR@10 from first-hit ranks."""
    n = max(1, len(ranks))
    out = {f"recall@{k}": sum(1 for r in ranks if r is not None and r <= k) / n for k in ks}
    out["mrr@10"] = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile by linear interpolation (nan for no values)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def split_unanswerable(records: Sequence[QARecord], fraction: float, seed: int = 13) -> set[str]:
    """Gold document ids to leave out of the index so that about `fraction` of questions lose theirs."""
    rng = random.Random(seed)
    removed: set[str] = set()
    for record in records:
        if record.gold and rng.random() < fraction:
            removed.update(record.gold)
    return removed


@dataclass(frozen=True)
class Decision:
    """One question's abstention outcome: its answerability score and whether the chain abstained."""

    answerable: bool
    abstained: bool
    score: float | None


def abstention_curve(decisions: Sequence[Decision], threshold: float,
                     grid: Sequence[float] = tuple(round(0.30 + 0.01 * i, 2) for i in range(27)),
                     ) -> list[dict[str, float]]:
    """Abstention on unanswerable and false abstention on answerable questions at each threshold.

    A question abstains at t when its score is below t, or when it abstained at `threshold`
    for another reason (no evidence, nothing to extract), which t does not change.
    """
    answerable = [d for d in decisions if d.answerable]
    unanswerable = [d for d in decisions if not d.answerable]

    def abstains(d: Decision, t: float) -> bool:
        if d.score is None:
            return True
        return d.score < t or (d.abstained and d.score >= threshold)

    return [{"threshold": t,
             "abstention": sum(abstains(d, t) for d in unanswerable) / max(1, len(unanswerable)),
             "false_abstention": sum(abstains(d, t) for d in answerable) / max(1, len(answerable))}
            for t in grid]


def best_threshold(curve: Sequence[dict[str, float]], max_false: float = 0.10) -> dict[str, float] | None:
    """The curve point with the most abstention whose false abstention stays within `max_false`."""
    within = [p for p in curve if p["false_abstention"] <= max_false]
    return max(within, key=lambda p: (p["abstention"], -p["threshold"])) if within else None


# --------------------------------------------------------------------------- the run


@dataclass
class EvalConfig:
    """What `newsdesk eval` was asked to do."""

    qa: Path
    corpus: Path
    distractors: list[Path] = field(default_factory=list)
    limit: int | None = None
    unanswerable_fraction: float = 0.0
    compare: list[str] = field(default_factory=list)
    seed: int = 13
    progress: bool | None = None
    dated: bool = True  # ask each question as of its question_date, where the set gives one
    lowercase: bool = False  # ask each question typed in lower case, as chat often is


@dataclass
class Prepared:
    """An evaluation's questions, split into answerable and unanswerable, and the articles to index."""

    usable: list[QARecord]
    answerable: list[QARecord]
    unanswerable: list[QARecord]
    articles: list[Article]  # without the gold articles of the unanswerable questions
    problems: list[Problem]


def prepare(config: EvalConfig) -> Prepared:
    """Read the QA set and corpora and leave out the gold articles of a seeded share of the questions."""
    records, problems = read_qa(config.qa)
    if config.limit:
        records = records[: config.limit]
    if config.lowercase:
        records = [replace(r, question=r.question.lower()) for r in records]
    articles: list[Article] = []
    for source in [config.corpus, *config.distractors]:
        for item in read_corpus(source):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                articles.append(item)
    known = {a.id for a in articles}
    usable = []
    for record in records:
        missing = [g for g in record.gold if g not in known]
        if missing or not record.gold:
            problems.append(Problem(config.qa.name, 0, f"{record.id}: gold document(s) not in the corpus: "
                                    f"{', '.join(missing) or '(none given)'}"))
        else:
            usable.append(record)
    removed = split_unanswerable(usable, config.unanswerable_fraction, config.seed)
    return Prepared(usable=usable, answerable=[r for r in usable if not set(r.gold) <= removed],
                    unanswerable=[r for r in usable if set(r.gold) <= removed],
                    articles=[a for a in articles if a.id not in removed], problems=problems)


def write_corpus(articles: Sequence[Article], path: Path) -> None:
    """The articles as a JSONL corpus `build_index` reads."""
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"id": a.id, "title": a.title, "date": a.date, "source": a.source,
                                     "agency": a.agency, "dateline": a.dateline, "url": a.url, "text": a.text}) + "\n")


class Evaluation:
    """One evaluation run over a throw-away index."""

    def __init__(self, config: EvalConfig, settings: Settings):
        self.config = config
        self.settings = settings
        self.failures: list[dict[str, object]] = []

    def _bar(self, items: Sequence, desc: str) -> Iterable:  # type: ignore[type-arg]
        show = sys.stderr.isatty() if self.config.progress is None else self.config.progress
        return tqdm(items, desc=desc, disable=not show, file=sys.stderr, leave=False)

    def run(self) -> dict[str, object]:
        """Index, ask, measure; the report as plain data."""
        from qa import QAChain
        from retrieval import Retriever, build_index

        config = self.config
        prepared = prepare(config)
        usable, answerable, unanswerable = prepared.usable, prepared.answerable, prepared.unanswerable
        problems = prepared.problems

        with tempfile.TemporaryDirectory(prefix="newsdesk-eval-") as tmp:
            corpus_file = Path(tmp) / "corpus.jsonl"
            write_corpus(prepared.articles, corpus_file)
            index_dir = Path(tmp) / "index"
            settings = self.settings.model_copy(update={"index": index_dir, "corpus": corpus_file})
            started = time.perf_counter()
            report = build_index(corpus_file, index_dir, full=True, settings=settings, progress=config.progress)
            build_seconds = time.perf_counter() - started
            retriever = Retriever.open(index_dir, settings=settings)

            retrieval = {mode: self._retrieval(retriever, answerable, mode) for mode in MODES}
            chain = QAChain(retriever, settings=settings)
            dated = config.dated and any(r.asked_on for r in usable)
            answers = self.ask_all(chain, answerable, unanswerable, dated=dated)
            answers.update(self._asked_again(chain, answerable[:ASKED_AGAIN], dated=dated))
            # The same questions asked today, so dated and undated figures come from one run.
            undated = self.ask_all(chain, answerable, unanswerable, dated=False, keep_misses=False) if dated else None
            peers: dict[str, object] = {}
            for peer in config.compare:
                peers[peer] = self._peer(peer, retriever, answerable)

        return {
            "qa": str(config.qa), "corpus": str(config.corpus),
            "distractors": [str(d) for d in config.distractors],
            "questions": len(usable), "answerable": len(answerable), "unanswerable": len(unanswerable),
            "asked_as_of_question_date": sum(1 for r in usable if r.asked_on) if dated else 0,
            "problems": [str(p) for p in problems],
            "index": {"articles": report.articles, "passages": report.passages, "seconds": build_seconds,
                      "passages_per_s": report.passages / build_seconds if build_seconds else None},
            "retrieval": retrieval,
            "answers": answers,
            "answers_undated": undated,
            "peers": peers,
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "settings": {"model": self.settings.model, "chunk_tokens": self.settings.chunk_tokens,
                         "bm25_weight": self.settings.bm25_weight, "llm": self.settings.llm or "extractive",
                         "abstain_threshold": self.settings.abstain_threshold},
        }

    # ------------------------------------------------------------------ parts

    def _retrieval(self, retriever, records: Sequence[QARecord], mode: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
        ranks = []
        for record in self._bar(records, f"retrieval ({mode})"):
            hits = retriever.search(record.question, 10, mode=mode)
            ranks.append(first_hit_rank([[h.article_id, *(o.article_id for o in h.also_in)] for h in hits],
                                        record.gold))
        return ranking_metrics(ranks)

    def ask_all(self, chain, answerable: Sequence[QARecord], unanswerable: Sequence[QARecord], *,  # type: ignore[no-untyped-def]
                dated: bool, keep_misses: bool = True, rows: list[dict[str, object]] | None = None,
                ) -> dict[str, object]:
        """Answer quality, abstention (with its curve over thresholds) and latency; misses kept if asked,
        and each question's answer appended to `rows` if given."""
        latencies: list[float] = []
        em, f1, visible, cited, precise, false_abstain, abstain = [], [], [], 0, 0, 0, 0
        quotes, precise_quotes = 0, 0
        in_context = 0
        decisions: list[Decision] = []
        wanted = {id(r) for r in answerable}
        for qa in self._bar([*answerable, *unanswerable], "answers" if keep_misses else "answers (undated)"):
            start = time.perf_counter()
            answer = chain.answer(qa.question, as_of=qa.asked_on if dated else None)
            latencies.append((time.perf_counter() - start) * 1000)
            is_answerable = id(qa) in wanted
            decisions.append(Decision(is_answerable, answer.abstained, answer.answerability))
            if rows is not None:
                rows.append({"id": qa.id, "question": qa.question, "gold": list(qa.answers),
                             "answerable": is_answerable, "short_answer": answer.short_answer,
                             "abstained": answer.abstained, "answerability": answer.answerability,
                             "answer": answer.text})
            if not is_answerable:
                abstain += answer.abstained
                continue
            false_abstain += answer.abstained
            for right in cited_right(answer.citations, qa.gold, qa.answers):
                cited += 1
                precise += any(right)
                quotes += len(right)
                precise_quotes += sum(right)
            if qa.answer_in_context:
                in_context += 1
                em.append(exact_match(answer.short_answer, qa.answers))
                f1.append(token_f1(answer.short_answer, qa.answers))
                shown = " ".join([answer.text, *(c.quote for c in answer.citations)])
                seen = contains_answer(shown, qa.answers)
                visible.append(float(seen))
                if not seen and keep_misses:
                    self.failures.append({
                        "id": qa.id, "question": qa.question, "gold": list(qa.answers),
                        "gold_docs": list(qa.gold), "answer": answer.text, "short_answer": answer.short_answer,
                        "abstained": answer.abstained,
                        "cited": [{"article_id": c.article_id, "quote": c.quote} for c in answer.citations],
                    })
        n_ans = max(1, len(answerable))
        return {
            "answer_in_context": in_context,
            "exact_match": sum(em) / max(1, len(em)),
            "f1": sum(f1) / max(1, len(f1)),
            "gold_visible": sum(visible) / max(1, len(visible)),
            "citation_precision": precise / cited if cited else None,
            "quote_precision": precise_quotes / quotes if quotes else None,  # per quoted passage
            "abstention_on_unanswerable": abstain / len(unanswerable) if unanswerable else None,
            "false_abstention": false_abstain / n_ans,
            "ask_p50_ms": percentile(latencies, 50),
            "ask_p95_ms": percentile(latencies, 95),
            "abstention_curve": abstention_curve(decisions, self.settings.abstain_threshold) if unanswerable else [],
        }

    def _asked_again(self, chain, records: Sequence[QARecord], *, dated: bool) -> dict[str, float | int]:  # type: ignore[no-untyped-def]
        """`ask` latency of a question asked again just after (a second user asking about the same story)."""
        latencies = []
        for qa in self._bar(records, "asked again"):
            chain.answer(qa.question, as_of=qa.asked_on if dated else None)
            start = time.perf_counter()
            chain.answer(qa.question, as_of=qa.asked_on if dated else None)
            latencies.append((time.perf_counter() - start) * 1000)
        return {"ask_again_p50_ms": percentile(latencies, 50), "ask_again_p95_ms": percentile(latencies, 95),
                "ask_again_questions": len(latencies)}

    def _peer(self, peer: str, retriever, records: Sequence[QARecord]) -> dict[str, object]:  # type: ignore[no-untyped-def]
        ids, texts = retriever.catalog().passage_texts()
        article_of = {pid: row.article_id for pid, row in retriever.catalog().passages(ids).items()}
        if peer == "langchain":
            return self._langchain_peer(ids, texts, article_of, records)
        if peer == "bm25":
            return self._plain_bm25_peer(ids, texts, article_of, records)
        if peer == "top-passage":
            return self._top_passage_peer(retriever, records)
        raise ValueError(f"unknown peer {peer!r}; choose from {', '.join(PEERS)}")

    def _langchain_peer(self, ids, texts, article_of, records) -> dict[str, object]:  # type: ignore[no-untyped-def]
        """LangChain's stock pipeline over the same passages: FAISS.from_documents + HuggingFaceEmbeddings."""
        import warnings

        warnings.filterwarnings("ignore", category=DeprecationWarning)
        try:
            from langchain_community.embeddings import HuggingFaceEmbeddings
            from langchain_community.vectorstores import FAISS
        except ImportError as exc:
            raise ValueError("the langchain peer needs the bench extra: pip install -e '.[bench]'") from exc
        from langchain_core.documents import Document

        from retrieval.embedder import resolve_model

        embeddings = HuggingFaceEmbeddings(model_name=resolve_model(self.settings.model))
        start = time.perf_counter()
        store = FAISS.from_documents([Document(page_content=t, metadata={"pid": p}) for p, t in zip(ids, texts,
                                                                                                    strict=True)],
                                     embeddings)
        seconds = time.perf_counter() - start
        ranks, latencies = [], []
        for record in self._bar(records, "retrieval (langchain)"):
            begin = time.perf_counter()
            docs = store.similarity_search(record.question, k=10)
            latencies.append((time.perf_counter() - begin) * 1000)
            ranks.append(first_hit_rank([[article_of[d.metadata["pid"]]] for d in docs], record.gold))
        return {**ranking_metrics(ranks), "build_seconds": seconds, "passages_per_s": len(ids) / seconds,
                "search_p50_ms": percentile(latencies, 50)}

    def _plain_bm25_peer(self, ids, texts, article_of, records) -> dict[str, object]:  # type: ignore[no-untyped-def]
        """Plain bm25s over the same passages: no stemming, no spelling variants, no fusion."""
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        index = bm25s.BM25()
        index.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)
        ranks = []
        for record in self._bar(records, "retrieval (plain bm25)"):
            tokens = bm25s.tokenize([record.question], stopwords="en", show_progress=False)
            if not tokens.vocab:
                ranks.append(None)
                continue
            rows, _ = index.retrieve(tokens, k=min(10, len(ids)), show_progress=False)
            ranks.append(first_hit_rank([[article_of[ids[int(r)]]] for r in rows[0]], record.gold))
        return ranking_metrics(ranks)

    def _top_passage_peer(self, retriever, records: Sequence[QARecord]) -> dict[str, object]:  # type: ignore[no-untyped-def]
        """A retrieval-only bot: show the top dense passage as the answer."""
        visible, precise = [], []
        for record in self._bar(records, "answers (top passage)"):
            hits = retriever.search(record.question, 1, mode="dense")
            if not hits:
                continue
            shown = hits[0].text
            precise.append(float(hits[0].article_id in record.gold or contains_answer(shown, record.answers)))
            if record.answer_in_context:
                visible.append(float(contains_answer(shown, record.answers)))
        return {"gold_visible": sum(visible) / max(1, len(visible)),
                "citation_precision": sum(precise) / max(1, len(precise))}


def render_table(report: dict[str, object]) -> str:
    """A readable summary of a report for the terminal."""
    lines = [f"questions {report['questions']} (answerable {report['answerable']}, "
             f"unanswerable {report['unanswerable']}), problems {len(report['problems'])}"]  # type: ignore[arg-type]
    index = report["index"]
    lines.append(f"index: {index['articles']} articles, {index['passages']} passages, "  # type: ignore[index]
                 f"{index['passages_per_s']:.1f} passages/s")  # type: ignore[index]
    lines.append("")
    lines.append(f"{'retrieval':<22}{'R@1':>8}{'R@5':>8}{'R@10':>8}{'MRR@10':>8}")
    rows: list[tuple[str, dict]] = [(m, report["retrieval"][m]) for m in MODES]  # type: ignore[index]
    for peer, values in report["peers"].items():  # type: ignore[union-attr]
        if "recall@1" in values:
            rows.append((f"peer: {peer}", values))
    for name, values in rows:
        lines.append(f"{name:<22}{values['recall@1']:>8.3f}{values['recall@5']:>8.3f}{values['recall@10']:>8.3f}"
                     f"{values['mrr@10']:>8.3f}")
    answers = report["answers"]
    lines.append("")

    def fmt(value: object) -> str:
        return "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)

    undated = report.get("answers_undated")
    if undated:
        lines.append(f"{'answers':<28}{'as of date':>12}{'undated':>10}")
    for key in ("exact_match", "f1", "gold_visible", "citation_precision", "quote_precision",
                "abstention_on_unanswerable",
                "false_abstention", "ask_p50_ms", "ask_p95_ms"):
        also = f"{fmt(undated[key]):>10}" if undated else ""  # type: ignore[index]
        lines.append(f"{key:<28}{fmt(answers[key]):>{12 if undated else 10}}{also}")  # type: ignore[index]
    if "ask_again_p50_ms" in answers:  # type: ignore[operator]
        lines.append(f"{'ask again p50 / p95 ms':<28}{answers['ask_again_p50_ms']:>10.1f} / "  # type: ignore[index]
                     f"{answers['ask_again_p95_ms']:.1f}")  # type: ignore[index]
    best = best_threshold(answers.get("abstention_curve") or [])  # type: ignore[union-attr]
    if best:
        lines.append(f"most abstention at <=10% false abstention: threshold {best['threshold']:.2f}, "
                     f"abstention {best['abstention']:.3f}, false {best['false_abstention']:.3f}")
    top = report["peers"].get("top-passage")  # type: ignore[union-attr]
    if top:
        lines.append(f"{'peer top-passage visible':<28}{fmt(top['gold_visible']):>10}")
        lines.append(f"{'peer top-passage precision':<28}{fmt(top['citation_precision']):>10}")
    return "\n".join(lines)


def write_failures(path: Path, failures: Sequence[dict[str, object]]) -> None:
    """The questions whose gold answer the user would not see, one JSON object per line."""
    with path.open("w", encoding="utf-8") as handle:
        for failure in failures:
            handle.write(json.dumps(failure, ensure_ascii=False) + "\n")


