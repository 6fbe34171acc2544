"""Ingest: files and records under a corpus folder become `Article`s; bad input becomes `Problem`s."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from dateutil import parser as date_parser

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".json", ".jsonl.gz", ".json.gz"}


@dataclass(frozen=True)
class Article:
    """One news story: clean story text plus its metadata."""

    id: str
    text: str
    title: str = ""
    source: str | None = None  # the publisher / outlet
    agency: str | None = None  # the wire service the story came from, if any
    dateline: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD, or None when the input does not say
    url: str | None = None
    path: str = ""  # where it came from, relative to the corpus: "file" or "file:line"

    @property
    def headline(self) -> str:
        """The title, or for an untitled article the opening words of its story."""
        return self.title or lead_excerpt(self.text)

    @property
    def checksum(self) -> str:
        """A hash of everything that shapes the article's passages and their embeddings."""
        payload = json.dumps(
            [self.text, self.title, self.source, self.agency, self.dateline, self.date, self.url],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Problem:
    """Input that was skipped, with where and why."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


# --------------------------------------------------------------------------- dates

_ISO_RE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$")
_SENTINELS = (datetime(1904, 2, 29, 0, 0), datetime(1908, 11, 30, 0, 0))


def normalize_date(value: object) -> str | None:
    """ISO `YYYY-MM-DD` for a date the text fully states; None for anything partial or unclear."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _parse_date_text(str(value).strip())


def parse_day(value: str | date | None, name: str) -> str | None:
    """The ISO day a caller gave as `name` (a date or a date string), None if none; ValueError if unclear."""
    if value is None or value == "":
        return None
    iso = normalize_date(value)
    if iso is None:
        raise ValueError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)")
    return iso


@lru_cache(maxsize=8192)
def _parse_date_text(text: str) -> str | None:
    if not text or len(text) > 80:
        return None
    match = _ISO_RE.match(text)
    if match:
        try:
            return date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return None
    results = set()
    # Parsing with two different defaults shows whether year, month and day were all present:
    # a missing part is filled from the default, so the two results differ. Never guess.
    for default in _SENTINELS:
        try:
            parsed = date_parser.parse(text, default=default, fuzzy=False, ignoretz=True)
        except (ValueError, OverflowError, TypeError):
            return None
        results.add(parsed.date())
    if len(results) != 1:
        return None
    (only,) = results
    return only.isoformat()


# --------------------------------------------------------------------------- text cleaning

AGENCIES = {
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "upi": "United Press International",
    "united press international": "United Press International",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "aap": "Australian Associated Press",
    "pa": "PA Media",
    "pa media": "PA Media",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo News",
    "kyodo news": "Kyodo News",
    "yonhap": "Yonhap",
    "ansa": "ANSA",
    "efe": "EFE",
    "tass": "TASS",
    "cnn": "CNN",
    "bbc": "BBC",
}

_BOILERPLATE_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(copyright|©|\(c\))(\s|\d|©)",
        r"\ball rights reserved\b",
        r"^please read our comment policy",
        r"may not be published, broadcast, rewritten,? or redistributed",
        r"^(click|tap) here\b",
        r"^sign up (for|to)\b",
        r"^subscribe (now|today|to)\b",
        r"^follow (us|@)",
        r"^share (this|on)\b",
        r"^advertisement$",
        r"^(read|see) (more|also)\s*:",
        r"^related( articles| stories| coverage)?\s*:",
        r"^continue reading\b",
        r"^(report an error|comments?)$",
    )
]
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<pub>.+?)\s*$",
    re.IGNORECASE,
)
_LEGAL_SUFFIX_RE = re.compile(
    r"(?:[,.]?\s*(?:all rights reserved|llc|inc|ltd|limited|corp|plc|co)\.?)+\s*$", re.IGNORECASE
)
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.'’ ]{1,30}?)?)"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,40})\))?\s*[-–—]+\s+(?=\S)"
)
_BYLINE_SPLIT_RE = re.compile(r"\s+[-–—|]\s+|^[-–—|]\s*|\s*[-–—|]$")
_DATE_LABEL_RE = re.compile(r"^(?:published|updated|posted|date|first published)\s*(?:on|:)?\s*",
                            re.IGNORECASE)
