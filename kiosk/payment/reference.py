"""The Kassenzeichen: what ties the money to the application (light: the start-up path)."""

from __future__ import annotations

from kiosk.settings import Settings


def reference_for(settings: Settings, vorgangsnummer: str) -> str:
    """The prefix and the Vorgangsnummer without dashes (≤ 27 characters: XBezahldienste's
    purpose, EPC's remittance text)."""
    return (settings.payment_reference_prefix + vorgangsnummer.replace("-", ""))[:27]
