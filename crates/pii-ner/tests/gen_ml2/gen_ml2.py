#!/usr/bin/env python3
"""Second multilingual generalization set (issue 19): many small templates per language, names that
the first set (`../gen_ml/`) does not use, split by template into a tune half and a held-out half.

The first set has five templates per language and half; its tune half scores 0.995 and no longer shows
what leaks. This set has 16+ small templates per language and half, each a different kind of document
(letters, forms, chats, minutes, receipts, registers, e-mails, notices), with persons written in the
forms real documents use: given + family, `Family Given` (Italian and French registers), `FAMILY Given`,
all caps, an initial, `Family, Given`, a lowercase given name in chat. The templates of each language
are in `tpl_LANG.py`, written fresh for this set, natively in the language.

Deterministic, standard library only:

    python3 gen_ml2.py OUT_DIR [--per 3] [--seed 2929] [--langs it,nl]

writes `tune.jsonl` / `heldout.jsonl` (each template rendered PER times, evaluation-kit gold format)
and `tune.meta.jsonl` / `heldout.meta.jsonl` (template, language, style = language).

Names, places and firms: hand-compiled lists in each `tpl_LANG.py` of names common in that country,
its neighbours and its larger immigrant communities, of the kind recorded as Wikidata given-name /
family-name items (Wikidata: CC0 1.0); none taken from Faker or any fake-data library, none shared
with the first set's lists (checked below). Firm names are invented. Identifiers come from the first
set's generators (valid check digits).
"""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gen_ml"))
sys.path.insert(0, HERE)
import gen_ml as ml  # noqa: E402

LANGS = ["fr", "de", "es", "it", "nl", "pt"]
PLACEHOLDER = ml.PLACEHOLDER
PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "des", "di", "da", "dos", "das", "del", "von",
             "zu", "ten", "ter", "het", "'t", "d'", "y", "e", "al", "el", "bin", "ben"}


def person(r, mod, female, lang):
    given = r.choice(mod.GIVEN_F if female else mod.GIVEN_M)
    fam = mod.FAMILY
    if lang == "es" or (lang == "pt" and r.random() < 0.6):
        family = " ".join(r.sample(fam, 2))
    else:
        family = r.choice(fam)
    if lang == "pt" and r.random() < 0.25:
        family = f"{r.choice(['da', 'dos', 'de'])} {family}"
    return given, family


def forms(given, family):
    """The written forms of one person that templates may use."""
    first = given.split()[0]
    return {
        "P": f"{given} {family}",            # Giulia Rinaldi
        "F": given,                           # Giulia
        "L": family,                          # Rinaldi
        "PI": f"{family} {given}",            # Rinaldi Giulia (registers, class lists)
        "PC": f"{family}, {given}",           # Rinaldi, Giulia
        "PU": f"{family.upper()} {given}",    # RINALDI Giulia
        "PX": f"{given} {family}".upper(),    # GIULIA RINALDI
        "IN": f"{first[0]}. {family}",        # G. Rinaldi
        "fl": first.lower(),                  # giulia (chat handle)
    }


