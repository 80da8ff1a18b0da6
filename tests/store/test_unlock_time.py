"""The real key derivation is tuned so an unlock costs about half a second to a second.

What a test can hold on any machine, however busy: the calibrated parameters are never
below the minimum (too cheap is a security bug) and an unlock really runs the KDF. How
long it takes on this machine is the bench's figure (`make bench`, budget 0.5-1.0 s);
here it is printed, not asserted.
"""

from __future__ import annotations

import time
from pathlib import Path

from mentorapp.store.keyfile import MIN_KDF, KeyFile
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE


def test_a_calibrated_vault_never_derives_below_the_minimum_cost(tmp_path: Path) -> None:
    path = tmp_path / "real.mentorvault"
    Vault.create(path, PASSPHRASE)[0].close()  # kdf=None: calibrated on this machine
    params = KeyFile.load(path / "vault.key.json").params
    assert params.memory_kib >= MIN_KDF.memory_kib and params.time_cost >= MIN_KDF.time_cost
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        Vault.open(path, PASSPHRASE).close()
        timings.append(time.perf_counter() - started)
    median = sorted(timings)[1]
    print(f"\ncalibrated unlock: {params}, median {median:.3f} s")
    assert params.memory_kib * params.time_cost >= MIN_KDF.memory_kib * MIN_KDF.time_cost
