"""Rasa's Slack channel, with a configurable Web API address and strict input checks.

Referenced from credentials.yml as ``channels.slack.SlackInput``; it keeps the
name ``slack`` (webhook ``/webhooks/slack/webhook``) and every behaviour of
``rasa.core.channels.slack.SlackInput``: signature check, retry handling,
``url_verification``, buttons as Slack blocks. It adds:

- ``api_url`` (optional): where replies are posted. Slack's own API by
  default; GovSlack and the tests (a fake Slack Web API on loopback) set it.
- 4xx answers to requests Slack would never send: a content type other than
  JSON or form data (415), a body that is not valid JSON or form payload
  (400). Rasa's channel answers those with 200 or 500.
- Each signed delivery is processed once: an event id (or, for button clicks,
  the body) seen in the last 10 minutes is acknowledged and ignored. Rasa's
  channel skips only deliveries marked as timeout retries, so an exact replay
  of a signed request (valid for 5 minutes) was answered twice.
- A user or channel id that cannot be a conversation id is acknowledged and
  dropped (``channels.guards``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs

from rasa.core.channels import slack
from sanic import Blueprint, response
from sanic.request import Request
from slack_sdk.web.async_client import AsyncWebClient

from channels import guards, refuse_malformed

logger = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


class SlackBot(slack.SlackBot):
    def __init__(self, token: str, slack_channel: str | None = None,
                 thread_id: str | None = None, proxy: str | None = None,
                 api_url: str = SLACK_API_URL) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, proxy=proxy, base_url=api_url)


def malformed(request: Request) -> tuple[int, str] | None:
    """(status, reason) when a POST could not have come from Slack, or None."""
    content_type = request.headers.get("content-type")
    if content_type == JSON:
        try:
            body = json.loads(request.body or b"")
        except (ValueError, UnicodeDecodeError):
            return bad("the body is not valid JSON")
        return None if isinstance(body, dict) else bad("the body is not a JSON object")
    if content_type == FORM:
        try:
            form = parse_qs((request.body or b"").decode("utf-8"), strict_parsing=True)
            payload = json.loads(form["payload"][0])
            if not isinstance(payload, dict) or not isinstance(payload.get("actions"), list):
                return bad("the payload has no actions")
        except (ValueError, KeyError, IndexError, UnicodeDecodeError):
            return bad("the form has no valid JSON payload")
        return None
    return HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"Content-Type must be {JSON} or {FORM}"


def bad(problem: str) -> tuple[int, str]:
    return HTTPStatus.BAD_REQUEST, f"Bad request: {problem}"


class SlackInput(slack.SlackInput):
    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SlackInput:
        channel = super().from_credentials(credentials)
        channel.api_url = (credentials or {}).get("api_url") or SLACK_API_URL
        return channel

    def get_output_channel(self, channel: str | None = None,
                           thread_id: str | None = None) -> SlackBot:
        return SlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy,
                        getattr(self, "api_url", SLACK_API_URL))

    def blueprint(self, on_new_message) -> Blueprint:
        self.deliveries = guards.Deduplicator(ttl=600)
        return refuse_malformed(super().blueprint(on_new_message), malformed)

    async def process_message(self, request: Request, on_new_message, text: str,
                              sender_id: str | None, metadata: dict | None) -> Any:
        """Called for a signed user message or click: drops replays and bad ids."""
        if guards.conversation_id(sender_id) is None:
            logger.warning("Slack: dropped a message whose user/channel id is not acceptable")
            return response.text("ignored")
        retry = request.headers.get(self.retry_num_header) and \
            request.headers.get(self.retry_reason_header) in self.errors_ignore_retry
        if retry:  # Rasa acknowledges these with 201 and processes nothing
            return await super().process_message(request, on_new_message, text, sender_id,
                                                  metadata)
        body = request.json if request.headers.get("content-type") == JSON else None
        event_id = body.get("event_id") if isinstance(body, dict) else None
        key = event_id if isinstance(event_id, str) and event_id \
            else hashlib.sha256(request.body or b"").hexdigest()
        if not self.deliveries.first(key):
            logger.info("Slack: delivery %s seen before; not processed again", key[:16])
            return response.text("duplicate", headers={"X-Slack-No-Retry": "1"})
        return await super().process_message(request, on_new_message, text, sender_id,
                                              metadata)
