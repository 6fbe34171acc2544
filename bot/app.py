"""Wiring: one function builds the PTB Application; one runs it (polling or webhook)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urlparse

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import handlers
from bot.limits import Budget, UserLimiter
from bot.service import AnswerService
from newsdesk.settings import Settings
from qa import QAChain

log = logging.getLogger(__name__)

NO_TOKEN = ("TELEGRAM_BOT_TOKEN is not set. In Telegram, message @BotFather, send /newbot and follow "
            "the steps; put the token it gives you in .env as TELEGRAM_BOT_TOKEN=... (never in code).")

TYPING_PER_SECOND = 5  # of Telegram's ~30 requests/s, at most this many go to typing indicators


class MissingToken(ValueError):
    """No bot token is configured."""


PRIVATE_COMMANDS = [
    BotCommand("help", "what I know and how to ask"),
    BotCommand("sources", "the articles I have read"),
    BotCommand("about", "index version and size"),
    BotCommand("new", "forget our conversation"),
]
GROUP_COMMANDS = [BotCommand("ask", "ask a question about the news"), *PRIVATE_COMMANDS]


class Redact(logging.Filter):
    """Replaces secrets (the bot token) in every log record, message and traceback alike."""

    def __init__(self, *secrets: str):
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(s in message for s in self._secrets):
            for secret in self._secrets:
                message = message.replace(secret, "<redacted>")
            record.msg, record.args = message, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if any(s in text for s in self._secrets):
                for secret in self._secrets:
                    text = text.replace(secret, "<redacted>")
                record.exc_text, record.exc_info = text, None
        return True


def quiet_http_logs() -> None:
    """Silence httpx and httpcore below warnings: they log request URLs, which hold the token."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def install_redaction(*secrets: str) -> None:
    """Redact secrets from everything the root logger's handlers write."""
    redact = Redact(*secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


async def _post_init(application: Application) -> None:
    service: AnswerService = application.bot_data["service"]
    await service.start()
    try:
        await application.bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats())
        await application.bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    except TelegramError as exc:  # commands are a convenience; the bot works without them
        log.warning("could not publish the command list: %s", exc)
    log.info("bot @%s ready", application.bot.username)


async def _post_shutdown(application: Application) -> None:
    application.bot_data["service"].close()


def build_application(settings: Settings, service: AnswerService) -> Application:
    """The Application with every handler, the rate limiter and the error handler wired."""
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        raise MissingToken(NO_TOKEN)
    quiet_http_logs()
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .concurrent_updates(True)
        .rate_limiter(AIORateLimiter(max_retries=settings.send_retries))
        .connection_pool_size(settings.http_pool)
        .pool_timeout(10.0)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url)
    if settings.telegram_base_file_url:
        builder = builder.base_file_url(settings.telegram_base_file_url)
    application = builder.build()
    application.bot_data.update(service=service, settings=settings,
                                limiter=UserLimiter(settings.rate_per_minute),
                                typing_budget=Budget(TYPING_PER_SECOND))

    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
    application.add_handler(CommandHandler(["start", "help"], handlers.on_start))
    application.add_handler(CommandHandler("sources", handlers.on_sources))
    application.add_handler(CommandHandler("about", handlers.on_about))
    application.add_handler(CommandHandler("new", handlers.on_new))
    application.add_handler(CommandHandler("ask", handlers.on_ask))
    application.add_handler(CommandHandler("reindex", handlers.on_reindex))
    application.add_handler(MessageHandler(text, handlers.on_text))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & ~filters.TEXT, handlers.on_not_text))
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_error_handler(handlers.on_error)
    return application


def run(settings: Settings, chain_factory: Callable[[], QAChain] | None = None) -> None:
    """Run the bot until SIGINT/SIGTERM; answers in flight are sent before it stops."""
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        raise MissingToken(NO_TOKEN)
    install_redaction(settings.telegram_bot_token.get_secret_value(),
                      settings.llm_api_key.get_secret_value() if settings.llm_api_key else "")
    if chain_factory is None:
        from qa import default_chain

        def chain_factory() -> QAChain:
            return default_chain(settings)

    application = build_application(settings, AnswerService(settings, chain_factory))
    if settings.webhook_url:
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        path = urlparse(settings.webhook_url).path.strip("/")
        application.run_webhook(
            listen=settings.webhook_listen, port=settings.webhook_port, url_path=path,
            webhook_url=settings.webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
