"""Set G, held-out half: English document templates written fresh for this set.

Each `h_<kind>(d, g)` writes one realistic English document (letters, HR, medical, legal, support,
chat exports, e-mail, minutes, school, forms, CSV/TSV, invoices, logs, news, CVs, bookings, ...)
into the span builder `d` with values from set F's generator `g`. Every person, place,
organisation, date, phone, e-mail, identifier and URL is a gold span; `h_neg_*` templates give no
span at all, `h_json_*` ones parse as JSON and `h_xml_*` ones as XML. Measured only, never tuned on.
"""
import datetime

from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title
from f_data import HOSPITALS_F, ORG_F1, PRODUCTS_F, SCHOOLS_F, STREET_F


# --- small helpers (not templates) --------------------------------------------------------------

def _place(g):
    """A LOCATION value: city alone, `City, Country`, or country alone."""
    c, k = g.city()
    return g.r.choice([c, c, f"{c}, {k}", k])


def _hotel(g):
    return g.r.choice([f"Hotel {g.r.choice(ORG_F1)}", f"The {g.r.choice(ORG_F1)} Lodge", f"{g.r.choice(STREET_F)} House Hotel"])


def _paper(g):
    return g.r.choice([f"The {g.r.choice(STREET_F)} Courier", f"{g.r.choice(STREET_F)} Evening Post", f"{g.r.choice(STREET_F)} Gazette"])


def _money(g, lo=20, hi=5000):
    return f"{g.r.randint(lo, hi):,}.{g.digits(2)}"


def _clock(g):
    return f"{g.r.randint(7, 22):02d}:{g.r.randint(0, 59):02d}"


def _clocks(g, n, start=None):
    """n clock times in increasing order, a few minutes apart (chat and log lines)."""
    t = (start if start is not None else g.r.randint(7, 20)) * 60 + g.r.randint(0, 59)
    out = []
    for _ in range(n):
        out.append(f"{t // 60 % 24:02d}:{t % 60:02d}")
        t += g.r.randint(0, 9)
    return out


def _stamp(g):
    """A machine timestamp prefix (not a DATE_TIME value by the kit's convention) and a seconds counter."""
    y, mo, da = g.r.randint(2023, 2026), g.r.randint(1, 12), g.r.randint(1, 28)
    return f"{y}-{mo:02d}-{da:02d}", g.r.randint(0, 20000)


def _sig(d, g, p, org, job):
    """Sign-off block: name, job title, organisation, sometimes a phone."""
    d.t(pick(g, "Kind regards,\n\n", "Yours sincerely,\n\n", "Best wishes,\n", "Regards,\n"))
    d.w((P, form(p, pick(g, "full", "full", "western"))), "\n", job, "\n", (O, org), "\n")
    if g.r.random() < 0.6:
        d.w(pick(g, "Tel: ", "T ", "Direct line: "), (PH, g.phone_f()), "\n")
    return d


# --- business -------------------------------------------------------------------------------------

def h_quote_letter(d, g):
    p, q = g.people(2)
    org, cust = g.org(), g.org()
    t = pick(g, "Mr ", "Ms ", "Dr ", "Mrs ")
    d.w((O, org), "\n", (L, g.address()), "\n\n", (DT, g.date(2021)), "\n\n",
        t, (P, form(q, pick(g, "full", "init"))), "\n", (O, cust), "\n", (L, g.address()),
        "\n\nOur ref: Q-", g.digits(5), "\n\nDear ", t, (P, form(q, "family")),
        ",\n\nQuotation for the supply and installation of ", str(g.r.randint(4, 40)), " ", g.r.choice(PRODUCTS_F),
        " units\n\nThank you for meeting our surveyor, ", (P, form(p, "given")), ", at your ")
    d.w((L, _place(g)), " site on ", (DT, g.date(2021)),
        ". Following that visit we are pleased to quote as follows:\n\n"
        f"  Equipment ............ GBP {_money(g, 900, 9000)}\n  Installation ......... GBP {_money(g, 200, 2000)}\n"
        f"  Annual service plan .. GBP {_money(g, 100, 900)}\n\nThis quotation is valid for 60 days. Please contact ")
    later(d, g, p, ("western", "full"))
    d.w(" on ", (PH, g.phone_f()), " or at ", (EM, g.email(p)), " if you would like to proceed.\n\n")
    _sig(d, g, p, org, pick(g, "Senior Estimator", "Sales Engineer", "Commercial Manager"))


def h_shipping_dispatch(d, g):
    p = g.person()
    org = g.org()
    d.w("DISPATCH NOTICE\n", (O, org), " - Warehouse ", str(g.r.randint(1, 9)), "\n\nYour order ", g.invoice_no(), " left our depot on ",
        (DT, g.date(2022)), ".\n\n", lab(g, "Deliver to"), (P, anyform(g, p, ("full", "capsfull", "init"))), "\n",
        lab(g, "Address"), (L, g.address()), "\n", lab(g, "Contact phone"), (PH, g.phone_f()), "\n",
        lab(g, "Carrier"), pick(g, "Road freight", "Next-day parcel", "Pallet network"), "\n",
        lab(g, "Expected"), (DT, g.date(2022)), "\n", lab(g, "Tracking"), (URL, g.url()), "\n\n",
        f"Parcels: {g.r.randint(1, 6)}   Weight: {g.r.randint(2, 90)} kg\n\n"
        "If nobody is home the driver will leave a card. Questions: ", (EM, g.email()), "\n")


def h_invoice_receipt(d, g):
    p = g.person()
    org = g.org()
    d.w("RECEIPT\n\n", (O, org), "\n", (L, g.address()), "\nVAT no. GB", g.digits(9), "\n\n",
        "Receipt ", g.invoice_no(), "    Date ", (DT, g.date(2023)), "\n",
        "Customer: ", (P, form(p, pick(g, "lastfirst", "full", "capslastfirst"))), "\n\n",
        "Qty  Item                      Amount\n")
    for _ in range(g.r.randint(2, 4)):
        d.t(f"{g.r.randint(1, 5):>3}  {g.r.choice(PRODUCTS_F):<24}  {_money(g, 5, 600):>9}\n")
    d.w(f"\nTotal paid: EUR {_money(g, 50, 2500)}\nPaid by card ", (CC, g.card()),
        "\n\nServed by ", (P, form(g.person(), "given")), ". Thank you for shopping with us!\n")


# --- HR ---------------------------------------------------------------------------------------------

