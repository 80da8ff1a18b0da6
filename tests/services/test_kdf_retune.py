"""The unlock's key derivation, measured and re-tuned (issue 15, "the budgets, met").

No real time is asserted here: the durations are injected (a fake clock, a fake
calibration). The real figures come from a measurement on the machine (see the report
of issue 15 and README "The vault").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorapp.services import vault_life
from mentorapp.services.changes import NOTHING
from mentorapp.store import keyfile
from mentorapp.store.errors import VaultOpenedReadOnly, WrongPassphrase
from mentorapp.store.keyfile import KdfParams, KeyFile
from mentorapp.store.vault import Vault, db_path, key_path
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.services.kdf_fakes import RETUNED_KDF, fake_kdf_clock


@pytest.fixture
def made(vault_path: Path) -> Path:
    created, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(created)
    created.close()
    return vault_path


@pytest.fixture
def fake_calibration(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    targets: list[float] = []

    def calibrate(target_seconds: float = 0.6) -> KdfParams:
        targets.append(target_seconds)
        return RETUNED_KDF

    monkeypatch.setattr(keyfile, "calibrate_kdf", calibrate)
    yield targets


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- measuring ---------------------------------------------------------------------


def test_a_passphrase_unlock_keeps_how_long_its_kdf_took(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_kdf_clock(monkeypatch, 2.4)
    opened = vault_life.open_vault(made, PASSPHRASE)
    try:
        assert opened.unlock_seconds == pytest.approx(2.4)
    finally:
        opened.close()


def test_a_real_unlock_measures_a_positive_duration(made: Path) -> None:
    opened = vault_life.open_vault(made, PASSPHRASE)
    try:
        assert opened.unlock_seconds is not None and opened.unlock_seconds > 0
    finally:
        opened.close()


def test_keychain_and_recovery_key_unlocks_run_no_kdf(made: Path) -> None:
    with vault_life.open_vault(made, PASSPHRASE) as opened:
        data_key, recovery = opened.data_key, opened.recovery_key()
    with vault_life.open_with_key(made, data_key) as by_key:
        assert by_key.unlock_seconds is None
        assert vault_life.kdf_advice(by_key) is None
    with Vault.open_with_recovery_key(made, recovery) as by_recovery:
        assert by_recovery.unlock_seconds is None


# ---- advice --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0.05, "fast"),
        (0.299, "fast"),
        (0.3, None),
        (0.6, None),
        (1.0, None),
        (1.5, None),
        (1.501, "slow"),
        (2.4, "slow"),
    ],
)
def test_advice_outside_0_3_to_1_5_seconds(
    made: Path, seconds: float, expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test vault's cheap KDF is below the real floor: put the floor below it.
    monkeypatch.setattr(vault_life, "MIN_KDF", KdfParams(memory_kib=512, time_cost=1))
    with vault_life.open_vault(made, PASSPHRASE) as opened:
        opened.unlock_seconds = seconds  # injected: no real time in a test
        advice = vault_life.kdf_advice(opened)
    if expected is None:
        assert advice is None
    else:
        assert advice is not None
        assert advice.seconds == seconds
        assert advice.too_slow is (expected == "slow")
        assert advice.too_fast is (expected == "fast")


def test_no_advice_for_a_read_only_vault(made: Path) -> None:
    with vault_life.open_vault(made, PASSPHRASE), vault_life.open_read_only(made, PASSPHRASE) as ro:
        ro.unlock_seconds = 2.4
        assert vault_life.kdf_advice(ro) is None


def test_no_advice_to_speed_up_a_vault_at_the_floor_already(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-tune could not make the floor (MIN_KDF: 64 MiB, 3 passes) any faster."""
    monkeypatch.setattr(vault_life, "MIN_KDF", FAST_KDF)  # the test vault's KDF is the floor
    with vault_life.open_vault(made, PASSPHRASE) as opened:
        opened.unlock_seconds = 2.4
        assert vault_life.kdf_advice(opened) is None
        opened.unlock_seconds = 0.1  # too fast is still worth a re-tune
        assert vault_life.kdf_advice(opened) is not None


# ---- re-tuning -------------------------------------------------------------------------


