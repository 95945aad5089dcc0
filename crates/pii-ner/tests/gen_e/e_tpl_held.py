"""Set E, HELD-OUT half: 25 templates with PII and 3 PII-free ones (written fresh for set E).

Same kinds of structure as the tune half (e_tpl_tune.py), different concrete layouts and wording.
Never tune on the documents these produce.
"""
from e_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, form, later, ordinal_leader, pick  # noqa: F401
from e_data import HOSPITALS_E, PRODUCTS_E, SOFTWARE_E, UNIS_E


# --- forms ---------------------------------------------------------------------------------------

def h_pension_nomination(d, g):
    m, b1, b2 = g.people(3)
    d.t(pick(g, "PENSION SCHEME — EXPRESSION OF WISH", "Death Benefit Nomination Form") + "\n\n")
    d.w(ordinal_leader(pick(g, "Member", "Scheme member", "Name of member"), 30, "_"), (P, m.full), "\n")
    d.w(ordinal_leader("Member's date of birth", 30, "_"), (DT, g.date_e(1950, 1995)), "\n\n")
    d.t("Beneficiaries\n")
    for b, share in ((b1, 60), (b2, 40)):
        d.w(ordinal_leader(pick(g, "Beneficiary", "Nominee", "Payee on death"), 22), (P, pick(g, b.full, b.last_first)), f" — {share}%\n")
        d.w(ordinal_leader("Relationship", 22), pick(g, "spouse", "daughter", "brother", "friend"), "\n")
    d.w(ordinal_leader(pick(g, "Witness", "Witnessed by", "Attested by"), 22), (P, g.person().full), "\n")
    d.w("\nReceived by the trustees on ", (DT, g.date_e(2025, 2026)), ". ")
    later(d, g, m, ("family", "init"), poss=True)
    d.t(" file updated.\n")


def h_numbered_visa(d, g):
    p, sp = g.people(2)
    d.t("ENTRY PERMIT APPLICATION\n\n")
    d.w(pick(g, "(a) Name in full: ", "(a) Applicant's complete name: ", "(a) Family name, given names: "), (P, pick(g, p.full, p.upper)), "\n")
    d.w(pick(g, "(b) Spouse's name: ", "(b) Sponsor: ", "(b) Accompanying person: "), (P, sp.full), "\n")
    d.w("(c) Born on: ", (DT, g.date_e(1955, 2004)), " at ", (L, g.city()[0]), "\n")
    d.w("(d) Document number (passport/travel card): ", (PASS, g.passport()), "\n")
    d.w("(e) Motor vehicle licence no.: ", (DL, g.driver_license()), "\n")
    d.w("(f) Social security no. (US applicants): ", (SSN, g.ssn_plain()), "\n")
    d.w("(g) Contact number abroad: ", (PH, g.phone_nat()), "\n\n")
    d.w("Declaration signed by ", (P, p.initial_last), " on ", (DT, g.date_e(2025, 2026)), ".\n")


def h_tenant_screening(d, g):
    p = g.person()
    d.w("TENANT SCREENING SUMMARY\nSubject of report: ", (P, pick(g, p.full, p.upper)), "\n\n")
    d.w(pick(g, "Prospective tenant | ", "Renter             | ", "Main occupant      | "), (P, p.last_first), "\n")
    d.w("Social Security    | ", (SSN, g.ssn_plain()), "\n")
    d.w("Passport / ID      | ", (PASS, g.passport()), "\n")
    d.w(pick(g, "Previous landlord  | ", "Landlord reference | ", "Character referee  | "), (P, g.person().full), ", ", (O, g.org()), "\n")
    d.w("Moving from        | ", (L, g.address()), "\n")
    d.w(pick(g, "Screened by        | ", "Checked by         | ", "Agent              | "), (P, g.person().full), " on ", (DT, g.date_e(2025, 2026)), "\n\n")
    d.w("Applicant ", (P, p.upper), " cleared; unit ", g.order_id(), ", firmware ", g.version_ip_like(), ".\n")


# --- medical -------------------------------------------------------------------------------------

