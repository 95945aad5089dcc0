"""Makes test documents with independent tools and extracts their text with independent tools.

    docs_tool.py make KIND OUT      writes a KIND document (docx, xlsx, pdf, eml, png) with planted PII and
                                    non-PII; prints {"pii": [...], "keep": [...]} as JSON
    docs_tool.py extract KIND PATH  opens PATH with the independent reader of KIND and prints
                                    {"text": everything readable, metadata and raw parts included}

Used by crates/pii-docs/tests/independent.rs; installed by tests/setup.sh.
"""

import json
import re
import subprocess
import sys
import zipfile
from html import unescape

# Values the structured engine must find, and values that must survive.
PII = ["jane.doe@example.com", "123-45-6789", "4111 1111 1111 1111", "+1 415-555-0142", "192.168.14.27"]
KEEP = ["Quarterly revenue", "Order 7731", "Widget blue", "Zürich office", "net 30 days"]
# Names in metadata that the engine need not detect: the layer empties author fields itself.
PEOPLE = ["Jane Roe", "Richard Miles"]


def make_docx(out):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph("Contact jane.doe@example.com about Quarterly revenue.")
    p = d.add_paragraph("SSN: ")
    # The SSN split over three runs with different formatting.
    p.add_run("123-")
    p.add_run("45-67").bold = True
    p.add_run("89")
    p.add_run(" end of Order 7731.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Card 4111 1111 1111 1111"
    t.cell(0, 1).text = "Widget blue"
    t.cell(1, 0).text = "net 30 days"
    t.cell(1, 1).text = "n/a"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Phone +1 415-555-0142"
    sec.footer.paragraphs[0].text = "Server 192.168.14.27 in the Zürich office"
    # A mailto hyperlink: the target lives in the relationships part.
    para = d.add_paragraph("Write to ")
    r_id = d.part.relate_to("mailto:jane.doe@example.com", RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "us"
    run.append(text)
    link.append(run)
    para._p.append(link)
    c = d.add_paragraph("Reviewed.")
    d.add_comment(c.runs, text="Check 123-45-6789 again", author=PEOPLE[1], initials="RM")
    cp = d.core_properties
    cp.author = PEOPLE[0]
    cp.last_modified_by = PEOPLE[1]
    cp.title = "Order 7731"
    cp.subject = "about jane.doe@example.com"
    cp.keywords = "Widget blue"
    d.save(out)
    return {"pii": PII + PEOPLE, "keep": KEEP}


def make_xlsx(out):
    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Customers"
    ws.append(["name", "email", "ssn", "phone", "note", "amount"])
    ws.append(["Widget blue", "jane.doe@example.com", 123456789, "+1 415-555-0142", "Order 7731", 250])
    ws.append(["Zürich office", "card 4111 1111 1111 1111", 666456789, "n/a", "net 30 days", 100])
    ws.append(["n/a", "n/a", 1, "n/a", "ssn 123-45-6789", 5])
    ws["E3"].comment = Comment("seen from 192.168.14.27", PEOPLE[1])
    other = wb.create_sheet("jane.doe@example.com")
    other["A1"] = "Quarterly revenue"
    other["B1"] = 10
    other["B2"] = 20
    summary = wb.create_sheet("Summary")
    summary["A1"] = "=SUM('jane.doe@example.com'!B1:B2)"
    summary["A2"] = "=Customers!F2*2"
    # A chart whose series names the sheet that gets renamed.
    from openpyxl.chart import BarChart, Reference
    chart = BarChart()
    chart.add_data(Reference(other, min_col=2, min_row=1, max_row=2))
    summary.add_chart(chart, "C1")
    wb.properties.creator = PEOPLE[0]
    wb.properties.lastModifiedBy = PEOPLE[1]
    wb.properties.title = "Quarterly revenue"
    wb.save(out)
    # 666-45-6789 is neither a valid SSN (area 666) nor an ITIN, so it must stay.
    return {"pii": PII + PEOPLE + ["123456789"], "keep": KEEP + ["666456789"]}


def make_pdf(out):
    import os
    import reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    pdfmetrics.registerFont(TTFont("Vera", vera))
    c = canvas.Canvas(out, pagesize=A4)
    c.setAuthor(PEOPLE[0])
    c.setTitle("Order 7731")
    c.setSubject("about jane.doe@example.com")
    c.setKeywords("Widget blue")
    # A form XObject drawn on the page, a bookmark, a note annotation and a form field.
    c.beginForm("header")
    c.setFont("Helvetica", 9)
    c.drawString(72, 820, "Header for 192.168.14.27 and Widget blue")
    c.endForm()
    c.doForm("header")
    c.bookmarkPage("p1")
    c.addOutlineEntry("Contact jane.doe@example.com", "p1")
    c.textAnnotation("Card 4111 1111 1111 1111 noted", Rect=(400, 700, 420, 720))
    c.acroForm.textfield(name="phone", value="+1 415-555-0142", x=300, y=600, width=200, height=20)
    c.setFont("Helvetica", 12)
    c.drawString(72, 800, "Contact jane.doe@example.com about Quarterly revenue.")
    c.drawString(72, 780, "SSN 123-45-6789 and card 4111 1111 1111 1111 for Order 7731.")
    t = c.beginText(72, 760)
    t.setFont("Times-Roman", 11)
    t.textLine("Widget blue ships net 30 days.")
    c.drawText(t)
    c.showPage()
    c.setFont("Vera", 12)
    c.drawString(72, 800, "Call +1 415-555-0142 from the Zürich office.")
    c.setFont("Courier", 10)
    c.drawString(72, 780, "Server 192.168.14.27 logged it.")
    c.showPage()
    c.save()
    return {"pii": PII + PEOPLE[:1], "keep": KEEP}


def make_eml(out):
    import os
    import tempfile
    from email.message import EmailMessage
    from email.policy import SMTP

    m = EmailMessage(policy=SMTP)
    m["From"] = "Jane Q <jane.doe@example.com>"
    m["To"] = "Orders <orders@shop.test>"
    m["Subject"] = "Order 7731 for SSN 123-45-6789 – Zürich office"
    m["X-Originating-IP"] = "[192.168.14.27]"
    m.set_content("Hi,\ncall me at +1 415-555-0142 about Widget blue.\nnet 30 days.\n", cte="quoted-printable")
    m.add_alternative("<html><body><p>Card <b>4111 1111 1111 1111</b>, Quarterly revenue.</p></body></html>", subtype="html", cte="base64")
    m.add_attachment(b"name,email\nWidget blue,jane.doe@example.com\n", maintype="text", subtype="csv", filename="list.csv")
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "a.docx")
        make_docx(p)
        with open(p, "rb") as f:
            m.add_attachment(f.read(), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="contract.docx")
    with open(out, "wb") as f:
        f.write(m.as_bytes())
    return {"pii": PII + PEOPLE, "keep": KEEP}


def extract_eml(path):
    import os
    import tempfile
    from email import policy
    from email.parser import BytesParser

    with open(path, "rb") as f:
        m = BytesParser(policy=policy.default).parse(f)
    out = []
    for part in m.walk():
        out.extend(f"{k}: {v}" for k, v in part.items())
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        name = part.get_filename() or ""
        if name.endswith(".docx"):
            with tempfile.TemporaryDirectory() as d:
                p = os.path.join(d, "x.docx")
                with open(p, "wb") as f:
                    f.write(payload)
                out.append(extract_docx(p)["text"])
        else:
            out.append(part.get_content() if part.get_content_maintype() == "text" else payload.decode("latin-1"))
    return {"text": "\n".join(out)}


def big_docx(out):
    import docx

    d = docx.Document()
    for i in range(4000):
        p = d.add_paragraph(f"Paragraph {i}: Widget blue for Order {i}, ")
        p.add_run(f"contact user{i}@example.com" if i % 10 == 0 else "net 30 days").bold = True
    d.save(out)
    return {}


def big_xlsx(out):
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(["id", "product", "email", "ssn", "note"])
    for i in range(50000):
        ws.append([i, f"Widget {i % 31}", f"user{i}@example.com" if i % 10 == 0 else "n/a",
                   123456789 if i % 20 == 0 else i, f"Order {i} net 30 days"])
    wb.save(out)
    return {}


def big_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(out, pagesize=A4)
    for page in range(200):
        c.setFont("Helvetica", 10)
        for line in range(60):
            i = page * 60 + line
            extra = f" mail user{i}@example.com" if i % 10 == 0 else " net 30 days"
            c.drawString(40, 800 - line * 12, f"Line {i}: Widget blue for Order {i},{extra}.")
        c.showPage()
    c.save()
    return {}


def zip_text(path):
    """Every part of a ZIP package as text, XML tags removed and entities decoded."""
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            raw = z.read(name).decode("utf-8", "replace")
            parts.append(name)
            parts.append(unescape(re.sub(r"<[^>]*>", " ", raw)))
            # Attribute values too (targets, sheet names).
            parts.extend(unescape(v) for v in re.findall(r'="([^"]*)"', raw))
    return "\n".join(parts)


def extract_docx(path):
    import docx

    d = docx.Document(path)  # opens
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.extend(c.text for c in row.cells)
    for s in d.sections:
        out.extend(p.text for p in s.header.paragraphs)
        out.extend(p.text for p in s.footer.paragraphs)
    cp = d.core_properties
    out.extend(str(x or "") for x in [cp.author, cp.last_modified_by, cp.title, cp.subject, cp.keywords, cp.comments])
    out.append(zip_text(path))
    return {"text": "\n".join(out)}


def extract_xlsx(path):
    import openpyxl

    wb = openpyxl.load_workbook(path)  # opens
    out = list(wb.sheetnames)
    formulas_ok = True
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
                if isinstance(c.value, str) and c.value.startswith("="):
                    # Every sheet a formula names must exist.
                    for q, bare in re.findall(r"'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!", c.value):
                        name = q.replace("''", "'") if q else bare
                        if name not in wb.sheetnames:
                            formulas_ok = False
                if c.comment is not None:
                    out.append(c.comment.text)
                    out.append(c.comment.author or "")
    p = wb.properties
    out.extend(str(x or "") for x in [p.creator, p.lastModifiedBy, p.title, p.subject, p.keywords])
    out.append(zip_text(path))
    return {"text": "\n".join(out), "formulas_ok": formulas_ok, "sheets": wb.sheetnames}


def extract_pdf(path):
    import pypdf

    text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, capture_output=True).stdout.decode()
    r = pypdf.PdfReader(path)  # opens
    out = [text]
    out.extend(p.extract_text() or "" for p in r.pages)
    for k, v in (r.metadata or {}).items():
        out.append(f"{k}={v}")
    root = r.trailer["/Root"]
    if "/Metadata" in root:
        out.append(root["/Metadata"].get_object().get_data().decode("utf-8", "replace"))
    def outline(items):
        for it in items:
            if isinstance(it, list):
                outline(it)
            else:
                out.append(str(it.title))

    outline(r.outline)
    for p in r.pages:
        for a in p.get("/Annots") or []:
            a = a.get_object()
            out.extend(str(a.get(k, "")) for k in ("/Contents", "/T", "/Subj", "/V"))
    for name, f in (r.get_fields() or {}).items():
        out.append(f"{name}={f.get('/V', '')}")
    # Every object, streams decompressed: no stored copy of a value may remain.
    for num in range(1, int(r.trailer.get("/Size", 0))):
        try:
            o = r.get_object(num)
        except Exception:
            continue
        if o is None:
            continue
        try:
            out.append(o.get_data().decode("latin-1"))
        except Exception:
            out.append(str(o))
    return {"text": "\n".join(out), "pages": len(r.pages)}


def make_png(out):
    """A scanned-looking page drawn by Pillow (DejaVu Sans, about 300 dpi), planted values on it."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
    lines = [
        f"Patient SSN {PII[1]}  email {PII[0]}",
        f"Phone {PII[3]}  {KEEP[0]} for the {KEEP[3]}",
        f"{KEEP[1]} shipped, terms {KEEP[4]}",
    ]
    img = Image.new("L", (1900, 80 + 70 * len(lines)), 245)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((60, 40 + 70 * i), line, font=font, fill=20)
    img.save(out, "PNG")
    return {"pii": [PII[0], PII[1], PII[3]], "keep": [KEEP[0], KEEP[1], KEEP[4]]}


def extract_png(path):
    """What the tesseract command reads on the image."""
    text = subprocess.run(["tesseract", path, "stdout"], capture_output=True, text=True, check=True).stdout
    return {"text": text}


def main():
    cmd, kind, path = sys.argv[1:4]
    fn = globals()[f"{cmd}_{kind}"]
    print(json.dumps(fn(path)))


if __name__ == "__main__":
    main()
