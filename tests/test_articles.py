"""Ingest: metadata, dates, boilerplate and every kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from retrieval.articles import Article, Problem, normalize_date, read_corpus
from tests.conftest import SEED_ID, SEEDS, write_jsonl


def _read(path: Path) -> tuple[list[Article], list[Problem]]:
    items = list(read_corpus(path))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)])


def test_seed_metadata() -> None:
    articles, problems = _read(SEEDS)
    assert problems == []
    (seed,) = articles
    assert seed.id == SEED_ID
    assert seed.agency == "Associated Press"
    assert seed.date == "2019-01-28"
    assert seed.dateline == "BAGHDAD"
    assert seed.source == "The Washington Times"
    assert seed.text.startswith("BAGHDAD (AP) - The leader of one of Iraq’s")
    assert seed.text.endswith("represented by a 15-member bloc in parliament.")


def test_seed_boilerplate_is_not_story_text() -> None:
    (seed,), _ = _read(SEEDS)
    assert "Copyright" not in seed.text
    assert "comment policy" not in seed.text
    assert "Associated Press - Monday" not in seed.text
    # Every paragraph of the story is verbatim in the original file.
    original = (SEEDS / SEED_ID).read_text(encoding="utf-8")
    for paragraph in seed.text.split("\n\n"):
        assert paragraph in original


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Monday, January 28, 2019", "2019-01-28"),
        ("2020/05/20", "2020-05-20"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26"),
        ("2019-01-28T10:00:00Z", "2019-01-28"),
        ("28 Jan 2019", "2019-01-28"),
        ("2004-2005 (exact date not in source)", None),
        ("January 2019", None),  # no day: never guessed
        ("2019", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        ("2019-02-30", None),
    ],
)
def test_normalize_date(raw: str | None, expected: str | None) -> None:
    assert normalize_date(raw) == expected


def test_headline_header_and_reuters_dateline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Dock strike halts grain exports\n\n"
        "By Jane Roe - Reuters - March 3, 2021\n\n"
        "ROTTERDAM, March 3 (Reuters) - A strike by dock workers halted grain exports on"
        " Wednesday.\n\nThe union said talks would resume next week.\n\n"
        "Copyright 2021 Thomson Reuters. All rights reserved.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\ntitle: Council approves budget\ndate: 2022/11/05\nsource: Springfield Gazette\n"
        "url: https://example.org/budget\n---\nThe council approved the budget on Friday.\n",
        encoding="utf-8",
    )
    (a, b), problems = _read(tmp_path)
    assert problems == []
    assert (a.title, a.agency, a.date, a.dateline) == (
        "Dock strike halts grain exports", "Reuters", "2021-03-03", "ROTTERDAM"
    )
    assert a.source == "Thomson Reuters"
    assert "All rights reserved" not in a.text
    assert (b.title, b.date, b.source, b.url) == (
        "Council approves budget", "2022-11-05", "Springfield Gazette", "https://example.org/budget"
    )


def test_html_article_by_trafilatura(tmp_path: Path) -> None:
    body = " ".join(["The harbour authority reopened the northern quay after repairs."] * 6)
    (tmp_path / "story.html").write_text(
        "<html><head><title>Quay reopens | Harbour News</title>"
        '<meta property="og:title" content="Quay reopens after repairs">'
        '<meta property="og:site_name" content="Harbour News">'
        '<meta property="article:published_time" content="2023-04-12T08:00:00Z">'
        "</head><body><nav>Home | Sport | Weather</nav><article><h1>Quay reopens after repairs</h1>"
        f"<p>{body}</p><p>Officials said ferries would resume on Monday.</p></article>"
        "<footer>Copyright 2023 Harbour News Ltd.</footer></body></html>",
        encoding="utf-8",
    )
    (article,), problems = _read(tmp_path)
    assert problems == []
    assert article.title == "Quay reopens after repairs"
    assert article.date == "2023-04-12"
    assert article.source == "Harbour News"
    assert "ferries would resume" in article.text
    assert "Sport | Weather" not in article.text


def test_records_jsonl_json_and_gzip(tmp_path: Path) -> None:
    rec = {"id": "r1", "title": "T", "date": "26-FEB-1987 15:01:01.79", "source": "Reuters",
           "url": "http://x", "text": "Cocoa prices rose."}
    undated = {**rec, "id": "r2", "date": "2004-2005 (exact date not in source)"}
    write_jsonl(tmp_path / "a.jsonl", [rec, undated])
    (tmp_path / "b.json").write_text(json.dumps([{**rec, "id": "r3"}]), encoding="utf-8")
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress((json.dumps({**rec, "id": "r4"}) + "\n").encode()))
    articles, problems = _read(tmp_path)
    assert problems == []
    assert {a.id: a.date for a in articles} == {
        "r1": "1987-02-26", "r2": None, "r3": "1987-02-26", "r4": "1987-02-26"
    }
    assert articles[0].path == "a.jsonl:1"


def test_bad_input_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A good story about a bridge opening.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners protest rents.".encode("latin-1"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    write_jsonl(tmp_path / "recs.jsonl", [{"id": "ok", "text": "A fine record."}, {"id": "no-text"}])
    with (tmp_path / "recs.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "text": \n')
        handle.write(json.dumps({"id": "ok", "text": "Same id again."}) + "\n")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "moved-away.txt")
    articles, problems = _read(tmp_path)
    assert sorted(a.id for a in articles) == ["good.txt", "ok"]
    reasons = {f"{p.path}:{p.line}": p.reason for p in problems}
    assert "empty" in reasons["empty.txt:0"]
    assert "binary" in reasons["binary.txt:0"]
    assert "UTF-8" in reasons["latin1.txt:0"]
    assert "unsupported" in reasons["notes.pdf:0"]
    assert "no text" in reasons["recs.jsonl:2"]
    assert "malformed JSON" in reasons["recs.jsonl:3"]
    assert "duplicate article id 'ok'" in reasons["recs.jsonl:4"]
    assert "unreadable" in reasons["dangling.txt:0"]
    assert all(str(p).count(":") >= 2 for p in problems)  # path:line: reason


def test_missing_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="corpus not found"):
        list(read_corpus(tmp_path / "nope"))


def test_checksum_follows_content() -> None:
    a = Article(id="x", text="one")
    assert a.checksum == Article(id="x", text="one").checksum
    assert a.checksum != Article(id="x", text="two").checksum
    assert a.checksum != Article(id="x", text="one", title="T").checksum
