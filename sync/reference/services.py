"""The services a stand-in destination lists: the shipped forms', as FIT-Connect shows them.

Each entry is a ``DestinationService`` of FITKO's Submission API (1.1.3): the form's
Leika key, the regions (``DE``: the whole country; the stand-in serves every region)
and the form's Fachdaten schema. A real destination lists what its authority's
subscriber takes; the sender checks an application against it before announcing
(``sync.destination``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from forms.fachdaten import schema_uri
from forms.loader import shipped_forms


def shipped_services(form_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The services of the shipped forms with a Leika key (``form_ids``: only those)."""
    wanted = None if form_ids is None else set(form_ids)
    out = []
    for form_id, form in sorted(shipped_forms().items()):
        if form.leika is None or (wanted is not None and form_id not in wanted):
            continue
        out.append({"identifier": form.leika, "regions": ["DE"],
                    "submissionSchemas": [{"schemaUri": schema_uri(form),
                                           "mimeType": "application/json"}]})
    return out