_AUTHOR_RE = re.compile(r"^by\s+\S", re.IGNORECASE)
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "source",
    "publisher": "source",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
    "agency": "agency",
    "dateline": "dateline",
    "author": "author",
    "byline": "author",
}
_HEADER_RE = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$")


def _is_boilerplate(paragraph: str) -> bool:
    line = paragraph.strip()
    return len(line) < 300 and any(rx.search(line) for rx in _BOILERPLATE_RES)


def _publisher_from_copyright(line: str) -> str | None:
    stripped = line.strip()
    if not re.match(r"^(copyright|©|\(c\))", stripped, re.IGNORECASE):
        return None
    match = _COPYRIGHT_RE.match(stripped)
    if not match:
        return None
    publisher = _LEGAL_SUFFIX_RE.sub("", match.group("pub")).strip(" .,")
    return publisher or None


def agency_name(text: str) -> str | None:
    """The canonical name of a news agency, or None if `text` names none."""
    return AGENCIES.get(text.strip().strip(".").lower())


def _parse_byline(line: str) -> dict[str, str] | None:
    """Metadata from a line such as `- Associated Press - Monday, January 28, 2019`.

    Returns None unless every part of the line is recognised, so story text is never eaten.
    """
    if len(line) > 160 or not line.strip():
        return None
    parts = [p.strip() for p in _BYLINE_SPLIT_RE.split(line.strip()) if p and p.strip()]
    if not parts:
        return None
    found: dict[str, str] = {}
    for part in parts:
        part = _DATE_LABEL_RE.sub("", part)
        if (iso := normalize_date(part)) is not None and "date" not in found:
            found["date"] = iso
        elif (agency := agency_name(part)) is not None and "agency" not in found:
            found["agency"] = agency
        elif _AUTHOR_RE.match(part) and "author" not in found and len(part) < 80:
            found["author"] = part[3:].strip()
        else:
            return None
    return found if ("date" in found or "agency" in found) else None


def _take_bylines(paragraphs: list[str], meta: dict[str, str]) -> list[str]:
    """The paragraphs after any leading byline lines, whose agency, date and author go to meta."""
    while paragraphs:
        byline = _parse_byline(paragraphs[0]) if "\n" not in paragraphs[0] else None
        if byline is None:
            break
        for key, value in byline.items():
            meta.setdefault(key, value)
        paragraphs = paragraphs[1:]
    return paragraphs


def _dateline(paragraph: str) -> tuple[str | None, str | None]:
    """The dateline place and agency that open a story paragraph (`BAGHDAD (AP) - ...`)."""
    match = _DATELINE_RE.match(paragraph)
    if not match:
        return None, None
    place = match.group("place").strip()
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return None, None
    raw_agency = match.group("agency")
    agency = (agency_name(raw_agency) or raw_agency.strip()) if raw_agency else None
    return place, agency


@dataclass(frozen=True)
class _Cleaned:
    text: str
    meta: dict[str, str]


