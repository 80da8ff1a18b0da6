"""An attachment's bytes are in no file outside the vault: not after attach, not after it
is read into memory, not in an export that leaves private ones out, not after erasure
(of the vault's pages, its write-ahead log or its purged backups). Backups carry them."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from mentorapp.domain.ids import AttachmentId, MenteeId
from mentorapp.services import attachments, exports, vault_life
from mentorapp.store import backup
from mentorapp.store.vault import DB_NAME, Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session
from tests.store.plaintext import files_in, holding

CANARY = "KANARIE-spreeuw-4471-bijlage"
SHARED = "GEDEELD-vink-9012-bijlage"


def _pdf(word: str) -> bytes:
    # Large enough to spill over several database pages; the word in every kilobyte.
    return b"%PDF-1.4\n" + (f"({word})".encode() + b" " * 1000) * 12


def _plant(vault: Vault, source: Path) -> tuple[MenteeId, AttachmentId, AttachmentId]:
    mentee = add_mentee_with_session(vault, "Noor Peeters", private="notitie")
    source.write_bytes(_pdf(CANARY))
    private = attachments.attach(vault, mentee, source).value
    shared = attachments.attach(
        vault, mentee, _pdf(SHARED), "Flip-over", private=False, file_name="bord.pdf"
    ).value
    source.unlink()  # the coach's own copy: not ours to keep or remove, gone from the test
    assert private.id is not None and shared.id is not None
    return mentee, private.id, shared.id


@pytest.fixture(autouse=True)
def _scratch_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Temp files of this test go to a folder of its own, to be searched whole."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))


def _vault_files(vault: Vault) -> list[Path]:
    return [vault.folder / DB_NAME, vault.folder / (DB_NAME + "-wal")]


def _outside(tmp_path: Path, vault: Vault) -> list[Path]:
    """Every file under the test's folder (its temp folder too), the vault's own aside."""
    assert Path(tempfile.gettempdir()).parent == tmp_path
    return [p for p in files_in(tmp_path) if vault.folder not in p.parents]


def test_attach_and_read_leave_the_bytes_only_inside_the_encrypted_vault(
    vault: Vault, tmp_path: Path
) -> None:
    source = tmp_path / "inbox" / "cv.pdf"
    source.parent.mkdir()
    _mentee, private, _shared = _plant(vault, source)
    assert attachments.content(vault, private) == _pdf(CANARY)  # into memory

    assert holding(_vault_files(vault), vault.data_key, CANARY)  # the search does find it
    for path in files_in(vault.folder):
        assert CANARY.encode() not in path.read_bytes(), path.name  # never in clear
    assert [p.name for p in _outside(tmp_path, vault) if CANARY.encode() in p.read_bytes()] == []


def test_the_data_export_writes_shared_attachments_and_private_ones_only_when_asked(
    vault: Vault, tmp_path: Path
) -> None:
    source = tmp_path / "cv.pdf"
    mentee, private, shared = _plant(vault, source)
    out = tmp_path / "export" / "Noor.json"
    out.parent.mkdir()

    exports.export_data(vault, mentee, out, include_private=True)
    folder = out.parent / "Noor_attachments"
    assert sorted(p.name for p in folder.iterdir()) == [f"{private}-cv.pdf", f"{shared}-bord.pdf"]
    assert (folder / f"{private}-cv.pdf").read_bytes() == _pdf(CANARY)

    # Again without the private notes, onto the same file: the private copy goes too.
    exports.export_data(vault, mentee, out, include_private=False)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["includes_private_notes"] is False
    (item,) = document["attachments"]
    assert (item["title"], item["private"], item["file"]) == (
        "Flip-over",
        False,
        f"Noor_attachments/{shared}-bord.pdf",
    )
    assert (out.parent / item["file"]).read_bytes() == _pdf(SHARED)
    assert [p.name for p in folder.iterdir()] == [f"{shared}-bord.pdf"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["Noor.json", "Noor_attachments"]
    assert [p.name for p in _outside(tmp_path, vault) if CANARY.encode() in p.read_bytes()] == []


def test_an_export_whose_log_line_fails_takes_its_attachments_back(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee, _private, _shared = _plant(vault, tmp_path / "cv.pdf")
    out = tmp_path / "Noor.json"

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(exports, "write_export", refuse)
    with pytest.raises(OSError):
        exports.export_data(vault, mentee, out, include_private=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([vault.folder.name, "tmp"])


def test_backups_carry_attachments_and_erasure_with_purge_leaves_none(
    vault: Vault, tmp_path: Path
) -> None:
    mentee, private, _shared = _plant(vault, tmp_path / "cv.pdf")
    vault_life.back_up(vault, vault_life.BackupPolicy())
    (made,) = backup.list_backups(vault.folder / "backups")
    assert holding(files_in(vault.folder / "backups"), vault.data_key, CANARY)

    # A restored backup holds the file whole.
    folder = vault.folder
    attachments.delete_attachment(vault, private)
    vault.close()
    backup.restore(folder, made.path, PASSPHRASE)
    with Vault.open(folder, PASSPHRASE) as restored:
        assert attachments.content(restored, private) == _pdf(CANARY)
        vault_life.erase_mentees(restored, [mentee], "request", purge_backups=True)
        assert attachments.attachments(restored, mentee) == []
        everything = [*_vault_files(restored), *files_in(folder / "backups")]
        assert holding(everything, restored.data_key, CANARY) == []
        assert holding(everything, restored.data_key, SHARED) == []
