#!/usr/bin/env python3
"""Generalization set for issue 13: documents in layouts the engine was not written against.

Deterministic, standard library only (pinned: the seed and this file fully decide the output):

    python3 gen_set.py OUT_DIR [--n 300] [--seed 1313]

writes `tune.jsonl` (templates of half A: the only half looked at while writing rules) and
`heldout.jsonl` (templates of half B: measured, never tuned on), in the evaluation kit's gold format
({"id", "format", "text", "spans": [{"entity_type", "start", "end"}]}, code point offsets, end
exclusive), plus `tune.meta.jsonl` / `heldout.meta.jsonl` naming each document's template.

The templates were written fresh for this set (none is copied from the dev set, the probe in
`tests/probe/` or any name generator). The split is fixed by template, not by document: a rule
that only learned half A's wording does not help on half B.

Data and licences (also in the README's "Data and licences" section):
- Given names and family names: short lists compiled by hand for this set, of names common in each
  country; each is an ordinary given name or family name of the kind recorded as Wikidata
  "given name" (Q202444) / "family name" (Q101352) items (Wikidata content: CC0 1.0). Not taken from
  Faker or any other fake-data library, nor derived from one.
- Cities and countries: common place names as recorded in Wikidata (CC0 1.0).
- Street names, company names, domains: invented for this set.
"""
import datetime
import json
import random
import sys

from gen_data import FIRST, LAST, CITIES, US_CITIES, STREET_WORDS, STREET_KINDS, ORG_A, ORG_B  # noqa: F401 (re-exported for the other sets)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Person:
    def __init__(self, first, last, cc):
        self.first, self.last, self.cc = first, last, cc

    @property
    def full(self):
        return f"{self.first} {self.last}"


