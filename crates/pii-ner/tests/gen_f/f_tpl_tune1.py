"""Set F, TUNE half, part 1: commerce, travel, health, school, work and legal documents (t_* templates)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import HOSPITALS_F, PRODUCTS_F, SCHOOLS_F


def t_invoice(d, g):
    p, q = g.people(2)
    d.w((O, g.org()), "\n", (L, g.address()), "\n\nINVOICE ", g.invoice_no(), "\n")
    d.w(lab(g, "Invoice date"), (DT, g.date_f(2024, 2026)), "\n")
    d.w(lab(g, pick(g, "Bill to", "Billed to", "Customer")), (P, anyform(g, p)), "\n")
    d.w(lab(g, "Attn"), (P, form(q, "init")), "\n")
    d.w(f"1 x {g.r.choice(PRODUCTS_F)}   {g.r.randint(40, 900)}.00\n")
    d.w("Pay to ", (IBAN, g.iban()), " quoting ", g.invoice_no(), ".\n")


def t_receipt(d, g):
    p = g.person()
    d.t(pick(g, "*** THANK YOU FOR SHOPPING ***\n", "SALES RECEIPT\n"))
    d.w("Store 0", str(g.r.randint(100, 999)), " ", (L, g.city()[0]), "\n")
    d.w(pick(g, "Cashier: ", "Served by ", "OPERATOR "), (P, pick(g, p.first, p.first.upper(), form(p, "init"))), "\n")
    d.w(f"{g.r.choice(PRODUCTS_F)}  SKU {g.digits(8)}  {g.r.randint(5, 99)}.99\n")
    d.w("CARD ", (CC, g.card()), "  APPROVED\n")
    d.w("Date of sale ", (DT, g.date_f(2025, 2026)), "   Till 3\n")


def t_delivery_note(d, g):
    p, drv = g.people(2)
    d.w("DELIVERY NOTE ", g.invoice_no(), "\nDeliver to: ", (P, anyform(g, p)), "\n", (L, g.address()), "\n")
    d.w("Tel ", (PH, g.phone_f()), "\n")
    d.w(f"Items: 3 x {g.r.choice(PRODUCTS_F)}\n")
    d.w(pick(g, "Received by (print): ", "Goods received by: ", "Signed for by "), (P, pick(g, p.upper, form(p, "family"), p.full)))
    d.w("\nDriver: ", (P, pick(g, drv.first, drv.full)), "  Route ", str(g.r.randint(10, 99)), "\n")


def t_boarding_pass(d, g):
    p = g.person()
    fam = p.last.upper() if not p.mono else p.first.upper()
    giv = p.first.upper() if not p.mono else "FNU"
    d.w("BOARDING PASS\n", (P, f"{fam}/{giv}" if not p.mono else fam), pick(g, " MR", " MS", " MRS", ""), "\n")
    c1, c2 = g.city(), g.city()
    d.w("FROM ", (L, c1[0].upper()), "  TO ", (L, c2[0].upper()), "\n")
    d.w("FLIGHT QX", g.digits(3), "  GATE B", str(g.r.randint(1, 40)), "  SEAT ", str(g.r.randint(1, 40)), "C\n")
    d.w("DATE ", (DT, f"{g.r.randint(10, 28)}{pick(g, 'JAN', 'MAR', 'JUN', 'SEP', 'NOV')}"), "  BOARDING 06:40\n")
    d.w("PNR ", g.r.choice("KLMNPQ") + g.r.choice("ABXYZ") + g.digits(4), "  FQTV ", g.digits(9), "\n")


def t_hotel_folio(d, g):
    p = g.person()
    d.w((O, f"Hotel {g.r.choice(['Ketterby', 'Orlanda', 'Harborlight'])} {g.city()[0]}"), "\nGuest Folio\n")
    d.w(lab(g, "Guest"), (P, pick(g, f"{title(g)}{p.full}".strip(), p.last_first)), "\n")
    d.w(lab(g, "Arrival"), (DT, g.date_f(2025, 2026)), "   ", lab(g, "Departure"), (DT, g.date_f(2025, 2026)), "\n")
    d.w(lab(g, "Company"), (O, g.org()), "\n")
    d.t("Room 412 x 2 nights ... 318.00\nMinibar ... 12.50\n")
    d.w("Thank you for staying with us, ", (P, form(p, "given") if g.r.random() < 0.5 else form(p, "family")), "!\n")


def t_lab_results(d, g):
    p, doc = g.people(2)
    d.w((O, g.r.choice(HOSPITALS_F)), " — Clinical Biochemistry\n")
    d.w("Patient: ", (P, pick(g, p.upper, p.last_first, form(p, "capslastfirst"))), "   DOB: ", (DT, g.date_f(1940, 2010)), "\n")
    d.w("Requested by: Dr ", (P, pick(g, doc.last or doc.first, doc.full)), "\n")
    d.t("Test            Result   Range\nHbA1c           48       20-41 mmol/mol\nFerritin        22       30-400 ug/L\n")
    d.w("Comment: discussed with ", (P, form(p, "given")), " by phone on ", (DT, g.date_f(2025, 2026)), ".\n")


def t_prescription(d, g):
    p, doc = g.people(2)
    d.w("Rx  ", (P, f"{p.full}"), "\n")
    d.w((L, g.address()), "\n")
    d.t(pick(g, "Amoxicillin 500 mg caps, 1 TDS x 7 days\n", "Sertraline 50 mg tabs, 1 OD, 28 tabs\n"))
    d.w("Prescriber: ", (P, form(doc, pick(g, "init", "full"))), " MBBS  Reg. ", g.digits(7), "\n")
    d.w("Dated ", (DT, g.date_f(2025, 2026)), "\n")


def t_vaccination(d, g):
    p, n = g.people(2)
    d.t("IMMUNISATION RECORD\n")
    d.w("name\t", (P, p.full.lower() if g.r.random() < 0.3 else p.full), "\n")
    d.w("born\t", (DT, g.date_f(2015, 2024)), "\n")
    for vac in ("MMR 1", "DTaP-IPV", "MenB"):
        d.w(f"{vac}\t", (DT, g.date_f(2016, 2026)), "\t", (P, form(n, pick(g, "init", "given"))), "\n")


def t_school_report(d, g):
    p, t = g.people(2)
    d.w((O, g.r.choice(SCHOOLS_F)), "   End of Year Report\n")
    d.w(lab(g, "Pupil"), (P, p.full), "   Form 8", pick(g, "R", "T", "B"), "\n")
    d.w("English: ", (P, form(p, "given")), " reads widely and writes with flair. Effort A.\n")
    d.w("Maths: ", pick(g, "A solid year for ", "Good progress from "), (P, form(p, "given")), ".\n")
    d.w("Form tutor: ", (P, f"{form(t, pick(g, 'init', 'family'))}"), "\n")


def t_agenda(d, g):
    a, b, c = g.people(3)
    d.w("AGENDA — Product Council — ", (DT, g.date_f(2025, 2026)), "\n")
    d.w("1. Welcome and apologies (", (P, form(a, "given")), ")\n")
    d.w("2. Q3 roadmap for ", g.r.choice(PRODUCTS_F), " — ", (P, form(b, "full")), "\n")
    d.w("3. Pricing review [", (P, form(c, pick(g, "init", "full"))), ", 20 min]\n")
    d.t("4. AOB\n")


def t_shift_rota(d, g):
    ps = g.people(4)
    d.t("Week 23 rota    | Early 06-14 | Late 14-22 | Night\n")
    for day in ("Mon", "Tue", "Wed"):
        x = g.r.sample(ps, 3)
        d.w(f"{day:<15} | ", (P, form(x[0], "given")), " | ", (P, form(x[1], "given")), " | ", (P, form(x[2], "family")), "\n")
    d.w("Swaps to ", (P, form(ps[0], "full")), " by Friday.\n")


def t_expense_claim(d, g):
    p, m = g.people(2)
    d.w("Expense claim EC-", g.digits(5), "\n")
    d.w(lab(g, "Claimant"), (P, anyform(g, p)), "\n")
    d.w(lab(g, "Cost centre"), "4410 Sales\n")
    d.w((DT, g.date_f(2025, 2026)), "  Taxi to ", (L, g.city()[0]), " airport  38.00\n")
    d.w((DT, g.date_f(2025, 2026)), "  Dinner with client (", (O, g.org()), ")  74.20\n")
    d.w("Approved: ", (P, form(m, pick(g, "init", "full", "lastfirst"))), "\n")


def t_incident_report(d, g):
    p, w = g.people(2)
    d.w("Incident no. ", g.digits(6), "   Site: ", (L, g.city()[0]), " depot\n")
    d.w("Injured person: ", (P, p.full), ", forklift operator\n")
    d.w("Witness: ", (P, w.full), " (", (PH, g.phone_f()), ")\n")
    d.w("Description: ", (P, form(p, pick(g, "given", "family"))), " slipped on spilled hydraulic fluid near bay 4. ")
    later(d, g, w, ("given", "family"))
    d.t(" raised the alarm.\n")


def t_police_statement(d, g):
    p, s = g.people(2)
    d.w("STATEMENT OF WITNESS\nName: ", (P, p.upper), "\nAddress: ", (L, g.address()), "\n")
    d.w("Date of birth: ", (DT, g.date_f(1950, 2004)), "\n\n")
    d.w("I saw a man I now know to be ", (P, s.full), " leave the shop carrying two boxes. ")
    d.w("I have known ", (P, form(s, "family")), " for about a year.\n\nSigned ", (P, form(p, "init")), "\n")


def t_tenancy(d, g):
    ll, tn = g.people(2)
    d.w("THIS AGREEMENT is made on ", (DT, g.date_f(2025, 2026)), " between ", (P, ll.full), " (\"the Landlord\") and ")
    d.w((P, tn.full), " (\"the Tenant\") for the property at ", (L, g.address()), ".\n")
    d.w("2.1 The Tenant shall pay the Rent monthly to account ", (IBAN, g.iban()), ".\n")
    d.w("Signed by the Landlord ____ ", (P, form(ll, "init")), "\n")


def t_court_listing(d, g):
    a, b, j = g.people(3)
    d.w("COURT 4  —  before ", pick(g, "District Judge ", "HHJ ", "Deputy District Judge "), (P, form(j, "family")), "\n")
    d.t("10:00  ")
    d.w((P, form(a, "capslastfirst") if not a.mono else a.upper), " v ", (O, g.org().upper()), "  (small claims)\n")
    d.t("11:30  ")
    d.w("Re ", (P, form(b, pick(g, "init", "full"))), " (a minor)  — directions\n")


def t_will(d, g):
    t, e, c = g.people(3)
    d.w("THIS IS THE LAST WILL of me ", (P, t.upper), " of ", (L, g.address()), ".\n")
    d.w("1. I appoint my ", pick(g, "sister ", "friend ", "son "), (P, e.full), " to be my executor.\n")
    d.w("2. I give my piano to ", (P, c.full), " and the residue of my estate to ", (O, "Harborlight Hospice Trust"), ".\n")
    d.w("Signed on ", (DT, g.date_f(2020, 2026)), ".\n")


def t_payroll(d, g):
    ps = g.people(3)
    d.t("EMP\tNAME\tGROSS\tTAX\tNET\tSSN\n")
    for p in ps:
        d.w(g.digits(5), "\t", (P, form(p, pick(g, "capslastfirst", "lastfirst", "capsfull"))), "\t3120.00\t612.40\t2507.60\t", (SSN, g.ssn()), "\n")


def t_timesheet(d, g):
    p, m = g.people(2)
    d.w("Timesheet — week ending ", (DT, g.date_f(2025, 2026)), "\nContractor: ", (P, form(p, "western")), "\n")
    d.t("Mon 7.5  Tue 8.0  Wed 7.5  Thu 8.0  Fri 4.0  = 35.0 h\n")
    d.w("Client: ", (O, g.org()), "\nSigned off by ", (P, form(m, "full")), " on ", (DT, g.date_f(2025, 2026)), "\n")


def t_obituary(d, g):
    p, s, c = g.people(3)
    city = g.city()
    d.w((P, p.upper), "\n", (DT, g.date_f(1930, 1960)), " – ", (DT, g.date_f(2025, 2026)), "\n")
    d.w("Peacefully at home in ", (L, city[0]), ", aged ", str(g.r.randint(66, 95)), ". Beloved husband of ", (P, form(s, "given")), ", ")
    d.w("father of ", (P, form(c, "given")), ". ", (P, form(p, "given")), " worked for forty years at ", (O, g.org()), ".\n")
    d.w("Funeral at the crematorium, ", (L, city[0]), ". Enquiries to ", (PH, g.phone_f()), ".\n")


def t_wedding(d, g):
    a, b = g.people(2)
    d.w("Mr and Mrs ", (P, form(a, "family")), " are delighted to announce the engagement of their daughter ")
    d.w((P, form(a, "given")), " to ", (P, b.full), ", son of ", (P, g.person().full), " of ", (L, f"{g.city()[0]}, {g.city()[1]}"), ".\n")
    d.w("The wedding will take place on ", (DT, g.date_f(2026, 2027)), ".\n")
