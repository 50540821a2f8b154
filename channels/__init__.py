"""Input channels that Rasa 3.6.21's own connectors need help with (see each module)."""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus

from sanic import Blueprint, response
from sanic.request import Request

# (HTTP status, reason) when a POST cannot be a real request of the channel, or None
Check = Callable[[Request], "tuple[int, str] | None"]


def refuse_malformed(webhook: Blueprint, check: Check, as_json: bool = False) -> Blueprint:
    """Answers POSTs to the channel's routes that ``check`` refuses with its 4xx."""

    @webhook.middleware("request")
    async def reject_malformed(request: Request):
        found = check(request) if request.method == "POST" else None
        if found is None:
            return None
        status, reason = found
        headers = {"Retry-After": "60"} if status == HTTPStatus.TOO_MANY_REQUESTS else None
        if as_json:
            return response.json({"error": reason}, status=status, headers=headers)
        return response.text(reason, status=status, headers=headers)

    return webhook
