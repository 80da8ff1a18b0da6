"""Putting an export on disk: whole or not at all, with the SHA-256 for the export log."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mentorapp.store.atomic import atomic_write_bytes


def write_export(path: Path, data: bytes) -> str:
    """Write ``data`` to ``path`` atomically and return its SHA-256 (hex).

    The bytes go to a temp file in the target folder, are fsynced and then replace the
    target: a failure at any point leaves an existing file untouched and no temp file.
    """
    atomic_write_bytes(Path(path), data, mode=0o600)
    return hashlib.sha256(data).hexdigest()
