"""The answers of a form imported from FIM in the shape of its Stammdatenschema.

The kiosk asks an optional or repeated FIM group as a ``group`` field, at any depth
(the Gewerbeanmeldung's Betriebsinhaber holds a Gesetzlicher Vertreter holding his
Staatsangehörigkeiten); a ``1:1`` group is flattened into where it stands (it is
always there), and kept in each field's ``fim_path`` (``forms.model.FimStep``), as is a
group beyond ``forms.model.MAX_GROUP_DEPTH``. :func:`fim_data` puts the answers back
into the published structure, keyed by FIM ids with their version, for the case
system:

    {"G00000091V1.0": [                       # Betriebsinhaber, one object per entry
        {"G00000248V1.0": {                   # Einzelinhaber (0:1)
            "G00000093V1.0": {                # Person (1:1)
                "F00000013V1.0": "Muster", …}}}]}

A group that may repeat (``1:*``, ``0:5``) is a list of its entries (one flattened
beyond the depth limit is asked once, so its list holds one object); a 1:1 or 0:1
group is an object; a FIM field placed twice in one
group (numbered sub-fields such as address lines 1–5) is a list of its answers. Fields
without a FIM id (a hand-written form) are left out; such a form has no ``fim_data``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.model import FieldDef, FimStep, FormDef

__all__ = ["fim_data"]


def _repeats(anzahl: str) -> bool:
    return anzahl.split(":")[-1] != "1"


def _container(root: dict[str, Any], path: tuple[FimStep, ...]) -> dict[str, Any]:
    node = root
    for step in path:
        if _repeats(step.anzahl):
            found = node.setdefault(step.fim_id, [{}])
            node = found[0] if isinstance(found, list) and found and \
                isinstance(found[0], dict) else node.setdefault(f"{step.fim_id}#", {})
        else:
            found = node.setdefault(step.fim_id, {})
            node = found if isinstance(found, dict) else node.setdefault(f"{step.fim_id}#", {})
    return node


def _put(root: dict[str, Any], field: FieldDef, value: Any) -> None:
    if field.fim_id is None:
        return
    node = _container(root, field.fim_path)
    if field.fim_id in node:  # the same FIM field placed again: its answers as a list
        before = node[field.fim_id]
        node[field.fim_id] = [*(before if isinstance(before, list) else [before]), value]
    else:
        node[field.fim_id] = value


def _value(field: FieldDef, value: Any) -> Any:
    """An answer as the case system gets it: a group's entries nested (a repeated FIM field,
    asked as a group of one sub-field without a FIM id, as the list of its answers)."""
    if field.type != "group" or not isinstance(value, list):
        return value
    if len(field.fields) == 1 and field.fields[0].fim_id is None:  # a repeated FIM field
        return [item.get(field.fields[0].id) for item in value if isinstance(item, dict)]
    return _entries(field, value)


def _entry(group: FieldDef, item: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for sub in group.fields:
        value = item.get(sub.id)
        if value in ("", None, []):
            continue
        _put(out, sub, _value(sub, value))  # a group inside the group, at any depth
    return out


def _entries(group: FieldDef, value: list[Any]) -> Any:
    """A group field's entries: a list, or one object for a group of at most one."""
    entries = [_entry(group, item) for item in value if isinstance(item, dict)]
    return entries[0] if group.max_items == 1 and entries else entries


def fim_data(form: FormDef, answers: Mapping[str, Any]) -> dict[str, Any]:
    """``answers`` (as ``forms.answers.answers_to_json`` writes them) by FIM id, in the
    Stammdatenschema's nesting; empty for a form not imported from FIM."""
    root: dict[str, Any] = {}
    for section in form.sections:
        held = [f for f in section.fields if f.id in answers]
        # A section made for one optional or repeated group holds that group's field (and
        # the files asked after it, which carry the group in their fim_path).
        alone = any(f.fim_id == section.fim_id for f in section.fields)
        node = root if section.fim_id is None or alone else \
            root.setdefault(section.fim_id, {})
        for field in held:
            _put(node, field, _value(field, answers[field.id]))
    return root