class Gen:
    """Random values of each type, from one seeded generator."""

    def __init__(self, rng):
        self.r = rng

    def person(self):
        cc = self.r.choice(sorted(FIRST))
        return Person(self.r.choice(FIRST[cc]), self.r.choice(LAST[cc]), cc)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def org(self):
        return f"{self.r.choice(ORG_A)} {self.r.choice(ORG_B)}"

    def domain(self):
        return self.r.choice(["quillon.io", "ferncastle.co.uk", "bluemarsh.de", "tallgrass.com", "vantory.net",
                              "larkspur-health.org", "saltmere.com.au", "cobaltine.fr"])

    def email(self, p=None):
        p = p or self.person()
        f = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
        l_ = ascii_fold(p.last).lower().replace(" ", "").replace("-", "")
        user = self.r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}_{l_}{self.r.randint(1, 99)}", f"{l_}.{f}"])
        host = self.r.choice([self.domain(), "gmail.com", "outlook.com", "yahoo.co.in", "web.de", "mail.ru",
                              "hotmail.fr", "proton.me"])
        return f"{user}@{host}"

    def phone(self):
        d = self.digits
        fmts = [
            lambda: f"({self.r.randint(201, 989)}) {self.r.randint(201, 989)}-{d(4)}",
            lambda: f"{self.r.randint(201, 989)}-{self.r.randint(201, 989)}-{d(4)}",
            lambda: f"{self.r.randint(201, 989)}.{self.r.randint(201, 989)}.{d(4)}",
            lambda: f"+1 {self.r.randint(201, 989)} {self.r.randint(201, 989)} {d(4)}",
            lambda: f"+44 20 {self.r.randint(3000, 8999)} {d(4)}",
            lambda: f"+44 (0)1{d(2)} {d(3)} {d(4)}",
            lambda: f"07{d(3)} {d(6)}",
            lambda: f"+49 30 {d(4)} {d(4)}",
            lambda: f"+49 (0)89 {d(4)} {d(4)}",
            lambda: f"0171 {d(7)}",
            lambda: f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            lambda: f"+91 98{d(3)} {d(5)}",
            lambda: f"+91-22-{d(4)}-{d(4)}",
            lambda: f"+234 80{d(1)} {d(3)} {d(4)}",
            lambda: f"0803 {d(3)} {d(4)}",
            lambda: f"+55 11 9{d(4)}-{d(4)}",
            lambda: f"(11) 9{d(4)}-{d(4)}",
            lambda: f"+81 3-{d(4)}-{d(4)}",
            lambda: f"090-{d(4)}-{d(4)}",
            lambda: f"+61 2 {d(4)} {d(4)}",
            lambda: f"(02) {d(4)} {d(4)}",
            lambda: f"04{d(2)} {d(3)} {d(3)}",
            lambda: f"+48 22 {d(3)} {d(2)} {d(2)}",
            lambda: f"+48 60{d(1)} {d(3)} {d(3)}",
            lambda: f"+90 212 {d(3)} {d(2)} {d(2)}",
            lambda: f"0532 {d(3)} {d(2)} {d(2)}",
            lambda: f"+31 20 {d(3)} {d(4)}",
            lambda: f"06-{d(8)}",
            lambda: f"+39 06 {d(4)} {d(4)}",
            lambda: f"+34 91{d(1)} {d(3)} {d(3)}",
            lambda: f"+52 55 {d(4)} {d(4)}",
            lambda: f"+82 2-{d(3)}-{d(4)}",
            lambda: f"010-{d(4)}-{d(4)}",
            lambda: f"+86 10 {d(4)} {d(4)}",
            lambda: f"+27 21 {d(3)} {d(4)}",
            lambda: f"+254 7{d(2)} {d(6)}",
            lambda: f"+63 2 {d(4)} {d(4)}",
            lambda: f"0917 {d(3)} {d(4)}",
        ]
        return self.r.choice(fmts)()

    def ssn(self):
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        s = (f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}")
        return self.r.choice(["-".join(s), " ".join(s), "".join(s)])

    def passport(self):
        return self.r.choice([self.r.choice("ACEHKLMNPRSTWXZ") + self.digits(8), str(self.r.randint(1, 9)) + self.digits(8)])

    def driver_license(self):
        L = self.r.choice("ABDGKMRSTW")
        return self.r.choice([
            L + self.digits(7),  # California
            f"{L}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",  # Illinois
            f"{L}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",  # Florida
            self.digits(8),  # Texas
            L + self.digits(12),  # Florida compact
        ])

    def date(self, lo=1950, hi=2026):
        y = self.r.randint(lo, hi)
        dt = datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))
        mon, mab = dt.strftime("%B"), dt.strftime("%b")
        day = dt.day
        suf = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self.r.choice([
            f"{dt:%m/%d/%Y}", f"{day}/{dt.month}/{y}", f"{dt:%Y-%m-%d}", f"{dt:%d.%m.%Y}", f"{mon} {day}, {y}",
            f"{day} {mon} {y}", f"{mab} {day}, {y}", f"{dt:%d}-{mab.upper()}-{y % 100:02d}",
            f"{dt:%A}, {mon} {day}, {y}", f"{mon} {day}{suf}, {y}", f"{day}{suf} of {mon} {y}", f"{dt:%d %b %Y}",
            f"{dt.month}/{day}/{y % 100:02d}",
        ])

    def datetime(self):
        """A machine timestamp (date and time of day): not a DATE_TIME value by the kit's convention."""
        y = self.r.randint(2019, 2026)
        dt = datetime.datetime(y, self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(0, 23), self.r.randint(0, 59))
        return self.r.choice([f"{dt:%Y-%m-%dT%H:%M:%SZ}", f"{dt:%Y-%m-%d %H:%M}", f"{dt:%d %b %Y %H:%M}",
                              f"{dt:%a, %d %b %Y %H:%M:%S} +0000"])

    def ip(self):
        if self.r.random() < 0.7:
            first = self.r.choice([10, 172, 192, self.r.randint(23, 223)])
            return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        groups = [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(8)]
        if self.r.random() < 0.5:
            return "2001:db8:" + ":".join(groups[2:4]) + "::" + groups[7]
        return ":".join(groups)

    def card(self):
        kind = self.r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb", "diners"])
        prefix, n = {"visa": ("4", 16), "mc": (str(self.r.randint(51, 55)), 16), "mc2": (str(self.r.randint(2221, 2720)), 16),
                     "amex": (self.r.choice(["34", "37"]), 15), "disc": ("6011", 16),
                     "jcb": (str(self.r.randint(3528, 3589)), 16), "diners": ("36", 14)}[kind]
        body = prefix + self.digits(n - 1 - len(prefix))
        num = body + luhn_digit(body)
        if kind == "amex":
            return self.r.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
        sep = self.r.choice(["", " ", "-"])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def iban(self):
        cc, layout = self.r.choice([("DE", "n18"), ("GB", "a4n14"), ("FR", "n23"), ("ES", "n20"), ("NL", "a4n10"),
                                    ("IT", "a1n22"), ("PL", "n24"), ("BE", "n12"), ("AT", "n16"), ("IE", "a4n14"),
                                    ("PT", "n21"), ("SE", "n20"), ("CH", "n17")])
        bban = ""
        i = 0
        while i < len(layout):
            kind, j = layout[i], i + 1
            while j < len(layout) and layout[j].isdigit():
                j += 1
            count = int(layout[i + 1:j])
            bban += "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789") for _ in range(count))
            i = j
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        check = 98 - int(num) % 97
        iban = f"{cc}{check:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))
        return iban

    def url(self):
        host = self.r.choice(["portal.", "www.", "app.", ""]) + self.domain()
        path = self.r.choice(["/cases/" + self.digits(6), "/account/settings", "/track?id=" + self.digits(8), ""])
        return self.r.choice(["https://", "http://"]) + host + path

    def city(self):
        return self.r.choice(CITIES)

    def address(self):
        street = f"{self.r.choice(STREET_WORDS)} {self.r.choice(STREET_KINDS)}"
        n = self.r.randint(2, 980)
        kind = self.r.randint(0, 4)
        if kind == 0:
            c, st, z = self.r.choice(US_CITIES)
            return f"{n} {street}, {c}, {st} {z}{self.digits(2)}"
        if kind == 1:
            return f"{n} {street}, Leeds LS{self.r.randint(1, 28)} {self.r.randint(1, 9)}{self.r.choice('ABDEHJLNPQRSTUWXYZ')}{self.r.choice('ABDEHJLNPQRSTUWXYZ')}"
        if kind == 2:
            return f"{self.r.choice(STREET_WORDS)}straße {n}, {self.digits(5)} Leipzig"
        if kind == 3:
            return f"{n} rue des {self.r.choice(['Tilleuls', 'Capucins', 'Lavandières'])}, 690{self.digits(2)} Lyon"
        return f"ul. {self.r.choice(['Ogrodowa', 'Kwiatowa', 'Polna'])} {n}, {self.r.randint(50, 54)}-{self.digits(3)} Wrocław"


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")


