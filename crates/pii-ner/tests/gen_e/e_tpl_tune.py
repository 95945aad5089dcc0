"""Set E, TUNE half: 24 templates with PII and 3 PII-free ones (written fresh for set E).

Each template mirrors a kind of structure that the held-out half (e_tpl_held.py) also has, with a
different concrete layout and wording, so a rule learnt here can be judged there.
"""
from e_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, form, later, ordinal_leader, pick  # noqa: F401
from e_data import HOSPITALS_E, PRODUCTS_E, SOFTWARE_E, UNIS_E


# --- forms: dotted leaders, bracketed numbering -------------------------------------------------

def t_tenancy_dotted(d, g):
    a, c = g.people(2)
    city = g.city()
    d.t(pick(g, "RESIDENTIAL TENANCY APPLICATION", "Tenancy Application — Part B", "APPLICATION TO RENT") + "\n\n")
    d.w(ordinal_leader(pick(g, "Applicant", "Lead applicant", "Prospective occupier", "Name of applicant")), (P, pick(g, a.full, a.upper, a.last_first)), "\n")
    d.w(ordinal_leader("Date of birth"), (DT, g.date_e(1960, 2003)), "\n")
    d.w(ordinal_leader("Current address"), (L, g.address()), "\n")
    d.w(ordinal_leader(pick(g, "Mobile", "Contact tel.", "Phone (day)")), (PH, g.phone_nat()), "\n")
    d.w(ordinal_leader(pick(g, "Guarantor", "Co-signer", "Surety", "Guarantor (full name)")), (P, c.full), "\n")
    d.w(ordinal_leader("Guarantor's employer"), (O, g.org()), "\n")
    d.w(ordinal_leader("Place of birth"), (L, f"{city[0]}, {city[1]}"), "\n")
    d.w(ordinal_leader("Reference no."), g.order_id(), "\n\n")
    d.w("Office use: viewing booked for ", (DT, g.date_e(2025, 2026)), "; ")
    later(d, g, a, ("given", "family", "init"))
    d.t(pick(g, " confirmed by phone.\n", " has paid the holding deposit.\n", " to bring photo ID.\n"))


def t_bracket_form(d, g):
    p, q = g.people(2)
    d.t(pick(g, "IDENTITY VERIFICATION — SECTION 2\n", "Supplementary Declaration (form SD-7)\n") + "\n")
    d.w(pick(g, "[1] Full legal name: ", "[1] Name (as on passport): ", "[1] Surname and forenames: "), (P, pick(g, p.full, p.upper)), "\n")
    d.w("[2] Name at birth (if different): ", (P, f"{p.first} {q.last}"), "\n")
    d.w("[3] Date of birth: ", (DT, g.date_e(1955, 2004)), "\n")
    d.w("[4] Travel document no.: ", (PASS, g.passport()), "\n")
    d.w("[5] Operator permit (state-issued) #: ", (DL, g.driver_license()), "\n")
    d.w("[6] Taxpayer number (9 digits, no dashes): ", (SSN, g.ssn_plain()), "\n")
    d.w("[7] Daytime telephone: ", (PH, g.phone_nat()), "\n")
    d.w(pick(g, "[8] Person completing this form (if not the applicant): ", "[8] Assisted by: ", "[8] Interpreter / helper: "), (P, q.full), "\n\n")
    d.w("I confirm the above is true. Signed: ", (P, p.initial_last), "   Dated: ", (DT, g.date_e(2025, 2026)), "\n")


def t_kyc_record(d, g):
    p = g.person()
    d.t("KYC REVIEW  ·  tier 2\n")
    d.w("Subject: ", (P, pick(g, p.upper, p.full)), "\n" + "-" * 28 + "\n")
    d.w(pick(g, "Account holder      : ", "Customer name       : ", "Principal           : "), (P, p.last_first), "\n")
    d.w("Nationality         : ", (L, g.city()[1]), "\n")
    d.w("SSN                 : ", (SSN, g.ssn_plain()), "\n")
    d.w("ID document         : passport ", (PASS, g.passport()), ", expires ", (DT, g.date_e(2027, 2034)), "\n")
    d.w("Residential address : ", (L, g.address()), "\n")
    d.w("Source of funds     : salary from ", (O, g.org()), "\n")
    d.w(pick(g, "Reviewer            : ", "Analyst             : ", "Four-eyes check     : "), (P, g.person().full), "\n\n")
    d.w("Notes: customer ", (P, p.first.upper()), " ", (P, p.last.upper()), pick(g, " supplied a utility bill. ", " matched the sanctions screen negatively. "))
    d.w("Device fingerprint build ", g.version_ip_like(), "; order ", g.order_id(), ".\n")


