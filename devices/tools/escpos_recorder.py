"""A loopback ESC/POS printer that records the byte stream (tests and benchmarks).

Listens on 127.0.0.1 and a free port like a network receipt printer's raw port:
answers the real-time status requests ``DLE EOT 1`` (printer) and ``DLE EOT 4``
(paper sensor) as ``paper`` says ("ok", "end", or "silent": no answer), and
keeps everything else it receives in ``received``, one bytes object per
connection.
"""

from __future__ import annotations

import contextlib
import socket
import threading

PRINTER_OK = 0x12  # fixed bits only: online
PAPER_OK = 0x12
PAPER_END = 0x72  # bits 5 and 6: roll paper end


class EscposRecorder:
    def __init__(self) -> None:
        self.paper = "ok"
        self.received: list[bytes] = []
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(4)
        self.port = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, name="escpos-recorder",
                                        daemon=True)

    def start(self) -> EscposRecorder:
        self._thread.start()
        return self

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(timeout=5)

    def __enter__(self) -> EscposRecorder:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    data += chunk
                    for query, ok, bad in ((b"\x10\x04\x01", PRINTER_OK, 0x1A),
                                           (b"\x10\x04\x04", PAPER_OK, PAPER_END)):
                        if data.endswith(query) and self.paper != "silent":
                            conn.sendall(bytes([bad if self.paper == "end" else ok]))
                if data and data not in (b"\x10\x04\x01", b"\x10\x04\x04"):
                    self.received.append(data)
