"""A small JSON HTTP client, from any loopback address; what a server listens on."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from http.client import HTTPConnection
from urllib.parse import urlsplit


def http(method: str, url: str, body: object = None, headers: dict | None = None,
         timeout: float = 30) -> tuple[int, object]:
    """A small JSON HTTP client: returns (status, decoded body)."""
    data = None if body is None else (
        body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as err:
        raw, status = err.read(), err.code
    try:
        return status, json.loads(raw or b"null")
    except json.JSONDecodeError:
        return status, raw.decode(errors="replace")


def post_from(url: str, source: str, body: bytes, timeout: float = 90) -> tuple[int, bytes]:
    """POST JSON from a given loopback address (per-address limits key on it)."""
    parts = urlsplit(url)
    connection = HTTPConnection(parts.hostname, parts.port, timeout=timeout,
                                            source_address=(source, 0))
    try:
        connection.request("POST", parts.path or "/", body,
                           {"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (from /proc/net/tcp and tcp6),
    as the kernel writes them ("0100007F" is 127.0.0.1)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as rows:
            for row in list(rows)[1:]:
                local, state = row.split()[1], row.split()[3]
                address, hex_port = local.split(":")
                if state == "0A" and int(hex_port, 16) == port:
                    found.add(address)
    return found
