"""The GDPR data export of one mentee (art. 15/20) as a JSON document."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from mentorapp import __version__
from mentorapp.domain import clock
from mentorapp.export.safe import to_plain
from mentorapp.store.atomic import atomic_write_bytes

FORMAT = "mentorapp-mentee-export"
FORMAT_VERSION = 3
"""2: each questionnaire answer stands beside its item's text (name, version, section,
question, answer) instead of a bare key; the coach's interpretation stays private.
3: the job crafting ``canvas`` (null when there is none) with its experiments; safaris
gain ``arrangements`` and ``outcome``, skills ``catalogue_id``, moves ``made``, plan
actions ``experiment_id`` and ``skill_id``, activities and sessions ``safari_id``, the
mentee the trajectory's ``outcome`` and ``outcome_note``. The coach's private notes on a
safari or canvas stay private like all ``private_`` fields."""


def mentee_document(records: Any, *, include_private: bool = False) -> dict[str, Any]:
    """The export document for a ``services.mentees.MenteeRecords``; private text
    (``private_...`` fields, the interpretation of questionnaires included) only when
    asked."""
    body = to_plain(records, include_private=include_private)
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
