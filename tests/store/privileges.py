"""Make file permissions bite in tests, also when the suite runs as root.

Root ignores ``chmod`` through the DAC override capabilities. ``permissions_enforced``
drops them from this thread's *effective* set (they stay permitted) and puts them back
afterwards, so ``chmod 000`` means what it says for a coach's normal account. Linux
capabilities are per thread: everything inside runs on the calling thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Iterator

import pytest

_CAP_V3 = 0x20080522
_DAC_CAPS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _capabilities() -> tuple[ctypes.CDLL, _Header, ctypes.Array[_Data]]:
    libc = ctypes.CDLL(None, use_errno=True)
    header = _Header(_CAP_V3, 0)
    data = (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        pytest.skip("capget failed: cannot drop root's permission override here")
    return libc, header, data


@contextlib.contextmanager
def permissions_enforced() -> Iterator[None]:
    """Inside, this thread is refused what the file modes refuse."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        yield
        return
    if not sys.platform.startswith("linux"):
        pytest.skip("running as root where capabilities cannot be dropped")
    libc, header, data = _capabilities()
    saved = data[0].effective
    for cap in _DAC_CAPS:
        data[0].effective &= ~(1 << cap) & 0xFFFFFFFF
    if libc.capset(ctypes.byref(header), data) != 0:
        pytest.skip("capset failed: cannot drop root's permission override here")
    try:
        yield
    finally:
        data[0].effective = saved
        libc.capset(ctypes.byref(header), data)
