"""Does a destination take this service? Checked before a submission is announced.

A FIT-Connect destination (``GET /v2/destinations/{id}``) lists the services it
takes (Submission API 1.1.3, ``DestinationService``): each with its Leika
``identifier``, the ``regions`` (Amtlicher Regionalschlüssel with ``DE`` in front;
``DE`` alone is the whole country, ``DE07`` a Land) and the ``submissionSchemas``
its subscriber can read. An application goes to a destination only if

- the destination is ``active`` and takes metadata 2.x (``sync.protocol``);
- one of its services has the application's Leika key;
- that service is offered in the region the terminal announces (the region starts
  with one of the service's regions: a service offered for ``DE07`` is offered for
  ``DE073350000000``), when the terminal announces one;
- that service lists the form's Fachdaten schema (``schemaUri``, JSON).

Anything else fails the item before a submission exists (no orphan at the service),
with the reason for technicians; ``queue retry`` sends it again once the
destination or the terminal's ``destinations`` setting is put right.
"""

from __future__ import annotations

from typing import Any

from kiosk.base.errors import ServerRefused
from kiosk.base.i18n import N_

SERVICE_REFUSED = N_(
    "Sync",
    "The central case system's destination does not take this kind of application. "
    "Nothing was sent; the application is kept on this terminal. Please ask a technician.",
)
_SHOWN = 5  # services named in a reason


class ServiceRefused(ServerRefused):
    """The destination does not offer the service; ``detail`` is the reason (English)."""

    def __init__(self, destination_id: str, reason: str) -> None:
        super().__init__(SERVICE_REFUSED,
                         detail=f"destination {destination_id[:64]} refused: {reason}")
        self.reason = reason


def _text(value: Any, limit: int = 80) -> str:
    return repr(value[:limit]) if isinstance(value, str) else type(value).__name__


def check_service(destination_id: str, destination: dict[str, Any], leika: str,
                  submission_schema: str, region: str | None) -> None:
    """Raise :class:`ServiceRefused` unless ``destination`` takes the service."""
    services = destination.get("services")
    if not isinstance(services, list) or not services:
        raise ServiceRefused(destination_id, "it lists no services")
    entries = [s for s in services if isinstance(s, dict)]
    matching = [s for s in entries if s.get("identifier") == leika]
    if not matching:
        offered = [_text(s.get("identifier")) for s in entries[:_SHOWN]]
        more = f" and {len(entries) - _SHOWN} more" if len(entries) > _SHOWN else ""
        raise ServiceRefused(destination_id, f"it does not offer service {leika} "
                             f"(it offers {', '.join(offered) or 'none'}{more}); set the "
                             "service's destination in 'destinations' or ask the authority")
    service = matching[0]
    if region:
        regions = service.get("regions")
        if not isinstance(regions, list) or not any(
                isinstance(r, str) and r.startswith("DE") and region.startswith(r)
                for r in regions):
            raise ServiceRefused(destination_id, f"service {leika} is not offered in region "
                                 f"{region} (its regions: {_text(regions, 200)}); check "
                                 "'fitconnect_region'")
    schemas = service.get("submissionSchemas")
    if not isinstance(schemas, list) or not any(
            isinstance(s, dict) and s.get("schemaUri") == submission_schema
            and s.get("mimeType") == "application/json" for s in schemas):
        raise ServiceRefused(destination_id, f"service {leika} does not list the form's data "
                             f"schema {submission_schema} (application/json); the office's "
                             "case system cannot read it")
