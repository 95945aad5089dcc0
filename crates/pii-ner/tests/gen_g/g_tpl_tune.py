"""Set G, tune half: English document templates written fresh for this set (t_* functions).

Each template renders one realistic document kind (letters, HR, medical, legal, support, chat exports,
e-mail, minutes, forms, exports, logs, news) into a `Doc`; every person, place, organisation, date,
phone, e-mail, identifier and URL comes from the seeded generator and is a gold span. `t_neg_*`
templates are PII-free, `t_json_*` render JSON and `t_xml_*` render XML.
"""
import datetime

from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title
from f_data import HOSPITALS_F, PRODUCTS_F, SCHOOLS_F


# --- small helpers ---------------------------------------------------------------------------------

def _day(g, lo=2023, hi=2025):
    return datetime.date(g.r.randint(lo, hi), g.r.randint(1, 12), g.r.randint(1, 28))


def _hm(g, lo=8, hi=21):
    return f"{g.r.randint(lo, hi):02d}:{g.r.randint(0, 59):02d}"


def _clock(g, n, lo=8, hi=21):
    """n times of day in order, as a chat or log would show them."""
    start = g.r.randint(lo * 60, hi * 60)
    out = []
    for _ in range(n):
        out.append(f"{start // 60 % 24:02d}:{start % 60:02d}")
        start += g.r.randint(0, 25)
    return out


def _named(g, n):
    """n people who each have a family name (for tables with separate name columns)."""
    return [p for p in g.people(n + 4) if not p.mono][:n]


def _money(g, lo=40, hi=4000):
    return f"{g.r.randint(lo, hi):,}.{g.r.randint(0, 99):02d}"


def _jstr(d, ty, value):
    """A JSON string whose content is one gold span (the value needs no escaping)."""
    assert '"' not in value and "\\" not in value, value
    d.t('"').e(ty, value).t('"')


def _mailbox(g, role):
    return f"{role}@{g.domain()}"


# --- business ----------------------------------------------------------------------------------------

def t_quote_racking_letter(d, g):
    a, b = g.people(2)
    org, client_org = g.org(), g.org()
    d.w((O, org), "\n", (L, g.address()), "\nTel ", (PH, g.phone_f()), "\n\n", (DT, g.date(2024, 2026)), "\n\n",
        title(g) or "Ms ", (P, form(b, "full")), "\n", (O, client_org), "\n", (L, g.address()),
        "\n\nOur ref: Q-", g.digits(5), "\n\nDear ", pick(g, "Mr ", "Ms ", "Dr "), (P, form(b, "family")), ",\n\n",
        "Quotation for replacement racking, mezzanine level\n\n",
        "Thank you for showing ", (P, form(a, "given")), " round the warehouse last week. As agreed on site, we can supply ",
        "and fit 42 bays of pallet racking with mesh decking for GBP ", _money(g, 9000, 40000),
        " excluding VAT. The price holds for 30 days and installation takes about eight working days.\n\n",
        "If you would like to proceed, please sign the enclosed acceptance and return it to me or to ",
        (EM, _mailbox(g, "sales")), ".\n\nYours sincerely,\n\n\n", (P, form(a, "full")), "\nSenior Estimator, ", (O, org), "\n",
        (EM, g.email(a)), "\n")


def t_invoice_plumbing_trade(d, g):
    cust, = g.people(1)
    org = g.org()
    issued = _day(g, 2024, 2026)
    d.w("INVOICE ", g.invoice_no(), "\n\n", (O, org), "\n", (L, g.address()), "\nVAT No. GB ", g.digits(9), "\n\n",
        "Bill to:\n", (P, anyform(g, cust)), "\n", (L, g.address()), "\n\n",
        "Invoice date: ", (DT, f"{issued:%d/%m/%Y}"), "\nDue date:     ", (DT, g.date_f(2024, 2026)), "\n\n",
        "Qty  Description                           Unit      Total\n")
    for item in g.r.sample(["Labour (hours)         ", "Copper pipe 15mm (3m)  ", "Thermostatic valve     ",
                            "Call-out charge        ", "Combi boiler service   ", "Isolation valve 22mm   "], g.r.randint(2, 4)):
        d.t(f"{g.r.randint(1, 8):>3}  {item}               {_money(g, 8, 180):>8}  {_money(g, 20, 900):>9}\n")
    d.w("\nPayment by bank transfer to IBAN ", (IBAN, g.iban()), " quoting the invoice number.\n",
        "Queries: ", (EM, _mailbox(g, "accounts")), " or ", (PH, g.phone_f()), "\n")


def t_parcel_dispatch_email(d, g):
    p, = g.people(1)
    org = g.org()
    city, country = g.city()
    d.w("Your parcel is on its way\n\nHi ", (P, form(p, "given")), ",\n\n", "Good news: order ", g.invoice_no(),
        " from ", (O, org), " left our hub in ", (L, city), " today and should arrive on ", (DT, g.date(2024, 2026)), ".\n\n",
        "Delivering to:\n", (P, form(p, "capsfull")), "\n", (L, g.address()), "\n\n",
        "Carrier: ", (O, g.org()), " (tracking ", g.digits(4), " ", g.digits(4), " ", g.digits(4), ")\n",
        "Track it here: ", (URL, g.url()), "\n\n",
        "Not going to be in? You can choose a neighbour or a safe place from the tracking page until 22:00 the evening ",
        "before.\n")


def t_hotel_confirmation_two_guests(d, g):
    p, q = g.people(2)
    city, country = g.city()
    arrive = _day(g, 2024, 2026)
    leave = arrive + datetime.timedelta(days=g.r.randint(1, 6))
    hotel = g.org()
    d.w("Booking confirmation ", g.digits(10), "\n\n", (O, hotel), ", ", (L, city), ", ", (L, country), "\n\n",
        "Guest name:   ", (P, form(p, pick(g, "capslastfirst", "full", "lastfirst"))), "\n",
        "Second guest: ", (P, form(q, "full")), "\n",
        "Check-in:     ", (DT, f"{arrive:%a %d %b %Y}"), " (from 15:00)\n",
        "Check-out:    ", (DT, f"{leave:%a %d %b %Y}"), " (until 11:00)\n",
        "Room:         1 x Superior Double, breakfast included\n",
        "Guarantee:    card ending ", g.digits(4), "\n\n",
        "Dear ", pick(g, "Mr ", "Ms ", "Mrs "), (P, form(p, "family")), ", we look forward to welcoming you. ",
        "For late arrival please call reception on ", (PH, g.phone_f()), ".\n")


