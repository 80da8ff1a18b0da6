"""What kind of file a run of bytes is, by its first bytes (never by the name alone)."""

from __future__ import annotations

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEXT = "text/plain"
UNKNOWN = "application/octet-stream"

IMAGES = frozenset({PNG, JPEG, GIF, WEBP})
"""Kinds the app shows itself (from memory) besides PDF."""

_MAGIC = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
)
# A zip container is only an Office document when its name says so and it is a zip.
_OFFICE = {".docx": DOCX, ".xlsx": XLSX}


def sniff(head: bytes, file_name: str = "") -> str:
    """The media type of a file that starts with ``head`` (its first bytes)."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"PK\x03\x04"):
        suffix = file_name[file_name.rfind(".") :].lower() if "." in file_name else ""
        return _OFFICE.get(suffix, ZIP)
    sample = head[:1024]
    if sample and b"\x00" not in sample:
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:  # not merely a character cut off at the end
                return UNKNOWN
        return TEXT
    return UNKNOWN


def viewable(media_type: str) -> bool:
    """True when the app's own viewer opens it (a PDF or an image), from memory."""
    return media_type == PDF or media_type in IMAGES
