"""The published JSON Schema of ``kiosk.toml`` and the settings reference, from one table.

``schema()`` is what ``assets/kiosk.schema.json`` holds and ``reference_table()`` the
table in docs/configuration.md; both come from ``kiosk.settings_keys.KEYS`` and the
``Settings`` defaults (``packaging/settings_schema.py`` writes them, the tests compare).
``config check`` validates a file against the shipped schema as well as with the loader,
so what the schema promises is what the kiosk accepts.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any, Final

from kiosk.base.catalogue import catalogue
from kiosk.services import FORM_IDS
from kiosk.settings import SECTION, Settings
from kiosk.settings_keys import (
    CHOICE,
    DESTINATIONS,
    DIR,
    FILE,
    INT,
    KEYS,
    LANGUAGES,
    NEEDS,
    URL,
    Key,
)

SCHEMA_FILE: Final = Path(__file__).resolve().parents[1] / "assets" / "kiosk.schema.json"
DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"


def example_value(spec: Key) -> Any:
    """The key's example as the TOML parser reads it."""
    return tomllib.loads(f"value = {spec.example}")["value"]


def _default(name: str) -> Any:
    """The dataclass default as JSON, or MISSING where it depends on the machine."""
    for item in fields(Settings):
        if item.name == name:
            if item.default is not MISSING:
                value = item.default
            elif name == "data_dir":  # $BUERGERBUERO_DATA or the user's data directory
                return MISSING
            elif item.default_factory is not MISSING:
                value = item.default_factory()
            else:
                return MISSING
            if value is None:
                return MISSING
            return list(value) if isinstance(value, tuple) else value
    raise KeyError(name)


def _property(name: str, spec: Key) -> dict[str, Any]:
    prop: dict[str, Any]
    if spec.kind == INT:
        prop = {"type": "integer", "minimum": spec.low, "maximum": spec.high}
    elif spec.kind == LANGUAGES:
        prop = {"type": "array", "items": {"enum": list(catalogue().languages())},
                "minItems": 1, "uniqueItems": True}
    elif spec.kind == CHOICE:
        prop = {"type": "string", "enum": list(spec.choices or catalogue().languages())}
    elif spec.kind == URL:
        schemes = "|".join(spec.schemes)
        prop = {"type": "string", "pattern": f"^\\s*({schemes})://[^/\\s]+"}
    elif spec.kind == DESTINATIONS:
        prop = {"type": "object", "propertyNames": {"enum": list(FORM_IDS)},
                "additionalProperties": {"type": "string",
                                         "pattern": KEYS["destination_id"].pattern}}
    elif spec.kind in (FILE, DIR):
        prop = {"type": "string", "minLength": 1}
    else:
        prop = {"type": "string", "pattern": spec.pattern or "\\S"}
    prop = {"description": spec.doc, **prop}
    default = _default(name)
    if default is not MISSING:
        prop["default"] = default
    prop["examples"] = [example_value(spec)]
    return prop


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a terminal's settings file."""
    settings = {
        "type": "object",
        "properties": {name: _property(name, spec) for name, spec in KEYS.items()},
        "additionalProperties": False,
        "dependentRequired": {key: list(needs) for key, needs in NEEDS.items()},
    }
    return {
        "$schema": DRAFT,
        "title": "Bürgerbüro Kiosk: a terminal's settings (kiosk.toml)",
        "description": "Every key is optional. The settings stand at the top of the file or "
                       "in one [kiosk] table. Besides what the schema says: idle_warning_s "
                       "must be shorter than idle_timeout_s. See docs/configuration.md.",
        "$defs": {"settings": settings},
        "anyOf": [
            {"$ref": "#/$defs/settings"},
            {"type": "object", "properties": {SECTION: {"$ref": "#/$defs/settings"}},
             "required": [SECTION], "additionalProperties": False},
        ],
    }


def schema_text() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"


def reference_table() -> str:
    """The settings reference: one Markdown row per key (docs/configuration.md)."""
    rows = ["| key | value | default | what it is |", "|---|---|---|---|"]
    for name, spec in KEYS.items():
        if spec.kind == INT:
            kind = f"whole number {spec.low}–{spec.high}"
        elif spec.kind == CHOICE:
            kind = " / ".join(f'"{c}"' for c in spec.choices or catalogue().languages())
        elif spec.kind == URL:
            kind = "address: " + " or ".join(f"{s}://" for s in spec.schemes)
        elif spec.kind == LANGUAGES:
            kind = "list of languages"
        elif spec.kind == DESTINATIONS:
            kind = "table: form id = destination id"
        else:
            kind = {FILE: "file path", DIR: "directory path"}.get(spec.kind, "text")
        default = _default(name)
        shown = "—" if default is MISSING or default == "" else (
            f"`{json.dumps(default, ensure_ascii=False)}`")
        rows.append(f"| `{name}` | {kind} | {shown} | {spec.doc} e.g. `{spec.example}` |")
    return "\n".join(rows) + "\n"
