"""The SQLite side of an index version: articles, passage spans and story groups."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.articles import Article
from retrieval.passages import Passage

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL DEFAULT '',
    source TEXT,
    agency TEXT,
    dateline TEXT,
    date TEXT,
    url TEXT,
    path TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL,
    text TEXT NOT NULL,
    story TEXT,
    minhash BLOB
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    terms TEXT NOT NULL DEFAULT '',
    sentence_spans BLOB,
    sentence_vectors BLOB
);
CREATE INDEX IF NOT EXISTS passages_article ON passages(article_id);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
"""

_ARTICLE_COLUMNS = "id, title, headline, source, agency, dateline, date, url, story"

# Passage text is a slice of its article's text; SQLite's substr counts characters from 1.
_PASSAGE_COLUMNS = """
    p.id, p.article_id, p.ordinal, p.start, p.end,
    substr(a.text, p.start + 1, p.end - p.start) AS text,
    a.title, a.headline, a.source, a.agency, a.dateline, a.date, a.url, a.story
"""


# Sentence vectors are stored in half precision: half the bytes, and cosines within about 1e-3
# of float32's, far below the gaps that rank evidence sentences.
SENTENCE_DTYPE = "<f2"


@dataclass(frozen=True)
class StoredPassage:
    """A passage as it is stored: its id, BM25 terms and the vectors of its sentences."""

    id: int
    passage: Passage
    terms: Sequence[str]
    sentence_vectors: np.ndarray  # one row per span of passage.sentences


@dataclass(frozen=True)
class PassageRow:
    """A stored passage with its article's metadata."""

    id: int
    article_id: str
    ordinal: int
    start: int
    end: int
    text: str
    title: str
    headline: str
    source: str | None
    agency: str | None
    dateline: str | None
    date: str | None
    url: str | None
    story: str | None


@dataclass(frozen=True)
class ArticleRow:
    """A stored article's metadata (without its text)."""

    id: str
    title: str
    headline: str
    source: str | None
    agency: str | None
    dateline: str | None
    date: str | None
    url: str | None
    story: str | None


