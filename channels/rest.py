"""Rasa's REST channel with strict input checks.

Referenced from credentials.yml as ``channels.rest.RestInput``; it keeps the
name ``rest`` (``POST /webhooks/rest/webhook``) and everything Rasa's channel
does. Requests it could only misread get a clear 4xx instead: a content type
other than JSON (415), a body that is not a JSON object, or a ``sender`` or
``message`` that is not a string (400). Rasa's own channel parses any body as
JSON whatever its type and fails with 500 on a non-object.

It also refuses a ``sender`` that cannot be a conversation id (400: control
characters, lone surrogates, over 128 characters; see ``channels.guards``),
``metadata`` over the size limit (413), and a client address over its rate
limit (429 with Retry-After; ``RATE_LIMIT_PER_ADDRESS``).
"""

from __future__ import annotations

import json
from http import HTTPStatus

from rasa.core.channels import rest
from sanic import Blueprint
from sanic.request import Request

from channels import guards, refuse_malformed


def problem(request: Request) -> tuple[int, str] | None:
    if not guards.per_address.allow(request.ip):
        return HTTPStatus.TOO_MANY_REQUESTS, guards.SLOW_DOWN
    content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if content_type != "application/json":
        return HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json"
    try:
        body = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        return HTTPStatus.BAD_REQUEST, "the body is not valid JSON (UTF-8)"
    if not isinstance(body, dict):
        return HTTPStatus.BAD_REQUEST, "the body must be a JSON object"
    for key in ("sender", "message"):
        if key in body and body[key] is not None and not isinstance(body[key], str):
            return HTTPStatus.BAD_REQUEST, f"'{key}' must be a string"
    if body.get("sender") is not None and guards.conversation_id(body["sender"]) is None:
        return HTTPStatus.BAD_REQUEST, ("'sender' must be 1-128 characters of letters, digits "
                                        "and . _ : @ + = -")
    if "metadata" in body and body["metadata"] is not None \
            and not isinstance(body["metadata"], dict):
        return HTTPStatus.BAD_REQUEST, "'metadata' must be an object"
    too_big = guards.metadata_problem(body.get("metadata"))
    if too_big:
        return HTTPStatus.REQUEST_ENTITY_TOO_LARGE, too_big
    return None


class RestInput(rest.RestInput):
    def blueprint(self, on_new_message) -> Blueprint:
        return refuse_malformed(super().blueprint(on_new_message), problem, as_json=True)
