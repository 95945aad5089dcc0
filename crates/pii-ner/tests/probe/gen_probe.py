#!/usr/bin/env python3
"""Generalization probe for PERSON in structural positions (issue 13, items 1 and 3).

Deterministic, standard library only: `python3 gen_probe.py OUT_DIR [--n 6] [--seed 13]` writes
`train.jsonl` (even templates, looked at while writing rules) and `heldout.jsonl` (odd templates,
only measured) in the eval kit's gold format (PERSON spans only; code point offsets).

Names: written by hand for this probe from general knowledge of naming in each country (no name
generator library or its lists). Templates: written fresh for this probe.
"""
import json
import random
import sys

FIRST = {
    "ng": ["Chukwuemeka", "Ngozi", "Oluwaseun", "Ifeoma", "Babatunde", "Adaeze", "Temitope", "Obinna"],
    "cn": ["Xiaoming", "Jiayi", "Haoran", "Yuting", "Zihan", "Wenjie"],
    "in": ["Priya", "Venkatesh", "Ananya", "Rohit", "Lakshmi", "Aarav", "Deepika", "Sanjay"],
    "tr": ["Emre", "Ayşe", "Mehmet", "Zeynep", "Burak", "Elif", "Oğuz"],
    "pl": ["Krzysztof", "Agnieszka", "Małgorzata", "Tomasz", "Wojciech", "Katarzyna"],
    "vn": ["Thảo", "Quang", "Huyền", "Duy", "Ngọc"],
    "id": ["Budi", "Siti", "Dewi", "Agus", "Wulan"],
    "ar": ["Yousef", "Fatima", "Omar", "Layla", "Khaled", "Noura"],
    "la": ["Joaquín", "Ximena", "Thiago", "Valentina", "Mateo", "Camila"],
    "kr": ["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun"],
    "jp": ["Haruto", "Yui", "Sota", "Aoi"],
    "ph": ["Maricel", "Rodel", "Jericho", "Analyn"],
    "ke": ["Wanjiru", "Otieno", "Achieng", "Kiprotich"],
    "ir": ["Shirin", "Dariush", "Parisa", "Arash"],
    "hu": ["Zsófia", "Bence", "Réka"],
    "gr": ["Eleni", "Dimitrios", "Vasiliki"],
    "fi": ["Aino", "Eero", "Sanni"],
}
LAST = {
    "ng": ["Obi", "Adebayo", "Nwosu", "Okonkwo", "Eze", "Balogun", "Olatunji"],
    "cn": ["Wang", "Zhao", "Chen", "Liu", "Huang", "Xu"],
    "in": ["Raghunathan", "Iyer", "Chatterjee", "Deshpande", "Subramanian", "Kulkarni", "Bhattacharya"],
    "tr": ["Yılmaz", "Demir", "Öztürk", "Kaya", "Çelik", "Arslan"],
    "pl": ["Wiśniewski", "Zielińska", "Wójcik", "Lewandowski", "Kamińska", "Szymański"],
    "vn": ["Nguyễn", "Trần", "Phạm", "Hoàng", "Võ"],
    "id": ["Santoso", "Rahmawati", "Wijaya", "Hidayat", "Saputra"],
    "ar": ["Al-Hashimi", "Haddad", "Khalil", "Mansour", "Qasim", "Nasser"],
    "la": ["Barrientos", "Cárdenas", "Albuquerque", "Quispe", "Echeverría", "Mendoza"],
    "kr": ["Kim", "Park", "Choi", "Jeong"],
    "jp": ["Takahashi", "Nakamura", "Yamaguchi", "Fujimoto"],
    "ph": ["Dimaculangan", "Villanueva", "Macaraeg", "Bautista"],
    "ke": ["Kamau", "Odhiambo", "Mutua", "Chebet"],
    "ir": ["Farahani", "Rahimi", "Moradi", "Tehrani"],
    "hu": ["Kovács", "Szabó", "Tóth"],
    "gr": ["Papadopoulou", "Georgiou", "Antonopoulos"],
    "fi": ["Virtanen", "Korhonen", "Mäkinen"],
}


class Doc:
    def __init__(self, rng):
        self.rng = rng
        self.parts = []
        self.spans = []
        self.len = 0

    def t(self, s):
        self.parts.append(s)
        self.len += len(s)
        return self

    def p(self, s):
        self.spans.append((self.len, self.len + len(s)))
        return self.t(s)

    def text(self):
        return "".join(self.parts)


def person(rng):
    c = rng.choice(sorted(FIRST))
    return rng.choice(FIRST[c]), rng.choice(LAST[c])


def full(rng):
    f, l = person(rng)
    return f"{f} {l}"


def addr(rng, name):
    f, l = name.split(" ")[0], name.split(" ")[-1]
    return f"{f[0].lower()}.{ascii_(l).lower()}@example.org"


