"""FakeConnection: a scripted card behind pyscard's ``doTransmit`` seam (test-only).

For the error paths the emulator cannot produce: each handler sees the command
APDU bytes and returns (data, sw) or raises a pyscard exception.
"""

from __future__ import annotations

from collections.abc import Callable

from smartcard.CardConnection import CardConnection

Handler = Callable[[bytes], tuple[bytes, int]]


class FakeConnection(CardConnection):  # type: ignore[misc]
    def __init__(self, handler: Handler, atr: bytes = bytes.fromhex("3B8880010000000000000000")):
        super().__init__("Fake reader")
        self.handler = handler
        self.atr = atr
        self.commands: list[bytes] = []

    def connect(self, protocol=None, mode=None, disposition=None):  # type: ignore[no-untyped-def]
        return None

    def disconnect(self) -> None:
        return None

    def getATR(self) -> list[int]:
        return list(self.atr)

    def doTransmit(self, command, protocol):  # type: ignore[no-untyped-def]
        raw = bytes(command)
        self.commands.append(raw)
        data, sw = self.handler(raw)
        return list(data), sw >> 8, sw & 0xFF