class Catalog:
    """Passage texts and article metadata in one SQLite file."""

    def __init__(self, connection: sqlite3.Connection):
        self._db = connection

    @classmethod
    def create(cls, path: Path) -> Catalog:
        """A new, writable catalog file with the schema in place."""
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=MEMORY")
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(SCHEMA)
        return cls(db)

    @classmethod
    def open_readonly(cls, path: Path) -> Catalog:
        """An existing catalog, opened read-only; the file is never written through it."""
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        db.execute("PRAGMA query_only=ON")
        return cls(db)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def check(self) -> None:
        """Raise sqlite3.DatabaseError unless the file is a sound catalog."""
        row = self._db.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {row[0] if row else 'no answer'}")
        self._db.execute("SELECT count(*) FROM articles JOIN passages ON 1=0").fetchone()

    # ------------------------------------------------------------------ writing

    def copy_from(self, other: Path) -> None:
        """Fill this (empty) catalog with the contents of the catalog file `other`."""
        source = sqlite3.connect(f"{other.resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.backup(self._db)
        finally:
            source.close()
        self._db.execute("PRAGMA journal_mode=MEMORY")

    def delete_articles(self, ids: Iterable[str]) -> list[int]:
        """Remove articles and their passages; returns the removed passage ids."""
        removed: list[int] = []
        with self._transaction():
            for article_id in ids:
                rows = self._db.execute("SELECT id FROM passages WHERE article_id = ?", (article_id,))
                removed.extend(r[0] for r in rows)
                self._db.execute("DELETE FROM passages WHERE article_id = ?", (article_id,))
                self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return removed

    def insert(self, items: Iterable[tuple[Article, Sequence[StoredPassage], bytes]]) -> None:
        """Store articles with their numbered passages and MinHash signatures."""
        with self._transaction():
            for article, passages, signature in items:
                self._db.execute(
                    "INSERT INTO articles (id, title, headline, source, agency, dateline, date, url,"
                    " path, checksum, text, story, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article.id, article.title, article.headline, article.source, article.agency,
                     article.dateline, article.date, article.url, article.path, article.checksum,
                     article.text, article.id, signature),
                )
                self._db.executemany(
                    "INSERT INTO passages (id, article_id, ordinal, start, end, terms, sentence_spans,"
                    " sentence_vectors) VALUES (?,?,?,?,?,?,?,?)",
                    [(s.id, s.passage.article_id, s.passage.ordinal, s.passage.start, s.passage.end,
                      " ".join(s.terms), np.asarray(s.passage.sentences, dtype="<i4").tobytes(),
                      np.asarray(s.sentence_vectors, dtype=SENTENCE_DTYPE).tobytes())
                     for s in passages],
                )

    def set_stories(self, stories: dict[str, str]) -> None:
        """Record, for each article id, the id of the story (group of syndicated copies) it is in."""
        with self._transaction():
            self._db.execute("UPDATE articles SET story = id")
            self._db.executemany(
                "UPDATE articles SET story = ? WHERE id = ?",
                [(story, aid) for aid, story in stories.items() if story != aid],
            )

    def vacuum(self) -> None:
        """Compact the file after deletions."""
        self._db.execute("VACUUM")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # ------------------------------------------------------------------ reading

    def checksums(self) -> dict[str, str]:
        """Article id → content checksum, for every stored article."""
        return dict(self._db.execute("SELECT id, checksum FROM articles"))

    def signatures(self) -> Iterator[tuple[str, str | None, bytes]]:
        """(article id, date, MinHash signature bytes) for every article."""
        yield from self._db.execute("SELECT id, date, minhash FROM articles ORDER BY id")

    def passage_texts(self) -> tuple[list[int], list[str]]:
        """Every passage id and text, in id order."""
        rows = self._db.execute(
            "SELECT p.id, substr(a.text, p.start + 1, p.end - p.start) FROM passages p"
            " JOIN articles a ON a.id = p.article_id ORDER BY p.id"
        ).fetchall()
        return [r[0] for r in rows], [r[1] for r in rows]

    def passage_terms(self) -> tuple[list[int], list[list[str]]]:
        """Every passage id and its stored BM25 terms, in id order (no re-tokenizing on rebuilds)."""
        rows = self._db.execute("SELECT id, terms FROM passages ORDER BY id").fetchall()
        return [r[0] for r in rows], [r[1].split() for r in rows]

    def passages(self, ids: Sequence[int]) -> dict[int, PassageRow]:
        """The stored passages with these ids (missing ids are simply absent)."""
        out: dict[int, PassageRow] = {}
        for chunk, marks in _id_chunks(ids):
            for row in self._db.execute(
                f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.id = p.article_id"
                f" WHERE p.id IN ({marks})",
                chunk,
            ):
                out[row[0]] = PassageRow(*row)
        return out

    def sentences(self, ids: Sequence[int]) -> dict[int, tuple[list[tuple[int, int]], np.ndarray]]:
        """Each passage's sentence spans (article offsets) and their vectors (float32, one row each)."""
        out: dict[int, tuple[list[tuple[int, int]], np.ndarray]] = {}
        for chunk, marks in _id_chunks(ids):
            for pid, spans, vectors in self._db.execute(
                f"SELECT id, sentence_spans, sentence_vectors FROM passages WHERE id IN ({marks})", chunk
            ):
                if not spans or not vectors:
                    continue
                pairs = np.frombuffer(spans, dtype="<i4").reshape(-1, 2)
                matrix = np.frombuffer(vectors, dtype=SENTENCE_DTYPE).reshape(len(pairs), -1)
                out[pid] = ([(int(a), int(b)) for a, b in pairs], matrix.astype(np.float32))
        return out

    def article_passages(self, article_id: str) -> list[PassageRow]:
        """All passages of one article, in order."""
        rows = self._db.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.id = p.article_id"
            " WHERE p.article_id = ? ORDER BY p.ordinal",
            (article_id,),
        )
        return [PassageRow(*r) for r in rows]

    def article_text(self, article_id: str) -> str | None:
        """The full story text of an article."""
        row = self._db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def article(self, article_id: str) -> ArticleRow | None:
        """One article's metadata."""
        row = self._db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return ArticleRow(*row) if row else None

    def story_members(self, stories: Iterable[str]) -> dict[str, list[ArticleRow]]:
        """The articles of each story."""
        out: dict[str, list[ArticleRow]] = {}
        for story in set(stories):
            rows = self._db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story = ? ORDER BY date, id",
                (story,),
            )
            out[story] = [ArticleRow(*r) for r in rows]
        return out

    def filtered_passage_ids(
        self, *, since: str | None, until: str | None, source: str | None, as_of: str | None = None
    ) -> list[int]:
        """Ids of passages whose article matches a date range and/or a source, and existed `as_of`."""
        clauses, args = [], []
        if as_of:  # undated articles may have existed then: they stay
            clauses.append("(a.date IS NULL OR a.date <= ?)")
            args.append(as_of)
        if since:
            clauses.append("a.date >= ?")
            args.append(since)
        if until:
            clauses.append("a.date <= ?")
            args.append(until)
        if source:
            clauses.append("(lower(a.source) LIKE ? OR lower(a.agency) LIKE ?)")
            pattern = f"%{source.lower()}%"
            args += [pattern, pattern]
        where = " AND ".join(clauses) or "1"
        rows = self._db.execute(
            f"SELECT p.id FROM passages p JOIN articles a ON a.id = p.article_id WHERE {where}", args
        )
        return [r[0] for r in rows]

    def newest_date(self, as_of: str | None = None) -> str | None:
        """The newest article date, of those on or before `as_of` when given."""
        row = self._db.execute("SELECT max(date) FROM articles WHERE date <= ?", (as_of or "9999-12-31",)).fetchone()
        return row[0]

    def articles(self, *, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        """Stored articles, newest first, one page at a time."""
        rows = self._db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles"
            " ORDER BY date IS NULL, date DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [ArticleRow(*r) for r in rows]

    def stats(self) -> dict[str, object]:
        """Counts, date range and the most common publishers of the stored articles."""
        articles, first, last = self._db.execute(
            "SELECT count(*), min(date), max(date) FROM articles"
        ).fetchone()
        passages = self._db.execute("SELECT count(*) FROM passages").fetchone()[0]
        sources = [
            r[0]
            for r in self._db.execute(
                "SELECT source FROM articles WHERE source IS NOT NULL"
                " GROUP BY source ORDER BY count(*) DESC, source LIMIT 10"
            )
        ]
        return {"articles": articles, "passages": passages, "first_date": first,
                "last_date": last, "sources": sources}


def _id_chunks(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    """`ids` in chunks small enough for one SQL `IN (...)`, each with its `?` placeholders."""
    for first in range(0, len(ids), 500):
        chunk = [int(i) for i in ids[first : first + 500]]
        yield chunk, ",".join("?" * len(chunk))


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