# --- medical -------------------------------------------------------------------------------------

def t_referral_letter(d, g):
    pt, doc, kin = g.people(3)
    hosp = g.r.choice(HOSPITALS_E)
    d.w((O, hosp), "\nDepartment of Rheumatology\n\n")
    d.w(pick(g, "Patient ....... ", "Patient name ....... ", "Name of patient ....... "), (P, pt.full), "\nDOB ....... ", (DT, g.date_e(1940, 2010)), "\n")
    d.w("Hosp. no. ....... HN/", g.digits(6), "\n")
    d.w(pick(g, "Emergency contact ....... ", "Next of kin ....... ", "Contact in emergency ....... "), (P, kin.full), " (", pick(g, "son", "wife", "niece", "partner"), ") ", (PH, g.phone_nat()), "\n\n")
    d.w("Dear Dr ", (P, doc.last), ",\n\n")
    d.w("Thank you for referring ", pick(g, "Mrs ", "Mr ", "Ms ", ""), (P, pt.full), ", whom I saw in clinic on ", (DT, g.date_e(2025, 2026)), ". ")
    later(d, g, pt, ("given", "family"))
    d.t(" reports morning stiffness of about an hour. ")
    d.t("I have started methotrexate and we will review ")
    later(d, g, pt, ("given", "family", "caps"), poss=True)
    d.t(" bloods in six weeks.\n\nYours sincerely,\n\n")
    d.w((P, pick(g, doc.full, doc.initial_last)), "\nConsultant Rheumatologist\n")


def t_ward_handover(d, g):
    pts = g.people(3)
    nurse = g.person()
    d.w(pick(g, "HANDOVER — Ward 7B — night to day — prepared by ", "Ward 7B safety brief, compiled by ", "Night report by "), (P, nurse.full), "\n\n")
    for i, p in enumerate(pts, 1):
        d.w(f"Bed {i}: ", (P, pick(g, p.upper, p.last_first, f"{p.last.upper()}, {p.first}")), ", ", str(g.r.randint(19, 94)), "y. ")
        d.t(pick(g, "Post-op day 2, obs stable. ", "Chest infection, on IV abx. ", "Awaiting MRI. "))
        d.t(pick(g, "NOK: ", "Next of kin ", "Family contact: "))
        d.w((P, g.person().full), " ", (PH, g.phone_nat()), ". ")
        later(d, g, p, ("given",))
        d.t(pick(g, " prefers to be called by first name.\n", " asked about discharge.\n", " slept well.\n"))
    d.t("Pump firmware 4.2.17.1093 on all beds.\n")


# --- HR ------------------------------------------------------------------------------------------

def t_exit_interview(d, g):
    emp, hr, mgr = g.people(3)
    new = g.org()
    d.w("Exit Interview Record\n\n", pick(g, "Employee: ", "Leaver: ", "Departing colleague: "), (P, emp.full))
    d.w(pick(g, "\nInterviewer: ", "\nInterview conducted by: ", "\nHR partner: "), (P, hr.full), "\n")
    d.w(pick(g, "Line manager: ", "Reports to: ", "Supervisor: "), (P, mgr.full), "\nLast working day: ", (DT, g.date_e(2025, 2026)), "\n\n")
    d.w((P, emp.full), " is leaving to join ", (O, new), pick(g, " as a senior analyst. ", " in ", " after four years with us. "))
    if d.parts[-1] == " in ":
        d.w((L, g.city()[0]), ". ")
    later(d, g, emp, ("given", "family"))
    d.t(" rated the team culture highly but cited limited progression. ")
    later(d, g, mgr, ("given", "init"))
    d.t(" will cover the open tickets until a replacement starts.\n")