class Doc:
    """Text built piece by piece; `e` records a gold span for what it appends."""

    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, ty, s):
        self.spans.append({"entity_type": ty, "start": self.n, "end": self.n + len(s)})
        return self.t(s)

    def w(self, *pieces):
        """Strings are text; (type, value) tuples are gold values."""
        for p in pieces:
            if isinstance(p, tuple):
                self.e(*p)
            else:
                self.t(p)
        return self

    def text(self):
        return "".join(self.parts)


P, L, O = "PERSON", "LOCATION", "ORGANIZATION"
PH, EM, SSN, PASS, DL, DT, IP, CC, IBAN, URL = ("PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "US_PASSPORT",
                                               "US_DRIVER_LICENSE", "DATE_TIME", "IP_ADDRESS", "CREDIT_CARD",
                                               "IBAN_CODE", "URL")

# --- half A: tune (looked at while writing rules) -----------------------------------------------


def a_business_letter(d, g):
    p, q = g.person(), g.person()
    org = g.org()
    d.w((O, org), "\n", (L, g.address()), "\n\n", (DT, g.date(2020)), "\n\n", "Dear ", g.r.choice(["Mr. ", "Ms. ", "Dr. "]),
        (P, q.last), ",\n\nThank you for your enquiry of ", (DT, g.date(2020)), ". As discussed with ", (P, q.first),
        " on the phone, we will ship the samples to our office in ", (L, g.city()[0]), ".\nYou can reach me directly on ",
        (PH, g.phone()), " or at ", (EM, g.email(p)), ".\n\nKind regards,\n\n", (P, p.full), "\nHead of Procurement, ", (O, org), "\n")


def a_medical_note(d, g):
    p, doc_ = g.person(), g.person()
    d.w("CLINIC VISIT NOTE\nPatient: ", (P, f"{p.last.upper()}, {p.first}"), "\nDOB: ", (DT, g.date(1940, 2005)), "\nMRN: ",
        g.digits(8), "\nAttending: Dr. ", (P, doc_.full), "\nVisit date: ", (DT, g.date(2024)), "\n\nS: ", (P, p.first),
        " reports intermittent chest tightness for two weeks. No fever.\nO: BP 132/84, HR 78.\nA/P: ECG ordered; follow up in ",
        "two weeks. Contact: ", (PH, g.phone()), "\nHome address: ", (L, g.address()), "\n")


def a_hr_dotted(d, g):
    p, m = g.person(), g.person()
    d.w("PERSONNEL RECORD\n\nEmployee ............ ", (P, p.full), "\nSocial Security No. .. ", (SSN, g.ssn()),
        "\nDate of hire ........ ", (DT, g.date(2010)), "\nLine manager ........ ", (P, m.full), "\nWork phone .......... ",
        (PH, g.phone()), "\nOffice .............. ", (L, g.city()[0]), "\n")


def a_contract(d, g):
    p, q = g.person(), g.person()
    org = g.org()
    d.w("TENANCY AGREEMENT\n\nThis agreement is made on ", (DT, g.date(2022)), " between ", (O, org), " (the \"Landlord\") and ",
        (P, p.full), ", residing at ", (L, g.address()), " (the \"Tenant\").\n\n1. The Tenant shall pay rent monthly to IBAN ",
        (IBAN, g.iban()), ".\n2. Notices to the Tenant go to ", (EM, g.email(p)), ".\n\nSigned: ", (P, p.full),
        "\nWitness: ", (P, q.full), "\n")


