"""Set D templates, part 3: publishing and career documents, and the PII-free documents.

Why its own file: running prose (acknowledgements, news, profiles) tests names in sentences, and
the PII-free documents beside them measure false positives; each PII-free template draws its
sentences from small pools so that its documents differ from one another. Tuples are gold spans.
"""
from d_data import NEWSPAPERS_D, PRODUCTS_D, PUBLISHERS_D, SOFTWARE_D
from d_tpl_records import stop

P, L, O = "PERSON", "LOCATION", "ORGANIZATION"
PH, EM, DT, URL = "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_TIME", "URL"


def d_book_ack(d, g):
    ed, ag, h1, h2, fam = g.person(), g.person(), g.person(), g.person(), g.person()
    town = g.town()
    d.w("ACKNOWLEDGEMENTS\n\nThis book began as a series of letters, and it would have stayed that way without ", (P, ag.full),
        ", my agent, who saw a shape in them before I did. At ", (O, g.r.choice(PUBLISHERS_D)), ", ", (P, ed.full),
        " edited the manuscript with patience and a very sharp pencil; ", (P, ed.last), "'s notes made every chapter better.\n\n",
        "In ", (L, town), ", ", (P, h1.first), " and ", (P, h2.full), " lent me a room above their bakery for two winters. ",
        "The staff of the ", (O, g.r.choice(["Saltcote Maritime Museum", "Kittering Public Library", "Northmere Records Office"])),
        " found papers I had given up on.\n\nAny errors are mine. This book is for ", (P, fam.first), ".\n")


def d_thesis_title(d, g):
    a, s1, s2 = g.person(), g.person(), g.person()
    uni = g.uni()
    town, country = g.place()
    d.w("ON THE STABILITY OF GRANULAR FLOWS\nIN ROTATING DRUMS\n\n\nA thesis submitted in partial fulfilment of the\n",
        "requirements for the degree of Doctor of Philosophy\n\nby\n\n", (P, a.full.upper()), "\n\n\nSupervisors:\nProf. ",
        (P, s1.full), "\nDr ", (P, s2.full), "\n\n", "Department of Mechanical Engineering\n", (O, uni), "\n",
        (L, f"{town}, {country}"), "\n\nSubmitted ", (DT, g.date(2025, 2025)), "\n")


def d_conf_programme(d, g):
    k, c1, s1, s2 = g.person(), g.person(), g.person(), g.person()
    d.w("DAY 2 - AUDITORIUM 1, ", (O, g.r.choice(["Halcyon Reach Conference Centre", "Stellbrook Congress Hotel"])), ", ", (L, g.town()),
        "\n\n08:30-09:00   Registration and coffee\n09:00-10:00   KEYNOTE  Machine learning on the edge: the long road\n",
        "              Prof. ", (P, k.full), " (", (O, g.uni()), ")\n10:00-10:30   Break - sponsored by ", (O, g.org()),
        "\n\n10:30-12:00   SESSION 4: Embedded systems   Chair: ", (P, f"{c1.last.upper()}, {c1.first}"), "\n",
        "  10:30  Low-power inference on the ", g.r.choice(PRODUCTS_D), " - ", (P, s1.full), "\n",
        "  11:00  Scheduling under thermal limits - ", (P, f"{s2.first[0]}. {s2.last}"), ", ", (P, s1.last), "\n")


def d_newspaper(d, g):
    p, w, sp = g.person(), g.person(), g.person()
    town = g.town()
    paper = g.r.choice(NEWSPAPERS_D)
    d.w((L, town.upper()), " - A family-run bakery has been told it can stay open after a two-year planning dispute, ",
        "the council confirmed on ", (DT, g.date(2025, 2025)), ".\n\n", (P, p.full), ", ", str(g.r.randint(34, 71)),
        ", who has run the shop with her brother since 2009, said she was \"over the moon\". \"Main Street businesses ",
        "like ours are the first to go,\" ", (P, p.last), " told the ", (O, paper), ".\n\nNeighbour ", (P, w.full),
        " had objected to the early-morning deliveries. A spokesperson for ", (O, g.org()), ", which owns the building, ",
        "declined to comment. Councillor ", (P, sp.full), " said ", (P, p.first), "'s case showed the rules needed work.\n")


