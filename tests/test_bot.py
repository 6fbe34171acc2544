"""The Telegram bot end to end: the real PTB Application and httpx stack, long-polling a fake Bot API
server on 127.0.0.1, answering from a real index with the real models."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_application
from bot.service import AnswerService
from qa import Answer, QAChain
from retrieval import Retriever, build_index
from tests import stories
from tests.conftest import SEED_ID, SEEDS, make_settings
from tests.fake_telegram import BOT_USERNAME, FakeTelegram, Fault, Sent

TOKEN = "123456789:TEST-secret-token-never-logged"
ADMIN = 42
QUESTION = "Who leads Asaib Ahl al-Haq?"


class Harness:
    """The fake server and the running bot, with helpers to talk to it."""

    def __init__(self, fake: FakeTelegram, settings):  # type: ignore[no-untyped-def]
        self.fake = fake
        self.settings = settings

    async def say(self, chat_id: int, text: str | None = None, *, replies: int = 1, **kw: object) -> list[Sent]:
        """Send a message and wait for `replies` new bot messages in that chat."""
        before = len(self.fake.to(chat_id))
        await self.fake.user_message(chat_id, text, **kw)  # type: ignore[arg-type]
        await self.fake.wait_for(lambda: len(self.fake.to(chat_id)) >= before + replies)
        return self.fake.to(chat_id)[before:]

    async def quiet(self, chat_id: int, text: str, **kw: object) -> None:
        """Send a message the bot should ignore, and check it stays silent."""
        before = len(self.fake.to(chat_id))
        await self.fake.user_message(chat_id, text, **kw)  # type: ignore[arg-type]
        await asyncio.sleep(1.0)
        assert len(self.fake.to(chat_id)) == before


@contextlib.asynccontextmanager
async def running_bot(tmp_path: Path, chain: QAChain, **overrides: object) -> AsyncIterator[Harness]:
    fake = await FakeTelegram(TOKEN).start()
    settings = make_settings(
        tmp_path, index=chain.retriever.index_dir, telegram_bot_token=TOKEN,
        telegram_base_url=f"{fake.url}/bot", telegram_base_file_url=f"{fake.url}/file/bot",
        admins=[ADMIN], **overrides,
    )
    service = AnswerService(settings, lambda: chain)
    application = build_application(settings, service)
    try:
        async with application:
            await application.post_init(application)  # type: ignore[misc]
            await application.start()
            await application.updater.start_polling(poll_interval=0.0, timeout=1)  # type: ignore[union-attr]
            try:
                yield Harness(fake, settings)
            finally:
                await application.updater.stop()  # type: ignore[union-attr]
                await application.stop()
    finally:
        service.close()
        await fake.stop()


@pytest.fixture(scope="module")
def chain(seed_index: Path, embedder) -> QAChain:  # type: ignore[no-untyped-def]
    settings = make_settings(seed_index.parent, index=seed_index)
    return QAChain(Retriever.open(seed_index, settings=settings, embedder=embedder), settings=settings)


@pytest.fixture
async def bot(tmp_path: Path, chain: QAChain) -> AsyncIterator[Harness]:
    async with running_bot(tmp_path, chain) as harness:
        yield harness


# --------------------------------------------------------------------------- conversation


async def test_commands(bot: Harness) -> None:
    (start,) = await bot.say(1, "/start")
    assert "1</b> news articles" in start.text and "2019-01-28" in start.text
    assert "The Washington Times" in start.text and start.parse_mode == "HTML"
    (help_,) = await bot.say(1, "/help")
    assert "Just send me a question" in help_.text
    (sources,) = await bot.say(1, "/sources")
    assert "Articles 1–1 of 1" in sources.text and "The leader of one of Iraq" in sources.text
    (about,) = await bot.say(1, "/about")
    assert "v0000" in about.text and "1 articles" in about.text and "extractive" in about.text
    (new,) = await bot.say(1, "/new")
    assert "forgotten" in new.text
    scopes = [c["scope"]["type"] for c in bot.fake.calls_of("setMyCommands")]
    assert scopes == ["all_private_chats", "all_group_chats"]
    group_commands = bot.fake.calls_of("setMyCommands")[1]["commands"]
    assert "ask" in [c["command"] for c in group_commands]


async def test_question_answered_with_citations_and_buttons(bot: Harness) -> None:
    (reply,) = await bot.say(5, QUESTION)
    assert reply.text.startswith("Qais al-Khazali [1]")
    assert "[1] <b>The leader of one of Iraq" in reply.text
    assert "The Washington Times · 2019-01-28" in reply.text
    assert "<i>“Qais al-Khazali, head of Asaib Ahl al-Haq" in reply.text
    assert reply.parse_mode == "HTML" and reply.reply_to == 1
    button = reply.buttons[0]
    # the seed article is quoted from two passages: one numbered source, a button for each passage
    assert reply.text.count("[1] <b>") == 1 and "[2]" not in reply.text
    assert [b["text"] for b in reply.buttons] == ["[1a]", "[1b]"]
    assert button["callback_data"].startswith("p:")
    typing = [c for c in bot.fake.calls_of("sendChatAction") if c["chat_id"] == 5]
    assert typing and typing[0]["action"] == "typing"

    await bot.fake.press(reply, button["callback_data"])
    await bot.fake.wait_for(lambda: len(bot.fake.to(5)) == 2)
    passage = bot.fake.to(5)[1]
    assert "Qais al-Khazali, head of Asaib Ahl al-Haq" in passage.text
    assert "Associated Press · BAGHDAD · 2019-01-28" in passage.text
    assert bot.fake.calls_of("answerCallbackQuery")


async def test_abstention_offers_closest_articles(bot: Harness) -> None:
    (reply,) = await bot.say(6, "Who won the 2018 World Cup?")
    assert reply.text.startswith("The articles don't say")
    assert "Closest articles:" in reply.text and reply.buttons


async def test_followup_and_new(bot: Harness) -> None:
    await bot.say(7, QUESTION)
    (follow,) = await bot.say(7, "What did he say about parliament?")
    assert "understood as: What did Qais al-Khazali say about parliament?" in follow.text
    await bot.say(7, "/new")
    (fresh,) = await bot.say(7, "What did he say about parliament?")
    assert "understood as" not in fresh.text


async def test_groups_answer_only_when_addressed(bot: Harness) -> None:
    group = -1001
    await bot.quiet(group, QUESTION, chat_type="supergroup", user_id=11)
    (mentioned,) = await bot.say(group, f"@{BOT_USERNAME} {QUESTION}", chat_type="supergroup", user_id=11)
    assert mentioned.text.startswith("Qais al-Khazali")
    (replied,) = await bot.say(group, "And when did American forces withdraw from Iraq?",
                               chat_type="supergroup", user_id=12, reply_to=mentioned)
    assert replied.text.startswith("2011")
    (asked,) = await bot.say(group, f"/ask {QUESTION}", chat_type="supergroup", user_id=13)
    assert asked.text.startswith("Qais al-Khazali")
    (addressed,) = await bot.say(group, f"/ask@{BOT_USERNAME} {QUESTION}", chat_type="supergroup", user_id=14)
    assert addressed.text.startswith("Qais al-Khazali")
    (bare,) = await bot.say(group, "/ask", chat_type="supergroup", user_id=15)
    assert "Please type a question" in bare.text
    await bot.quiet(group, "@someone_else what do you think?", chat_type="supergroup", user_id=16)
    await bot.quiet(group, "", chat_type="supergroup", user_id=16, kind="sticker")


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
async def test_non_text_gets_a_friendly_explanation(bot: Harness, kind: str) -> None:
    (reply,) = await bot.say(8, None, kind=kind)
    assert "only read text questions" in reply.text


async def test_empty_and_overlong_questions(bot: Harness) -> None:
    (empty,) = await bot.say(9, "   ")
    assert "Please type a question" in empty.text
    (long,) = await bot.say(9, "why " * 200)
    assert "799 characters long" in long.text and "under 500" in long.text


async def test_allowlist_refuses_politely_once(tmp_path: Path, chain: QAChain) -> None:
    async with running_bot(tmp_path, chain, allowed_chats=[100]) as bot:
        (allowed,) = await bot.say(100, QUESTION)
        assert allowed.text.startswith("Qais")
        (refusal,) = await bot.say(200, QUESTION)
        assert "private" in refusal.text
        await bot.quiet(200, QUESTION)


class SlowChain:
    """The real chain, slowed down, to hold a question in flight."""

    def __init__(self, inner: QAChain, delay: float):
        self._inner, self._delay = inner, delay
        self.retriever, self.settings = inner.retriever, inner.settings

    def answer(self, question: str, *, history=()) -> Answer:  # type: ignore[no-untyped-def]
        time.sleep(self._delay)
        return self._inner.answer(question, history=history)


async def test_per_user_limit(tmp_path: Path, chain: QAChain) -> None:
    async with running_bot(tmp_path, SlowChain(chain, 1.5), rate_per_minute=2) as bot:  # type: ignore[arg-type]
        await bot.fake.user_message(30, QUESTION)
        (busy,) = await bot.say(30, QUESTION)
        assert "still answering your previous question" in busy.text
        await bot.fake.wait_for(lambda: any(m.text.startswith("Qais") for m in bot.fake.to(30)))
        (second,) = await bot.say(30, QUESTION)
        assert second.text.startswith("Qais")
        (limited,) = await bot.say(30, QUESTION)
        assert "2 questions in the last minute" in limited.text and "try again in" in limited.text
        (other,) = await bot.say(31, QUESTION)  # other users are not affected
        assert other.text.startswith("Qais")


# --------------------------------------------------------------------------- faults


async def test_429_retry_after_delivers_once(bot: Harness) -> None:
    bot.fake.fail_next("sendMessage", Fault("429", retry_after=1))
    (reply,) = await bot.say(40, QUESTION)
    assert reply.text.startswith("Qais")
    await asyncio.sleep(1.5)
    assert len(bot.fake.to(40)) == 1


@pytest.mark.parametrize("kind", ["502", "drop"])
async def test_gateway_error_and_dropped_connection(bot: Harness, kind: str, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    bot.fake.fail_next("sendMessage", Fault(kind))
    (reply,) = await bot.say(41, QUESTION)
    assert reply.text.startswith("Qais")
    (again,) = await bot.say(41, "When did American forces withdraw from Iraq?")
    assert again.text.startswith("2011")  # still running
    assert TOKEN not in caplog.text and TOKEN.split(":")[1] not in caplog.text


async def test_rejected_html_is_resent_as_plain_text(bot: Harness) -> None:
    bot.fake.fail_next("sendMessage", Fault("entities"))
    (reply,) = await bot.say(42, QUESTION)
    assert reply.parse_mode is None and "<b>" not in reply.text
    assert reply.text.startswith("Qais al-Khazali [1]") and "“Qais al-Khazali, head of" in reply.text


async def test_long_messages_are_split_below_the_limit(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(12):
        title = f"Story {n} " + "with an extraordinarily long headline & more " * 12
        (corpus / f"s{n}.md").write_text(f"---\ntitle: {title}\ndate: 2020-01-0{n % 9 + 1}\n---\n"
                                         f"Story number {n} reports on the council vote.\n", encoding="utf-8")
    settings = make_settings(tmp_path)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    chain = QAChain(Retriever.open(settings.index, settings=settings, embedder=embedder), settings=settings)
    async with running_bot(tmp_path, chain) as bot:
        parts = await bot.say(50, "/sources", replies=2)
        assert len(parts) == 2
        assert all(len(p.text) <= 4096 for p in parts)
        assert "&amp;" in parts[0].text and "Articles 1–10 of 12" in parts[0].text
        assert not parts[0].buttons and [b["text"] for b in parts[-1].buttons] == ["Next ›"]
        await bot.fake.press(parts[-1], parts[-1].buttons[0]["callback_data"])
        await bot.fake.wait_for(lambda: "Articles 11–12 of 12" in bot.fake.to(50)[-1].text)
        assert [b["text"] for b in bot.fake.to(50)[-1].buttons] == ["‹ Previous"]


# --------------------------------------------------------------------------- load and rebuilds


async def test_200_chats_at_once_each_answered_once(bot: Harness) -> None:
    chats = list(range(1000, 1200))
    for chat in chats:
        await bot.fake.user_message(chat, QUESTION)
    await bot.fake.wait_for(lambda: all(bot.fake.to(c) for c in chats), timeout=240)
    await asyncio.sleep(1.0)
    for chat in chats:
        (reply,) = bot.fake.to(chat)
        assert reply.text.startswith("Qais al-Khazali")


async def test_reindex_while_questions_are_in_flight(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / SEED_ID, corpus / SEED_ID)
    settings = make_settings(tmp_path)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    chain = QAChain(Retriever.open(settings.index, settings=settings, embedder=embedder), settings=settings)
    async with running_bot(tmp_path, chain) as bot:
        (denied,) = await bot.say(77, "/reindex")
        assert "Only the bot's admins" in denied.text
        for n in range(30):
            (corpus / f"bridge{n}.txt").write_text(stories.BRIDGE.replace("Harbour Bridge", f"Bridge {n}"),
                                                   encoding="utf-8")
        (corpus / "flood.txt").write_text(stories.FLOOD, encoding="utf-8")
        await bot.fake.user_message(ADMIN, "/reindex")
        askers = list(range(300, 310))
        for chat in askers:
            await bot.fake.user_message(chat, QUESTION)
        await bot.fake.wait_for(lambda: any("Done:" in m.text for m in bot.fake.to(ADMIN)), timeout=240)
        await bot.fake.wait_for(lambda: all(bot.fake.to(c) for c in askers), timeout=120)
        for chat in askers:
            (reply,) = bot.fake.to(chat)
            assert reply.text.startswith("Qais al-Khazali")
        done = next(m for m in bot.fake.to(ADMIN) if "Done:" in m.text)
        assert "added 31" in done.text
        (flood,) = await bot.say(301, "How many people were forced from their homes near Linz?")
        assert flood.text.startswith("300") and "River floods farmland" in flood.text
