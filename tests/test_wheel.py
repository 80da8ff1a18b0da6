"""An installed wheel carries its fonts and translations: a plan PDF and Dutch, off the checkout.

The wheel is built from a copy of the sources (setuptools reuses ``build/lib`` between
builds, so a file dropped from the package data could otherwise still ride along from an
earlier build), installed into a fresh virtual environment, and used from there by a
Python started in isolated mode. The dependencies come from this project's environment
through a ``.pth`` line, which puts the folder on ``sys.path`` without running the
checkout's editable-install hook, so nothing can be found in the source tree.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_RESOURCES = (
    "fonts/*.ttf",
    "fonts/LICENSE*",
    "icons/*.svg",
    "translations/*.qm",
    "guide/*.md",
)

# Runs inside the fresh environment; prints what it found as JSON.
PROBE = """
import json, sys
from datetime import date
from pathlib import Path

import mentorapp
from mentorapp.domain.enums import GoalKind, Language
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Action, DevelopmentPlan, Goal, Mentee
from mentorapp.export.documents import CoachInfo, plan_document
from mentorapp.export.pdf import DevelopmentPlanPdf
from mentorapp.export.pdf.base import FONT_FILES
from mentorapp.resource_files import resource_path
from reportlab.pdfbase import pdfmetrics

mentee = Mentee("Zoë Peeters", id=MenteeId(1))
goal = Goal("Leren delegeren", GoalKind.PERSONAL, actions=[Action("Elke week één taak doorgeven")])
plan = DevelopmentPlan(MenteeId(1), title="Op weg naar een coördinerende rol", goals=[goal])
document = plan_document(mentee, plan, CoachInfo("Coach"), Language.NL, date(2026, 11, 24))
Path(sys.argv[1]).write_bytes(DevelopmentPlanPdf(document).generate())

from PySide6.QtCore import QCoreApplication

app = QCoreApplication([])
from mentorapp.gui import i18n
from mentorapp.store.errors import VaultLocked

applied = i18n.install("nl")
shipped = [
    resource_path(kind, name)
    for kind, name in [
        ("fonts", "LICENSE-DejaVu.txt"),
        ("icons", "lock.svg"),
        ("translations", "mentorapp_nl.qm"),
        ("translations", "mentorapp_en.qm"),
    ]
]
print(json.dumps({
    "package": mentorapp.__file__,
    "fonts": [pdfmetrics.getFont(name).face.filename for name in FONT_FILES],
    "shipped": [str(path) for path in shipped],
    "qm": str(i18n.qm_path("nl")),
    "language": applied,
    "locked": i18n.error_message(VaultLocked()),
}))
"""


@dataclass(frozen=True)
class Installed:
    wheel: Path
    site_packages: Path
    probe: dict[str, Any]
    pdf: bytes


def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, **options)
    assert done.returncode == 0, (
        f"{command[:4]} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
    )
    return done


def copy_sources(dest: Path) -> Path:
    """What the build reads, without caches or an earlier build's leftovers."""
    dest.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("mentorapp", "resources"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=skip)
    return dest


def builds_offline() -> bool:
    """Whether this environment's setuptools can build the wheel without fetching anything.

    setuptools builds wheels itself from 70.1; before that it needs the ``wheel`` package.
    """
    try:
        found = re.match(r"(\d+)\.(\d+)", importlib.metadata.version("setuptools"))
    except importlib.metadata.PackageNotFoundError:
        return False
    version = (int(found[1]), int(found[2])) if found else (0, 0)
    return version >= (70, 1) or (version >= (68, 0) and bool(importlib.util.find_spec("wheel")))


def build_wheel(sources: Path, out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out)]
    if builds_offline():
        command.append("--no-build-isolation")
    # Otherwise pip fetches the [build-system] requirements into an isolated build
    # environment, the way `pip install .` builds for a user; adding setuptools>=70.1 to
    # the dev extras would make this test work without an index.
    run([*command, str(sources)], cwd=out.parent)
    (wheel,) = out.glob("mentorapp-*.whl")
    return wheel


def install_fresh(wheel: Path, venv: Path) -> Path:
    """A new virtual environment holding only the wheel; returns its site-packages."""
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site_packages = Path(run([str(python), "-I", "-c", where]).stdout.strip())
    pip = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q"]
    run([*pip, "--target", str(site_packages), str(wheel)])
    # The dependencies (PySide6, ReportLab, SQLAlchemy...) from this environment, after
    # the wheel on sys.path; a .pth line adds the folder but runs none of its .pth files.
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site_packages / "zz_project_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return site_packages


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(copy_sources(tmp / "src"), tmp / "dist")
    site_packages = install_fresh(wheel, tmp / "venv")
    python = tmp / "venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    elsewhere = tmp / "run"
    elsewhere.mkdir()
    pdf_path = elsewhere / "plan.pdf"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = run([str(python), "-I", "-c", PROBE, str(pdf_path)], cwd=elsewhere, env=env)
    return Installed(wheel, site_packages, json.loads(done.stdout), pdf_path.read_bytes())


def test_the_wheel_carries_every_resource_the_app_opens(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = set(archive.namelist())
    expected = {
        f"mentorapp/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        for pattern in SHIPPED_RESOURCES
        for path in (ROOT / "resources").glob(pattern)
    }
    assert len(expected) >= 10
    assert expected <= names, f"not in the wheel: {sorted(expected - names)}"
    assert not any(name.endswith(".ts") for name in names), "translation sources ship"
    migrations = {
        f"mentorapp/{path.relative_to(ROOT / 'mentorapp').as_posix()}"
        for path in (ROOT / "mentorapp" / "store" / "migrations").rglob("*.py")
    }
    demo_data = {
        f"mentorapp/{path.relative_to(ROOT / 'mentorapp').as_posix()}"
        for path in (ROOT / "mentorapp" / "demo" / "data").glob("*.json")
    }
    assert migrations and migrations | demo_data <= names


def test_an_installed_wheel_prints_a_plan_in_the_bundled_font(installed: Installed) -> None:
    package = Path(installed.probe["package"]).resolve()
    assert package.is_relative_to(installed.site_packages.resolve())
    assert not package.is_relative_to(ROOT)
    assert installed.pdf.startswith(b"%PDF")
    assert b"DejaVuSans" in installed.pdf
    used = [Path(path).resolve() for path in installed.probe["fonts"]]
    assert len(used) == 6
    assert all(path.is_relative_to(installed.site_packages.resolve()) for path in used)
    for path in installed.probe["shipped"]:
        assert Path(path).resolve().is_relative_to(installed.site_packages.resolve())


def test_an_installed_wheel_speaks_dutch(installed: Installed) -> None:
    qm = Path(installed.probe["qm"]).resolve()
    assert qm.is_relative_to(installed.site_packages.resolve())
    assert installed.probe["language"] == "nl"
    assert installed.probe["locked"] == "De kluis is vergrendeld."
