"""The GDPR data export of one mentee (art. 15/20) as a JSON document, and the mentee's
attachments as files in a folder beside it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mentorapp import __version__
from mentorapp.domain import clock
from mentorapp.export.safe import to_plain
from mentorapp.store.atomic import TEMP_PREFIX, TEMP_SUFFIX, atomic_write_bytes, fsync_dir

FORMAT = "mentorapp-mentee-export"
FORMAT_VERSION = 4
"""2: each questionnaire answer stands beside its item's text (name, version, section,
question, answer) instead of a bare key; the coach's interpretation stays private.
3: the job crafting ``canvas`` (null when there is none) with its experiments; safaris
gain ``arrangements`` and ``outcome``, skills ``catalogue_id``, moves ``made``, plan
actions ``experiment_id`` and ``skill_id``, activities and sessions ``safari_id``, the
mentee the trajectory's ``outcome`` and ``outcome_note``. The coach's private notes on a
safari or canvas stay private like all ``private_`` fields.
Added since (additions only; the number moves to 4 together with the README and the
export tests that pin it): the ``engagement`` (null when there is none), sessions
``billable``, and ``attachments``: each with ``file``, its path beside the JSON (in the
folder ``<name>_attachments``), and ``sha256``; a private attachment only with the
private notes; ``merge_marks``: records of the mentee kept twice after a sync conflict
copy was merged (kind, record id, mentee id, the copy's file name, when, the vault's own
version as ``twin_id``), until the coach has looked at them."""

ATTACHMENTS_SUFFIX = "_attachments"
_UNSAFE = set('/\\:*?"<>|')


def mentee_document(
    records: Any,
    *,
    include_private: bool = False,
    attachment_files: dict[int, tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """The export document for a ``services.mentees.MenteeRecords``; private text
    (``private_...`` fields, the interpretation of questionnaires included) and private
    attachments only when asked. ``attachment_files``: attachment id -> (path beside the
    JSON, SHA-256) of each file written; an attachment without one is left out."""
    body = to_plain(records, include_private=include_private)
    files = attachment_files or {}
    body["attachments"] = [
        {**item, "file": files[item["id"]][0], "sha256": files[item["id"]][1]}
        for item in body.get("attachments", [])
        if item["id"] in files and (include_private or not item["private"])
    ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_by": f"Mentorapp {__version__}",
        "generated_at": clock.now().isoformat(),
        "includes_private_notes": include_private,
        **body,
    }


def json_bytes(document: dict[str, Any]) -> bytes:
    """The export document as the UTF-8 bytes of the file."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json(path: Path, document: dict[str, Any]) -> str:
    """Write atomically; returns the SHA-256 of the bytes written (for the export log)."""
    data = json_bytes(document)
    atomic_write_bytes(path, data, mode=0o600)
    return hashlib.sha256(data).hexdigest()


def attachments_folder(path: Path) -> Path:
    """The folder beside the export file ``path`` that holds its attachments."""
    path = Path(path)
    return path.with_name(path.stem + ATTACHMENTS_SUFFIX)


def attachment_file_name(attachment_id: int, file_name: str) -> str:
    """``<id>-<original name>``: unique in the folder, the name made safe for any disk."""
    name = unicodedata.normalize("NFC", Path(file_name.replace("\\", "/")).name)
    cleaned = "".join(
        "_" if c in _UNSAFE or unicodedata.category(c).startswith("C") else c for c in name
    )
    cleaned = cleaned.strip(" .")[:120] or "attachment"
    return f"{attachment_id}-{cleaned}"


def write_attachments(
    folder: Path, files: Iterable[tuple[str, Callable[[], bytes]]]
) -> dict[str, str]:
    """Write each (name, bytes reader) into ``folder`` as a whole: the files go into a
    temp folder beside it (each written atomically), which then replaces ``folder`` (an
    earlier export's folder of the same name goes; nothing else is touched). Nothing to
    write: ``folder`` goes. Returns name -> SHA-256."""
    folder = Path(folder)
    written: dict[str, str] = {}
    staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder.parent))
    try:
        for name, read in files:
            data = read()
            atomic_write_bytes(staging / name, data, mode=0o600)
            written[name] = hashlib.sha256(data).hexdigest()
        fsync_dir(staging)
        old = folder.with_name(f"{TEMP_PREFIX}{os.urandom(6).hex()}{TEMP_SUFFIX}")
        if folder.exists():
            os.replace(folder, old)
        if written:
            os.replace(staging, folder)
        fsync_dir(folder.parent)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def remove_attachments(folder: Path) -> None:
    """Take back a folder ``write_attachments`` wrote (its export did not complete)."""
    shutil.rmtree(folder, ignore_errors=True)
