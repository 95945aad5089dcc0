"""Helpers shared by set E's template modules: entity type names and the forms of a later mention."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
from gen_set import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P  # noqa: E402,F401

MENTIONS = ("given", "family", "caps", "lastfirst", "init", "part", "full")


def form(p, kind):
    """One written form of person p (no title; a possessive 's is added by the caller, outside)."""
    parts = p.parts()
    return {
        "given": p.first,
        "family": p.last,
        "caps": p.last.upper(),
        "capsfull": p.upper,
        "lastfirst": p.last_first,
        "capslastfirst": f"{p.last.upper()}, {p.first}",
        "init": p.initial_last,
        "part": parts[-1],
        "full": p.full,
        "western": p.western,
        "lower": p.first.lower(),
        "lowerfull": p.full.lower(),
    }[kind]


def later(d, g, p, kinds=MENTIONS, poss=False):
    """Append a later mention of p in one of `kinds`, as a PERSON span (and 's outside it)."""
    d.e(P, form(p, g.r.choice(kinds)))
    if poss:
        d.t("'s")
    return d


def pick(g, *opts):
    return g.r.choice(opts)


def ordinal_leader(label, width=26, ch="."):
    """`Label .........` padded to a fixed width (the dotted-leader layout)."""
    pad = max(3, width - len(label) - 2)
    return f"{label} {ch * pad} "
