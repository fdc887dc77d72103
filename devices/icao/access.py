"""The keys that open a document's chip: the MRZ data (BAC, PACE) or an ID card's CAN (PACE)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from devices.icao.errors import WrongAccessKey
from devices.icao.mrz import MrzKeys


@dataclass(frozen=True)
class Can:
    """The 6-digit card access number printed on the front of an ID card."""

    value: str

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[0-9]{6}", self.value):
            raise WrongAccessKey(detail="CAN must be 6 digits")


AccessKey = MrzKeys | Can