def clean_story(raw: str, *, allow_title: bool) -> _Cleaned:
    """Story text without header, byline and publisher boilerplate, and the metadata they held."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    meta: dict[str, str] = {}
    lines = text.split("\n")

    # Front matter (--- key: value ---) or a leading block of `Key: value` header lines.
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            for line in lines[1:end]:
                _take_header(line, meta)
            lines = lines[end + 1 :]
    else:
        header: dict[str, str] = {}
        count = 0
        for line in lines:
            if not line.strip():
                break
            if not _take_header(line, header):
                header = {}
                break
            count += 1
        if header:
            meta.update(header)
            lines = lines[count:]

    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines))]
    paragraphs = [p for p in paragraphs if p]

    if paragraphs and paragraphs[0].startswith("# ") and "title" not in meta:
        first, *rest = paragraphs[0].split("\n", 1)
        meta["title"] = first[2:].strip()
        paragraphs = ([rest[0].strip()] if rest and rest[0].strip() else []) + paragraphs[1:]

    paragraphs = _take_bylines(paragraphs, meta)

    # A short first line with no closing punctuation, above the story, is its headline.
    if allow_title and "title" not in meta and len(paragraphs) >= 2:
        first = paragraphs[0]
        looks_like_headline = (
            "\n" not in first and len(first) <= 150 and not re.search(r"[.!?:;\"”’)]$", first)
        )
        if looks_like_headline and _dateline(first) == (None, None):
            meta["title"] = first
            paragraphs = _take_bylines(paragraphs[1:], meta)

    # Publisher footer and other boilerplate lines are not story text.
    kept: list[str] = []
    for paragraph in paragraphs:
        kept_lines = []
        for line in paragraph.split("\n"):
            if _is_boilerplate(line):
                publisher = _publisher_from_copyright(line)
                if publisher and "publisher" not in meta:
                    meta["publisher"] = publisher
                continue
            kept_lines.append(line)
        if kept_lines:
            kept.append("\n".join(kept_lines).strip())
    kept = [p for p in kept if p]

    if kept:
        place, agency = _dateline(kept[0])
        if place:
            meta.setdefault("dateline", place)
        if agency:
            meta.setdefault("agency", agency)
    return _Cleaned("\n\n".join(kept), meta)


def lead_excerpt(text: str, limit: int = 90) -> str:
    """The opening words of a story (dateline removed), cut at a word boundary."""
    first = text.strip().split("\n", 1)[0]
    match = _DATELINE_RE.match(first)
    if match and _dateline(first) != (None, None):
        first = first[match.end() :]
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"


def _take_header(line: str, into: dict[str, str]) -> bool:
    match = _HEADER_RE.match(line)
    if not match or match.group(1).lower() not in _HEADER_KEYS:
        return False
    into[_HEADER_KEYS[match.group(1).lower()]] = match.group(2).strip().strip("\"'")
    return True


def make_article(
    article_id: str,
    raw_text: str,
    *,
    path: str,
    title: str | None = None,
    source: str | None = None,
    agency: str | None = None,
    dateline: str | None = None,
    date_value: object = None,
    url: str | None = None,
    allow_title: bool = False,
) -> Article:
    """An `Article` from raw story text and whatever metadata the container already gave."""
    cleaned = clean_story(raw_text, allow_title=allow_title and not title)
    meta = cleaned.meta
    found_agency = meta.get("agency")
    if agency:
        found_agency = agency_name(agency) or agency
    publisher = source or meta.get("source") or meta.get("publisher") or found_agency
    return Article(
        id=article_id,
        text=cleaned.text,
        title=(title or meta.get("title") or "").strip(),
        source=(publisher or None),
        agency=found_agency,
        dateline=dateline or meta.get("dateline"),
        date=normalize_date(date_value) or normalize_date(meta.get("date")),
        url=url or meta.get("url") or None,
        path=path,
    )


# --------------------------------------------------------------------------- file readers


class _Skip(Exception):
    """A file or record that cannot be ingested; the message is the reason."""


def _decode(data: bytes) -> str:
    if not data.strip():
        raise _Skip("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _Skip(f"not valid UTF-16 ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise _Skip("binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise _Skip(f"not valid UTF-8 (byte 0x{bad} at offset {exc.start}); re-save as UTF-8") from None


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".jsonl.gz", ".json.gz"):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _Skip(f"unreadable ({exc.strerror or exc})") from None
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise _Skip(f"not a valid gzip file ({exc})") from None
    return data


def _text_article(path: Path, rel: str) -> Article:
    text = _decode(_read_bytes(path))
    article = make_article(rel, text, path=rel, allow_title=True)
    if not article.text.strip():
        raise _Skip("no story text after removing header and boilerplate")
    return article


def _html_article(path: Path, rel: str) -> Article:
    import trafilatura

    html = _decode(_read_bytes(path))
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise _Skip("no article text found in the HTML")
    return make_article(
        rel,
        doc.text,
        path=rel,
        title=doc.title,
        source=doc.sitename or None,
        date_value=doc.date,
        url=doc.url or None,
    )


def _record_article(record: object, rel: str, line: int, fallback_id: str) -> Article:
    if not isinstance(record, dict):
        raise _Skip(f"record is a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Skip("record has no text")

    def field(name: str) -> str | None:
        value = record.get(name)
        return str(value).strip() or None if value is not None and value != "" else None

    raw_id = record.get("id")
    article_id = str(raw_id).strip() if raw_id not in (None, "") else fallback_id
    article = make_article(
        article_id,
        text,
        path=f"{rel}:{line}",
        title=field("title"),
        source=field("source") or field("publisher"),
        agency=field("agency"),
        dateline=field("dateline"),
        date_value=record.get("date"),
        url=field("url"),
    )
    if not article.text.strip():
        raise _Skip("record has no story text after removing boilerplate")
    return article


def _records(path: Path, rel: str) -> Iterator[Article | Problem]:
    try:
        text = _decode(_read_bytes(path))
    except _Skip as skip:
        yield Problem(rel, 0, str(skip))
        return
    stripped = text.lstrip()
    if _suffix(path).startswith(".json") and not _suffix(path).startswith(".jsonl"):
        # A .json file: one object, a list of objects, or (leniently) JSON lines.
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
        if whole is not None:
            items = whole if isinstance(whole, list) else [whole]
            for number, item in enumerate(items, 1):
                try:
                    yield _record_article(item, rel, number, f"{rel}#{number}")
                except _Skip as skip:
                    yield Problem(rel, number, str(skip))
            return
        if stripped.startswith("[") or not stripped.startswith("{"):
            yield Problem(rel, 0, "malformed JSON")
            return
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(rel, number, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield _record_article(record, rel, number, f"{rel}:{number}")
        except _Skip as skip:
            yield Problem(rel, number, str(skip))


def corpus_files(corpus: Path) -> list[Path]:
    """Every non-hidden file under `corpus`, recursively, in a stable order."""
    if corpus.is_file():
        return [corpus]
    files = []
    for path in corpus.rglob("*"):
        rel_parts = path.relative_to(corpus).parts
        if any(part.startswith(".") for part in rel_parts):
            continue
        if path.is_file() or (path.is_symlink() and not path.is_dir()):
            files.append(path)
    return sorted(files)


def read_corpus(corpus: Path) -> Iterator[Article | Problem]:
    """Each article under `corpus` (txt, md, html, json, jsonl, optionally gzipped), or a Problem.

    Article ids are unique: a repeated id is reported and the later copy skipped.
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    seen: dict[str, str] = {}
    for path in corpus_files(corpus):
        rel = path.name if corpus.is_file() else path.relative_to(corpus).as_posix()
        suffix = _suffix(path)
        items: Iterator[Article | Problem]
        if suffix in RECORD_SUFFIXES:
            items = _records(path, rel)
        elif suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
            reader = _text_article if suffix in TEXT_SUFFIXES else _html_article
            try:
                items = iter([reader(path, rel)])
            except _Skip as skip:
                items = iter([Problem(rel, 0, str(skip))])
        else:
            items = iter([Problem(rel, 0, f"unsupported file type '{suffix or path.name}'")])
        for item in items:
            if isinstance(item, Article):
                if item.id in seen:
                    line = int(item.path.rsplit(":", 1)[1]) if ":" in item.path else 0
                    yield Problem(rel, line, f"duplicate article id {item.id!r} (first in {seen[item.id]})")
                    continue
                seen[item.id] = item.path
            yield item
