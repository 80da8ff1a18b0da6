"""What may leave the vault, and where: never into a vault folder, never unlogged."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorapp import cli
from mentorapp.domain.model import Mentee
from mentorapp.services import exports, mentees, plans
from mentorapp.services.exports import CoachInfo
from mentorapp.store import repositories
from mentorapp.store.errors import DiskFull, ExportIntoVault, VaultBusy
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session, snapshot

COACH = CoachInfo("Sam Coach", "Loopbaancentrum", None)


VAULT_PLACES = ["vault.db", "vault.key.json", "backups", "backups/x.json", "new/deeper/out.json"]


@pytest.mark.parametrize("inside", VAULT_PLACES)
def test_no_export_lands_in_a_vault_folder(vault: Vault, inside: str) -> None:
    mentee = add_mentee_with_session(vault, private="PRIVATE-GUARD")
    before = snapshot(vault.folder)
    with pytest.raises(ExportIntoVault):
        exports.export_data(vault, mentee, vault.folder / inside, include_private=True)
    with pytest.raises(ExportIntoVault):
        exports.write_file(vault.folder / inside, b"%PDF-1.4")
    assert snapshot(vault.folder).keys() == before.keys()
    assert mentees.mentee_records(vault, mentee).exports == []


def test_a_link_into_a_vault_is_refused_too(vault: Vault, tmp_path: Path) -> None:
    mentee = add_mentee_with_session(vault)
    link = tmp_path / "innocent"
    link.symlink_to(vault.folder, target_is_directory=True)
    with pytest.raises(ExportIntoVault):
        exports.export_data(vault, mentee, link / "vault.db", include_private=False)


def test_cli_export_onto_vault_db_is_refused_and_the_vault_opens(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault, private="PRIVATE-GUARD")
    vault.close()
    before = snapshot(vault_path)
    argv = ["export", "data", str(vault_path), str(mentee), str(vault_path / "vault.db")]
    code = cli.main(argv, stdin=io.StringIO(PASSPHRASE + "\n"))
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "vault folder" in err
    after = snapshot(vault_path)
    assert after["vault.db"] == before["vault.db"]
    Vault.open(vault_path, PASSPHRASE).close()


def _mentee_with_plan(vault: Vault) -> Mentee:
    mentee = mentees.add_mentee(vault, Mentee(full_name="Zoë")).value
    assert mentee.id is not None
    plans.new_plan(vault, mentee.id, "Plan", date(2026, 11, 30))
    return mentee


def test_a_vault_that_cannot_take_the_log_line_gets_no_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee = _mentee_with_plan(vault)
    assert mentee.id is not None

    def busy(self: object, record: object) -> None:
        raise VaultBusy("another program writes")

    monkeypatch.setattr(repositories.ExportLogRepository, "add", busy)
    target = tmp_path / "out"
    target.mkdir()
    with pytest.raises(VaultBusy):
        exports.export_plan(vault, mentee.id, target / "plan.pdf", COACH, None, date.today())
    assert list(target.iterdir()) == []  # no PDF, no temp file


def test_a_file_that_cannot_be_written_leaves_no_log_line(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee = _mentee_with_plan(vault)
    assert mentee.id is not None

    def full(path: Path, data: bytes) -> str:
        raise DiskFull("no space")

    monkeypatch.setattr(exports, "write_export", full)
    with pytest.raises(DiskFull):
        exports.export_plan(vault, mentee.id, tmp_path / "p.pdf", COACH, None, date.today())
    assert mentees.mentee_records(vault, mentee.id).exports == []


@pytest.mark.parametrize(
    ("coach", "missing"),
    [
        (CoachInfo("Sam Coach", "Loopbaancentrum", None), ()),
        (CoachInfo("Sam Coach", "", None), ("organisation",)),
        (CoachInfo("", "Loopbaancentrum", None), ("name",)),
        (CoachInfo(" \t", "  ", None), ("name", "organisation")),
    ],
)
def test_missing_coach_details_names_what_the_paper_lacks(
    coach: CoachInfo, missing: tuple[str, ...]
) -> None:
    assert exports.missing_coach_details(coach) == missing
    assert set(missing) <= {exports.COACH_NAME, exports.COACH_ORGANISATION}


def test_the_export_time_is_the_pdf_creation_date(vault: Vault, tmp_path: Path) -> None:
    mentee = _mentee_with_plan(vault)
    assert mentee.id is not None
    when = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
    target = tmp_path / "plan.pdf"
    exports.export_plan(vault, mentee.id, target, COACH, None, date(2026, 11, 24), now=when)
    meta = PdfReader(target).metadata
    assert meta is not None and meta.creation_date == when
