#!/usr/bin/env python3
"""Held-out set D for name / place / organisation detection: 56 new templates, new name lists.

Deterministic, standard library only (the seed and the files of this folder, plus ../gen/gen_set.py
whose Doc span builder and structured-value generators are imported, fully decide the output):

    python3 gen_d.py OUT_DIR [--n 400] [--seed 5151]

writes `heldout_d.jsonl` in the evaluation kit's gold format ({"id", "format", "text",
"spans": [{"entity_type", "start", "end"}]}, code point offsets, end exclusive) and
`heldout_d.meta.jsonl` ({"id", "template", "negative", "style"}; style = the template name so that
`score.py --meta` prints one line per template).

Set D is NEVER tuned on: no rule may be written or adjusted while looking at its documents.

Templates (d_tpl_records.py, d_tpl_comms.py, d_tpl_prose.py) are written fresh for set D: none of
their layouts or wordings is taken from gen_set.py (halves A and B), gen_c.py (set C), the dev set
or the probe. Names, places, organisations and domains are in d_data.py (sources and licences
there). Before writing, the generator checks that:
  * no name token (particles aside) is shared with gen_set.py's or gen_c.py's lists, and no place
    of set D is also one of its names;
  * no e-mail address, URL or IPv4 address is left outside a gold span;
  * every gold span's text equals the value inserted, is non-empty, has no outer whitespace, and
    spans do not overlap;
  * every occurrence of a PERSON value's tokens in its document, and of any set D name (as written
    or in capitals) in any document, lies inside a gold span (no name is left unlabelled);
  * JSON documents parse; PII-free templates produce no span.
"""
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ beside the imported generators
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "gen"))
sys.path.insert(0, os.path.join(HERE, "..", "gen_c"))
import gen_c  # noqa: E402
import gen_set  # noqa: E402
from gen_set import Doc  # noqa: E402

import d_data  # noqa: E402
from d_data import FIRST_D, LAST_D, PARTICLES, PLACES_D, US_PLACES_D, all_d_names, name_tokens  # noqa: E402
import d_tpl_comms as C  # noqa: E402
import d_tpl_prose as X  # noqa: E402
import d_tpl_records as R  # noqa: E402

# The first eight templates get one document more than the others (400 = 56 * 7 + 8); four of them
# are PII-free so that 60 of the 400 documents have an empty gold.
TEMPLATES = [
    X.d_neg_runbook, R.d_judgment_header, X.d_neg_product, C.d_teams_export, X.d_neg_policy, R.d_pharmacy_label,
    X.d_neg_spec_table, C.d_discord_export,
    R.d_discharge_ward, R.d_payroll_slip, R.d_bank_statement, R.d_offer_letter, R.d_reference_academic,
    R.d_perf_review, R.d_insurance_schedule, R.d_visa_boxes, R.d_callcentre_notes, R.d_occurrence_report,
    X.d_neg_release_notes, R.d_enrolment_grid, R.d_trial_log, R.d_lab_report, R.d_tax_return_fields,
    R.d_delivery_note, R.d_real_estate, R.d_obituary, R.d_wedding_invite, X.d_neg_agenda,
    C.d_meeting_transcript, C.d_whatsapp_ios, C.d_telegram_json, C.d_jira_ticket, C.d_github_issue,
    C.d_pr_review, C.d_mailing_digest, C.d_changelog_thanks, X.d_neg_server_log, C.d_authors_file,
    C.d_maintainers_file, C.d_license_headers, C.d_email_headers, C.d_support_chat, C.d_app_log, C.d_html_team,
    C.d_records_xml, C.d_records_json, C.d_records_csv, C.d_records_tsv, C.d_tech_note_named, X.d_neg_help_article,
    X.d_book_ack, X.d_thesis_title, X.d_conf_programme, X.d_newspaper, X.d_cv, X.d_profile_page,
]
NEGATIVE = {t for t in TEMPLATES if t.__name__.startswith("d_neg_")}
JSON_TEMPLATES = {C.d_telegram_json, C.d_records_json}


class CheckedDoc(Doc):
    """Doc that also keeps each inserted gold value, to compare with the text it ends up in."""

    def __init__(self):
        super().__init__()
        self.values = []

    def e(self, ty, s):
        self.values.append((ty, s, self.n))
        return super().e(ty, s)


class CountingGen(d_data.GenD):
    """GenD that counts persons and those drawn with a word / place name (reported, not asserted)."""

    persons = 0
    worded = 0

    def person(self, cc=None):
        p = super().person(cc)
        CountingGen.persons += 1
        CountingGen.worded += p.first in d_data.WORD_FIRST_D or p.last in d_data.WORD_LAST_D
        return p