def t_hr_staff_csv(d, g):
    ps = g.people(g.r.randint(3, 5))
    d.t("given_name,family_name,work_email,mobile,office,start_date\n")
    for p in ps:
        d.w((P, p.first), ",", (P, p.last), ",", (EM, g.email(p)), ",", (PH, g.phone_nat()), ",", (L, g.city()[0]), ",", (DT, g.date_e(2015, 2026)), "\n")


# --- legal / insurance ---------------------------------------------------------------------------

def t_witness_statement(d, g):
    w, acc = g.people(2)
    d.t("WITNESS STATEMENT\n(Criminal Procedure Rules r.16.2)\n\n")
    d.w("Statement of: ", (P, w.upper), "\nAge if under 18: over 18\nOccupation: ", pick(g, "nurse", "driver", "teacher"), "\n\n")
    d.w("I, ", (P, w.full), ", of ", (L, g.address()), ", say as follows.\n\n")
    d.w("On ", (DT, g.date_e(2024, 2026)), " I saw a man I now know to be ", (P, acc.full), " outside the shop. ")
    later(d, g, acc, ("family", "caps"))
    d.t(" was shouting. ")
    d.w("I know ", pick(g, "Mr ", ""), (P, acc.last), " because he used to work at ", (O, g.org()), ".\n\n")
    d.w("Signed: ", (P, w.initial_last), "\n")


def t_claim_ack(d, g):
    cl, handler = g.people(2)
    d.w((O, g.org()), "\nClaims Department\n\n")
    d.w(pick(g, "Claimant: ", "Name of claimant: ", "Injured party: "), (P, cl.full), pick(g, "\nPolicyholder: ", "\nPolicy owner: ", "\nProposer: "), (P, pick(g, cl.full, g.person().full)), "\n")
    d.w("Date of loss: ", (DT, g.date_e(2025, 2026)), "\nLoss location: ", (L, g.us_city()), "\n\n")
    d.w("Dear ", pick(g, "Mr ", "Ms ", ""), (P, cl.last), ",\n\n")
    d.t("We acknowledge your claim. Please quote claim ref CLM-" + g.digits(6) + " and policy " + g.order_id() + ". ")
    d.w("Your handler is ", (P, handler.full), ", reachable on ", (PH, g.phone_nat()), ", ext. ", str(g.r.randint(100, 899)), ".\n\n")
    d.w("Kind regards,\n", (P, handler.first), "\n")


# --- support / chat / transcripts ----------------------------------------------------------------

def t_support_ticket(d, g):
    cust, ag = g.people(2)
    d.w("#", g.digits(6), " Refund for ", g.r.choice(PRODUCTS_E), pick(g, "\nRequester: ", "\nReported by: ", "\nCustomer: "), (P, cust.full), " <", (EM, g.email(cust)), ">\n")
    d.w(pick(g, "Assignee: ", "Owner: ", "Handled by: "), (P, ag.full), "\nStatus: Pending\n\n")
    d.w("--- ", (P, cust.full), " wrote:\nHi, my order ", g.order_id(), " arrived damaged. Please call me on ", (PH, g.phone_any()), ".\n")
    d.t("Thanks\n")
    later(d, g, cust, ("given", "lower"))
    d.w("\n\n--- ", (P, ag.full), " replied:\nHi ", (P, cust.first), ",\nsorry about that! A replacement is on its way.\n")
    d.w("Best,\n", (P, ag.first), " | ", (O, g.org()), " Support\n")


def t_chat_angle(d, g):
    ps = g.people(3)
    lines = ["anyone seen the deploy?", "yes, rolled back", "ok thx", "ping me if it breaks again", "lunch?", "brb"]
    d.t(f"# exported from #ops, {g.r.randint(2024, 2026)}\n")
    for i in range(g.r.randint(5, 8)):
        p = ps[i % 3]
        d.w((P, p.first.lower()), " > ", g.r.choice(lines))
        if g.r.random() < 0.3:
            q = ps[(i + 1) % 3]
            d.w(" @", (P, q.first.lower()))
        d.t("\n")
    d.w("[", f"{g.r.randint(8, 18):02d}:{g.r.randint(0, 59):02d}", "] ", (P, ps[0].first), ": leaving early today, ", (P, ps[1].first), " has the pager\n")


