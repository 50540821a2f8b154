"""A Telegram channel that works with the aiogram release installed beside Rasa 3.6.21.

Referenced from credentials.yml as ``channels.telegram.TelegramInput``
(webhook ``/webhooks/telegram/webhook``). Rasa's own connector creates the
bot's HTTP session inside a throw-away event loop at start-up (``asyncio.run``
of ``set_webhook``), so every later reply fails with "Event loop is closed",
and it asks Telegram who the bot is on every update. This one:

- creates the bot inside the server's loop and registers the webhook after the
  server has started (with the secret, when one is configured);
- checks ``X-Telegram-Bot-Api-Secret-Token`` against ``secret_token`` in
  constant time when a secret is configured (403 otherwise);
- takes ``api_url`` (Telegram's Bot API by default; a fake one in the tests);
- answers a malformed update with 400, and an unsupported update with 200 and
  nothing sent, as Telegram expects;
- turns Telegram's "/start" into a greeting;
- sends buttons as an inline keyboard, one button per row (long payloads fall
  back to the button's title: Telegram allows 64 bytes of callback data).
"""

from __future__ import annotations

import hmac
import json
import logging
from http import HTTPStatus
from typing import Any

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Update
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request

logger = logging.getLogger(__name__)

TELEGRAM_API_URL = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_CALLBACK_DATA = 64
IGNORED = "ignored"


class TelegramOutput(Bot, OutputChannel):
    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, access_token: str, api_url: str = TELEGRAM_API_URL) -> None:
        Bot.__init__(self, access_token, server=TelegramAPIServer.from_base(api_url))

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for part in text.strip().split("\n\n"):
            await self.send_message(recipient_id, part)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.send_photo(recipient_id, image)

    async def send_text_with_buttons(self, recipient_id: str, text: str,
                                     buttons: list[dict[str, Any]], **kwargs: Any) -> None:
        keyboard = InlineKeyboardMarkup()
        for button in buttons:
            data = button.get("payload") or button["title"]
            if len(data.encode()) > MAX_CALLBACK_DATA:
                data = button["title"][:MAX_CALLBACK_DATA]
            keyboard.row(InlineKeyboardButton(button["title"], callback_data=data))
        await self.send_message(recipient_id, text, reply_markup=keyboard)

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any],
                               **kwargs: Any) -> None:
        text = json_message.get("text")
        if isinstance(text, str) and text:
            await self.send_message(json_message.get("chat_id", recipient_id), text)


class TelegramInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(
            access_token=credentials.get("access_token"),
            verify=credentials.get("verify"),
            webhook_url=credentials.get("webhook_url"),
            secret_token=credentials.get("secret_token") or None,
            api_url=credentials.get("api_url") or TELEGRAM_API_URL,
        )

    def __init__(self, access_token: str, verify: str | None, webhook_url: str | None,
                 secret_token: str | None = None, api_url: str = TELEGRAM_API_URL) -> None:
        self.access_token = access_token
        self.verify = verify
        self.webhook_url = webhook_url
        self.secret_token = secret_token
        self.api_url = api_url.rstrip("/")
        self._output: TelegramOutput | None = None

    def get_output_channel(self) -> TelegramOutput:
        """The bot, created on first use: inside the server's running event loop."""
        if self._output is None:
            self._output = TelegramOutput(self.access_token, self.api_url)
        return self._output

    async def register_webhook(self) -> None:
        if not self.webhook_url:
            logger.warning("Telegram: no webhook_url configured; not registering a webhook.")
            return
        data = {"url": self.webhook_url}
        if self.secret_token:
            data["secret_token"] = self.secret_token
        try:
            await self.get_output_channel().request("setWebhook", data)
            logger.info("Telegram webhook registered: %s", self.webhook_url)
        except Exception as error:  # the server keeps serving the other channels
            logger.error("Telegram: could not register the webhook: %s", error)

    def _authentic(self, request: Request) -> bool:
        if not self.secret_token:
            return True
        given = request.headers.get(SECRET_HEADER, "")
        return hmac.compare_digest(given.encode(), self.secret_token.encode())

    @staticmethod
    def _parse(request: Request) -> Update | None:
        try:
            body = json.loads(request.body or b"")
            if not isinstance(body, dict) or not isinstance(body.get("update_id"), int):
                return None
            return Update(**body)
        except Exception:
            return None

    def _message(self, update: Update) -> tuple[str, str] | str | None:
        """(chat id, text) to answer, IGNORED, or None for a malformed update."""
        if update.callback_query:
            query = update.callback_query
            if not isinstance(query.data, str) or not query.message:
                return None
            return self._chat_id(query.message), query.data
        message = update.message
        if message is None:
            return IGNORED if update.edited_message or update.channel_post else None
        chat_id = self._chat_id(message)
        if message.text is None:
            return IGNORED
        if not isinstance(message.text, str):
            return None
        if not self._chat_allowed(message):
            return IGNORED
        text = message.text
        if self.verify:
            text = text.replace(f"@{self.verify}", "").strip()
        return chat_id, text

    @staticmethod
    def _chat_id(message) -> str:
        chat_id = message.chat.id
        if not isinstance(chat_id, int):
            raise ValueError("no chat id")
        return str(chat_id)

    def _chat_allowed(self, message) -> bool:
        # With `verify` set to the bot's username, only private chats and messages
        # addressed to the bot ("@name") are answered in groups.
        return message.chat.type == "private" or not self.verify or \
            f"@{self.verify}" in (message.text or "")

    def blueprint(self, on_new_message) -> Blueprint:
        telegram_webhook = Blueprint("telegram_webhook", __name__)

        @telegram_webhook.listener("after_server_start")
        async def start(app, loop) -> None:
            await self.register_webhook()

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request):
            if not self._authentic(request):
                return response.text("wrong secret token", status=HTTPStatus.FORBIDDEN)
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip()
            if content_type.lower() != "application/json":
                return response.text("Content-Type must be application/json",
                                     status=HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
            update = self._parse(request)
            if update is None:
                return response.text("not a Telegram update", status=HTTPStatus.BAD_REQUEST)
            out = self.get_output_channel()
            try:
                found = self._message(update)
            except (AttributeError, TypeError, ValueError):
                found = None
            if found is None:
                return response.text("not a usable Telegram update",
                                     status=HTTPStatus.BAD_REQUEST)
            if found == IGNORED:
                return response.text("ignored")  # edits, stickers, joins: nothing to answer
            chat_id, text = found
            if update.callback_query:
                try:
                    await out.answer_callback_query(update.callback_query.id)
                except Exception as error:
                    logger.debug("answerCallbackQuery failed: %s", error)
            if not text:
                return response.text("ignored")
            if text.split("@")[0].strip() == "/start":
                text = "/greet"  # Telegram's "Start" button opens every chat
            await on_new_message(UserMessage(text, out, chat_id,
                                             input_channel=self.name(),
                                             metadata=self.get_metadata(request)))
            return response.text("success")

        return telegram_webhook
