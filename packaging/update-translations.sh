#!/usr/bin/env bash
# Bring the one catalogue of texts (assets/translations/*.ts, Qt Linguist files) up to date:
#   kiosk_<lang>.ts  the program's texts (English in the code: N_("Context", "text"), self.tr)
#   forms_<lang>.ts  the form definitions' texts (German in forms/definitions)
# The kiosk reads the .ts files directly (kiosk/base/catalogue.py); nothing is compiled.
#   ./packaging/update-translations.sh          every language that has files
#   ./packaging/update-translations.sh tr uk    also start Turkish and Ukrainian
# Then translate what is marked unfinished (Qt Linguist) and run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
langs=$(ls assets/translations/kiosk_*.ts assets/translations/forms_*.ts 2>/dev/null \
  | sed -E 's#.*/(kiosk|forms)_(.*)\.ts#\2#' | sort -u)
langs=$(printf '%s\n' $langs "$@" | sort -u)
sources=$(git ls-files --cached --others --exclude-standard \
  'kiosk/*.py' 'devices/*.py' 'ui/*.py' 'forms/*.py' 'sync/*.py')
for lang in $langs; do
  # The program's texts are written in English: its English file holds only the plural
  # forms of the texts with a count ("1 second", "2 seconds"; kiosk/base/plural.py).
  only=""
  [ "$lang" = en ] && only="-pluralonly"
  .venv/bin/pyside6-lupdate -no-obsolete -locations none -source-language en $only \
    -target-language "$lang" -tr-function-alias QT_TRANSLATE_NOOP+=N_ \
    $sources -ts "assets/translations/kiosk_${lang}.ts"
  if [ "$lang" != de ]; then  # the forms' texts are written in German
    .venv/bin/python packaging/form_texts.py "$lang"
  fi
done
# The index of language names the welcome screen reads on its first frame.
.venv/bin/python -c 'from kiosk.base.catalogue import catalogue, write_names; print(write_names(catalogue()))'
