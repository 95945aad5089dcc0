"""Helpers shared by set F's template modules: entity type names, written forms of a person, label layouts."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
from gen_set import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P  # noqa: E402,F401

LATER = ("given", "family", "full")


def pick(g, *opts):
    return g.r.choice(opts)


def form(p, kind):
    """One written form of person p (no title; a possessive 's is added by the caller, outside)."""
    if p.mono:
        return {"caps": p.first.upper(), "capsfull": p.first.upper(), "lower": p.first.lower(),
                "lowerfull": p.first.lower()}.get(kind, p.first)
    return {
        "given": p.first,
        "family": p.last,
        "caps": p.last.upper(),
        "capsfull": p.upper,
        "lastfirst": p.last_first,
        "capslastfirst": f"{p.last.upper()}, {p.first}",
        "init": p.initial_last,
        "full": p.full,
        "western": p.western,
        "lower": p.first.lower(),
        "lowerfull": p.full.lower(),
        "nick": p.nick,
    }[kind]


def anyform(g, p, kinds=("full", "full", "capsfull", "lastfirst", "init", "capslastfirst")):
    return form(p, g.r.choice(kinds))


def later(d, g, p, kinds=LATER, poss=False):
    """Append a later mention of p in one of `kinds`, as a PERSON span (and 's outside it)."""
    d.e(P, form(p, g.r.choice(kinds)))
    if poss:
        d.t("'s")
    return d


def lab(g, label, width=22):
    """A field label in one of several layouts: `Label: `, `LABEL: `, `label = `, `Label | `, tab, dotted leader."""
    k = g.r.randint(0, 6)
    if k == 0:
        return f"{label}: "
    if k == 1:
        return f"{label.upper()}: "
    if k == 2:
        return f"{label.lower()} = "
    if k == 3:
        return f"{label} | "
    if k == 4:
        return f"{label}\t"
    if k == 5:
        return f"{label} {'.' * max(3, width - len(label))} "
    return f"{label:<{width}}"


def title(g):
    return g.r.choice(["Mr ", "Ms ", "Mrs ", "Dr ", "Prof. ", ""])