def t_current_account_statement_lines(d, g):
    p, q, r = g.people(3)
    start = _day(g, 2024, 2025)
    d.w((O, g.org()), "  |  Current Account Statement\n\n",
        (P, form(p, pick(g, "capsfull", "full"))), "\n", (L, g.address()), "\n\n",
        "IBAN ", (IBAN, g.iban()), "\nStatement period: ", (DT, f"{start:%d %b %Y}"), " to ",
        (DT, f"{start + datetime.timedelta(days=30):%d %b %Y}"), "\n\n",
        "Date     Description                              Out        In      Balance\n")
    bal = g.r.randint(800, 6000)
    lines = [("FPO ", q, "capsfull", "rent share"), ("CARD ", None, None, "SUPERMARKET 0412"), ("FPI ", r, "capsfull", "REF DINNER"),
             ("DD ", None, None, "COUNCIL TAX"), ("FPO ", q, "caps", "UTILITIES")]
    for i, (kind, who, fm, memo) in enumerate(lines):
        day = start + datetime.timedelta(days=3 * i + g.r.randint(0, 2))
        amt = g.r.randint(5, 700)
        inflow = kind == "FPI "
        bal += amt if inflow else -amt
        d.t(f"{day:%d %b}   {kind}")
        if who:
            d.e(P, form(who, fm)).t(f" {memo}".ljust(26))
        else:
            d.t(memo.ljust(36))
        d.t(f"{'' if inflow else f'{amt}.00':>10} {f'{amt}.00' if inflow else '':>8} {bal:>10}.00\n")


def t_supplier_review_invite(d, g):
    org, a, b, c = g.people(4)
    dt = _day(g, 2024, 2026)
    org_name = g.org()
    city, _ = g.city()
    d.w("Invitation: Supplier review Q", str(g.r.randint(1, 4)), " @ ", (DT, f"{dt:%a %b %d, %Y}"), " 14:00 - 15:30\n\n",
        "Organizer: ", (P, form(org, "full")), " <", (EM, g.email(org)), ">\n",
        "When: ", (DT, f"{dt:%A %d %B %Y}"), ", 14:00 to 15:30\n",
        "Where: Room 3.14, ", (O, org_name), " office, ", (L, city), " / video link below\n",
        "Join: ", (URL, g.url()), "\n\nGuests\n",
        (P, form(a, "full")), " - optional\n", (P, form(b, "full")), "\n", (EM, g.email(c)), "\n\n",
        "Agenda: delivery performance, open credit notes, price review. ", (P, form(b, "given")),
        " will bring the figures.\n\nGoing? Yes - Maybe - No\n")


# --- HR --------------------------------------------------------------------------------------------

def t_analyst_offer_letter(d, g):
    cand, mgr, hr = g.people(3)
    org = g.org()
    d.w((O, org), "\nPeople Team\n\n", (DT, g.date(2024, 2026)), "\n\nPRIVATE AND CONFIDENTIAL\n",
        (P, form(cand, "full")), "\n", (L, g.address()), "\n\nDear ", (P, form(cand, "given")), ",\n\n",
        "Offer of employment: Data Analyst\n\n",
        "Following your interview with ", title(g) or "Dr ", (P, form(mgr, "full")), ", I am delighted to offer you the ",
        "position of Data Analyst at ", (O, org), ", based in our ", (L, g.city()[0]), " office. Your start date will be ",
        (DT, g.date(2024, 2026)), " and your annual salary GBP ", f"{g.r.randint(31, 58)},000", ".\n\n",
        "You will report to ", (P, form(mgr, "family")), ", who will also arrange your first-week induction. ",
        "This offer is subject to two satisfactory references and proof of your right to work.\n\n",
        "Please confirm your acceptance by replying to me at ", (EM, g.email(hr)), ".\n\nWith best wishes,\n\n",
        (P, form(hr, "full")), "\nHR Business Partner\n")


def t_monthly_payslip_uk(d, g):
    p, = g.people(1)
    org = g.org()
    paid = _day(g, 2024, 2026)
    basic = g.r.randint(1900, 5200)
    tax, ni, pen = basic * 18 // 100, basic * 8 // 100, basic * 5 // 100
    d.w((O, org), "  -  PAYSLIP\n\n", lab(g, "Employee"), (P, form(p, pick(g, "capslastfirst", "capsfull", "full"))), "\n",
        lab(g, "Employee no."), g.digits(6), "\n", lab(g, "SSN"), (SSN, g.ssn()), "\n",
        lab(g, "Pay date"), (DT, f"{paid:%d/%m/%Y}"), "\n", lab(g, "Tax code"), "1257L\n\n",
        f"Basic pay                {basic:>8}.00\nIncome tax              -{tax:>8}.00\nNational Insurance      -{ni:>8}.00\n"
        f"Pension (5%)            -{pen:>8}.00\n---------------------------------\nNet pay                  "
        f"{basic - tax - ni - pen:>8}.00\n\n",
        "Paid to account ", (IBAN, g.iban()), "\n")


def t_annual_leave_dotted_form(d, g):
    p, cover, mgr = g.people(3)
    start = _day(g, 2024, 2026)
    n = g.r.randint(2, 12)
    d.w("ANNUAL LEAVE REQUEST FORM\n\n",
        "Name ............................ ", (P, form(p, pick(g, "full", "lastfirst"))), "\n",
        "Department ...................... Finance\n",
        "First day of leave .............. ", (DT, f"{start:%d.%m.%Y}"), "\n",
        "Last day of leave ............... ", (DT, f"{start + datetime.timedelta(days=n):%d.%m.%Y}"), "\n",
        f"Working days requested .......... {n}\n\n",
        "Type:  [x] Annual   [ ] Unpaid   [ ] Compassionate   [ ] Study\n\n",
        "Cover arranged with: ", (P, form(cover, "full")), "\n\n",
        "Signed (employee): ", (P, form(p, "init")), "        Date: ", (DT, g.date(2024, 2026)), "\n",
        "Approved by line manager: ", (P, form(mgr, "init")), "   [x] Yes  [ ] No\n")


def t_midyear_review_excerpt(d, g):
    emp, rev, peer1, peer2 = g.people(4)
    d.w("Mid-year review (excerpt)\nEmployee: ", (P, form(emp, "full")), "    Reviewer: ", (P, form(rev, "full")), "\n\n",
        "Summary\n", (P, form(emp, "given")), " has had a strong half. Working with ", (P, form(peer1, "full")), " and ",
        (P, form(peer2, "full")), ", ", pick(g, "she", "he", "they"), " moved the returns process onto the new ",
        "warehouse system two weeks ahead of plan. ")
    later(d, g, emp, ("given",), poss=True)
    d.w(" written handover notes are now used by the whole team.\n\n",
        "Development areas\n- Delegate more of the month-end reconciliations; ", (P, form(peer2, "given")),
        " has offered to take the supplier accounts.\n- Present the Q3 results to the leadership group in ",
        (L, g.city()[0]), ".\n\nRating: Exceeds expectations\nReviewer signature: ", (P, form(rev, "init")), "\n")


