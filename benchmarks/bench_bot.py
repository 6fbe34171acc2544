"""The bot under load: N simulated chats asking at once, through the real PTB stack and a fake Bot API.

    python benchmarks/bench_bot.py [--chats 200,1000] [--workers 2] [--pool 16,256]

Each chat sends one question about the seed article; the fake server (tests/fake_telegram.py)
records when each answer arrives. Measures answers per second, latency from the update being
queued to the answer's sendMessage, the worst event-loop stall (a probe task that should wake
every 10 ms), and peak RSS. Writes benchmarks/results/bot.json.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import ROOT, peak_rss_mib, percentile, write_result  # noqa: E402

QUESTIONS = [
    "Who leads Asaib Ahl al-Haq?",
    "How many U.S. troops are in Iraq?",
    "When did American forces withdraw from Iraq?",
    "What did Khazali say about parliament?",
]
TOKEN = "123:BENCH-token"


async def one_run(chain, chats: int, workers: int, pool: int, tmp: Path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from bot.app import build_application
    from bot.service import AnswerService
    from newsdesk.settings import Settings
    from tests.fake_telegram import FakeTelegram

    fake = await FakeTelegram(TOKEN).start()
    settings = Settings(_env_file=None, index=chain.retriever.index_dir, corpus=tmp,
                        telegram_bot_token=TOKEN, telegram_base_url=f"{fake.url}/bot",
                        telegram_base_file_url=f"{fake.url}/file/bot", bot_workers=workers, http_pool=pool,
                        rate_per_minute=100)
    service = AnswerService(settings, lambda: chain)
    application = build_application(settings, service)
    stalls: list[float] = []
    stop = asyncio.Event()

    async def probe() -> None:
        while not stop.is_set():
            start = time.perf_counter()
            await asyncio.sleep(0.01)
            stalls.append((time.perf_counter() - start - 0.01) * 1000)

    async with application:
        await application.post_init(application)  # type: ignore[misc]
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1)  # type: ignore[union-attr]
        prober = asyncio.create_task(probe())
        sent_at: dict[int, float] = {}
        started = time.perf_counter()
        for chat in range(1, chats + 1):
            sent_at[chat] = time.monotonic()  # the clock the fake stamps messages with
            await fake.user_message(chat, QUESTIONS[chat % len(QUESTIONS)])
        await fake.wait_for(lambda: len({m.chat_id for m in fake.sent}) >= chats, timeout=3600)
        elapsed = time.perf_counter() - started
        stop.set()
        await prober
        await application.updater.stop()  # type: ignore[union-attr]
        await application.stop()
    service.close()
    await fake.stop()
    per_chat = {}
    for message in fake.sent:
        per_chat.setdefault(message.chat_id, []).append(message)
    latencies = [(msgs[0].at - sent_at[chat]) * 1000 for chat, msgs in per_chat.items()]
    return {
        "chats": chats, "workers": workers, "http_pool": pool,
        "answered_exactly_once": all(len(m) == 1 for m in per_chat.values()) and len(per_chat) == chats,
        "answers_per_s": chats / elapsed,
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "loop_stall_p95_ms": percentile(stalls, 95),
        "loop_stall_max_ms": max(stalls) if stalls else 0.0,
        "peak_rss_mib": peak_rss_mib(),
    }


async def main_async(args: argparse.Namespace) -> None:
    from newsdesk.settings import Settings
    from qa import QAChain
    from retrieval import Retriever, build_index

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, corpus=ROOT / "seeds", index=Path(tmp) / "index")
        build_index(settings.corpus, settings.index, settings=settings, progress=False)
        chain = QAChain(Retriever.open(settings.index, settings=settings), settings=settings)
        chain.answer(QUESTIONS[0])  # warm the models
        rows = []
        for chats in [int(c) for c in args.chats.split(",")]:
            for pool in [int(p) for p in args.pool.split(",")]:
                row = await one_run(chain, chats, args.workers, pool, Path(tmp))
                print(row, flush=True)
                rows.append(row)
    path = write_result("bot", {"questions": QUESTIONS, "runs": rows})
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chats", default="200,1000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pool", default="16,256")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