def h_offer_of_employment(d, g):
    p, boss = g.people(2)
    org = g.org()
    d.w((O, org), "\n", (L, g.address()), "\n\nPRIVATE AND CONFIDENTIAL\n\n", title(g), (P, form(p, "full")), "\n",
        (L, g.address()), "\n\n", (DT, g.date(2023)), "\n\nDear ", (P, form(p, "given")),
        ",\n\nFollowing your interview with ", (P, form(boss, "full")), " and the panel, I am delighted to offer you the position of ",
        pick(g, "Data Analyst", "Logistics Coordinator", "Quality Engineer", "Payroll Officer"),
        " at ", (O, org), ". Your start date will be ", (DT, g.date(2023)), " and you will report to ")
    later(d, g, boss, ("western", "full"))
    d.w(f". Your starting salary is {g.r.randint(28, 85)},000 per annum, paid monthly.\n\n"
        "This offer is subject to satisfactory references and proof of your right to work. Please bring your passport (",
        (PASS, g.passport()), " on your application form) on your first day.\n\nPlease sign and return a copy by ",
        (DT, g.date(2023)), ".\n\n")
    _sig(d, g, g.person(), org, "HR Business Partner")


def h_payslip_monthly(d, g):
    p = g.person()
    org = g.org()
    w = 24
    d.w("PAYSLIP\n", (O, org), "\n\n", lab(g, "Employee", w), (P, form(p, pick(g, "capslastfirst", "lastfirst", "capsfull"))), "\n",
        lab(g, "Employee no.", w), g.digits(6), "\n", lab(g, "Pay date", w), (DT, g.date(2024)), "\n",
        lab(g, "Tax period", w), str(g.r.randint(1, 12)), "\n", lab(g, "SSN", w), (SSN, g.ssn()), "\n",
        lab(g, "Paid into", w), (IBAN, g.iban()), "\n\n")
    gross = g.r.randint(2200, 7800)
    tax = gross // 5
    d.t(f"Basic pay ........................ {gross:>8}.00\nOvertime ......................... {g.r.randint(0, 600):>8}.00\n"
        f"Income tax ....................... -{tax:>7}.00\nPension (5%) ..................... -{gross // 20:>7}.00\n"
        f"NET PAY .......................... {gross - tax - gross // 20:>8}.00\n\n"
        "Queries about this payslip should go to the payroll team, quoting your employee number.\n")


def h_leave_request_form(d, g):
    p, mgr = g.people(2)
    d.w("ANNUAL LEAVE / ABSENCE REQUEST\n\n", "Name: [ ", (P, form(p, pick(g, "full", "capsfull"))), " ]   Dept: [ ",
        pick(g, "Finance", "Warehouse", "Customer Care", "Estates"), " ]\n\n", "Type of leave:  [x] Annual  [ ] Unpaid  [ ] Compassionate  [ ] Other\n\n",
        "First day of absence ....... ", (DT, g.date(2024, 2026)), "\n", "Last day of absence ........ ", (DT, g.date(2024, 2026)), "\n",
        f"Working days requested ..... {g.r.randint(1, 15)}\n", "Contact while away ......... ", (PH, g.phone_f()), "\n\n",
        "Reason (optional): ", pick(g, "family wedding in ", "visiting parents in ", "trip to "), (L, _place(g)), "\n\n",
        "Cover arranged with: ", (P, form(g.person(), pick(g, "given", "full"))), "\n\n",
        "Line manager: ", (P, form(mgr, pick(g, "init", "full"))), "    Approved [x]  Declined [ ]\n",
        "Signed: ____________________   Date: ", (DT, g.date(2024, 2026)), "\n")


def h_perf_review_excerpt(d, g):
    p, r = g.people(2)
    d.w("Mid-year review - excerpt\n", lab(g, "Employee"), (P, form(p, "full")), "\n", lab(g, "Reviewer"), (P, form(r, "full")),
        "\n", lab(g, "Review date"), (DT, g.date(2024)), "\n\n")
    later(d, g, p, ("given",))
    d.t(" has had a strong first half of the year. ")
    later(d, g, p, ("given",), poss=True)
    d.w(f" work on the {g.r.choice(PRODUCTS_F)} launch was praised by the ", (L, _place(g)),
        " team, and the migration finished two weeks early. Areas to develop: delegating more, and writing things down before ",
        "asking colleagues such as ", (P, form(g.person(), "western")), " for help.\n\nRating: ", pick(g, "Exceeds", "Meets", "Strongly meets"),
        " expectations.\n\nReviewer comment: I have agreed with ")
    later(d, g, p, ("given", "family"))
    d.t(" that we will revisit the training budget in the autumn. - ")
    d.w((P, form(r, "init")), "\n")


def h_reference_letter(d, g):
    p, ref = g.people(2)
    org = g.org()
    d.w("To whom it may concern,\n\nI am writing in support of ", (P, form(p, "full")), ", who worked at ", (O, org), " in ",
        (L, _place(g)), " from ", (DT, g.date(2012, 2018)), " until ", (DT, g.date(2019, 2024)), ". During that time ")
    later(d, g, p, ("given",))
    d.t(" reported directly to me as a " + pick(g, "laboratory technician", "site supervisor", "customer service lead") +
        ". I found ")
    later(d, g, p, ("given",))
    d.t(" reliable, honest and well liked by colleagues; ")
    later(d, g, p, ("given", "family"), poss=True)
    d.w(" attendance record was excellent.\n\nI would recommend ")
    later(d, g, p, ("given",))
    d.w(" without hesitation. Please feel free to call me on ", (PH, g.phone_f()), " or write to ", (EM, g.email(ref)), ".\n\n")
    _sig(d, g, ref, org, pick(g, "Operations Director", "Head of Laboratory", "Team Manager"))


def h_exit_interview_notes(d, g):
    p, hr = g.people(2)
    org = g.org()
    d.w("Exit interview - notes (confidential)\n\nLeaver: ", (P, form(p, pick(g, "lastfirst", "full"))), "\nInterviewer: ",
        (P, form(hr, "init")), " (People team)\nDate: ", (DT, g.date(2024)), "\nLast working day: ", (DT, g.date(2024)), "\n\n",
        "- Leaving to join ", (O, g.org()), " in ", (L, _place(g)), "; better commute and a team lead role.\n",
        "- Felt the move of the office to ", (L, g.address()), " added an hour a day.\n- Praised manager ")
    later(d, g, g.person(), ("full", "western"))
    d.t(" but said workload on the night shift was too high.\n- Would consider returning to ")
    d.w((O, org), ". OK to be contacted by the alumni network at ", (EM, g.email(p)), ".\n\nAction: ")
    later(d, g, hr, ("given",))
    d.t(" to pass the shift feedback to the operations board.\n")


