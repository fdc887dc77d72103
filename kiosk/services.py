"""The services catalogue: what a citizen can choose on the terminal.

A service either runs at the terminal (it has a form definition in
``forms/definitions``) or is listed so the citizen learns that it is offered at
the counter. Titles are localized data, like the form definitions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Service:
    id: str
    title: Mapping[str, str]
    summary: Mapping[str, str]
    # Form definition id when the service runs at the terminal, else None.
    form_id: str | None

    @property
    def at_terminal(self) -> bool:
        return self.form_id is not None


CATALOGUE: tuple[Service, ...] = (
    Service(
        "meldebescheinigung-einfach",
        {"de": "Meldebescheinigung (einfach)", "en": "Certificate of registration (simple)"},
        {"de": "Bestätigt Ihre aktuelle Anschrift, z. B. für Arbeitgeber oder Vermieter.",
         "en": "Confirms your current address, e.g. for an employer or landlord."},
        "meldebescheinigung-einfach",
    ),
    Service(
        "fuehrungszeugnis",
        {"de": "Führungszeugnis", "en": "Certificate of good conduct"},
        {"de": "Beantragung am Schalter.", "en": "Apply at the counter."},
        None,
    ),
    Service(
        "ummeldung",
        {"de": "Ummeldung innerhalb der Stadt", "en": "Change of address within the city"},
        {"de": "Beantragung am Schalter.", "en": "Apply at the counter."},
        None,
    ),
    Service(
        "wohnsitzanmeldung",
        {"de": "Wohnsitzanmeldung", "en": "Registering a new residence"},
        {"de": "Beantragung am Schalter.", "en": "Apply at the counter."},
        None,
    ),
    Service(
        "uebermittlungssperre",
        {"de": "Übermittlungssperre", "en": "Blocking the disclosure of your data"},
        {"de": "Beantragung am Schalter.", "en": "Apply at the counter."},
        None,
    ),
)


def service_by_id(service_id: str) -> Service:
    for service in CATALOGUE:
        if service.id == service_id:
            return service
    raise KeyError(service_id)
