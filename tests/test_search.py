"""Search: hybrid ranking, filters, syndicated copies, spelling variants, LangChain adapter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from retrieval import Retriever, build_index
from tests import stories
from tests.conftest import SEED_ID, make_settings


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory, embedder) -> Retriever:
    """Seed + five stories (one undated) + two syndicated copies of the bridge story."""
    tmp = tmp_path_factory.mktemp("news")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / SEED_ID).write_text((Path(__file__).parent.parent / "seeds" / SEED_ID).read_text())
    for name, text in {
        "bridge.txt": stories.syndicated("Portsmouth Herald"),
        "copies/bridge-gazette.txt": stories.syndicated("Coastal Gazette"),
        "copies/bridge-times.txt": stories.syndicated("Valley Times"),
        "flood.txt": stories.FLOOD,
        "election.txt": stories.ELECTION,
        "vaccine.txt": stories.VACCINE,
        "undated.txt": "Orchard growers expect a record apple harvest\n\nGrowers in the valley said the "
                       "mild spring had set more fruit than any year they remember.\n",
    }.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(tmp)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    return Retriever.open(settings.index, settings=settings, embedder=embedder)


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("Who leads Asaib Ahl al-Haq?", SEED_ID),
        ("How many people were forced from their homes by the Danube?", "flood.txt"),
        ("Who was elected governor of the coastal province?", "election.txt"),
        ("How many shots a day can the clinic give?", "vaccine.txt"),
    ],
)
@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_each_mode_finds_the_story(news: Retriever, query: str, article: str, mode: str) -> None:
    hits = news.search(query, 3, mode=mode)  # type: ignore[arg-type]
    assert hits and hits[0].article_id == article


def test_hit_fields(news: Retriever) -> None:
    (hit,) = news.search("Danube flood Linz", 1)
    assert hit.article_id == "flood.txt"
    assert (hit.source, hit.date) == ("Reuters", "2021-06-14")
    assert hit.title == "River floods farmland in the valley"
    text = news.article_text("flood.txt")
    assert text is not None and text[hit.start : hit.end] == hit.text
    assert hit.score > 0 and hit.dense_score is not None and hit.dense_score > 0.3


def test_an_articles_passages_come_in_order_and_cover_its_text(news: Retriever) -> None:
    passages = news.article_passages(SEED_ID)
    text = news.article_text(SEED_ID)
    assert text is not None and len(passages) > 1
    assert [p.start for p in passages] == sorted(p.start for p in passages)
    assert all(p.article_id == SEED_ID and text[p.start : p.end] == p.text for p in passages)
    assert passages[0].start == 0 and passages[-1].end >= len(text.rstrip())
    assert news.article_passages("no-such-article") == []


def test_syndicated_copies_collapse_to_one(news: Retriever) -> None:
    hits = news.search("Harbour Bridge reopened after repair", 5)
    bridge = [h for h in hits if "bridge" in h.article_id]
    assert len(bridge) == 1, [h.article_id for h in hits]
    outlets = {o.source for o in bridge[0].also_in}
    assert len(bridge[0].also_in) == 2
    assert outlets | {bridge[0].source} == {"Portsmouth Herald", "Coastal Gazette", "Valley Times"}


def test_date_and_source_filters(news: Retriever) -> None:
    query = "news"
    in_2021 = news.search(query, 10, since="2021-01-01", until="2021-12-31")
    assert {h.article_id for h in in_2021} == {"flood.txt"}
    before_2019 = news.search("governor", 10, until="2018-12-31")
    assert {h.article_id for h in before_2019} == {"election.txt"}
    ap = news.search("troops bridge clinic flood", 10, source="associated press")
    assert {h.article_id for h in ap} >= {SEED_ID, "vaccine.txt"}
    assert "flood.txt" not in {h.article_id for h in ap}
    assert news.search(query, 5, since="2030-01-01") == []
    with pytest.raises(ValueError, match="not a date"):
        news.search(query, since="last week")


def test_as_of_leaves_out_later_articles_but_keeps_undated_ones(news: Retriever) -> None:
    query = "bridge flood election clinic troops apple harvest"
    everything = {h.article_id for h in news.search(query, 10)}
    assert {"bridge.txt", "flood.txt", "undated.txt"} <= everything
    as_of_2020 = {h.article_id for h in news.search(query, 10, as_of="2020-12-31")}
    assert as_of_2020 == {SEED_ID, "election.txt", "vaccine.txt", "undated.txt"}
    # a date range excludes undated articles; as_of within it changes nothing more
    assert {h.article_id for h in news.search(query, 10, since="2016-01-01", as_of="2020-12-31")} == {
        SEED_ID, "election.txt", "vaccine.txt"}
    with pytest.raises(ValueError, match="as_of"):
        news.search(query, as_of="yesterday")


def test_newest_date_is_the_latest_dated_article_as_the_index_stood(news: Retriever) -> None:
    assert news.newest_date() == "2023-03-07"
    assert news.newest_date("2020-12-31") == "2020-10-02"
    assert news.newest_date(date(2020, 10, 2)) == "2020-10-02"
    assert news.newest_date("2016-09-11") is None  # the undated article has no date to be newest by


@pytest.mark.parametrize("spelling", ["Khazali", "Khizali", "al-Khazali", "Al-Khizali"])
def test_both_spellings_find_the_seed(news: Retriever, spelling: str) -> None:
    assert news.search(f"What did {spelling} say?", 1)[0].article_id == SEED_ID


def test_misspelt_name_finds_the_only_spelling(tmp_path, embedder) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Qais al-Khazali spoke to reporters in Baghdad on Monday.\n")
    (corpus / "b.txt").write_text("Farmers in Kansas expect a record wheat harvest this summer.\n")
    settings = make_settings(tmp_path)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    retriever = Retriever.open(settings.index, settings=settings, embedder=embedder)
    hits = retriever.search("Khizali", 2, mode="bm25")
    assert [h.article_id for h in hits] == ["a.txt"]


def test_langchain_adapter(news: Retriever) -> None:
    lc = news.as_langchain(k=2)
    assert isinstance(lc, BaseRetriever)
    docs = lc.invoke("Who leads Asaib Ahl al-Haq?")
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert top.metadata["article_id"] == SEED_ID
    assert top.metadata["source"] == "The Washington Times"
    assert top.metadata["date"] == "2019-01-28"
    assert {"passage_id", "score", "title", "url", "start", "end"} <= set(top.metadata)
    assert "text" not in top.metadata and "Khazali" in top.page_content
    filtered = news.as_langchain(k=3, source="Reuters").invoke("flood")
    assert [d.metadata["article_id"] for d in filtered] == ["flood.txt"]


def test_empty_query_and_k(news: Retriever) -> None:
    assert news.search("   ") == []
    assert news.search("bridge", 0) == []
    assert len(news.search("the", 50)) <= 50
