"""Set D templates, part 1: legal, medical, finance, HR and form documents.

Why its own file: the templates are the part of set D a reader checks against the span conventions,
so they are grouped by kind of document and each file stays short enough to read in one go.
Every (type, value) tuple passed to Doc.w is a gold span; plain strings are unlabelled text.
"""
from d_data import HOSPITALS_D, PRODUCTS_D

P, L, O = "PERSON", "LOCATION", "ORGANIZATION"
PH, EM, DT, IP, URL, IBAN, SSN = "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_TIME", "IP_ADDRESS", "URL", "IBAN_CODE", "US_SSN"
PASS, DL, CC, NHS, MED, BANK = ("US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD", "UK_NHS", "MEDICAL_LICENSE",
                                "US_BANK_NUMBER")


def d_judgment_header(d, g):
    c, j, cl, dc = g.person(), g.person(), g.person(), g.person()
    defendant = g.org()
    yr = g.r.randint(2023, 2025)
    d.w(f"Neutral Citation Number: [{yr}] EWHC {g.r.randint(100, 3999)} (Ch)\n\nCase No: BL-{yr}-000{g.digits(3)}\n",
        "IN THE HIGH COURT OF JUSTICE\nBUSINESS AND PROPERTY COURTS\nINSOLVENCY AND COMPANIES LIST (ChD)\n\nDate: ", (DT, g.date(yr, yr)),
        "\n\nBefore :\n\n", g.r.choice(["MRS JUSTICE ", "MR JUSTICE ", "HIS HONOUR JUDGE "]), (P, j.last.upper()),
        "\n\n- - - - - - - - - - - - - - - - - - - - -\nBetween :\n\n", (P, c.full.upper()), "\tClaimant\n- and -\n",
        (O, defendant.upper()), "\tDefendant\n\n- - - - - - - - - - - - - - - - - - - - -\n\n", (P, cl.full),
        " (instructed by ", (O, g.org()), ") for the Claimant\n", (P, dc.full), " for the Defendant\n\nHearing dates: ",
        (DT, g.date(yr, yr)), "\n\nApproved Judgment\n\n1. The claimant, ", g.r.choice(["Mr ", "Ms ", "Dr "]), (P, c.last),
        ", was a shareholder in ", (O, defendant), " until it moved its registered office to ", (L, g.town()),
        ". The road to this hearing has been long.\n2. ", (P, c.last), "'s case is that the shares were undervalued.\n")


def d_discharge_ward(d, g):
    p, cons, gp, nok = g.person(), g.person(), g.person(), g.person()
    hosp = g.r.choice(HOSPITALS_D)
    d.w((O, hosp), " - Ward ", str(g.r.randint(2, 12)), g.r.choice("ABC"), "\nINPATIENT DISCHARGE LETTER\n\n",
        "Patient ......... ", (P, p.inverted.upper() if g.r.random() < 0.5 else p.inverted), "\nNHS number ...... ", (NHS, g.nhs()),
        "\nBorn ............ ", (DT, g.date(1930, 2004)), "\nAdmitted / left .. ", (DT, g.date(2025, 2025)), " / ",
        (DT, g.date(2025, 2025)), "\nConsultant ...... ", (P, cons.full), "\nGP .............. Dr ",
        (P, f"{gp.first[0]}. {gp.last}"), ", ", (O, f"{g.r.choice(['Saltcote', 'Amberley', 'Rookery'])} Medical Practice"),
        "\n\nPresenting complaint: fall at home, ", (P, p.first), " could not get up for two hours.\n",
        "Progress: no fracture on imaging. Physiotherapy assessed mobility with a frame. ", (P, p.last),
        " is keen to go home; daughter ", (P, nok.full), " (", (PH, g.phone()), ") will stay for the first week.\n",
        "Medication changes: Amlodipine stopped; Ramipril 2.5 mg started.\n")


def d_pharmacy_label(d, g):
    p, dr = g.person(), g.person()
    drug = g.r.choice(["ATORVASTATIN 20MG TAB", "METFORMIN 500MG TAB", "SERTRALINE 50MG TAB", "LISINOPRIL 10MG TAB"])
    d.w((O, g.r.choice(["Brindle", "Cressington", "Ferrymead"]) + " Pharmacy " + g.r.choice(["Ltd", "Inc", "LLC"])), "  ",
        (L, g.address()), "\nRx# ", g.digits(7), "    Tel ", (PH, g.phone()), "\n\n", (P, p.full.upper()), "\n",
        "TAKE ONE TABLET BY MOUTH DAILY WITH FOOD\n\n", drug, "   QTY: ", str(g.r.choice([28, 30, 60, 90])),
        "   REFILLS: ", str(g.r.randint(0, 5)), "\nPrescriber: DR. ", (P, dr.last.upper()), "   DEA ", (MED, g.dea(dr.last)),
        "\nFilled: ", (DT, g.date(2025, 2025)), "   Discard after: ", (DT, g.date(2026, 2026)),
        "\nGeneric for Lipitor / Glucophage. Do not crush.\n")