def t_slack_display(d, g):
    ps = g.people(2)
    msgs = ["Can you review the quarterly numbers?", "Sure, after standup.", "Sent you the draft.", "Looks good to me.",
            "The client moved the call to Thursday."]
    for i in range(g.r.randint(3, 5)):
        p = ps[i % 2]
        d.w((P, p.full), f"  {g.r.randint(8, 18)}:{g.r.randint(0, 59):02d}\n", g.r.choice(msgs), "\n\n")
    d.w((P, ps[0].full), f"  {g.r.randint(8, 18)}:{g.r.randint(0, 59):02d}\n", "thanks ")
    later(d, g, ps[1], ("given", "lower"))
    d.t(" 🙏\n")


def t_interview_transcript(d, g):
    cand, iv = g.people(2)
    d.w("Transcript — panel interview, ", (DT, g.date_e(2025, 2026)), "\n\n")
    d.w((P, iv.upper), ": Thanks for coming in. Could you state your name for the recording?\n")
    d.w((P, cand.upper), ": Sure, it's ", (P, cand.full), ".\n")
    d.w((P, iv.upper), ": And you're currently at ", (O, g.org()), "?\n")
    d.w((P, cand.upper), ": Yes, in ", (L, g.city()[0]), ", for three years.\n")
    d.w((P, iv.upper), ": Great. ")
    later(d, g, cand, ("given",))
    d.t(", tell us about a project you led.\n[inaudible 00:04:12]\n")


# --- e-mail --------------------------------------------------------------------------------------

def t_email_thread(d, g):
    a, b, c = g.people(3)
    d.w("From: \"", (P, a.last_first), "\" <", (EM, g.email(a)), ">\n")
    d.w("To: ", (P, b.full), " <", (EM, g.email(b)), ">\nCc: ", (EM, g.email(c)), "\n")
    d.w("Subject: Re: site visit ", g.order_id(), "\n\n")
    d.w(pick(g, "Hi ", "Hello ", "Dear "), (P, b.first), ",\n\n")
    d.w("I've asked ", (P, c.full), " to join the visit on ", (DT, g.date_e(2025, 2026)), ". ")
    later(d, g, c, ("given", "family"))
    d.t(" knows the site well.\n\n")
    d.w(pick(g, "Cheers,", "Best,", "Many thanks,", "Regards,"), "\n", (P, a.first), "\n\n")
    d.w("On ", g.datetime(), ", ", (P, b.full), " <", (EM, g.email(b)), "> wrote:\n> Can we meet at the ", (O, g.org()), " office?\n")


def t_business_letter(d, g):
    p, s = g.people(2)
    org = g.org()
    d.w((O, org), "\n", (L, g.address()), "\n\n", (DT, g.date_e(2025, 2026)), "\n\n")
    d.w(pick(g, "Ms ", "Mr ", "Dr ", ""), (P, p.full), "\n", (L, g.address()), "\n\n")
    d.w("Dear ", pick(g, "Ms ", "Mr ", "Dr "), (P, p.last), ",\n\n")
    d.t("Re: Contract renewal " + g.order_id() + "\n\n")
    d.t("Further to our call, please find enclosed the revised terms for the " + g.r.choice(PRODUCTS_E) + " rollout. ")
    d.w("If you have any questions, please contact ", (P, s.initial_last), " on ", (PH, g.phone_nat()), ".\n\n")
    d.w("Yours sincerely,\n\n\n", (P, s.full), "\nHead of Partnerships, ", (O, org), "\n")


# --- developer files -----------------------------------------------------------------------------

def t_git_log(d, g):
    for _ in range(g.r.randint(2, 3)):
        a, b = g.people(2)
        d.t(f"commit {g.digits(8)}{''.join(g.r.choice('abcdef') for _ in range(32))}\n")
        d.w("Author: ", (P, a.full), " <", (EM, g.email(a)), ">\nDate:   ", g.datetime(), "\n\n")
        d.t("    " + pick(g, "Fix race in cache eviction", "Bump " + g.r.choice(SOFTWARE_E) + " to 5.1.0.2201",
                           "Add retry to upload") + "\n\n")
        d.w("    Signed-off-by: ", (P, a.full), " <", (EM, g.email(a)), ">\n")
        d.w("    Co-authored-by: ", (P, b.full), " <", (EM, g.email(b)), ">\n\n")