# --- medical --------------------------------------------------------------------------------------

def h_gp_referral(d, g):
    pt, gp, cons = g.people(3)
    hosp = g.r.choice(HOSPITALS_F)
    d.w((O, f"{g.r.choice(STREET_F)} Medical Practice"), "\n", (L, g.address()), "\nTel ", (PH, g.phone_f()), "\n\n",
        (DT, g.date(2024)), "\n\nDr ", (P, form(cons, "full")), "\nDepartment of Cardiology\n", (O, hosp), "\n\n",
        "Dear Dr ", (P, form(cons, "family")), ",\n\nRe: ", (P, form(pt, pick(g, "capsfull", "full"))), ", DOB ",
        (DT, g.date(1940, 1990)), ", NHS no. ", g.digits(3), " ", g.digits(3), " ", g.digits(4), "\n",
        "    ", (L, g.address()), "\n\nThank you for seeing this ", str(g.r.randint(35, 84)),
        "-year-old who presented on ", (DT, g.date(2024)), " with exertional chest tightness. ")
    d.t(pick(g, "Mr ", "Mrs ", "Ms "))
    later(d, g, pt, ("family",))
    d.t(" has a resting ECG showing borderline LVH and is on amlodipine 5 mg. I would be grateful for your opinion on further investigation.\n\n"
        "Yours sincerely,\n\n")
    d.w("Dr ", (P, form(gp, "full")), "\nGeneral Practitioner\n")


def h_discharge_summary(d, g):
    pt, doc = g.people(2)
    hosp = g.r.choice(HOSPITALS_F)
    d.w("DISCHARGE SUMMARY - ", (O, hosp), "\n\n", "Patient:     ", (P, form(pt, pick(g, "capslastfirst", "lastfirst"))), "\n",
        "DOB:         ", (DT, g.date(1935, 2000)), "\n", "Ward:        ", pick(g, "Ward 7B", "Larch Ward", "AMU"), "\n",
        "Admitted:    ", (DT, g.date(2024)), "\n", "Discharged:  ", (DT, g.date(2024)), "\n",
        "Consultant:  Dr ", (P, form(doc, "init")), "\n\n",
        "Diagnosis: community-acquired pneumonia, right lower lobe.\n\nCourse: ")
    later(d, g, pt, ("given", "family"))
    d.t(" was treated with IV co-amoxiclav for 48 hours then switched to oral. Oxygen weaned on day 3. ")
    d.w("Next of kin (", (P, form(g.person(), "full")), ", ", (PH, g.phone_f()),
        ") informed of discharge.\n\nFollow-up: chest X-ray in 6 weeks via GP. Discharged home to ", (L, _place(g)), ".\n")


def h_prescription_slip(d, g):
    pt, doc = g.people(2)
    d.w("PRESCRIPTION\n", (O, g.r.choice(HOSPITALS_F)), " - Outpatient Pharmacy\n\n", "Patient: ", title(g),
        (P, form(pt, "full")), "\nAddress: ", (L, g.address()), "\nDate of birth: ", (DT, g.date(1940, 2010)), "\n\n",
        "Rx\n 1. Amoxicillin 500 mg capsules - one three times a day for 7 days (21)\n",
        " 2. Paracetamol 500 mg tablets - two up to four times a day when required (32)\n\n",
        "Prescriber: Dr ", (P, form(doc, pick(g, "full", "init"))), "   GMC ", g.digits(7), "\nSigned ", (DT, g.date(2024)), "\n")


def h_lab_report(d, g):
    pt, doc = g.people(2)
    d.w((O, g.r.choice(HOSPITALS_F)), " - Clinical Biochemistry\nLABORATORY REPORT\n\n",
        "Name   : ", (P, form(pt, "capslastfirst")), "\nDOB    : ", (DT, g.date(1940, 2010)), "\nSample : ", g.digits(8),
        "   Collected ", (DT, g.date(2025)), "\nRequested by: Dr ", (P, form(doc, "family")), "\n\n",
        "Test            Result   Units     Range\n")
    for name, lo, hi, unit in [("Sodium", 133, 146, "mmol/L"), ("Potassium", 3, 6, "mmol/L"), ("Creatinine", 50, 130, "umol/L"),
                               ("HbA1c", 30, 60, "mmol/mol"), ("CRP", 1, 40, "mg/L")]:
        d.t(f"{name:<15} {g.r.randint(lo, hi):>6}   {unit:<9} {lo}-{hi}\n")
    d.w("\nComment: results phoned to the ward by ", (P, form(g.person(), "given")), ". Validated by ",
        (P, form(g.person(), "init")), ", Clinical Scientist.\n")


def h_appt_sms_reminder(d, g):
    pt = g.person()
    hosp = g.r.choice(HOSPITALS_F)
    d.w(pick(g, "Hi ", "Dear ", ""), (P, form(pt, pick(g, "given", "full"))), ", reminder of your appointment at ", (O, hosp),
        " on ", (DT, g.date(2025, 2026)), " at ", _clock(g), " with Dr ", (P, form(g.person(), "family")),
        ". Reply Y to confirm or N to cancel. To rebook call ", (PH, g.phone_f()), ". Do not reply with personal details.\n")


def h_nursing_handover(d, g):
    n1, n2, a, b = g.people(4)
    d.w("Night -> day handover, ", pick(g, "Ward 4", "Ash Ward", "HDU"), ", ", (DT, g.date(2025)), "\nHanded over by: ",
        (P, form(n1, "given")), "  To: ", (P, form(n2, "given")), "\n\n",
        "Bed 3 - ", (P, form(a, pick(g, "full", "capslastfirst"))), ", 81, #NOF post-op day 2. Settled, obs stable. Pain 2/10. ",
        "Daughter ", (P, form(g.person(), "given")), " visiting at 11, wants to speak to the team about discharge to ",
        (L, _place(g)), ".\n", "Bed 7 - ", (P, form(b, "full")), ", 64, DKA resolving. VRII off at 04:00. ")
    later(d, g, b, ("family",))
    d.t(" is anxious, please keep the family updated.\n\nOutstanding: bloods for bed 3, pharmacy to review bed 7 insulin. - ")
    later(d, g, n1, ("given",))
    d.t("\n")


