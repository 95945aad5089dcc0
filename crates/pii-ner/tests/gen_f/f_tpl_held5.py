"""Set F, HELD-OUT half, part 5: the last small document kinds (h_* templates)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def h_babysitting_note(d, g):
    a, b = g.people(2)
    d.w("Notes for ", (P, form(a, "given")), ": bedtime 7:30, no screens. Emergency: ", (P, form(b, "given")), " ", (PH, g.phone_f()), "\n")


def h_carpool(d, g):
    ps = g.people(3)
    d.w("Carpool Mon: ", (P, form(ps[0], "given")), " drives; Tue: ", (P, form(ps[1], "given")), "; Wed: ", (P, form(ps[2], "init")), "\n")


def h_open_letter(d, g):
    ps = g.people(3)
    d.w("We, the undersigned, oppose the closure of the ", (L, g.city()[0]), " library.\n")
    d.w("Signed: ", (P, ps[0].full), " (teacher), ", (P, ps[1].full), " (nurse), ", (P, ps[2].full), " (retired)\n")


def h_hotel_review(d, g):
    p, s = g.people(2)
    d.w("Stayed at ", (O, f"Hotel {g.r.choice(['Zarnow', 'Nimbara'])}"), " in ", (L, g.city()[0]), ". Special thanks to ", (P, form(s, "given")), " at reception!\n")
    d.w("Reviewed by ", (P, form(p, pick(g, "full", "lower"))), "\n")


def h_seating_plan(d, g):
    d.t("Table 4\n")
    for p in g.people(4):
        d.w("  ", (P, form(p, pick(g, "full", "western", "init"))), "\n")


def h_permission_slip(d, g):
    c, p = g.people(2)
    d.w("I give permission for ", (P, form(c, "full")), " (Year 6) to attend the museum trip on ", (DT, g.date_f(2026, 2026)), ".\n")
    d.w("Parent signature: ", (P, form(p, "init")), "   Phone: ", (PH, g.phone_f()), "\n")


def h_trial_consent(d, g):
    p, w = g.people(2)
    d.w("Participant ID P-", g.digits(4), "\nPrinted name: ", (P, form(p, "capsfull")), "\nDate: ", (DT, g.date_f(2025, 2026)), "\n")
    d.w("Person taking consent: ", (P, form(w, "full")), "\n")


def h_flat_share_rules(d, g):
    a, b = g.people(2)
    d.w("House rules\n1. Bins go out Tuesday (", (P, form(a, "given")), "'s week, then ", (P, form(b, "given")), ").\n2. Quiet after 11pm.\n")


def h_invoice_dispute(d, g):
    p, q = g.people(2)
    d.w("Re: invoice ", g.invoice_no(), "\n\nHello ", (P, form(q, "given")), ",\nWe were charged twice for the ", g.r.choice(PRODUCTS_F), ". Please credit ", (IBAN, g.iban()), ".\n\n")
    d.w("Regards, ", (P, form(p, "full")), " (", (O, g.org()), ")\n")


def h_volunteer_rota(d, g):
    ps = g.people(3)
    d.t("Food bank volunteers\n")
    for day, p in zip(("Sat", "Sun", "Mon"), ps):
        d.w(day, " .... ", (P, form(p, pick(g, "full", "lastfirst"))), "\n")


def h_sso_audit(d, g):
    p = g.person()
    d.w("event=login_failed user=", (EM, g.email(p)), " src=", (IP, g.ip()), " display=\"", (P, form(p, "lastfirst")), "\"\n")
