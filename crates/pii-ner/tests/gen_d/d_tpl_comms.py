"""Set D templates, part 2: chats, transcripts, developer documents and e-mail.

Why its own file: conversation and software-project layouts (lower-case handles, machine
timestamps, name lists in project files) carry most of set D's harder PERSON cases, and are kept
apart from the form-like documents of part 1. Tuples passed to Doc.w are gold spans.
"""
from d_data import SOFTWARE_D
from d_tpl_records import stop

P, L, O = "PERSON", "LOCATION", "ORGANIZATION"
PH, EM, DT, IP, URL, IBAN, CC = "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_TIME", "IP_ADDRESS", "URL", "IBAN_CODE", "CREDIT_CARD"


def d_meeting_transcript(d, g):
    a, b, c = g.person(), g.person(), g.person()
    d.w("Transcript - vendor sync (auto-generated)\nAttendees: ", (P, a.full), ", ", (P, b.full), ", ", (P, c.full), "\n\n",
        "[00:00:04] ", (P, a.full), ": Okay, I think everyone's here. ", (P, b.first), ", do you want to start?\n",
        "[00:00:11] ", (P, b.full), ": Sure. The shipment left ", (L, g.town()), " on ", (DT, g.date(2025, 2025)),
        ", so we're on track.\n", "[00:01:37] ", (P, c.full), ": Can I jump in? ", (P, a.last), "'s team still needs the ",
        "customs forms.\n", "[00:02:02] ", (P, a.full), ": Right, I'll chase that. Let's park the pricing question.\n",
        "[00:02:15] ", (P, b.full), ": Fine by me. Talk soon.\n")


def d_teams_export(d, g):
    a, b, c = g.person(), g.person(), g.person()
    day = f"{g.r.randint(1, 28):02d}/{g.r.randint(1, 12):02d}/2025"
    d.w(f"[{day} 09:{g.r.randint(10, 29)}] ", (P, a.inverted), "\n", "Morning - has anyone got the ", (O, g.org()),
        " contract? ", (P, c.first), " said it was on the shared drive\n\n", f"[{day} 09:{g.r.randint(30, 49)}] ",
        (P, b.inverted), "\n", "It's in Finance > Vendors. ", (P, c.last), " moved it last week\n\n",
        f"[{day} 09:{g.r.randint(50, 59)}] ", (P, a.inverted), "\nfound it, thanks ", (P, b.first), "\n")


def d_discord_export(d, g):
    a, b, c = g.person(), g.person(), g.person()
    ha, hb = a.handle, b.handle
    day, hour, mins = f"{g.r.randint(1, 12)}/{g.r.randint(1, 28)}/2025", g.r.randint(1, 11), iter(sorted(g.r.sample(range(60), 3)))
    stamp = lambda: f"[{day} {hour}:{next(mins):02d} PM] "
    d.w("==============================================================\nGuild: synth-makers\nChannel: #firmware\n",
        "==============================================================\n\n", stamp(), (P, ha), "\n", "flashed the new build, the filter knob finally ",
        "works 🎛️\n\n", stamp(), (P, hb), "\n", "nice!! @", (P, ha), " did you use the Hugo docs or the old wiki?\n\n",
        stamp(), (P, ha), "\n",
        "old wiki lol. ", (P, c.full), " wrote most of it back in the day\n")


def d_whatsapp_ios(d, g):
    a, b, c = g.person(), g.person(), g.person()
    day, hour, mins = f"{g.r.randint(1, 28):02d}.{g.r.randint(1, 12):02d}.25", g.r.randint(7, 21), iter(sorted(g.r.sample(range(60), 5)))
    stamp = lambda: f"[{day}, {hour:02d}:{next(mins):02d}:{g.r.randint(10, 59)}]"
    d.w(stamp(), " ", (P, a.full), ": Messages and calls are end-to-end encrypted.\n", stamp(), " ", (P, a.full),
        ": Landed in ", (L, g.town()), " 🙌\n", stamp(), " ", (P, b.first), ": Yay! Say hi to ", (P, c.first), " from us\n",
        stamp(), " ", (P, a.full), ": Will do. New number while I'm here: ", (PH, g.phone()), "\n", stamp(), " ", (P, b.first),
        ": saved ❤️\n")


