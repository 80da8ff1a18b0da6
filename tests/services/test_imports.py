"""Importing a client list written by Excel and a folder of notes: the dry run changes
nothing, the import is all or nothing (a cancel, a kill -9), duplicates are skipped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import docx
import pytest

from mentorapp.domain.model import Mentee
from mentorapp.services import imports, mentees, sessions
from mentorapp.services.imports import ClientField, ImportCancelled, SkipReason
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, snapshot

# As Excel's "CSV UTF-8 (comma delimited)" saves it in a Dutch locale: a BOM, semicolons,
# CRLF, and a quoted field holding a line break and a semicolon.
EXCEL_UTF8 = (
    "\ufeffVoornaam;Achternaam;Organisatie;E-mail;Telefoon;Afdeling;Functie\r\n"
    'Zoë;Van den Bossche;Stad Gent;zoe@example.be;0470 12 34 56;ICT;"Analist;\r\nteamlead"\r\n'
    "Jan;Peeters;Fluvius;;;;\r\n"
    ";;Fluvius;;;;\r\n"
    "Jan;Peeters;Fluvius;jan@example.be;;;\r\n"
    "Jan;Peeters;Stad Gent;;;;\r\n"
).encode()
# As Excel's plain "CSV" saves it on Windows: Windows-1252, commas, English headers.
EXCEL_1252 = (
    "Name,Organisation,Email,Department,Role\r\n"
    '"Élodie Müller","Café Noël",e@example.com,Keuken,"Chef, Pâtissière"\r\n'
).encode("cp1252")


def _csv(tmp_path: Path, data: bytes, name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _stored(folder: Path) -> dict[str, bytes]:
    """The vault's files, but SQLite's shared-memory index, which a mere read updates."""
    return {name: data for name, data in snapshot(folder).items() if not name.endswith("-shm")}


def _names(vault: Vault) -> list[str]:
    return sorted(s.display_name for s in mentees.summaries(vault))


def test_excel_utf8_with_bom_semicolons_and_a_line_break_in_a_field(
    vault: Vault, tmp_path: Path
) -> None:
    mentees.add_mentee(vault, Mentee(full_name="Jan Peeters", organisation="Stad Gent"))
    table = imports.read_clients_csv(_csv(tmp_path, EXCEL_UTF8))
    assert (table.dialect, table.encoding) == (";", "utf-8-sig")
    assert table.headers[0] == "Voornaam"
    assert [line for line, _ in table.rows] == [2, 4, 5, 6, 7]  # the quoted break: 2 lines
    mapping = imports.guess_mapping(table.headers)
    assert mapping == {
        ClientField.FIRST_NAME: 0,
        ClientField.LAST_NAME: 1,
        ClientField.ORGANISATION: 2,
        ClientField.EMAIL: 3,
        ClientField.PHONE: 4,
        ClientField.DEPARTMENT: 5,
        ClientField.CURRENT_ROLE: 6,
    }
    plan = imports.plan_client_import(vault, table, mapping)
    assert [m.full_name for m in plan.created] == ["Zoë Van den Bossche", "Jan Peeters"]
    assert plan.created[0].current_role == "Analist; teamlead"
    assert plan.skipped == [
        imports.Skipped("5", SkipReason.NO_NAME),
        imports.Skipped("6", SkipReason.TWICE),
        imports.Skipped("7", SkipReason.IN_VAULT),
    ]
    result = imports.run_client_import(vault, plan).value
    assert [name for _, name in result.created] == ["Zoë Van den Bossche", "Jan Peeters"]
    stored = mentees.get_mentee(vault, result.created[0][0])
    assert (stored.organisation, stored.email, stored.phone) == (
        "Stad Gent",
        "zoe@example.be",
        "0470 12 34 56",
    )
    assert _names(vault) == ["Jan Peeters", "Jan Peeters", "Zoë Van den Bossche"]
    # The same file again: everyone is already there.
    again = imports.plan_client_import(vault, table, mapping)
    assert again.created == [] and {s.reason for s in again.skipped} >= {SkipReason.IN_VAULT}


def test_excel_windows_1252_with_commas_and_english_headers(vault: Vault, tmp_path: Path) -> None:
    table = imports.read_clients_csv(_csv(tmp_path, EXCEL_1252))
    assert (table.dialect, table.encoding) == (",", "cp1252")
    mapping = imports.guess_mapping(table.headers)
    plan = imports.plan_client_import(vault, table, mapping)
    [mentee] = plan.created
    assert (mentee.full_name, mentee.organisation, mentee.current_role) == (
        "Élodie Müller",
        "Café Noël",
        "Chef, Pâtissière",
    )


def test_a_dry_run_changes_nothing_and_a_cancel_rolls_back(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    table = imports.read_clients_csv(_csv(tmp_path, EXCEL_UTF8))
    before = _stored(vault_path)
    plan = imports.plan_client_import(vault, table, imports.guess_mapping(table.headers))
    assert len(plan.created) == 3 and _stored(vault_path) == before
    calls: list[int] = []
    with pytest.raises(ImportCancelled):
        imports.run_client_import(
            vault,
            plan,
            progress=lambda done, _total: calls.append(done),
            cancelled=lambda: bool(calls),
        )
    assert calls == [1] and _names(vault) == []


def test_a_killed_import_leaves_the_vault_as_it_was(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    mentees.add_mentee(vault, Mentee(full_name="Er al"))
    rows = "".join(f"Client {i};Org\r\n" for i in range(200))
    path = _csv(tmp_path, f"Naam;Organisatie\r\n{rows}".encode())
    vault.close()
    child = Path(__file__).with_name("import_child.py")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    proc = subprocess.Popen(
        [sys.executable, str(child), str(vault_path), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        assert proc.stdout.readline() == "busy\n", proc.stderr.read() if proc.stderr else ""
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        assert _names(reopened) == ["Er al"]
    finally:
        reopened.close()


def _notes_folder(root: Path) -> Path:
    folder = root / "notities"
    (folder / "Zoë Van den Bossche").mkdir(parents=True)
    (folder / "Nieuwe Klant").mkdir()
    zoe, new = folder / "Zoë Van den Bossche", folder / "Nieuwe Klant"
    (zoe / "intake.md").write_text(
        "---\ntitle: Intake\ndate: 2023-02-14\n---\n# Intake\nWil naar HR.\n", encoding="utf-8"
    )
    (zoe / "gesprek 03-04-2023.txt").write_bytes("Zoë twijfelt nog; café.\r\n".encode("cp1252"))
    word = docx.Document()
    word.add_paragraph("Gesprek van 2023-05-09")
    word.add_paragraph("Sollicitatie voorbereid.")
    word.save(str(new / "mei.docx"))
    (new / "kapot.docx").write_bytes(b"PK\x03\x04 not really a zip")
    dated = new / "zonder datum.md"
    dated.write_text("Alleen tekst.\n", encoding="utf-8")
    os.utime(dated, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    (new / "leeg.txt").write_text("  \n", encoding="utf-8")
    (new / ".DS_Store").write_bytes(b"\0\0")
    (folder / "los.txt").write_text("niet in een map", encoding="utf-8")
    return folder


def test_a_notes_folder_with_markdown_text_word_and_a_broken_file(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    zoe = mentees.add_mentee(vault, Mentee(full_name="Zoë Van den Bossche")).value
    table = imports.read_notes_folder(_notes_folder(tmp_path))
    found = {n.where: (n.on, n.text) for n in table.notes}
    assert found == {
        "Nieuwe Klant/mei.docx": (
            date(2023, 5, 9),
            "Gesprek van 2023-05-09\nSollicitatie voorbereid.",
        ),
        "Nieuwe Klant/zonder datum.md": (date(2023, 11, 14), "Alleen tekst."),
        "Zoë Van den Bossche/gesprek 03-04-2023.txt": (date(2023, 4, 3), "Zoë twijfelt nog; café."),
        "Zoë Van den Bossche/intake.md": (date(2023, 2, 14), "# Intake\nWil naar HR."),
    }
    assert set(table.unreadable) == {
        imports.Skipped("Nieuwe Klant/kapot.docx", SkipReason.NOT_WORD),
        imports.Skipped("Nieuwe Klant/leeg.txt", SkipReason.EMPTY),
        imports.Skipped("los.txt", SkipReason.NOT_IN_FOLDER),
    }
    before = _stored(vault_path)
    plan = imports.plan_notes_import(vault, table)
    assert _stored(vault_path) == before  # the dry run
    assert plan.new_mentees == ["Nieuwe Klant"]
    result = imports.run_notes_import(vault, plan).value
    assert (result.mentees, result.sessions, len(result.skipped)) == (1, 4, 3)
    assert zoe.id is not None
    logged = sessions.sessions_of(vault, zoe.id)
    assert [(s.started_at.date(), s.shared_summary) for s in logged] == [
        (date(2023, 4, 3), ""),
        (date(2023, 2, 14), ""),
    ]
    assert logged[0].private_notes == "Zoë twijfelt nog; café."  # private, never shared
    # The same folder again: nothing new.
    again = imports.plan_notes_import(vault, imports.read_notes_folder(tmp_path / "notities"))
    assert again.notes == [] and again.new_mentees == []
    assert sum(s.reason is SkipReason.ALREADY_IMPORTED for s in again.skipped) == 4


def test_dates_in_names_and_lines() -> None:
    assert imports.date_in("2024_03_18 gesprek") == date(2024, 3, 18)
    assert imports.date_in("verslag 18.03.2024") == date(2024, 3, 18)
    assert imports.date_in("2024-13-40 en 01/02/2024") == date(2024, 2, 1)
    assert imports.date_in("versie 12345678") is None


def test_a_binary_file_or_a_giant_field_is_no_table(tmp_path: Path) -> None:
    for data in (b"PK\x03\x04\x00\x00naam;x\x00\x00", b'naam\r\n"' + b"x" * 200_000 + b'"\r\n'):
        with pytest.raises(imports.NotATable) as caught:
            imports.read_clients_csv(_csv(tmp_path, data))
        assert str(caught.value) == ""  # nothing of the file's text in it


def test_excel_unicode_text_utf16_with_tabs(vault: Vault, tmp_path: Path) -> None:
    data = "Naam\tOrganisatie\r\nZoë Van den Bossche\tStad Gent\r\n".encode("utf-16")
    table = imports.read_clients_csv(_csv(tmp_path, data, "klanten.txt"))
    assert (table.dialect, table.encoding) == ("\t", "utf-16")
    plan = imports.plan_client_import(vault, table, imports.guess_mapping(table.headers))
    assert [(m.full_name, m.organisation) for m in plan.created] == [
        ("Zoë Van den Bossche", "Stad Gent")
    ]
