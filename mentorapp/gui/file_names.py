"""Suggested file and folder names: no characters a file system refuses, any script kept."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_file_name(name: str, fallback: str = "export.pdf") -> str:
    """``name`` with forbidden characters replaced by "_"; ``fallback`` if nothing is left."""
    return _UNSAFE.sub("_", name).strip(" .") or fallback