def t_codeowners(d, g):
    ps = g.people(3)
    d.t("# CODEOWNERS — reviewed quarterly\n")
    for p, path in zip(ps, ["/src/billing/", "/docs/", "*.tf"]):
        d.w("# ", (P, p.full), "\n", path, "  ", (EM, g.email(p)), "\n")
    d.t("\n# package.json (excerpt)\n{\n  \"name\": \"@" + g.r.choice(["tidewright", "halcyra"]) + "/ledger\",\n")
    d.t("  \"version\": \"3.14.1\",\n")
    d.w("  \"author\": \"", (P, ps[0].full), " <", (EM, g.email(ps[0])), ">\",\n")
    d.w("  \"contributors\": [{\"name\": \"", (P, ps[1].full), "\"}]\n}\n")


def t_ics_invite(d, g):
    org, att = g.people(2)
    d.t("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Quarterly review\n")
    d.w("ORGANIZER;CN=", (P, org.full), ":mailto:", (EM, g.email(org)), "\n")
    d.w("ATTENDEE;CN=\"", (P, att.last_first), "\";ROLE=REQ-PARTICIPANT:mailto:", (EM, g.email(att)), "\n")
    d.w("LOCATION:", (L, g.address()), "\nDESCRIPTION:Agenda from ", (P, org.first), "\\, dial-in ", (PH, g.phone_nat()), "\n")
    d.t("END:VEVENT\nEND:VCALENDAR\n")


# --- records -------------------------------------------------------------------------------------

def t_json_contact(d, g):
    p, q = g.people(2)
    d.t("{\n  \"record_id\": \"" + g.order_id().replace("#", "") + "\",\n")
    d.w("  \"full_name\": \"", (P, p.full), "\",\n")
    d.w("  \"contact\": {\"name\": \"", (P, q.full), "\", \"phone\": \"", (PH, g.phone_nat()), "\"},\n")
    d.w("  \"birth_date\": \"", (DT, g.date_e(1950, 2005)), "\",\n")
    d.w("  \"city\": \"", (L, g.city()[0]), "\",\n  \"employer\": \"", (O, g.org()), "\",\n  \"build\": \"", g.version_ip_like(), "\"\n}")


def t_xml_person(d, g):
    p = g.person()
    d.t("<?xml version=\"1.0\"?>\n<Customer id=\"" + g.digits(6) + "\">\n")
    d.w("  <GivenName>", (P, p.first), "</GivenName>\n  <FamilyName>", (P, p.last), "</FamilyName>\n")
    d.w("  <Email>", (EM, g.email(p)), "</Email>\n  <Tel>", (PH, g.phone_nat()), "</Tel>\n")
    d.w("  <Address>", (L, g.address()), "</Address>\n  <LastLoginIp>", (IP, g.ip()), "</LastLoginIp>\n</Customer>\n")


# --- prose ---------------------------------------------------------------------------------------

def t_news_move(d, g):
    a, b = g.people(2)
    old, new = g.org(), g.org()
    city = g.city()
    d.w((L, city[0]), " — ", (P, a.full), ", chief operating officer of ", (O, old), ", is leaving to join ", (O, new), ", the company said on ", (DT, g.date_e(2025, 2026)), ".\n\n")
    later(d, g, a, ("family", "part"))
    d.t(pick(g, ", who joined in 2017, ", ", 51, ") + "will be replaced on an interim basis by ")
    d.w((P, b.full), ". \"We thank ")
    later(d, g, a, ("given",))
    d.t(" for their work,\" said ")
    later(d, g, b, ("family",))
    d.t(".\n")


def t_biography(d, g):
    p = g.person()
    city = g.city()
    d.w((P, p.full), " (born ", (DT, g.date_e(1950, 1990)), " in ", (L, f"{city[0]}, {city[1]}"), ") is ", pick(g, "a civil engineer", "a novelist", "an epidemiologist"), ".\n\n")
    d.w("Early life\n\n")
    later(d, g, p, ("family",))
    d.w(" studied at the ", (O, g.r.choice(UNIS_E)), " and later worked for ", (O, g.org()), ". ")
    later(d, g, p, ("family", "part", "caps"), poss=True)
    d.t(" first book appeared in 2009.\n")