def test_retune_keeps_the_data_key_and_leaves_the_database_alone(
    made: Path, fake_calibration: list[float]
) -> None:
    with vault_life.open_vault(made, PASSPHRASE) as opened:
        data_key, recovery = opened.data_key, opened.recovery_key()
        vault_id = opened.vault_id
    backup_keys = sorted(p.name for p in (made / "backups").glob("*"))
    before_db = _digest(db_path(made))
    before_key = KeyFile.load(key_path(made))
    assert before_key.params == FAST_KDF

    with vault_life.open_vault(made, PASSPHRASE) as opened:
        outcome = vault_life.retune(opened, PASSPHRASE)
        assert outcome.changes == NOTHING
        assert outcome.value > 0
        assert opened.unlock_seconds == outcome.value
        assert opened.data_key == data_key
        assert opened.count_rows("mentees") == 1  # still usable after the key file changed
    assert fake_calibration == [0.6]

    after_key = KeyFile.load(key_path(made))
    assert after_key.params == RETUNED_KDF
    assert after_key.vault_id == vault_id
    assert after_key.salt != before_key.salt  # a fresh wrap, not the old file
    assert after_key.matches(data_key)
    assert _digest(db_path(made)) == before_db
    assert sorted(p.name for p in (made / "backups").glob("*")) == backup_keys

    with vault_life.open_vault(made, PASSPHRASE) as again:  # the passphrase still opens it
        assert again.data_key == data_key
        assert again.count_rows("mentees") == 1
    with Vault.open_with_recovery_key(made, recovery) as by_recovery:  # and the recovery key
        assert by_recovery.data_key == data_key
    with vault_life.open_with_key(made, data_key) as by_key:  # and a remembered key
        assert by_key.vault_id == vault_id


def test_retune_with_a_wrong_passphrase_writes_nothing(
    made: Path, fake_calibration: list[float]
) -> None:
    before = key_path(made).read_bytes()
    with vault_life.open_vault(made, PASSPHRASE) as opened, pytest.raises(WrongPassphrase):
        vault_life.retune(opened, "not the passphrase at all")
    assert key_path(made).read_bytes() == before
    assert fake_calibration == []  # refused before the (long) calibration


def test_retune_is_refused_read_only(made: Path, fake_calibration: list[float]) -> None:
    before = key_path(made).read_bytes()
    with (
        vault_life.open_vault(made, PASSPHRASE),
        vault_life.open_read_only(made, PASSPHRASE) as ro,
        pytest.raises(VaultOpenedReadOnly),
    ):
        vault_life.retune(ro, PASSPHRASE)
    assert key_path(made).read_bytes() == before
    assert fake_calibration == []


def test_a_backup_made_before_the_retune_keeps_its_own_key_file(
    made: Path, fake_calibration: list[float]
) -> None:
    with vault_life.open_vault(made, PASSPHRASE) as opened:
        info = vault_life.back_up(opened, vault_life.BackupPolicy()).value
        backup_key = info.path.with_suffix(".key.json")
        before = backup_key.read_bytes()
        vault_life.retune(opened, PASSPHRASE)
    assert backup_key.read_bytes() == before
    assert KeyFile.load(backup_key).params == FAST_KDF
    restored = vault_life.restore(made, info.path, PASSPHRASE)  # and it still restores
    assert restored.aside.exists()


def test_no_advice_to_slow_down_a_vault_at_the_ceiling_already(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-tune could not make the ceiling (128 MiB, 24 passes) any slower."""
    monkeypatch.setattr(vault_life, "MAX_MEMORY_KIB", FAST_KDF.memory_kib)  # the test
    monkeypatch.setattr(vault_life, "MAX_TIME_COST", FAST_KDF.time_cost)  # vault's KDF
    monkeypatch.setattr(vault_life, "MIN_KDF", KdfParams(memory_kib=512, time_cost=1))
    with vault_life.open_vault(made, PASSPHRASE) as opened:
        opened.unlock_seconds = 0.1
        assert vault_life.kdf_advice(opened) is None
        opened.unlock_seconds = 2.4  # too slow is still worth a re-tune
        assert vault_life.kdf_advice(opened) is not None
