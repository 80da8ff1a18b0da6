"""The practice on the command line, as a script reads it: the calendar, the imports with
their one line per item and summary (README "Command line")."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from mentorapp.domain.model import Mentee
from mentorapp.services import mentees, sessions
from mentorapp.store.vault import Vault
from tests.cli.conftest import in_dutch, one_error_line, run_cli
from tests.conftest import PASSPHRASE

P = PASSPHRASE + "\n"
CANARY = "KANARIE-notitie-5d2e"
CLIENTS = (
    "\ufeffNaam;Organisatie;E-mail\r\n"
    "Zoë Van den Bossche;Stad Gent;zoe@example.be\r\n"
    '"An\r\nPeeters";Fluvius;\r\n'
    ";Fluvius;\r\n"
    "Bram Claes;Stad Gent;\r\n"
).encode()


def _planned(vault: Vault) -> None:
    zoe = mentees.add_mentee(vault, Mentee(full_name="Zoë Van den Bossche")).value
    assert zoe.id is not None
    when = datetime.now().replace(microsecond=0) + timedelta(days=3)
    started = sessions.start_session(vault, zoe.id, when).value
    sessions.save_session(vault, dataclasses.replace(started, private_notes=CANARY))


def test_calendar_writes_an_ics_with_the_chosen_titles(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _planned(vault)
    vault.close()
    out = tmp_path / "sessies.ics"
    code, stdout, err = run_cli(capsys, "calendar", str(vault_path), str(out), stdin=P)
    assert (code, stdout, err) == (0, f"Wrote calendar to {out}\n", "")
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Loopbaangesprek Z.V.d.B."
    assert CANARY.encode() not in out.read_bytes()
    for title, summary in (
        ("full", "Loopbaangesprek Zoë Van den Bossche"),
        ("anonymous", "Loopbaangesprek"),
    ):
        assert (
            run_cli(capsys, "calendar", str(vault_path), str(out), "--title", title, stdin=P)[0]
            == 0
        )
        [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert str(event["SUMMARY"]) == summary


def test_import_clients_dry_run_then_import(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentees.add_mentee(vault, Mentee(full_name="Bram Claes", organisation="Stad Gent"))
    vault.close()
    csv_file = tmp_path / "klanten.csv"
    csv_file.write_bytes(CLIENTS)
    args = ("import", "clients", str(vault_path), str(csv_file))
    code, out, err = run_cli(capsys, *args, "--dry-run", stdin=P)
    assert (code, err) == (0, "")
    assert out == (
        "created\t\tZoë Van den Bossche\n"
        "created\t\tAn Peeters\n"
        "skipped\t5\tno name\n"
        "skipped\t6\talready in the vault\n"
        "Would create 2 mentees; would skip 2\n"
    )
    code, out, err = run_cli(capsys, *args, stdin=P)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split("\t")[0::2] == ["created", "Zoë Van den Bossche"]
    assert lines[0].split("\t")[1].isdigit() and lines[-1] == "Created 2 mentees; skipped 2"
    code, out, _ = run_cli(capsys, "mentees", str(vault_path), stdin=P)
    assert "An Peeters" in out and "Zoë Van den Bossche" in out


def test_import_notes_prints_each_note_and_the_broken_one(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    folder = tmp_path / "notities" / "Lotte Janssens"
    folder.mkdir(parents=True)
    (folder / "2024-01-08.md").write_text("Eerste gesprek.", encoding="utf-8")
    (folder / "kapot.docx").write_bytes(b"geen word")
    args = ("import", "notes", str(vault_path), str(tmp_path / "notities"))
    code, out, err = run_cli(capsys, *args, "--dry-run", stdin=P)
    assert (code, err) == (0, "")
    assert out == (
        "created\t\tLotte Janssens\n"
        "skipped\tLotte Janssens/kapot.docx\tnot a readable Word file\n"
        "Would create 1 mentees and 1 sessions; would skip 1\n"
    )
    code, out, err = run_cli(capsys, *args, stdin=P)
    assert code == 0 and out.endswith("Created 1 mentees and 1 sessions; skipped 1\n")
    code, out, _ = run_cli(capsys, *args, stdin=P)
    assert out.endswith(
        "skipped\tLotte Janssens/2024-01-08.md\talready imported\n"
        "Created 0 mentees and 0 sessions; skipped 2\n"
    )


def test_import_errors_are_one_line_and_dutch(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    no_names = tmp_path / "x.csv"
    no_names.write_text("Organisatie;E-mail\r\nFluvius;a@b.be\r\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "import", "clients", str(vault_path), str(no_names))
    assert (code, out) == (1, "") and one_error_line(err)  # said before any passphrase
    assert "no name column" in err
    in_dutch(monkeypatch)
    code, out, err = run_cli(capsys, "import", "notes", str(vault_path), str(tmp_path / "nergens"))
    assert (code, out) == (1, "") and one_error_line(err)
    assert "is geen map" in err
    code, _, err = run_cli(
        capsys,
        "hours",
        str(vault_path),
        "--sponsor",
        "X",
        "--from",
        "2026-13-01",
        "--to",
        "2026-12-31",
        str(tmp_path / "u.csv"),
    )
    assert code == 2 and one_error_line(err) and "JJJJ-MM-DD" in err


def test_hours_writes_csv_or_pdf_and_attachments_are_listed(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentorapp.domain.model import Engagement
    from mentorapp.services import engagements

    zoe = mentees.add_mentee(vault, Mentee(full_name="Zoë Van den Bossche")).value
    assert zoe.id is not None
    engagements.save_engagement(vault, Engagement(mentee_id=zoe.id, sponsor="VDAB"))
    started = sessions.start_session(vault, zoe.id, datetime(2026, 10, 2, 9)).value
    sessions.save_session(
        vault, dataclasses.replace(started, duration_minutes=90, private_notes=CANARY)
    )
    vault.close()
    period = ("--sponsor", "VDAB", "--from", "2026-10-01", "--to", "2026-10-31")
    csv_out = tmp_path / "uren.csv"
    code, out, err = run_cli(
        capsys, "hours", str(vault_path), *period, str(csv_out), "--names", "full", stdin=P
    )
    assert (code, err) == (0, "") and out.startswith(f"Wrote hours report to {csv_out} (sha256 ")
    assert csv_out.read_bytes().decode("utf-8-sig") == (
        "client;sessions;hours\r\nZoë Van den Bossche;1;1.5\r\ntotal;1;1.5\r\n"
    )
    pdf_out = tmp_path / "uren.pdf"
    assert run_cli(capsys, "hours", str(vault_path), *period, str(pdf_out), stdin=P)[0] == 0
    assert pdf_out.read_bytes().startswith(b"%PDF") and CANARY.encode() not in pdf_out.read_bytes()
    code, _, err = run_cli(
        capsys, "hours", str(vault_path), *period, str(tmp_path / "u.txt"), stdin=P
    )
    assert code == 2 and one_error_line(err)

    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4\n" + CANARY.encode() + b"\n%%EOF\n")
    code, out, err = run_cli(
        capsys, "attach", str(vault_path), str(zoe.id), str(cv), "--title", "CV", stdin=P
    )
    assert (code, err) == (0, "")
    attachment_id, added, size, privacy, title = out.rstrip("\n").split("\t")
    assert (
        attachment_id.isdigit()
        and date.fromisoformat(added)
        and (size, privacy, title)
        == (
            str(cv.stat().st_size),
            "private",
            "CV",
        )
    )
    photo = tmp_path / "flap.txt"
    photo.write_text("flip-over", encoding="utf-8")
    run_cli(capsys, "attach", str(vault_path), str(zoe.id), str(photo), "--shared", stdin=P)
    code, out, err = run_cli(capsys, "attachments", str(vault_path), str(zoe.id), stdin=P)
    assert (code, err) == (0, "")
    assert sorted(line.split("\t", 3)[3] for line in out.splitlines()) == [
        "private\tCV",
        "shared\tflap",
    ]
    code, out, err = run_cli(capsys, "attachments", str(vault_path), "999", stdin=P)
    assert (code, out) == (1, "") and one_error_line(err)


def test_attach_refuses_a_file_over_the_limit_naming_it(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    zoe = mentees.add_mentee(vault, Mentee(full_name="Zoë Van den Bossche")).value
    vault.close()
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024 + 1)  # sparse: no 25 MB written
    in_dutch(monkeypatch)
    code, out, err = run_cli(capsys, "attach", str(vault_path), str(zoe.id), str(big), stdin=P)
    assert (code, out) == (1, "") and one_error_line(err)
    assert "is groter dan 25 MB, het maximum voor één bijlage" in err


def test_import_of_a_file_that_is_no_csv_is_one_dutch_line(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    binary = tmp_path / "klanten.xlsx.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00naam\x00")
    in_dutch(monkeypatch)
    code, out, err = run_cli(capsys, "import", "clients", str(vault_path), str(binary), stdin=P)
    assert (code, out) == (1, "") and one_error_line(err) and "is geen CSV-bestand" in err