def a_support_ticket(d, g):
    p, agent = g.person(), g.person()
    d.w("Ticket #", g.digits(6), " | Status: open\nReporter: ", (P, p.full), " <", (EM, g.email(p)), ">\nOpened: ",
        g.datetime(), "\nLast login IP: ", (IP, g.ip()), "\n\nHi, I can no longer sign in since the update. ",
        "Please help.\n\n-- ", (P, agent.first), " (support): Hi ", (P, p.first), ", I've reset your session; ",
        "try again and reply here if it fails.\n")


def a_whatsapp(d, g):
    p, q = g.person(), g.person()
    day = g.r.randint(1, 28)
    for who, msg in [(p, "are we still on for friday?"), (q, "yes! bring the charger pls"), (p, "ok. my new number is "),
                     (q, "saved"), (p, "see you at the station in ")]:
        d.w((DT, f"{day:02d}/0{g.r.randint(1, 9)}/24"), f", {g.r.randint(10, 23)}:{g.r.randint(10, 59)} - ",
            (P, who.first if g.r.random() < 0.5 else who.full), ": ", msg)
        if msg.endswith("number is "):
            d.w((PH, g.phone()))
        if msg.endswith("station in "):
            d.w((L, g.city()[0]))
        d.t("\n")


def a_email_thread(d, g):
    p, q, r = g.person(), g.person(), g.person()
    ep, eq = g.email(p), g.email(q)
    d.w("From: ", (P, p.full), " <", (EM, ep), ">\nTo: ", (P, q.full), " <", (EM, eq), ">\nCc: \"", (P, f"{r.last}, {r.first}"), "\" <",
        (EM, g.email(r)), ">\nDate: ", g.datetime(), "\nSubject: Re: site visit\n\nThanks ", (P, q.first),
        ", that works. I'll bring the badge forms.\n\n", (P, p.first), "\n\nOn ", (DT, g.date(2024)), ", ", (P, q.full), " <", (EM, eq),
        "> wrote:\n> Could you confirm the visit? ", (P, r.first), " will join us too.\n")


def a_csv(d, g):
    d.t("given_name,family_name,email,phone,city,date_of_birth\n")
    for _ in range(g.r.randint(3, 6)):
        p = g.person()
        born = g.date(1950, 2004)
        q = '"' if "," in born else ""  # RFC 4180: a value with a comma is quoted
        d.w((P, p.first), ",", (P, p.last), ",", (EM, g.email(p)), ",", (PH, g.phone()), ",", (L, g.city()[0]), ",", q,
            (DT, born), q, "\n")


def a_json(d, g):
    p, c = g.person(), g.person()
    d.w('{\n  "full_name": "', (P, p.full), '",\n  "passport_no": "', (PASS, g.passport()), '",\n  "nationality": "',
        (L, g.city()[1]), '",\n  "contact": {\n    "name": "', (P, c.full), '",\n    "phone": "', (PH, g.phone()),
        '"\n  },\n  "created": "', g.datetime(), '"\n}\n')


def a_invoice(d, g):
    p = g.person()
    org, org2 = g.org(), g.org()
    d.w("INVOICE No. ", g.digits(5), "\nIssued by: ", (O, org), "\nDate: ", (DT, g.date(2023)), "\n\nBill to:\n", (P, p.full),
        "\n", (O, org2), "\n", (L, g.address()), "\n\nConsulting services ........ 1,200.00 EUR\n\nPay to IBAN ", (IBAN, g.iban()),
        " or by card ending ", g.digits(4), ".\nQuestions: ", (EM, g.email()), "\n")


def a_licence(d, g):
    p, q = g.person(), g.person()
    y = g.r.randint(2005, 2020)
    d.w("MIT License\n\nCopyright (c) ", str(y), "-", str(y + g.r.randint(1, 5)), " ", (P, p.full), " <", (EM, g.email(p)),
        ">\nCopyright (c) ", str(y + 1), " ", (P, q.full), "\n\nPermission is hereby granted, free of charge, to any person ",
        "obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software ",
        "without restriction.\n")


def a_changelog(d, g):
    p, q, r = g.person(), g.person(), g.person()
    d.w("## ", str(g.r.randint(1, 4)), ".", str(g.r.randint(0, 20)), ".0 (", (DT, f"{g.r.randint(2019, 2025)}-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)}"),
        ")\n\n- Fix crash when the cache directory is missing. Thanks to ", (P, p.full), ".\n- Faster startup (", (P, q.full),
        ")\n\ncommit ", "".join(g.r.choice("0123456789abcdef") for _ in range(12)), "\n    parser: accept empty input\n\n    Signed-off-by: ",
        (P, r.full), " <", (EM, g.email(r)), ">\n")


