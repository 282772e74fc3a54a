#!/bin/sh
# The Debian tools the test suite uses to look at what the app writes, installed when
# missing: poppler-utils (pdftotext, pdftoppm) reads the PDFs back; LibreOffice converts
# .xlsx and .docx to PDF the way an office prints them. Installs them where it can
# (root with apt-get, as in CI); elsewhere it says what to install and the tests that
# need them are skipped. Never fails the command it is part of.
missing=""
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-calc-nogui libreoffice-writer-nogui"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing$missing …"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q $missing >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $missing >/dev/null 2>&1; } \
        || echo "Could not install$missing: the tests that need them are skipped." >&2
else
    echo "Not installed:$missing (sudo apt-get install$missing); the tests that need them are skipped." >&2
fi
exit 0
