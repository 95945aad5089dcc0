#!/usr/bin/env bash
# Installs what the pii-docs integration tests need: poppler-utils, tesseract-ocr(-eng) and
# fonts-dejavu-core from Debian and a
# git-ignored Python venv at crates/pii-docs/tests/.venv with the generators and extractors of
# requirements.txt. Idempotent; run it as root (for apt) or with the packages already present.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# poppler-utils: pdftotext, pdftoppm; tesseract-ocr(-eng): the independent OCR of tests/images.rs,
# which renders its scans with DejaVu Sans (fonts-dejavu-core).
need=()
for p in poppler-utils python3-venv tesseract-ocr tesseract-ocr-eng fonts-dejavu-core; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "missing Debian packages: ${need[*]}" >&2
        exit 1
    fi
fi
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
"$venv/bin/python" -c "import docx, openpyxl, reportlab, pypdf, pdfminer" 
echo "pii-docs test setup ready: $venv"
