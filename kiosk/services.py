"""The services catalogue: what a citizen can choose on the terminal, in this order.

A service runs at the terminal when it has a form definition in
``forms/definitions``; its tile shows the form's title and summary (texts of the
definition, translated through the catalogue). A service without a form would be
listed so the citizen learns that it is offered at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Service:
    id: str
    # Form definition id when the service runs at the terminal, else None.
    form_id: str | None
    # Its tile's icon: assets/icons/<icon>.svg (Tabler Icons, assets/icons/SOURCE).
    icon: str = "file-text"

    @property
    def at_terminal(self) -> bool:
        return self.form_id is not None


CATALOGUE: tuple[Service, ...] = tuple(Service(form_id, form_id, icon) for form_id, icon in (
    ("meldebescheinigung-einfach", "home-check"),
    ("meldebescheinigung-erweitert", "file-description"),
    ("fuehrungszeugnis", "shield-check"),
    ("ummeldung", "home-move"),
    ("wohnsitzanmeldung", "home-plus"),
    ("uebermittlungssperre", "lock"),
    ("aufenthaltsbescheinigung", "id"),
    ("bewohnerparkausweis", "parking"),
    ("urkundenbestellung", "certificate")))


def service_by_id(service_id: str) -> Service:
    for service in CATALOGUE:
        if service.id == service_id:
            return service
    raise KeyError(service_id)


#: The services that run at the terminal (what the ``destinations`` setting may name).
FORM_IDS: tuple[str, ...] = tuple(s.form_id for s in CATALOGUE if s.form_id is not None)
