"""Rasa's socket.io channel (the website widget's), hardened.

Referenced from credentials.yml as ``channels.socketio.SocketIOInput``; it keeps
the name ``socketio``, the events (``session_request``, ``session_confirm``,
``user_uttered``, ``bot_uttered``) and session persistence of
``rasa.core.channels.socketio.SocketIOInput``. It changes:

- Origins: a handshake whose ``Origin`` header is not one of ``allowed_origins``
  (credentials; ``WEB_ORIGINS``, the website's own origin by default; the Rasa
  server's own origin when empty) is refused with 400. The server's ``--cors``
  must list the same origins (``make run`` passes ``WEB_ORIGINS`` to both). Rasa's
  channel accepted every origin, and ``--cors`` covers REST only. Clients that
  send no Origin (server-side clients, the tests) are not affected.
- Conversation ids: a ``session_id`` that ``channels.guards`` refuses (control
  characters, lone surrogates, over 128 characters) disconnects the socket
  without touching the tracker store.
- Limits: a frame over ``max_frame_bytes`` (64 KB) is refused by engine.io;
  metadata over the size limit is dropped; connections and messages count
  against the client address's rate limit (a friendly "slow down" instead of
  an answer).
- Malformed frames and events (not socket.io, a message that is not text, data
  that is not an object, metadata that is not JSON) cost one log line, not a
  traceback; a malformed frame also disconnects its client.
- ``enter_room`` is awaited when it is a coroutine (python-socketio >= 5.10):
  Rasa 3.6.21 calls it without ``await``, so session persistence lost every
  reply on newer python-socketio releases.
"""

from __future__ import annotations

import inspect
import json
import logging
import uuid
from typing import Any

import engineio
from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import UserMessage, decode_bearer_token
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer, packet

from channels import guards

logger = logging.getLogger(__name__)
MAX_FRAME_BYTES = 64 * 1024


class TextOnlyPacket(packet.Packet):
    """A socket.io packet that may not announce binary attachments.

    The widget sends text only. python-socketio keeps a binary event in memory
    until every attachment it announces has arrived (5.9.0 kept it even after the
    client left: 586 MB from 10 connections, never freed); refusing the
    announcement means nothing is ever held.
    """

    def decode(self, encoded_packet: Any) -> int:
        attachments = super().decode(encoded_packet) or 0
        if attachments:
            raise ValueError(f"{attachments} binary attachments announced; none are accepted")
        return attachments


class GuardedEngineIO(engineio.AsyncServer):
    """engine.io that refuses requests from origins not in ``allowed_origins`` with 400
    (engine.io's own check would add a second Access-Control-Allow-Origin header to
    the one Rasa's ``--cors`` adds, which browsers reject), and answers a request for
    a session that closed a moment before with 400 (python-engineio 4.15.1 raises
    KeyError there: a 500 and a traceback)."""

    allowed_origins: tuple[str, ...] = ()

    async def handle_request(self, *args: Any, **kwargs: Any) -> Any:
        origin = getattr(args[0], "headers", {}).get("origin") if args else None
        if origin and self.allowed_origins and origin.rstrip("/") not in self.allowed_origins:
            logger.info("socket.io: request from origin %.100r refused", origin)
            return self._refuse(args, kwargs, b"Not an accepted origin.")
        try:
            return await super().handle_request(*args, **kwargs)
        except KeyError:
            return self._refuse(args, kwargs, b"Session is disconnected")

    def _refuse(self, args: tuple, kwargs: dict, reason: bytes) -> Any:
        environ = self._async["translate_request"](*args, **kwargs)
        return self._async["make_response"]("400 BAD REQUEST", [("Content-Type", "text/plain")],
                                            reason, environ)


