#!/usr/bin/env bash
# Extract every translatable string into assets/translations/*.ts (Qt Linguist files),
# then compile them to .qm. Qt-free code marks strings with N_("Context", "text").
set -euo pipefail
cd "$(dirname "$0")/.."
for lang in de; do
  .venv/bin/pyside6-lupdate -no-obsolete -locations none \
    -tr-function-alias QT_TRANSLATE_NOOP+=N_ \
    $(git ls-files --cached --others --exclude-standard 'kiosk/*.py' 'devices/*.py' 'ui/*.py' 'forms/*.py' 'sync/*.py') \
    -ts "assets/translations/kiosk_${lang}.ts"
  .venv/bin/pyside6-lrelease -silent "assets/translations/kiosk_${lang}.ts" \
    -qm "assets/translations/kiosk_${lang}.qm"
done
