"""ZVT result codes (BMP ``27``, ``06 1E``) and intermediate status codes (``04 FF``),
each with the message the citizen reads, and the errors of the card terminal.

Codes are mapped here, at the adapter boundary (as ``devices.icao.errors`` does
for the chip): what a code means for the citizen is decided once. A code not in
the tables is a declined payment with a generic message, never "paid".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from kiosk.base.errors import DeviceError
from kiosk.base.i18n import N_, Message

SUCCESS: Final = 0x00
ABORTED: Final = 0x6C  # "abort via time-out or abort-key"
PRINTER_NOT_READY: Final = 0xCC
SYSTEM_ERROR: Final = 0xFF
BUSY_CODES: Final = frozenset({0x9C, 0x83})  # "please wait", "function not possible"


class TerminalError(DeviceError):
    """Any failure of the card terminal; the message says what the citizen can do."""

    retry_possible = True


class TerminalUnreachable(TerminalError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Payment", "The card terminal cannot be reached at the moment. "
                            "Please choose another way to pay, or pay at the counter."),
                         detail=detail)


class ConnectionLost(TerminalError):
    """The connection broke while the terminal had the transaction: the outcome is unknown
    until the terminal is asked (``devices.zvt.client.ZvtClient.last_transaction``)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Payment", "The connection to the card terminal was lost. Your "
                            "card has not been charged twice; please wait a moment while "
                            "the terminal is checked."), detail=detail)


class TerminalTimeout(TerminalError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Payment", "The card terminal did not answer in time. Please try "
                            "again or choose another way to pay."), detail=detail)


class TerminalBusy(TerminalError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Payment", "The card terminal is busy. Please wait a moment and "
                            "try again."), detail=detail)


class ProtocolError(TerminalError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Payment", "The card terminal sent an answer this terminal cannot "
                            "use. Please choose another way to pay, or ask the staff."),
                         detail=detail)


class PaymentDeclined(TerminalError):
    """The terminal ended the transaction without a payment (BMP 27 or 06 1E)."""

    def __init__(self, code: int, detail: str = "") -> None:
        super().__init__(result_message(code), detail=detail or f"result code {code:02X}")
        self.code = code


DECLINED: Final = N_("Payment", "The payment was declined. Your card has not been charged. "
                     "Please try again with another card or choose another way to pay.")
CARD_UNREADABLE: Final = N_("Payment", "The card could not be read. Please insert it again "
                            "(chip first) or hold it flat on the terminal.")
ABORTED_MESSAGE: Final = N_("Payment", "The payment was cancelled (the card was removed, or "
                            "nothing happened for too long). Your card has not been charged.")
WRONG_PIN: Final = N_("Payment", "The PIN was not correct. Your card has not been charged. "
                      "Please try again.")
CARD_EXPIRED: Final = N_("Payment", "This card has expired or is not yet valid. Please use "
                         "another card.")
NOT_ACCEPTED: Final = N_("Payment", "This card is not accepted here. Please use another card "
                         "or choose another way to pay.")
TERMINAL_FAULT: Final = N_("Payment", "The card terminal has a fault. Your card has not been "
                           "charged. Please choose another way to pay, or ask the staff.")
PRINTER_FAULT: Final = N_("Payment", "The receipt printer is not ready, so the card terminal "
                          "cannot take payments now. Please choose another way to pay.")

_RESULTS: Final[Mapping[int, Message]] = MappingProxyType({
    0x64: CARD_UNREADABLE, 0x65: CARD_UNREADABLE, 0x66: CARD_UNREADABLE,
    0x72: CARD_UNREADABLE, 0x73: CARD_UNREADABLE,
    0x67: NOT_ACCEPTED, 0x68: NOT_ACCEPTED, 0x6E: NOT_ACCEPTED, 0x7A: NOT_ACCEPTED,
    0xC5: NOT_ACCEPTED, 0xEA: NOT_ACCEPTED, 0xD2: NOT_ACCEPTED,
    ABORTED: ABORTED_MESSAGE,
    0x78: CARD_EXPIRED, 0x79: CARD_EXPIRED,
    0x55: WRONG_PIN,  # host code: incorrect PIN
    PRINTER_NOT_READY: PRINTER_FAULT,
    0x6B: TERMINAL_FAULT, 0x7D: TERMINAL_FAULT, 0x89: TERMINAL_FAULT, 0x9A: TERMINAL_FAULT,
    0x9B: TERMINAL_FAULT, 0xA0: TERMINAL_FAULT, 0xA1: TERMINAL_FAULT, 0xA3: TERMINAL_FAULT,
    0xC2: TERMINAL_FAULT, 0xE2: TERMINAL_FAULT, 0xE4: TERMINAL_FAULT, 0xED: TERMINAL_FAULT,
    0xFC: TERMINAL_FAULT, SYSTEM_ERROR: TERMINAL_FAULT,
})


def result_message(code: int) -> Message:
    """What the citizen reads for a result code; codes 01-63 are the card issuer's refusal."""
    return _RESULTS.get(code, DECLINED)


# What the terminal asks of the citizen while it works (04 FF), shown on our screen.
INSERT_CARD: Final = N_("Payment", "Please insert, tap or swipe your card.")
ENTER_PIN: Final = N_("Payment", "Please enter your PIN on the card terminal.")
PLEASE_WAIT: Final = N_("Payment", "Please wait…")
REMOVE_CARD: Final = N_("Payment", "Please remove your card.")
CONNECTING: Final = N_("Payment", "Connecting to the bank…")
APPROVED: Final = N_("Payment", "Payment approved.")
NOT_APPROVED: Final = N_("Payment", "Payment not approved.")
SELECT_APPLICATION: Final = N_("Payment", "Please choose the card application on the terminal.")
_STATUS: Final[Mapping[int, Message]] = MappingProxyType({
    0x0A: INSERT_CARD, 0x2A: INSERT_CARD,
    0x01: ENTER_PIN, 0x02: ENTER_PIN, 0x41: ENTER_PIN, 0x42: ENTER_PIN,
    0x04: CONNECTING, 0xD2: CONNECTING, 0xD3: CONNECTING, 0x44: CONNECTING,
    0x0B: REMOVE_CARD, 0x4B: REMOVE_CARD,
    0x1B: APPROVED, 0x1C: APPROVED, 0x5B: APPROVED, 0x5C: APPROVED,
    0x03: NOT_APPROVED, 0x1D: NOT_APPROVED, 0x43: NOT_APPROVED, 0x5D: NOT_APPROVED,
    0x15: WRONG_PIN, 0x55: WRONG_PIN,
    0x0C: CARD_UNREADABLE, 0x4C: CARD_UNREADABLE,
    0x2C: SELECT_APPLICATION, 0xE0: SELECT_APPLICATION,
})


def status_message(code: int) -> Message:
    return _STATUS.get(code, PLEASE_WAIT)