def t_tenancy_character_reference(d, g):
    cand, ref = g.people(2)
    org = g.org()
    t, he, him = pick(g, ("Mr ", "he", "him"), ("Ms ", "she", "her"), ("Mrs ", "she", "her"))
    d.w("To whom it may concern\n\nReference for ", t, (P, form(cand, "full")), "\n\n",
        "I have known ", t, (P, form(cand, "family")), " since ", (DT, g.date_f(2012, 2021)), ", when ",
        he, " joined ", (O, org), " as a trainee surveyor. I was ", (P, form(cand, "family")),
        "'s line manager for four years.\n\n", "In that time I found ", t, (P, form(cand, "family")),
        " reliable, honest and well liked by clients. I have no hesitation in recommending ",
        him, " for the tenancy.\n\nPlease call me on ", (PH, g.phone_f()), " if you need anything further.\n\n",
        "Yours faithfully\n\n", (P, form(ref, "full")), "\nAssociate Director, ", (O, org), ", ", (L, g.city()[0]), "\n")


def t_exit_interview_bullets(d, g):
    leaver, hr, mgr = g.people(3)
    new_org = g.org()
    d.w("Exit interview - notes\nDate: ", (DT, g.date(2024, 2026)), "\nLeaver: ", (P, form(leaver, "lastfirst")),
        " (Customer Operations)\nInterviewer: ", (P, form(hr, "init")), "\n\n",
        "- Reason for leaving: offered a team-lead role at ", (O, new_org), " in ", (L, g.city()[0]), "; better pay and ",
        "shorter commute.\n- Felt supported by ", (P, form(mgr, "given")), " but said rota changes were announced too late.\n",
        "- Would return: yes, possibly in two or three years.\n- Equipment: laptop and pass returned to ",
        (P, form(mgr, "family")), " on the last day.\n- ", (P, form(leaver, "given")),
        " asked that the forwarding address be used for the P45: ", (L, g.address()), "\n")


# --- medical -----------------------------------------------------------------------------------------

def t_gp_rheumatology_referral(d, g):
    pt, gp, cons = g.people(3)
    practice, hosp = g.r.sample([h for h in HOSPITALS_F if "Children" not in h], 2)
    d.w((O, practice), "\n", (L, g.address()), "\nTel: ", (PH, g.phone_f()), "\n\n",
        (DT, g.date(2024, 2026)), "\n\n", "Dr ", (P, form(cons, "full")), "\nConsultant Rheumatologist\n", (O, hosp), "\n\n",
        "Dear Dr ", (P, form(cons, "family")), "\n\n",
        "Re: ", (P, form(pt, "full")), ", DOB ", (DT, g.date(1940, 2004)), ", ", (L, g.address()), "\n\n",
        "Thank you for seeing this ", str(g.r.randint(28, 79)), "-year-old with a six-month history of symmetrical ",
        "swelling of the small joints of both hands and morning stiffness lasting over an hour. ",
        (P, form(pt, "given")), " has tried naproxen with partial relief. CRP 31, rheumatoid factor positive.\n\n",
        "I would be grateful for your assessment. ", pick(g, "Ms ", "Mr ", ""), (P, form(pt, "family")),
        " can be reached on ", (PH, g.phone_f()), ".\n\nYours sincerely\n\nDr ", (P, form(gp, "full")), "\nGeneral Practitioner\n")


def t_pneumonia_discharge_summary(d, g):
    pt, cons, gp = g.people(3)
    adm = _day(g, 2024, 2026)
    dis = adm + datetime.timedelta(days=g.r.randint(2, 9))
    d.w((O, g.r.choice(HOSPITALS_F)), "\nDISCHARGE SUMMARY\n\n",
        "Patient:      ", (P, form(pt, "capslastfirst")), "\n", "Hospital no.: ", g.digits(7), "\n",
        "Admitted:     ", (DT, f"{adm:%d-%b-%Y}"), "\nDischarged:   ", (DT, f"{dis:%d-%b-%Y}"), "\n",
        "Consultant:   ", (P, form(cons, "init")), "\nGP:           Dr ", (P, form(gp, "full")), "\n\n",
        "Diagnosis: community-acquired pneumonia, right lower lobe.\n",
        "Course: treated with IV then oral antibiotics; oxygen weaned on day 3. ", (P, form(pt, "given")),
        " mobilised independently before discharge.\n",
        "Medication on discharge: amoxicillin 500 mg TDS for 3 more days.\n",
        "Follow-up: chest X-ray in 6 weeks, arranged by GP. Next of kin informed (", (P, form(g.people(1)[0], "full")), ", ",
        (PH, g.phone_f()), ").\n")


def t_outpatient_rx_pad(d, g):
    pt, doc = g.people(2)
    d.w("PRESCRIPTION\n", (O, g.r.choice(HOSPITALS_F)), " - Outpatient Pharmacy\n\n",
        "Patient: ", (P, form(pt, "full")), "\nAddress: ", (L, g.address()), "\nDate of birth: ", (DT, g.date_f(1938, 2015)),
        "\n\nRx\n1. Omeprazole 20 mg capsules - one daily before breakfast - 28 caps\n",
        "2. Paracetamol 500 mg tablets - two up to four times daily - 32 tabs\n\n",
        "Prescriber: Dr ", (P, form(doc, "init")), "   GMC ", g.digits(7), "\nSigned ___________   Date: ",
        (DT, g.date(2024, 2026)), "\n")


def t_haematology_results(d, g):
    pt, req = g.people(2)
    coll = _day(g, 2024, 2026)
    d.w("HAEMATOLOGY REPORT\nLab: ", (O, g.r.choice(HOSPITALS_F)), " Pathology\n\n",
        "Name: ", (P, form(pt, "capslastfirst")), "    Sex: ", pick(g, "F", "M"), "    DOB: ", (DT, g.date(1945, 2010)), "\n",
        "Requested by: Dr ", (P, form(req, "family")), "    Collected: ", (DT, f"{coll:%Y-%m-%d}"), " ", _hm(g), "\n\n",
        "Test            Result   Units      Ref range\n",
        f"Haemoglobin     {g.r.randint(95, 165):>6}   g/L        120-160\n",
        f"WBC             {g.r.randint(30, 140) / 10:>6}   x10^9/L    4.0-11.0\n",
        f"Platelets       {g.r.randint(110, 420):>6}   x10^9/L    150-400\n",
        f"Ferritin        {g.r.randint(5, 300):>6}   ug/L       15-200\n\n",
        "Comment: results phoned to ", (P, form(req, "given")), " at the surgery.\n")