def d_cv(d, g):
    p, r = g.person(), g.person()
    d.w((P, p.full.upper()), "\n", (L, g.address()), "  |  ", (PH, g.phone()), "  |  ", (EM, g.email(p)), "\n\n", "PROFILE\n",
        "Data engineer with eight years of Kafka, Redis and Python experience, most recently in logistics.\n\n",
        "EXPERIENCE\n", str(g.r.randint(2020, 2022)), " - present   Senior Data Engineer, ", (O, g.org()), ", ", (L, g.town()), "\n",
        "   - Cut nightly batch time from 6 h to 40 min\n", str(g.r.randint(2015, 2018)), " - ", str(g.r.randint(2019, 2020)),
        "   Data Engineer, ", (O, g.org()), "\n\nEDUCATION\nMSc Computer Science, ", (O, g.uni()), "\n\nREFERENCES\n", (P, r.full),
        ", Engineering Manager - ", (EM, g.email(r)), "\n")


def d_profile_page(d, g):
    p, rec = g.person(), g.person()
    town, country = g.place()
    slug = "".join(c for c in g.email(p).split("@")[0] if c.isalnum())
    before = g.org()
    d.w((P, p.full), "\nHead of Partnerships at ", (O, g.org()), "\n", (L, f"{town}, {country}"), " · 500+ connections\n\n",
        "About\nI help hardware start-ups find their first distributors. Previously at ", (O, before), stop(before), "\n\nExperience\n",
        "Head of Partnerships\n", (O, g.org()), " · Full-time\n", str(g.r.randint(2021, 2023)), " - Present\n\n",
        "Recommendations\n\"", (P, p.first), " is the person you want in the room when a deal is stuck.\"\n- ", (P, rec.full),
        ", who managed ", (P, p.first), " directly\n\nContact: ", (URL, f"https://www.connectfolio.com/in/{slug}"), "\n")


# --- PII-free documents (gold empty) -----------------------------------------------------------


def _pick(g, pool, k):
    return " ".join(g.r.sample(pool, k))


def d_neg_runbook(d, g):
    sw = g.r.sample(SOFTWARE_D, 3)
    d.t(f"Runbook: {sw[0]} consumer lag\n\n")
    d.t(_pick(g, [f"Check the {sw[1]} dashboard first; lag above 5 minutes pages the on-call rota.",
                  f"Restart the workers with `systemctl restart {sw[2].lower()}-worker` only after draining.",
                  "Build 10.0.19045.3803 of the agent leaks file handles; pin 10.0.19045.3693.",
                  f"Request id {g.hexid(8)}-{g.hexid(4)}-4{g.hexid(3)}-8{g.hexid(3)}-{g.hexid(12)} is a good sample trace.",
                  "Timeouts default to 30 s and retries back off to 8 s.",
                  "The main road to recovery is a clean replay from the last checkpoint.",
                  f"Commit {g.hexid(40)} introduced the regression."], 5) + "\n")


def d_neg_product(d, g):
    prod = g.r.choice(PRODUCTS_D)
    d.t(f"{prod}\n\n")
    d.t(_pick(g, ["Water-resistant shell with taped seams and a two-way zip.", "Colours: Hunter Green, Slate, Storm Grey.",
                  "Pairs with the Oriole Dock in seconds; no app needed.", "Battery lasts up to 14 hours.",
                  "Machine washable at 30 degrees.", "Ships in recycled packaging.", "Copper trim on the Limited Edition.",
                  f"SKU {g.r.choice('ABCDEFG')}{g.digits(3)}-{g.digits(4)}  |  EAN 50{g.digits(11)}"], 5) + "\n")