def a_passport_form(d, g):
    p = g.person()
    d.w("VISA APPLICATION FORM\n\nSurname: ", (P, p.last.upper()), "\nGiven names: ", (P, p.first.upper()), "\nPlace of birth: ",
        (L, g.city()[0]), "\nDate of birth: ", (DT, g.date(1950, 2005)), "\nPassport No.: ", (PASS, g.passport()), "\nExpiry: ",
        (DT, g.date(2026, 2035)), "\nTelephone: ", (PH, g.phone()), "\nE-mail: ", (EM, g.email(p)), "\n")


def a_insurance_claim(d, g):
    p, b = g.person(), g.person()
    d.w("CLAIM FORM - ", (O, g.org()), "\nClaimant: ", (P, p.full), "\nBeneficiary: ", (P, b.full), "\nDate of loss: ",
        (DT, g.date(2023)), "\n\nDescription: the water damage in ", (P, p.first), "'s kitchen was found by ", (P, b.first),
        " on return from ", (L, g.city()[0]), ". ", (P, p.last), "'s social security number is ", (SSN, g.ssn()), ".\n")


def a_irc(d, g):
    p, q = g.person(), g.person()
    a, b = ascii_fold(p.first).lower(), ascii_fold(q.first).lower()
    for who, msg in [(a, "anyone seen the build failure on main?"), (b, "yeah, flaky test, rerun it"), (a, "thx " + b),
                     (b, "np. deploying from "), (a, "ok")]:
        d.w(f"[{g.r.randint(10, 23)}:{g.r.randint(10, 59)}] ", (P, who), ": ")
        if msg.startswith("thx "):
            d.w("thx ", (P, b))
        elif msg.endswith("from "):
            d.w(msg, (IP, g.ip()))
        else:
            d.t(msg)
        d.t("\n")


def a_minutes(d, g):
    ps = [g.person() for _ in range(3)]
    d.w("Minutes of the project board, ", (DT, g.date(2024)), "\nAttendees: ", (P, ps[0].full), ", ", (P, ps[1].full), ", ", (P, ps[2].full),
        "\n\n1. Budget: ", (P, ps[1].first), " presented the forecast.\n2. Action: ", (P, ps[2].last), " to send the draft to ",
        (O, g.org()), " by ", (DT, g.date(2025)), ".\n")


def a_kyc(d, g):
    p = g.person()
    d.w("Customer due diligence\nFull legal name: ", (P, p.full), "\nSSN: ", (SSN, g.ssn()), "\nDriver's license: ", (DL, g.driver_license()),
        "\nCard on file: ", (CC, g.card()), "\nResidential address: ", (L, g.address()), "\n")


def a_log(d, g):
    for _ in range(g.r.randint(3, 5)):
        p = g.person()
        d.w(g.datetime(), " INFO auth: login ok user=", (EM, g.email(p)), " src=", (IP, g.ip()), "\n")


def a_credits_caps(d, g):
    ps = [g.person() for _ in range(3)]
    d.w("CREDITS\n\nDESIGN AND CODE\n", (P, ps[0].full.upper()), "\n\nTRANSLATIONS\n", (P, ps[1].full.upper()), "\n", (P, ps[2].full.upper()),
        "\n\nSPECIAL THANKS\nThe contributors of ", (O, g.org()), "\n")


def a_reference(d, g):
    p, w = g.person(), g.person()
    d.w("To whom it may concern,\n\nI have known ", (P, p.full), " for six years, first as a student in ", (L, g.city()[0]),
        " and later as a colleague. ", (P, p.first), "'s work on the survey was careful and ", (P, p.last),
        " is well liked by the team.\n\nYours faithfully,\n", (P, w.full), "\n", (PH, g.phone()), "\n")


def a_negative_note(d, g):
    d.t("Release checklist\n\n1. Run the full test suite on the build server.\n2. Update the version number in the manifest.\n"
        "3. Tag the release and push the tag.\n4. Announce it on the mailing list.\nTimeouts default to 30 seconds.\n")


def a_incident(d, g):
    p, w, o = g.person(), g.person(), g.person()
    d.w("INCIDENT REPORT ", g.digits(7), "\nComplainant: ", (P, p.full), "\nWitness: ", (P, w.full), "\nReporting officer: ", (P, o.full),
        "\nLocation: ", (L, g.address()), "\nDate: ", (DT, g.date(2024)), "\n\n", (P, p.last), " stated that the vehicle left towards ",
        (L, g.city()[0]), ". ", (P, w.first), " confirmed this.\n")


