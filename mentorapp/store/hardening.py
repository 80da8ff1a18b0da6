"""Keeping key material out of core dumps and out of memory we no longer need.

``harden_process`` runs first thing in ``mentorapp.__main__``: no core files (a core of
an unlocked - or even a locked - app holds the data key and notes), and on Linux the
process is marked not dumpable, which also keeps other processes of the same user from
attaching a debugger or reading ``/proc/<pid>/mem``.

The wipe helpers zero buffers this package built itself. What Python cannot promise:
``str`` and ``bytes`` are immutable and copied freely (by slicing, encoding, hashing,
by libraries), and freed memory is handed back to the allocator as it is, not zeroed.
So wiping narrows how many copies live and for how long; it cannot prove none is left.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> list[str]:
    """Turn core dumps off for this process; returns what was applied (for the tests)."""
    applied: list[str] = []
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: no rlimits; WER is configured by the OS
        resource = None  # type: ignore[assignment]
    if resource is not None:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            applied.append("rlimit_core")
        except (ValueError, OSError):
            pass
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                applied.append("not_dumpable")
        except (OSError, AttributeError):
            pass
    return applied


def is_dumpable() -> bool | None:
    """Linux: whether the kernel would write a core for this process; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def wipe(buffer: bytearray) -> None:
    """Zero a mutable buffer in place."""
    if buffer:
        ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))


def wipe_str(text: str) -> None:
    """Best effort: zero an ASCII ``str`` this package built and nobody else holds.

    Only CPython's compact ASCII strings are touched, and only when the caller's one
    reference is the only one (a shared or interned string is left alone).
    """
    if (
        sys.implementation.name != "cpython"
        or type(text) is not str
        or not text
        or not text.isascii()
        or sys.getrefcount(text) > 3  # the caller's name, this parameter, getrefcount's
    ):
        return
    size = len(text)
    start = id(text) + sys.getsizeof(text) - size - 1
    ctypes.memset(start, 0, size)


__all__ = ["harden_process", "is_dumpable", "wipe", "wipe_str"]