def d_payroll_slip(d, g):
    p = g.person()
    org = g.org()
    basic = g.r.randint(2400, 7800)
    d.w((O, org), "\nPAYSLIP   Tax period ", f"{g.r.randint(1, 12):02d}", "   Pay date: ", (DT, g.date(2025, 2025)), "\n",
        "------------------------------------------------------------\n", "Employee:  ", (P, p.inverted.upper()), "\n",
        "Staff no:  ", g.digits(6), "      Dept: Finance Ops\n\n", "PAYMENTS                 AMOUNT   DEDUCTIONS          AMOUNT\n",
        f"Basic salary           {basic:>8}.00   Income tax        {basic // 5:>6}.00\n",
        f"Overtime                  {g.r.randint(0, 400):>5}.00   Pension 5%        {basic // 20:>6}.00\n\n",
        "Net pay paid to account ", (BANK, g.bank_account()), " on the pay date.\nQueries: ", (EM, "payroll@" + g.domain()), "\n")


def d_bank_statement(d, g):
    p, payee, payer = g.person(), g.person(), g.person()
    bank = g.r.choice(["Stellbrook", "Quarrybank", "Sundale"]) + g.r.choice([" Bank plc", " Savings Bank", " Credit Union"])
    d.w((O, bank), "\nStatement of account\n\n", (P, p.full.upper()), "\n", (L, g.address()), "\n\nIBAN ", (IBAN, g.iban()),
        "\nStatement period ", (DT, g.date(2025, 2025)), " to ", (DT, g.date(2025, 2025)), "\n\n",
        "Date        Description                              Out        In\n")
    for _ in range(g.r.randint(1, 2)):
        d.w((DT, g.date(2025, 2025)), "  Card payment ending ", g.digits(4), " - ", g.r.choice(PRODUCTS_D), " store     ",
            f"{g.r.randint(5, 90)}.{g.digits(2)}\n")
    d.w((DT, g.date(2025, 2025)), "  Transfer to ", (P, payee.full), "                 ", f"{g.r.randint(20, 400)}.00\n",
        (DT, g.date(2025, 2025)), "  Salary ", (O, g.org()), "             ", f"{g.r.randint(1800, 4200)}.00\n",
        (DT, g.date(2025, 2025)), "  Standing order from ", (P, payer.inverted.upper()), "   ", f"{g.r.randint(20, 300)}.00\n")


def d_offer_letter(d, g):
    p, mgr, hr = g.person(), g.person(), g.person()
    org = g.org()
    d.w((O, org), "\n\n", (DT, g.date(2025, 2025)), "\n\nPRIVATE AND CONFIDENTIAL\n", (P, p.full), "\n", (L, g.address()),
        "\n\nDear ", (P, p.first), ",\n\nOffer of employment - Senior Data Analyst\n\n",
        "Following your interviews, we are delighted to offer you this role in our ", (L, g.town()), " office, starting on ",
        (DT, g.date(2025, 2026)), ". You will report to ", (P, mgr.full), ", Director of Analytics. Your salary and benefits ",
        "are set out in the enclosed schedule; the contract is governed by the Employee Handbook.\n\n",
        "Please return the signed copy to ", (EM, g.email(hr)), " within ten days.\n\nYours sincerely,\n\n", (P, hr.full),
        "\nPeople Partner\n")


def d_reference_academic(d, g):
    p, w = g.person(), g.person()
    uni, org = g.uni(), g.org()
    pron = g.r.choice([("she", "her"), ("he", "his"), ("they", "their")])
    d.w((O, uni), "\nSchool of Engineering\n\n", (DT, g.date(2025, 2025)), "\n\nRe: ", (P, p.full), " - application for the ",
        "graduate programme at ", (O, org), "\n\nI write in support of ", g.r.choice(["Ms ", "Mr ", "Mx "]), (P, p.last),
        "'s application. ", pron[0].capitalize(), " completed ", pron[1], " master's project under my supervision, building ",
        "a sensor network on a shoestring budget; ", (P, p.first), " kept the project on the right road when the first design ",
        "failed.\n\nIn short, I rate ", (P, p.first), " in the top five per cent of students I have taught.\n\n",
        (P, w.full), "\nProfessor of Control Systems\n", (EM, g.email(w)), "\n")


