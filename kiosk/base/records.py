"""``frozen_record``: a frozen dataclass whose ``__init__`` is not generated.

``dataclass`` writes an ``__init__`` for every class as source text and compiles it
when the class is made: for ``kiosk.settings.Settings`` (55 fields) that compile is
most of the class's ~19 M instructions, paid at every start of the kiosk
(``bench startup``). A record made with this decorator takes its fields by keyword
through one shared ``__init__`` instead, which walks the fields the class declares;
everything else is the standard library's frozen dataclass (``fields``, ``replace``,
``FrozenInstanceError``), and type checkers see a frozen dataclass
(``dataclass_transform``). Meant for records with many fields that are made a few
times, not for values made in the thousands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


def _init_from(declared: tuple[Field[Any], ...]) -> Callable[..., None]:
    def __init__(self: object, **values: Any) -> None:
        for item in declared:
            if item.name in values:
                value = values.pop(item.name)
            elif item.default is not MISSING:
                value = item.default
            elif item.default_factory is not MISSING:
                value = item.default_factory()
            else:
                raise TypeError(f"{type(self).__name__}() needs '{item.name}'")
            object.__setattr__(self, item.name, value)
        if values:
            raise TypeError(f"{type(self).__name__}() takes no {', '.join(sorted(values))}")

    return __init__


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field,))
def frozen_record(cls: type[T]) -> type[T]:
    """A frozen, keyword-only dataclass without generated ``__init__``, ``__eq__`` and
    ``__repr__`` (nothing compares such records; a repr could print secrets)."""
    made = dataclass(frozen=True, eq=False, repr=False, init=False)(cls)
    made.__init__ = _init_from(fields(made))  # type: ignore[method-assign, arg-type]
    return made
