"""LangChain glue: a `BaseRetriever` over the newsdesk `Retriever`."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever


def hit_document(hit: Any) -> Document:
    """A LangChain Document for a Hit: the passage text, with every other field as metadata."""
    metadata = hit.to_dict()
    text = metadata.pop("text")
    return Document(page_content=text, metadata=metadata, id=str(hit.passage_id))


class NewsdeskRetriever(BaseRetriever):
    """Hybrid news search as a LangChain retriever; filters are fixed per instance."""

    retriever: Any
    k: int = 5
    since: str | None = None
    until: str | None = None
    source: str | None = None
    mode: str | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.retriever.search(
            query, self.k, since=self.since, until=self.until, source=self.source, mode=self.mode
        )
        return [hit_document(hit) for hit in hits]