# --- legal ----------------------------------------------------------------------------------------

def h_tenancy_excerpt(d, g):
    ll, t1, t2 = g.people(3)
    d.w("ASSURED SHORTHOLD TENANCY AGREEMENT (extract)\n\n1. PARTIES\n1.1 The Landlord: ", (P, form(ll, "full")),
        " of ", (L, g.address()), ".\n1.2 The Tenants: ", (P, form(t1, "full")), " and ", (P, form(t2, "full")),
        " (jointly and severally).\n\n2. THE PROPERTY\n2.1 ", (L, g.address()), ", together with the fixtures and fittings listed in the inventory.\n\n",
        "3. TERM\n3.1 The tenancy begins on ", (DT, g.date(2024, 2026)), " for a fixed term of 12 months.\n\n",
        f"4. RENT\n4.1 The rent is {g.r.randint(600, 2400)} per calendar month, payable in advance to the account ",
        (IBAN, g.iban()), ".\n4.2 The deposit will be protected with ", (O, g.org()), " within 30 days.\n\nSigned by the Landlord: ")
    later(d, g, ll, ("full", "init"))
    d.t("\nSigned by the Tenants: ")
    later(d, g, t1, ("init", "full"))
    d.t(" / ")
    later(d, g, t2, ("init", "full"))
    d.t("\n")


def h_witness_statement(d, g):
    w, s, off = g.people(3)
    d.w("WITNESS STATEMENT\n(Criminal Justice Act 1967, s.9)\n\nStatement of: ", (P, form(w, "capsfull")),
        "\nAge if under 18: over 18    Occupation: ", pick(g, "Bus driver", "Pharmacist", "Retired"), "\n\n",
        "This statement is true to the best of my knowledge and belief.\n\nOn ", (DT, g.date(2023, 2025)),
        f" at about {_clock(g)} I was walking along ", (L, f"{g.r.choice(STREET_F)} Road"), " in ", (L, _place(g)),
        " when I saw a man I now know to be ", (P, form(s, "full")), " push a cyclist off his bike. I know ")
    later(d, g, s, ("given", "family"))
    d.t(" because he drinks at the same pub as my brother. He shouted something and ran towards the station. I called 999 and waited for the police. ")
    d.w("PC ", (P, form(off, "family")), " arrived a few minutes later and I told him what I had seen.\n\nSigned: ",
        (P, form(w, "init")), "    Dated: ", (DT, g.date(2023, 2025)), "\nTaken by: PC ", g.digits(4), " ", (P, form(off, "init")), "\n")


def h_power_of_attorney(d, g):
    donor, a1, a2 = g.people(3)
    d.w("LASTING POWER OF ATTORNEY - PROPERTY AND FINANCIAL AFFAIRS\n\nSection 1. The donor\n",
        "Full name ....................... ", (P, form(donor, "full")), "\n", "Date of birth ................... ", (DT, g.date(1930, 1965)), "\n",
        "Address ......................... ", (L, g.address()), "\n\nSection 2. The attorneys\n",
        "Attorney 1: ", (P, form(a1, "full")), ", born ", (DT, g.date(1955, 1995)), ", of ", (L, g.address()), "\n",
        "Attorney 2: ", (P, form(a2, "full")), ", born ", (DT, g.date(1955, 1995)), ", e-mail ", (EM, g.email(a2)), "\n\n",
        "How should your attorneys make decisions?\n[x] Jointly and severally   [ ] Jointly   [ ] Jointly for some decisions\n\n",
        "I, ", (P, form(donor, "full")), ", have read this lasting power of attorney. Signed on ", (DT, g.date(2024)), " in the presence of ",
        (P, form(g.person(), "full")), ", solicitor, of ", (O, g.org()), ".\n")


def h_court_listing(d, g):
    d.w((O, f"{g.r.choice(STREET_F)} Crown Court"), "\nDAILY CAUSE LIST for ", (DT, g.date(2025, 2026)), "\n\nCourt 2 - sitting at 10:00\n",
        "Before: HHJ ", (P, form(g.person(), "family")), "\n\n")
    ppl = g.people(4)
    for i, p in enumerate(ppl):
        kind = pick(g, "Plea and trial preparation", "Sentence", "Mention", "Trial (day 2)")
        d.w(f"{i + 1}. T2025{g.digits(4)}  R v ", (P, form(p, pick(g, "capslastfirst", "capsfull"))), f"   {kind}\n")
    d.t("\nCourt 4 - sitting at 14:00\nBefore: District Judge ")
    d.w((P, form(g.person(), "full")), "\n\n1. Application by ", (O, g.org()), " for a freezing order\n")


def h_solicitor_letter(d, g):
    cl, other, sol = g.people(3)
    firm = f"{form(sol, 'family')} & Partners LLP"
    d.w((O, firm), "\nSolicitors\n", (L, g.address()), "\nDX ", g.digits(5), "\n\nOur ref: ", g.r.choice("ABCJKMT"),
        g.r.choice("ABCJKMT"), "/", g.digits(4), "\n\n", (DT, g.date(2024)), "\n\nBY EMAIL ONLY: ", (EM, g.email(other)), "\n\n",
        "Dear ", pick(g, "Mr ", "Ms ", "Mrs "), (P, form(other, "family")),
        ",\n\nOur client: ", (P, form(cl, "full")), "\nProperty: ", (L, g.address()), "\n\n",
        "We are instructed by the above-named in connection with the boundary fence between our client's property and yours. ",
        "Our client tells us that on ", (DT, g.date(2024)), " contractors acting for you removed the fence without notice.\n\n"
        "We invite you to confirm within 14 days that the fence will be reinstated at your cost. If we do not hear from you, ")
    later(d, g, cl, ("family",))
    d.t(" may issue proceedings without further warning.\n\nYours faithfully\n\n")
    d.w((O, firm), "\n")


