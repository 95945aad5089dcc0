"""Set F, HELD-OUT half, part 1: commerce, travel, health, school, work, legal and finance documents (h_*)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import HOSPITALS_F, PRODUCTS_F, SCHOOLS_F


def h_purchase_order(d, g):
    buyer, sup = g.people(2)
    d.w("PURCHASE ORDER  ", g.invoice_no(), "\n", lab(g, "Buyer"), (P, anyform(g, buyer)), " (", (EM, g.email(buyer)), ")\n")
    d.w(lab(g, "Supplier"), (O, g.org()), "  c/o ", (P, form(sup, pick(g, "full", "init"))), "\n")
    d.w(lab(g, "Ship to"), (L, g.address()), "\n", lab(g, "Required by"), (DT, g.date_f(2025, 2026)), "\n")
    d.w(f"10 x {g.r.choice(PRODUCTS_F)} @ 89.00\n")


def h_parking_fine(d, g):
    p = g.person()
    d.w("PENALTY CHARGE NOTICE ", g.r.choice("ABKQ"), g.digits(9), "\nKeeper: ", (P, pick(g, p.upper, p.full)), "\n", (L, g.address()), "\n")
    d.w("Contravention observed on ", (DT, g.date_f(2025, 2026)), " at 14:22, ", g.r.choice(["Marrowby", "Cindergate"]), " Road car park.\n")
    d.w("Pay online at ", (URL, f"https://pay.{g.domain()}/pcn"), " within 28 days.\n")


def h_waybill(d, g):
    s, r = g.people(2)
    d.w("AIR WAYBILL ", g.digits(3), "-", g.digits(8), "\nSHIPPER\n", (P, s.upper), "\n", (O, g.org().upper()), "\n", (L, g.address().upper()), "\n")
    d.w("CONSIGNEE\n", (P, r.upper), "\nTEL ", (PH, g.phone_f()), "\n")
    d.t("PIECES 2  WEIGHT 14.5 KG  DESC: SPARE PARTS\n")


def h_train_ticket(d, g):
    p = g.person()
    a, b = g.city(), g.city()
    d.w("E-TICKET  Passenger: ", (P, form(p, pick(g, "western", "capsfull"))), "\n")
    d.w((L, a[0]), " → ", (L, b[0]), "   ", (DT, g.date_f(2025, 2026)), "   dep 07:12\n")
    d.w("Coach C  Seat 44  Fare: Advance Single  Ref ", g.r.choice("TXR"), g.digits(7), "\n")
    d.w("Passport on board: ", (PASS, g.passport()), "\n")


def h_dental_reminder(d, g):
    p, dr = g.people(2)
    d.w("Dear ", (P, form(p, pick(g, "given", "full"))), ",\nThis is a reminder that your check-up with ", (P, form(dr, "full")))
    d.w(" at ", (O, "Gorsebrook Dental Care"), " is due on ", (DT, g.date_f(2025, 2026)), ". Reply STOP to opt out.\n")


def h_pharmacy_label(d, g):
    p = g.person()
    d.w("KEEP OUT OF REACH OF CHILDREN\n", (P, p.upper), "   ", (DT, g.date_f(2025, 2026)), "\n")
    d.t(pick(g, "LISINOPRIL 10MG TABLETS x28\nTake ONE tablet daily\n", "OMEPRAZOLE 20MG CAPS x56\nTake ONE twice a day\n"))
    d.w((O, f"{g.r.choice(['Oxleas', 'Ashcombe'])} Pharmacy"), ", ", (L, g.address()), "  ", (PH, g.phone_f()), "\n")


def h_birth_announcement(d, g):
    a, b, c = g.people(3)
    d.w((P, form(a, "given")), " and ", (P, form(b, "full")), " are thrilled to welcome ", (P, form(c, "given")), ", born ")
    d.w((DT, g.date_f(2025, 2026)), " at ", (O, g.r.choice(HOSPITALS_F)), ", weighing 3.4 kg. A little sister for ", (P, g.person().first), ".\n")


def h_parent_meeting(d, g):
    ch, par, t = g.people(3)
    d.w("Parent consultation notes — ", (O, g.r.choice(SCHOOLS_F)), "\n")
    d.w("Student\t", (P, form(ch, "lastfirst")), "\nParent/carer\t", (P, form(par, "full")), "\nTeacher\t", (P, form(t, pick(g, "init", "family"))), "\n")
    d.w("Notes: ", (P, form(ch, "given")), " is settling well; ", (P, form(par, "given")), " asked about reading support.\n")


def h_minutes_actions(d, g):
    ps = g.people(3)
    d.w("Minutes, Residents' Association, ", (DT, g.date_f(2025, 2026)), "\nAttending: ", (P, ps[0].full), "; ", (P, ps[1].full), "; ", (P, ps[2].full), "\n")
    d.w("Actions\n- ", (P, form(ps[0], "given")), ": chase the council about the lights\n- ", (P, form(ps[2], pick(g, "given", "init"))))
    d.t(": book the hall for May\n")


def h_oncall(d, g):
    ps = g.people(3)
    d.t("ON-CALL SCHEDULE (payments-api)\n")
    for i, p in enumerate(ps):
        d.w("week ", str(i + 20), ": primary=", (P, form(p, "lower")), " secondary=", (P, form(ps[(i + 1) % 3], "lower")), "\n")
    d.w("Escalation: ", (P, ps[0].full), " ", (PH, g.phone_f()), "\n")


def h_gym_card(d, g):
    p = g.person()
    d.w((O, "Crestmoor Fitness"), "\nMEMBER  ", (P, form(p, pick(g, "capsfull", "capslastfirst"))), "\nNo. ", g.digits(10), "\n")
    d.w("Valid until ", (DT, g.date_f(2026, 2028)), "\nHome club ", (L, g.city()[0]), "\n")


def h_car_rental(d, g):
    p, q = g.people(2)
    d.w("RENTAL AGREEMENT RA", g.digits(7), "\nRenter: ", (P, p.full), "   Licence ", (DL, g.driver_license()), "\n")
    d.w("Additional driver: ", (P, q.full), "\nPick-up: ", (L, g.us_city()), " ", (DT, g.date_f(2025, 2026)), "\n")
    d.w("Card on file ", (CC, g.card()), "\n")


def h_motor_claim(d, g):
    p, tp = g.people(2)
    d.w("Your claim ref CL-", g.digits(7), "\nPolicyholder — ", (P, p.full), "\nThird party — ", (P, tp.full), " (", (O, g.org()), ")\n")
    d.w("On ", (DT, g.date_f(2025, 2026)), " ", (P, form(p, pick(g, "given", "family"))), " was stationary at lights in ", (L, g.city()[0]))
    d.w(" when ", (P, form(tp, "family")), "'s van struck the rear bumper.\n")


def h_staff_spotlight(d, g):
    p, q = g.people(2)
    d.w("STAFF SPOTLIGHT\nThis month we meet ", (P, p.full), " from our ", (L, g.city()[0]), " warehouse. ")
    d.w((P, form(p, "given")), " joined in 2019 and now trains new pickers alongside ", (P, form(q, "full")), ".\n")
    d.w("Ask ", (P, form(p, "given")), " about ", pick(g, "her", "his"), " sourdough.\n")


def h_cv(d, g):
    p = g.person()
    d.w((P, p.upper), "\n", (L, g.address()), " · ", (PH, g.phone_f()), " · ", (EM, g.email(p)), "\n\nEXPERIENCE\n")
    d.w("2021–now  Logistics Planner, ", (O, g.org()), "\n2017–2021  Dispatcher, ", (O, g.org()), "\n")
    d.w("EDUCATION\n", (O, g.r.choice(SCHOOLS_F)), "\nReferences: ", (P, g.person().full), "\n")


def h_cover_letter(d, g):
    p, hm = g.people(2)
    d.w("Dear ", (P, form(hm, pick(g, "full", "family"))) if g.r.random() < 0.5 else "Hiring Manager", ",\n\n")
    d.w("I am applying for the Analyst role at ", (O, g.org()), ". In my current role at ", (O, g.org()), " I cut reporting time by half.\n\n")
    d.w("Sincerely,\n", (P, p.full), "\n")


def h_bank_transfer(d, g):
    p, b = g.people(2)
    d.w("Transfer confirmation\nFrom: ", (P, form(p, "capsfull")), "  ", (IBAN, g.iban()), "\n")
    d.w("To:   ", (P, form(b, "capsfull")), "  ", (IBAN, g.iban()), "\nReference: RENT ", pick(g, "JUNE", "MARCH"), "\nExecution date: ", (DT, g.date_f(2025, 2026)), "\n")


def h_card_dispute(d, g):
    p = g.person()
    d.w("Chargeback request\nCardholder name ", (P, form(p, pick(g, "full", "lastfirst"))), "\nCard number ", (CC, g.card()), "\n")
    d.w("Merchant ", (O, g.org()), "   Transaction date ", (DT, g.date_f(2025, 2026)), "\nReason: item not received (order ", g.invoice_no(), ")\n")


def h_visa_invitation(d, g):
    host, guest = g.people(2)
    d.w("Letter of invitation\n\nI, ", (P, host.full), ", residing at ", (L, g.address()), ", invite ")
    d.w((P, form(guest, "capsfull")), ", passport no. ", (PASS, g.passport()), ", to visit from ", (DT, g.date_f(2026, 2026)), ".\n")
    d.w("Yours,\n", (P, form(host, "init")), "\n")


def h_employment_verif(d, g):
    p, hr = g.people(2)
    d.w("VERIFICATION OF EMPLOYMENT\nEmployee: ", (P, form(p, "lastfirst")), "\nSSN: ", (SSN, g.ssn()), "\n")
    d.w("Employer: ", (O, g.org()), "\nStart date: ", (DT, g.date_f(2012, 2024)), "\nVerified by ", (P, hr.full), ", HR Coordinator\n")


def h_dmv_renewal(d, g):
    p = g.person()
    d.w("DRIVER LICENSE RENEWAL NOTICE\n", (P, p.upper), "\n", (L, g.address()), "\nDL NO ", (DL, g.driver_license()), "   EXPIRES ", (DT, g.date_f(2026, 2027)), "\n")
    d.t("Renew online or at any service center.\n")


def h_access_request(d, g):
    p, a = g.people(2)
    d.w("Firewall change CHG", g.digits(6), "\nRequested by: ", (P, p.full), "\nSource: ", (IP, g.ip()), "  Dest: ", (IP, g.ip()), " tcp/5432\n")
    d.w("Approver: ", (P, form(a, pick(g, "init", "full"))), "  status=approved\n")