def h_operative_note(d, g):
    pt, surg, an = g.people(3)
    d.w("OPERATION NOTE — ", (O, g.r.choice(HOSPITALS_E)), "\n\n")
    d.w(pick(g, "Pt: ", "Patient: ", "Name: "), (P, f"{pt.last.upper()}, {pt.first}"), "   MRN ", g.digits(8), "   DOB ", (DT, g.date_e(1940, 2010)), "\n")
    d.w(pick(g, "Surgeon: Mr ", "Operating surgeon: ", "Lead surgeon: Ms "), (P, surg.full), "\nAnaesthetist: Dr ", (P, an.full), "\n")
    d.w(pick(g, "Next of kin: ", "Emergency contact: ", "Relative informed: "), (P, g.person().full), ", tel ", (PH, g.phone_nat()), "\n\n")
    d.t("Procedure: laparoscopic cholecystectomy. Uneventful. ")
    later(d, g, pt, ("given", "family"))
    d.t(" to be reviewed by ")
    later(d, g, surg, ("family", "init"))
    d.t(pick(g, " in two weeks.\n", " before discharge.\n"))


def h_clinic_list(d, g):
    ps = g.people(3)
    doc = g.person()
    d.w("Outpatient clinic — ", (DT, g.date_e(2025, 2026)), pick(g, " — clinician: ", " — consultant: ", " — seen by: "), (P, doc.initial_last), "\n\n")
    d.t("Time   Patient                       Notes\n")
    for p in ps:
        d.w(f"{g.r.randint(9, 16):02d}:{g.r.choice(['00', '20', '40'])}  ", (P, pick(g, p.upper, p.last_first, p.full)), "  ")
        d.t(pick(g, "new referral; ", "follow-up; ", "phone review; "))
        d.w("carer ", (P, g.person().full), " ", (PH, g.phone_nat()), "\n")
    later(d, g, ps[0], ("given",))
    d.t(" needs an interpreter.\n")


# --- HR ------------------------------------------------------------------------------------------

def h_probation_review(d, g):
    emp, rev = g.people(2)
    d.w(pick(g, "PROBATION REVIEW\nStaff member — ", "PROBATION REVIEW\nEmployee name — ", "PROBATION REVIEW\nNew starter — "), (P, emp.full), pick(g, "\nReviewer — ", "\nAssessed by — ", "\nManager — "), (P, rev.full), "\nReview date — ", (DT, g.date_e(2025, 2026)), "\n\n")
    d.t("Outcome: confirmed in post.\n\n")
    later(d, g, emp, ("given", "family"))
    d.w(" will be joining ", (O, g.org()), pick(g, " on secondment next quarter. ", " for a six-month placement. "))
    later(d, g, rev, ("given",))
    d.t(" to sign off the objectives.\n")


def h_hr_roster_tsv(d, g):
    ps = g.people(g.r.randint(3, 5))
    d.t("Vorname\tNachname\tE-Mail\tTelefon\tStandort\tEintritt\n")
    for p in ps:
        d.w((P, p.first), "\t", (P, p.last), "\t", (EM, g.email(p)), "\t", (PH, g.phone_nat()), "\t", (L, g.city()[0]), "\t", (DT, g.date_e(2012, 2026)), "\n")


# --- legal / insurance ---------------------------------------------------------------------------

def h_power_of_attorney(d, g):
    donor, att = g.people(2)
    d.t("LASTING POWER OF ATTORNEY — property and financial affairs\n\n")
    d.w("Donor: ", (P, donor.upper), "\nAttorney: ", (P, att.upper), "\n\n")
    d.w("I, ", (P, donor.full), ", of ", (L, g.address()), ", appoint ", (P, att.full), " of ", (L, g.address()), " to act as my attorney.\n\n")
    later(d, g, att, ("family", "caps"))
    d.w(" may not sell my home without the consent of ", (O, g.org()), ".\n\nSigned ", (DT, g.date_e(2025, 2026)), "  ", (P, donor.initial_last), "\n")


def h_loss_adjuster(d, g):
    ins, tp, adj = g.people(3)
    d.w(pick(g, "LOSS ADJUSTER'S REPORT\nPrepared by: ", "LOSS ADJUSTER'S REPORT\nAdjuster: ", "LOSS ADJUSTER'S REPORT\nAuthor: "), (P, adj.full), ", ", (O, g.org()), "\n\n")
    d.w(pick(g, "Insured: ", "Insured person: ", "Name of insured: "), (P, ins.full), pick(g, "\nThird party: ", "\nOther driver: ", "\nClaimant (TP): "), (P, tp.full), "\nInsurer ref: ", g.order_id(), "\n")
    d.w("Incident: ", (DT, g.date_e(2025, 2026)), ", ", (L, g.us_city()), "\n\n")
    d.t("We met ")
    later(d, g, ins, ("family",))
    d.w(" at the property. The third party's vehicle (", g.r.choice(PRODUCTS_E), " trim) struck the garden wall. ")
    d.w("Please contact me on ", (PH, g.phone_nat()), " ext. ", str(g.r.randint(10, 999)), ".\n\n")
    d.w((P, adj.first), "\n")


