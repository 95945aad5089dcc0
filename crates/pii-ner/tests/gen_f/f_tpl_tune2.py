"""Set F, TUNE half, part 2: messages, developer files, records, prose, and the PII-free templates (t_*)."""
import json

from f_common import CC, DL, DT, EM, IBAN, IP, PASS, PH, SSN, URL, L, O, P, anyform, form, lab, later, pick, title  # noqa: F401
from f_data import PRODUCTS_F, SCHOOLS_F, SOFTWARE_F


def t_press_release(d, g):
    p, q = g.people(2)
    org = g.org()
    d.w("FOR IMMEDIATE RELEASE\n", (L, g.city()[0].upper()), ", ", (DT, g.date_f(2025, 2026)), " — ", (O, org), " today launched the ")
    d.w(g.r.choice(PRODUCTS_F), ". \"This is a big step for us,\" said ", (P, p.full), ", chief executive. ")
    later(d, g, p, ("family",))
    d.w(" added that shipping starts in spring.\nMedia contact: ", (P, q.full), ", ", (EM, g.email(q)), "\n")


def t_linkedin(d, g):
    p, r = g.people(2)
    c = g.city()
    d.w((P, p.full), "\n", pick(g, "Senior Data Engineer", "Head of Procurement", "Clinical Pharmacist"), " at ", (O, g.org()), "\n")
    d.w((L, f"{c[0]}, {c[1]}"), " · 500+ connections\n\nExperience\n")
    d.w((O, g.org()), "  2019 – present\n")
    d.w("Recommendations\n\"", (P, form(p, "given")), " is the most thorough colleague I have had.\" — ", (P, r.full), "\n")


def t_reference_letter(d, g):
    p, w = g.people(2)
    d.w("To whom it may concern,\n\nI have known ", (P, p.full), " since ", (DT, g.date_f(2015, 2022)), ", when ")
    d.w(pick(g, "she", "he", "they"), " joined ", (O, g.org()), " as a trainee. ")
    later(d, g, p, ("given", "family"), poss=True)
    d.w(" work was always careful.\n\nYours faithfully,\n", (P, w.full), "\n", (EM, g.email(w)), "\n")


def t_jira(d, g):
    a, r, c = g.people(3)
    d.w(f"PAY-{g.r.randint(100, 9999)}: Refund fails for multi-currency baskets\n")
    d.w("Assignee:\t", (P, a.full), "\nReporter:\t", (P, r.full), "\nPriority:\tMajor\nFix Version/s:\t", g.version(), "\n\n")
    d.w((P, form(c, "full")), " added a comment - ", (DT, g.date_f(2025, 2026)), "\n")
    d.w("[~", (P, form(a, "lower")), "] can you check the ", g.r.choice(SOFTWARE_F), " job?\n")


def t_github_pr(d, g):
    a, b = g.people(2)
    ha, hb = form(a, "lower"), form(b, "lower")
    d.w("#", g.digits(4), " Bump parser to ", g.version(), "\n")
    d.w((P, ha), " wants to merge 3 commits into main\n\n")
    d.w((P, hb), " commented: LGTM, but @", (P, ha), " please add a test for the empty case.\n")
    d.w((P, ha), " commented: Thanks @", (P, hb), ", done.\n")


def t_commit_log(d, g):
    a, b = g.people(2)
    d.w("commit ", "".join(g.r.choice("0123456789abcdef") for _ in range(40)), "\n")
    d.w("Author: ", (P, a.full), " <", (EM, g.email(a)), ">\nDate:   Tue Mar 3 10:12:44 2026 +0100\n\n")
    d.w("    Fix off-by-one in pager\n\n    Reported-by: ", (P, b.full), " <", (EM, g.email(b)), ">\n")


def t_package_json(d, g):
    a, b = g.people(2)
    doc = {"name": "@veltrona/ui-grid", "version": g.version(),
           "author": f"{a.full} <{g.email(a)}>", "contributors": [{"name": b.full, "email": g.email(b)}]}
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    cursor = 0
    for val, ty in ((a.full, P), (doc["author"].split("<")[1][:-1], EM), (b.full, P), (doc["contributors"][0]["email"], EM)):
        i = text.index(val, cursor)
        d.t(text[cursor:i])
        d.e(ty, val)
        cursor = i + len(val)
    d.t(text[cursor:] + "\n")


def t_mailmap(d, g):
    ps = g.people(3)
    d.t("# .mailmap\n")
    for p in ps:
        e1, e2 = g.email(p), g.email(p)
        d.w((P, p.full), " <", (EM, e1), "> ", (P, form(p, pick(g, "lowerfull", "given", "init"))), " <", (EM, e2), ">\n")