def t_clinic_sms_reminder_batch(d, g):
    ps = g.people(6)
    for p, doc in zip(ps[:3], ps[3:]):
        dt = _day(g, 2024, 2026)
        d.w("To ", (PH, g.phone_f()), ": Hi ", (P, form(p, "given")), ", this is a reminder of your appointment with ",
            pick(g, "Dr ", "nurse "), (P, form(doc, "family")), " at ", (O, g.r.choice(HOSPITALS_F)), " on ",
            (DT, f"{dt:%a %d %b}"), " at ", _hm(g, 8, 17), ". Reply C to cancel. Please don't reply to this number with ",
            "medical questions.\n")


def t_ward_night_handover(d, g):
    a, b, c, n1, n2 = g.people(5)
    d.w("Ward 7 handover - night to day - ", (DT, g.date(2024, 2026)), "\n",
        "Handing over: ", (P, form(n1, "given")), "   Receiving: ", (P, form(n2, "given")), "\n\n",
        "Bay A\n1  ", (P, form(a, "full")), " (", str(g.r.randint(60, 95)), ") - #NOF repair day 2. Pain controlled. Daughter ",
        (P, form(g.people(1)[0], "given")), " visiting 2pm, wants an update from the team.\n",
        "2  ", (P, form(b, "lastfirst")), " - CAP, on IV abx, sats 94% on 2L. Confused overnight; ",
        (P, form(b, "family")), " settled after 03:00.\n",
        "3  ", (P, form(c, "capsfull")), " - awaiting transfer to ", (O, g.r.choice(HOSPITALS_F)), ". Son phoned at 05:40 (",
        (PH, g.phone_f()), ").\n\nOutstanding: bloods for bed 2; social work referral for ", (P, form(a, "family")), ".\n")


# --- legal -------------------------------------------------------------------------------------------

def t_ast_parties_clause(d, g):
    ll, t1, t2 = g.people(3)
    start = _day(g, 2024, 2026)
    d.w("ASSURED SHORTHOLD TENANCY AGREEMENT (extract)\n\n",
        "1. PARTIES\n1.1 The Landlord: ", (P, form(ll, "full")), " of ", (L, g.address()), ".\n",
        "1.2 The Tenants: ", (P, form(t1, "full")), " and ", (P, form(t2, "full")),
        " (together \"the Tenant\"), jointly and severally liable.\n\n",
        "2. PROPERTY\n2.1 ", (L, g.address()), ", together with the fixtures and fittings listed in the inventory.\n\n",
        "3. TERM\n3.1 Twelve months beginning on ", (DT, f"{start:%d %B %Y}"), ".\n\n",
        "4. RENT AND DEPOSIT\n4.1 The rent is GBP ", str(g.r.randint(650, 2400)), " per calendar month, payable in advance.\n",
        "4.2 The deposit is protected with ", (O, g.org()), "; ", (P, form(t1, "family")),
        " will be named as lead tenant for its return.\n")


def t_depot_witness_statement(d, g):
    w, susp, off = g.people(3)
    city, _ = g.city()
    dt = _day(g, 2024, 2025)
    d.w("WITNESS STATEMENT\n\n", "Statement of: ", (P, form(w, "capsfull")), "\nAge: over 18\nOccupation: bus driver\n\n",
        "I, ", (P, form(w, "full")), ", of ", (L, g.address()), ", will say as follows.\n\n",
        "On ", (DT, f"{dt:%A %d %B %Y}"), " at about 22:15 I was parked in the depot yard in ", (L, city),
        ". I saw a man I now know to be ", (P, form(susp, "full")), " climbing over the side gate. ",
        "I had seen ", (P, form(susp, "family")), " before because he used to work as a cleaner for ", (O, g.org()),
        ". I shouted and he ran towards the station.\n\n",
        "I gave this account to ", pick(g, "PC ", "DC ", "Sergeant "), (P, form(off, "family")),
        " the same night. I am willing to attend court.\n\nSigned: ", (P, form(w, "init")), "   Dated: ",
        (DT, g.date(2024, 2026)), "\n")


def t_general_poa_deed(d, g):
    donor, a1, a2, wit = g.people(4)
    d.w("GENERAL POWER OF ATTORNEY\n\n", "This General Power of Attorney is made on ", (DT, g.date(2023, 2026)), " by me, ",
        (P, form(donor, "capsfull")), " of ", (L, g.address()), ".\n\n",
        "I appoint ", (P, form(a1, "full")), " of ", (L, g.address()), " and ", (P, form(a2, "full")),
        " jointly and severally to be my attorneys in accordance with section 10 of the Powers of Attorney Act 1971.\n\n",
        "Signed as a deed by ", (P, form(donor, "full")), " in the presence of:\n",
        "Witness name: ", (P, form(wit, "full")), "\nWitness address: ", (L, g.address()), "\nOccupation: Solicitor, ",
        (O, g.org()), "\n")


def t_magistrates_cause_list(d, g):
    dt = _day(g, 2024, 2026)
    city, _ = g.city()
    d.w("DAILY CAUSE LIST\nMagistrates' Court sitting at ", (L, city), "\n", (DT, f"{dt:%A %d %B %Y}"), "\n\n",
        "Courtroom 2 - District Judge ", (P, form(g.people(1)[0], "family")), "\n")
    ps = g.people(g.r.randint(3, 5))
    times = sorted(f"{g.r.randint(9, 15):02d}:{g.r.choice(['00', '15', '30', '45'])}" for _ in ps)
    for tm, p in zip(times, ps):
        kind = pick(g, "First appearance", "Trial", "Sentence", "Bail application")
        d.w(f"{tm}  ", (P, form(p, pick(g, "capslastfirst", "capsfull"))), f"  {kind}\n")
    d.w("\nCourtroom 3 - civil\n10:30  ", (O, g.org()), " v ", (P, form(g.people(1)[0], "capslastfirst")),
        "  Possession hearing\n")


def t_boundary_solicitor_letter(d, g):
    client, other, sol = g.people(3)
    firm = g.org()
    d.w((O, firm), "\nSolicitors\n", (L, g.address()), "\n\nOur ref: ", pick(g, "ABK", "JMS", "TRV"), "/", g.digits(5),
        "\nYour ref: -\n", (DT, g.date(2024, 2026)), "\n\nBY EMAIL ONLY: ", (EM, g.email(other)), "\n\n",
        "Dear ", pick(g, "Mr ", "Ms "), (P, form(other, "family")), "\n\n",
        "Boundary fence at ", (L, g.address()), "\n\n",
        "We act for ", pick(g, "Mrs ", "Mr ", "Dr "), (P, form(client, "full")), ", your neighbour. Our client tells us that ",
        "on ", (DT, g.date(2024, 2026)), " contractors instructed by you removed the fence along the shared boundary ",
        "without notice. ", (P, form(client, "family")), "'s title plan shows the fence belongs to our client.\n\n",
        "We invite you to confirm within 14 days that the fence will be reinstated at your cost.\n\n",
        "Yours sincerely\n\n", (P, form(sol, "full")), "\nPartner\nfor ", (O, firm), "\n")


