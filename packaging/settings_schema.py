"""Write the published schema of kiosk.toml and the settings reference from the one table.

``python packaging/settings_schema.py`` rewrites ``assets/kiosk.schema.json`` and the
table in ``docs/configuration.md`` (between its two markers) from
``kiosk.settings_keys.KEYS``; ``tests/test_config.py`` fails while either is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.settings_schema import SCHEMA_FILE, reference_table, schema_text  # noqa: E402

REFERENCE = ROOT / "docs" / "configuration.md"
BEGIN = "<!-- settings table: written by packaging/settings_schema.py -->\n"
END = "<!-- end of the settings table -->\n"


def with_table(text: str, table: str) -> str:
    head, rest = text.split(BEGIN, 1)
    return head + BEGIN + table + END + rest.split(END, 1)[1]


def main() -> int:
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    REFERENCE.write_text(with_table(REFERENCE.read_text(encoding="utf-8"), reference_table()),
                         encoding="utf-8")
    print(f"wrote {SCHEMA_FILE.relative_to(ROOT)} and the table in "
          f"{REFERENCE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