def h_motor_claim_form(d, g):
    p, tp = g.people(2)
    w = 26
    d.w("MOTOR CLAIM NOTIFICATION\n", (O, g.org()), " Insurance\n\n", "SECTION A - POLICYHOLDER\n",
        lab(g, "Surname", w), (P, form(p, "family")), "\n", lab(g, "First name(s)", w), (P, form(p, "given")), "\n",
        lab(g, "Address", w), (L, g.address()), "\n", lab(g, "Mobile", w), (PH, g.phone_f()), "\n",
        lab(g, "Driving licence no.", w), (DL, g.driver_license()), "\n\nSECTION B - INCIDENT\n",
        lab(g, "Date of incident", w), (DT, g.date(2024, 2025)), "\n", lab(g, "Location", w), (L, _place(g)), "\n",
        "Description: While stationary at lights my vehicle was struck from behind by a van driven by ",
        (P, form(tp, "full")), ", who gave his insurer as ", (O, g.org()), ".\n\n",
        "SECTION C - DECLARATION\nI declare the information given is true.  Signature: ", (P, form(p, "init")), "\n")


# --- support ---------------------------------------------------------------------------------------

def h_ticket_agent_replies(d, g):
    cust, a1, a2 = g.people(3)
    d.w(f"Ticket #{g.digits(6)} - Refund not received\nStatus: Pending customer   Priority: Normal\n\n",
        "--- ", (P, form(cust, "full")), " (", (EM, g.email(cust)), ") - ", (DT, g.date(2025)), "\n",
        "I returned the ", g.r.choice(PRODUCTS_F), " three weeks ago and still haven't had my money back. Order ", g.invoice_no(), ".\n\n",
        "--- ", (P, form(a1, "given")), " (Agent) - ", (DT, g.date(2025)), "\nHi ", (P, form(cust, "given")),
        ", sorry for the wait. The warehouse in ", (L, _place(g)), " confirms the return arrived. I've escalated to our refunds team.\n\n",
        "--- ", (P, form(a2, pick(g, "given", "init"))), " (Refunds) - ", (DT, g.date(2025)), "\n",
        "Refund issued to the card ending ", g.digits(4), ". It can take 5 working days. Internal note: approved by ")
    later(d, g, a1, ("given",))
    d.t(".\n")


def h_livechat_transcript(d, g):
    ck = iter(_clocks(g, 12))
    c, a = g.people(2)
    cn, an = form(c, pick(g, "given", "full")), form(a, "given")
    d.w("Chat transcript - started ", (DT, g.date(2025)), "\n\n[", next(ck), "] ", (P, an), ": Hello, you're chatting with ",
        (P, an), " from ", (O, g.org()), ". How can I help?\n[", next(ck), "] ", (P, cn),
        ": hi my parcel says delivered but its not here\n[", next(ck), "] ", (P, an),
        ": I'm sorry to hear that. Can you confirm the delivery address and a contact number?\n[", next(ck), "] ", (P, cn), ": ",
        (L, g.address()), ", ", (PH, g.phone_f()), "\n[", next(ck), "] ", (P, an),
        ": Thanks. The driver photo shows a green door - could a neighbour have it?\n[", next(ck), "] ", (P, cn),
        ": oh maybe, ", (P, form(g.person(), "given")), " next door sometimes takes them\n[", next(ck), "] ", (P, an),
        ": Great, if not we'll open an investigation. Transcript will be sent to ", (EM, g.email(c)), ".\n")


def h_complaint_email_thread(d, g):
    c, m = g.people(2)
    org = g.org()
    ce, me = g.email(c), g.email(m)
    d.w("From: ", (P, form(m, "full")), " <", (EM, me), ">\nTo: ", (P, form(c, "full")), " <", (EM, ce), ">\nCc: complaints <",
        (EM, f"complaints@{g.domain()}"), ">\nSubject: RE: Formal complaint - missed appointments\n\n",
        "Dear ", title(g) or "Ms ", (P, form(c, "family")), ",\n\nI am sorry that our engineer failed to attend twice. I have arranged a priority visit on ",
        (DT, g.date(2025)), " and credited your account with 50.00.\n\n", (P, form(m, "given")), "\nCustomer Relations Manager, ", (O, org),
        "\n\n", "On ", (DT, g.date(2025)), ", ", (P, form(c, "full")), " <", (EM, ce), "> wrote:\n",
        "> To whom it may concern,\n> This is the second time nobody has turned up. I took a day off work for it.\n",
        "> My neighbour ", (P, form(g.person(), "western")), " had the same problem last month.\n> Regards, ", (P, form(c, "given")), "\n")


# --- chat exports ---------------------------------------------------------------------------------

def h_whatsapp_family(d, g):
    ck = iter(_clocks(g, 12))
    a, b, c = g.people(3)
    names = [form(a, pick(g, "given", "nick")), form(b, pick(g, "full", "given")), form(c, "given")]
    date = f"{g.r.randint(1, 28):02d}/{g.r.randint(1, 12):02d}/{g.r.randint(2022, 2026)}"
    lines = [(0, ["are we still on for sunday lunch?"]), (1, ["yes! ", "I'll bring dessert"]),
             (2, ["can't make it till 2, train from ", (L, _place(g)), " is delayed"]), (0, ["no worries ", (P, form(c, "lower")), " 😊"]),
             (1, ["btw mum's new number is ", (PH, g.phone_f())]), (2, ["saved 👍"])]
    for who, msg in lines:
        d.w(f"{date}, {next(ck)} - ", (P, names[who]), ": ", *msg, "\n")


def h_teams_channel_copy(d, g):
    ck = iter(_clocks(g, 12))
    a, b, c = g.people(3)
    d.w((P, form(a, "full")), "  ", next(ck), "\n", "Morning all - the ", g.r.choice(PRODUCTS_F),
        " release is blocked on QA sign-off. @", (P, form(b, "given")), " can you take a look?\n\n",
        (P, form(b, "full")), "  ", next(ck), "\n", "On it. ", (P, form(c, "given")),
        " ran the regression suite yesterday, only two failures.\n\n", (P, form(c, "full")), "  ", next(ck), "\n",
        "Both flaky. Logged as QA-", g.digits(4), ". Will be in the ", (L, _place(g)), " office tomorrow if anyone needs me.\n\n",
        (P, form(a, "full")), "  ", next(ck), "\n", "Thanks both 🙏\n")


def h_irc_channel_log(d, g):
    ck = iter(_clocks(g, 12))
    a, b, c = g.people(3)
    na, nb, nc = form(a, "lower"), form(b, "lower"), form(c, "lower")
    d.w(f"[{next(ck)}] * Now talking in #infra-ops\n[{next(ck)}] <", (P, na), "> anyone else seeing 502s from the gateway?\n",
        f"[{next(ck)}] <", (P, nb), "> yep, box ", (IP, g.ip()), " is flapping\n",
        f"[{next(ck)}] <", (P, na), "> ", (P, nb), ": restarting it now\n",
        f"[{next(ck)}] * ", (P, nc), " has joined #infra-ops\n",
        f"[{next(ck)}] <", (P, nc), "> sorry, was at lunch. it's the cert again, expired at midnight\n",
        f"[{next(ck)}] <", (P, nb), "> ", (P, nc), " ++\n")


