"""Attachments: files of a mentee kept inside the encrypted vault (a CV, a filled-in form,
a photo of a flip chart), private by default.

Bytes enter through ``attach`` and leave only through ``content`` (into memory, for the
app's own viewer), ``save_copy`` (a file the coach chose) and the GDPR data export.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from mentorapp.domain import clock, media
from mentorapp.domain.ids import AttachmentId, MenteeId
from mentorapp.domain.model import Attachment
from mentorapp.export.files import write_export
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.services.exports import check_target
from mentorapp.store.practice_repository import AttachmentRepository
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import Vault

MAX_BYTES = 25 * 1024 * 1024
"""The most one attachment may hold (the coach sees this limit when a file is refused)."""


class TooLarge(Exception):
    """The file is larger than ``limit`` bytes (``MAX_BYTES``); nothing was stored."""

    def __init__(self, size: int, limit: int = MAX_BYTES) -> None:
        super().__init__(f"the file has {size} bytes, more than the limit of {limit}")
        self.size = size
        self.limit = limit


def _changes(mentee_id: MenteeId) -> Changes:
    return Changes.of(Area.ATTACHMENTS, mentee_id=mentee_id)


def _read(source: Path) -> bytes:
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise TooLarge(size, MAX_BYTES)
    with source.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)  # the file may have grown since
    if len(data) > MAX_BYTES:
        raise TooLarge(len(data), MAX_BYTES)
    return data


def attach(
    vault: Vault,
    mentee_id: MenteeId,
    source: Path | bytes,
    title: str = "",
    *,
    private: bool = True,
    file_name: str = "",
    added_on: date | None = None,
) -> Outcome[Attachment]:
    """Keep a file (a path, or its bytes with ``file_name``) with the mentee.

    ``TooLarge`` over ``MAX_BYTES``. The title defaults to the file's name without its
    extension; the media type is sniffed from the content.
    """
    if isinstance(source, bytes):
        data = source
        if len(data) > MAX_BYTES:
            raise TooLarge(len(data), MAX_BYTES)
    else:
        data = _read(Path(source))
        file_name = file_name or Path(source).name
    # The name only, never a folder: it is offered again by "Save a copy as".
    file_name = Path(file_name.replace("\\", "/")).name.strip() or "attachment"
    record = Attachment(
        mentee_id=mentee_id,
        title=title.strip() or Path(file_name).stem or file_name,
        file_name=file_name,
        media_type=media.sniff(data[:4096], file_name),
        size=len(data),
        added_on=added_on or clock.now().date(),
        private=private,
    )
    with vault.transaction() as db:
        MenteeRepository(db).get(mentee_id)  # NoSuchRecord for a mentee who is gone
        stored = AttachmentRepository(db).add_with(record, data)
    return Outcome(stored, _changes(mentee_id))


def attachments(vault: Vault, mentee_id: MenteeId) -> list[Attachment]:
    """The mentee's attachments, newest first (without their bytes)."""
    with vault.reading() as db:
        found = AttachmentRepository(db).for_mentee(mentee_id)
    return sorted(found, key=lambda a: (a.added_on, a.id or 0), reverse=True)


def attachment(vault: Vault, attachment_id: AttachmentId) -> Attachment:
    """One attachment (``NoSuchRecord`` if there is none), without its bytes."""
    with vault.reading() as db:
        return AttachmentRepository(db).get(attachment_id)


def content(vault: Vault, attachment_id: AttachmentId) -> bytes:
    """The attachment's bytes, into memory only (``NoSuchRecord`` if there is none)."""
    with vault.reading() as db:
        return AttachmentRepository(db).content(attachment_id)


def update_attachment(vault: Vault, record: Attachment) -> Outcome[Attachment]:
    """Write the title, date and privacy as edited; the file itself never changes."""
    if record.id is None:
        raise ValueError("the attachment is not stored yet")
    with vault.transaction() as db:
        repo = AttachmentRepository(db)
        stored = repo.get(record.id)
        if stored.mentee_id != record.mentee_id:
            raise ValueError("the attachment belongs to another mentee")
        edited = replace(
            stored,
            title=record.title.strip() or stored.title,
            added_on=record.added_on,
            private=record.private,
        )
        repo.update(edited)
    return Outcome(edited, _changes(edited.mentee_id))


def delete_attachment(vault: Vault, attachment_id: AttachmentId) -> Outcome[None]:
    """Delete the attachment and its bytes (secure_delete overwrites the freed pages)."""
    with vault.transaction() as db:
        repo = AttachmentRepository(db)
        mentee_id = repo.get(attachment_id).mentee_id
        repo.delete(attachment_id)
    return Outcome(None, _changes(mentee_id))


def save_copy(vault: Vault, attachment_id: AttachmentId, target: Path) -> Outcome[Path]:
    """Write a plain (unencrypted) copy where the coach chose: temp file in the target
    folder, fsync, replace. Refused inside a vault folder (``ExportIntoVault``)."""
    target = Path(target)
    check_target(target)
    data = content(vault, attachment_id)
    write_export(target, data)
    return Outcome(target, Changes.of())
