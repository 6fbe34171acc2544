"""Telegram handlers: small async functions, one per kind of update."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import traceback
from collections.abc import Awaitable, Callable, Sequence

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.limits import Budget, UserLimiter, allowed
from bot.render import (
    PAGE,
    Button,
    plain_text,
    render_about,
    render_answer,
    render_help,
    render_passage,
    render_sources,
    split_html,
)
from bot.service import AnswerService
from newsdesk.settings import Settings

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
TYPING_EVERY = 4.5  # seconds; Telegram shows "typing…" for about 5 seconds

NOT_TEXT = ("I can only read text questions. Ask me about the news, for example: "
            "“Who leads Asaib Ahl al-Haq?”")
EMPTY = "Please type a question, for example: “How many U.S. troops are in Iraq?”"
APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment."
REFUSAL = "Sorry, this bot is private. Ask its operator to add this chat to the allowlist."


def _service(context: Context) -> AnswerService:
    return context.bot_data["service"]  # type: ignore[no-any-return]


def _settings(context: Context) -> Settings:
    return context.bot_data["settings"]  # type: ignore[no-any-return]


def _limiter(context: Context) -> UserLimiter:
    return context.bot_data["limiter"]  # type: ignore[no-any-return]


def _keyboard(buttons: Sequence[Button]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows = [buttons[i : i + 8] for i in range(0, len(buttons), 8)]
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in rows])


async def _retrying(call: Callable[[], Awaitable[Message]], retries: int) -> Message:
    """Retry a send on network errors (429s are retried by the rate limiter)."""
    for attempt in range(retries + 1):
        try:
            return await call()
        except (BadRequest, Forbidden, RetryAfter):
            raise
        except NetworkError as exc:
            if attempt == retries:
                raise
            log.warning("send failed (%s); retry %d of %d", type(exc).__name__, attempt + 1, retries)
            await asyncio.sleep(0.5 * 2**attempt)
    raise AssertionError("unreachable")


async def send_html(context: Context, chat_id: int, text: str, buttons: Sequence[Button] = (),
                    reply_to: int | None = None) -> None:
    """Send HTML split under Telegram's limit; buttons go on the last part; plain text if rejected."""
    retries = _settings(context).send_retries
    chunks = split_html(text)
    for number, chunk in enumerate(chunks):
        markup = _keyboard(buttons) if number == len(chunks) - 1 else None
        reply = (ReplyParameters(reply_to, allow_sending_without_reply=True)
                 if reply_to and number == 0 else None)

        async def send(body: str, parse_mode: str | None, markup=markup, reply=reply) -> Message:  # type: ignore[no-untyped-def]
            return await context.bot.send_message(
                chat_id=chat_id, text=body, parse_mode=parse_mode, reply_markup=markup,
                reply_parameters=reply, link_preview_options=LinkPreviewOptions(is_disabled=True))

        try:
            await _retrying(lambda c=chunk: send(c, ParseMode.HTML), retries)
        except BadRequest as exc:
            if "parse entities" not in str(exc).lower() and "can't find end" not in str(exc).lower():
                raise
            log.warning("Telegram rejected the HTML (%s); sending plain text", exc)
            await _retrying(lambda c=chunk: send(plain_text(c), None), retries)


async def _keep_typing(context: Context, chat_id: int, stop: asyncio.Event) -> None:
    # Typing indicators share Telegram's ~30 requests/s with the answers; under load they are
    # what gives way (a global budget), so answers are never queued behind them.
    budget: Budget = context.bot_data["typing_budget"]
    while not stop.is_set():
        if budget.take():
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(chat_id=chat_id, action=ChatAction.TYPING)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), TYPING_EVERY)


async def _admitted(update: Update, context: Context) -> bool:
    """Whether the chat or user is allowed; others get one polite refusal, then silence."""
    settings = _settings(context)
    chat, user = update.effective_chat, update.effective_user
    if allowed(settings.allowed_chats, user.id if user else None, chat.id if chat else None):
        return True
    refused: set[int] = context.bot_data.setdefault("refused", set())
    if chat is not None and chat.id not in refused:
        refused.add(chat.id)
        await send_html(context, chat.id, html.escape(REFUSAL))
    log.info("refused chat %s user %s", chat.id if chat else None, user.id if user else None)
    return False


# --------------------------------------------------------------------------- questions


def addressed_text(message: Message, username: str | None, bot_id: int) -> str | None:
    """In a group: the question if the message mentions or replies to the bot, else None."""
    text = message.text or ""
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == bot_id)
    mentions = message.parse_entities([MessageEntity.MENTION])
    handle = f"@{username}".lower() if username else None
    for value in mentions.values():
        if handle and value.lower() == handle:
            return " ".join(text.replace(value, " ", 1).split())
    text_mentions = message.parse_entities([MessageEntity.TEXT_MENTION])
    if any(e.user and e.user.id == bot_id for e in text_mentions):
        return text.strip()
    return text.strip() if to_bot else None