def h_sms_thread_backup(d, g):
    ck = iter(_clocks(g, 12))
    me, them = g.people(2)
    d.w("SMS backup - conversation with ", (P, form(them, "full")), " (", (PH, g.phone_f()), ")\n\n")
    msgs = [(1, ["Hi it's ", (P, form(them, "given")), ", the plumber gave me your number"]), (0, ["Hi! Yes thanks for getting in touch"]),
            (1, ["Can I come round ", (DT, g.date(2025)), " to look at the boiler?"]), (0, ["Perfect. Address is ", (L, g.address())]),
            (1, ["See you then"]), (0, ["Thanks, ", (P, form(me, "given"))])]
    for who, m in msgs:
        d.w("Sent" if who == 0 else "Received", " ", next(ck), ": ", *m, "\n")


# --- e-mail -----------------------------------------------------------------------------------------

def h_forwarded_booking(d, g):
    me, friend = g.people(2)
    hotel = _hotel(g)
    me_em = g.email(me)
    d.w("From: ", (P, form(me, "western")), " <", (EM, me_em), ">\nTo: ", (EM, g.email(friend)), "\nSubject: Fwd: Booking confirmation\n\n",
        "FYI - here's the hotel for the weekend, see you at the station!\n\n---------- Forwarded message ---------\n",
        "From: Reservations <", (EM, f"bookings@{g.domain()}"), ">\nDate: ", (DT, g.date(2025)), "\nSubject: Booking confirmation\nTo: ",
        (EM, me_em), "\n\n", "Dear ", pick(g, "Mr ", "Ms ", ""), (P, form(me, "full")), ",\n\nThank you for booking with ", (O, hotel), ", ",
        (L, _place(g)), ".\n\n  Check-in:   ", (DT, g.date(2025)), " from 15:00\n  Check-out:  ", (DT, g.date(2025)), " by 11:00\n",
        f"  Room:       Superior twin, {g.r.randint(2, 5)} nights\n  Guests:     2\n  Card:       ", (CC, g.card()),
        "\n\nManage your booking: ", (URL, g.url()), "\n")


def h_calendar_invite(d, g):
    org_p, a, b = g.people(3)
    d.w("Invitation: Quarterly supplier review @ ", (DT, g.date(2025, 2026)), " 14:00 - 15:00\n\n",
        "Organizer: ", (P, form(org_p, "full")), " <", (EM, g.email(org_p)), ">\n", "When: ", (DT, g.date(2025, 2026)), ", 14:00 - 15:00\n",
        "Where: Room 3.12, ", (L, g.address()), "\nJoin online: ", (URL, g.url()), "\n\nGuests:\n  ", (P, form(a, "full")),
        " - optional\n  ", (P, form(b, "full")), " (", (O, g.org()), ")\n\n",
        "Agenda: delivery performance, price review, the ", g.r.choice(PRODUCTS_F), " recall.\n\nGoing? Yes - Maybe - No\n")


def h_meeting_minutes_actions(d, g):
    ppl = g.people(5)
    chair, sec = ppl[0], ppl[1]
    d.w((O, g.org()), " - Facilities Committee\nMinutes of the meeting held ", (DT, g.date(2025)), " at ", (L, g.address()), "\n\nPresent: ")
    for i, p in enumerate(ppl[:4]):
        d.w((P, form(p, pick(g, "full", "init"))), " (Chair)" if i == 0 else "", ", " if i < 3 else "\n")
    d.w("Apologies: ", (P, form(ppl[4], "full")), "\nMinutes: ", (P, form(sec, "init")), "\n\n",
        "1. Minutes of the last meeting were approved.\n2. Car park resurfacing: ")
    later(d, g, ppl[2], ("family",))
    d.t(" reported three quotes; the lowest was accepted.\n3. Lift servicing: contract renewed.\n\nACTIONS\n")
    d.w("- ", (P, form(ppl[2], "given")), ": confirm start date with the contractor\n- ", (P, form(ppl[3], "given")),
        ": circulate the fire drill schedule\n- ")
    later(d, g, chair, ("given", "family"))
    d.w(": write to the landlord, ", (O, g.org()), ", about the roof\n\nNext meeting: ", (DT, g.date(2025)), "\n")


# --- school, forms, tables --------------------------------------------------------------------------

def h_school_report_card(d, g):
    pupil, teacher, head = g.people(3)
    y = g.r.randint(2022, 2025)
    d.w((O, g.r.choice(SCHOOLS_F[:3])), f"\nEnd of Year Report {y}/{(y + 1) % 100}\n\n",
        "Pupil: ", (P, form(pupil, "full")), "    Class: ", pick(g, "5B", "Year 8 Oak", "7R"), "\n", "Form tutor: ",
        pick(g, "Mr ", "Mrs ", "Ms "), (P, form(teacher, "family")), "\n\n",
        f"English       B   Effort 1\nMathematics   A   Effort 2\nScience       B   Effort 1\nAttendance    {g.r.randint(88, 100)}%\n\n",
        "Tutor comment: ")
    later(d, g, pupil, ("given",))
    d.t(" has grown in confidence this year and was a great help on the trip to ")
    d.w((L, _place(g)), ". ")
    later(d, g, pupil, ("given",), poss=True)
    d.t(" homework is always on time.\n\nHeadteacher: ")
    d.w((P, form(head, "init")), "\n")


def h_class_list_tsv(d, g):
    d.t("surname\tforename\tdob\tguardian_phone\tguardian_email\n")
    for p in g.people(g.r.randint(4, 6)):
        d.w((P, form(p, "family")), "\t", (P, form(p, "given")), "\t", (DT, g.date(2010, 2018)), "\t", (PH, g.phone_f()), "\t",
            (EM, g.email()), "\n")


def h_csv_volunteer_export(d, g):
    d.t("id,name,town,joined,phone\n")
    for i in range(g.r.randint(3, 6)):
        p = g.person()
        d.w(f"{g.r.randint(100, 999)},\"", (P, form(p, pick(g, "lastfirst", "full"))), "\",", (L, g.city()[0]), ",",
            (DT, g.date(2015)), ",", (PH, g.phone_f()), "\n")