def _iso(g):
    """A machine timestamp as Telegram's JSON export writes it (not labelled)."""
    return (f"2025-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}T{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:"
            f"{g.r.randint(0, 59):02d}")


def _rfc(g):
    """An RFC 5322 Date header value (a machine timestamp, not labelled)."""
    import datetime
    dt = datetime.datetime(2025, g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59))
    return f"{dt:%a, %d %b %Y %H:%M:%S} {g.r.choice(['+0000', '+0100', '-0500', '+0530', '+0900'])}"


def d_telegram_json(d, g):
    a, b = g.person(), g.person()
    d.w('{\n "name": "', (P, b.full), '",\n "type": "personal_chat",\n "id": ', str(g.r.randint(10**9, 10**10 - 1)), ',\n "messages": [\n',
        '  {"id": ', str(g.r.randint(10000, 99999)), ', "type": "message", "date": "', _iso(g), '", "from": "', (P, a.full),
        '", "from_id": "user', g.digits(9), '", "text": "are you still in ', (L, g.town()), '?"},\n',
        '  {"id": ', str(g.r.randint(10000, 99999)), ', "type": "message", "date": "', _iso(g), '", "from": "', (P, b.full),
        '", "from_id": "user', g.digits(9), '", "text": "till the weekend. ', (P, a.first), ', call me on ', (PH, g.phone()), '"}\n ]\n}\n')


def d_jira_ticket(d, g):
    rep, asg, c3 = g.person(), g.person(), g.person()
    key = f"{g.r.choice(['PAY', 'OPS', 'DATA'])}-{g.r.randint(100, 9999)}"
    d.w(key, ": CSV export times out for large tenants\n\nType: Bug    Priority: Major    Status: In Progress\n",
        "Reporter: ", (P, rep.full), "\nAssignee: ", (P, asg.full), "\nComponents: exporter, Celery workers\nCreated: ",
        g.datetime(), "\n\nDescription\nTenants with more than 2M rows hit the 30 s gateway timeout. Seen from ", (IP, g.ip()),
        ".\n\nActivity\n", (P, asg.full), " added a comment - ", g.datetime(), "\n", "@", (P, rep.full),
        " can you attach the tenant id? Mark as blocked until then.\n\n", (P, c3.full), " added a comment - ", g.datetime(), "\n",
        "Same on the ", (O, g.org()), " tenant. ", (P, asg.first), ", I can pair on this.\n")


def d_github_issue(d, g):
    op, m1, m2 = g.person(), g.person(), g.person()
    d.w("Panic when config path contains spaces #", str(g.r.randint(100, 5000)), "\nOpen  ", (P, op.full), " opened this issue on ",
        (DT, g.date(2025, 2025)), " · 3 comments\n\n",
        "### Steps to reproduce\n1. Put the config under `C:\\Program Files\\Tern Pro`\n2. Run `tern sync`\n\n",
        "### Environment\nversion 2.14.3, build 10.0.19045.3803\n\n---\n", (P, m1.full), " commented\n\n",
        "Thanks ", (P, op.first), "! Can reproduce on 2.14.3. Looks like the same root cause as the Jupyter kernel path bug.\n\n---\n",
        (P, op.full), " commented\n\n> Can reproduce on 2.14.3.\n\nGlad it's not just me 🙂\n\n---\n", (P, m2.full),
        " added the bug label and assigned ", (P, m1.full), "\n")


def d_pr_review(d, g):
    au, r1, r2 = g.person(), g.person(), g.person()
    d.w("Use a streaming parser for large manifests #", str(g.r.randint(200, 9000)), "\n", (P, au.full),
        " wants to merge 4 commits into main from stream-parse\n\nReviewers\n  ", (P, r1.full), "  ✓ approved\n  ",
        (P, r2.full), "  ✗ changes requested\n\nsrc/manifest/reader.rs, line 88\n", (P, r2.full),
        ": This still buffers the whole file when the header is missing.\n  ", (P, au.full), ": Good catch, fixed in ",
        g.hexid(7), ".\n  ", (P, r2.last), ": 👍 resolving.\n\n", (P, r1.first), ": LGTM, nice work ", (P, au.first), ".\n")


