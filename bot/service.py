"""The bot's bridge to the QA layer: answers off the event loop, chat history, background rebuilds."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from newsdesk.settings import Settings
from qa import Answer, QAChain
from retrieval import BuildReport, Retriever

log = logging.getLogger(__name__)

HistoryKey = tuple[int, int]  # (chat, user): in a group, each member has their own thread


class AnswerService:
    """Runs the QA chain in a bounded thread pool so the event loop keeps receiving updates."""

    def __init__(self, settings: Settings, chain_factory: Callable[[], QAChain]):
        self.settings = settings
        self._chain_factory = chain_factory
        self._chain: QAChain | None = None
        self._executor = ThreadPoolExecutor(max_workers=settings.bot_workers, thread_name_prefix="qa")
        self._history: dict[HistoryKey, deque[Answer]] = {}
        self._rebuild_lock = threading.Lock()

    @property
    def chain(self) -> QAChain:
        """The QA chain (created on first use: loads the index and models)."""
        if self._chain is None:
            self._chain = self._chain_factory()
        return self._chain

    @property
    def retriever(self) -> Retriever:
        """The retriever behind the chain."""
        return self.chain.retriever

    async def start(self) -> None:
        """Load the index and models before the first question arrives."""
        await self.run(lambda: self.chain.retriever.embedder)

    async def run(self, func: Callable[[], object]) -> object:
        """Run blocking work in the pool."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, func)

    async def answer(self, key: HistoryKey, question: str) -> Answer:
        """Answer in the pool, with this conversation's recent turns, and remember the turn."""
        turns = max(self.settings.history_turns, 0)
        history = list(self._history.get(key, ()))
        answer: Answer = await self.run(  # type: ignore[assignment]
            lambda: self.chain.answer(question, history=history)
        )
        if turns:
            self._history.setdefault(key, deque(maxlen=turns)).append(answer)
        return answer

    def forget(self, key: HistoryKey) -> None:
        """Drop a conversation's history (/new)."""
        self._history.pop(key, None)

    async def rebuild(self) -> BuildReport | None:
        """Rebuild the index in a background thread; None if a rebuild is already running.

        The live index keeps serving; the retriever switches to the new version when it is
        published.
        """
        from retrieval import build_index
        from retrieval.store import current_version_dir, read_manifest

        if not self._rebuild_lock.acquire(blocking=False):
            return None
        try:
            index = self.retriever.index_dir
            live = current_version_dir(index)
            corpus = read_manifest(live).corpus if live is not None else self.settings.corpus

            def work() -> BuildReport:
                return build_index(corpus, index, settings=self.settings, progress=False,
                                   embedder=self.retriever.embedder)

            report = await asyncio.to_thread(work)
            self.retriever.refresh()
            return report
        finally:
            self._rebuild_lock.release()

    def close(self) -> None:
        """Finish running answers and stop the pool."""
        self._executor.shutdown(wait=True)
