"""Demo data is data: JSON files the builder reads in full, and a store that knows none of it."""

from __future__ import annotations

import ast
import json
import shutil
from collections.abc import Callable
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from mentorapp.demo import DEMO_PASSPHRASE, demo_mentees, fill_demo, make_demo_vault
from mentorapp.demo.content import DATA_FILES, load_content, packaged_content
from mentorapp.demo.fields import DemoDataError
from mentorapp.domain.enums import TemplateKind
from mentorapp.services import questionnaires
from mentorapp.store import keyfile
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF

PACKAGE = Path(__file__).resolve().parents[2] / "mentorapp"
DATA = PACKAGE / "demo" / "data"
TODAY = date(2026, 11, 24)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _offences(layer: Path, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in sorted(layer.rglob("*.py"))
        for module in _imports(path)
        if any(module == f or module.startswith(f + ".") for f in forbidden)
    ]


def test_the_store_knows_nothing_about_demo_data() -> None:
    assert _offences(PACKAGE / "store", ("mentorapp.demo", "mentorapp.demo_content")) == []
    assert not list((PACKAGE / "store").rglob("seed.py"))


def test_the_demo_package_stays_below_the_services_and_the_gui() -> None:
    forbidden = ("PySide6", "shiboken6", "mentorapp.gui", "mentorapp.services")
    assert _offences(PACKAGE / "demo", forbidden) == []


def test_every_data_file_is_one_the_builder_reads() -> None:
    assert sorted(p.name for p in DATA.glob("*.json")) == sorted(DATA_FILES)
    assert not [p for p in DATA.rglob("*") if p.is_file() and p.suffix != ".json"]


def test_the_packaged_data_loads_through_importlib_resources() -> None:
    root = files("mentorapp.demo") / "data"
    assert sorted(t.name for t in root.iterdir() if t.name.endswith(".json")) == sorted(DATA_FILES)
    content = packaged_content()
    assert len(content.people) == len(demo_mentees(TODAY)) == 25
    assert {p.theme.tag for p in content.people} == {
        "doorgroei",
        "heroriëntatie",
        "job crafting",
        "groei in de breedte",
        "duurzame inzetbaarheid",
        "blijven of vertrekken",
    }


@pytest.mark.parametrize("missing", DATA_FILES)
def test_a_missing_data_file_fails_clearly(missing: str, tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path, dirs_exist_ok=True)
    assert load_content(tmp_path) == packaged_content()
    (tmp_path / missing).unlink()
    with pytest.raises(DemoDataError, match=missing):
        load_content(tmp_path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p[0].pop("role"), r"people\.json\[0\]: missing field 'role'"),
        (lambda p: p[1].update(theme="promotie"), r"people\.json\[1\]: no theme 'promotie'"),
        (lambda p: p[2].update(status="busy"), r"people\.json\[2\]\.status: 'busy' is not"),
        (lambda p: p[3].update(flags=["reviewsoon"]), r"unknown flags \['reviewsoon'\]"),
    ],
)
def test_a_wrong_entry_names_the_file_and_the_entry(
    change: Callable[[list[dict[str, object]]], object], message: str, tmp_path: Path
) -> None:
    shutil.copytree(DATA, tmp_path, dirs_exist_ok=True)
    people = json.loads((tmp_path / "people.json").read_text(encoding="utf-8"))
    change(people)
    (tmp_path / "people.json").write_text(json.dumps(people), encoding="utf-8")
    with pytest.raises(DemoDataError, match=message):
        load_content(tmp_path)


def test_fill_demo_writes_every_demo_mentee(vault: Vault) -> None:
    assert fill_demo(vault, TODAY) == 25
    with vault.transaction() as s:
        names = [m.full_name for m in MenteeRepository(s).all()]
        templates = QuestionnaireRepository(s).templates()
    assert names == [d.mentee.full_name for d in demo_mentees(TODAY)]
    assert all(t.built_in for t in templates)  # the demo answers the built-ins
    with vault.reading() as s:
        marieke = next(m.id for m in MenteeRepository(s).all() if m.full_name == "Marieke Bakker")
    assert marieke is not None
    series = questionnaires.career_checks(vault, marieke)
    assert len(series) == 3 and all(len(point.scores) == 7 for point in series)
    preparation = questionnaires.latest_preparation(vault, marieke)
    assert preparation is not None and preparation[0].kind is TemplateKind.PREPARATION


def test_a_demo_vault_opens_with_the_demo_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyfile, "calibrate_kdf", lambda *a, **k: FAST_KDF)
    folder = make_demo_vault(tmp_path, TODAY)
    assert folder.parent.parent == tmp_path and folder.name == "Demo.mentorvault"
    vault = Vault.open(folder, DEMO_PASSPHRASE)
    try:
        with vault.transaction() as s:
            assert MenteeRepository(s).count() == 25
    finally:
        vault.close()
