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
        "meldebescheinigung-erweitert",
        {"de": "Meldebescheinigung (erweitert)", "en": "Certificate of registration (extended)"},
        {"de": "Mit früheren Anschriften, Familienstand oder Staatsangehörigkeit.",
         "en": "With former addresses, marital status or nationality."},
        "meldebescheinigung-erweitert",
    ),
    Service(
        "fuehrungszeugnis",
        {"de": "Führungszeugnis", "en": "Certificate of good conduct"},
        {"de": "Privat oder zur Vorlage bei einer Behörde, auch erweitert.",
         "en": "Private or for an authority, also the extended one."},
        "fuehrungszeugnis",
    ),
    Service(
        "ummeldung",
        {"de": "Ummeldung innerhalb der Stadt", "en": "Change of address within the city"},
        {"de": "Neue Anschrift, Umzugsdatum und mitziehende Personen.",
         "en": "New address, moving date and persons moving with you."},
        "ummeldung",
    ),
    Service(
        "wohnsitzanmeldung",
        {"de": "Wohnsitzanmeldung", "en": "Registering a new residence"},
        {"de": "Nach dem Zuzug, mit den Angaben der Wohnungsgeberbestätigung.",
         "en": "After moving here, with the landlord's confirmation."},
        "wohnsitzanmeldung",
    ),
    Service(
        "uebermittlungssperre",
        {"de": "Übermittlungssperre", "en": "Blocking the disclosure of your data"},
        {"de": "Widerspruch nach §§ 36, 42, 50 BMG; Auskunftssperre nach § 51 BMG.",
         "en": "Objections under ss. 36, 42, 50 BMG; full block under s. 51 BMG."},
        "uebermittlungssperre",
    ),
    Service(
        "aufenthaltsbescheinigung",
        {"de": "Aufenthaltsbescheinigung", "en": "Certificate of residence"},
        {"de": "Seit wann Sie in dieser Stadt wohnen.",
         "en": "Since when you have lived in this city."},
        "aufenthaltsbescheinigung",
    ),
    Service(
        "bewohnerparkausweis",
        {"de": "Bewohnerparkausweis", "en": "Resident parking permit"},
        {"de": "Für Ihr Fahrzeug in Ihrer Parkzone.",
         "en": "For your vehicle in your parking zone."},
        "bewohnerparkausweis",
    ),
    Service(
        "urkundenbestellung",
        {"de": "Urkundenbestellung", "en": "Ordering a civil status certificate"},
        {"de": "Geburts-, Ehe- oder Sterbeurkunde.",
         "en": "Birth, marriage or death certificate."},
        "urkundenbestellung",
    ),
)


def service_by_id(service_id: str) -> Service:
    for service in CATALOGUE:
        if service.id == service_id:
            return service
    raise KeyError(service_id)