# --- support / chat / transcripts ----------------------------------------------------------------

def h_helpdesk_ticket(d, g):
    cust, ag = g.people(2)
    d.w("Ticket: HD-", g.digits(5), pick(g, "\nContact: ", "\nRaised by: ", "\nEnd user: "), (P, cust.last_first), " (", (EM, g.email(cust)), ")\n")
    d.w(pick(g, "Assigned to: ", "Agent: ", "Engineer: "), (P, ag.full), "\nProduct: ", g.r.choice(PRODUCTS_E), "\n\n")
    d.w("[customer] The screen flickers since update ", g.version_ip_like(), ". Reach me at ", (PH, g.phone_any()), ".\n")
    d.w("[agent] Hello ", (P, cust.first), ", could you try a factory reset?\n")
    d.w("[customer] done, fixed. thanks ", (P, ag.first.lower()), "\n")
    d.w("[agent] Glad to hear it! — ", (P, ag.first), ", ", (O, g.org()), "\n")


def h_chat_colon(d, g):
    ps = g.people(3)
    lines = ["who has the keys?", "me", "k", "train delayed again", "on my way", "can someone cover friday"]
    for i in range(g.r.randint(5, 8)):
        p = ps[i % 3]
        d.w((P, pick(g, p.first.lower(), p.first)), ": ", g.r.choice(lines))
        if g.r.random() < 0.3:
            d.w(" cc ", (P, ps[(i + 2) % 3].first.lower()))
        d.t("\n")
    d.w(f"{g.r.randint(1, 28):02d}/{g.r.randint(1, 12):02d}/24, {g.r.randint(8, 22)}:{g.r.randint(0, 59):02d} - ", (P, ps[1].full), ": ")
    d.w("I'll ask ", (P, ps[2].first), "\n")


def h_teams_display(d, g):
    ps = g.people(2)
    msgs = ["Slides are in the shared folder.", "Who's presenting?", "I can take section 3.", "Budget approved.",
            "Running five minutes late."]
    for i in range(g.r.randint(3, 5)):
        p = ps[i % 2]
        d.w((P, pick(g, p.full, p.last_first)), f" · {g.r.randint(8, 18)}:{g.r.randint(0, 59):02d}\n", g.r.choice(msgs), "\n\n")
    d.w((P, ps[1].full), f" · {g.r.randint(8, 18)}:{g.r.randint(0, 59):02d}\n", "cheers ")
    later(d, g, ps[0], ("given", "lower"))
    d.t("!\n")


def h_podcast_transcript(d, g):
    host, guest = g.people(2)
    d.w("Episode 14 — recorded ", (DT, g.date_e(2025, 2026)), "\n\n")
    d.w((P, host.full), " (00:00:04): Welcome back. My guest today founded ", (O, g.org()), ".\n")
    d.w((P, guest.full), " (00:00:11): Thanks for having me.\n")
    d.w((P, host.full), " (00:00:15): You grew up in ", (L, g.city()[0]), ", right?\n")
    d.w((P, guest.full), " (00:00:19): Yes, until I was twelve.\n")
    d.w((P, host.full), " (00:00:23): ")
    later(d, g, guest, ("given",))
    d.t(", what made you start the company?\n")


# --- e-mail --------------------------------------------------------------------------------------

def h_forwarded_mail(d, g):
    a, b, c = g.people(3)
    d.w("---------- Forwarded message ---------\nFrom: ", (P, a.full), " <", (EM, g.email(a)), ">\n")
    d.w("Date: ", g.datetime(), "\nSubject: invoice query\nTo: \"", (P, b.last_first), "\" <", (EM, g.email(b)), ">\n\n")
    d.w("Dear ", pick(g, "Ms ", "Mr ", "Dr "), (P, b.last), ",\n\n")
    d.w("Our records show invoice ", g.order_id(), " was settled on ", (DT, g.date_e(2025, 2026)), ". ")
    d.w("My colleague ", (P, c.full), " can confirm; ")
    later(d, g, c, ("given",))
    d.t(" is in the office on Tuesdays.\n\n")
    d.w("Kind regards,\n", (P, a.full), "\n", (O, g.org()), "\n")


