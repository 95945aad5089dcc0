"""Set F, HELD-OUT half, part 2: messages, developer files, records, prose, and the PII-free templates (h_*)."""
from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def h_zendesk(d, g):
    c, a = g.people(2)
    d.w("Ticket #", g.digits(6), " — Refund not received\nRequester: ", (P, c.full), " (", (EM, g.email(c)), ")\n")
    d.w("Assignee: ", (P, a.full), "\n\n", (P, form(a, "given")), " (Agent): Hi ", (P, form(c, "given")), ", I have escalated this to billing.\n")


def h_github_issue(d, g):
    a, b = g.people(2)
    d.w("Crash on startup with ", g.r.choice(SOFTWARE_F), " ", g.version(), " #", g.digits(4), "\nOpened by ", (P, form(a, "lower")), "\n\n")
    d.w((P, form(b, "lower")), " commented\nCan you share the full trace? cc @", (P, form(a, "lower")), "\n")


def h_gerrit_review(d, g):
    a, b = g.people(2)
    d.w("Patch Set 3: Code-Review-1\n\n(2 comments)\n\nsrc/cache.rs line 88: ", (P, form(a, "given")), ", this lock is held across await.\n")
    d.w("Uploaded by ", (P, b.full), " <", (EM, g.email(b)), ">\nReviewer: ", (P, a.full), "\n")


def h_cargo_toml(d, g):
    a, b = g.people(2)
    d.w("[package]\nname = \"ledger-sync\"\nversion = \"", g.r.choice(["0.4.2", "1.12.0"]), "\"\nauthors = [\"", (P, a.full), " <", (EM, g.email(a)), ">\", \"")
    d.w((P, b.full), "\"]\nedition = \"2021\"\n")


def h_pom_xml(d, g):
    d.t("<project>\n  <developers>\n")
    for p in g.people(2):
        d.w("    <developer>\n      <name>", (P, p.full), "</name>\n      <email>", (EM, g.email(p)), "</email>\n")
        d.w("      <organization>", (O, g.org()), "</organization>\n    </developer>\n")
    d.t("  </developers>\n</project>\n")


def h_authors(d, g):
    d.t("# This is the list of significant contributors.\n# Names should be added in alphabetical order.\n\n")
    for p in g.people(4):
        d.w((P, p.full), (" <" if g.r.random() < 0.6 else ""))
        if d.parts[-1] == " <":
            d.w((EM, g.email(p)), ">")
        d.t("\n")


def h_teams(d, g):
    a, b = g.people(2)
    d.w("[", f"{g.r.randint(8, 17)}:{g.r.randint(10, 59)}", "] ", (P, form(a, "lastfirst")), "\nCan you send me the slides?\n")
    d.w("[", f"{g.r.randint(8, 17)}:{g.r.randint(10, 59)}", "] ", (P, form(b, "lastfirst")), "\nSure ", (P, form(a, "given")), ", uploading now\n")


def h_telegram(d, g):
    a, b = g.people(2)
    d.w((P, form(a, "full")), ", [", (DT, g.date_f(2025, 2026)), "]\nwho has the keys to the van?\n\n")
    d.w((P, form(b, "given")), ", [", (DT, g.date_f(2025, 2026)), "]\n", (P, form(a, "given")), " I left them with reception\n")


def h_discord(d, g):
    a, b = g.people(2)
    d.w((P, form(a, "lower")), " — Today at 21:04\nanyone up for a raid?\n", (P, form(b, "lower")), " — Today at 21:06\n")
    d.w("@", (P, form(a, "lower")), " give me 10\n")


def h_irc(d, g):
    a, b = g.people(2)
    d.w("[21:04] <", (P, form(a, "lower")), "> build is red again\n[21:05] <", (P, form(b, "lower")), "> ", (P, form(a, "lower")), ": flaky test, rerun it\n")
    d.w("[21:06] * ", (P, form(a, "lower")), " reruns\n")


def h_voicemail(d, g):
    p = g.person()
    d.w("Voicemail from ", (PH, g.phone_f()), " (", (DT, g.date_f(2025, 2026)), ")\n")
    d.w("\"Hi, it's ", (P, form(p, pick(g, "given", "full"))), " from ", (O, g.org()), ", calling about the quote. Call me back on ")
    d.w((PH, g.phone_f()), ". Thanks, bye.\"\n")


def h_meeting_transcript(d, g):
    a, b = g.people(2)
    d.w("00:00:04 ", (P, a.full), ": Okay, let's start. ", (P, form(b, "given")), ", can you share your screen?\n")
    d.w("00:00:11 ", (P, b.full), ": Yes, one second.\n00:01:40 ", (P, a.full), ": The numbers from ", (L, g.city()[0]), " look low.\n")


def h_ics(d, g):
    o, a = g.people(2)
    d.w("BEGIN:VEVENT\nSUMMARY:Quarterly planning\nORGANIZER;CN=", (P, o.full), ":mailto:", (EM, g.email(o)), "\n")
    d.w("ATTENDEE;CN=", (P, a.full), ";RSVP=TRUE:mailto:", (EM, g.email(a)), "\nLOCATION:", (L, g.address()), "\nEND:VEVENT\n")


