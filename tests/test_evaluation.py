"""Evaluation: metric arithmetic on hand-computed cases, the unanswerable split, bad input, the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsdesk.evaluation import (
    Decision,
    EvalConfig,
    Evaluation,
    QARecord,
    abstention_curve,
    best_threshold,
    cited_right,
    contains_answer,
    exact_match,
    first_hit_rank,
    normalize_answer,
    prepare,
    ranking_metrics,
    read_qa,
    render_table,
    split_unanswerable,
    token_f1,
    write_corpus,
)
from qa import Citation
from tests import stories
from tests.conftest import SEED_ID, SEEDS, make_settings, write_jsonl


def test_squad_normalisation_em_and_f1() -> None:
    assert normalize_answer("The  Atlanta Braves!") == "atlanta braves"
    assert exact_match("the Atlanta braves.", ["Atlanta Braves"]) == 1.0
    assert exact_match("Braves", ["Atlanta Braves"]) == 0.0
    assert exact_match(None, ["x"]) == 0.0
    # pred "atlanta braves won" vs gold "atlanta braves": precision 2/3, recall 1 → F1 0.8
    assert token_f1("Atlanta Braves won", ["Atlanta Braves"]) == pytest.approx(0.8)
    # best over golds: "houston astros" matches the second gold exactly
    assert token_f1("Houston Astros", ["Atlanta Braves", "the Houston Astros"]) == 1.0
    assert token_f1("nothing alike", ["Atlanta Braves"]) == 0.0
    assert contains_answer("Qais al-Khazali, head of the group", ["Qais al-Khazali"])
    assert not contains_answer("Qais al-Khazalis", ["Qais al-Khazali"])  # whole words only
    assert contains_answer("the Court of Justice’s view is that", ["the Court of Justice"])  # a possessive
    assert not contains_answer("the Court of Justices", ["the Court of Justice"])


def test_a_citation_is_a_numbered_source_however_many_passages_it_quotes() -> None:
    def cite(n: int, article: str, quote: str) -> Citation:
        return Citation(n=n, article_id=article, passage_id=n, title="", quote=quote, start=0, end=len(quote))

    wrong_twice = [cite(1, "other", "Nothing here."), cite(1, "other", "Nor here."), cite(2, "gold", "Also none.")]
    assert cited_right(wrong_twice, ["gold"], ["Paris"]) == [[False, False], [True]]
    # A source is right when any of its quotes shows the answer.
    assert cited_right([cite(1, "x", "No."), cite(1, "x", "It was Paris.")], ["gold"], ["Paris"]) == [[False, True]]


def test_ranks_recall_and_mrr() -> None:
    assert first_hit_rank([["a"], ["b", "g"], ["g"]], ["g"]) == 2
    assert first_hit_rank([["a"]], ["g"]) is None
    # ranks 1, 3, none, 7: R@1 1/4, R@5 2/4, R@10 3/4, MRR (1 + 1/3 + 1/7) / 4
    metrics = ranking_metrics([1, 3, None, 7])
    assert metrics["recall@1"] == 0.25 and metrics["recall@5"] == 0.5 and metrics["recall@10"] == 0.75
    assert metrics["mrr@10"] == pytest.approx((1 + 1 / 3 + 1 / 7) / 4)


def test_unanswerable_split_is_seeded_and_proportional() -> None:
    records = [QARecord(f"q{n}", "?", ("a",), (f"d{n}",)) for n in range(1000)]
    removed = split_unanswerable(records, 0.25, seed=5)
    assert removed == split_unanswerable(records, 0.25, seed=5)
    assert 200 < len(removed) < 300
    assert split_unanswerable(records, 0.0) == set()


def test_read_qa_reports_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "qa.jsonl"
    path.write_text(json.dumps({"id": "a", "question": "Q?", "answers": ["x"], "gold_doc_ids": ["d"]}) + "\n"
                    + '{"id": "b", "question": \n' + json.dumps({"id": "c", "answers": []}) + "\n",
                    encoding="utf-8")
    records, problems = read_qa(path)
    assert [r.id for r in records] == ["a"]
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [(2, "malformed JSON"), (3, "bad record")]


def test_abstention_curve_moves_only_threshold_abstentions() -> None:
    decisions = [Decision(True, False, 0.6), Decision(True, False, 0.45), Decision(True, True, 0.35),
                 Decision(True, True, 0.5),  # abstained above the threshold: nothing to extract
                 Decision(False, True, 0.3), Decision(False, True, None), Decision(False, False, 0.44),
                 Decision(False, True, 0.38)]
    curve = {p["threshold"]: p for p in abstention_curve(decisions, 0.4, grid=(0.3, 0.4, 0.45, 0.7))}
    assert curve[0.4] == {"threshold": 0.4, "abstention": 0.75, "false_abstention": 0.5}
    assert curve[0.3] == {"threshold": 0.3, "abstention": 0.25, "false_abstention": 0.25}
    assert curve[0.45] == {"threshold": 0.45, "abstention": 1.0, "false_abstention": 0.5}
    assert curve[0.7] == {"threshold": 0.7, "abstention": 1.0, "false_abstention": 1.0}
    assert best_threshold(list(curve.values()), max_false=0.5)["threshold"] == 0.45  # type: ignore[index]
    assert best_threshold(list(curve.values()), max_false=0.1) is None


def test_read_qa_takes_the_asking_day(tmp_path: Path) -> None:
    path = tmp_path / "qa.jsonl"
    write_jsonl(path, [{"question": "Q?", "answers": ["x"], "gold_doc_ids": ["d"], "question_date": "2021/06/11"},
                       {"question": "R?", "answers": ["y"], "gold_doc_ids": ["e"]}])
    records, problems = read_qa(path)
    assert [r.asked_on for r in records] == ["2021-06-11", None] and problems == []


@pytest.fixture
def small_set(tmp_path: Path) -> tuple[Path, Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / SEED_ID, corpus / SEED_ID)
    for name, text in {"bridge.txt": stories.BRIDGE, "flood.txt": stories.FLOOD,
                       "election.txt": stories.ELECTION}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    distractors = tmp_path / "distractors.jsonl"
    write_jsonl(distractors, [{"id": "vac", "text": stories.VACCINE, "source": "AP"}])
    qa = tmp_path / "qa.jsonl"
    write_jsonl(qa, [
        {"id": "q1", "question": "Who leads Asaib Ahl al-Haq?", "answers": ["Qais al-Khazali"],
         "gold_doc_ids": [SEED_ID], "answer_in_context": True},
        {"id": "q2", "question": "How many people were forced from their homes by the Danube flood?",
         "answers": ["300"], "gold_doc_ids": ["flood.txt"], "answer_in_context": True},
        {"id": "q3", "question": "Who was elected governor of the coastal province?", "answers": ["Nadia Okafor"],
         "gold_doc_ids": ["election.txt"], "answer_in_context": True},
        {"id": "q4", "question": "Which contractor repaired the Harbour Bridge?", "answers": ["Meridian Works"],
         "gold_doc_ids": ["bridge.txt"], "answer_in_context": True},
        {"id": "q5", "question": "Who won?", "answers": ["x"], "gold_doc_ids": ["missing.txt"]},
    ])
    with qa.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    return qa, corpus, distractors


def test_eval_report_schema_and_values(small_set, tmp_path: Path) -> None:
    qa, corpus, distractors = small_set
    config = EvalConfig(qa=qa, corpus=corpus, distractors=[distractors], compare=["bm25", "top-passage"],
                        progress=False)
    evaluation = Evaluation(config, make_settings(tmp_path))
    report = evaluation.run()
    assert report["questions"] == 4 and report["answerable"] == 4 and report["unanswerable"] == 0
    problems = " ".join(report["problems"])  # type: ignore[arg-type]
    assert "missing.txt" in problems and "malformed JSON" in problems
    for mode in ("dense", "bm25", "hybrid"):
        metrics = report["retrieval"][mode]  # type: ignore[index]
        assert set(metrics) == {"recall@1", "recall@5", "recall@10", "mrr@10"}
        assert metrics["recall@10"] == 1.0  # five articles: every gold is found
    answers = report["answers"]
    assert answers["gold_visible"] >= 0.75 and answers["citation_precision"] >= 0.75  # type: ignore[index]
    assert answers["false_abstention"] <= 0.25 and answers["abstention_on_unanswerable"] is None  # type: ignore[index]
    assert answers["ask_again_questions"] == 4 and answers["ask_again_p50_ms"] > 0  # type: ignore[index]
    assert {"recall@1", "mrr@10"} <= set(report["peers"]["bm25"])  # type: ignore[index]
    assert set(report["peers"]["top-passage"]) == {"gold_visible", "citation_precision"}  # type: ignore[index]
    json.dumps(report)  # plain data
    assert "R@5" in render_table(report)


def test_eval_unanswerable_questions_lose_their_gold(small_set, tmp_path: Path) -> None:
    qa, corpus, _ = small_set
    config = EvalConfig(qa=qa, corpus=corpus, unanswerable_fraction=1.0, progress=False)
    report = Evaluation(config, make_settings(tmp_path)).run()
    assert report["unanswerable"] == 4 and report["answerable"] == 0
    assert report["index"]["articles"] == 0  # type: ignore[index]
    assert report["answers"]["abstention_on_unanswerable"] == 1.0  # type: ignore[index]


def test_each_answer_is_kept_over_an_index_built_once(small_set, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from qa import QAChain
    from retrieval import Retriever, build_index

    qa, corpus, distractors = small_set
    config = EvalConfig(qa=qa, corpus=corpus, distractors=[distractors], unanswerable_fraction=0.5, progress=False)
    prepared = prepare(config)
    assert len(prepared.answerable) + len(prepared.unanswerable) == len(prepared.usable) == 4
    left_out = {g for r in prepared.unanswerable for g in r.gold}
    assert left_out and not left_out & {a.id for a in prepared.articles}  # the unanswerable lose their gold
    assert {g for r in prepared.answerable for g in r.gold} <= {a.id for a in prepared.articles}
    settings = make_settings(tmp_path)
    write_corpus(prepared.articles, tmp_path / "corpus.jsonl")
    build_index(tmp_path / "corpus.jsonl", settings.index, settings=settings, embedder=embedder)
    chain = QAChain(Retriever.open(settings.index, settings=settings, embedder=embedder), settings=settings)
    rows: list[dict[str, object]] = []
    report = Evaluation(config, settings).ask_all(chain, prepared.answerable, prepared.unanswerable, dated=False,
                                                  rows=rows)
    assert [r["id"] for r in rows] == [r.id for r in [*prepared.answerable, *prepared.unanswerable]]
    assert [r["answerable"] for r in rows] == [True] * len(prepared.answerable) + [False] * len(prepared.unanswerable)
    answered = {r["id"]: r for r in rows}
    assert report["exact_match"] == sum(  # the figures are of the answers kept
        exact_match(answered[r.id]["short_answer"], r.answers) for r in prepared.answerable) / len(prepared.answerable)  # type: ignore[arg-type]
    assert all(isinstance(r["abstained"], bool) and isinstance(r["answer"], str) for r in rows)


def test_eval_asks_dated_questions_on_their_day_and_undated_beside(small_set, tmp_path: Path) -> None:
    qa, corpus, _ = small_set
    dated = tmp_path / "dated.jsonl"
    write_jsonl(dated, [  # asked before the election article (2016-09-12) was published
        {"id": "q3", "question": "Who was elected governor of the coastal province?", "answers": ["Nadia Okafor"],
         "gold_doc_ids": ["election.txt"], "answer_in_context": True, "question_date": "2016-01-05"}])
    report = Evaluation(EvalConfig(qa=dated, corpus=corpus, progress=False), make_settings(tmp_path)).run()
    assert report["asked_as_of_question_date"] == 1
    assert report["answers"]["gold_visible"] == 0.0  # type: ignore[index]
    assert report["answers_undated"]["gold_visible"] == 1.0  # type: ignore[index]
    assert "undated" in render_table(report)
    plain = Evaluation(EvalConfig(qa=dated, corpus=corpus, progress=False, dated=False),
                       make_settings(tmp_path)).run()
    assert plain["answers"]["gold_visible"] == 1.0 and plain["answers_undated"] is None  # type: ignore[index]


def test_eval_asks_questions_typed_in_lower_case_if_told(small_set, tmp_path: Path) -> None:
    qa, corpus, _ = small_set
    asked = tmp_path / "asked.jsonl"
    write_jsonl(asked, [
        {"id": "q1", "question": "Who leads Asaib Ahl al-Haq?", "answers": ["Qais al-Khazali"],
         "gold_doc_ids": [SEED_ID], "answer_in_context": True},
        {"id": "q2", "question": "Who won the 2018 World Cup?", "answers": ["France"], "gold_doc_ids": [SEED_ID],
         "answer_in_context": True}])
    evaluation = Evaluation(EvalConfig(qa=asked, corpus=corpus, progress=False, lowercase=True),
                            make_settings(tmp_path))
    report = evaluation.run()
    assert report["answers"]["exact_match"] == 0.5  # type: ignore[index]  # the name read though typed in lower case
    assert [f["question"] for f in evaluation.failures] == ["who won the 2018 world cup?"]