async def on_text(update: Update, context: Context) -> None:
    """A text message: in private every message is a question; in groups only when addressed."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if chat.type == ChatType.PRIVATE:
        question = message.text or ""
    else:
        question = addressed_text(message, context.bot.username, context.bot.id)
        if question is None:
            return
    await answer_question(update, context, question)


async def on_ask(update: Update, context: Context) -> None:
    """/ask <question>, mainly for groups."""
    message = update.effective_message
    if message is None:
        return
    parts = (message.text or "").split(maxsplit=1)
    await answer_question(update, context, parts[1] if len(parts) > 1 else "")


async def answer_question(update: Update, context: Context, question: str) -> None:
    """Check, rate-limit, answer off the loop with a typing indicator, and reply."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None or not await _admitted(update, context):
        return
    settings = _settings(context)
    question = question.strip()
    if not question:
        await send_html(context, chat.id, html.escape(EMPTY), reply_to=message.message_id)
        return
    if len(question) > settings.max_question_chars:
        await send_html(context, chat.id, html.escape(
            f"That question is {len(question)} characters long; please keep it under "
            f"{settings.max_question_chars}."), reply_to=message.message_id)
        return
    limiter = _limiter(context)
    ok, wait = limiter.acquire(user.id)
    if not ok:
        text = ("I'm still answering your previous question; please wait for it." if wait == 0 else
                f"You've asked {limiter.per_minute} questions in the last minute; please try again "
                f"in {max(1, round(wait))} seconds.")
        await send_html(context, chat.id, html.escape(text), reply_to=message.message_id)
        return
    stop = asyncio.Event()
    typing = asyncio.create_task(_keep_typing(context, chat.id, stop))
    try:
        answer = await _service(context).answer((chat.id, user.id), question)
        body, buttons = render_answer(answer)
        await send_html(context, chat.id, body, buttons, reply_to=message.message_id)
    finally:
        stop.set()
        limiter.release(user.id)
        await typing


# --------------------------------------------------------------------------- commands


async def on_start(update: Update, context: Context) -> None:
    """/start and /help: what the bot knows and how to ask."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None or not await _admitted(update, context):
        return
    stats = await _service(context).run(lambda: _service(context).retriever.stats())
    text = render_help(stats, group=chat.type != ChatType.PRIVATE, username=context.bot.username)  # type: ignore[arg-type]
    await send_html(context, chat.id, text)


async def on_sources(update: Update, context: Context) -> None:
    """/sources: the first page of articles in the index."""
    chat = update.effective_chat
    if chat is None or not await _admitted(update, context):
        return
    text, buttons = await _sources_page(context, 0)
    await send_html(context, chat.id, text, buttons)


async def _sources_page(context: Context, offset: int) -> tuple[str, list[Button]]:
    service = _service(context)

    def page() -> tuple[str, list[Button]]:
        total = int(service.retriever.stats()["articles"])  # type: ignore[call-overload]
        return render_sources(service.retriever.articles(limit=PAGE, offset=offset), offset, total)

    return await service.run(page)  # type: ignore[return-value]


async def on_about(update: Update, context: Context) -> None:
    """/about: index version and size."""
    chat = update.effective_chat
    if chat is None or not await _admitted(update, context):
        return
    service = _service(context)
    stats = await service.run(lambda: service.retriever.stats())
    answerer = service.settings.llm or "extractive (offline)"
    await send_html(context, chat.id, render_about(stats, answerer))  # type: ignore[arg-type]


async def on_new(update: Update, context: Context) -> None:
    """/new: forget this conversation's history."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or not await _admitted(update, context):
        return
    _service(context).forget((chat.id, user.id))
    await send_html(context, chat.id, "Okay, a fresh start: I've forgotten our conversation.")


async def on_reindex(update: Update, context: Context) -> None:
    """/reindex (admins): rebuild in the background; the new index is used once complete."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or not await _admitted(update, context):
        return
    if user.id not in _settings(context).admins:
        await send_html(context, chat.id, "Only the bot's admins can rebuild the index.")
        return
    await send_html(context, chat.id, "Rebuilding the index in the background; I keep answering "
                    "from the current one until the new one is complete.")

    async def rebuild() -> None:
        try:
            report = await _service(context).rebuild()
        except Exception as exc:  # reported to the admin, logged with traceback
            log.exception("rebuild failed")
            await send_html(context, chat.id, html.escape(f"The rebuild failed: {exc}".splitlines()[0]))
            return
        text = ("A rebuild is already running." if report is None else
                f"Done: {report.summary()}")
        await send_html(context, chat.id, html.escape(text))

    context.application.create_task(rebuild(), update=update)


# --------------------------------------------------------------------------- other updates


async def on_not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice and the like in a private chat: a friendly explanation."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None or not await _admitted(update, context):
        return
    await send_html(context, chat.id, html.escape(NOT_TEXT), reply_to=message.message_id)


async def on_button(update: Update, context: Context) -> None:
    """Inline buttons: [n] shows a source's full passage; ‹ › page through /sources."""
    query = update.callback_query
    if query is None:
        return
    data = query.data or ""
    chat = update.effective_chat
    if not await _admitted(update, context) or chat is None:
        await query.answer()
        return
    service = _service(context)
    if data.startswith("p:") and data[2:].isdigit():
        hit = await service.run(lambda: service.retriever.passage(int(data[2:])))
        if hit is None:
            await query.answer("That source is no longer in the index.", show_alert=True)
            return
        await query.answer()
        reply_to = query.message.message_id if query.message else None
        await send_html(context, chat.id, render_passage(hit), reply_to=reply_to)  # type: ignore[arg-type]
    elif data.startswith("s:") and data[2:].isdigit():
        await query.answer()
        text, buttons = await _sources_page(context, int(data[2:]))
        with contextlib.suppress(BadRequest):  # "message is not modified"
            await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=_keyboard(buttons))
    else:
        await query.answer()


async def on_error(update: object, context: Context) -> None:
    """Log every failure with its traceback, tell the developer chat, apologise to the user."""
    error = context.error
    log.error("update failed: %s", error, exc_info=error)
    settings = _settings(context)
    if settings.developer_chat:
        trace = "".join(traceback.format_exception(None, error, error.__traceback__ if error else None))
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(settings.developer_chat,
                                           f"<pre>{html.escape(trace[-3500:])}</pre>",
                                           parse_mode=ParseMode.HTML)
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(update.effective_chat.id, APOLOGY)
