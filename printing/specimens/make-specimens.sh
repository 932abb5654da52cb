#!/bin/sh
# Regenerates the README's specimen pictures from the current letter code: the letter tests write
# specimens.pdf (TestLetters::specimenIsMarked) into GD_LETTER_KEEP_DIR, and pdftoppm (poppler-utils)
# renders its pages at 80 dpi (680 x 880 for US Letter).
# Usage, from the source tree after building test_letters: printing/specimens/make-specimens.sh [build dir]
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
keep=$(mktemp -d)
trap 'rm -rf "$keep"' EXIT
(cd "$build" && GD_LETTER_KEEP_DIR="$keep" QT_QPA_PLATFORM=offscreen \
    ctest -R '^test_letters$' --output-on-failure >/dev/null)
page() {   # page number, picture name
    pdftoppm -r 80 -png -singlefile -f "$1" -l "$1" "$keep/specimens.pdf" "$here/$2"
}
page 1 letter-trifold-en
page 2 letter-pressure-seal-es
page 3 letter-trifold-fa
page 5 waiver-form-zh-Hant