def d_perf_review(d, g):
    p, r, sk = g.person(), g.person(), g.person()
    d.w("ANNUAL PERFORMANCE REVIEW\n\n| Field | Value |\n|---|---|\n| Employee | ", (P, p.inverted), " |\n| Reviewer | ",
        (P, r.full), " |\n| Period end | ", (DT, g.date(2025, 2025)), " |\n| Overall rating | ",
        g.r.choice(["Exceeds", "Meets", "Strong"]), " |\n\nReviewer comments\n", (P, p.first),
        " owned the move of the billing jobs from Jenkins to the new Grafana-backed pipeline and mentored ", (P, sk.first),
        ". Will need support on estimation: delivery slipped once when scope grew.\n\nGoals\n1. Lead the ",
        g.r.choice(["Kafka", "Redis", "Cassandra"]), " upgrade.\n2. Present at the ", (L, g.town()), " offsite.\n\n",
        "Employee comments\nThanks ", (P, r.first), " - agreed on both goals.\n")


def d_insurance_schedule(d, g):
    ph, dr2 = g.person(), g.person()
    d.w("HOME AND MOTOR POLICY SCHEDULE\n\nInsurer ................. ", (O, g.org()), "\nPolicy number ........... HM-",
        g.digits(8), "\nPolicyholder ............ ", g.r.choice(["Mr ", "Mrs ", "Ms ", "Dr "]), (P, ph.with_initial),
        "\nRisk address ............ ", (L, g.address()), "\nPeriod of cover ......... ", (DT, g.date(2025, 2025)), " to ",
        (DT, g.date(2026, 2026)), "\n\nNAMED DRIVERS\n  1. ", (P, ph.full), "   born ", (DT, g.date(1950, 2000)), "\n  2. ",
        (P, dr2.full), "   born ", (DT, g.date(1950, 2005)), "   licence ", (DL, g.driver_license()),
        "\n\nEndorsements: 004 (Security), 012 (Unoccupancy). Excess GBP 250.\n")


def d_visa_boxes(d, g):
    p, host = g.person(), g.person()
    town, country = g.place()
    d.w("APPLICATION FOR SHORT-STAY VISA\n\n1. Surname (family name): ", (P, p.last.upper()),
        "\n2. Surname at birth (former family name(s)): ", (P, p.last.upper()), "\n3. First name(s) (given name(s)): ",
        (P, p.first.upper()), "\n4. Date of birth (day-month-year): ", (DT, g.date(1955, 2005)), "\n5. Place of birth: ",
        (L, town), "\n6. Country of birth: ", (L, country), "\n13. Number of travel document: ", (PASS, g.passport()),
        "\n17. Applicant's home address and e-mail address: ", (L, g.address()), " / ", (EM, g.email(p)),
        "\n19. Current occupation: nurse\n20. Employer and employer's address: ", (O, g.hospital()),
        "\n31. Inviting person: ", (P, host.inverted.upper()), ", tel. ", (PH, g.phone()), "\n")


def d_callcentre_notes(d, g):
    p, sp = g.person(), g.person()
    d.w("CALL NOTES  inbound  agent 4", g.digits(3), "  q=claims\n", "Caller ID'd as policy holder ", (P, p.full),
        " - DOB ", (DT, g.date(1945, 2000)), " verified, postcode verified.\n", "Cust says partner ", (P, sp.first),
        " made the claim online but got no ref. Found claim under ", (P, sp.last.upper()), ", merged dupes.\n",
        "SPOKE TO MR ", (P, sp.last.upper()), " AS WELL, HAPPY WITH OUTCOME.\n", "CB req'd on ", (PH, g.phone()),
        " after 5pm. Sent email to ", (EM, g.email(p)), ". Ref no. CLM", g.digits(7), " - not a new claim.\n")


