"""A fake Telegram Bot API server on 127.0.0.1 (aiohttp), for end-to-end tests of the real bot.

It speaks the Bot API as python-telegram-bot uses it: form-encoded requests with non-string
values JSON-encoded, long-polling getUpdates that keeps updates until a later offset confirms
them, entities on user messages, and Telegram's own errors (message too long, bad HTML).
Faults can be scripted per method: HTTP 429 with retry_after, 502, or a dropped connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

BOT_ID = 7_000_001
BOT_USERNAME = "newsdesk_test_bot"
_PLAIN_KEYS = {"text", "callback_query_id", "parse_mode", "action", "url", "secret_token", "caption",
               "message_thread_id", "description"}
_ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                 "tg-spoiler", "span", "blockquote", "tg-emoji"}


@dataclass
class Fault:
    """A scripted failure for the next call of a method."""

    kind: str  # "429", "502", "drop" or "entities"
    retry_after: int = 1


@dataclass
class Sent:
    """A message the bot sent."""

    chat_id: int
    message_id: int
    text: str
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    reply_to: int | None
    at: float = field(default_factory=time.monotonic)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline buttons, row by row, flattened."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [b for row in rows for b in row]


class _HTMLCheck(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.error: str | None = None
        self.length = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED_TAGS:
            self.error = f"unsupported start tag \"{tag}\""
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = f"can't find end tag corresponding to start tag \"{tag}\""
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.length += len(data)


def entities_for(text: str) -> list[dict[str, Any]]:
    """The bot_command and mention entities Telegram adds to a user's message (UTF-16 offsets)."""
    out = []
    for match in re.finditer(r"(?<!\S)/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?|@[A-Za-z0-9_]{5,}", text):
        kind = "bot_command" if match.group(0).startswith("/") else "mention"
        if kind == "bot_command" and match.start() != 0:
            continue
        offset = len(text[: match.start()].encode("utf-16-le")) // 2
        length = len(match.group(0).encode("utf-16-le")) // 2
        out.append({"type": kind, "offset": offset, "length": length})
    return out