def a_slack_copy(d, g):
    p, q = g.person(), g.person()
    for who, msg in [(p, "the staging db is back, restored from the nightly"), (q, "great, thanks "), (p, "np, ping me if the import fails")]:
        d.w((P, who.full), f" [{g.r.randint(1, 12)}:{g.r.randint(10, 59)} {g.r.choice(['AM', 'PM'])}]\n")
        if msg.endswith("thanks "):
            d.w(msg, (P, p.first), "\n")
        else:
            d.w(msg, "\n")


def a_irc_angle(d, g):
    p, q = g.person(), g.person()
    a, b = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(q.first).lower().replace(" ", "")
    d.w("<", (P, a), "> is the mirror at ", (IP, g.ip()), " still up?\n<", (P, b), "> yes, synced an hour ago\n<", (P, a), "> cheers ", (P, b), "\n")


def a_possessive_note(d, g):
    p, q = g.person(), g.person()
    d.w("Case note ", g.digits(5), "\n\nCalled ", (P, p.full), " about the form. ", (P, p.first), "'s social security number is ", (SSN, g.ssn()),
        " and ", (P, q.first), "'s passport number is ", (PASS, g.passport()), ". ", (P, p.last), "'s mobile number changed to ", (PH, g.phone()), ".\n")


def a_greeting_pair(d, g):
    p, q, r = g.person(), g.person(), g.person()
    d.w("Dear ", (P, p.first), " and ", (P, q.first), ",\n\nThe venue in ", (L, g.city()[0]), " is booked for ", (DT, g.date(2025)),
        ". Directions are at ", (URL, g.url()), ".\n\nBest,\n", (P, r.first), "\n")


def a_deposition(d, g):
    p, w = g.person(), g.person()
    tp, tw = p.last.upper(), w.last.upper()
    d.w("TRANSCRIPT OF PROCEEDINGS, ", (DT, g.date(2023)), "\n\nMR. ", (P, tp), ": Please state your full name.\nMS. ", (P, tw), ": ", (P, w.full),
        ".\nMR. ", (P, tp), ": Where were you on the night in question?\nMS. ", (P, tw), ": At home in ", (L, g.city()[0]), ".\n")


TUNE = [a_business_letter, a_medical_note, a_hr_dotted, a_contract, a_support_ticket, a_whatsapp, a_email_thread, a_csv,
        a_json, a_invoice, a_licence, a_changelog, a_passport_form, a_insurance_claim, a_irc, a_minutes, a_kyc, a_log,
        a_credits_caps, a_reference, a_negative_note, a_incident, a_slack_copy, a_irc_angle, a_possessive_note, a_greeting_pair,
        a_deposition]

# --- half B: held out (measured, never tuned on) ------------------------------------------------


def b_resignation(d, g):
    p, m = g.person(), g.person()
    d.w((L, g.address()), "\n", (DT, g.date(2024)), "\n\nDear ", (P, m.first), ",\n\nPlease accept this letter as notice of my resignation from ",
        (O, g.org()), ", effective ", (DT, g.date(2025)), ". I am moving to ", (L, g.city()[0]), ".\n\nWith best wishes,\n", (P, p.full),
        "\nMobile: ", (PH, g.phone()), "\n")


def b_discharge(d, g):
    p, k = g.person(), g.person()
    d.w("DISCHARGE SUMMARY\nName of patient: ", (P, p.full), "\nDate of birth: ", (DT, g.date(1935, 2010)), "\nAdmitted: ",
        (DT, g.date(2025)), "\nNext of kin: ", (P, k.full), " (", g.r.choice(["spouse", "daughter", "son", "brother"]), "), tel. ",
        (PH, g.phone()), "\n\n", (P, p.last), " was admitted with community-acquired pneumonia and improved on antibiotics. ",
        "GP to review in one week.\n")


def b_onboarding(d, g):
    p, e = g.person(), g.person()
    d.w("NEW STARTER CHECKLIST\n[1] Full legal name: ", (P, p.full), "\n[2] Preferred name: ", (P, p.first), "\n[3] SSN: ", (SSN, g.ssn()),
        "\n[4] Start date: ", (DT, g.date(2025)), "\n[5] Emergency contact: ", (P, e.full), ", ", (PH, g.phone()), "\n[6] Laptop issued: yes\n")


def b_nda_signatures(d, g):
    p, q = g.person(), g.person()
    o1, o2 = g.org(), g.org()
    d.w("MUTUAL NON-DISCLOSURE AGREEMENT\n\nEffective date: ", (DT, g.date(2024)), "\nParties: ", (O, o1), " and ", (O, o2), ".\n\n",
        "IN WITNESS WHEREOF the parties have signed below.\n\n", (O, o1), "\nBy: ____________\nName: ", (P, p.full), "\nTitle: CEO\n\n",
        (O, o2), "\nBy: ____________\nName: ", (P, q.full), "\nTitle: Director\n")