def h_tsv_staff(d, g):
    d.t("Nachname\tVorname\tAbteilung\tTelefon\n")
    for p in g.people(3):
        d.w((P, p.family), "\t", (P, p.first) if not p.mono else "-", "\tEinkauf\t", (PH, g.phone_f()), "\n")


def h_yaml_contacts(d, g):
    d.t("contacts:\n")
    for p in g.people(2):
        d.w("  - display_name: ", (P, p.full), "\n    mobile: \"", (PH, g.phone_f()), "\"\n    city: ", (L, g.city()[0]), "\n")


def h_xml_customer(d, g):
    p = g.person()
    d.w("<Customer id=\"", g.digits(6), "\">\n  <Nom>", (P, p.family), "</Nom>\n  <Prenom>", (P, p.first) if not p.mono else "", "</Prenom>\n")
    d.w("  <Courriel>", (EM, g.email(p)), "</Courriel>\n  <Ville>", (L, g.city()[0]), "</Ville>\n</Customer>\n")


def h_fixed_width(d, g):
    d.t("ACCT      NAME                          BALANCE   OPENED\n")
    for p in g.people(3):
        n = form(p, "capslastfirst")
        dt = g.date_f(2000, 2025)
        d.w(g.digits(8), "  ", (P, n), " " * max(2, 30 - len(n)), f"{g.r.randint(10, 9999)}.{g.digits(2)}   ", (DT, dt), "\n")


def h_rsvp(d, g):
    d.t("RSVPs so far\n")
    for p in g.people(3):
        d.w("✔ ", (P, anyform(g, p, ("full", "western", "init"))), pick(g, " +1", "", " (vegetarian)"), "\n")
    d.w("Venue: ", (O, "The Oakhurst Vane Rooms"), ", ", (L, g.city()[0]), "\n")


def h_class_notes(d, g):
    p, q = g.people(2)
    d.w("Class of 2009 notes: ", (P, p.full), " writes from ", (L, f"{g.city()[0]}, {g.city()[1]}"), " that she married ")
    d.w((P, q.full), " last spring. ", (P, form(p, "given")), " and ", (P, form(q, "given")), " now run a bakery.\n")


def h_speakers(d, g):
    d.t("SPEAKERS\n")
    for p in g.people(3):
        d.w((P, p.full), " — ", pick(g, "CTO", "Professor of Economics", "Founder"), ", ", (O, g.org()), "\n")


def h_roster(d, g):
    d.t("U14 squad\n#  Player\n")
    for i, p in enumerate(g.people(4), 1):
        d.w(f"{i * 3:<2} ", (P, form(p, pick(g, "init", "full", "capsfull"))), "\n")
    d.w("Coach: ", (P, g.person().full), " ", (PH, g.phone_f()), "\n")


def h_viewing_feedback(d, g):
    a, b = g.people(2)
    d.w("Viewing feedback — ", (L, g.address()), "\n", (P, form(a, "full")), " (applicant): liked the garden, worried about parking.\n")
    d.w("Agent note: ", (P, form(b, "given")), " to call ", (P, form(a, "given")), " on ", (DT, g.date_f(2025, 2026)), ".\n")


def h_biography_short(d, g):
    p = g.person()
    d.w("About the author\n", (P, p.full), " grew up in ", (L, g.city()[0]), " and teaches at ", (O, g.r.choice(SCHOOLS_F)), ". ")
    d.w("This is ", (P, form(p, "family")), "'s third novel.\n")


# --- PII-free ------------------------------------------------------------------------------------

def h_neg_changelog(d, g):
    d.t(f"## [{g.version()}] - unreleased\n### Changed\n")
    for s in g.r.sample([f"Bump {g.r.choice(SOFTWARE_F)} from {g.version()} to {g.version()}", "Remove deprecated Legacy Mode",
                         f"Support {g.r.choice(SOFTWARE_F)} runners", "Faster cold start", f"Accept OID {g.version_ip_like()}"], 3):
        d.t(f"- {s}\n")


def h_neg_spec_sheet(d, g):
    prod = g.r.choice(PRODUCTS_F)
    d.t(f"{prod} — Technical Specifications\nWeight\t{g.r.randint(180, 900)} g\nBattery\t{g.r.randint(2, 9)}000 mAh\n")
    d.t(f"Firmware\t{g.version()}\nPart No.\t{g.invoice_no()}\n")


def h_neg_cron(d, g):
    for _ in range(3):
        d.t(f"{g.r.randint(0, 59)} {g.r.randint(0, 23)} * * {g.r.randint(0, 6)} /opt/jobs/{pick(g, 'rotate_logs', 'vacuum_db', 'sync_assets')}.sh >> /var/log/cron.log\n")
    d.t("# Managed by Ansible, do not edit by hand\n")


def h_neg_menu(d, g):
    d.t("Lunch Menu\n")
    for dish in g.r.sample(["Roast Squash Soup", "Chicken Caesar Wrap", "Mushroom Risotto", "Lemon Tart", "Falafel Bowl"], 3):
        d.t(f"{dish} ........ {g.r.randint(4, 14)}.50\n")
    d.t("Allergens: please ask a Team Member.\n")


def h_neg_style_guide(d, g):
    sw = g.r.choice(SOFTWARE_F)
    d.t(f"Writing Style Guide\nUse Sentence case for headings. Write {sw} with a capital letter.\n")
    d.t("Avoid Click Here links; name the Destination Page instead.\n")