def t_slack(d, g):
    a, b = g.people(2)
    d.w((P, a.full), "  ", f"{g.r.randint(8, 18)}:{g.r.randint(10, 59)}", "\n")
    d.w("has anyone seen the ", g.r.choice(PRODUCTS_F), " demo deck?\n")
    d.w((P, b.full), "  ", f"{g.r.randint(8, 18)}:{g.r.randint(10, 59)}", "\n")
    d.w("@", (P, form(a, "given")), " it is in the drive, ", (P, form(g.person(), "full")), " moved it\n")


def t_sms_export(d, g):
    a = g.person()
    d.w("Conversation with ", (P, a.full), " (", (PH, g.phone_f()), ")\n")
    d.w("[", (DT, g.date_f(2025, 2026)), "] Me: running 10 min late\n")
    d.w("[", (DT, g.date_f(2025, 2026)), "] ", (P, form(a, "given")), ": no worries, see you at the station\n")


def t_call_transcript(d, g):
    ag, cu = g.people(2)
    d.w("Call ID ", g.digits(9), "\nAGENT (", (P, form(ag, "given")), "): Thank you for calling, who am I speaking with?\n")
    d.w("CUSTOMER: It's ", (P, cu.full), ". My date of birth is ", (DT, g.date_f(1950, 2004)), ".\n")
    d.w("AGENT (", (P, form(ag, "given")), "): Thanks, ", (P, form(cu, pick(g, "given", "family"))), ". And the postcode?\n")


def t_email_thread(d, g):
    a, b = g.people(2)
    d.w("Hi ", (P, form(a, "given")), ",\n\nConfirmed for Thursday. I will bring the contract.\n\nBest,\n", (P, form(b, "given")), "\n\n")
    d.w("On ", (DT, g.date_f(2025, 2026)), ", ", (P, a.full), " <", (EM, g.email(a)), "> wrote:\n")
    d.w("> Can we meet at the ", (L, g.city()[0]), " office?\n> ", (P, form(a, "init")), "\n\n")
    d.w("-- \n", (P, b.full), " | ", (O, g.org()), " | ", (PH, g.phone_f()), "\n")


def t_vcard(d, g):
    p = g.person()
    d.w("BEGIN:VCARD\nVERSION:3.0\nFN:", (P, p.full), "\n")
    if not p.mono:
        d.w("N:", (P, p.last), ";", (P, p.first), ";;;\n")
    d.w("ORG:", (O, g.org()), "\nTEL;TYPE=cell:", (PH, g.phone_f()), "\nEMAIL:", (EM, g.email(p)), "\nEND:VCARD\n")


def t_csv_members(d, g):
    d.t("member_id;surname;forename;joined;phone\n")
    for p in g.people(3):
        d.w(g.digits(6), ";", (P, p.family), ";", (P, p.first) if not p.mono else "", ";", (DT, g.date_f(2010, 2026)), ";", (PH, g.phone_f()), "\n")


def t_json_record(d, g):
    p = g.person()
    vals = [("patientName", P, p.full), ("city", L, g.city()[0]), ("gp", P, g.person().full), ("dob", DT, g.date_f(1950, 2010))]
    d.t("{\n  \"recordId\": \"" + g.digits(8) + "\",\n")
    for i, (k, ty, v) in enumerate(vals):
        d.w(f"  \"{k}\": \"", (ty, v), "\"" + ("," if i < len(vals) - 1 else "") + "\n")
    d.t("}\n")


def t_html_table(d, g):
    d.t("<table>\n<tr><th>Name</th><th>Team</th><th>Email</th></tr>\n")
    for p in g.people(3):
        d.w("<tr><td>", (P, p.full), "</td><td>Logistics</td><td>", (EM, g.email(p)), "</td></tr>\n")
    d.t("</table>\n")


def t_app_log(d, g):
    a, b = g.people(2)
    d.w("2026-02-11T09:14:02Z INFO  login ok user=\"", (P, a.full), "\" ip=", (IP, g.ip()), "\n")
    d.w("2026-02-11T09:14:09Z WARN  quota 91% for ", (P, form(b, "lastfirst")), " (", (EM, g.email(b)), ")\n")
    d.w("2026-02-11T09:15:30Z INFO  build ", g.version(), " deployed by ", (P, form(a, "lower")), "\n")


def t_yaml_config(d, g):
    a, b = g.people(2)
    d.w("service: invoice-renderer\nversion: ", g.version(), "\nowner:\n  name: ", (P, a.full), "\n  email: ", (EM, g.email(a)), "\n")
    d.w("oncall_backup: ", (P, b.full), "\n")