def b_helpdesk_chat(d, g):
    p, a = g.person(), g.person()
    c = ascii_fold(p.first).lower()
    d.w("Chat transcript ", g.datetime(), "\n", (P, a.first), " > Hello, you're chatting with support. How can I help?\n",
        (P, c), " > my card ", (CC, g.card()), " was charged twice\n", (P, a.first), " > Sorry about that. Can you confirm the e-mail on the account?\n",
        (P, c), " > ", (EM, g.email(p)), "\n", (P, a.first), " > Thanks ", (P, p.first), ", the refund is on its way.\n")


def b_workplace_chat(d, g):
    p, q = g.person(), g.person()
    d.w((P, p.full), "  ", f"{g.r.randint(8, 11)}:{g.r.randint(10, 59)}", " AM\nmorning all, the vpn gateway moved to ", (IP, g.ip()), "\n\n",
        (P, q.full), "  ", f"{g.r.randint(8, 11)}:{g.r.randint(10, 59)}", " AM\nthanks ", (P, p.first), "! does that need a new profile?\n\n",
        (P, p.full), "  ", f"{g.r.randint(8, 11)}:{g.r.randint(10, 59)}", " AM\nno, same one\n")


def b_forwarded(d, g):
    p, q = g.person(), g.person()
    d.w("-----Original Message-----\nFrom: ", (P, f"{p.last}, {p.first}"), " [mailto:", (EM, g.email(p)), "]\nSent: ", g.datetime(),
        "\nTo: ", (P, q.full), "\nSubject: contract renewal\n\n", (P, q.first), ",\nthe signed copy is attached; call me on ", (PH, g.phone()),
        " if anything is missing.\n", (P, p.first), "\n")


def b_csv_semicolon(d, g):
    d.t("Vorname;Nachname;Geburtsdatum;Telefon;IBAN\n")
    for _ in range(g.r.randint(3, 5)):
        p = g.person()
        d.w((P, p.first), ";", (P, p.last), ";", (DT, g.date(1950, 2004)), ";", (PH, g.phone()), ";", (IBAN, g.iban()), "\n")


def b_xml(d, g):
    p = g.person()
    d.w("<customer id=\"", g.digits(6), "\">\n  <givenName>", (P, p.first), "</givenName>\n  <surname>", (P, p.last), "</surname>\n  <email>",
        (EM, g.email(p)), "</email>\n  <city>", (L, g.city()[0]), "</city>\n  <driverLicense>", (DL, g.driver_license()),
        "</driverLicense>\n  <registered>", g.datetime(), "</registered>\n</customer>\n")


def b_purchase_order(d, g):
    p = g.person()
    d.w("PURCHASE ORDER ", g.digits(6), "\nVendor: ", (O, g.org()), "\nShip to: Attn. ", (P, p.full), ", ", (L, g.address()),
        "\nOrder date: ", (DT, g.date(2024)), "\nPayment: card ", (CC, g.card()), "\nTracking: ", (URL, g.url()), "\n")


def b_notice(d, g):
    ps = [g.person() for _ in range(3)]
    d.w("NOTICE\n\nThis product includes software developed by ", (P, ps[0].full), ".\nPortions copyright ", str(g.r.randint(2001, 2020)),
        " ", (P, ps[1].full), ".\n\nContributors:\n  ", (P, ps[2].full), " <", (EM, g.email(ps[2])), ">\n\nTHIS SOFTWARE IS PROVIDED \"AS IS\" AND ANY ",
        "EXPRESS OR IMPLIED WARRANTIES ARE DISCLAIMED.\n")


def b_release_notes(d, g):
    p, q, r = g.person(), g.person(), g.person()
    d.w("v", str(g.r.randint(0, 9)), ".", str(g.r.randint(0, 30)), ".", str(g.r.randint(0, 9)), " - ", (DT, g.date(2023)),
        "\n\n* Added dark mode (", (P, p.full), ")\n* Fixed upload retries\n\n    Co-authored-by: ", (P, q.full), " <", (EM, g.email(q)),
        ">\n    Reported-by: ", (P, r.full), "\n")


def b_visa_dotted(d, g):
    p = g.person()
    d.w("RESIDENCE PERMIT APPLICATION\nApplicant ................ ", (P, p.full), "\nPassport number .......... ", (PASS, g.passport()),
        "\nDate of issue ............ ", (DT, g.date(2018, 2025)), "\nPlace of issue ........... ", (L, g.city()[0]),
        "\nContact telephone ........ ", (PH, g.phone()), "\n")


def b_loan(d, g):
    p, c, gu = g.person(), g.person(), g.person()
    d.w("LOAN APPLICATION\nBorrower: ", (P, p.full), "  SSN ", (SSN, g.ssn()), "\nCo-borrower: ", (P, c.full), "\nGuarantor: ", (P, gu.full),
        "\nEmployer: ", (O, g.org()), "\nProperty: ", (L, g.address()), "\n\nThe borrower's annual income was verified on ", (DT, g.date(2025)), ".\n")