def d_mailing_digest(d, g):
    a, b, c = g.person(), g.person(), g.person()
    d.w("Send dev mailing list submissions to\n\t", (EM, "dev@lists." + g.domain()), "\n\nToday's Topics:\n\n   1. Re: build fails on ARM64 (",
        (P, a.full), ")\n   2. Proposal: drop Python 3.8 (", (P, b.full), ")\n\n",
        "----------------------------------------------------------------------\n\nMessage: 1\nDate: ", _rfc(g),
        "\nFrom: ", (P, a.full), " <", (EM, g.email(a)), ">\nSubject: Re: build fails on ARM64\n\n",
        "On ", (DT, g.date(2025, 2025)), ", ", (P, c.full), " wrote:\n> The linker step dies with an OOM on the ", "Stratus Hub runner.\n\n",
        "Bumping the runner to 8 GB fixed it here. ", (P, c.first), ", can you retry?\n\n", "Message: 2\nFrom: ", (P, b.full),
        " <", (EM, g.email(b)), ">\n\nNothing in the tree needs 3.8 any more.\n")


def d_changelog_thanks(d, g):
    ps = [g.person() for _ in range(4)]
    d.w("# Changelog\n\n## [", f"{g.r.randint(1, 6)}.{g.r.randint(0, 20)}.0", "] - ", (DT, g.date(2025, 2025)), "\n\n### Added\n",
        "- `--dry-run` flag for `sync` (", (P, ps[0].full), ")\n- Ruby and Julia bindings\n\n### Fixed\n",
        "- Crash on empty manifest (#", g.digits(4), ", thanks ", (P, ps[1].full), ")\n\n## [",
        f"{g.r.randint(0, 1)}.{g.r.randint(0, 20)}.{g.r.randint(1, 9)}", "] - ", (DT, g.date(2024, 2024)), "\n\n### Changed\n",
        "- Default timeout is now 30 s\n\n### Contributors\n", (P, ps[2].full), ", ", (P, ps[3].full), " and ", (P, ps[1].first),
        " (again!)\n")


def d_authors_file(d, g):
    ps = [g.person() for _ in range(3)]
    d.w("# This is the official list of tern-sync authors for copyright purposes.\n",
        "# Names should be added to this file as one of\n#     Organization's name\n#     Individual's name <submission email address>\n",
        "# The email address is not required for organizations.\n\n", (O, g.org()), "\n")
    for p in ps:
        d.w((P, p.full), " <", (EM, g.email(p)), ">\n")
    d.w((O, g.org()), "\n")


def d_maintainers_file(d, g):
    m1, m2, r1 = g.person(), g.person(), g.person()
    d.w("TERN SYNC STORAGE DRIVER\nM:\t", (P, m1.full), " <", (EM, g.email(m1)), ">\nR:\t", (P, r1.full), " <",
        (EM, g.email(r1)), ">\nL:\t", (EM, "storage@lists." + g.domain()), "\nS:\tMaintained\nF:\tdrivers/storage/tern/\n\n",
        "TERN SYNC DOCUMENTATION\nM:\t", (P, m2.full), " <", (EM, g.email(m2)), ">\nS:\tOdd Fixes\nF:\tDocumentation/\n")


