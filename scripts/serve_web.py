"""Serves the website page with the chat widget (web/) on loopback.

Only the page's own files are served, plus two more: ``/config.js`` (generated)
tells the widget where the Rasa server is, and ``/vendor/socket.io.min.js`` is
socket.io-client's browser bundle from web/node_modules, so the page never reaches
the internet. A Content-Security-Policy header lets the page talk only to itself and
the Rasa server.

    python scripts/serve_web.py --port 8080 --rasa-url http://127.0.0.1:5005
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

WEB = Path(__file__).resolve().parent.parent / "web"
BUNDLE = WEB / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/index.html": ("index.html", "text/html; charset=utf-8"),
    "/privacy.html": ("privacy.html", "text/html; charset=utf-8"),
    "/style.css": ("style.css", "text/css; charset=utf-8"),
    "/chat.js": ("chat.js", "text/javascript; charset=utf-8"),
}


@lru_cache(maxsize=1)
def bundle() -> bytes:
    if not BUNDLE.is_file():
        sys.exit(f"{BUNDLE} is missing: run `make install` (npm ci in web/).")
    # without its source-map comment: the map is not served
    return BUNDLE.read_bytes().replace(b"//# sourceMappingURL=socket.io.min.js.map", b"")


def make_handler(rasa_url: str) -> type[BaseHTTPRequestHandler]:
    parts = urlsplit(rasa_url)
    ws = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"
    csp = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
           f"img-src 'self' data:; font-src 'self'; connect-src 'self' {rasa_url} {ws}; "
           "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    config = f"window.CHAT_CONFIG = {json.dumps({'socketUrl': rasa_url})};\n".encode()

    class Handler(BaseHTTPRequestHandler):
        server_version = "mlcareer-web"

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Security-Policy", csp)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == "/config.js":
                self._send(HTTPStatus.OK, config, "text/javascript; charset=utf-8")
            elif path == "/vendor/socket.io.min.js":
                self._send(HTTPStatus.OK, bundle(), "text/javascript; charset=utf-8")
            elif path in FILES:
                name, content_type = FILES[path]
                self._send(HTTPStatus.OK, (WEB / name).read_bytes(), content_type)
            else:
                self._send(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain; charset=utf-8")

        do_HEAD = do_GET

        def log_message(self, format: str, *args) -> None:  # quiet unless asked
            if self.server.verbose:  # type: ignore[attr-defined]
                super().log_message(format, *args)

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    bundle()  # fail at start, not at the first visitor, when the widget is missing
    server = ThreadingHTTPServer((args.bind, args.port), make_handler(args.rasa_url))
    server.verbose = args.verbose  # type: ignore[attr-defined]
    print(f"Web page on http://{args.bind}:{args.port}/", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
