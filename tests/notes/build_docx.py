"""Build allotment-society-agm.docx, the corpus's Word document (run once; output committed)."""

from __future__ import annotations

from pathlib import Path

import docx


def build(path: Path) -> None:
    """Write a small AGM minutes document with heading styles, lists and a table."""
    doc = docx.Document()
    doc.add_heading("Riverside Allotment Society – Annual General Meeting", level=0)
    doc.add_paragraph("Held on 14 September 2023 at the Scout Hut. 27 plot holders attended.")
    doc.add_heading("Agenda", level=1)
    for item in ("Chair's report", "Treasurer's report", "Water supply", "Election of officers"):
        doc.add_paragraph(item, style="List Number")
    doc.add_heading("Chair's report", level=1)
    doc.add_paragraph(
        "Waiting list now at 41. Two plots were re-let after inspections. "
        "The chair thanked everyone who helped at the open day."
    )
    doc.add_heading("Treasurer's report", level=1)
    doc.add_paragraph("Income was up on last year thanks to the seed swap.")
    doc.add_paragraph("Rents unchanged for 2024", style="List Bullet")
    doc.add_paragraph("Reserve fund at £3,100", style="List Bullet")
    doc.add_heading("Water supply", level=1)
    doc.add_heading("Leaking troughs", level=2)
    doc.add_paragraph(
        "Troughs on the north side leak. Gareth will replace the ball valves before the "
        "frosts. Members need to turn taps off after use."
    )
    doc.add_heading("Metering", level=2)
    doc.add_paragraph(
        "The water company's guidance is at https://water.example.co.uk/allotments/metering."
    )
    doc.add_heading("Election of officers", level=1)
    doc.add_paragraph("Nia was re-elected chair; Paul was elected treasurer.")
    doc.add_heading("Actions", level=1)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Action", "Who", "By when"), strict=True):
        cell.text = text
    rows = (
        ("Send the plot inspection schedule to members", "Nia", "30 September"),
        ("Get quotes for a new shed roof", "Paul and Gareth", "AGM 2024"),
        ("Update the society website with new officers", "Paul", ""),
    )
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.save(str(path))


def build_steering(path: Path) -> None:
    """Write steering-committee minutes whose actions sit in a status table."""
    doc = docx.Document()
    doc.add_paragraph("Clean Air Alliance – Steering Committee", style="Title")
    doc.add_paragraph("Minutes of the meeting of 27 February 2024 (online)")
    doc.add_paragraph("Present: Hana Novak (chair), Luis Ortega, Ife Adebayo, Marta Silva")
    doc.add_heading("Review of previous actions", level=1)
    table = doc.add_table(rows=1, cols=5)
    header = ("No.", "Action", "Responsible", "Deadline", "Status")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    rows = (
        ("1", "Circulate the revised workplan", "Luis", "15 February", "Complete"),
        ("2", "Contact the city health department", "Ife", "1 March", "In progress"),
        ("3", "Draft the press release on the air quality data", "Marta", "", "Not started"),
    )
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_heading("Campaign planning", level=1)
    doc.add_paragraph(
        "The committee discussed the autumn campaign. Hana will prepare a budget proposal "
        "for the next meeting. Members are encouraged to share campaign ideas on the list."
    )
    doc.add_heading("Any other business", level=1)
    doc.add_paragraph("None.")
    doc.save(str(path))


def build_volunteers(path: Path) -> None:
    """Write volunteer-team notes that use only Heading 2, "List Paragraph" and bold owners."""
    doc = docx.Document()
    doc.add_paragraph("Food Bank Volunteers – Team Leads Meeting")
    doc.add_paragraph("Wednesday 17 April 2024, warehouse office")
    doc.add_heading("Stock levels", level=2)
    doc.add_paragraph("Tinned fish and baby formula are running low. Donations are down 20%.")
    doc.add_heading("Rota", level=2)
    doc.add_paragraph("Saturday mornings remain hard to fill.")
    doc.add_heading("Actions", level=2)
    for owner, task in (("Priti", "ask the supermarket about a formula donation by Friday"),
                        ("Sam", "post the Saturday shifts on the volunteer app"),
                        ("Jo", "update the allergy labels on the shelves")):
        paragraph = doc.add_paragraph(style="List Paragraph")
        paragraph.add_run(owner).bold = True
        paragraph.add_run(f": {task}")
    doc.save(str(path))


def build_caucus(path: Path) -> None:
    """Write caucus minutes with numbered list headings, a merged-cell table and a link."""
    doc = docx.Document()
    doc.add_heading("Civil Society Caucus – Monthly Call", level=1)
    doc.add_paragraph("Date: 12 March 2025. Participants: 17. Notes: Wanjiru")
    doc.add_paragraph("Updates from the working groups", style="List Number")
    doc.add_paragraph(
        "The human rights working group finished its submission to the WSIS+20 review "
        "(https://www.itu.int/net4/wsis/forum/2025/). The connectivity group is still drafting."
    )
    doc.add_paragraph("Planning for the regional forum", style="List Number")
    doc.add_paragraph(
        "The forum takes place in Accra in May. Kojo offered to coordinate logistics with the "
        "host. I will prepare the concept note and share it on the list next week."
    )
    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = (
        "Task", "Lead", "Deadline")
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Confirm the venue contract"
    table.cell(1, 2).text = "31 March"
    table.cell(2, 0).text = "Draft the speaker list"
    table.cell(2, 1).text = "Amani"
    table.cell(2, 2).text = "4 April"
    doc.save(str(path))


if __name__ == "__main__":
    build(Path(__file__).with_name("allotment-society-agm.docx"))
    build_steering(Path(__file__).with_name("clean-air-steering.docx"))
    build_volunteers(Path(__file__).with_name("food-bank-leads.docx"))
    build_caucus(Path(__file__).with_name("caucus-monthly-call.docx"))