def d_license_headers(d, g):
    a, b = g.person(), g.person()
    org = g.org()
    d.w("/*\n * SPDX-License-Identifier: BSD-3-Clause\n * SPDX-FileCopyrightText: ", str(g.r.randint(2015, 2020)), "-2025 ",
        (P, a.full), " <", (EM, g.email(a)), ">\n * SPDX-FileCopyrightText: ", str(g.r.randint(2021, 2024)), " ", (O, org), "\n */\n\n",
        "Copyright ", str(g.r.randint(2010, 2019)), ", ", (P, b.full), "\n\nRedistribution and use in source and binary forms, with ",
        "or without modification, are permitted provided that the conditions below are met.\n\n3. Neither the name of ", (O, org),
        " nor the names of its contributors may be used to endorse products derived from this software.\n\n",
        "THIS SOFTWARE IS PROVIDED BY ", (P, b.full.upper()), " AND CONTRIBUTORS \"AS IS\". IN NO EVENT SHALL ", (P, b.last.upper()),
        " OR ", (O, org.upper()), " BE LIABLE FOR ANY DIRECT, INDIRECT OR CONSEQUENTIAL DAMAGES.\n")


def d_email_headers(d, g):
    a, b, c = g.person(), g.person(), g.person()
    relay = g.domain()
    d.w("Received: from mx2.", relay, " (mx2.", relay, " [", (IP, g.ip()), "])\n\tby mail.", g.domain(), " with ESMTPS; ",
        _rfc(g), "\nFrom: \"", (P, a.inverted), "\" <", (EM, g.email(a)), ">\nTo: ", (P, b.full), " <", (EM, g.email(b)),
        ">, '", (P, c.full), "' <", (EM, g.email(c)), ">\nSubject: RE: depot access next week\nDate: ", _rfc(g), "\n",
        "X-Originating-IP: [", (IP, g.ip()), "]\nContent-Type: text/plain; charset=utf-8\n\nHi ", (P, b.first),
        ", ", (P, c.first), " -\n\nconfirmed for ", (DT, g.date(2025, 2026)), " at the ", (L, g.town()), " depot.\n\n", (P, a.first), "\n")


def d_support_chat(d, g):
    cu, ag = g.person(), g.person()
    d.w("Conversation #", g.digits(8), "  (web widget)\nVisitor: ", (P, cu.full), "  <", (EM, g.email(cu)), ">\n\n",
        "09:14:02 | ", (P, ag.first), " (Agent): Hi ", (P, cu.first), ", thanks for waiting. How can I help?\n",
        "09:14:40 | ", (P, cu.first), ": my ", g.r.choice(["Vireo X2", "Quillpad Air", "Oriole Dock"]), " order ", g.digits(9),
        " never arrived, card ending ", g.digits(4), " was charged\n", "09:15:21 | ", (P, ag.first), " (Agent): Sorry about that. ",
        "I can see it's stuck at the depot in ", (L, g.town()), ".\n", "09:16:05 | ", (P, cu.first), ": can you refund to the other card ",
        (CC, g.card()), "?\n", "09:16:49 | ", (P, ag.first), " (Agent): Refunds go back to the original card, sorry. I'll follow up by email.\n")


def d_app_log(d, g):
    a, b, c = g.person(), g.person(), g.person()
    day, hour, secs = f"2025-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}", g.r.randint(0, 23), iter(sorted(g.r.sample(range(3600), 4)))
    ts = lambda: f"{day} {hour:02d}:{(s := next(secs)) // 60:02d}:{s % 60:02d}"
    d.w(ts(), ",", g.digits(3), " INFO  [req-", g.hexid(8), "] profile updated by user '", (P, a.full), "' (id=", g.digits(5), ")\n",
        ts(), ",", g.digits(3), " WARN  [req-", g.hexid(8), "] login failed user=", (EM, g.email(b)), " ip=", (IP, g.ip()), "\n",
        ts(), ",", g.digits(3), " INFO  [req-", g.hexid(8), "] audit actor=\"", (P, c.inverted), "\" action=export rows=",
        g.digits(4), "\n", ts(), ",", g.digits(3), " DEBUG [worker-3] celery task ", g.hexid(32), " done in 412ms\n")