def b_interview(d, g):
    p, i = g.person(), g.person()
    d.w("Interview transcript, ", (DT, g.date(2024)), "\nInterviewer: ", (P, i.full), "\nCandidate: ", (P, p.full), "\n\n",
        (P, i.last.upper()), ": Tell us about your last role.\n", (P, p.last.upper()), ": I led the data team at ", (O, g.org()), " in ",
        (L, g.city()[0]), ".\n", (P, i.last.upper()), ": Thank you.\n")


def b_status_table(d, g):
    ps = [g.person() for _ in range(3)]
    d.w("Weekly status report\nPrepared by: ", (P, ps[0].full), "\n\n| Task | Owner | Due |\n|---|---|---|\n| Data migration | ", (P, ps[1].full),
        " | ", (DT, g.date(2025)), " |\n| Vendor review | ", (P, ps[2].full), " | ", (DT, g.date(2025)), " |\n")


def b_tax(d, g):
    p = g.person()
    d.w("Request for Taxpayer Identification Number\nTaxpayer name: ", (P, p.full), "\nBusiness name: ", (O, g.org()),
        "\nAddress: ", (L, g.address()), "\nSocial security number: ", (SSN, g.ssn()), "\nSigned on ", (DT, g.date(2025)), "\n")


def b_audit_json(d, g):
    for _ in range(g.r.randint(2, 4)):
        p = g.person()
        d.w('{"ts": "', g.datetime(), '", "actor": "', (P, p.full), '", "action": "export", "client_ip": "', (IP, g.ip()), '"}\n')


def b_acknowledgements(d, g):
    ps = [g.person() for _ in range(4)]
    d.w("Acknowledgements\n\nI thank ", (P, ps[0].full), ", ", (P, ps[1].full), " and ", (P, ps[2].full), " for reading early drafts, and the staff of ",
        (O, g.org()), " in ", (L, g.city()[0]), " for their patience. Above all I thank ", (P, ps[3].first), ".\n")


def b_announcement(d, g):
    p, s = g.person(), g.person()
    d.w("Team update\n\n", (P, p.full), " is leaving to join ", (O, g.org()), " at the end of the month. ", (P, s.full),
        ", who has led the platform group in ", (L, g.city()[0]), ", takes over. Please send ", (P, p.first), " your good wishes.\n")


def b_negative_readme(d, g):
    d.t("Installation\n\nDownload the archive, unpack it and run the installer. The configuration file lives next to the binary; "
        "edit it to change the port or the log level. Upgrading keeps your settings. See the manual for proxies, or the FAQ.\n")


def b_enrollment(d, g):
    s, pa = g.person(), g.person()
    d.w("STUDENT ENROLMENT\nStudent: ", (P, s.full), "\nDate of birth: ", (DT, g.date(2008, 2019)), "\nParent/Guardian: ", (P, pa.full),
        "\nGuardian phone: ", (PH, g.phone()), "\nGuardian e-mail: ", (EM, g.email(pa)), "\nHome address: ", (L, g.address()), "\n")


HELDOUT = [b_resignation, b_discharge, b_onboarding, b_nda_signatures, b_helpdesk_chat, b_workplace_chat, b_forwarded,
           b_csv_semicolon, b_xml, b_purchase_order, b_notice, b_release_notes, b_visa_dotted, b_loan, b_interview,
           b_status_table, b_tax, b_audit_json, b_acknowledgements, b_announcement, b_negative_readme, b_enrollment]


def build(templates, prefix, n, seed):
    rng = random.Random(seed)
    g = Gen(rng)
    docs, meta = [], []
    for i in range(n):
        tpl = templates[i % len(templates)]
        d = Doc()
        tpl(d, g)
        doc_id = f"{prefix}-{i:05d}"
        docs.append({"id": doc_id, "format": "text", "text": d.text(), "spans": d.spans})
        meta.append({"id": doc_id, "template": tpl.__name__, "negative": not d.spans})
    return docs, meta


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out = args[0]
    n = int(args[args.index("--n") + 1]) if "--n" in args else 300
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1313
    for name, templates, s in [("tune", TUNE, seed), ("heldout", HELDOUT, seed + 1)]:
        docs, meta = build(templates, name, n, s)
        with open(f"{out}/{name}.jsonl", "w", encoding="utf-8") as f:
            for doc in docs:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        with open(f"{out}/{name}.meta.jsonl", "w", encoding="utf-8") as f:
            for m in meta:
                f.write(json.dumps(m) + "\n")


if __name__ == "__main__":
    main()
