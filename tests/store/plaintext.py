"""What an encrypted vault file holds, page by page: to search its every byte for a canary.

A search of the raw bytes of a SQLCipher file finds nothing whatever it holds, so it
proves nothing. These helpers decrypt each page the way SQLCipher 4 stores it with a raw
key (4096-byte pages; each ends in 80 reserved bytes: a 16-byte IV, then the HMAC;
AES-256-CBC over the rest), in a database file and in the frames of its write-ahead log.
In CBC a block decrypts with the ciphertext block before it, so decrypting page 1 from
its start (its first 16 bytes are the salt) garbles only its first two blocks.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, data_key: bytes) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[: PAGE - RESERVE]) + decryptor.finalize()


def pages(path: Path) -> list[bytes]:
    """The encrypted pages in a database file or a write-ahead log."""
    data = path.read_bytes()
    if path.name.endswith("-wal"):
        step = FRAME_HEADER + PAGE
        return [
            data[at + FRAME_HEADER : at + step]
            for at in range(WAL_HEADER, len(data) - step + 1, step)
        ]
    return [data[at : at + PAGE] for at in range(0, len(data) - PAGE + 1, PAGE)]


def plaintext(path: Path, data_key: bytes) -> bytes:
    """Every page of ``path`` decrypted with ``data_key``, one after the other."""
    return b"".join(_decrypt(page, data_key) for page in pages(path))


def holding(files: list[Path], data_key: bytes, needle: str) -> list[str]:
    """Names of the files whose raw bytes or decrypted pages contain ``needle``."""
    wanted = needle.encode("utf-8")
    found = []
    for path in files:
        if not path.is_file():
            continue
        if wanted in path.read_bytes() or wanted in plaintext(path, data_key):
            found.append(path.name)
    return found


def files_in(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())
