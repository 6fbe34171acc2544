"""Retrieval: news articles → passages → embeddings → a versioned FAISS + BM25 index → search."""

from retrieval.articles import Article, Problem
from retrieval.build import BuildReport, build_index
from retrieval.search import Hit, Outlet, Retriever
from retrieval.store import (
    BuildInProgress,
    IndexCorrupt,
    IndexIncompatible,
    IndexMissing,
    IndexProblem,
)

__all__ = [
    "Article",
    "BuildInProgress",
    "BuildReport",
    "Hit",
    "IndexCorrupt",
    "IndexIncompatible",
    "IndexMissing",
    "IndexProblem",
    "Outlet",
    "Problem",
    "Retriever",
    "build_index",
]