class GuardedServer(AsyncServer):
    """A socket.io server that accepts text frames only and answers a malformed frame
    with one log line and a disconnect; python-socketio logs a full traceback for each
    (365 times the frame's size in the log)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(serializer=TextOnlyPacket, **kwargs)

    def _engineio_server_class(self) -> type:
        return GuardedEngineIO

    async def _handle_eio_message(self, eio_sid: str, data: Any) -> Any:
        try:
            if not isinstance(data, str):
                raise ValueError("a binary frame")
            return await super()._handle_eio_message(eio_sid, data)
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
            logger.info("socket.io: malformed frame of %d bytes (%s: %.80s); disconnected",
                        len(data or ""), type(error).__name__, str(error))
            # not awaited here: closing a polling session inside its own POST deadlocks
            self.start_background_task(self.eio.disconnect, eio_sid)


def origins(value: Any) -> list[str]:
    """A list of origins from a list or a comma/space separated string."""
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return [str(origin).rstrip("/") for origin in value or [] if str(origin).strip()]


class SocketIOInput(rasa_socketio.SocketIOInput):
    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SocketIOInput:
        credentials = credentials or {}
        channel = super().from_credentials(credentials)
        channel.allowed_origins = origins(credentials.get("allowed_origins"))
        channel.max_frame_bytes = int(credentials.get("max_frame_bytes") or MAX_FRAME_BYTES)
        channel.ping_interval = float(credentials.get("ping_interval") or 25)
        return channel

    def address(self, sid: str) -> str:
        return self.addresses.get(sid, "?")

    def blueprint(self, on_new_message) -> Blueprint:
        allowed = getattr(self, "allowed_origins", [])
        # with origins configured, GuardedEngineIO checks them and Rasa's --cors adds the
        # header; without, engine.io's own same-origin check
        sio = GuardedServer(async_mode="sanic", cors_allowed_origins=[] if allowed else None,
                            max_http_buffer_size=getattr(self, "max_frame_bytes", MAX_FRAME_BYTES),
                            ping_interval=getattr(self, "ping_interval", 25))
        webhook = rasa_socketio.SocketBlueprint(sio, self.socketio_path, "socketio_webhook",
                                                __name__)
        sio.eio.allowed_origins = tuple(allowed)
        self.sio = sio
        self.addresses: dict[str, str] = {}
        namespace = self.namespace

        @webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: str, environ: dict, auth: Any = None) -> bool:
            request = environ.get("sanic.request")
            address = getattr(request, "ip", None) or environ.get("REMOTE_ADDR") or "?"
            if not guards.per_address.allow(address):
                logger.info("socket.io: connection from %s refused (rate limit)", address)
                return False
            if self.jwt_key and not self._authorised(auth):
                return False
            self.addresses[sid] = address
            return True

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: str) -> None:
            self.addresses.pop(sid, None)

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any = None) -> None:
            data = data if isinstance(data, dict) else {}
            requested = data.get("session_id")
            session_id = uuid.uuid4().hex if requested is None \
                else guards.conversation_id(requested)
            if session_id is None:
                logger.warning("socket.io: %s asked for an unacceptable session id; "
                               "disconnected", self.address(sid))
                await sio.disconnect(sid, namespace=namespace)
                return
            if self.session_persistence:
                entered = sio.enter_room(sid, session_id, namespace=namespace)
                if inspect.isawaitable(entered):
                    await entered
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Any = None) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message", ""), str):
                logger.info("socket.io: malformed %s event from %s ignored",
                            self.user_message_evt, self.address(sid))
                return
            output = rasa_socketio.SocketIOOutput(sio, self.bot_message_evt)
            sender = sid
            if self.session_persistence:
                sender = guards.conversation_id(data.get("session_id"))
                if sender is None:
                    logger.warning("socket.io: message without an acceptable session id from "
                                   "%s; disconnected", self.address(sid))
                    await sio.disconnect(sid, namespace=namespace)
                    return
            if not guards.per_address.allow(self.address(sid)):
                await output.send_text_message(sender, guards.SLOW_DOWN)
                return
            await on_new_message(UserMessage(
                data.get("message", ""), output, sender, input_channel=self.name(),
                metadata=self._metadata(data.get(self.metadata_key))))

        return webhook

    def _authorised(self, auth: Any) -> bool:
        token = auth.get("token") if isinstance(auth, dict) else None
        return bool(token) and bool(decode_bearer_token(token, self.jwt_key, self.jwt_algorithm))

    @staticmethod
    def _metadata(metadata: Any) -> dict | None:
        if isinstance(metadata, str):
            try:
                metadata = json.loads(metadata)
            except ValueError:
                return None
        if guards.metadata_problem(metadata) is not None:
            return None
        return metadata
