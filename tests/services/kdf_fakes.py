"""What the re-tune tests of the services, the GUI and the CLI inject: the calibration's
result and the unlock's key derivation time (no real time is measured or asserted)."""

from __future__ import annotations

import pytest

from mentorapp.store import vault as vault_module
from mentorapp.store.keyfile import KdfParams

# What the fake calibration "finds" on this machine: cheap, but not FAST_KDF.
RETUNED_KDF = KdfParams(memory_kib=2048, time_cost=2, parallelism=1)


def fake_kdf_clock(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Every timed key derivation in Vault.open takes ``seconds`` (start 0, end seconds)."""
    readings: list[float] = []

    def clock() -> float:
        readings.append(seconds if len(readings) % 2 else 0.0)
        return readings[-1]

    monkeypatch.setattr(vault_module, "_kdf_clock", clock)
