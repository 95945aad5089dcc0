"""Set F, TUNE half, part 5: the last small document kinds (t_* templates)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def t_pto_calendar(d, g):
    a, b = g.people(2)
    d.w("OOO ", (DT, g.date_f(2026, 2026)), ": ", (P, form(a, "given")), " (holiday), ", (P, form(b, "family")), " (training)\n")


def t_alumni_profile(d, g):
    p = g.person()
    d.w("Where are they now? ", (P, p.full), " (", (O, g.r.choice(SCHOOLS_F)), ", 2011) now manages a vineyard near ", (L, g.city()[0]), ". ")
    d.w((P, form(p, "given")), " says the chemistry labs taught her patience.\n")


def t_complaint_letter(d, g):
    p = g.person()
    d.w((L, g.address()), "\n", (DT, g.date_f(2025, 2026)), "\n\nTo the Customer Relations Manager,\n\nMy ", g.r.choice(PRODUCTS_F))
    d.w(" (order ", g.invoice_no(), ") arrived broken. I expect a full refund.\n\nYours faithfully,\n", (P, form(p, pick(g, "full", "init"))), "\n")


def t_bug_report_email(d, g):
    a, b = g.people(2)
    d.w("From: ", (P, form(a, "lastfirst")), " <", (EM, g.email(a)), ">\nTo: ", (EM, f"support@{g.domain()}"), "\nSubject: export crashes\n\n")
    d.w("The CSV export crashes on ", g.r.choice(SOFTWARE_F), " ", g.version(), ". ", (P, form(b, "given")), " in my team sees it too.\n")
    d.w("\n", (P, form(a, "given")), "\n")


def t_parking_permit(d, g):
    p = g.person()
    d.w("RESIDENT PERMIT  Zone K\nHolder: ", (P, form(p, "capsfull")), "\nVehicle: white hatchback\nExpires: ", (DT, g.date_f(2026, 2027)), "\n")


def t_gift_message(d, g):
    a, b = g.people(2)
    d.w("Gift message: Happy birthday ", (P, form(a, pick(g, "given", "nick"))), "! Love from ", (P, form(b, "given")), " and the twins\n")
    d.w("Deliver to: ", (L, g.address()), "\n")


def t_podcast_notes(d, g):
    a, b = g.people(2)
    d.w("Episode 42 — Cold Chains\nHost ", (P, a.full), " talks to ", (P, b.full), " of ", (O, g.org()), " about shipping vaccines. ")
    d.w((P, form(b, "family")), " explains why the last mile is hardest.\n")


def t_sublet_ad(d, g):
    p = g.person()
    d.w("Room available from ", (DT, g.date_f(2026, 2026)), " in a flat near ", (L, g.city()[0]), " centre. Text ", (P, form(p, "given")), " on ", (PH, g.phone_f()), ".\n")


def t_exam_results(d, g):
    d.t("Candidate\tMaths\tPhysics\n")
    for p in g.people(3):
        d.w((P, form(p, pick(g, "capslastfirst", "full"))), "\t", pick(g, "A*", "B", "C"), "\t", pick(g, "A", "B", "D"), "\n")


def t_condolence(d, g):
    a, b = g.people(2)
    d.w("Dear ", (P, form(a, "given")), ",\nWe were so sorry to hear about ", (P, form(b, "full")), ". ", (P, form(b, "given")))
    d.w(" was the kindest neighbour on our street.\nWith love,\nthe ", (P, form(g.person(), "family")), " family\n")


def t_api_key_audit(d, g):
    a = g.person()
    d.w("key_id=ak_", g.digits(8), " created_by=", (EM, g.email(a)), " last_used_ip=", (IP, g.ip()), " owner_name=\"", (P, a.full), "\"\n")