def h_formal_letter(d, g):
    p, s = g.people(2)
    d.w((DT, g.date_e(2025, 2026)), "\n\nTo: ", (P, p.upper), "\n", (L, g.address()), "\n\n")
    d.w("Dear ", pick(g, "Mrs ", "Mr ", "Prof. "), (P, p.last), ",\n\n")
    d.w("On behalf of ", (O, g.org()), ", I am pleased to confirm your membership. ")
    d.w("Your account manager is ", (P, s.full), " (", (PH, g.phone_nat()), ").\n\n")
    d.w("With best wishes,\n\n", (P, s.initial_last), "\n")


# --- developer files -----------------------------------------------------------------------------

def h_patch_mail(d, g):
    a, b, c = g.people(3)
    d.w("From ", g.digits(8), "abcdef Mon Sep 17 00:00:00 2001\nFrom: ", (P, a.full), " <", (EM, g.email(a)), ">\n")
    d.w("Date: ", g.datetime(), "\nSubject: [PATCH v2] net: drop stale neighbour entries\n\n")
    d.t("Entries older than the GC interval were kept when the table was full.\n\n")
    d.w("Reviewed-by: ", (P, b.full), " <", (EM, g.email(b)), ">\n")
    d.w("Tested-by: ", (P, c.full), " <", (EM, g.email(c)), ">\n")
    d.w("Signed-off-by: ", (P, a.full), " <", (EM, g.email(a)), ">\n---\n net/core/neighbour.c | 4 ++--\n")


def h_pkg_manifests(d, g):
    ps = g.people(3)
    d.t("# Cargo.toml\n[package]\nname = \"quarry-index\"\nversion = \"0.9.2\"\n")
    d.w("authors = [\"", (P, ps[0].full), " <", (EM, g.email(ps[0])), ">\"]\n\n")
    d.t("# pyproject.toml\n[project]\nname = \"solenne-tools\"\n")
    d.w("maintainers = [{name = \"", (P, ps[1].full), "\", email = \"", (EM, g.email(ps[1])), "\"}]\n\n")
    d.w("# debian/control\nSource: solenne-tools\nMaintainer: ", (P, ps[2].full), " <", (EM, g.email(ps[2])), ">\n")


def h_vcard(d, g):
    p = g.person()
    d.t("BEGIN:VCARD\nVERSION:4.0\n")
    d.w("FN:", (P, p.full), "\nN:", (P, p.last), ";", (P, p.first), ";;;\n")
    d.w("ORG:", (O, g.org()), "\nTEL;TYPE=cell:", (PH, g.phone_nat()), "\nEMAIL:", (EM, g.email(p)), "\n")
    d.w("BDAY:", (DT, g.date_e(1950, 2000)), "\nADR;TYPE=home:;;", (L, g.address()), "\nEND:VCARD\n")


# --- records -------------------------------------------------------------------------------------

def h_json_applicant(d, g):
    p, q = g.people(2)
    d.t("{\"applicant\": {\n")
    d.w("    \"givenName\": \"", (P, p.first), "\",\n    \"familyName\": \"", (P, p.last), "\",\n")
    d.w("    \"dateOfBirth\": \"", (DT, g.date_e(1950, 2005)), "\",\n")
    d.w("    \"emergencyContact\": {\"fullName\": \"", (P, q.full), "\", \"tel\": \"", (PH, g.phone_nat()), "\"}\n  },\n")
    d.w(" \"agent_version\": \"", g.version_ip_like(), "\", \"sourceIp\": \"", (IP, g.ip()), "\"}")


def h_yaml_owner(d, g):
    p, q = g.people(2)
    d.t("service: billing-api\ntier: 1\n")
    d.w("owner:\n  name: ", (P, p.full), "\n  email: ", (EM, g.email(p)), "\n  phone: \"", (PH, g.phone_nat()), "\"\n")
    d.w("escalation:\n  - name: ", (P, q.full), "\n    team: ", (O, g.org()), "\n")
    d.t("oid: " + g.version_ip_like() + "\n")


# --- prose ---------------------------------------------------------------------------------------

