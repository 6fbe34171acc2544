"""Syndicated copies: MinHash signatures of articles and their grouping into stories."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"  # stored as uint32; pinned so stored signatures stay comparable
SHINGLE_WORDS = 5
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    """Overlapping word 5-grams of the lower-cased text (the words themselves for short texts)."""
    words = _WORD_RE.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {w.encode("utf-8") for w in words}
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


@lru_cache(maxsize=1)
def _permutations() -> object:
    # Generating them is most of the cost of a MinHash object; they depend only on the seed.
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=hashvalues, permutations=_permutations())


def signature(text: str) -> bytes:
    """The MinHash signature of an article's text, as bytes for storage."""
    minhash = _minhash()
    minhash.update_batch(list(shingles(text)))
    return np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes()


def group_stories(
    signatures: Iterable[tuple[str, str | None, bytes]], threshold: float
) -> dict[str, str]:
    """Article id → story id, where a story's id is its earliest-dated member (then lowest id).

    Articles whose estimated Jaccard similarity reaches `threshold` are the same story; the
    relation is closed transitively.
    """
    items = list(signatures)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    for article_id, _, blob in items:
        if blob is None:
            continue
        minhash = _minhash(np.frombuffer(blob, dtype=np.uint32))
        hashes[article_id] = minhash
        lsh.insert(article_id, minhash, check_duplication=False)

    parent = {article_id: article_id for article_id, _, _ in items}

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for article_id, minhash in hashes.items():
        for other in lsh.query(minhash):
            if other != article_id and minhash.jaccard(hashes[other]) >= threshold:
                a, b = find(article_id), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)

    order = {aid: (date or "9999-99-99", aid) for aid, date, _ in items}
    leaders: dict[str, str] = {}
    for article_id in parent:
        root = find(article_id)
        best = leaders.get(root)
        if best is None or order[article_id] < order[best]:
            leaders[root] = article_id
    return {article_id: leaders[find(article_id)] for article_id in parent}