def d_html_team(d, g):
    ps = [g.person() for _ in range(3)]
    org = g.org()
    while "&" in org:  # a raw ampersand would be written &amp; in HTML; keep the value unambiguous
        org = g.org()
    d.w("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Our team &middot; ", (O, org), "</title></head>\n<body>\n",
        "<h1>Meet the team</h1>\n<ul class=\"team\">\n")
    for p, role in zip(ps, ["Managing Director", "Head of Design", "Lead Engineer"]):
        d.w("  <li><strong>", (P, p.full), "</strong> &mdash; ", role, " &middot; <a href=\"mailto:", (EM, g.email(p)), "\">e-mail</a></li>\n")
    d.w("</ul>\n<p>Visit us in ", (L, g.town()), " &ndash; we&rsquo;re next to the station.</p>\n<footer>&copy; 2025 ", (O, org),
        stop(org), " All rights reserved.</footer>\n</body></html>\n")


def d_records_xml(d, g):
    p, q = g.person(), g.person()
    if g.r.random() < 0.5:
        d.w("<Kundenliste>\n  <Kunde nr=\"", g.digits(5), "\">\n    <Vorname>", (P, p.first), "</Vorname>\n    <Nachname>", (P, p.last),
            "</Nachname>\n    <Geburtsdatum>", (DT, g.date(1950, 2004)), "</Geburtsdatum>\n    <Wohnort>", (L, g.town()),
            "</Wohnort>\n  </Kunde>\n</Kundenliste>\n")
    else:
        d.w("<clients>\n  <client>\n    <prénom>", (P, p.first), "</prénom>\n    <nom>", (P, p.last.upper()), "</nom>\n",
            "    <courriel>", (EM, g.email(p)), "</courriel>\n    <ville>", (L, g.town()), "</ville>\n  </client>\n  <client>\n",
            "    <prénom>", (P, q.first), "</prénom>\n    <nom>", (P, q.last.upper()), "</nom>\n    <téléphone>", (PH, g.phone()),
            "</téléphone>\n  </client>\n</clients>\n")


def d_records_json(d, g):
    p = g.person()
    k = g.r.randint(0, 3)
    keys = [("nombre", "apellidos", "correo", "ciudad"), ("nome", "cognome", "email", "città"),
            ("voornaam", "achternaam", "e-mail", "woonplaats"), ("imię", "nazwisko", "email", "miasto")][k]
    d.w("{\n  \"id\": \"", g.hexid(8), "-", g.hexid(4), "-4", g.hexid(3), "-a", g.hexid(3), "-", g.hexid(12), "\",\n",
        f"  \"{keys[0]}\": \"", (P, p.first), "\",\n", f"  \"{keys[1]}\": \"", (P, p.last), "\",\n",
        f"  \"{keys[2]}\": \"", (EM, g.email(p)), "\",\n", f"  \"{keys[3]}\": \"", (L, g.town()), "\",\n",
        "  \"plan\": \"Stratus Hub\",\n  \"active\": true\n}\n")


def d_records_csv(d, g):
    d.t("efternamn_förnamn,e-post,ort,kund_sedan\n" if g.r.random() < 0.5 else "\"Name (Last, First)\",Email,City,Since\n")
    for _ in range(g.r.randint(3, 4)):
        p = g.person()
        d.w("\"", (P, p.inverted), "\",", (EM, g.email(p)), ",", (L, g.town()), ",", str(g.r.randint(2012, 2024)), "\n")


def d_records_tsv(d, g):
    d.t("emp_id\tfull_name\tmanager\toffice\tstart_date\n")
    mgr = g.person()
    for _ in range(g.r.randint(3, 4)):
        p = g.person()
        d.w(g.digits(5), "\t", (P, p.full), "\t", (P, mgr.full), "\t", (L, g.town()), "\t", (DT, g.date(2015, 2025)), "\n")


def d_tech_note_named(d, g):
    """A technical note that names its author among software names (hard negatives)."""
    a = g.person()
    sw = g.r.sample(SOFTWARE_D, 3)
    d.w("Runbook: rotating the ", sw[0], " credentials\nOwner: ", (P, a.full), "\n\n1. Drain the ", sw[1],
        " consumers.\n2. Rotate the secret in the vault; ", sw[2], " picks it up on restart.\n3. Ping ", (P, a.first),
        " if lag stays above 5 minutes.\n")