def t_minutes(d, g):
    ps = g.people(4)
    d.w("Minutes of the Facilities Committee — ", (DT, g.date_e(2025, 2026)), "\n\nPresent: ")
    d.w((P, ps[0].full), " (Chair), ", (P, ps[1].full), ", ", (P, ps[2].full), "\nApologies: ", (P, ps[3].full), "\n\n")
    d.t("1. Minutes of the last meeting were approved.\n2. Roof repairs: ")
    later(d, g, ps[1], ("given", "family"))
    d.t(" reported that the quote had risen.\n")
    d.t("ACTION: ")
    later(d, g, ps[2], ("given", "init"))
    d.t(" to obtain two further quotes.\n")


def t_caps_manifest(d, g):
    ps = g.people(3)
    d.t("PASSENGER MANIFEST  FLT " + g.r.choice("KLMQ") + "X" + g.digits(3) + "\n\n")
    for p in ps:
        d.w(" ", (P, f"{p.last.upper()}/{p.first.upper()}"), " ", pick(g, "MR", "MS", "MRS"), "  SEAT ", str(g.r.randint(1, 40)), g.r.choice("ABCDEF"), "  DOC ", (PASS, g.passport()), "\n")
    d.w(pick(g, "\nGROUND CONTACT: ", "\nDUTY OFFICER: ", "\nCREW LIAISON: "), (P, g.person().upper), " ", (PH, g.phone_nat()), "\n")


def t_emergency_card(d, g):
    p = g.person()
    ks = g.people(2)
    d.w(pick(g, "EMERGENCY INFORMATION\nName: ", "IN CASE OF EMERGENCY\nCard holder: ", "ICE CARD\nMy name: "), (P, p.full), "\nBlood group: O+\nGP surgery: ", (O, g.r.choice(HOSPITALS_E)), "\n\n")
    for i, k in enumerate(ks, 1):
        d.w(pick(g, f"Contact {i}: ", f"ICE {i}: ", f"Call ({i}): "), (P, k.full), "\n  Home: ", (PH, g.phone_nat()), "\n  Work: ", (PH, g.phone_nat()), " ext. ", str(g.r.randint(10, 999)), "\n")


# --- PII-free ------------------------------------------------------------------------------------

def t_neg_release_notes(d, g):
    v = f"{g.r.randint(2, 9)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}"
    d.t(f"Release {v}\n\nHighlights\n\n")
    for _ in range(g.r.randint(3, 5)):
        d.t("- " + pick(g, f"Upgraded {g.r.choice(SOFTWARE_E)} to {g.version_ip_like()}.",
                        f"The {g.r.choice(PRODUCTS_E)} driver now reports SNMP OID {g.version_ip_like()}.",
                        "Fixed a crash when the Export Wizard was closed early.",
                        f"Order {g.order_id()} no longer blocks the queue.",
                        "Dark Mode is now the default on new installs.") + "\n")
    d.t("\nKnown Issues\n\nSync may pause for up to 30 seconds after resume.\n")


def t_neg_catalogue(d, g):
    d.t(pick(g, "Spring Catalogue", "Trade Price List", "Workshop Essentials") + "\n\n")
    for _ in range(g.r.randint(3, 5)):
        d.t(f"{g.order_id():<18} {g.r.choice(PRODUCTS_E):<14} {pick(g, 'Cordless Drill', 'Garden Hose Reel', 'Standing Desk', 'Travel Kettle')}  "
            f"{g.r.randint(9, 499)}.{g.r.randint(0, 99):02d} EUR\n")
    d.t("\nPrices Exclude Delivery. Bulk Orders Welcome.\n")


def t_neg_config_doc(d, g):
    sw = g.r.sample(SOFTWARE_E, 3)
    d.t("Setting up the worker\n\n")
    d.t(f"Install {sw[0]} and {sw[1]} first, then point {sw[2]} at the broker on port {g.r.randint(1024, 9999)}.\n")
    d.t(f"The agent identifies itself with OID {g.version_ip_like()} and build {g.version_ip_like()}.\n")
    d.t("Set MAX_RETRIES to 5 and restart the Service Manager.\n")
