#!/usr/bin/env python3
"""Converts the NER component of a spaCy pipeline wheel into the files the Rust port reads.

Python standard library only; imported by convert_models.py (scripts/fetch-models). Any pipeline
whose NER is a `spacy.TransitionBasedParser.v2` over its own `spacy.Tok2Vec.v2` (a
`MultiHashEmbed.v2` and a `MaxoutWindowEncoder.v2`) converts: the architecture (widths, embedded
attributes and their rows, window, maxout pieces, depth) is read from the package's config.cfg and
checked against the shapes of the arrays, never assumed.

Output folder (one per pipeline, named by the pipeline's language code):
  config.json      package, language, spaCy version, architecture, NER classes, hash-embed seeds
  weights.bin      the network as flat little-endian f32 arrays; layout (name offset dims) in weights.txt
  tokenizer.json   the tokenizer's own data: exceptions with norms, prefix / suffix / infix, token_match
                   and url_match patterns (Python `re` syntax, as spaCy serialises them)
  lexeme_norm.tsv  the vocabulary's lexeme_norm table (string hash, norm); empty when it has none
"""
import configparser
import json
import os
import zipfile

from msgpack_min import msgpack_loads

# spaCy's attribute ids in the tokenizer's exceptions: ORTH and NORM.
ORTH, NORM = 65, 67
# Attributes the Rust port can compute for a hash embedding.
KNOWN_ATTRS = {"NORM", "LOWER", "ORTH", "PREFIX", "SUFFIX", "SHAPE"}


def is_pipeline(path):
    """A wheel that holds a spaCy pipeline with an NER component."""
    if not path.endswith(".whl"):
        return False
    with zipfile.ZipFile(path) as z:
        return any(n.endswith("/ner/model") for n in z.namelist())


def _value(cfg, section, key):
    raw = cfg.get(section, key)
    if raw.startswith("${") and raw.endswith("}"):
        ref_section, ref_key = raw[2:-1].split(":")
        return _value(cfg, ref_section, ref_key)
    return json.loads(raw)


def architecture(config_text):
    """The NER model's hyper-parameters from the pipeline's config.cfg."""
    cfg = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    cfg.optionxform = str
    cfg.read_string(config_text)
    model = "components.ner.model"
    t2v = model + ".tok2vec"
    embed = t2v + ".embed"
    encode = t2v + ".encode"
    want = {
        model: "spacy.TransitionBasedParser.v2",
        t2v: "spacy.Tok2Vec.v2",
        embed: "spacy.MultiHashEmbed.v2",
        encode: "spacy.MaxoutWindowEncoder.v2",
    }
    for section, arch in want.items():
        got = _value(cfg, section, "@architectures") if cfg.has_section(section) else None
        if got != arch:
            raise SystemExit("unsupported NER architecture: [%s] is %r, the port runs %r" % (section, got, arch))
    arch = {
        "state_type": _value(cfg, model, "state_type"),
        "extra_state_tokens": _value(cfg, model, "extra_state_tokens"),
        "hidden_width": _value(cfg, model, "hidden_width"),
        "parser_maxout_pieces": _value(cfg, model, "maxout_pieces"),
        "use_upper": _value(cfg, model, "use_upper"),
        "embed_width": _value(cfg, embed, "width"),
        "attrs": _value(cfg, embed, "attrs"),
        "rows": _value(cfg, embed, "rows"),
        "include_static_vectors": _value(cfg, embed, "include_static_vectors"),
        "width": _value(cfg, encode, "width"),
        "depth": _value(cfg, encode, "depth"),
        "window_size": _value(cfg, encode, "window_size"),
        "maxout_pieces": _value(cfg, encode, "maxout_pieces"),
    }
    problems = []
    if arch["state_type"] != "ner":
        problems.append("state_type %r" % arch["state_type"])
    if arch["extra_state_tokens"]:
        problems.append("extra_state_tokens")
    if not arch["use_upper"]:
        problems.append("use_upper = false")
    if arch["include_static_vectors"]:
        problems.append("static vectors")
    if set(arch["attrs"]) - KNOWN_ATTRS:
        problems.append("embedded attributes %s" % sorted(set(arch["attrs"]) - KNOWN_ATTRS))
    if problems:
        raise SystemExit("unsupported NER configuration: " + ", ".join(problems))
    return arch


def _arr(a):
    a = {(k.decode() if isinstance(k, bytes) else k): v for k, v in a.items()}
    if a["type"] != "<f4":
        raise SystemExit("unexpected dtype %r" % a["type"])
    return list(a["shape"]), a["data"]


