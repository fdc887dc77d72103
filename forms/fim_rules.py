"""FIM rules (``xdf:regel``) that the kiosk's format can express; the others say why not.

A rule's script (xdf2 ``script``, xdf3 ``skript``) is loose JavaScript-like
pseudo-code with no common grammar. ``parse_script`` recognises a small set of
shapes, and nothing else:

* ``X.pflicht = <test>;`` (or ``X.required``): X is required when the test holds
  → ``required_if`` on X, which is otherwise optional;
* ``X.sichtbar = <test>;`` (or ``X.visible``): X is asked only when it holds
  → ``visible_if`` on X;
* ``if (A < B) error('…');`` between two date fields: A must not be before B
  → a ``date_order`` check with earlier B, later A; ``A > B``: earlier A, later B.
  ``fehler(…)`` for ``error(…)``, braces round the call; its text is the message.

``<test>`` tests one field Y:

* ``Y == 'v'`` (``===``, either side, double quotes, a number; ``true``/``false``
  for a yes/no field), several joined by ``||`` → ``equals`` / ``any_of``; Y must
  be a code list or yes/no field and each value one of its values;
* ``Y != ''`` (``!==``, ``null``, ``undefined``), ``istGesetzt(Y)``,
  ``!istLeer(Y)`` → ``is_set: true``; ``Y == ''``, ``!istGesetzt(Y)``,
  ``istLeer(Y)`` → ``is_set: false`` (``isSet``/``isEmpty`` too).

Rules without a script often say the same in German (``definition`` or
``freitextRegel``); ``forms.fim_freetext`` rewrites the shapes FIM editors use
most into a script of the shapes above (or a presence of fields), and nothing
else.

Whitespace, parentheses, ``;``, ``//`` and ``/* */`` comments are ignored; a
script of several statements is mapped whole or not at all. A field is named by
its FIM id (``F12345678``) or its name, compared as the importer makes ids
(``Haltungsbeginn`` = ``haltungsbeginn``), optionally with ``.wert``/``.value``.
A rule whose fields are all sub-fields of one repeated group is set on those
sub-fields and holds per entry; a name is looked up first in the rule's own group
(``FieldTable.scope``: FIM reuses groups). ``forms.fim_checks`` takes the presence
tests joined by ``&&`` ("at least one of", "at most one of"); ``if (A > B)``
between two number fields is a ``number_order``. Anything else — other ``&&``,
``!=`` with a value, ``<=``, arithmetic, ``else``, unknown functions, fields that
are unknown, ambiguous, not imported, or on both sides of a repeated group's
border, values not in the code list — raises ``RuleNotMapped`` with the reason,
for the importer to report. Nothing is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

_TOKEN: Final = re.compile(r"""
    (?P<skip>\s+|//[^\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<name>\$?[^\W\d]\w*)
  | (?P<op>===|!==|==|!=|<=|>=|\|\||&&|[<>=!(){};.,])
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_FLAGS: Final = {"pflicht": "required", "required": "required",
                 "sichtbar": "visible", "visible": "visible"}
# Functions that test whether a field is answered: the answer they give when it is.
_SET_TESTS: Final = {"istgesetzt": True, "isset": True, "istleer": False, "isempty": False}
ERROR_CALLS: Final = frozenset({"error", "fehler"})
_EMPTY_NAMES: Final = frozenset({"null", "undefined"})
_BOOLEANS: Final = {"true": True, "false": False}
_VALUE_SUFFIXES: Final = frozenset({"wert", "value"})
_KEYWORDS: Final = frozenset({"if", "else", "return", "var", "let", "const", "function",
                              "new", "this", *_EMPTY_NAMES, *_BOOLEANS})
_EQUAL: Final = frozenset({"==", "==="})
_NOT_EQUAL: Final = frozenset({"!=", "!=="})
_MAX_DEPTH: Final = 20
_FIM_ID: Final = re.compile(r"[FGfg]\d{3,}")
_YES_NO: Final = {True: "yes", False: "no", "true": "yes", "false": "no"}
DEFAULT_ORDER_MESSAGE: Final = "Bitte prüfen Sie die Reihenfolge der Daten."
DEFAULT_NUMBER_MESSAGE: Final = ("Bitte prüfen Sie diesen Wert: er darf nicht größer sein als "
                                 "der zugehörige Wert.")
_NUMBER_TYPES: Final = frozenset({"integer", "number", "currency"})


class RuleNotMapped(ValueError):
    """The rule cannot be expressed in the kiosk's format; the text says why."""


@dataclass(frozen=True)
class FieldTest:
    """A test of one field: equal to one of ``values`` or, without values, ``is_set``.

    ``refs`` holds the field as the script names it in each part of an ``||``.
    """

    refs: tuple[str, ...]
    values: tuple[str | bool, ...] = ()
    is_set: bool | None = None


@dataclass(frozen=True)
class SetFlag:
    """``target.pflicht = test`` (flag "required") or ``target.sichtbar = test`` ("visible")."""

    target: str
    flag: str
    test: FieldTest


@dataclass(frozen=True)
class DateOrder:
    """``earlier`` must not be after ``later``; ``message`` from ``error('…')`` if given."""

    earlier: str
    later: str
    message: str = ""


@dataclass(frozen=True)
class Bound:
    """``if (field <operator> number) error(…)``: the field's values must avoid that side."""

    field: str
    operator: str
    number: str
    message: str = ""


Statement = SetFlag | DateOrder | Bound


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str


@dataclass(frozen=True)
class _Atom:
    """One comparison: ``ref`` equals ``value``, or (``value`` None) is set as ``is_set``."""

    ref: str
    value: str | bool | None = None
    is_set: bool | None = None


@dataclass(frozen=True)
class _Value:
    value: str | bool | None  # None: empty ('' / null / undefined)


def name_key(name: str) -> str:
    """How FIM names compare: ASCII, lower case, runs of other characters as one ``_``."""
    ascii_name = (unicodedata.normalize("NFKD", name.replace("ß", "ss"))
                  .encode("ascii", "ignore").decode().lower())
    return re.sub(r"[^a-z0-9]+", "_", ascii_name).strip("_")


def tokens(script: str) -> list[_Token]:
    """The script's tokens; a character of no token becomes an ``other`` token, which no
    shape takes (so the reason names the first thing the parser cannot use)."""
    found: list[_Token] = []
    for match in _TOKEN.finditer(script):
        kind = match.lastgroup or "other"
        if kind == "string":
            found.append(_Token(kind, re.sub(r"\\(.)", r"\1", match.group()[1:-1])))
        elif kind != "skip":
            found.append(_Token(kind, match.group()))
    return found


class ScriptParser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0

    def peek(self, ahead: int = 0) -> _Token | None:
        index = self.position + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def at(self, *texts: str) -> bool:
        token = self.peek()
        return token is not None and token.kind in ("op", "name") and token.text in texts

    def take(self, what: str) -> _Token:
        token = self.peek()
        if token is None:
            raise RuleNotMapped(f"the script ends where {what} was expected")
        self.position += 1
        return token

    def error_call(self) -> str:
        braced = self.at("{")
        if braced:
            self.position += 1
        call = self.take("error(…)").text
        if call.lower() not in ERROR_CALLS:
            raise RuleNotMapped(f"only error(…) is understood after 'if (…)', not '{call}'")
        self.expect("(")
        message = ""
        token = self.peek()
        if token is not None and token.kind == "string":
            message = token.text
            self.position += 1
        self.expect(")")
        while self.at(";"):
            self.position += 1
        if braced:
            self.expect("}")
        while self.at(";"):
            self.position += 1
        if self.at("else"):
            raise RuleNotMapped("an 'else' branch is not expressible")
        return message

    def expect(self, text: str) -> None:
        token = self.take(f"'{text}'")
        if token.kind not in ("op", "name") or token.text != text:
            raise RuleNotMapped(f"shape not recognised: '{text}' expected, found "
                                f"'{token.text}'")

    def statements(self) -> list[Statement]:
        found: list[Statement] = []
        while self.peek() is not None:
            if not self.at(";"):
                found.append(self.date_order() if self.at("if") else self.assignment())
            while self.at(";"):
                self.position += 1
        if not found:
            raise RuleNotMapped("the script is empty")
        return found

    def field_ref(self, *, value: bool = True) -> str:
        """A field as a script names it; with ``value``, also ``X.wert`` / ``X.value``."""
        token = self.take("a field")
        if token.kind != "name" or token.text.lower() in _KEYWORDS:
            raise RuleNotMapped(f"shape not recognised: a field expected, found '{token.text}'")
        after = self.peek(1)
        if value and self.at(".") and after is not None \
                and after.text.lower() in _VALUE_SUFFIXES:
            self.position += 2
        return token.text.removeprefix("$")

    def assignment(self) -> SetFlag:
        target = self.field_ref(value=False)
        self.expect(".")
        prop = self.take("a property such as 'pflicht'").text
        flag = _FLAGS.get(prop.lower())
        if flag is None:
            raise RuleNotMapped(f"setting '{prop}' is not expressible (only pflicht/required "
                                "and sichtbar/visible)")
        self.expect("=")
        return SetFlag(target, flag, self.test())

    def test(self) -> FieldTest:
        atoms = self.disjunction()
        if len(atoms) == 1 and atoms[0].is_set is not None:
            return FieldTest((atoms[0].ref,), is_set=atoms[0].is_set)
        if any(atom.is_set is not None for atom in atoms):
            raise RuleNotMapped("'||' over 'is set' tests is not expressible")
        return FieldTest(tuple(a.ref for a in atoms),
                         tuple(a.value for a in atoms if a.value is not None))

    def disjunction(self) -> list[_Atom]:
        atoms = self.operand()
        while self.at("||"):
            self.position += 1
            atoms += self.operand()
        if self.at("&&"):
            raise RuleNotMapped("'&&' is not expressible: a condition tests one field for "
                                "one or more values")
        return atoms

    def operand(self) -> list[_Atom]:
        if not self.at("("):
            return [self.comparison()]
        self.position += 1
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise RuleNotMapped("parentheses nested too deeply")
        atoms = self.disjunction()
        self.expect(")")
        self.depth -= 1
        return atoms

    def comparison(self) -> _Atom:
        negated = self.at("!")
        if negated:
            self.position += 1
        token, after = self.peek(), self.peek(1)
        if token is not None and token.kind == "name" and after is not None \
                and after.text == "(":
            return self.set_test(negated)
        if negated:
            raise RuleNotMapped("'!' is understood only before istGesetzt(…) or istLeer(…)")
        left = self.value_or_field()
        operator = self.take("a comparison").text
        if operator not in _EQUAL | _NOT_EQUAL:
            raise RuleNotMapped(f"'{operator}' in a condition is not expressible (only '==', "
                                "'||' and \"!= ''\")")
        right = self.value_or_field()
        if isinstance(left, str) and isinstance(right, _Value):
            ref, value = left, right
        elif isinstance(right, str) and isinstance(left, _Value):
            ref, value = right, left
        else:
            raise RuleNotMapped("a condition must compare one field with a value")
        if value.value is None:
            return _Atom(ref, is_set=operator in _NOT_EQUAL)
        if operator in _NOT_EQUAL:
            raise RuleNotMapped("'!=' with a value is not expressible (only \"!= ''\")")
        return _Atom(ref, value.value)

    def set_test(self, negated: bool) -> _Atom:
        name = self.take("a function").text
        answer = _SET_TESTS.get(name.lower())
        if answer is None:
            raise RuleNotMapped(f"function '{name}' is not understood")
        self.expect("(")
        ref = self.field_ref()
        self.expect(")")
        return _Atom(ref, is_set=answer != negated)

    def value_or_field(self) -> str | _Value:
        token = self.peek()
        if token is None:
            raise RuleNotMapped("the script ends where a value was expected")
        word = token.text.lower()
        if token.kind in ("string", "number"):
            self.position += 1
            return _Value(token.text if token.text else None)
        if token.kind == "name" and word in _BOOLEANS:
            self.position += 1
            return _Value(_BOOLEANS[word])
        if token.kind == "name" and word in _EMPTY_NAMES:
            self.position += 1
            return _Value(None)
        return self.field_ref()

    def date_field(self) -> str:
        token = self.peek()
        if token is not None and token.kind != "name":
            raise RuleNotMapped(f"'if (…)' compares '{token.text}': only a date order between "
                                "two fields is expressible")
        return self.field_ref()

    def date_order(self) -> DateOrder | Bound:
        self.expect("if")
        self.expect("(")
        first = self.date_field()
        operator = self.take("'<' or '>'").text
        token = self.peek()
        bound = token.text if token is not None and token.kind == "number" and \
            operator in ("<", ">", "<=", ">=") else None
        second = ""
        if bound is not None:  # a field against a number: a range
            self.position += 1
        elif operator in ("<=", ">="):
            raise RuleNotMapped(f"'{operator}' forbids equal dates; a date_order check allows "
                                "them")
        elif operator not in ("<", ">"):
            raise RuleNotMapped(f"'if (… {operator} …)' is not expressible (only a date "
                                "order with '<' or '>')")
        else:
            second = self.date_field()
        self.expect(")")
        message = self.error_call()
        if bound is not None:
            return Bound(first, operator, bound, message)
        # Error when first < second: first must not be before second.
        if operator == "<":
            return DateOrder(earlier=second, later=first, message=message)
        return DateOrder(earlier=first, later=second, message=message)


def parse_script(script: str) -> list[Statement]:
    """The statements of a rule script; ``RuleNotMapped`` if any is not a known shape."""
    return ScriptParser(tokens(script)).statements()


@dataclass(frozen=True)
class KnownField:
    """A FIM *Datenfeld* or group and what the importer made of it.

    ``field_id`` is the definition's field, or None with ``why_not`` (e.g. "is not
    imported (Feldart 'label')") when a rule cannot refer to it.
    """

    fim_id: str
    name: str
    field_id: str | None = None
    why_not: str = ""


class FieldTable:
    """Finds the definition's field a script names, and maps rules onto the definition."""

    def __init__(self, known: Iterable[KnownField], sections: list[dict[str, Any]]) -> None:
        self.by_id: dict[str, list[tuple[int, KnownField]]] = {}
        self.by_name: dict[str, list[tuple[int, KnownField]]] = {}
        self.scope: range | None = None  # the rule's own part of ``known``, looked at first
        for index, entry in enumerate(known):
            self.by_id.setdefault(entry.fim_id.upper(), []).append((index, entry))
            self.by_name.setdefault(name_key(entry.name), []).append((index, entry))
        self.fields: dict[str, dict[str, Any]] = {}
        self.group_of: dict[str, str] = {}
        self.notes: list[str] = []  # what a mapped rule changed, for the report
        for section in sections:
            for item in section["fields"]:
                self.fields[item["id"]] = item
                self.inside(item)

    def inside(self, group: dict[str, Any]) -> None:
        """Know ``group``'s sub-fields (and those of a group inside it) and their group."""
        for sub in group.get("fields", []) if group["type"] == "group" else []:
            self.group_of[sub["id"]] = group["id"]
            self.fields[sub["id"]] = sub
            self.inside(sub)

    def top_field(self, ref: str, why: str) -> dict[str, Any]:
        """The field ``ref`` names, which must not be inside a repeated group (``why``)."""
        item = self.field(ref)
        if item["id"] in self.group_of:
            raise RuleNotMapped(f"field {item['id']} is inside the repeated group "
                                f"{self.group_of[item['id']]}: {why}")
        return item

    def field(self, ref: str) -> dict[str, Any]:
        """The field ``ref`` names (top-level or a sub-field of a repeated group);
        ``RuleNotMapped`` if there is no single one."""
        indexed = self.by_id.get(ref.upper(), []) if _FIM_ID.fullmatch(ref) else []
        indexed = indexed or self.by_name.get(name_key(ref), [])
        own = [e for i, e in indexed if self.scope is not None and i in self.scope]
        found = own or [e for _, e in indexed]
        if not found:
            raise RuleNotMapped(f"'{ref}' names no field of the schema")
        if len(found) > 1:
            places = ", ".join(sorted({e.field_id or e.fim_id for e in found}))
            raise RuleNotMapped(f"'{ref}' names {len(found)} fields ({places}); name one "
                                "by its FIM id")
        entry = found[0]
        if entry.field_id is None:
            named = f"'{ref}'" if ref.upper() == entry.fim_id.upper() else \
                f"'{ref}' ({entry.fim_id})"
            raise RuleNotMapped(f"{named} {entry.why_not}")
        return self.fields[entry.field_id]

    def condition(self, test: FieldTest, target: str) -> dict[str, Any]:
        """The definition's condition for ``test``, set on field ``target``."""
        sources = [self.field(ref) for ref in test.refs]
        if len({s["id"] for s in sources}) > 1:
            raise RuleNotMapped("the parts of '||' test different fields ("
                                + ", ".join(dict.fromkeys(s["id"] for s in sources)) + ")")
        source = sources[0]
        if source["id"] == target:
            raise RuleNotMapped(f"field {target} would depend on itself")
        inside, needed = self.group_of.get(source["id"]), self.group_of.get(target)
        if inside != needed:  # a rule in a repeated group holds per entry, on its own fields
            raise RuleNotMapped(_across(target, needed, source["id"], inside))
        if test.is_set is not None:
            return {"field": source["id"], "is_set": test.is_set}
        values = list(dict.fromkeys(_option_value(source, v) for v in test.values))
        if len(values) == 1:
            return {"field": source["id"], "equals": values[0]}
        return {"field": source["id"], "any_of": values}

    def hides(self, start: str, target: str, pending: dict[str, dict[str, Any]]) -> bool:
        """Whether ``start``'s chain of ``visible_if`` reaches ``target``."""
        seen: set[str] = set()
        current: str | None = start
        while current is not None and current not in seen:
            if current == target:
                return True
            seen.add(current)
            condition = pending.get(current) or self.fields[current].get("visible_if")
            current = condition["field"] if condition else None
        return False

    def apply(self, script: str, *, check_id: str, message: str,
              checks: list[dict[str, Any]], scope: range | None = None) -> None:
        """Map ``script`` onto the fields and ``checks`` — all its statements or none. A
        name is looked up first among ``scope`` (the indices of the ``known`` fields of
        the rule's own group), then in the whole schema."""
        noted = len(self.notes)
        self.scope = scope
        try:
            self._apply(script, check_id, message, checks)
        except RuleNotMapped:
            del self.notes[noted:]
            raise
        finally:
            self.scope = None

    def _apply(self, script: str, check_id: str, message: str,
               checks: list[dict[str, Any]]) -> None:
        changes: list[tuple[dict[str, Any], str, Any]] = []
        visible: dict[str, dict[str, Any]] = {}
        new_checks: list[dict[str, Any]] = []
        for statement in parse_script(script):
            if isinstance(statement, Bound):
                changes.append(self.bound(statement))
                continue
            if isinstance(statement, DateOrder):
                new_checks.append(self.order_check(statement, message, checks + new_checks,
                                                   check_id))
                continue
            target = self.field(statement.target)
            condition = self.condition(statement.test, target["id"])
            key = f"{statement.flag}_if"
            if key in target or any(t is target and k == key for t, k, _ in changes):
                raise RuleNotMapped(f"field {target['id']} would get a second {key}; the "
                                    "kiosk has one per field")
            if key == "visible_if":
                if self.hides(condition["field"], target["id"], visible):
                    raise RuleNotMapped(f"the visibility of {target['id']} would depend on "
                                        "itself")
                visible[target["id"]] = condition
            changes.append((target, key, condition))
        for target, key, condition in changes:
            target[key] = condition
            if key == "required_if":  # required exactly when the condition holds
                target["required"] = False
        checks.extend(new_checks)

    def bound(self, bound: Bound) -> tuple[dict[str, Any], str, Any]:
        """``bound`` as the field's ``minimum`` or ``maximum`` (the stricter one stays)."""
        item = self.field(bound.field)  # inside a repeated group: for every entry
        if item["type"] not in ("integer", "number", "currency"):
            raise RuleNotMapped(f"field {item['id']} is a {item['type']} field: a bound "
                                "applies to a number field")
        if not re.fullmatch(r"\d+", bound.number):
            raise RuleNotMapped(f"the bound {bound.number} is not a whole number")
        value, equal = int(bound.number), bound.operator in ("<=", ">=")
        if equal and item["type"] != "integer":
            raise RuleNotMapped(f"'{bound.operator}' excludes the bound itself; field "
                                f"{item['id']} takes decimals")
        if bound.operator.startswith(">"):  # error above: the most allowed
            value -= equal
            key, stricter = "maximum", min(value, item.get("maximum", value))
        else:
            value += equal
            key, stricter = "minimum", max(value, item.get("minimum", value))
        self.notes.append(f"mapped as {key} {stricter} of field {item['id']}; the kiosk shows "
                          "its own range message" + (f" instead of '{bound.message}'"
                                                     if bound.message else ""))
        return item, key, stricter

    def order_check(self, order: DateOrder, message: str, checks: list[dict[str, Any]],
                    check_id: str) -> dict[str, Any]:
        why = "the kiosk checks an order between fields of the form, not in an entry"
        earlier, later = self.top_field(order.earlier, why), self.top_field(order.later, why)
        kinds = {earlier["type"], later["type"]}
        numbers = kinds <= _NUMBER_TYPES
        if not numbers and kinds != {"date"}:
            odd = [f for f in (earlier, later) if f["type"] not in ("date", *_NUMBER_TYPES)]
            item = odd[0] if odd else later
            raise RuleNotMapped(f"field {item['id']} is a {item['type']} field: an order "
                                "compares two date fields or two number fields")
        if earlier is later:
            raise RuleNotMapped(f"field {earlier['id']} is compared with itself")
        keys = ("lower", "upper") if numbers else ("earlier", "later")
        for check in checks:
            if (check.get(keys[0]), check.get(keys[1])) == (earlier["id"], later["id"]):
                raise RuleNotMapped(f"the same order is already checked by {check['id']}")
        used = {check["id"] for check in checks}
        unique, number = check_id, 2
        while unique in used:
            unique = f"{check_id[:56]}_{number}"
            number += 1
        text = " ".join((order.message or message).split()) or \
            (DEFAULT_NUMBER_MESSAGE if numbers else DEFAULT_ORDER_MESSAGE)
        return {"id": unique, "type": "number_order" if numbers else "date_order",
                keys[0]: earlier["id"], keys[1]: later["id"], "message": text}


def _across(target: str, group: str | None, source: str, inside: str | None) -> str:
    """Why ``target`` (in ``group``) cannot depend on ``source`` (in ``inside``)."""
    if inside is None:
        return (f"field {target} is inside the repeated group {group} and {source} is not: "
                "a rule there names only the same entry's fields")
    if group is None:
        return (f"field {source} is inside the repeated group {inside}: a field outside it "
                "cannot depend on one entry")
    return f"fields {target} and {source} are in different repeated groups ({group}, {inside})"


def _option_value(source: dict[str, Any], value: str | bool) -> str:
    """``value`` as an answer of ``source`` (a code list or yes/no field)."""
    if source["type"] == "yes_no":
        answer = _YES_NO.get(value if isinstance(value, bool) else value.lower())
        if answer is None:
            raise RuleNotMapped(f"{value!r} is not a yes/no value of field {source['id']} "
                                "(true, false)")
        return answer
    options = [option["value"] for option in source.get("options", [])]
    if not options:
        raise RuleNotMapped(f"field {source['id']} is a {source['type']} field: only code "
                            "list and yes/no fields are compared with a value")
    if isinstance(value, bool) or value not in options:
        shown = ", ".join(options[:8]) + (", …" if len(options) > 8 else "")
        raise RuleNotMapped(f"{value!r} is not a value of the code list of field "
                            f"{source['id']} ({shown})")
    return value
