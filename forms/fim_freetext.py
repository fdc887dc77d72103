"""FIM rules written only in German (``definition``, ``freitextRegel``): the shapes FIM
editors write most, read into what ``forms.fim_rules`` and ``forms.fim_checks`` map.

Fields are named as FIM editors quote them, by id and name (``"F00001027 Kranken-
versicherung vorhanden"``); a sentence must match a shape as a whole, and any other is
reported by the importer with its words quoted. Nothing is guessed.

* ``Wenn bei F1 "02 …" angegeben wird, dann wird G2 zur Pflichtangabe.``
  (``eine Pflichtangabe``, ``ausgewählt``) → ``G2.pflicht = F1 == '02';``
* ``"F1 …", "F2 …" und "F3 …" sind nur dann zu befüllen, wenn "F4 …" bejaht
  wurde.`` (``ist``, ``verneint``) → ``F1.sichtbar = F4 == true;`` for each;
* ``Wenn "F1 …" befüllt ist, dann ist "F2 …" eine Pflichtangabe.`` (``angegeben``,
  ``ausgefüllt``; ``wurde``, ``wird``; ``zur Pflichtangabe``, ``Pflichtfeld``) →
  ``F2.pflicht = istGesetzt(F1);``
* ``Mindestens eines der Felder "F1 …", "F2 …" und "F3 …" muss befüllt werden.``
  (``Es muss mindestens eines der Felder … befüllt werden``, ``Angaben``, ``oder``,
  ``ausgefüllt``, ``angegeben``) → at least one of them (``Presence``);
* ``Es darf nur eines der Felder "F1 …" und "F2 …" befüllt werden.`` (``höchstens``)
  → at most one of them;
* ``Entweder "F1 …" oder "F2 …" ist zu befüllen.`` (``muss befüllt werden``,
  ``anzugeben``; ``Es muss entweder … befüllt werden``) → exactly one: at least one
  and at most one.

The FIM portal's xdf3 exports quote a field's name, not its id (``F60000000240
"Telefon"``, also ``Feld``/``Feldgruppe``/``Datenfeldgruppe G… "…"``); the shapes above
take that too, and two more of theirs:

* ``Wenn das Feld F1 "…" = 001 "…", dann muss die Feldgruppe G2 "…" befüllt sein.
  Wenn das Feld F1 "…" <> 001 "…", dann darf die Feldgruppe G2 "…" nicht befüllt
  sein.`` (``Datenfeld``, ``das Datenfeld F2``, ``befüllt werden``, ``nicht angezeigt
  werden``; ``= "wahr"`` for a yes/no field; several codes: ``= 003 "…" ODER = 005
  "…"`` and ``<> 003 "…" UND <> 005 "…"``; both sentences must name the same values)
  → ``G2.sichtbar = F1 == '001'; G2.pflicht = F1 == '001';``
* ``Wenn F1 "…" nicht leer, dann darf F2 "…" nicht leer sein.`` →
  ``F2.pflicht = istGesetzt(F1);``
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_QUOTES: Final = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"'})
# A field as FIM editors quote it: '"F1 Name"', or (the FIM portal) 'F1 "Name"', either
# perhaps after "Feld", "Feldgruppe", "Datenfeld", "Datenfeldgruppe".
_REF: Final = (r'(?:(?:Daten)?[Ff]eld(?:gruppe)?\s+)?(?:"[FG][\w-]+[^"]*"'
               r'|[FG]\d[\w-]*\s+"[^"]*")')
_LIST: Final = rf'{_REF}(?:\s*(?:,|,?\s*(?:und|oder))\s*{_REF})+'
_FILLED: Final = r"(?:befüllt|ausgefüllt|angegeben|gefüllt)"
_REQUIRED_WHEN: Final = re.compile(
    r'Wenn (?:bei|im Feld) "?(?P<source>[FG][\w-]+)"? "(?P<code>[^"\s]+)[^"]*" '
    r'(?:angegeben|ausgewählt|gewählt) wird, (?:dann )?(?:wird|ist) (?P<target>[FG][\w-]+) '
    r'(?:zur|zu einer|eine|ein) Pflicht(?:angabe|feld)\.?', re.IGNORECASE)
_FILLED_WHEN: Final = re.compile(
    r'(?P<targets>"[FG][\w-]+[^"]*"(?:\s*(?:,|,?\s*und)\s*"[FG][\w-]+[^"]*")*) '
    r'(?:ist|sind) nur dann zu befüllen, wenn "(?P<source>[FG][\w-]+)[^"]*" '
    r'(?P<answer>bejaht|verneint) wurde\.?', re.IGNORECASE)
_REQUIRED_IF_SET: Final = re.compile(
    rf'Wenn "(?P<source>[FG][\w-]+)[^"]*" {_FILLED} (?:ist|wurde|wird), (?:dann )?'
    rf'(?:ist|wird) "(?P<target>[FG][\w-]+)[^"]*" (?:eine |ein |zur |zum )?'
    r'Pflicht(?:angabe|feld)?\.?', re.IGNORECASE)
_AT_LEAST: Final = re.compile(
    rf'(?:Es (?:muss|ist) )?mindestens (?:eines|eins|eine|ein Feld) (?:der|von den) '
    rf'(?:Felder|Feldern|Angaben|Datenfelder|Datenfeldern) (?P<fields>{_LIST}) '
    rf'(?:muss |ist )?(?:{_FILLED}(?: werden| sein)?|zu befüllen|anzugeben)\.?',
    re.IGNORECASE)
_AT_MOST: Final = re.compile(
    rf'Es (?:darf|kann) (?:nur|höchstens|maximal) (?:eines|eins|eine) der '
    rf'(?:Felder|Angaben|Datenfelder) (?P<fields>{_LIST}) {_FILLED} werden\.?', re.IGNORECASE)
_EITHER: Final = re.compile(
    rf'(?:Entweder (?P<first>{_REF}) oder (?P<second>{_REF}) (?:ist|muss) '
    rf'(?:zu befüllen|anzugeben|{_FILLED} werden)|Es muss entweder (?P<first2>{_REF}) oder '
    rf'(?P<second2>{_REF}) {_FILLED} werden)\.?', re.IGNORECASE)
_ID: Final = r'[FG]\d[\w-]*'
_REF_ID: Final = re.compile(rf'"([FG][\w-]+)[^"]*"|({_ID})\s+"[^"]*"')
_TARGET: Final = rf'(?:die (?:Daten)?[Ff]eldgruppe|das (?:Daten)?[Ff]eld) (?P<target>{_ID}) "[^"]*"'
_VALUE: Final = r'(?:\d+ "[^"]*"|"?(?:wahr|falsch)"?)'
_SHOWN: Final = rf'(?:{_FILLED}|angezeigt)'
_WHEN_CODE: Final = re.compile(
    rf'Wenn das (?:Daten)?[Ff]eld (?P<source>{_ID}) "[^"]*" = '
    rf'(?P<codes>{_VALUE}(?: ODER = {_VALUE})*), dann muss {_TARGET} {_SHOWN} '
    rf'(?:sein|werden)\. Wenn das (?:Daten)?[Ff]eld (?P=source) "[^"]*" <> '
    rf'(?P<others>{_VALUE}(?: UND <> {_VALUE})*), dann darf '
    rf'(?:die (?:Daten)?[Ff]eldgruppe|das (?:Daten)?[Ff]eld) (?P=target) "[^"]*" nicht '
    rf'{_SHOWN} (?:sein|werden)\.?', re.IGNORECASE)
_NOT_EMPTY: Final = re.compile(
    rf'Wenn (?:das Feld )?(?P<source>{_ID}) "[^"]*" nicht leer(?: ist)?, dann darf '
    rf'(?:das Feld )?(?P<target>{_ID}) "[^"]*" nicht leer sein\.?', re.IGNORECASE)


@dataclass(frozen=True)
class Presence:
    """At least one (``most`` None) or at most one (``least`` False) of ``refs`` is given;
    both for "exactly one"."""

    refs: tuple[str, ...]
    least: bool = True
    most: bool = False


def _refs(quoted: str) -> tuple[str, ...]:
    """The ids of the fields in ``quoted``, in order (an id inside a quoted name is none)."""
    return tuple(m[1] or m[2] for m in _REF_ID.finditer(quoted))


def _codes(listed: str) -> tuple[str, ...]:
    """The values in ``listed`` as a script writes them: '001' for a code, true/false for
    FIM's "wahr"/"falsch"."""
    return tuple(f"'{code}'" if code else ("true" if word.lower() == "wahr" else "false")
                 for code, word in re.findall(r'(\d+) "[^"]*"|"?(wahr|falsch)"?', listed))