def d_neg_policy(d, g):
    d.t("RETURNS AND REFUNDS POLICY\n\n")
    items = ["1. The Customer may return any Product within 30 days of delivery.",
             "2. The Seller will refund the Purchase Price to the original payment method.",
             "3. Items marked Final Sale cannot be returned.",
             "4. This Policy forms part of the Terms of Service and prevails over any Order Confirmation.",
             "5. Where the Product is faulty, the Seller bears the cost of return shipping.",
             "6. Nothing in this Policy affects the Customer's statutory rights.",
             "7. Gift Cards are not refundable and cannot be exchanged for cash."]
    d.t("\n".join(sorted(g.r.sample(items, 5))) + "\n")


def d_neg_spec_table(d, g):
    d.t("Model comparison\n\n| Model | Weight | Battery | Ports | Price |\n|---|---|---|---|---|\n")
    for prod in g.r.sample(PRODUCTS_D, 4):
        d.t(f"| {prod} | {g.r.randint(180, 2400)} g | {g.r.randint(4, 20)} h | {g.r.choice(['USB-C', '2x USB-C', 'USB-A + USB-C'])} | "
            f"{g.r.randint(49, 899)}.00 |\n")
    d.t("\nAll prices include VAT. Specifications may change without notice.\n")


def d_neg_release_notes(d, g):
    v = f"{g.r.randint(2, 9)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}"
    d.t(f"Release {v}\n\n")
    d.t("\n".join("- " + s for s in g.r.sample([
        f"Fixed a crash when the temp folder is read-only (#{g.digits(4)}).", "Upgraded the bundled Redis client.",
        "Added a `--max-rows` option to the exporter.", "Dropped support for Python 3.8.",
        f"Start-up is {g.r.randint(20, 60)}% quicker on large projects in our benchmarks.",
        "The Grant Access dialog now remembers the last role.", "Docs: new section on running behind a proxy.",
        f"Checksums: sha256 {g.hexid(64)}"], 5)) + "\n")


def d_neg_agenda(d, g):
    d.t("Quarterly planning - agenda\n\n")
    slots = ["Welcome and goals", "Roadmap review", "Hiring plan", "Budget envelope", "Security audit follow-up",
             "Customer advisory board feedback", "Any other business"]
    hour = g.r.randint(9, 13)
    for i, s in enumerate(g.r.sample(slots, 5)):
        d.t(f"{hour + i // 2}:{(i % 2) * 30:02d}  {s}\n")
    d.t("\nPlease read the pre-reads in the shared folder before the session. Cameras on if you can.\n")


def d_neg_server_log(d, g):
    for _ in range(g.r.randint(4, 6)):
        d.t(f"{g.datetime()} {g.r.choice(['INFO ', 'WARN ', 'DEBUG'])} [{g.r.choice(['scheduler', 'http', 'cache'])}] "
            f"{g.r.choice(['job finished', 'GET /api/v2/items 200', 'cache miss', 'retrying after 503', 'compaction done'])} "
            f"trace={g.hexid(16)} dur={g.r.randint(2, 900)}ms\n")


def d_neg_help_article(d, g):
    bad_card = _luhn_invalid_card(g)
    d.t("How do I update my billing details?\n\n")
    d.t(_pick(g, ["Open Settings > Billing and choose Edit.", "You can bill the client directly from the invoice screen.",
                  "We will follow up by e-mail within one working day.", f"Your receipt shows only the card ending {g.digits(4)}.",
                  f"If the form rejects {bad_card}, check the digits again: that number fails the card check.",
                  f"Order numbers look like {g.digits(10)} and are not account numbers.",
                  "Mark as default to use the card for renewals.",
                  "Test accounts use the placeholder tax id 000-12-3456, which is never a real number.", "Will my renewal date move? No, only the payment method changes."], 5) + "\n")


def _luhn_invalid_card(g):
    from gen_set import luhn_digit
    body = "4" + g.digits(14)
    good = luhn_digit(body)
    bad = str((int(good) + g.r.randint(1, 9)) % 10)
    num = body + bad
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))
