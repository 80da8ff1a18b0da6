"""The hours report for a sponsor (PDF and CSV) and the coaching log (CSV): what they
count, as Excel opens them, and never a note, a summary or an agreement."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from mentorapp.domain.enums import Language
from mentorapp.domain.model import Engagement, Mentee
from mentorapp.services import engagements, exports, mentees, sessions
from mentorapp.services.engagements import NameStyle
from mentorapp.store.vault import Vault

CANARY = "KANARIE-uren-77ab"
START, END = date(2026, 10, 1), date(2026, 10, 31)


def _session(
    vault: Vault, mentee: Mentee, when: datetime, minutes: int, billable: bool = True
) -> None:
    assert mentee.id is not None
    started = sessions.start_session(vault, mentee.id, when).value
    changed = dataclasses.replace(
        started,
        duration_minutes=minutes,
        billable=billable,
        private_notes=CANARY,
        shared_summary=CANARY,
        agreements=CANARY,
    )
    sessions.save_session(vault, changed)


def _practice(vault: Vault) -> None:
    zoe = mentees.add_mentee(
        vault, Mentee(full_name="Zoë Van den Bossche", organisation="Stad Gent")
    ).value
    bram = mentees.add_mentee(vault, Mentee(full_name="=Bram Claes")).value  # a formula? no
    other = mentees.add_mentee(vault, Mentee(full_name="Lotte Janssens")).value
    for mentee, sponsor in ((zoe, "VDAB"), (bram, "VDAB"), (other, "Fluvius")):
        assert mentee.id is not None
        engagements.save_engagement(vault, Engagement(mentee_id=mentee.id, sponsor=sponsor))
    _session(vault, zoe, datetime(2026, 10, 2, 9), 90)
    _session(vault, zoe, datetime(2026, 10, 20, 9), 60)
    _session(vault, zoe, datetime(2026, 10, 27, 9), 45, billable=False)
    _session(vault, zoe, datetime(2026, 11, 3, 9), 60)  # after the period
    _session(vault, bram, datetime(2026, 10, 5, 14), 75)
    _session(vault, other, datetime(2026, 10, 6, 14), 60)


def test_the_hours_csv_as_excel_opens_it(vault: Vault) -> None:
    _practice(vault)
    report = engagements.hours_report(vault, "VDAB", START, END, NameStyle.FULL)
    data = exports.hours_csv(report)
    assert data.startswith(b"\xef\xbb\xbf") and CANARY.encode() not in data
    assert data.decode("utf-8-sig") == (
        "client;sessions;hours\r\n"
        "'=Bram Claes;1;1.25\r\n"
        "Zoë Van den Bossche;2;2.5\r\n"
        "total;3;3.75\r\n"
    )


def test_the_hours_pdf_names_as_chosen_in_the_language_asked(vault: Vault, tmp_path: Path) -> None:
    _practice(vault)
    report = engagements.hours_report(vault, "VDAB", START, END, NameStyle.INITIALS)
    pdf = exports.render_hours_report(report, Language.NL, exports.CoachInfo("Sam Coach"))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Urenoverzicht" in text and "VDAB" in text and "Totaal" in text
    assert "3,75" in text and "2,5" in text
    assert "Zoë" not in text and "Van den Bossche" not in text and CANARY not in text
    english = exports.render_hours_report(report, Language.EN)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(english)).pages)
    assert "Hours report" in text and "3.75" in text
    (tmp_path / "hours.pdf").write_bytes(pdf)


def test_an_empty_period_says_so(vault: Vault) -> None:
    _practice(vault)
    report = engagements.hours_report(vault, "VDAB", date(2025, 1, 1), date(2025, 1, 31))
    pdf = exports.render_hours_report(report, Language.EN)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "No billable sessions in this period." in text
    assert exports.hours_csv(report).decode("utf-8-sig") == "client;sessions;hours\r\ntotal;0;0\r\n"


def test_the_coaching_log_csv(vault: Vault) -> None:
    _practice(vault)
    rows = engagements.coaching_log(vault, START, END, NameStyle.NUMBER)
    data = exports.coaching_log_csv(rows).decode("utf-8-sig")
    lines = data.split("\r\n")
    assert lines[0] == "client;date;hours;paid;kind" and lines[-1] == ""
    assert len(lines) == 2 + 5 and CANARY not in data
    assert lines[1].split(";")[1:] == ["2026-10-02", "1.5", "paid", "individual"]
    assert any(line.endswith(";2026-10-27;0.75;pro bono;individual") for line in lines)
