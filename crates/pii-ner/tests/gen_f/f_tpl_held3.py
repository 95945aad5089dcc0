"""Set F, HELD-OUT half, part 3: more small document kinds (h_* templates)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def h_whatsapp_ios(d, g):
    a, b = g.people(2)
    d.w("[02/04/2026, 08:15:40] ", (P, a.full), ": parcel arrived at the depot\n")
    d.w("[02/04/2026, 08:16:02] ", (P, b.full), ": great, ", (P, form(a, "given")), " can you collect it?\n")


def h_owners_file(d, g):
    a, b, c = g.people(3)
    d.w("# See the OWNERS docs. Escalate to ", (P, a.full), ".\napprovers:\n  - ", (P, form(a, "lower")), "\n  - ", (P, form(b, "lower")))
    d.w("\nreviewers:\n  - ", (P, form(c, "lower")), "\n")


def h_parish_newsletter(d, g):
    a, b = g.people(2)
    d.w("PARISH NEWS\nThe coffee morning raised 340 for the roof fund — thank you to ", (P, a.full), " and her team.\n")
    d.w("Bell ringing practice moves to Thursdays. Contact ", (P, form(b, "full")), " on ", (PH, g.phone_f()), ".\n")


def h_scholarship(d, g):
    p, s = g.people(2)
    d.w("Dear ", (P, form(p, "given")), ",\n\nCongratulations! You have been awarded the Founders' Scholarship at ", (O, g.r.choice(SCHOOLS_F)), ".\n")
    d.w("Please reply by ", (DT, g.date_f(2026, 2026)), ".\n\nWarm wishes,\n", (P, s.full), "\nAdmissions\n")


def h_property_listing(d, g):
    p = g.person()
    d.w("3 bed semi, ", (L, g.address()), "\nGuide price 285,000. South-facing garden, new boiler.\n")
    d.w("Viewings with ", (P, form(p, "full")), " at ", (O, f"{g.r.choice(['Ketterby', 'Crestmoor'])} Estates"), " — ", (PH, g.phone_f()), "\n")


def h_training_record(d, g):
    p, t = g.people(2)
    d.w("Course: Manual Handling   Date: ", (DT, g.date_f(2025, 2026)), "\nDelegate — ", (P, form(p, "lastfirst")), "   Result — PASS\n")
    d.w("Assessor — ", (P, form(t, "init")), "\n")


def h_visitor_pass(d, g):
    p, pt = g.people(2)
    d.w("VISITOR PASS  Ward 12\nVisitor: ", (P, form(p, "full")), "\nVisiting: ", (P, form(pt, pick(g, "capsfull", "full"))), "\nValid: ", (DT, g.date_f(2025, 2026)), "\n")


def h_vet_invoice(d, g):
    p = g.person()
    pet = pick(g, "Mochi", "Bramble", "Marvin", "Pickles")
    d.w((O, "Oxleas Veterinary Surgery"), "\nClient: ", (P, form(p, pick(g, "full", "init"))), "   Pet: ", pet, "\n")
    d.w("Consultation 45.00\nVaccination 38.50\nCard ending ", g.digits(4), "\n")


def h_charity_thanks(d, g):
    p, c = g.people(2)
    d.w("Dear ", title(g), (P, form(p, "family")), ",\nYour gift of 25 a month helps us plant 300 trees.\nWith gratitude,\n", (P, form(c, "given")), " at ", (O, "Bellweather Trust"), "\n")


def h_court_summons(d, g):
    p = g.person()
    d.w("SUMMONS\nTo: ", (P, form(p, "capsfull")), "\nOf: ", (L, g.address()), "\nDriver licence no.: ", (DL, g.driver_license()), "\n")
    d.w("You are required to attend court on ", (DT, g.date_f(2026, 2026)), " at 10:00.\n")


def h_parcel_sms(d, g):
    p = g.person()
    d.w((O, "Zarnow Parcel"), ": Hi ", (P, form(p, pick(g, "given", "capsfull"))), ", your parcel ", g.digits(12), " arrives ", (DT, g.date_f(2026, 2026)), " between 10:00-13:00.\n")


def h_markdown_team(d, g):
    d.t("## Team\n\n")
    for p in g.people(3):
        d.w("* **", (P, p.full), "** — ", pick(g, "backend", "design", "QA"), " (", (EM, g.email(p)), ")\n")


def h_svn_log(d, g):
    a, b = g.people(2)
    d.w("r", g.digits(4), " | ", (P, form(a, "lower")), " | 2025-11-02 10:11:12 +0000 | 1 line\n\nfix build on ", g.r.choice(SOFTWARE_F), "\n")
    d.w("r", g.digits(4), " | ", (P, form(b, "lower")), " | 2025-11-03 09:01:00 +0000 | 1 line\n\nreviewed by ", (P, form(a, "full")), "\n")


def h_thank_you_card(d, g):
    a, b = g.people(2)
    d.w("Dear ", (P, form(a, "nick")), ",\nThank you so much for the lovely flowers. See you in ", (L, g.city()[0]), "!\nLove, ", (P, form(b, "given")), " x\n")


def h_found_items(d, g):
    d.t("FOUND ITEMS REGISTER\n")
    for _ in range(2):
        p = g.person()
        d.w((DT, g.date_f(2025, 2026)), "\t", pick(g, "wallet", "phone", "scarf"), "\tfound by ", (P, form(p, pick(g, "full", "init"))), "\n")


def h_reception_signin(d, g):
    d.t("Name                    In     Out    Visiting\n")
    for _ in range(2):
        v, h = g.people(2)
        n = form(v, pick(g, "full", "capsfull"))
        d.w((P, n), " " * max(2, 24 - len(n)), "09:1", str(g.r.randint(0, 9)), "  11:4", str(g.r.randint(0, 9)), "  ", (P, form(h, "family")), "\n")


def h_recipe_blog(d, g):
    p = g.person()
    d.w("My Mother's Lentil Soup\nposted by ", (P, form(p, pick(g, "lower", "full"))), " · ", (DT, g.date_f(2025, 2026)), "\n")
    d.t("Fry two onions, add red lentils and stock, simmer for 20 minutes.\n")


def h_panel_feedback(d, g):
    c, a, b = g.people(3)
    d.w("Candidate: ", (P, form(c, "full")), "\n", (P, form(a, "init")), ": strong system design, hire.\n", (P, form(b, "init")), ": weak on testing, lean hire.\n")


def h_sports_entry(d, g):
    p = g.person()
    d.w("RACE ENTRY  10K\nBib 4", g.digits(3), "  ", (P, form(p, pick(g, "capslastfirst", "full"))), "\nClub: ", (O, f"{g.city()[0]} Harriers"), "\n")
    d.w("DOB ", (DT, g.date_f(1960, 2008)), "   ICE ", (PH, g.phone_f()), "\n")


def h_memo(d, g):
    a, b = g.people(2)
    d.w("MEMO\nTO: All staff\nFROM: ", (P, form(a, pick(g, "capsfull", "full"))), "\nRE: Office move\n\n")
    d.w("From ", (DT, g.date_f(2026, 2026)), " we are at ", (L, g.address()), ". Questions to ", (P, form(b, "given")), ".\n")
