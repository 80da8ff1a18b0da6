"""Generated code stays in step with its source: forms with ui/*.ui, Dutch with the GUI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "translations" / "mentorapp_nl.ts"
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(UI_FILES) >= 3


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file: Path) -> None:
    compiled = ROOT / "mentorapp" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    assert compiled.exists(), f"run 'make forms': {compiled.name} is missing"
    lines = compiled.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0].startswith("# Automatically generated from ui/")
    fresh = subprocess.run(
        [str(BIN / "pyside6-uic"), str(ui_file)], capture_output=True, text=True, check=True
    ).stdout
    assert "".join(lines[1:]) == fresh, f"run 'make forms': {compiled.name} is stale"


def _unfinished(ts_file: Path) -> list[str]:
    tree = ET.parse(ts_file)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            missing.append(source)
            continue
        kind = translation.get("type")
        if kind in {"vanished", "obsolete"}:
            continue
        numerus = translation.findall("numerusform")
        text = "".join(n.text or "" for n in numerus) if numerus else (translation.text or "")
        if kind == "unfinished" or not text.strip():
            missing.append(source)
    return missing


def test_dutch_translation_is_complete() -> None:
    assert TS.exists(), "resources/translations/mentorapp_nl.ts is missing"
    assert _unfinished(TS) == []


def test_dutch_translation_covers_every_string_in_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources adds no string the .ts does not translate."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    # The same sources as the Makefile's TR_SOURCES: every GUI package, the ui files and
    # the command line's modules.
    gui = ROOT / "mentorapp" / "gui"
    sources = (
        sorted(str(p) for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts)
        + [str(p) for p in UI_FILES]
        + sorted(str(p) for p in (ROOT / "mentorapp").glob("cli*.py"))
    )
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
        capture_output=True,
        check=True,
    )
    missing = _unfinished(copy)
    assert missing == [], f"untranslated: {missing[:10]} (run 'make translations')"


def test_english_plural_forms_are_complete() -> None:
    english = TS.with_name("mentorapp_en.ts")
    assert english.exists() and _unfinished(english) == []
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", english.read_text(encoding="utf-8"))
    assert forms and not [f for f in forms if "(s)" in f or "(es)" in f]


@pytest.mark.parametrize("name", ["mentorapp_nl.ts", "mentorapp_en.ts"])
def test_compiled_translation_is_fresh(tmp_path: Path, name: str) -> None:
    ts = TS.with_name(name)
    qm = ts.with_suffix(".qm")
    assert qm.exists()
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(fresh)], capture_output=True, check=True
    )
    assert fresh.read_bytes() == qm.read_bytes(), "run 'make translations': the .qm is stale"


def test_every_enum_label_is_its_own() -> None:
    """StrEnum members of different enums can share a value ("personal"): labels must not."""
    from enum import Enum

    from mentorapp.domain.enums import GoalKind, ObstacleKind
    from mentorapp.gui.labels import label

    assert label(GoalKind.PERSONAL) == "Personal"
    assert label(ObstacleKind.PERSONAL) == "Personal limits"
    from mentorapp.domain import enums

    kinds = [k for k in vars(enums).values() if isinstance(k, type) and issubclass(k, Enum)]
    shown = [k for k in kinds if k.__name__ not in {"Language", "QuestionKind"}]
    for kind in shown:
        for member in kind:
            assert label(member) != member.value, member  # has a label of its own