def h_appointment_news(d, g):
    a, b = g.people(2)
    org = g.org()
    d.w((O, org), " has appointed ", (P, a.full), " as chief financial officer, succeeding ", (P, b.full), ", who retires after eleven years. ")
    later(d, g, a, ("family", "part"))
    d.w(" was previously treasurer at ", (O, g.org()), " in ", (L, g.city()[0]), ".\n\n")
    d.t("\"")
    later(d, g, b, ("given",))
    d.t(" built a remarkable finance team,\" the chair said. ")
    later(d, g, a, ("family",))
    d.w(" starts on ", (DT, g.date_e(2025, 2026)), ".\n")


def h_speaker_bio(d, g):
    p = g.person()
    d.w("About the speaker\n\n", (P, p.full), " is a researcher at the ", (O, g.r.choice(UNIS_E)), ". Born in ", (L, g.city()[0]), ", ")
    later(d, g, p, ("family",))
    d.t(" spent a decade in industry before returning to academia. ")
    later(d, g, p, ("family", "part", "caps"), poss=True)
    d.w(" talk is on ", (DT, g.date_e(2025, 2026)), " in the Main Hall.\n")


def h_board_minutes(d, g):
    ps = g.people(4)
    d.w("BOARD MEETING — ", (DT, g.date_e(2025, 2026)), "\n\nAttendees:\n")
    for p in ps[:3]:
        d.w("  * ", (P, p.full), "\n")
    d.w("Absent: ", (P, ps[3].full), "\n\n")
    d.t("Item 4 — Audit. ")
    later(d, g, ps[0], ("given", "family"))
    d.t(" presented the auditor's letter.\nOutcome: ")
    later(d, g, ps[1], ("given", "init"))
    d.t(" will circulate the revised budget.\n")


def h_caps_wire(d, g):
    p = g.person()
    d.w("OUTGOING WIRE TRANSFER\nBENEFICIARY NAME: ", (P, p.upper), "\nBENEFICIARY IBAN: ", (IBAN, g.iban()), "\n")
    d.w("BENEFICIARY BANK: ", (O, g.org().upper()), "\nORDERING CUSTOMER: ", (P, g.person().upper), "\nVALUE DATE: ", (DT, g.date_e(2025, 2026)), "\n")
    d.w("REF: ", g.order_id(), "\nCONTACT: ", (PH, g.phone_nat()), "\n")


def h_school_contacts(d, g):
    pupil = g.person()
    cs = g.people(2)
    d.w("Pupil contact sheet — ", (O, g.r.choice(["Nordvik College", "Brindlewood Primary School"])), pick(g, "\n\nPupil: ", "\n\nStudent: ", "\n\nChild's name: "), (P, pupil.full), "\nDOB: ", (DT, g.date_e(2010, 2020)), "\n")
    for i, c in enumerate(cs, 1):
        d.w(pick(g, f"Responsible adult {i}: ", f"Parent/carer {i}: ", f"Guardian {i}: "), (P, c.full), " — mobile ", (PH, g.phone_nat()), ", work ", (PH, g.phone_nat()), " ext. ", str(g.r.randint(10, 999)), "\n")
    d.t("Allergies: none known.\n")


# --- PII-free ------------------------------------------------------------------------------------

def h_neg_firmware_log(d, g):
    d.t("Firmware changelog\n\n")
    for _ in range(g.r.randint(3, 5)):
        d.t(pick(g, f"* build {g.version_ip_like()}: watchdog tuned",
                 f"* MIB object {g.version_ip_like()} added for fan speed",
                 f"* {g.r.choice(PRODUCTS_E)}: Power Saving Mode fixed",
                 f"* shipment {g.order_id()} recalled units patched") + "\n")
    d.t("All Rights Reserved.\n")


def h_neg_store_policy(d, g):
    d.t(pick(g, "Returns and Exchanges", "Warranty Terms") + "\n\n")
    d.t("The Customer may return any Eligible Item within 30 days. ")
    d.t(f"Items such as {g.r.choice(PRODUCTS_E)} (SKU {g.order_id()}) must be unopened. ")
    d.t("Refunds are issued to the Original Payment Method. The Store Manager may approve Exceptions.\n")


def h_neg_dependency_list(d, g):
    d.t("Dependencies\n\n")
    for sw in g.r.sample(SOFTWARE_E, 4):
        d.t(f"  {sw:<10} {g.r.randint(1, 6)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}\n")
    d.t(f"\nPinned agent build {g.version_ip_like()} for the Staging Cluster.\n")
