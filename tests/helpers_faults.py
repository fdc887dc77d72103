"""A fault-injecting HTTP proxy on 127.0.0.1, put between the client and the real server."""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: What the proxy can do to one request (consumed in order; "pass" when the list is empty).
FAULTS = ("pass", "500", "503", "429", "timeout", "timeout_after_forward", "reset_mid_upload",
          "truncate", "502")


class FaultProxy:
    """Forwards each request to the upstream server unless the next scripted fault says
    otherwise. ``log`` records (time, method, path, fault) of every request."""

    def __init__(self, upstream_port: int, *, stall_s: float = 1.5) -> None:
        self.upstream_port = upstream_port
        self.stall_s = stall_s
        self.faults: deque[str] = deque()
        self.log: list[tuple[float, str, str, str]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                with proxy._lock:
                    fault = proxy.faults.popleft() if proxy.faults else "pass"
                    proxy.log.append((time.monotonic(), self.command, self.path, fault))
                length = int(self.headers.get("Content-Length", "0"))
                if fault == "reset_mid_upload":
                    self.rfile.read(length // 2)
                    self._reset()
                    return
                body = self.rfile.read(length) if length else b""
                if fault in ("500", "503", "429"):
                    extra = {"Retry-After": "1"} if fault == "503" else {}
                    self._reply(int(fault), b'{"error":"injected"}', extra)
                    return
                if fault == "timeout":
                    time.sleep(proxy.stall_s)
                    self.close_connection = True
                    return
                try:
                    status, headers, payload = proxy.forward(
                        self.command, self.path, body, self.headers.get("Content-Type"),
                        self.headers.get("Authorization"))
                except OSError:
                    self._reply(502, b'{"error":"upstream down"}', {})
                    return
                if fault == "timeout_after_forward":  # the server did it; the answer is lost
                    time.sleep(proxy.stall_s)
                    self.close_connection = True
                    return
                if fault == "truncate":
                    head = self._head(status, headers, len(payload) or 40)
                    raw = head + payload
                    self.wfile.write(raw[: max(len(head) // 2, len(raw) - 10)])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self._reply(status, payload, {k: v for k, v in headers.items()
                                              if k.lower() in ("content-type", "retry-after")})

            do_GET = do_POST = do_PUT = _handle

            def _head(self, status: int, headers: dict[str, str], length: int) -> bytes:
                lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()
                                                    if k.lower() == "content-type"]
                lines.append(f"Content-Length: {length}")
                return ("\r\n".join(lines) + "\r\n\r\n").encode()

            def _reply(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _reset(self) -> None:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self._httpd = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def forward(self, method: str, path: str, body: bytes, content_type: str | None,
                authorization: str | None = None) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=10)
        try:
            headers = {"Content-Type": content_type} if content_type else {}
            if authorization:
                headers["Authorization"] = authorization
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def script(self, *faults: str) -> None:
        assert all(f in FAULTS for f in faults)
        with self._lock:
            self.faults.extend(faults)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