# --- finance ----------------------------------------------------------------------------------------

def h_bank_statement(d, g):
    p = g.person()
    d.w((O, f"{g.r.choice(ORG_F1)} Bank"), "\nSTATEMENT OF ACCOUNT\n\n", (P, form(p, pick(g, "capsfull", "full"))), "\n", (L, g.address()), "\n\n",
        "Account: ", (IBAN, g.iban()), "\nPeriod: ", (DT, g.date(2025)), " to ", (DT, g.date(2025)), "\n\n",
        "Date         Description                         Out        In\n")
    for _ in range(g.r.randint(3, 5)):
        kind = g.r.randint(0, 2)
        d.e(DT, g.date(2025))
        if kind == 0:
            d.w("  CARD ", (O, g.org()), f"   {_money(g, 3, 300):>10}\n")
        elif kind == 1:
            d.w("  TFR FROM ", (P, form(g.person(), "capsfull")), f"              {_money(g, 20, 900):>10}\n")
        else:
            d.t(f"  DIRECT DEBIT COUNCIL TAX   {_money(g, 90, 250):>10}\n")
    d.t("\nClosing balance: " + _money(g, 100, 9000) + "\n")


# --- software / logs --------------------------------------------------------------------------------

def h_git_log_trailers(d, g):
    a, b, c = g.people(3)
    ea, eb, ec = g.email(a), g.email(b), g.email(c)
    when = datetime.datetime(g.r.randint(2021, 2026), g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(8, 20), g.r.randint(0, 59))
    zone = pick(g, "+0000", "+0100", "+0200", "-0500", "+0530", "+0900")

    def sha():
        return "".join(g.r.choice("0123456789abcdef") for _ in range(40))

    d.w(f"commit {sha()}\nAuthor: ", (P, form(a, "full")), " <", (EM, ea), ">\n",
        f"Date:   {when:%a %b} {when.day} {when:%H:%M:%S %Y} {zone}\n\n    Fix race in upload retry loop\n\n"
        "    The retry timer could fire after cancel(), leaking a socket.\n\n",
        "    Reported-by: ", (P, form(c, "full")), " <", (EM, ec), ">\n    Co-authored-by: ", (P, form(b, "full")), " <", (EM, eb),
        ">\n    Signed-off-by: ", (P, form(a, "full")), " <", (EM, ea), ">\n\n")
    when -= datetime.timedelta(hours=g.r.randint(2, 90), minutes=g.r.randint(0, 59))
    d.w(f"commit {sha()}\nAuthor: ", (P, form(b, "full")), " <", (EM, eb), ">\n",
        f"Date:   {when:%a %b} {when.day} {when:%H:%M:%S %Y} {zone}\n\n    Bump version to {g.version()}\n\n",
        "    Signed-off-by: ", (P, form(b, "full")), " <", (EM, eb), ">\n")


def h_auth_server_log(d, g):
    users = g.people(3)
    ips = [g.ip() for _ in users]
    day, sec = _stamp(g)
    host = pick(g, "bastion-01", "sso-eu-2", "vpn-gw")
    for _ in range(7):
        i = g.r.randrange(len(users))
        p = users[i]
        ev = g.r.randint(0, 3)
        sec += g.r.randint(3, 900)
        d.t(f"{day} {sec // 3600 % 24:02d}:{sec // 60 % 60:02d}:{sec % 60:02d} {host} auth[{g.r.randint(200, 9000)}]: ")
        if ev <= 1:
            d.w("login ok user=", (P, form(p, "lower")), " src=", (IP, ips[i]), " method=", pick(g, "password", "totp", "publickey"), "\n")
        elif ev == 2:
            d.w("login FAILED user=", (P, form(p, "lower")), " src=", (IP, g.ip()), " reason=bad_password\n")
        else:
            d.w("password reset requested for ", (EM, g.email(p)), " by admin ", (P, form(users[(i + 1) % 3], "lower")), "\n")


# --- news, community, personal ------------------------------------------------------------------------

def h_local_news_item(d, g):
    p, q, rep = g.people(3)
    town = g.city()[0]
    d.w((O, _paper(g)), "  |  ", (DT, g.date(2025)), "\n\nBakery owner honoured for flood relief\n\nBy ", (P, form(rep, "full")), "\n\n",
        (L, town), " baker ", (P, form(p, "full")), " has been given a community award after feeding hundreds of families during last winter's floods. ")
    later(d, g, p, ("family",))
    d.t(", 52, kept the ovens going for nine days. \"We just did what anyone would,\" ")
    later(d, g, p, ("family",))
    d.w(" said. Councillor ", (P, form(q, "full")), " presented the award at ", (O, g.r.choice(SCHOOLS_F)), " on ", (DT, g.date(2025)), ".\n")


def h_obituary_notice(d, g):
    p, sp, ch1, ch2 = g.people(4)
    d.w((P, form(p, "capsfull")), "\n\nPassed away peacefully at ", (O, g.r.choice(HOSPITALS_F)), " on ", (DT, g.date(2025)),
        ", aged ", str(g.r.randint(70, 98)), ". Born in ", (L, _place(g)), " on ", (DT, g.date(1925, 1955)),
        ". Beloved partner of ", (P, form(sp, "given")), ", loving parent of ", (P, form(ch1, "western")), " and ",
        (P, form(ch2, "western")), ". ")
    later(d, g, p, ("given",), poss=True)
    d.w(" funeral will take place at ", (L, g.address()), " on ", (DT, g.date(2025)),
        ". Family flowers only; donations if desired to the hospice.\n")


def h_newsletter_staff_news(d, g):
    a, b, c = g.people(3)
    d.w("STAFF NEWSLETTER - ", (DT, g.date_f(2025, 2025)), "\n\nWelcome aboard\nPlease say hello to ", (P, form(a, "full")),
        ", who joins Accounts from ", (O, g.org()), ", and ", (P, form(b, "full")), ", our new apprentice in the ", (L, _place(g)), " depot.\n\n",
        "Congratulations\n")
    later(d, g, c, ("full",))
    d.t(" ran the city half-marathon in under two hours and raised 1,200 for charity. Well done, ")
    later(d, g, c, ("given",))
    d.t("!\n\nDates for the diary\nStaff social: ")
    d.w((DT, g.date_f(2025, 2025)), " - tickets from ", (P, form(a, "given")), " on reception.\n")


