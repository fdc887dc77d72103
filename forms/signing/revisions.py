"""What changed after a signature: the document as the signature saw it, and as it is now.

pyHanko's difference analysis judges each revision by what PDF allows; these rules
are stricter and simpler, and judge the *result*: compared with the bytes a
signature covers, the final document may differ only by signatures filled into
signature fields that already existed (each checked on its own). Anything else is
a change after signing, with a reason a clerk understands:

* a page's content, resources or boxes (incremental content redefinition, the
  shadow attacks that hide or replace content through redefined objects, fonts or
  images);
* annotations that show on a page (overlays) — a signature widget counts by its
  field, position and flags, so filling a planned field is fine, moving it is not;
* a form field added, removed or given another value, a signature removed or
  replaced, a new signature field (also an empty one whose appearance paints over
  the page: the "sneaky signature");
* embedded or associated files, the name trees, actions, optional content and the
  rest of the catalogue (only the DSS, which timestamps and validation data extend,
  may change).

pikepdf reads both versions; it is imported here only (verification runs on worker
threads, in the CLI and in the case processor).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from kiosk.base.i18n import N_, Message

PAGES_CHANGED: Final = N_("Signature", "Pages were added or removed after the signature in "
                          "'{field}' was made.")
PAGE_CHANGED: Final = N_("Signature", "The page was changed after the signature in '{field}' "
                         "was made: page {page} content.")
ANNOTATION_CHANGED: Final = N_(
    "Signature", "Something that shows on page {page} (an annotation) was added or changed "
    "after the signature in '{field}' was made.")
FIELD_ADDED: Final = N_("Signature", "A field the document did not plan was added after the "
                        "signature in '{field}' was made: '{name}'.")
FIELD_REMOVED: Final = N_("Signature", "Field '{name}' was removed after the signature in "
                          "'{field}' was made.")
FIELD_CHANGED: Final = N_("Signature", "Field '{name}' was filled in or changed after the "
                          "signature in '{field}' was made.")
SIGNATURE_REPLACED: Final = N_("Signature", "Signature '{name}' was removed or replaced after "
                               "the signature in '{field}' was made.")
FILES_CHANGED: Final = N_("Signature", "An embedded file was added, replaced or removed after "
                          "the signature in '{field}' was made.")
STRUCTURE_CHANGED: Final = N_("Signature", "The document's structure ({part}) was changed "
                              "after the signature in '{field}' was made.")
UNREADABLE: Final = N_("Signature", "The document cannot be compared with what the signature "
                       "in '{field}' covers ({error}).")

# An annotation's link back to its page (the tree's /Parent links are never followed).
_ANNOT_BACK: Final = frozenset({"/P"})
_SIGREF_DATA: Final = frozenset({"/Data"})
# A signature widget is compared without what signing fills in.
_SIGNED_PARTS: Final = frozenset({"/V", "/AP", "/Lock", "/BBKBiometric"})
_CATALOG_OWN: Final = frozenset({"/Pages", "/AcroForm", "/Names", "/AF", "/DSS"})


@dataclass(frozen=True)
class Field:
    kind: str  # /Sig, /Tx, …
    value: str  # digest of /V ("" when empty)
    appearance: str  # digest of the widget's /AP
    widget: str  # digest of the field and its widget(s) without value and appearance


@dataclass(frozen=True)
class State:
    pages: tuple[str, ...]
    annotations: tuple[tuple[str, ...], ...]
    fields: dict[str, Field]
    files: str
    catalog: dict[str, str]
    acroform: str


def _feed(h: Any, obj: Any, seen: set[tuple[int, int]], skip: frozenset[str]) -> None:
    import pikepdf

    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        key = obj.objgen
        if key in seen:
            h.update(b"R%d,%d;" % key)
            return
        seen.add(key)
    if isinstance(obj, pikepdf.Stream):
        h.update(b"S{")
        _feed_items(h, obj.stream_dict.items(), seen, skip | {"/Length"})
        h.update(obj.read_raw_bytes())
        h.update(b"}")
    elif isinstance(obj, pikepdf.Dictionary):
        h.update(b"D{")
        # An annotation's /P points back to its page (elsewhere /P is a value); a
        # signature reference's /Data points at the whole catalogue.
        if "/Subtype" in obj:
            skip = skip | _ANNOT_BACK
        elif "/TransformMethod" in obj:
            skip = skip | _SIGREF_DATA
        _feed_items(h, obj.items(), seen, skip)
        h.update(b"}")
    elif isinstance(obj, pikepdf.Array):
        h.update(b"A[")
        for item in obj:
            _feed(h, item, seen, frozenset())
            h.update(b",")
        h.update(b"]")
    else:
        h.update(repr(obj).encode("utf-8", "replace"))


def _feed_items(h: Any, items: Iterable[tuple[str, Any]], seen: set[tuple[int, int]],
                skip: frozenset[str]) -> None:
    for key, value in sorted(items, key=lambda kv: kv[0]):
        if key in skip or key == "/Parent":
            continue
        h.update(key.encode() + b"=")
        _feed(h, value, seen, frozenset())
        h.update(b";")


def digest(obj: Any, skip: frozenset[str] = frozenset()) -> str:
    h = hashlib.sha256()
    if obj is not None:
        _feed(h, obj, set(), skip)
    return h.hexdigest()


def _is_sig_widget(annot: Any) -> bool:
    if annot.get("/Subtype") != "/Widget":
        return False
    field = annot if "/FT" in annot else annot.get("/Parent")
    return field is not None and field.get("/FT") == "/Sig"


def _walk_fields(fields: Any, prefix: str, out: dict[str, Field], depth: int = 0) -> None:
    if fields is None or depth > 20:
        return
    for field in fields:
        partial = str(field.get("/T", ""))
        name = f"{prefix}.{partial}" if prefix and partial else partial or prefix
        kids = field.get("/Kids")
        if kids is not None and any("/T" in kid for kid in kids):
            _walk_fields(kids, name, out, depth + 1)
            continue
        widgets = list(kids) if kids is not None else [field]
        appearance = hashlib.sha256(
            "".join(digest(w.get("/AP")) for w in widgets).encode()).hexdigest()
        shape = hashlib.sha256("".join(digest(w, _SIGNED_PARTS) for w in widgets).encode()
                               ).hexdigest()
        kind = str(field.get("/FT", ""))
        value = field.get("/V")
        out[name] = Field(kind, digest(value) if value is not None else "", appearance, shape)


def state(pdf: bytes) -> State:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        root = document.Root
        pages, annotations = [], []
        for page in document.pages:
            pages.append(digest(page.obj, frozenset({"/Annots"})))
            shown = []
            for annot in page.obj.get("/Annots", []):
                shown.append(("sig:" + digest(annot, _SIGNED_PARTS)) if _is_sig_widget(annot)
                             else digest(annot))
            annotations.append(tuple(sorted(shown)))
        fields: dict[str, Field] = {}
        form = root.get("/AcroForm")
        if form is not None:
            _walk_fields(form.get("/Fields"), "", fields)
        h = hashlib.sha256()
        for key in ("/Names", "/AF"):
            h.update(digest(root.get(key)).encode())
        catalog = {key: digest(value) for key, value in root.items() if key not in _CATALOG_OWN}
        return State(tuple(pages), tuple(annotations), fields, h.hexdigest(), catalog,
                     digest(form, frozenset({"/Fields", "/SigFlags"})))


def changes(before: State, after: State, field: str) -> list[Message]:
    """Why ``after`` is not ``before`` plus signatures in planned fields (empty: it is)."""
    found: list[Message] = []
    if len(before.pages) != len(after.pages):
        found.append(PAGES_CHANGED.format(field=field))
    for number, (old, new) in enumerate(zip(before.pages, after.pages, strict=False), 1):
        if old != new:
            found.append(PAGE_CHANGED.format(field=field, page=number))
    for number, (old_a, new_a) in enumerate(
            zip(before.annotations, after.annotations, strict=False), 1):
        if old_a != new_a:
            found.append(ANNOTATION_CHANGED.format(field=field, page=number))
    for name, new_f in after.fields.items():
        old_f = before.fields.get(name)
        if old_f is None:
            found.append(FIELD_ADDED.format(field=field, name=name))
        elif old_f.widget != new_f.widget or old_f.kind != new_f.kind:
            found.append(FIELD_CHANGED.format(field=field, name=name))
        elif old_f.kind == "/Sig":
            if old_f.value and (old_f.value, old_f.appearance) != (new_f.value,
                                                                  new_f.appearance):
                found.append(SIGNATURE_REPLACED.format(field=field, name=name))
        elif (old_f.value, old_f.appearance) != (new_f.value, new_f.appearance):
            found.append(FIELD_CHANGED.format(field=field, name=name))
    for name, old_f in before.fields.items():
        if name not in after.fields:
            found.append((SIGNATURE_REPLACED if old_f.kind == "/Sig" and old_f.value
                          else FIELD_REMOVED).format(field=field, name=name))
    if before.files != after.files:
        found.append(FILES_CHANGED.format(field=field))
    parts = sorted(k for k in before.catalog.keys() | after.catalog.keys()
                   if before.catalog.get(k) != after.catalog.get(k))
    if before.acroform != after.acroform:
        parts.append("/AcroForm")
    if parts:
        found.append(STRUCTURE_CHANGED.format(field=field, part=", ".join(parts)))
    return found
