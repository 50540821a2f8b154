"""Local stand-ins for the Slack Web API and the Telegram Bot API, on loopback.

Each records the calls it gets and answers as the real API does for the
methods the channels use, so the tests see what Rasa would have posted.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


def _form(content_type: str, body: bytes) -> dict:
    """The fields of a urlencoded, multipart or JSON body, as plain strings."""
    if content_type.startswith("application/json"):
        return json.loads(body or b"{}")
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        return {part.get_param("name", header="content-disposition"):
                part.get_content().strip() if isinstance(part.get_content(), str)
                else part.get_content().decode()
                for part in message.iter_parts()}
    return {k: v[0] for k, v in parse_qs(body.decode()).items()}


class FakeAPI:
    """A threaded HTTP server that records calls: ``calls`` is a list of (method, fields)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict, dict]] = []
        self.lock = threading.Lock()
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                method = self.path.rstrip("/").rsplit("/", 1)[-1]
                fields = _form(self.headers.get("Content-Type", ""), body)
                with api.lock:
                    api.calls.append((method, fields, dict(self.headers)))
                reply = json.dumps(api.answer(method, fields)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, method: str, fields: dict) -> dict:
        return {"ok": True}

    def find(self, method: str, where=lambda fields: True) -> list[dict]:
        with self.lock:
            return [f for m, f, _ in self.calls if m == method and where(f)]

    def wait_for(self, method: str, where=lambda fields: True, count: int = 1,
                 timeout: float = 30) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.find(method, where)
            if len(found) >= count:
                return found
            time.sleep(0.1)
        raise AssertionError(f"no {method} call matching after {timeout} s: {self.calls[-5:]}")

    def close(self) -> None:
        self.server.shutdown()


class FakeSlack(FakeAPI):
    """Slack's Web API: ``{base}/api/chat.postMessage``."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def answer(self, method, fields):
        return {"ok": True, "channel": fields.get("channel"), "ts": f"{time.time():.6f}"}


class FakeTelegram(FakeAPI):
    """Telegram's Bot API: ``{base}/bot<token>/<method>``."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answer(self, method, fields):
        if method == "sendMessage":
            chat_id = int(fields.get("chat_id", 0))
            return {"ok": True, "result": {
                "message_id": len(self.calls), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"}, "text": fields.get("text", "")}}
        if method == "getMe":
            return {"ok": True, "result": {"id": 1, "is_bot": True, "first_name": "Bot",
                                           "username": "mlcareer_test_bot"}}
        return {"ok": True, "result": True}