def check_lists():
    earlier = ([n for v in gen_set.FIRST.values() for n in v] + [n for v in gen_set.LAST.values() for n in v]
               + [n for v in gen_c.FIRST_C.values() for n in v] + [n for v in gen_c.LAST_C.values() for n in v]
               + gen_c.WORD_FIRST + gen_c.WORD_LAST)
    shared = sorted(name_tokens(all_d_names()) & name_tokens(earlier))
    assert not shared, f"name tokens shared with gen_set.py / gen_c.py: {shared}"
    places = {t.casefold() for pl in PLACES_D for t in pl} | {c.casefold() for c, _, _ in US_PLACES_D}
    clash = sorted(places & name_tokens(all_d_names()))
    assert not clash, f"set D places that are also set D names: {clash}"
    assert len(FIRST_D) >= 40 and set(FIRST_D) == set(LAST_D), "need 40+ countries with both lists"
    assert len(TEMPLATES) - len(NEGATIVE) >= 40 and len(set(TEMPLATES)) == len(TEMPLATES)


def occurrences(text, token):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(token) + r"(?!\w)", text)]


def covered(spans, start, end):
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def person_tokens(value):
    for t in re.split(r"[\s,]+", value):
        t = t.rstrip(".")
        if len(t) >= 2 and t.casefold() not in PARTICLES:
            yield t


GLOBAL_TOKENS = sorted({t for n in all_d_names() for t in re.split(r"\s+", n) if t.casefold() not in PARTICLES}
                       | {t.upper() for n in all_d_names() for t in re.split(r"\s+", n) if t.casefold() not in PARTICLES})


# E-mail addresses, URLs and IPv4 addresses must never be left unlabelled (templates write some by hand).
STRUCTURED = [re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), re.compile(r"(https?://|www\.)\S+?(?=[\s\"'<>)]|$)"),
              re.compile(r"(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])")]


def check_doc(tpl, d, text):
    name = tpl.__name__
    prev_end = -1
    for s in sorted(d.spans, key=lambda s: s["start"]):
        assert s["start"] >= prev_end, (name, "overlapping spans", text[s["start"]:s["end"]])
        prev_end = s["end"]
    for (ty, value, start), s in zip(d.values, d.spans):
        got = text[s["start"]:s["end"]]
        assert s["start"] == start and got == value and s["entity_type"] == ty, (name, value, got)
        assert got and got == got.strip(), (name, repr(got))
    tokens = {t for ty, v, _ in d.values if ty == "PERSON" for t in person_tokens(v)}
    for t in sorted(tokens) + GLOBAL_TOKENS:
        for pos in occurrences(text, t):
            assert covered(d.spans, pos, pos + len(t)), (name, "name outside any gold span", t, text[max(0, pos - 30):pos + 30])
    for pat in STRUCTURED:
        for m in pat.finditer(text):
            assert covered(d.spans, m.start(), m.end()), (name, "structured value outside any gold span", m.group())
    if tpl in NEGATIVE:
        assert not d.spans, (name, "PII-free template produced spans")
    else:
        assert any(s["entity_type"] in ("PERSON", "LOCATION", "ORGANIZATION") for s in d.spans), name
    if tpl in JSON_TEMPLATES:
        json.loads(text)


def build(n, seed):
    g = CountingGen(random.Random(seed))
    docs, meta = [], []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        d = CheckedDoc()
        tpl(d, g)
        text = d.text()
        check_doc(tpl, d, text)
        doc_id = f"heldout_d-{i:05d}"
        docs.append({"id": doc_id, "format": "text", "text": text, "spans": d.spans})
        meta.append({"id": doc_id, "template": tpl.__name__, "negative": not d.spans, "style": tpl.__name__})
    return docs, meta


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    check_lists()
    out = args[0]
    n = int(args[args.index("--n") + 1]) if "--n" in args else 400
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 5151
    docs, meta = build(n, seed)
    with open(os.path.join(out, "heldout_d.jsonl"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "heldout_d.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m) + "\n")
    neg = sum(m["negative"] for m in meta)
    print(f"{len(docs)} documents, {neg} PII-free, {sum(len(x['spans']) for x in docs)} gold spans, "
          f"{len(TEMPLATES)} templates ({len(TEMPLATES) - len(NEGATIVE)} with PII), {len(FIRST_D)} countries; "
          f"{CountingGen.worded} of {CountingGen.persons} persons carry a word / place name", file=sys.stderr)


if __name__ == "__main__":
    main()
