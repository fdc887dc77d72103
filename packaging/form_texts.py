"""Bring assets/translations/forms_<language>.ts up to date with the form definitions.

Run by packaging/update-translations.sh (``python packaging/form_texts.py [LANG ...]``).
Every text of every shipped definition (``forms.texts.form_messages``) gets an entry:
context ``form:<id>``, the German source, the key path as comment (the stable id).
A translation already made for the same entry is kept (with its translator's note,
e.g. that it wants a native speaker's review); a new or changed text is
marked unfinished for the translator (Qt Linguist); texts that are gone are dropped.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from forms.loader import shipped_forms  # noqa: E402 - after the path is set
from forms.texts import form_messages  # noqa: E402
from kiosk.base.catalogue import TRANSLATIONS_DIR, read_ts  # noqa: E402


def _xml(text: str) -> str:
    return escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def update(language: str) -> tuple[int, int]:
    """Write forms_<language>.ts; returns (texts, unfinished)."""
    path = TRANSLATIONS_DIR / f"forms_{language}.ts"
    old = [e for e in (read_ts(path) if path.exists() else []) if e.finished]
    done = {(e.context, e.source, e.disambiguation): e.translation for e in old}
    notes = {(e.context, e.source, e.disambiguation): e.note for e in old}
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="de">']
    count = unfinished = 0
    for form in sorted(shipped_forms().values(), key=lambda f: f.id):
        messages = list(dict.fromkeys(form_messages(form)))
        lines += ["<context>", f"    <name>{_xml(messages[0].context)}</name>"]
        for message in messages:
            key = (message.context, message.source, message.disambiguation)
            translation, note = done.get(key), notes.get(key, "")
            count += 1
            unfinished += translation is None
            kind = ' type="unfinished"' if translation is None else ""
            lines += ["    <message>", f"        <source>{_xml(message.source)}</source>",
                      f"        <comment>{_xml(message.disambiguation)}</comment>",
                      *([f"        <translatorcomment>{_xml(note)}</translatorcomment>"]
                        if note and translation is not None else []),
                      f"        <translation{kind}>{_xml(translation or '')}</translation>",
                      "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count, unfinished


if __name__ == "__main__":
    for lang in sys.argv[1:]:
        texts, todo = update(lang)
        print(f"forms_{lang}.ts: {texts} texts, {todo} to translate")
