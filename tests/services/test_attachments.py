"""Attachments: a mentee's files kept inside the vault, private by default, their bytes
leaving only into memory, a copy the coach asked for, or the data export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentorapp.domain import media
from mentorapp.domain.ids import AttachmentId, MenteeId
from mentorapp.services import attachments
from mentorapp.services.changes import Area
from mentorapp.store.errors import ExportIntoVault, NoSuchRecord
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


def test_attach_list_read_edit_and_delete(vault: Vault, tmp_path: Path) -> None:
    mentee = add_mentee_with_session(vault)
    source = tmp_path / "cv Zoë.pdf"
    source.write_bytes(PDF)
    added = attachments.attach(vault, mentee, source, added_on=date(2026, 11, 2))
    assert added.changes.touches(Area.ATTACHMENTS) and added.changes.mentee_id == mentee
    cv = added.value
    assert (cv.title, cv.file_name, cv.media_type, cv.size, cv.private) == (
        "cv Zoë",
        "cv Zoë.pdf",
        media.PDF,
        len(PDF),
        True,
    )
    photo = attachments.attach(
        vault, mentee, PNG, "Flip-over", private=False, file_name="bord.png"
    ).value
    assert photo.media_type == media.PNG and not photo.private
    named = attachments.attach(vault, mentee, PNG, file_name="C:\\scans\\map/bord 2.png").value
    assert (named.file_name, named.title) == ("bord 2.png", "bord 2")
    assert named.id is not None
    attachments.delete_attachment(vault, named.id)
    assert [a.title for a in attachments.attachments(vault, mentee)] == ["Flip-over", "cv Zoë"]
    assert cv.id is not None and photo.id is not None
    assert attachments.content(vault, cv.id) == PDF

    cv.title, cv.private = "CV", False
    edited = attachments.update_attachment(vault, cv).value
    assert (edited.title, edited.private, edited.size) == ("CV", False, len(PDF))
    assert attachments.content(vault, cv.id) == PDF

    attachments.delete_attachment(vault, cv.id)
    assert [a.id for a in attachments.attachments(vault, mentee)] == [photo.id]
    with pytest.raises(NoSuchRecord):
        attachments.content(vault, cv.id)


def test_a_file_over_the_limit_is_refused_with_the_limit(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee = add_mentee_with_session(vault)
    monkeypatch.setattr(attachments, "MAX_BYTES", 100)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 101)
    with pytest.raises(attachments.TooLarge) as refused:
        attachments.attach(vault, mentee, big)
    assert (refused.value.size, refused.value.limit) == (101, 100)
    with pytest.raises(attachments.TooLarge):
        attachments.attach(vault, mentee, b"x" * 101, file_name="big.bin")
    assert attachments.attachments(vault, mentee) == []
    assert attachments.MAX_BYTES == 100
    monkeypatch.undo()
    assert attachments.MAX_BYTES == 25 * 1024 * 1024


def test_attach_to_a_mentee_who_is_gone_stores_nothing(vault: Vault) -> None:
    with pytest.raises(NoSuchRecord):
        attachments.attach(vault, MenteeId(404), PNG, file_name="x.png")


def test_save_a_copy_writes_the_bytes_whole_and_never_into_a_vault(
    vault: Vault, tmp_path: Path
) -> None:
    mentee = add_mentee_with_session(vault)
    stored = attachments.attach(vault, mentee, PDF, file_name="cv.pdf").value
    assert stored.id is not None
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    assert attachments.save_copy(vault, stored.id, target).value == target
    assert target.read_bytes() == PDF
    assert [p.name for p in target.parent.iterdir()] == ["copy.pdf"]  # no temp left
    with pytest.raises(ExportIntoVault):
        attachments.save_copy(vault, stored.id, vault.folder / "copy.pdf")
    assert not (vault.folder / "copy.pdf").exists()
    with pytest.raises(NoSuchRecord):
        attachments.save_copy(vault, AttachmentId(999), tmp_path / "none.pdf")


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (PDF, "a.bin", media.PDF),
        (PNG, "a.pdf", media.PNG),
        (b"\xff\xd8\xff\xe0rest", "a", media.JPEG),
        (b"GIF89a...", "a", media.GIF),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a", media.WEBP),
        (b"PK\x03\x04rest", "notes.docx", media.DOCX),
        (b"PK\x03\x04rest", "a.zip", media.ZIP),
        ("Gesprek met Zoë\n".encode(), "a.txt", media.TEXT),
        (b"\x00\x01\x02", "a", media.UNKNOWN),
    ],
)
def test_the_media_type_comes_from_the_content(head: bytes, name: str, kind: str) -> None:
    assert media.sniff(head, name) == kind
    assert media.viewable(kind) == (kind in {media.PDF, *media.IMAGES})
