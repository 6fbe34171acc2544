"""Telegram HTML for answers, passages and listings; splitting long messages safely."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa import Answer, Citation
from qa.models import by_article, one_line
from retrieval import Hit
from retrieval.catalog import ArticleRow

LIMIT = 4096  # Telegram's maximum message length, in characters after entity parsing
_TAG_RE = re.compile(r"(<[^>]+>)")
PAGE = 10  # articles per /sources page


@dataclass(frozen=True)
class Button:
    """An inline button: its label and callback data."""

    label: str
    data: str


def esc(text: str | None) -> str:
    """Corpus or user text made safe for Telegram HTML."""
    return html.escape(text or "", quote=False)


def _label(title: str, headline: str) -> str:
    return title or headline or "(untitled)"


def _byline(source: str | None, date: str | None) -> str:
    return " · ".join(x for x in (source, date) if x)


def citation_block(citations: Sequence[Citation]) -> str:
    """One numbered source: title, publisher and date, link, and the sentences quoted from it."""
    citation = citations[0]
    head = f"[{citation.n}] <b>{esc(_label(citation.title, citation.headline))}</b>"
    byline = _byline(citation.source, citation.date)
    if byline:
        head += f" — {esc(byline)}"
    if citation.url:
        head += f' <a href="{html.escape(citation.url, quote=True)}">link</a>'
    return "\n".join([head, *(f"<i>“{esc(one_line(c.quote))}”</i>" for c in citations)])


def _sources(citations: Sequence[Citation]) -> tuple[list[str], list[Button]]:
    """A block per cited article, and a button per quoted passage ([1], or [1a] [1b] in one article)."""
    blocks, buttons = [], []
    for group in by_article(citations):
        blocks.append(citation_block(group))
        for letter, c in zip("abcdefghijklmnopqrstuvwxyz", group, strict=False):
            buttons.append(Button(f"[{c.n}{letter if len(group) > 1 else ''}]", f"p:{c.passage_id}"))
    return blocks, buttons


def render_answer(answer: Answer) -> tuple[str, list[Button]]:
    """The answer message and its source buttons."""
    understood = f"<i>(understood as: {esc(answer.resolved_question)})</i>"
    parts = [esc(answer.text)] + ([understood] if answer.resolved_question else [])
    if answer.abstained and answer.related:
        parts.append("Closest articles:")
    blocks, buttons = _sources(answer.related if answer.abstained else answer.citations)
    return "\n\n".join(parts + blocks), buttons


def render_passage(hit: Hit) -> str:
    """A source's full passage, with its article's metadata."""
    head = f"<b>{esc(_label(hit.title, hit.headline))}</b>"
    meta = " · ".join(x for x in (hit.source, hit.agency if hit.agency != hit.source else None,
                                  hit.dateline, hit.date) if x)
    if meta:
        head += f"\n{esc(meta)}"
    if hit.url:
        head += f'\n<a href="{html.escape(hit.url, quote=True)}">{esc(hit.url)}</a>'
    return f"{head}\n\n{esc(hit.text)}"


def render_sources(rows: Sequence[ArticleRow], offset: int, total: int) -> tuple[str, list[Button]]:
    """One page of the article list, with previous/next buttons."""
    if not rows:
        return "The index holds no articles yet.", []
    lines = [f"<b>Articles {offset + 1}–{offset + len(rows)} of {total}</b>"]
    for n, row in enumerate(rows, offset + 1):
        byline = _byline(row.source, row.date)
        lines.append(f"{n}. {esc(_label(row.title, row.headline))}" + (f" — {esc(byline)}" if byline else ""))
    buttons = []
    if offset > 0:
        buttons.append(Button("‹ Previous", f"s:{max(0, offset - PAGE)}"))
    if offset + len(rows) < total:
        buttons.append(Button("Next ›", f"s:{offset + PAGE}"))
    return "\n".join(lines), buttons


def render_help(stats: dict[str, object], *, group: bool, username: str | None) -> str:
    """What the bot knows (article count, dates, publishers) and how to ask it."""
    articles = stats.get("articles", 0)
    first, last = stats.get("first_date"), stats.get("last_date")
    sources = ", ".join(str(s) for s in stats.get("sources", []) or []) or "various publishers"  # type: ignore[union-attr]
    span = f" from {first} to {last}" if first and last else ""
    how = (f"In a group, mention me (@{esc(username)}), reply to one of my messages, or use /ask "
           "followed by your question." if group else "Just send me a question.")
    return (
        f"I answer questions about the <b>{articles}</b> news articles I have read{esc(span)} "
        f"({esc(sources)}), with numbered sources and the exact sentences they rest on. "
        f"If the articles don't say, I tell you.\n\n{how}\n\n"
        "Examples:\n• Who leads Asaib Ahl al-Haq?\n• How many U.S. troops are in Iraq?\n\n"
        "/sources lists the articles · /about shows the index · /new forgets our conversation"
    )


def render_about(stats: dict[str, object], answerer: str) -> str:
    """Index version, size and the answerer in use."""
    return (
        f"<b>Index</b> {esc(str(stats.get('version')))} (built {esc(str(stats.get('created')))})\n"
        f"{stats.get('articles')} articles · {stats.get('passages')} passages · "
        f"{esc(str(stats.get('index_kind')))} vectors · model {esc(str(stats.get('model')))}\n"
        f"Answers by: {esc(answerer)}"
    )


def plain_text(html_text: str) -> str:
    """The text of an HTML message without markup, for resending as plain text."""
    return html.unescape(_TAG_RE.sub("", html_text))


def split_html(text: str, limit: int = LIMIT) -> list[str]:
    """Split HTML into messages under `limit` characters of text, cutting at paragraph, then line,
    then word boundaries, never inside a tag or entity; tags open at a cut are closed and reopened.
    """
    if len(plain_text(text)) <= limit and len(text) <= limit:
        return [text]
    pieces = [p for p in _TAG_RE.split(text) if p]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    open_tags: list[tuple[str, str]] = []  # (name, full opening tag)
    budget = limit - 64  # room for closing and reopening tags
    has_text = False  # whether the current chunk holds any text yet

    def flush() -> None:
        nonlocal current, size, has_text
        closing = "".join(f"</{name}>" for name, _ in reversed(open_tags))
        body = "".join(current).strip()
        if body:
            chunks.append(body + closing)
        current = ["".join(tag for _, tag in open_tags)]
        size = len(current[0])
        has_text = False

    for piece in pieces:
        if piece.startswith("<"):
            match = re.match(r"<\s*(/)?\s*([a-zA-Z0-9-]+)", piece)
            if match and match.group(1):
                if open_tags and open_tags[-1][0] == match.group(2):
                    open_tags.pop()
            elif match:
                open_tags.append((match.group(2), piece))
            current.append(piece)
            size += len(piece)
            continue
        while size + len(piece) > budget:
            room = budget - size
            cut = _cut_point(piece, room)
            if cut <= 0:
                if not has_text:  # a single unbreakable run: hard cut outside entities
                    cut = _hard_cut(piece, room)
                else:
                    flush()
                    continue
            current.append(piece[:cut])
            piece = piece[cut:].lstrip(" ")
            flush()
        current.append(piece)
        size += len(piece)
        has_text = has_text or bool(piece.strip())
    flush()
    return [c for c in chunks if c.strip()]


def _cut_point(text: str, room: int) -> int:
    """The best place to end a chunk within `room` characters: paragraph, line, then word."""
    window = text[:room]
    for separator in ("\n\n", "\n", " "):
        at = window.rfind(separator)
        if at > 0:
            return at + len(separator)
    return 0


def _hard_cut(text: str, room: int) -> int:
    """A cut at `room` moved back out of any HTML entity."""
    cut = max(1, room)
    amp = text.rfind("&", 0, cut)
    if amp != -1 and ";" not in text[amp:cut]:
        cut = amp or cut
    return cut