def t_survey(d, g):
    for p in g.people(2):
        d.w("Respondent: ", (P, form(p, pick(g, "full", "given", "init"))), "\nQ4 What could we improve?\n")
        d.t(pick(g, "Faster delivery to rural areas.\n", "The app crashes when I upload photos.\n", "Nothing, great service.\n"))
    d.t("\n")


def t_forum_post(d, g):
    p, q = g.people(2)
    d.w("Re: ", g.r.choice(PRODUCTS_F), " won't pair after update\n\n")
    d.w("Quote from ", (P, form(q, "given")), ": \"Have you tried a factory reset?\"\n\n")
    d.w("Yes, twice. Still stuck on the logo.\n\n-- ", (P, form(p, pick(g, "given", "full"))), ", ", (L, g.city()[0]), "\n")


def t_review(d, g):
    p = g.person()
    d.w("★★★★☆  Solid, but the strap broke\n", "Bought the ", g.r.choice(PRODUCTS_F), " for hiking. Battery is great.\n")
    d.w("— ", (P, pick(g, f"{p.first} {p.last[:1]}." if not p.mono else p.first, p.full)), ", verified buyer, ", (DT, g.date_f(2025, 2026)), "\n")


def t_news(d, g):
    p, q = g.people(2)
    d.w((L, g.city()[0]), " councillor ", (P, p.full), " has resigned after ", pick(g, "twelve", "nine"), " years. ")
    later(d, g, p, ("family",))
    d.w(" told the ", (O, f"{g.city()[0]} Herald"), " that ", pick(g, "her", "his"), " deputy, ", (P, q.full), ", would stand.\n")


def t_biography(d, g):
    p = g.person()
    c = g.city()
    d.w((P, p.full), " (born ", (DT, g.date_f(1950, 1990)), ") is a ", pick(g, "Georgian", "Chilean", "Nepali", "Icelandic"))
    d.w(" ceramicist. Born in ", (L, c[0]), ", ", (P, form(p, "family")), " studied at ", (O, g.r.choice(SCHOOLS_F)), ".\n")
    d.w((P, form(p, "family")), "'s early work is held in the ", (O, "Crestmoor Museum"), ".\n")


def t_acknowledgements(d, g):
    ps = g.people(3)
    d.w("Acknowledgements\n\nI thank my supervisor ", (P, ps[0].full), " for patience, and ")
    d.w((P, ps[1].full), " and ", (P, ps[2].full), " for reading drafts. Funding came from ", (O, g.org()), ".\n")


# --- PII-free ------------------------------------------------------------------------------------

def t_neg_release_notes(d, g):
    v = g.version()
    d.t(f"Release {v}\n\n")
    for s in g.r.sample([f"Upgraded {g.r.choice(SOFTWARE_F)} to {g.version()}.", "Fixed a crash in the Export Wizard.",
                         f"The {g.r.choice(SOFTWARE_F)} plugin now honours proxy settings.", "Dropped support for Python 3.8.",
                         f"OID {g.version_ip_like()} is now accepted.", "Renamed Advanced Settings to Preferences."], 4):
        d.t(f"- {s}\n")


def t_neg_product_table(d, g):
    d.t("Model        | Price  | Stock\n")
    for prod in g.r.sample(PRODUCTS_F, 4):
        d.t(f"{prod:<12} | {g.r.randint(19, 499)}.00 | {g.r.randint(0, 90)}\n")
    d.t(f"Prices valid until further notice. Order ref {g.invoice_no()}.\n")


def t_neg_headings(d, g):
    d.t(pick(g, "Getting Started With Your New Router\n\n", "Quarterly Business Review Template\n\n"))
    d.t(pick(g, "Before You Begin\n", "Executive Summary\n") + "Read the Safety Notes and keep the Quick Start Guide nearby.\n")
    d.t(pick(g, "Troubleshooting\n", "Next Steps\n") + f"If the Status Light stays amber, reboot and check firmware {g.version()}.\n")


def t_neg_server_log(d, g):
    for _ in range(4):
        d.t(f"2026-01-0{g.r.randint(1, 9)} 0{g.r.randint(0, 9)}:{g.r.randint(10, 59)}:00 {pick(g, 'INFO', 'WARN', 'DEBUG')} "
            f"{pick(g, 'cache warm', 'gc pause 41ms', 'retrying job 7731', 'queue depth 12', 'tls handshake ok')}"
            f" worker={g.r.randint(1, 8)} build={g.version()}\n")


def t_neg_faq(d, g):
    sw = g.r.sample(SOFTWARE_F, 2)
    d.t(f"Q: Does the add-on work with {sw[0]}?\nA: Yes, from version {g.version()}. {sw[1]} support is planned.\n")
    d.t("Q: Where Is My Order?\nA: Tracking appears under Account > Orders within 24 hours.\n")
