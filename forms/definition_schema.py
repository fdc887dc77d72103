"""The published JSON Schema of form definitions (``forms/schema/form.schema.json``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

SCHEMA_PATH: Final = Path(__file__).resolve().parent / "schema" / "form.schema.json"


def schema_errors(raw: Any) -> list[str]:
    """What the published JSON Schema says about a definition (empty if valid)."""
    from jsonschema import Draft202012Validator  # jsonschema loads when a definition is checked

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
            for e in sorted(validator.iter_errors(raw), key=lambda e: list(e.absolute_path))]