class FakeTelegram:
    """Bot API server state: pending updates, sent messages, scripted faults."""

    def __init__(self, token: str):
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.faults: dict[str, deque[Fault]] = {}
        self._next_update = 1
        self._next_message: dict[int, int] = {}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        app.router.add_get("/bot{token}/{method}", self._dispatch)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # ------------------------------------------------------------------ test side

    def _message_id(self, chat_id: int) -> int:
        self._next_message[chat_id] = self._next_message.get(chat_id, 0) + 1
        return self._next_message[chat_id]

    async def _push(self, update: dict[str, Any]) -> int:
        update["update_id"] = self._next_update
        self._next_update += 1
        async with self._changed:
            self.updates.append(update)
            self._changed.notify_all()
        return update["update_id"]

    def _chat(self, chat_id: int, chat_type: str) -> dict[str, Any]:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
        return {"id": chat_id, "type": chat_type, "title": f"Group {chat_id}"}

    async def user_message(self, chat_id: int, text: str | None = None, *, user_id: int | None = None,
                           chat_type: str = "private", reply_to: Sent | None = None,
                           kind: str = "text") -> dict[str, Any]:
        """A message from a user; `kind` may be text, sticker, photo or voice."""
        user_id = user_id if user_id is not None else chat_id
        message: dict[str, Any] = {
            "message_id": self._message_id(chat_id), "date": int(time.time()),
            "chat": self._chat(chat_id, chat_type),
            "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
        }
        if kind == "text":
            message["text"] = text or ""
            entities = entities_for(text or "")
            if entities:
                message["entities"] = entities
        elif kind == "sticker":
            message["sticker"] = {"file_id": "s1", "file_unique_id": "s1u", "width": 512, "height": 512,
                                  "is_animated": False, "is_video": False, "type": "regular"}
        elif kind == "photo":
            message["photo"] = [{"file_id": "p1", "file_unique_id": "p1u", "width": 90, "height": 90}]
        elif kind == "voice":
            message["voice"] = {"file_id": "v1", "file_unique_id": "v1u", "duration": 2}
        if reply_to is not None:
            message["reply_to_message"] = self._bot_message(reply_to)
        await self._push({"message": message})
        return message

    def _bot_message(self, sent: Sent) -> dict[str, Any]:
        return {"message_id": sent.message_id, "date": int(time.time()),
                "chat": {"id": sent.chat_id, "type": "private" if sent.chat_id > 0 else "supergroup",
                         "first_name": "x", "title": "x"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Newsdesk", "username": BOT_USERNAME},
                "text": sent.text}

    async def press(self, sent: Sent, data: str, *, user_id: int | None = None) -> None:
        """A user pressing an inline button of a message the bot sent."""
        user_id = user_id if user_id is not None else sent.chat_id
        await self._push({"callback_query": {
            "id": f"cq{self._next_update}", "chat_instance": "ci", "data": data,
            "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
            "message": self._bot_message(sent),
        }})

    def to(self, chat_id: int) -> list[Sent]:
        """Messages sent to one chat, in order."""
        return [m for m in self.sent if m.chat_id == chat_id]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of a method."""
        return [params for name, params in self.calls if name == method]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 60.0) -> None:
        """Wait until predicate() holds (checked whenever the bot calls the API)."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the bot did not do what was expected in time")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)

    def fail_next(self, method: str, *faults: Fault) -> None:
        """Script failures for the next calls of `method`."""
        self.faults.setdefault(method, deque()).extend(faults)

    # ------------------------------------------------------------------ server side

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if key in _PLAIN_KEYS or not isinstance(value, str):
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        return params

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"},
                                     status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        queue = self.faults.get(method)
        fault = queue.popleft() if queue else None
        if fault is not None and fault.kind == "drop":
            assert request.transport is not None
            request.transport.close()  # the connection dies before any response
            raise ConnectionResetError("dropped by the fake")
        if fault is not None and fault.kind == "429":
            return web.json_response({"ok": False, "error_code": 429,
                                      "description": f"Too Many Requests: retry after {fault.retry_after}",
                                      "parameters": {"retry_after": fault.retry_after}}, status=429)
        if fault is not None and fault.kind == "502":
            return web.Response(status=502, text="Bad Gateway")
        handler = getattr(self, f"_{method}", None)
        if method != "getUpdates":
            self.calls.append((method, params))
        if handler is None:
            result: Any = True
        else:
            try:
                result = await handler(params, fault)
            except _ApiError as error:
                return web.json_response({"ok": False, "error_code": error.code,
                                          "description": error.description}, status=error.code)
        async with self._changed:
            self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    async def _getMe(self, params: dict[str, Any], fault: Fault | None) -> dict[str, Any]:  # noqa: N802
        return {"id": BOT_ID, "is_bot": True, "first_name": "Newsdesk", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _getUpdates(self, params: dict[str, Any], fault: Fault | None) -> list[dict[str, Any]]:  # noqa: N802
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        async with self._changed:
            # Updates below the offset are confirmed: Telegram forgets them.
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())
                except TimeoutError:
                    break
            return self.updates[:limit]

    def _check_text(self, text: str, parse_mode: str | None, fault: Fault | None) -> None:
        length = len(text)
        if parse_mode == "HTML":
            check = _HTMLCheck()
            check.feed(text)
            check.close()
            if fault is not None and fault.kind == "entities":
                check.error = "unsupported start tag \"scripted\""
            if check.error or check.stack:
                raise _ApiError(400, "Bad Request: can't parse entities: "
                                     f"{check.error or 'unclosed tag'} at byte offset 0")
            length = check.length
        if length > 4096:
            raise _ApiError(400, "Bad Request: message is too long")
        if not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")

    async def _sendMessage(self, params: dict[str, Any], fault: Fault | None) -> dict[str, Any]:  # noqa: N802
        text = str(params.get("text", ""))
        self._check_text(text, params.get("parse_mode"), fault)
        chat_id = int(params["chat_id"])
        reply = params.get("reply_parameters") or {}
        sent = Sent(chat_id, self._message_id(chat_id), text, params.get("parse_mode"),
                    params.get("reply_markup"), reply.get("message_id"))
        self.sent.append(sent)
        return self._bot_message(sent)

    async def _editMessageText(self, params: dict[str, Any], fault: Fault | None) -> dict[str, Any]:  # noqa: N802
        text = str(params.get("text", ""))
        self._check_text(text, params.get("parse_mode"), fault)
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        for sent in self.sent:
            if sent.chat_id == chat_id and sent.message_id == message_id:
                sent.text, sent.reply_markup = text, params.get("reply_markup")
                return self._bot_message(sent)
        raise _ApiError(400, "Bad Request: message to edit not found")


class _ApiError(Exception):
    def __init__(self, code: int, description: str):
        super().__init__(description)
        self.code = code
        self.description = description
