"""Citation verification: every marker maps to a retrieved passage that supports its sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from qa.evidence import EvidencePool, Scored
from qa.extractive import Draft, _norm
from retrieval import Hit
from retrieval.sentences import sentence_spans

_CANONICAL_RE = re.compile(r"\[(\d{1,3})\]")
_LABEL = r"(?:sources?|passages?|docs?|documents?|ids?|refs?|references?|articles?)"
_MARKER_FORMS = [
    re.compile(r"【\s*(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*】"),
    re.compile(r"\[\^?\s*(\d{1,3}(?:\s*(?:[,;]|and|-|–)\s*\d{1,3})*)\s*\]"),
    re.compile(rf"\[\s*{_LABEL}\s*:?\s*#?\s*(\d{{1,3}}(?:\s*[,;]\s*#?\s*\d{{1,3}})*)\s*\]", re.IGNORECASE),
    re.compile(rf"\(\s*{_LABEL}\s*:?\s*#?\s*(\d{{1,3}}(?:\s*[,;]\s*#?\s*\d{{1,3}})*)\s*\)", re.IGNORECASE),
]


def _numbers(group: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"\s*(?:[,;]|and)\s*", group):
        part = part.replace("#", "").strip()
        if re.fullmatch(r"\d+\s*[-–]\s*\d+", part):
            low, high = (int(x) for x in re.split(r"\s*[-–]\s*", part))
            out.extend(range(low, min(high, low + 9) + 1))
        elif part.isdigit():
            out.append(int(part))
    return out


def normalize_markers(text: str, count: int) -> tuple[str, list[str]]:
    """Citation markers in any common form rewritten as [n]; numbers outside 1..count dropped."""
    notes: list[str] = []

    def rewrite(match: re.Match[str]) -> str:
        numbers = _numbers(match.group(1))
        kept = [n for n in numbers if 1 <= n <= count]
        for n in numbers:
            if n not in kept:
                notes.append(f"dropped citation {match.group(0)!r}: there is no passage {n}")
        return "".join(f"[{n}]" for n in dict.fromkeys(kept))

    for pattern in _MARKER_FORMS:
        text = pattern.sub(rewrite, text)
    return re.sub(r"[ \t]{2,}", " ", text).strip(), notes


def _sentences(text: str) -> list[tuple[str, list[int]]]:
    """(content without markers, cited numbers) for each sentence of `text`.

    Markers are lifted out before splitting (a splitter would cut "[4]." apart) and each goes
    to the sentence it follows, so a marker at the start of a sentence cites the one before.
    """
    plain_parts: list[str] = []
    marks: list[tuple[int, int]] = []  # (position in plain text, number)
    length = 0
    last = 0
    for match in _CANONICAL_RE.finditer(text):
        plain_parts.append(text[last : match.start()])
        length += match.start() - last
        marks.append((length, int(match.group(1))))
        last = match.end()
    plain_parts.append(text[last:])
    plain = "".join(plain_parts)
    spans = sentence_spans([plain])[0]
    out: list[tuple[str, list[int]]] = [
        (re.sub(r"\s+([.,;:!?])", r"\1", plain[s:e]).strip(), []) for s, e in spans
    ]
    for position, number in marks:
        owner = max((i for i, (s, _) in enumerate(spans) if s < position), default=0)
        if out:
            out[owner][1].append(number)
    return [(content, numbers) for content, numbers in out if re.search(r"\w", content)]


def verify(draft: Draft, pool: EvidencePool, *, min_support: float, check_support: bool) -> Draft | None:
    """A draft whose citations are all valid, with the supporting sentences as quotes.

    Markers are normalised and range-checked. With `check_support` (free text from a model),
    each cited passage must contain a sentence supporting the answer sentence; a sentence left
    without a valid citation is attached to its best-supporting passage, or removed. Returns
    None when nothing supported remains.
    """
    hits = pool.hits
    text, notes = normalize_markers(draft.text, len(hits))
    if not check_support:
        return _check_quotes(replace(draft, text=text, notes=draft.notes + tuple(notes)), hits)

    quotes: dict[int, list[tuple[int, int]]] = {}
    kept_sentences: list[str] = []
    short = _norm(draft.short_answer or "")

    def support(content: str, hit: int | None) -> Scored | None:
        """The best sentence supporting `content` (in one hit, or anywhere), if good enough.

        A sentence that states the short answer is supported only by a sentence that states it
        too: sharing the question's words is not enough.
        """
        needs_answer = bool(short) and f" {short} " in f" {_norm(content)} "
        for scored in pool.rank(content, hit=hit):
            if scored.score < min_support:
                return None
            if not needs_answer or f" {short} " in f" {_norm(scored.sentence.text)} ":
                return scored
        return None

    def quote(found: Scored) -> None:
        spans = quotes.setdefault(found.sentence.hit, [])
        if (found.sentence.start, found.sentence.end) not in spans:
            spans.append((found.sentence.start, found.sentence.end))

    for content, numbers in _sentences(text):
        if _norm(content) == _norm("The articles don't say."):
            continue
        valid: list[int] = []
        for n in dict.fromkeys(numbers):
            found = support(content, n - 1)
            if found is not None:
                valid.append(n)
                quote(found)
            else:
                notes.append(f"dropped citation [{n}]: passage {n} does not support {content[:60]!r}")
        if not valid:
            found = support(content, None)
            if found is None:
                notes.append(f"removed unsupported sentence {content[:60]!r}")
                continue
            valid = [found.sentence.hit + 1]
            quote(found)
            notes.append(f"attached uncited sentence {content[:60]!r} to passage {valid[0]}")
        markers = "".join(f"[{n}]" for n in valid)
        body, end = (content[:-1], content[-1]) if content[-1] in ".!?" else (content, "")
        kept_sentences.append(f"{body} {markers}{end}")
    if not kept_sentences:
        return None
    return replace(draft, text=" ".join(kept_sentences), quotes=quotes,
                   notes=draft.notes + tuple(notes))


def _check_quotes(draft: Draft, hits: Sequence[Hit]) -> Draft | None:
    """Keep only quotes that lie inside their passage and markers that have a quote."""
    quotes = {
        h: [(s, e) for s, e in spans if hits[h].start <= s < e <= hits[h].end]
        for h, spans in draft.quotes.items()
        if 0 <= h < len(hits)
    }
    quotes = {h: spans for h, spans in quotes.items() if spans}
    cited = {int(n) - 1 for n in _CANONICAL_RE.findall(draft.text)}
    text = _CANONICAL_RE.sub(lambda m: m.group(0) if int(m.group(1)) - 1 in quotes else "", draft.text)
    if not quotes or not cited & set(quotes):
        return None
    return replace(draft, text=re.sub(r"\s{2,}", " ", text).strip(), quotes=quotes)