def t_escape_of_water_claim(d, g):
    ph, nb = g.people(2)
    d.w("HOME INSURANCE - CLAIM NOTIFICATION\n\n",
        lab(g, "Policyholder"), (P, form(ph, "full")), "\n", lab(g, "Policy number"), "HH-", g.digits(8), "\n",
        lab(g, "Risk address"), (L, g.address()), "\n", lab(g, "Contact phone"), (PH, g.phone_f()), "\n",
        lab(g, "Email"), (EM, g.email(ph)), "\n", lab(g, "Date of loss"), (DT, g.date_f(2024, 2026)), "\n\n",
        "What happened?\nWater came through the kitchen ceiling from the flat above, which belongs to ",
        (P, form(nb, "full")), ". ", (P, form(nb, "given")), " was away and the managing agent, ", (O, g.org()),
        ", turned off the supply the next morning. Damage to ceiling, units and a ", g.r.choice(PRODUCTS_F),
        " speaker.\n\nEstimated cost: GBP ", _money(g, 900, 9000), "\nExcess to be paid by card: ", (CC, g.card()), "\n")


# --- support -----------------------------------------------------------------------------------------

def t_firmware_ticket_replies(d, g):
    cust, a1, a2 = g.people(3)
    org = g.org()
    prod = g.r.choice(PRODUCTS_F)
    d.w("Ticket #", g.digits(6), "  [", prod, "] won't pair after firmware update\n",
        "Requester: ", (P, form(cust, "full")), " <", (EM, g.email(cust)), ">\nAssignee: ", (P, form(a1, "full")), "\n\n",
        "--- ", (P, form(cust, "full")), " wrote (", g.datetime(), "):\nSince updating to ", f"{g.r.randint(2, 6)}.{g.r.randint(0, 12)}.{g.r.randint(0, 9)}",
        " the app just spins on 'searching'. Reset it twice already.\n\n",
        "--- ", (P, form(a1, "given")), " (", (O, org), " Support) replied:\nHi ", (P, form(cust, "given")),
        ", sorry about this. Could you hold the button for 15 seconds until the light flashes amber, then retry? ",
        "If that fails I'll pass this to our hardware team.\n\n",
        "--- ", (P, form(a2, "given")), " (Hardware) replied:\nHi ", (P, form(cust, "given")), ", ",
        (P, form(a1, "given")), " passed me your case. A replacement unit is on its way to ", (L, g.address()),
        "; please return the old one in the same box.\n")


def t_billing_chat_transcript(d, g):
    cust, agent = g.people(2)
    h, m = g.r.randint(9, 20), g.r.randint(0, 40)

    def ts(k):
        return f"[{h:02d}:{m + k:02d}] "
    d.w("Chat transcript - ", (O, g.org()), " online help\n\n", ts(0), "System: ", (P, form(cust, "full")),
        " joined the chat\n", ts(0), "System: You are now chatting with ", (P, form(agent, "given")), "\n",
        ts(1), (P, form(agent, "given")), ": Hello ", (P, form(cust, "given")), ", how can I help today?\n",
        ts(2), (P, form(cust, "full")), ": my direct debit went out twice this month\n",
        ts(3), (P, form(agent, "given")), ": Sorry to hear that. Can you confirm the postcode on the account?\n",
        ts(4), (P, form(cust, "full")), ": it's the one for ", (L, g.address()), "\n",
        ts(6), (P, form(agent, "given")), ": Thanks. I can see the duplicate and I've raised a refund; it should reach you in ",
        "3-5 working days. Anything else?\n", ts(7), (P, form(cust, "full")), ": no that's all, thanks\n")


def t_sofa_complaint_reply(d, g):
    cust, mgr = g.people(2)
    org = g.org()
    ec, em = g.email(cust), g.email(mgr)
    dt = _day(g, 2024, 2026)
    d.w("From: ", (P, form(mgr, "full")), " <", (EM, em), ">\nTo: ", (P, form(cust, "full")), " <", (EM, ec), ">\n",
        "Subject: RE: Complaint - damaged sofa, order ", g.invoice_no(), "\n\n",
        "Dear ", pick(g, "Ms ", "Mr ", "Mrs "), (P, form(cust, "family")), ",\n\n",
        "I'm sorry the sofa arrived with a torn arm. I have arranged for our carrier to collect it and deliver a new one; ",
        "they will call you the day before. As a goodwill gesture we have refunded the delivery charge.\n\n",
        "Kind regards,\n", (P, form(mgr, "full")), "\nCustomer Relations Manager, ", (O, org), "\n\n",
        "On ", (DT, f"{dt:%a}, {dt.day} {dt:%b} {dt.year}"), ", at ", _hm(g), ", ", (P, form(cust, "full")), " <", (EM, ec),
        "> wrote:\n> Hello,\n> The sofa was delivered today and the left arm is torn. Your driver\n",
        "> said to e-mail. I want a replacement, not a repair.\n> ", (P, form(cust, "given")), "\n")


# --- chat exports --------------------------------------------------------------------------------------

def t_whatsapp_parents_group(d, g):
    a, b, c = g.people(3)
    dt = _day(g, 2024, 2026)
    date = f"{dt:%d/%m/%Y}"
    lines = [(a, ["anyone free to pick up ", (P, form(c, "given")), " from training at 6?"]),
             (b, ["I can. where is it this week?"]),
             (a, ["the sports hall in ", (L, g.city()[0]), ", side entrance"]),
             (c, ["thanks ", (P, form(b, "given")), "! my phone's dying, ring mum on ", (PH, g.phone_f()), " if late"]),
             (b, ["👍"])]
    for tm, (who, msg) in zip(_clock(g, len(lines), 15, 18), lines):
        d.w((DT, date), f", {tm} - ", (P, form(who, pick(g, "full", "given"))), ": ", *msg, "\n")