def d_occurrence_report(d, g):
    v, s, off = g.person(), g.person(), g.person()
    d.w("OCCURRENCE REPORT   #", str(g.r.randint(23, 25)), "-0", g.digits(5), "\nReported: ", g.datetime(),
        "\nLocation of occurrence: ", (L, g.address()), "\n\nINVOLVED PERSONS\n", "ROLE     | NAME                    | DOB        | PHONE\n",
        "Victim   | ", (P, f"{v.last.upper()}, {v.first}"), " | ", (DT, g.date(1950, 2004)), " | ", (PH, g.phone()), "\n",
        "Suspect  | ", (P, f"{s.last.upper()}, {s.first} {s.middle}."), " | ", (DT, g.date(1970, 2006)), " | unknown\n\n",
        "NARRATIVE\nI, PC ", (P, off.last), " (collar no. ", g.digits(4), "), attended at 22:40. ", (P, v.first),
        " stated that a male known to her as ", (P, s.first), " had taken a ", g.r.choice(PRODUCTS_D),
        " from the hallway. Suspect's driving licence seen earlier: ", (DL, g.driver_license()), ". Area searched ",
        "street by street with negative result.\n")


def d_enrolment_grid(d, g):
    c, m, f, sib = g.person(), g.person(), g.person(), g.person()
    m = type(m)(m.first, c.last, m.cc, m.middle) if g.r.random() < 0.6 else m
    school = g.r.choice(["Larkhollow", "Pennyroyal", "Quenby"]) + g.r.choice([" Primary School", " Academy"])
    d.w((O, school), " - admission form\n\n", "[Child]  Legal surname: ", (P, c.last), "   Legal forename(s): ", (P, c.first),
        "\n         Date of birth: ", (DT, g.date(2014, 2020)), "   Home language: ", g.r.choice(["Tigrinya", "Polish", "Tamil", "Somali"]),
        "\n[Sibling(s) at this school]  ", (P, sib.first), " (Year ", str(g.r.randint(2, 6)), ")\n",
        "[Contact 1 - mother]  ", (P, m.full), "   mobile ", (PH, g.phone()), "   e-mail ", (EM, g.email(m)),
        "\n[Contact 2 - father]  ", (P, f.full), "   works at ", (O, g.org()), "\n[Home address]  ", (L, g.address()),
        "\n[Medical]  Allergies: peanuts. Inhaler kept in the Blue Room.\n")


def d_trial_log(d, g):
    pi, mon, sub = g.person(), g.person(), g.person()
    site = g.hospital()
    d.w("PROTOCOL NVX-", g.digits(3), "  SITE 0", g.digits(2), " ", (O, site), "\nPrincipal investigator: Dr ", (P, pi.full),
        "\nMonitor: ", (P, mon.full), " (", (O, g.org()), ")\n\nVISIT LOG\nsubject   visit  date         AE?  entered by\n")
    for vis in range(1, g.r.randint(3, 4)):
        d.w(f"{g.digits(3)}-{g.digits(3)}   V{vis}     ", (DT, g.date(2025, 2025)), "   ", g.r.choice(["no ", "yes"]), "  ",
            (P, g.r.choice([pi.last, sub.last])), "\n")
    d.w("\nNote to file: ", (P, sub.full), " (sub-investigator) signed the delegation log late; ", (P, mon.last),
        " confirmed no data were affected.\n")


def d_lab_report(d, g):
    p, req, bms = g.person(), g.person(), g.person()
    d.w("LABORATORY REPORT                         ", (O, g.hospital()), "\n", "Patient: ", (P, f"{p.last.upper()} {p.first}"),
        "   Sex: ", g.r.choice("FM"), "   DOB: ", (DT, g.date(1940, 2010)), "\nRequested by: Dr ", (P, f"{req.first[0]}. {req.last}"),
        "   Location: Outpatients\nCollected: ", g.datetime(), "   Received: ", g.datetime(), "\n\n",
        "TEST                 RESULT   UNITS     REF RANGE\n", f"Haemoglobin          {g.r.randint(95, 170):<8} g/L       115-165\n",
        f"Ferritin             {g.r.randint(8, 300):<8} ug/L      30-400\n", f"CRP                  {g.r.randint(1, 80):<8} mg/L      <5\n\n",
        "Comment: Iron studies suggest early deficiency. Repeat in 6 weeks.\nAuthorised by: ", (P, bms.full),
        ", Biomedical Scientist\n")


