"""Code lists for the FIM import: genericode files found offline.

A FIM *Datenfeld* of Feldart ``select`` names its code list by URN and version
(xdf2 ``codelisteReferenz/genericodeIdentification/canonicalIdentification`` and
``version``; xdf3 ``codelisteReferenz/canonicalIdentification`` and ``version``,
with the columns ``codeKey``/``nameKey``). The importer looks for a genericode
1.0 file (OASIS ``CodeList``) with that ``CanonicalUri``, in this order: the
schema's folder, each folder the technician names (``--code-lists DIR``), and the
lists shipped with the kiosk (``forms/fim_codelists/``: Destatis *Staat* and
*Staatsangehörigkeit*, *Geschlecht*, *Familienstand*, the FIM consent list). The
same URN in another version is taken, and reported; a list found nowhere is
reported per field with the folder to drop its file into. Nothing is fetched
from the network: the importer runs offline.

Standard library only (xml.etree).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

SHIPPED_DIR: Final = Path(__file__).resolve().parent / "fim_codelists"
_NAME_COLUMNS: Final = ("name", "beschreibung", "wert", "bezeichnung")


@dataclass(frozen=True)
class CodeList:
    uri: str
    version: str
    source: Path
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    code_column: str
    name_column: str

    def options(self, code_key: str = "", name_key: str = "") -> list[tuple[str, str]]:
        """(code, label) of every row; ``code_key``/``name_key`` name columns (xdf3)."""
        code = code_key if code_key in self.columns else self.code_column
        name = name_key if name_key in self.columns else self.name_column
        seen: set[str] = set()
        found = []
        for row in self.rows:
            value = row.get(code, "")
            if value and value not in seen:
                seen.add(value)
                found.append((value, row.get(name) or value))
        return found


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(node: ET.Element, *names: str) -> ET.Element | None:
    for name in names:
        found = next((c for c in node if _local(c.tag) == name), None)
        if found is None:
            return None
        node = found
    return node


def _text(node: ET.Element | None) -> str:
    return " ".join((node.text or "").split()) if node is not None else ""


def _key_column(column_set: ET.Element, key_id: str) -> str:
    for key in (c for c in column_set if _local(c.tag) == "Key"):
        if key.get("Id", "").lower() == key_id.lower():
            ref = _find(key, "ColumnRef")
            return ref.get("Ref", "") if ref is not None else ""
    return ""


def read_genericode(path: Path) -> CodeList | None:
    """The code list in ``path``; None if the file is no genericode ``CodeList``."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314  # a technician's own files
    except (ET.ParseError, OSError):
        return None
    if _local(root.tag) != "CodeList":
        return None
    uri = _text(_find(root, "Identification", "CanonicalUri"))
    version = _text(_find(root, "Identification", "Version"))
    column_set = _find(root, "ColumnSet")
    columns = tuple(c.get("Id", "") for c in (column_set if column_set is not None else [])
                    if _local(c.tag) == "Column")
    rows = []
    for row in (e for e in root.iter() if _local(e.tag) == "Row"):
        values = [v for v in row if _local(v.tag) == "Value"]
        cells: dict[str, str] = {}
        for index, value in enumerate(values):
            column = value.get("ColumnRef") or (columns[index] if index < len(columns) else "")
            cells[column] = _text(_find(value, "SimpleValue"))
        rows.append(cells)
    if not uri or not columns:
        return None
    code = (_key_column(column_set, "codeKey") if column_set is not None else "") or columns[0]
    name = (_key_column(column_set, "codenameKey") if column_set is not None else "") or next(
        (c for c in columns if c.lower() in _NAME_COLUMNS),
        columns[1] if len(columns) > 1 else code)
    return CodeList(uri, version, path, columns, tuple(rows), code, name)


class CodeLists:
    """The genericode files of some folders, by URN (first folder first)."""

    def __init__(self, folders: Iterable[Path]) -> None:
        self.folders = tuple(dict.fromkeys(f.resolve() for f in folders if f.is_dir()))
        self.lists: list[CodeList] = []
        for folder in self.folders:
            for candidate in sorted(folder.glob("*.xml")):
                found = read_genericode(candidate)
                if found is not None:
                    self.lists.append(found)

    def find(self, uri: str, version: str) -> CodeList | None:
        """The list ``uri`` in ``version`` if there is one, else in any version."""
        same = [c for c in self.lists if c.uri == uri]
        return next((c for c in same if not version or c.version == version),
                    same[0] if same else None)