class Values:
    def __init__(self, r, lang, mod):
        self.r, self.lang = r, lang
        self.brazil = lang == "pt" and r.random() < 0.5
        v = {}
        for n in range(1, 5):
            given, family = person(r, mod, n % 2 == 1, lang)
            for k, text in forms(given, family).items():
                v[f"{k}{n}"] = (text, "PERSON")
            mail = re.sub("[^a-z.]", "", ml.fold(f"{given.split()[0]}.{family.split()[-1]}").lower())
            v[f"EMAIL{n}"] = (f"{mail}@{r.choice(mod.MAIL_DOMAINS)}", "EMAIL_ADDRESS")
            if n == 1:
                v["CF"] = (ml.it_fiscal_code(r, given, family, True), "IT_FISCAL_CODE")
        orgs = r.sample(mod.ORGS, 2)
        cities = r.sample(mod.CITIES, 2)
        v.update({
            "ORG": (orgs[0], "ORGANIZATION"), "ORG2": (orgs[1], "ORGANIZATION"),
            "CITY": (cities[0], "LOCATION"), "CITY2": (cities[1], "LOCATION"),
            "ADDR": (self.address(mod), "LOCATION"), "ADDR2": (self.address(mod), "LOCATION"),
            "PHONE": (ml.phone(r, lang, self.brazil), "PHONE_NUMBER"),
            "PHONE2": (ml.phone(r, lang, self.brazil), "PHONE_NUMBER"),
            "DATE": (ml.date_text(r, lang), "DATE_TIME"), "DATE2": (ml.date_text(r, lang), "DATE_TIME"),
            "DOB": (ml.date_text(r, lang, birth=True), "DATE_TIME"),
            "IBAN": (ml.iban(r, lang), "IBAN_CODE"),
            "NIR": (ml.fr_nir(r), "FR_NIR"), "SIRET": (ml.fr_siret(r), "FR_SIRET"),
            "STEUERID": (ml.de_tax_id(r), "DE_TAX_ID"),
            "NIF": (ml.es_nif(r), "ES_NIF"), "NIE": (ml.es_nie(r), "ES_NIE"),
            "PIVA": (ml.it_vat(r), "IT_VAT_CODE"), "BSN": (ml.nl_bsn(r), "NL_BSN"),
            "RRN": (ml.be_national_number(r), "BE_NATIONAL_NUMBER"),
            "CPF": (ml.br_cpf(r), "BR_CPF"), "PTNIF": (ml.pt_nif(r), "PT_NIF"),
            # not PII
            "NUM": (f"{r.choice(['A', 'B', 'K', 'P'])}{r.randint(10, 99)}-{ml.digits(r, 6)}", None),
            "AMT": (f"{r.randint(3, 2900)},{ml.digits(r, 2)}", None),
            "TIME": (f"{r.randint(7, 19):02d}:{r.choice(['05', '10', '20', '35', '40', '55'])}", None),
            "YEAR": (str(r.randint(2018, 2026)), None),
        })
        self.v = v

    def address(self, mod):
        r, lang = self.r, self.lang
        street, n, city = r.choice(mod.STREETS), r.randint(1, 240), r.choice(mod.CITIES)
        if lang == "fr":
            return f"{n} {street}, {r.randint(10, 95)}{ml.digits(r, 3)} {city}"
        if lang == "de":
            return f"{street} {n}, {r.randint(10, 99)}{ml.digits(r, 3)} {city}"
        if lang == "es":
            return f"{street} {n}, {r.randint(1, 52):02d}{ml.digits(r, 3)} {city}"
        if lang == "it":
            return f"{street} {n}, {ml.digits(r, 5)} {city}"
        if lang == "nl":
            return f"{street} {n}, {r.randint(1000, 9999)} {r.choice('ABCEGHJKLMNPRST')}{r.choice('ABCEGHJKLMNPRST')} {city}"
        return f"{street}, {n}, {r.randint(1000, 9999)}-{ml.digits(r, 3)} {city}"

    # The first set's renderer: placeholders to values, each value with a kind a gold span.
    render = ml.Values.render


def name_tokens(names):
    return {t for n in names for t in n.replace("-", " ").split() if t.lower() not in PARTICLES}


def check(mods):
    first = set()
    for table in (ml.FEMALE, ml.MALE, ml.LAST):
        for names in table.values():
            first |= name_tokens(names)
    for lang, mod in mods.items():
        ours = name_tokens(mod.GIVEN_F + mod.GIVEN_M + mod.FAMILY)
        shared = sorted(ours & first)
        assert not shared, f"{lang}: names shared with ../gen_ml: {shared}"
        assert len(mod.GIVEN_F) >= 30 and len(mod.GIVEN_M) >= 30 and len(mod.FAMILY) >= 40, lang
        assert not set(mod.TUNE) & set(mod.HELD), f"{lang}: a template in both halves"
        for half in (mod.TUNE, mod.HELD):
            assert len(half) >= 16, f"{lang}: {len(half)} templates in a half"
            for name, tpl in half.items():
                for ph in PLACEHOLDER.findall(tpl):
                    assert ph in PLACEHOLDERS, f"{lang}/{name}: unknown placeholder {{{ph}}}"


PLACEHOLDERS: set = set()  # filled in main() from a rendered Values


def main():
    global PLACEHOLDERS
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out, per, seed = args[0], 3, 2929
    if "--per" in args:
        per = int(args[args.index("--per") + 1])
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    langs = args[args.index("--langs") + 1].split(",") if "--langs" in args else LANGS
    mods = {lang: importlib.import_module(f"tpl_{lang}") for lang in langs}
    PLACEHOLDERS = set(Values(random.Random(0), langs[0], mods[langs[0]]).v)
    check(mods)
    r = random.Random(seed)
    for half in ("tune", "heldout"):
        rows, meta = [], []
        for lang in langs:
            table = mods[lang].TUNE if half == "tune" else mods[lang].HELD
            for name in sorted(table):
                for k in range(per):
                    vals = Values(r, lang, mods[lang])
                    text, spans = vals.render(table[name].strip("\n") + "\n")
                    doc_id = f"{half}-{lang}-{name}-{k}"
                    rows.append({"id": doc_id, "format": "text", "text": text, "spans": spans})
                    meta.append({"id": doc_id, "template": name, "language": lang, "style": lang,
                                 "negative": not spans})
        for suffix, items in (("", rows), (".meta", meta)):
            with open(os.path.join(out, f"{half}{suffix}.jsonl"), "w", encoding="utf-8") as f:
                for item in items:
                    f.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(half, len(rows), "documents")


if __name__ == "__main__":
    main()