def d_tax_return_fields(d, g):
    p, sp = g.person("us") if g.r.random() < 0.3 else g.person(), g.person()
    d.w("Form 1040   U.S. Individual Income Tax Return   ", str(g.r.randint(2023, 2025)), "\n\n",
        "Your first name and middle initial | Last name | Your social security number\n", (P, f"{p.first} {p.middle}."),
        " | ", (P, p.last), " | ", (SSN, g.ssn()), "\n", "If joint return, spouse's first name and middle initial | Last name | ",
        "Spouse's social security number\n", (P, f"{sp.first} {sp.middle}."), " | ", (P, p.last), " | ", (SSN, g.ssn()),
        "\nHome address (number, street, apt., city, state, ZIP): ", (L, g.address() if g.r.random() < 0.2 else _us_address(g)),
        "\nFiling status: [x] Married filing jointly\nDigital assets: [ ] Yes [x] No\nPreparer firm: ", (O, g.org()), "\n")


def _us_address(g):
    from d_data import STREET_D, US_PLACES_D
    c, st, z = g.r.choice(US_PLACES_D)
    return f"{g.r.randint(10, 9800)} {g.r.choice(STREET_D)} {g.r.choice(['Dr', 'Ln', 'Ave'])}, {c}, {st} {z}{g.digits(2)}"


def d_delivery_note(d, g):
    p, rcv = g.person(), g.person()
    d.w("DELIVERY NOTE  DN-", g.digits(7), "\nSupplier: ", (O, g.org()), "\nDeliver to: ", (P, p.full), ", ", (L, g.address()),
        "\nCustomer order: PO-", g.digits(6), "   Tracking: 1Z", g.hexid(16).upper(), "\n\n",
        "Item                     SKU          Qty\n", f"{g.r.choice(PRODUCTS_D):<24} SKU-{g.digits(5)}    {g.r.randint(1, 6)}\n",
        f"{g.r.choice(PRODUCTS_D):<24} SKU-{g.digits(5)}    {g.r.randint(1, 6)}\n\n", "Received in good condition.\n",
        "Print name: ", (P, rcv.full.upper()), "    Signature: ________    Date: ", (DT, g.date(2025, 2025)), "\n")


def stop(org):
    """The full stop after an organisation name, unless its suffix already ends with one (S.p.A., Corp.)."""
    return "" if org.endswith(".") else "."


def d_real_estate(d, g):
    agent = g.person()
    agency = g.org()
    d.w("FOR SALE  |  Guide price ", g.r.choice(["EUR 415,000", "GBP 389,950", "AUD 712,000"]), "\n", (L, g.address()),
        "\n\nA bright three-bedroom home on a quiet close, a short walk from the high street. Open-plan kitchen, ",
        "south-facing garden, off-road parking for two cars. The Main Bedroom has fitted wardrobes; Drive and Garage ",
        "were resurfaced last year.\n\nViewing strictly by appointment with ", (O, agency), stop(agency), " Ask for ", (P, agent.first),
        " on ", (PH, g.phone()), " or ", (EM, g.email(agent)), ".\nEnergy rating C. Council tax band D.\n")


def d_obituary(d, g):
    p, sp, k1, k2 = g.person(), g.person(), g.person(), g.person()
    maiden = g.person().last
    town = g.town()
    undertaker = g.org()
    d.w((P, p.full.upper()), "\n", (DT, g.date(1930, 1955)), " - ", (DT, g.date(2025, 2025)), "\n\n", (P, p.full), " (née ",
        (P, maiden), ") of ", (L, town), " died peacefully at home. Beloved partner of the late ", (P, sp.first),
        ", much-loved mother of ", (P, k1.first), " and ", (P, k2.first), ", and grandmother to many. ", (P, p.first),
        " taught piano for forty years and never missed a village fete.\n\nFuneral arrangements by ", (O, undertaker), stop(undertaker),
        " Family flowers only; donations, if desired, to ", (O, g.hospital()), ".\n")


def d_wedding_invite(d, g):
    a, b, pa = g.person(), g.person(), g.person()
    d.w("Together with their families\n\n", (P, a.full), "\n&\n", (P, b.full), "\n\nrequest the pleasure of your company\n",
        "at the celebration of their marriage\non ", (DT, g.date(2026, 2026)), "\nat ", (O, g.r.choice(["Saltcote Manor Hotel",
                                                                                                     "Amberley Barn Estate Ltd",
                                                                                                     "Rookery Hall Hotel"])),
        "\n", (L, g.address()), "\n\nCarriages at midnight\n\nKindly reply to ", g.r.choice(["Mr and Mrs ", "Mrs ", ""]), (P, pa.full),
        " by ", (DT, g.date(2026, 2026)), "\n", (EM, g.email(pa)), "\n")