def t_release_channel_teams(d, g):
    a, b, c = g.people(3)
    t = _clock(g, 4, 9, 17)
    d.w("# release-train\n\n", (P, form(a, "full")), "  ", t[0], "\n",
        "build ", f"{g.r.randint(3, 9)}.{g.r.randint(0, 30)}.0", " is green, cutting the branch now\n\n",
        (P, form(b, "full")), "  ", t[1], "\n@", (P, form(a, "full")), " can you hold 10 min? ",
        (P, form(c, "given")), " is merging the migration fix\n\n",
        (P, form(c, "lastfirst")), "  ", t[2], "\nmerged, thanks both\n\n",
        (P, form(a, "full")), "  ", t[3], "\nok, tagged. release notes are in the wiki, ", (P, form(b, "given")),
        " please check the known-issues bit\n")


def t_irc_buildfarm(d, g):
    a, b, c = g.people(3)
    na, nb, nc = form(a, "lower"), form(b, "lower"), form(c, "lower")
    t = _clock(g, 6, 7, 16)
    d.w(f"[{t[0]}] *** ", (P, na), " has joined #buildfarm\n",
        f"[{t[1]}] <", (P, na), "> anyone know why the arm64 runners are all offline?\n",
        f"[{t[2]}] <", (P, nb), "> ", (P, na), ": datacentre maintenance, ", (P, nc), " posted it on the list yesterday\n",
        f"[{t[3]}] <", (P, nc), "> yep, back by 18:00 UTC. the mirror at ", (IP, g.ip()), " is still up\n",
        f"[{t[4]}] <", (P, na), "> thx\n", f"[{t[5]}] *** ", (P, nb), " is now known as ", (P, nb), "_away\n")


def t_sms_moving_day(d, g):
    me, other = g.people(2)
    dt = _day(g, 2024, 2026)
    num = g.phone_f()
    t = _clock(g, 5, 8, 12)
    d.w("Messages with ", (P, form(other, "full")), " (", (PH, num), ")\nExported ", g.datetime(), "\n\n",
        (DT, f"{dt:%d %b %Y}"), "\n",
        t[0], "  ", (P, form(other, "given")), ": Morning! Van's booked for Saturday, can you still help?\n",
        t[1], "  Me: yes, what time\n",
        t[2], "  ", (P, form(other, "given")), ": 9ish. Address is ", (L, g.address()), "\n",
        t[3], "  Me: ok. bringing ", (P, form(me, "given")), "'s trolley\n",
        t[4], "  ", (P, form(other, "given")), ": legend x\n")


# --- e-mail -------------------------------------------------------------------------------------------

def t_venue_deposit_forward(d, g):
    fwd, orig, to, cc = g.people(4)
    dt = _day(g, 2024, 2026)
    ef = g.email(fwd)
    d.w("From: ", (P, form(fwd, "full")), " <", (EM, ef), ">\n",
        "To: \"", (P, form(to, "lastfirst")), "\" <", (EM, g.email(to)), ">\n",
        "Subject: Fwd: venue deposit\n\n", (P, form(to, "given")), " - see below, can you sort the payment? Thanks\n\n",
        "---------- Forwarded message ---------\n",
        "From: ", (P, form(orig, "full")), " <", (EM, g.email(orig)), ">\n",
        "Date: ", (DT, f"{dt:%a, %d %b %Y}"), " at ", _hm(g), "\n",
        "To: ", (EM, ef), "\nCc: ", (P, form(cc, "full")), " <", (EM, g.email(cc)), ">\n",
        "Subject: venue deposit\n\n", "Hi ", (P, form(fwd, "given")), ",\n\n",
        "To hold the hall at ", (O, g.org()), " for your date we need a 25% deposit by Friday. Bank details: ",
        (IBAN, g.iban()), ".\n\nBest,\n", (P, form(orig, "given")), "\n")


def t_social_committee_minutes(d, g):
    chair, sec, a, b, apol = g.people(5)
    d.w((O, g.org()), " - Social Committee\nMinutes of meeting held on ", (DT, g.date(2024, 2026)), ", Room 2\n\n",
        "Present: ", (P, form(chair, "full")), " (Chair), ", (P, form(sec, "full")), " (Secretary), ",
        (P, form(a, "full")), ", ", (P, form(b, "full")), "\nApologies: ", (P, form(apol, "full")), "\n\n",
        "1. Minutes of the last meeting were approved.\n",
        "2. Summer outing: ", (P, form(a, "given")), " reported two quotes for coach hire to ", (L, g.city()[0]),
        "; the cheaper one was agreed.\n3. Charity quiz raised GBP ", _money(g, 200, 900), ". Thanks to ",
        (P, form(b, "family")), " for the prizes.\n\nActions\n- ", (P, form(a, "init")), ": book the coach by ",
        (DT, g.date(2024, 2026)), "\n- ", (P, form(sec, "init")), ": circulate the sign-up sheet\n- ",
        (P, form(chair, "init")), ": ask ", (P, form(apol, "given")), " about the raffle licence\n\nNext meeting: ",
        (DT, g.date(2024, 2026)), "\n")


# --- school ------------------------------------------------------------------------------------------

def t_spring_term_report(d, g):
    pupil, tutor, head = g.people(3)
    school = g.r.choice(SCHOOLS_F)
    d.w((O, school), "\nEnd of Term Report - Spring\n\n", "Pupil: ", (P, form(pupil, "full")), "    Form: 8", pick(g, "B", "C", "K"),
        "\nForm tutor: ", pick(g, "Mr ", "Ms ", "Mrs "), (P, form(tutor, "family")), "\n\n",
        "English      B+   ", (P, form(pupil, "given")), " writes with real confidence; must proofread.\n",
        "Maths        A-   Excellent effort in the algebra unit.\n",
        "Science      B    Practical work is careful and safe.\n",
        "Attendance   ", str(g.r.randint(88, 100)), "%\n\n",
        "Tutor's comment: ", (P, form(pupil, "given")), " has settled well and is a kind member of the form. ",
        "Please make sure the reading log is signed each week.\n\nHeadteacher: ", (P, form(head, "init")), "\n")


def t_form_group_tsv(d, g):
    d.t("surname\tfirst_name\tdob\tguardian_phone\thouse\n")
    for p in _named(g, g.r.randint(4, 6)):
        d.w((P, form(p, "family")), "\t", (P, form(p, "given")), "\t", (DT, f"{_day(g, 2011, 2014):%d/%m/%Y}"), "\t",
            (PH, g.phone_f()), "\t", pick(g, "Kestrel", "Osprey", "Heron", "Merlin"), "\n")


# --- forms, exports, logs --------------------------------------------------------------------------------

def t_volunteer_roster_csv(d, g):
    d.t("id,last_name,first_name,email,city,joined\n")
    for i, p in enumerate(_named(g, g.r.randint(3, 5))):
        d.w(str(1040 + i * 7), ",", (P, form(p, "family")), ",", (P, form(p, "given")), ",", (EM, g.email(p)), ",",
            (L, g.city()[0]), ",", (DT, f"{_day(g, 2019, 2025):%Y-%m-%d}"), "\n")