def _layout(model, arch):
    """The network's arrays in the order and under the names the Rust port reads, each checked
    against the shape the architecture implies."""
    nodes, params, attrs = model["nodes"], model["params"], model["attrs"]
    found = {}
    after_list2array = False
    for node, p, a in zip(nodes, params, attrs):
        name = node["name"]
        if p:
            found.setdefault(name if not (name == "linear" and after_list2array) else "proj", []).append(
                ({k: _arr(v) for k, v in p.items()}, a))
        after_list2array = name == "list2array"
    width, hidden, depth = arch["width"], arch["hidden_width"], arch["depth"]
    n_attrs = len(arch["attrs"])
    win = 2 * arch["window_size"] + 1
    embeds = found.get("hashembed", [])
    maxouts = found.get("maxout", [])
    norms = found.get("layernorm", [])
    if len(embeds) != n_attrs or len(maxouts) != depth + 1 or len(norms) != depth + 1:
        raise SystemExit("the network does not have the layers its config describes")
    out = []
    seeds = []
    for i, (p, a) in enumerate(embeds):
        seed = a.get("seed")
        seeds.append(msgpack_loads(seed) if isinstance(seed, (bytes, bytearray)) else seed)
        out.append(("embed%d.E" % i, p["E"], [arch["rows"][i], arch["embed_width"]]))
    pieces = arch["maxout_pieces"]
    mix, mix_n = maxouts[0][0], norms[0][0]
    out += [("mix.W", mix["W"], [width, pieces, n_attrs * arch["embed_width"]]), ("mix.b", mix["b"], [width, pieces]),
            ("mix.G", mix_n["G"], [width]), ("mix.bn", mix_n["b"], [width])]
    for i in range(depth):
        m, n = maxouts[i + 1][0], norms[i + 1][0]
        out += [("cnn%d.W" % i, m["W"], [width, pieces, win * width]), ("cnn%d.b" % i, m["b"], [width, pieces]),
                ("cnn%d.G" % i, n["G"], [width]), ("cnn%d.bn" % i, n["b"], [width])]
    proj = found["proj"][0][0]
    lower = found["precomputable_affine"][0][0]
    upper = found["linear"][0][0]
    lp = arch["parser_maxout_pieces"]
    n_classes = upper["W"][0][0]
    out += [("proj.W", proj["W"], [hidden, width]), ("proj.b", proj["b"], [hidden]),
            ("lower.W", lower["W"], [3, hidden, lp, hidden]), ("lower.b", lower["b"], [hidden, lp]),
            ("lower.pad", lower["pad"], [1, 3, hidden, lp]),
            ("upper.W", upper["W"], [n_classes, hidden]), ("upper.b", upper["b"], [n_classes])]
    for name, (shape, _data), want in out:
        if shape != want:
            raise SystemExit("array %s has shape %s, the config implies %s" % (name, shape, want))
    return [(name, shape, data) for name, (shape, data), _ in out], seeds


def _classes(moves):
    """Class names in the order of the network's outputs: moves 1..5 with their labels, as spaCy
    orders them (by action, then by label frequency, then by name)."""
    mv = json.loads(moves["moves"]) if isinstance(moves.get("moves"), str) else moves["moves"]
    names = {"1": "B", "2": "I", "3": "L", "4": "U"}
    classes = []
    for action in ["1", "2", "3", "4"]:
        for label, _freq in sorted(mv.get(action, {}).items(), key=lambda kv: (-kv[1], kv[0])):
            classes.append("%s-%s" % (names[action], label))
    classes.append("O")
    return classes


def convert(wheel, out_root):
    """Converts one pipeline wheel into OUT_ROOT/<language code>/; returns the code."""
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        meta_name = next(n for n in names if n.count("/") == 1 and n.endswith("/meta.json"))
        meta = json.loads(z.read(meta_name))
        base = next(n for n in names if n.endswith("/ner/model"))[: -len("ner/model")]
        arch = architecture(z.read(base + "config.cfg").decode("utf-8"))
        model = msgpack_loads(z.read(base + "ner/model"))
        moves = msgpack_loads(z.read(base + "ner/moves"))
        tokenizer = msgpack_loads(z.read(base + "tokenizer"))
        lookups = msgpack_loads(z.read(base + "vocab/lookups.bin"))
    lang = meta["lang"]
    out_dir = os.path.join(out_root, lang)
    os.makedirs(out_dir, exist_ok=True)
    layout, seeds = _layout(model, arch)
    offset = 0
    with open(os.path.join(out_dir, "weights.bin"), "wb") as wb, open(os.path.join(out_dir, "weights.txt"), "w") as wt:
        for name, shape, data in layout:
            count = 1
            for d in shape:
                count *= d
            if len(data) != 4 * count:
                raise SystemExit("size mismatch for %s" % name)
            wb.write(data)
            wt.write("%s %d %s\n" % (name, offset, " ".join(str(d) for d in shape)))
            offset += count
    table = lookups.get("lexeme_norm") if isinstance(lookups, dict) else None
    if isinstance(table, (bytes, bytearray)):
        table = msgpack_loads(table)
    with open(os.path.join(out_dir, "lexeme_norm.tsv"), "w", encoding="utf-8") as f:
        for k, v in (table or {}).items():
            if isinstance(k, (bytes, str)) or "\t" in v or "\n" in v:
                continue
            f.write("%d\t%s\n" % (k, v))
    exc = {orth: [[t.get(ORTH), t.get(NORM)] for t in toks] for orth, toks in tokenizer["exceptions"].items()}
    with open(os.path.join(out_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(
            {
                "prefix_search": tokenizer.get("prefix_search") or "",
                "suffix_search": tokenizer.get("suffix_search") or "",
                "infix_finditer": tokenizer.get("infix_finditer") or "",
                "token_match": tokenizer.get("token_match") or "",
                "url_match": tokenizer.get("url_match") or "",
                "exceptions": exc,
            },
            f,
            ensure_ascii=False,
        )
    config = {
        "lang": lang,
        "package": "%s_%s" % (meta["lang"], meta["name"]),
        "version": meta["version"],
        "spacy_version": meta.get("spacy_version", ""),
        "license": meta.get("license", ""),
        "architecture": arch,
        "classes": _classes(moves),
        "seeds": seeds,
    }
    with open(os.path.join(out_dir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=1)
    return lang
