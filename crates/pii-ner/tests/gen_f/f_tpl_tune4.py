"""Set F, TUNE half, part 4: more small document kinds, and more PII-free ones (t_* templates)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import HOSPITALS_F, PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def t_appointment_card(d, g):
    p, dr = g.people(2)
    d.w("Your next appointment\n", (P, form(p, "full")), "\nwith ", (P, form(dr, "init")), " (physiotherapy)\n", (DT, g.date_f(2026, 2026)), " 10:30\n")
    d.w((O, g.r.choice(HOSPITALS_F)), "\n")


def t_blood_donor(d, g):
    p = g.person()
    d.w("DONOR CARD\n", (P, form(p, "capslastfirst")), "\nGroup O RhD neg\nDonor no. ", g.digits(10), "\nLast donation ", (DT, g.date_f(2025, 2026)), "\n")


def t_discharge_sms(d, g):
    p, n = g.people(2)
    d.w("Ward 3: ", (P, form(p, "given")), " is ready to go home. Please collect from the main entrance. Any questions call ", (P, form(n, "given")), " on ", (PH, g.phone_f()), "\n")


def t_job_offer(d, g):
    p, m = g.people(2)
    d.w("Dear ", (P, form(p, "given")), ",\n\nWe are delighted to offer you the role of Warehouse Supervisor at ", (O, g.org()), ", starting ")
    d.w((DT, g.date_f(2026, 2026)), ". You will report to ", (P, form(m, "full")), ".\n\nKind regards,\n", (P, form(m, "full")), "\n")


def t_leave_request(d, g):
    p, m = g.people(2)
    d.w("Annual leave request\n", lab(g, "Employee"), (P, form(p, "full")), "\n", lab(g, "From"), (DT, g.date_f(2026, 2026)), "\n")
    d.w(lab(g, "To"), (DT, g.date_f(2026, 2026)), "\n", lab(g, "Approver"), (P, form(m, pick(g, "lastfirst", "init"))), "\n")


def t_performance_note(d, g):
    p = g.person()
    d.w("1:1 notes — ", (P, form(p, "given")), "\n- ", (P, form(p, "given")), " shipped the ", g.r.choice(PRODUCTS_F), " migration early\n")
    d.w("- wants to mentor juniors\n- next check-in ", (DT, g.date_f(2026, 2026)), "\n")


def t_org_chart(d, g):
    ceo, a, b = g.people(3)
    d.w("CEO: ", (P, ceo.full), "\n├── CFO: ", (P, a.full), "\n└── CTO: ", (P, b.full), "\n    └── Platform team (6)\n")


def t_petition(d, g):
    d.t("Petition: reopen the Ashcombe footbridge\nSignatories:\n")
    for i, p in enumerate(g.people(3), 1):
        d.w(f"{i}. ", (P, form(p, pick(g, "full", "init", "western"))), ", ", (L, g.city()[0]), "\n")


def t_guestbook(d, g):
    a, b = g.people(2)
    d.w("Lovely stay, the breakfast was amazing! — ", (P, form(a, "given")), " & ", (P, form(b, "given")), " from ", (L, g.city()[1]), "\n")


def t_conference_badge(d, g):
    p = g.person()
    d.w("HELLO my name is\n", (P, form(p, pick(g, "given", "nick"))), "\n", (P, p.full), "\n", (O, g.org()), "\n")


def t_rideshare_receipt(d, g):
    p, drv = g.people(2)
    d.w("Thanks for riding, ", (P, form(p, "given")), "\nYour driver: ", (P, form(drv, "given")), " · Toyota Prius\n")
    d.w("Pickup: ", (L, g.address()), "\nTotal 18.40 charged to card ending ", g.digits(4), "\n")


def t_tax_form(d, g):
    p, sp = g.people(2)
    d.w("Form 1040 (excerpt)\nYour first name and middle initial\t", (P, p.first), "\nLast name\t", (P, p.family) if not p.mono else "-", "\n")
    d.w("Your social security number\t", (SSN, g.ssn()), "\nSpouse's name\t", (P, sp.full), "\n")


def t_contract_signature(d, g):
    a, b = g.people(2)
    d.w("IN WITNESS WHEREOF the parties have signed on ", (DT, g.date_f(2025, 2026)), ".\n\nFor ", (O, g.org()), ":\n")
    d.w("_______________\nName: ", (P, a.full), "\nTitle: Managing Director\n\nWitness: ", (P, form(b, "capsfull")), "\n")


def t_neighbourhood_post(d, g):
    p = g.person()
    d.w("Has anyone lost a grey cat near ", (L, f"{g.r.choice(['Gorsebrook', 'Ashcombe'])} Lane"), "? Message me. ", (P, form(p, "given")), ", no. 14\n")


def t_neg_dependency_list(d, g):
    d.t("Dependencies\n")
    for sw in g.r.sample(SOFTWARE_F, 4):
        d.t(f"  {sw.lower()} >= {g.version()}\n")
    d.t(f"Build tool: {g.r.choice(SOFTWARE_F)} {g.version()}\n")


def t_neg_toc(d, g):
    d.t("Table of Contents\n1. Introduction\n2. Installing The Service Agent\n3. Configuring Single Sign-On\n")
    d.t(f"4. Upgrading From {g.version()}\nAppendix A: Glossary Of Terms\n")


def t_neg_support_macro(d, g):
    d.t("Hi {{customer.first_name}},\n\nThanks for reaching out about order {{order.id}}. ")
    d.t(f"Our Returns Team will email a prepaid label within two working days. Ref {g.invoice_no()}.\n\nThe Support Team\n")


def t_neg_metrics(d, g):
    d.t("service        p50    p99    errors\n")
    for s in ("checkout", "search", "auth"):
        d.t(f"{s:<14} {g.r.randint(10, 90)}ms  {g.r.randint(100, 900)}ms  {g.r.randint(0, 9)}.{g.digits(2)}%\n")
