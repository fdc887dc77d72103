"""FIM rules between several fields that become a form's ``checks`` of presence:
"at least one of" and "at most one of" (``forms.model.CrossCheck``).

Scripts (the tokens and comparisons of ``forms.fim_rules``):

* ``if (istLeer(A) && istLeer(B) && …) error('…');`` (``!istGesetzt(A)``,
  ``A == ''``, ``null``, ``undefined``) — an error when all are empty → ``at_least_one``;
* ``if (istGesetzt(A) && istGesetzt(B)) error('…');`` (``!istLeer``, ``A != ''``) —
  an error when both are given → ``at_most_one`` (two fields only: with three, the
  script forbids only all three together, which the kiosk cannot say);

and the German free texts of ``forms.fim_freetext`` (``Presence``). The fields must be
top-level fields of the form (not inside a repeated group) and at least two. The check's
message is the text of ``error(…)``, else one naming the fields' labels.
"""

from __future__ import annotations

from typing import Any, Final

from forms.fim_freetext import Presence
from forms.fim_rules import FieldTable, RuleNotMapped, ScriptParser, tokens

_WHY: Final = ("the kiosk checks which of several fields are answered between fields of "
               "the form, not inside one entry")


class _PresenceParser(ScriptParser):
    def presence(self) -> tuple[Presence, str]:
        """``if (<is-set test> && …) error('…')`` as a ``Presence`` and its message."""
        self.expect("if")
        self.expect("(")
        atoms = [self.comparison()]
        while self.at("&&"):
            self.position += 1
            atoms.append(self.comparison())
        self.expect(")")
        message = self.error_call()
        rest = self.peek()
        if rest is not None:
            raise RuleNotMapped(f"shape not recognised: '{rest.text}' after the error call")
        if any(atom.is_set is None for atom in atoms):
            raise RuleNotMapped("'&&' over a comparison with a value is not expressible; "
                                "only tests whether fields are answered")
        refs = tuple(atom.ref for atom in atoms)
        if all(atom.is_set is False for atom in atoms):
            return Presence(refs), message
        if all(atom.is_set for atom in atoms) and len(atoms) == 2:
            return Presence(refs, least=False, most=True), message
        if all(atom.is_set for atom in atoms):
            raise RuleNotMapped(f"it forbids only all {len(atoms)} fields together; the "
                                "kiosk's check is 'at most one'")
        raise RuleNotMapped("it mixes 'answered' and 'empty' tests: not expressible")



def presence_script(script: str) -> tuple[Presence, str] | None:
    """The ``Presence`` a script tests and its message; None for a script of another
    shape (``forms.fim_rules`` reads it); ``RuleNotMapped`` for one of this shape that
    cannot be expressed."""
    found = tokens(script)
    texts = [t.text for t in found if t.kind in ("op", "name")]
    if texts[:2] != ["if", "("] or "&&" not in texts:
        return None
    return _PresenceParser(found).presence()


def apply_rule(table: FieldTable, source: str | Presence, *, check_id: str, message: str,
               checks: list[dict[str, Any]], scope: range | None) -> None:
    """Map one rule — a script, or a ``Presence`` read from free text — onto the table's
    fields and ``checks``; ``RuleNotMapped`` says why not."""
    found = (source, "") if isinstance(source, Presence) else presence_script(source)
    if found is None:
        assert isinstance(source, str)
        table.apply(source, check_id=check_id, message=message, checks=checks, scope=scope)
        return
    table.scope = scope
    try:
        checks.extend(presence_checks(table, found[0], check_id=check_id, message=found[1],
                                      checks=checks))
    finally:
        table.scope = None


def presence_checks(table: FieldTable, presence: Presence, *, check_id: str, message: str,
                    checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The checks ``presence`` becomes (one, or two for "exactly one")."""
    fields = [table.top_field(ref, _WHY) for ref in presence.refs]
    ids = list(dict.fromkeys(item["id"] for item in fields))
    if len(ids) < 2:
        raise RuleNotMapped("it names fewer than two different fields")
    labels = ", ".join(dict.fromkeys(item["label"] for item in fields))
    made: list[dict[str, Any]] = []
    for wanted, kind, text in (
            (presence.least, "at_least_one", "Bitte machen Sie mindestens eine dieser "
             f"Angaben: {labels}."),
            (presence.most, "at_most_one", f"Bitte machen Sie nur eine dieser Angaben: "
             f"{labels}.")):
        if wanted:
            made.append({"id": unique_check_id(check_id, checks + made), "type": kind,
                         "fields": ids, "message": " ".join(message.split()) or text})
    return made


def unique_check_id(check_id: str, checks: list[dict[str, Any]]) -> str:
    used = {check["id"] for check in checks}
    unique, number = check_id, 2
    while unique in used:
        unique = f"{check_id[:56]}_{number}"
        number += 1
    return unique
