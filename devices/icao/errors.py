"""Errors of card reading, each with the message the citizen sees."""

from __future__ import annotations

from kiosk.base.errors import DeviceError
from kiosk.base.i18n import N_, Message


class CardError(DeviceError):
    """Any failure reading an identity document."""


class NoPcscService(CardError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "The card reader service is not running. Please ask the "
                            "staff for help."), detail=detail)


class NoReader(CardError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "No card reader is connected. Please ask the staff for "
                            "help."), detail=detail)


class NoCard(CardError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "No document is lying on the card reader. Please place "
                            "your ID card or passport on the reader."), detail=detail)


class CardRemoved(CardError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "The document was removed while it was being read. Please "
                            "place it on the reader again and leave it there until the form "
                            "is filled in."), detail=detail)


class UnknownCard(CardError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "This card is not an ID card, passport or residence "
                            "permit with a chip. Please type in your details instead."),
                         detail=detail)


class WrongAccessKey(CardError):
    def __init__(self, message: Message | None = None, detail: str = "") -> None:
        super().__init__(message or N_(
            "Card", "The chip did not accept the numbers entered. Please check the card "
            "access number or the document number and dates, and try again."), detail=detail)


class CardBlocked(CardError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "The chip of this document is blocked or suspended. Please "
                            "type in your details, or ask the staff for help."), detail=detail)


class NoExtendedLength(CardError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "This card reader cannot read this document (it does not "
                            "support extended-length commands). Please ask the staff for "
                            "help."), detail=detail)


class CardProtocolError(CardError):
    """The chip answered something we cannot use (corrupt data, failed MAC)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "The document could not be read. Please place it on the "
                            "reader again, or type in your details."), detail=detail)
