"""GUI fixtures: offscreen Qt, settings in a temp file, no real keychain, a cheap KDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from mentorapp.gui import i18n, style
from mentorapp.gui.settings import AppSettings
from mentorapp.store import keyfile
from mentorapp.store.keychain import Keychain
from tests.conftest import FAST_KDF


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """A coach's settings after the first export asked for their name (the question
    itself is tested in test_workspace_review.py)."""
    made = AppSettings(tmp_path / "settings.ini")
    made.coach_details_asked = True
    return made


@pytest.fixture
def no_keychain() -> Keychain:
    return Keychain(fail.Keyring())


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "calibrate_kdf", lambda *a, **k: FAST_KDF)


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    style.apply(qapp)  # type: ignore[arg-type]
    i18n.install("en")
    yield
    i18n.install("en")