def free_text_rule(free_text: str) -> str | Presence | None:
    """What a rule's German free text says: a script of ``forms.fim_rules``' shapes, a
    ``Presence`` of fields, or None for any other sentence."""
    sentence = " ".join(free_text.translate(_QUOTES).split())
    if match := _REQUIRED_WHEN.fullmatch(sentence):
        return f"{match['target']}.pflicht = {match['source']} == '{match['code']}';"
    if match := _FILLED_WHEN.fullmatch(sentence):
        answer = "true" if match["answer"].lower() == "bejaht" else "false"
        return " ".join(f"{target}.sichtbar = {match['source']} == {answer};"
                        for target in _refs(match["targets"]))
    if match := _REQUIRED_IF_SET.fullmatch(sentence):
        return f"{match['target']}.pflicht = istGesetzt({match['source']});"
    if match := _AT_LEAST.fullmatch(sentence):
        return Presence(_refs(match["fields"]))
    if match := _AT_MOST.fullmatch(sentence):
        return Presence(_refs(match["fields"]), least=False, most=True)
    if match := _EITHER.fullmatch(sentence):
        first, second = match["first"] or match["first2"], match["second"] or match["second2"]
        return Presence(_refs(first) + _refs(second), most=True)
    if (match := _WHEN_CODE.fullmatch(sentence)) and \
            _codes(match["codes"]) == _codes(match["others"]):
        test = " || ".join(f"{match['source']} == {code}" for code in _codes(match["codes"]))
        return f"{match['target']}.sichtbar = {test}; {match['target']}.pflicht = {test};"
    if match := _NOT_EMPTY.fullmatch(sentence):
        return f"{match['target']}.pflicht = istGesetzt({match['source']});"
    return None


def free_text_script(free_text: str) -> str:
    """The script a rule's free text says, for the shapes that are scripts; "" else."""
    found = free_text_rule(free_text)
    return found if isinstance(found, str) else ""
