"""Set F, HELD-OUT half, part 4: more small document kinds, and more PII-free ones (h_* templates)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import HOSPITALS_F, PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def h_sick_note(d, g):
    p, dr = g.people(2)
    d.w("Statement of Fitness for Work\nPatient — ", (P, form(p, "full")), "\nNot fit for work from ", (DT, g.date_f(2026, 2026)), " for 2 weeks.\n")
    d.w("Doctor — ", (P, form(dr, "init")), ", ", (O, g.r.choice(HOSPITALS_F)), "\n")


def h_allergy_band(d, g):
    p = g.person()
    d.w("ALLERGY: PENICILLIN\n", (P, form(p, "capslastfirst")), "  ", (DT, g.date_f(1940, 2020)), "  MRN ", g.digits(8), "\n")


def h_carer_log(d, g):
    p, c = g.people(2)
    d.w("Daily care log — ", (P, form(p, "full")), "\n08:00 breakfast taken, meds given (", (P, form(c, "given")), ")\n")
    d.w("12:30 ", (P, form(p, "given")), " walked to the garden with support\n")


def h_reference_request(d, g):
    c, r = g.people(2)
    d.w("Dear ", (P, form(r, pick(g, "full", "given"))), ",\n\n", (P, c.full), " has applied to ", (O, g.org()), " and named you as a referee. ")
    d.w("Could you confirm ", (P, form(c, "given")), "'s dates of employment?\n")


def h_resignation(d, g):
    p, m = g.people(2)
    d.w((DT, g.date_f(2026, 2026)), "\n\nDear ", (P, form(m, "given")), ",\n\nPlease accept this as notice of my resignation. My last day will be ")
    d.w((DT, g.date_f(2026, 2026)), ".\n\nBest wishes,\n", (P, form(p, "full")), "\n")


def h_onboarding_checklist(d, g):
    p, b = g.people(2)
    d.w("New starter: ", (P, form(p, "full")), "\n[x] laptop ordered\n[ ] buddy assigned → ", (P, form(b, "full")), "\n[ ] access to ", g.r.choice(SOFTWARE_F), "\n")


def h_team_directory(d, g):
    d.t("Name;Role;Mobile\n")
    for p in g.people(3):
        d.w((P, form(p, pick(g, "full", "lastfirst"))), ";", pick(g, "Engineer", "Manager", "Buyer"), ";", (PH, g.phone_f()), "\n")


def h_award_citation(d, g):
    p = g.person()
    d.w("The ", g.r.choice(["Harborlight", "Strathbyre"]), " Medal for 2025 is awarded to ", (P, p.full), " of ", (O, g.r.choice(SCHOOLS_F)))
    d.w(", for work on flood modelling. ", (P, form(p, "family")), " receives the medal in June.\n")


def h_auction_lot(d, g):
    p = g.person()
    d.w("Lot 112. Oil on canvas, signed lower right. Provenance: collection of ", (P, form(p, "full")), ", ", (L, g.city()[0]), "; thence by descent.\n")


def h_hackathon_team(d, g):
    a, b = g.people(2)
    d.w("Team \"Null Pointers\"\nmembers: ", (P, form(a, "lower")), ", ", (P, form(b, "lower")), "\nproject: ", g.r.choice(SOFTWARE_F), " plugin for ", g.r.choice(PRODUCTS_F), "\n")


def h_mortgage_offer(d, g):
    a, b = g.people(2)
    d.w("MORTGAGE OFFER\nApplicant(s): ", (P, form(a, "full")), " and ", (P, form(b, "full")), "\nProperty: ", (L, g.address()), "\n")
    d.w("Loan 212,000 over 25 years. Offer valid until ", (DT, g.date_f(2026, 2026)), ".\n")


def h_tax_return(d, g):
    p = g.person()
    d.w("SA100 summary\nTaxpayer: ", (P, form(p, pick(g, "capsfull", "full"))), "\nUTR ", g.digits(10), "\nSSN ", (SSN, g.ssn()), "\nAddress ", (L, g.address()), "\n")


def h_status_update(d, g):
    a, b = g.people(2)
    d.w("Weekly status\n• Done: invoice export (", (P, form(a, "given")), ")\n• Blocked: waiting on ", (P, form(b, "full")), " for API keys\n")


def h_fan_mail(d, g):
    a, b = g.people(2)
    d.w("Dear ", (P, form(a, "full")), ",\nI have read all your books twice. Please come to ", (L, g.city()[0]), "!\nYour biggest fan,\n", (P, form(b, "given")), " (age 11)\n")


def h_neg_readme(d, g):
    sw = g.r.sample(SOFTWARE_F, 2)
    d.t(f"# quick-render\n\nA tiny {sw[0]} wrapper. Requires {sw[1]} {g.version()} or later.\n\n## Usage\n    quick-render --out site/\n")


def h_neg_shipping_faq(d, g):
    d.t("How Long Does Delivery Take?\nStandard Delivery takes 3-5 working days. Express Delivery arrives next day if ordered before 2pm.\n")
    d.t(f"Can I Change My Address?\nYes, until the order status reads Dispatched. Quote {g.invoice_no()}.\n")


def h_neg_price_list(d, g):
    d.t("Spring Price List\n")
    for prod in g.r.sample(PRODUCTS_F, 3):
        d.t(f"{prod}\t{g.r.randint(29, 499)}.00\t{g.invoice_no()}\n")


def h_neg_incident_summary(d, g):
    d.t(f"Post-incident summary\nImpact: checkout latency p99 above 2s for 37 minutes.\nCause: cache eviction after deploy {g.version()}.\n")
    d.t("Follow-ups: add load test, alert on Eviction Rate.\n")
