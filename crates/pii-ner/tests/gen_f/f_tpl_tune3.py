"""Set F, TUNE half, part 3: more small document kinds (t_* templates)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def t_whatsapp(d, g):
    a, b = g.people(2)
    d.w("14/03/2026, 19:02 - ", (P, a.full), ": are we still on for ", (L, g.city()[0]), " on Saturday?\n")
    d.w("14/03/2026, 19:05 - ", (P, form(b, "given")), ": yes! ", (P, form(a, "given")), " bring the tent\n")


def t_codeowners(d, g):
    a, b = g.people(2)
    d.w("# Billing — contact ", (P, a.full), "\n/billing/   @", (P, form(a, "lower")), "\n")
    d.w("# Docs (", (P, b.full), ", ", (EM, g.email(b)), ")\n/docs/      @", (P, form(b, "lower")), "\n")


def t_school_newsletter(d, g):
    h, t = g.people(2)
    d.w("From the Head's Desk\n\nWhat a term! Huge thanks to ", (P, form(t, pick(g, "full", "init"))), " for running the science fair.\n")
    d.w("Term ends on ", (DT, g.date_f(2026, 2026)), ".\n\n", (P, h.full), "\nHeadteacher, ", (O, g.r.choice(SCHOOLS_F)), "\n")


def t_grant_letter(d, g):
    p, o = g.people(2)
    d.w((DT, g.date_f(2025, 2026)), "\n\nDear ", title(g), (P, form(p, pick(g, "family", "full"))), ",\n\n")
    d.w("I am pleased to confirm a grant of 12,000 to ", (O, g.org()), " for the project led by ", (P, form(p, "full")), ".\n\n")
    d.w("Regards,\n", (P, form(o, "init")), "\nGrants Officer\n")


def t_certificate(d, g):
    p, s = g.people(2)
    d.w("CERTIFICATE OF COMPLETION\n\nThis is to certify that\n\n", (P, pick(g, p.upper, p.full)), "\n\nhas completed First Aid at Work\n")
    d.w("on ", (DT, g.date_f(2024, 2026)), "\n\n", (P, s.full), ", Lead Trainer\n")


def t_vet_record(d, g):
    p = g.person()
    pet = pick(g, "Biscuit", "Pepper", "Rufus", "Noodle")
    d.w("Patient: ", pet, " (", pick(g, "Labrador", "tabby cat", "beagle"), ")\nOwner: ", (P, form(p, pick(g, "lastfirst", "full"))), "\n")
    d.w("Phone: ", (PH, g.phone_f()), "\nSeen: ", (DT, g.date_f(2025, 2026)), "\nNotes: ", pet, " eating well; booster due.\n")


def t_donation_receipt(d, g):
    p = g.person()
    d.w("Thank you, ", (P, form(p, "given")), "!\nDonor: ", (P, p.full), "\nAmount: 50.00\nDate: ", (DT, g.date_f(2025, 2026)), "\n")
    d.w("Gift Aid declared for ", (L, g.address()), "\n")


def t_customs_declaration(d, g):
    p = g.person()
    d.w("CUSTOMS DECLARATION\nSurname\t", (P, p.family.upper()), "\nGiven names\t", (P, p.first.upper()) if not p.mono else "-", "\n")
    d.w("Passport\t", (PASS, g.passport()), "\nArriving from\t", (L, g.city()[1]), "\nGoods to declare\tNO\n")


def t_interview_schedule(d, g):
    cs = g.people(3)
    pan = g.person()
    d.w("Interviews — Panel: ", (P, form(pan, "full")), "\n")
    for i, c in enumerate(cs):
        d.w(f"{9 + i}:00  ", (P, form(c, pick(g, "full", "lastfirst"))), pick(g, "  (video)", "  (room 2)", ""), "\n")


def t_git_blame(d, g):
    a, b = g.people(2)
    for p, code in ((a, "fn parse(input: &str) -> Result<Ast> {"), (b, "    let toks = lex(input)?;"), (a, "    build(toks)")):
        d.w(g.digits(4) + "abcd (", (P, p.full), " 2024-03-0", str(g.r.randint(1, 9)), " 11:02:13 +0100 ", str(g.r.randint(10, 99)), ") ", code, "\n")


def t_kudos(d, g):
    a, b = g.people(2)
    d.w("Shout-out to ", (P, form(a, pick(g, "given", "full"))), " for staying late to fix the ", g.r.choice(PRODUCTS_F), " firmware bug! 🎉 — ")
    d.w((P, form(b, "given")), "\n")


def t_recipe(d, g):
    p = g.person()
    d.w("Grandma's Plum Cake\nRecipe by ", (P, p.full), ", ", (L, g.city()[0]), "\n")
    d.t("250 g flour, 3 eggs, 500 g plums. Bake 45 minutes at 180 C.\n")
    d.w((P, form(p, "given")), "'s tip: use ripe fruit.\n")


def t_visitor_log(d, g):
    d.t("VISITOR LOG\nTime In | Visitor | Company | Host\n")
    for _ in range(2):
        v, h = g.people(2)
        d.w(f"0{g.r.randint(8, 9)}:{g.r.randint(10, 59)} | ", (P, form(v, "full")), " | ", (O, g.org()), " | ", (P, form(h, pick(g, "given", "init"))), "\n")


def t_maintenance_request(d, g):
    p = g.person()
    d.w("Maintenance request #", g.digits(5), "\nTenant: ", (P, p.full), "  Unit 4B\nContact: ", (PH, g.phone_f()), "\n")
    d.w("Issue: boiler pressure drops overnight. ", (P, form(p, "given")), " is home after 5pm.\n")


def t_insurance_cert(d, g):
    p = g.person()
    d.w("CERTIFICATE OF INSURANCE\nNamed insured: ", (P, form(p, "capsfull")), "\nInsurer: ", (O, g.org()), "\n")
    d.w("Period: ", (DT, g.date_f(2025, 2026)), " to ", (DT, g.date_f(2026, 2027)), "\nPolicy no. HP-", g.digits(8), "\n")


def t_lost_property(d, g):
    a, b = g.people(2)
    d.w("Lost property — ", (DT, g.date_f(2025, 2026)), "\nItem: black umbrella, found platform 2\nHanded in by: ", (P, form(a, "full")), "\n")
    d.w("Claimed by: ", (P, form(b, pick(g, "capslastfirst", "full"))), ", ID checked\n")


def t_match_report(d, g):
    a, b = g.people(2)
    d.w((O, f"{g.city()[0]} Rovers"), " 2–1 ", (O, f"{g.city()[0]} Athletic"), "\n")
    d.w((P, a.full), " opened the scoring before ", (P, form(b, "full")), " equalised. ")
    d.w((P, form(a, "family")), " then sealed it in the 88th minute.\n")


def t_rent_sms(d, g):
    p, ll = g.people(2)
    d.w("Hi ", (P, form(p, "given")), ", rent of 950 is due on ", (DT, g.date_f(2026, 2026)), ". Pay to ", (IBAN, g.iban()), ". Thanks, ", (P, form(ll, "given")), "\n")


def t_pipe_sheet(d, g):
    d.t("| Surname, Forename | Dept | Ext |\n|---|---|---|\n")
    for p in g.people(3):
        d.w("| ", (P, form(p, "lastfirst")), " | ", pick(g, "Finance", "Legal", "Ops"), " | ", g.digits(4), " |\n")


def t_library_notice(d, g):
    p = g.person()
    d.w("OVERDUE NOTICE\n", (P, form(p, pick(g, "full", "capsfull"))), "\nCard: ", g.digits(12), "\n")
    d.w("\"The Salt Road\" was due ", (DT, g.date_f(2025, 2026)), ". Renew at ", (URL, f"https://library.{g.domain()}/renew"), "\n")