def ascii_(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


# Each template takes (Doc, rng) and fills it.
def t00(d, r):  # form with Subject
    d.t("CASE SUMMARY\nSubject: ").p(full(r)).t("\nCase number: 88-2031\nReviewed by: TBD\nStatus: open\n")

def t01(d, r):
    d.t("Incident report\nSubject: ").p(full(r)).t("\nLocation: warehouse B\nWitness: N/A\nPrepared by: ").p(full(r)).t("\n")

def t02(d, r):  # dotted leaders
    d.t("VISA APPLICATION\nApplicant ......... ").p(full(r)).t("\nReference ......... A-22931\nSponsor ........... N/A\n")

def t03(d, r):
    d.t("Beneficiary .......... ").p(full(r)).t("\nRelationship ........ daughter\nShare ............... 50%\n")

def t04(d, r):  # bracketed
    d.t("[1] Full legal name: ").p(full(r)).t("\n[2] Nationality: Kenyan\n[3] Occupation: engineer\n")

def t05(d, r):
    d.t("(a) Claimant: ").p(full(r)).t("\n(b) Respondent: the applicant\n(c) Claim value: 12,000\n")

def t06(d, r):  # table cells
    d.t("| Field | Value |\n|---|---|\n| Name | ").p(full(r)).t(" |\n| Department | Finance |\n| Manager | ").p(full(r)).t(" |\n")

def t07(d, r):
    d.t("Employee | ").p(full(r)).t("\nPosition | Senior analyst\nStart date | 2024-02-01\n")

def t08(d, r):  # medical
    d.t("DISCHARGE NOTE\nPatient ....... ").p(full(r)).t("\nAttending: Dr. ").p(full(r)).t("\nEmergency contact: ").p(full(r)).t(" (spouse)\nAllergies: none\n")

def t09(d, r):
    d.t("Patient: ").p(full(r)).t("\nNext of kin: ").p(full(r)).t("\nGuardian: N/A\nDiagnosis: type 2 diabetes\n")

def t10(d, r):  # HR
    d.t("PERFORMANCE REVIEW\nEmployee: ").p(full(r)).t("\nReviewed by: ").p(full(r)).t("\nApproved by: ").p(full(r)).t("\nRating: exceeds expectations\n")

def t11(d, r):
    d.t("Offer letter - internal\nPrepared by: ").p(full(r)).t("\nCandidate: ").p(full(r)).t("\nSalary band: B3\n")

def t12(d, r):  # JSON
    f, l = person(r)
    d.t('{"id": 4411, "given_name": "').p(f).t('", "family_name": "').p(l).t('", "status": "active"}\n')

def t13(d, r):
    d.t('{"ticket": 99, "contact": {"name": "').p(full(r)).t('", "tier": "gold"}, "note": "call back"}\n')

def t14(d, r):  # CSV
    d.t("id,full_name,city,plan\n1,").p(full(r)).t(",Lagos,basic\n2,").p(full(r)).t(",Izmir,pro\n")

def t15(d, r):
    f, l = person(r)
    f2, l2 = person(r)
    d.t("Vorname;Nachname;Abteilung\n").p(f).t(";").p(l).t(";Vertrieb\n").p(f2).t(";").p(l2).t(";Einkauf\n")

def t16(d, r):  # XML
    f, l = person(r)
    d.t("<customer>\n  <firstName>").p(f).t("</firstName>\n  <lastName>").p(l).t("</lastName>\n  <tier>2</tier>\n</customer>\n")

def t17(d, r):
    f, l = person(r)
    d.t('{"nom": "').p(l).t('", "prenom": "').p(f).t('", "ville": "Paris"}\n')

def t18(d, r):  # chat name > text
    a, b = person(r)[0].lower(), person(r)[0].lower()
    d.p(a).t(" > are we still on for 3pm?\n").p(b).t(" > yes, room 4\n").p(a).t(" > ok see you\n")

def t19(d, r):
    a, b = person(r)[0].lower(), person(r)[0].lower()
    d.t("[10:42] ").p(a).t(": deploy is done\n[10:43] ").p(b).t(": nice, closing the ticket\n")

def t20(d, r):  # whatsapp
    a, b = full(r), person(r)[0]
    d.t("12/03/24, 10:42 - ").p(a).t(": running late, 10 min\n12/03/24, 10:44 - ").p(b).t(": no worries\n")

def t21(d, r):  # slack export
    a, b = full(r), full(r)
    d.p(a).t("  11:47\nhas anyone seen the new dashboard?\n\n").p(b).t("  11:49\nyes, it is on staging\n")

def t22(d, r):  # transcript
    a, b = full(r), full(r)
    d.t("Interviewer: ").p(a).t("\nInterviewee: ").p(b).t("\n\n").p(a.split()[0]).t(": Thanks for joining.\n").p(b.split()[0]).t(": Happy to be here.\n")

def t23(d, r):
    a, b = person(r)[0], person(r)[0]
    d.t("09:15 ").p(a).t(": can you check the logs\n09:16 ").p(b).t(": on it\n")

def t24(d, r):  # email headers
    a, b = full(r), person(r)
    d.t("From: ").p(a).t(f" <{addr(r, a)}>\nTo: \"").p(f"{b[1]}, {b[0]}").t(f"\" <{addr(r, b[0] + ' ' + b[1])}>\nSubject: Q3 budget\n\nPlease see attached.\n")

def t25(d, r):
    a = full(r)
    d.t("Please loop in ").p(a).t(f" <{addr(r, a)}> before Friday.\n")

def t26(d, r):  # git
    a, b, c = full(r), full(r), full(r)
    d.t("commit 3f9a1c2\nAuthor: ").p(a).t(f" <{addr(r, a)}>\n\n    parser: fix crash on empty input\n\n    Signed-off-by: ").p(b).t(f" <{addr(r, b)}>\n    Co-authored-by: ").p(c).t(f" <{addr(r, c)}>\n")

def t27(d, r):
    a, b = full(r), full(r)
    d.t("net: handle zero-length frames\n\nReported-by: ").p(a).t(f" <{addr(r, a)}>\nReviewed-by: ").p(b).t(f" <{addr(r, b)}>\n")

def t28(d, r):  # changelog credit
    d.t("## 2.4.1\n- Fix crash on empty input (thanks to ").p(full(r)).t(")\n- Faster startup\n")

def t29(d, r):
    d.t("Release notes\n\nThanks to ").p(full(r)).t(" and ").p(full(r)).t(" for their contributions.\n")

def t30(d, r):  # licence
    d.t("MIT License\n\nCopyright (c) 2019 ").p(full(r)).t("\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n")

def t31(d, r):
    d.t("/*\n * (c) ").p(full(r)).t(" and ").p(full(r)).t("\n * Licensed under the Apache License, Version 2.0\n */\n")

def t32(d, r):  # all caps
    d.t("COPYRIGHT 2020 ").p(full(r).upper()).t(". ALL RIGHTS RESERVED.\nTHIS SOFTWARE IS PROVIDED AS IS.\n")

def t33(d, r):
    d.t("PATIENT: ").p(full(r).upper()).t("\nDOB: 1984-07-12\nREFERRING PHYSICIAN: ").p(full(r).upper()).t("\n")

def t34(d, r):  # greetings
    a, b = full(r), full(r)
    d.t("Dear ").p(a).t(",\n\nYour appointment is confirmed for Monday.\n\nRegards,\n").p(b).t("\n")

def t35(d, r):
    a, b = person(r)[0], person(r)[0]
    d.t("Hi ").p(a).t(",\nThanks for the quick turnaround on the report.\nBest,\n").p(b).t("\n")

def t36(d, r):  # contacts
    d.t("Contact person: ").p(full(r)).t("\nAccount holder: ").p(full(r)).t("\nCardholder: ").p(full(r).upper()).t("\nCard type: Visa\n")

def t37(d, r):
    d.t("Account holder ...... ").p(full(r)).t("\nSigned: ").p(full(r)).t("\nDate: 04.05.2025\n")

def t38(d, r):  # support ticket
    d.t("Ticket #4412\nReported by: ").p(full(r)).t("\nAssigned to: ").p(full(r)).t("\nPriority: high\n\nThe export fails with error 500.\n")

def t39(d, r):  # readme authors
    d.t("## Authors\n\n- ").p(full(r)).t("\n- ").p(full(r)).t("\n\n## License\n\nMIT\n")


TEMPLATES = [v for k, v in sorted(globals().items()) if k.startswith("t") and k[1:].isdigit()]


def main():
    out = sys.argv[1]
    n = int(sys.argv[sys.argv.index("--n") + 1]) if "--n" in sys.argv else 6
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 13
    rng = random.Random(seed)
    files = {0: open(f"{out}/train.jsonl", "w", encoding="utf-8"), 1: open(f"{out}/heldout.jsonl", "w", encoding="utf-8")}
    for ti, tpl in enumerate(TEMPLATES):
        for k in range(n):
            d = Doc(rng)
            tpl(d, rng)
            spans = [{"entity_type": "PERSON", "start": a, "end": b} for a, b in d.spans]
            row = {"id": f"probe-t{ti:02d}-{k}", "format": "text", "text": d.text(), "spans": spans}
            files[ti % 2].write(json.dumps(row, ensure_ascii=False) + "\n")
    for f in files.values():
        f.close()


if __name__ == "__main__":
    main()