def h_cv_profile(d, g):
    p = g.person()
    d.w((P, form(p, pick(g, "capsfull", "full"))), "\n", (L, _place(g)), "  |  ", (PH, g.phone_f()), "  |  ", (EM, g.email(p)), "\n\n",
        "PROFILE\nSupply-chain analyst with seven years' experience in forecasting and vendor management.\n\nEXPERIENCE\n",
        (DT, g.date_f(2019, 2022)), " - present   Senior Analyst, ", (O, g.org()), ", ", (L, _place(g)), "\n",
        "  - Cut stock-outs by 18% with a new demand model\n", (DT, g.date_f(2014, 2018)), " - ", (DT, g.date_f(2018, 2019)),
        "   Analyst, ", (O, g.org()), "\n\nEDUCATION\nBSc Economics, ", (O, g.r.choice(SCHOOLS_F[3:])), "\n\nREFERENCES\n")
    r = g.person()
    d.w((P, form(r, "full")), ", Head of Planning - ", (EM, g.email(r)), "\n")


def h_police_incident_log(d, g):
    v, s, off = g.people(3)
    d.w("INCIDENT REPORT  Ref ", g.digits(6), "/", str(g.r.randint(24, 26)), "\n\n", "Reported: ", (DT, g.date(2025)), " ", _clock(g), "\n",
        "Location: ", (L, g.address()), "\n", "Reporting officer: PC ", (P, form(off, "capslastfirst")), "\n\n",
        "Victim: ", (P, form(v, "full")), ", DOB ", (DT, g.date(1950, 2004)), ", tel ", (PH, g.phone_f()), "\n",
        "Suspect: ", (P, form(s, "capsfull")), " (known to victim)\n\n", "Summary: ")
    later(d, g, v, ("family",))
    d.t(" states that the suspect entered the shop, took two bottles and threatened staff when challenged. CCTV requested. ")
    later(d, g, s, ("family",))
    d.t(" left on foot toward the bus station.\n")


# --- structured ---------------------------------------------------------------------------------------

def h_json_crm_contact(d, g):
    p = g.person()
    d.w("{\n  \"contact\": {\n    \"id\": ", str(g.r.randint(10000, 99999)), ",\n    \"first_name\": \"", (P, form(p, "given")),
        "\",\n    \"last_name\": \"", (P, form(p, "family")), "\",\n    \"email\": \"", (EM, g.email(p)), "\",\n    \"phone\": \"",
        (PH, g.phone_f()), "\",\n    \"company\": \"", (O, g.org()), "\",\n    \"city\": \"", (L, g.city()[0]),
        "\",\n    \"created\": \"", (DT, g.date(2023)), "\",\n    \"tags\": [\"newsletter\", \"trade-show\"],\n    \"owner\": \"",
        (P, form(g.person(), "full")), "\"\n  }\n}\n")


def h_json_webhook_event(d, g):
    p = g.person()
    d.w("{\"event\": \"order.shipped\", \"attempt\": ", str(g.r.randint(1, 3)), ", \"data\": {\"order\": \"", g.invoice_no(),
        "\", \"customer\": {\"name\": \"", (P, form(p, pick(g, "full", "western"))), "\", \"email\": \"", (EM, g.email(p)),
        "\"}, \"ship_to\": \"", (L, g.address()), "\", \"shipped_on\": \"", (DT, g.date(2025)), "\", \"client_ip\": \"", (IP, g.ip()),
        "\", \"items\": [{\"sku\": \"", g.order_id(), "\", \"qty\": ", str(g.r.randint(1, 4)), "}]}}")


def h_xml_patient_export(d, g):
    p, gp = g.people(2)
    d.w("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<patientExport>\n  <patient id=\"", g.digits(8), "\">\n    <familyName>",
        (P, form(p, "family")), "</familyName>\n    <givenName>", (P, form(p, "given")), "</givenName>\n    <birthDate>",
        (DT, g.date(1940, 2015)), "</birthDate>\n    <address>", (L, g.address()), "</address>\n    <telecom use=\"mobile\">",
        (PH, g.phone_f()), "</telecom>\n    <generalPractitioner>", (P, form(gp, "full")), "</generalPractitioner>\n    <managingOrganization>",
        (O, g.r.choice(HOSPITALS_F)),
        "</managingOrganization>\n  </patient>\n</patientExport>\n")


# --- PII-free ---------------------------------------------------------------------------------------

def h_neg_returns_policy(d, g):
    d.t(f"Returns Policy (version {g.r.randint(2, 9)}.{g.r.randint(0, 9)})\n\n"
        f"You may return any {g.r.choice(PRODUCTS_F)} or accessory within {g.r.choice([14, 30, 60])} days of delivery for a full refund. "
        "Items must be unused and in their Original Packaging. Refunds are made to the original payment method within 5 Working Days "
        "of the item reaching our Returns Centre.\n\nExclusions: Gift Cards, Personalised Items and Opened Software cannot be returned. "
        f"Extended Warranty Plus customers should quote their plan number (EWP-{g.digits(6)}) when arranging a collection.\n")


def h_neg_release_notes(d, g):
    a, b = g.r.sample(PRODUCTS_F, 2)
    d.t(f"Release Notes - Firmware {g.r.randint(3, 9)}.{g.r.randint(0, 30)}\n\nNew\n- {a}: Quiet Mode now lowers fan speed by up to 40%.\n"
        f"- {b}: Added support for the Bluetooth LE Audio profile.\n\nFixed\n- Battery percentage could show 101% after a full charge.\n"
        f"- Settings > Display > Night Shift reset after reboot (issue {g.digits(5)}).\n\nKnown Issues\n- Pairing with older Android "
        "devices may take two attempts.\n")


def h_neg_safety_induction(d, g):
    d.t(f"SITE SAFETY INDUCTION - Module {g.r.randint(1, 6)}\n\n1. Hard Hats, Hi-Vis Vests and Safety Boots must be worn beyond the Yellow Line.\n"
        f"2. The Assembly Point is Car Park B. Fire Alarm tests take place every Tuesday at 10:00.\n"
        f"3. Report near misses using Form HS-{g.digits(3)} within 24 hours.\n4. Forklift Zone speed limit: {g.r.randint(3, 8)} km/h.\n"
        "5. First Aid kits are in the Canteen, Goods In and the Main Office.\n\nQuiz pass mark: 8 out of 10.\n")