def t_warehouse_slip_incident(d, g):
    rep, inj, wit = g.people(3)
    d.w("INCIDENT REPORT FORM  (ref IR-", g.digits(5), ")\n\n",
        "Site: ", (O, g.org()), ", ", (L, g.address()), "\nDate of incident: ", (DT, g.date_f(2024, 2026)),
        "   Time: ", _hm(g), "\n\n",
        "Person injured: ", (P, form(inj, "capsfull")), "\nReported by: ", (P, form(rep, "full")), " (shift supervisor)\n",
        "Witness: ", (P, form(wit, "lastfirst")), "\n\nDescription:\n",
        (P, form(inj, "family")), " slipped on spilled hydraulic fluid near loading bay 4 and hurt ",
        pick(g, "her", "his"), " wrist. First aid given by ", (P, form(rep, "given")), "; taken to ",
        (O, g.r.choice(HOSPITALS_F)), " by colleague.\n\n[x] RIDDOR reportable   [ ] Near miss\n")


def t_git_log_signoff_coauthor(d, g):
    a, b, c = g.people(3)
    mail = {id(p): g.email(p) for p in (a, b, c)}
    for who, msg, trailers in [(a, "Fix race in cache eviction", [("Signed-off-by", a), ("Co-authored-by", b)]),
                               (c, "docs: clarify retry settings", [("Signed-off-by", c), ("Reviewed-by", a)])]:
        d.w("commit ", "".join(g.r.choice("0123456789abcdef") for _ in range(40)), "\n",
            "Author: ", (P, form(who, "full")), " <", (EM, mail[id(who)]), ">\n", "Date:   ", g.datetime(), "\n\n    ", msg, "\n\n")
        for k, p in trailers:
            d.w("    ", k, ": ", (P, form(p, "full")), " <", (EM, mail[id(p)]), ">\n")
        d.t("\n")


def t_sshd_webapp_auth_log(d, g):
    day = _day(g, 2024, 2026)
    host = pick(g, "web01", "app-02", "gw3")
    for i, tm in enumerate(_clock(g, g.r.randint(4, 6), 0, 22)):
        p, = g.people(1)
        ts = f"{day:%b %d} {tm}:{g.r.randint(0, 59):02d} {host}"
        k = g.r.randint(0, 2) if i else g.r.randint(0, 1)
        if k == 0:
            d.w(ts, " sshd[", g.digits(5), "]: Accepted publickey for ", (P, form(p, "lower")), " from ", (IP, g.ip()),
                " port ", str(g.r.randint(30000, 65000)), " ssh2\n")
        elif k == 1:
            d.w(ts, " webapp[", g.digits(4), "]: INFO login ok user=\"", (P, form(p, "full")), "\" ip=", (IP, g.ip()), "\n")
        else:
            d.w(ts, " webapp[", g.digits(4), "]: WARN password reset requested for ", (EM, g.email(p)), "\n")


# --- news, newsletters, notices, CV ----------------------------------------------------------------------

def t_depot_objection_news(d, g):
    res, cllr, spokes = g.people(3)
    city, country = g.city()
    d.w("Residents fight plan for 24-hour depot\n\n", "Campaigners in ", (L, city), " have collected more than ",
        str(g.r.randint(6, 30) * 100), " signatures against plans by ", (O, g.org()), " to run its distribution depot through ",
        "the night.\n\n", (P, form(res, "full")), ", ", str(g.r.randint(30, 80)), ", who lives opposite the site, said: ",
        "\"We were never asked. The lorries already start at five.\" ", (P, form(res, "family")),
        " will present the petition at the council meeting on ", (DT, g.date(2024, 2026)), ".\n\n",
        "Councillor ", (P, form(cllr, "full")), " said the application would be decided \"on planning grounds alone\". ",
        "A spokesperson for the company, ", (P, form(spokes, "full")), ", said night deliveries would use electric vans.\n")


def t_death_notice_paper(d, g):
    dec, spouse, k1, k2 = g.people(4)
    city, _ = g.city()
    died = _day(g, 2024, 2026)
    funeral = died + datetime.timedelta(days=g.r.randint(8, 20))
    d.w((P, form(dec, "capsfull")), "\n\n", "Peacefully at home in ", (L, city), " on ", (DT, f"{died:%d %B %Y}"), ", aged ",
        str(g.r.randint(68, 99)), ". Beloved ", pick(g, "wife", "husband"), " of the late ", (P, form(spouse, "given")),
        ", much-loved parent of ", (P, form(k1, "given")), " and ", (P, form(k2, "given")), ", and grandparent of six.\n\n",
        "Funeral service at the crematorium chapel on ", (DT, f"{funeral:%A %d %B}"), " at 11am. Family flowers only; donations if ",
        "desired to ", (O, g.org()), ", c/o ", (O, g.org()), " Funeral Directors (", (PH, g.phone_f()), ").\n")


def t_tennis_club_newsletter(d, g):
    a, b, c = g.people(3)
    d.w("THE PAVILION POST - Issue ", str(g.r.randint(20, 90)), "\n\n",
        "Welcome to new members\nA warm welcome to ", (P, form(a, "full")), " and ", (P, form(b, "full")),
        ", who joined the Tuesday veterans' group.\n\n",
        "Congratulations\nWell done to ", (P, form(c, "full")), " on reaching the county final in ", (L, g.city()[0]), ". ",
        (P, form(c, "given")), " lost a tight third set but we're very proud.\n\n",
        "Working party\nThe clubhouse roof will be repaired on ", (DT, g.date(2024, 2026)), ". Volunteers please contact ",
        (P, form(a, "given")), " on ", (PH, g.phone_f()), ".\n\nSponsor news: thanks to ", (O, g.org()),
        " for the new ball machine.\n")


def t_engineer_cv(d, g):
    p, ref = g.people(2)
    city, country = g.city()
    d.w((P, form(p, pick(g, "capsfull", "full"))), "\n", (L, city), ", ", (L, country), " | ", (PH, g.phone_f()), " | ",
        (EM, g.email(p)), "\n", (URL, g.url()), "\n\nPROFILE\nCivil engineer with eight years on drainage and highway ",
        "schemes; chartered since ", (DT, g.date(2016, 2022)), ".\n\nEXPERIENCE\n",
        "Senior Engineer, ", (O, g.org()), " (", str(g.r.randint(2019, 2022)), "-present)\n",
        "- Led design of a 2.4 km flood relief culvert; team of five.\n",
        "Graduate Engineer, ", (O, g.org()), ", ", (L, g.city()[0]), " (", str(g.r.randint(2014, 2016)), "-",
        str(g.r.randint(2017, 2019)), ")\n\nEDUCATION\nMEng Civil Engineering, ",
        (O, g.r.choice([s for s in SCHOOLS_F if "University" in s or "College" in s])), "\n\n",
        "REFERENCES\n", (P, form(ref, "full")), ", Director, ", (O, g.org()), " - ", (EM, g.email(ref)), "\n")


def t_restricted_visitor_form(d, g):
    p, host = g.people(2)
    d.w("VISITOR REGISTRATION - RESTRICTED AREA\n\n",
        "Surname ______ ", (P, form(p, "caps")), "\nGiven name(s) ______ ", (P, form(p, "given")), "\n",
        "Passport no. ______ ", (PASS, g.passport()), "\nDriving licence ______ ", (DL, g.driver_license()), "\n",
        "Company ______ ", (O, g.org()), "\nHost ______ ", (P, form(host, "init")), " (ext. ", g.digits(4), ")\n",
        "Date of visit ______ ", (DT, g.date(2024, 2026)), "\n\n",
        "[ ] Escort required   [x] Safety briefing given   [ ] Laptop registered\n")


# --- JSON and XML -------------------------------------------------------------------------------------

def t_json_crm_contact_card(d, g):
    p, owner = g.people(2)
    d.t('{\n  "contact_id": ' + str(g.r.randint(10000, 99999)) + ',\n  "name": ')
    _jstr(d, P, form(p, "full"))
    d.t(',\n  "email": ')
    _jstr(d, EM, g.email(p))
    d.t(',\n  "phone": ')
    _jstr(d, PH, g.phone_f())
    d.t(',\n  "company": ')
    _jstr(d, O, g.org())
    d.t(',\n  "mailing_address": ')
    _jstr(d, L, g.address())
    d.t(',\n  "owner": {"display_name": ')
    _jstr(d, P, form(owner, "full"))
    d.t(', "team": "Key Accounts"},\n  "last_contacted": ')
    _jstr(d, DT, f"{_day(g, 2024, 2026):%Y-%m-%d}")
    d.t(',\n  "tags": ["renewal", "q3"],\n  "opted_in": ' + pick(g, "true", "false") + "\n}\n")


def t_json_order_webhook(d, g):
    p, = g.people(1)
    city, country = g.city()
    d.t('{"event":"order.created","api_version":"2024-06","data":{"order_ref":"' + g.invoice_no() + '","customer":{"first_name":')
    _jstr(d, P, form(p, "given"))
    d.t(',"last_name":')
    _jstr(d, P, form(p, "family"))
    d.t(',"email":')
    _jstr(d, EM, g.email(p))
    d.t('},"shipping":{"city":')
    _jstr(d, L, city)
    d.t(',"country":')
    _jstr(d, L, country)
    d.t('},"client_ip":')
    _jstr(d, IP, g.ip())
    d.t(',"items":[{"sku":"' + f"GL-{g.digits(4)}" + '","qty":' + str(g.r.randint(1, 3)) + '}],"total":'
        + f"{g.r.randint(10, 400)}.{g.r.randint(0, 99):02d}" + "}}")


def t_xml_gi_referral(d, g):
    pt, doc = g.people(2)
    hosp = g.r.choice(HOSPITALS_F)
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<referral id="R', g.digits(6), '" priority="routine">\n',
        "  <patient>\n    <familyName>", (P, form(pt, "family")), "</familyName>\n    <givenName>", (P, form(pt, "given")),
        "</givenName>\n    <birthDate>", (DT, f"{_day(g, 1940, 2010):%Y-%m-%d}"), "</birthDate>\n    <address>",
        (L, g.address()), "</address>\n    <phone>", (PH, g.phone_f()), "</phone>\n  </patient>\n",
        "  <referrer>\n    <name>Dr ", (P, form(doc, "full")), "</name>\n    <organisation>", (O, hosp),
        "</organisation>\n  </referrer>\n  <reason>Persistent iron-deficiency anaemia; please assess for GI blood loss.</reason>\n",
        "</referral>\n")


# --- PII-free ---------------------------------------------------------------------------------------

def t_neg_earbud_firmware_notes(d, g):
    prod = g.r.choice(PRODUCTS_F)
    d.w(prod, " firmware ", f"{g.r.randint(2, 6)}.{g.r.randint(0, 14)}", " - Release Notes\n\n",
        "New\n- Adaptive Noise Control now adjusts every 200 ms instead of every second.\n",
        "- Added Quiet Hours to the Settings menu (Settings > Sound > Quiet Hours).\n\n",
        "Fixed\n- Battery percentage could show 0% after a cold start below -5 C.\n",
        "- Pairing with ", g.r.choice(PRODUCTS_F), " units no longer times out after 30 seconds.\n\n",
        "Known Issues\n- The Equaliser preset named Studio may reset after an update; re-select it in the app.\n",
        "Update size: ", str(g.r.randint(14, 80)), " MB. Do not power off during installation.\n")


def t_neg_annual_leave_policy_clause(d, g):
    d.w("Section 4.2 - Annual Leave Policy\n\n",
        f"4.2.1 Full-time staff are entitled to {g.r.randint(25, 30)} days of Annual Leave per Leave Year, plus Public Holidays.\n",
        "4.2.2 The Leave Year follows the Financial Year. Up to five unused days may be carried forward with ",
        "Line Manager approval.\n",
        "4.2.3 Requests of more than ten consecutive Working Days must be submitted at least four weeks in advance ",
        "through the HR Self-Service Portal.\n",
        "4.2.4 Part-time entitlement is calculated pro rata (see Appendix C, Table 2).\n",
        "4.2.5 This Policy does not form part of the Contract of Employment and may be amended by the Board.\n")


def t_neg_pipeline_runbook(d, g):
    a, b = g.r.choice(["Jenkins", "Tomcat", "Watson"]), g.r.choice(["Sidekiq", "Dexter", "Marvin"])
    d.w("RUNBOOK: Nightly Pipeline Failures\n\n",
        "1. Open the ", a, " dashboard and check whether the Integration stage or the Packaging stage failed.\n",
        "2. If Integration failed with exit code ", str(g.r.choice([137, 143, 2])), ", the worker ran out of memory: ",
        "re-run with the LARGE_RUNNER label.\n",
        "3. If the ", b, " queue shows more than ", str(g.r.randint(2, 9) * 500), " pending jobs, pause the scheduler ",
        "before retrying.\n",
        "4. Packaging failures are usually a stale cache; clear it with Tools > Maintenance > Purge Cache.\n",
        "5. Record the outcome in the Incident Log under category P3 (Build).\n")
