"""Where the bundled fonts, icons and translations are, in a checkout, a wheel or a bundle.

The sources stay in the top-level ``resources/`` folder of the repository:
``fonts/`` (DejaVu ``*.ttf`` and its ``LICENSE-DejaVu.txt``), ``icons/`` (``*.svg``) and
``translations/`` (``*.ts`` and the compiled ``*.qm``). What ships is found here, first
match wins:

1. A PyInstaller bundle (``sys.frozen``): ``<sys._MEIPASS>/mentorapp/resources/<kind>/``.
   The .spec must put the files there, the same layout as the wheel, e.g.
   ``datas=[("resources/fonts/*.ttf", "mentorapp/resources/fonts"),
   ("resources/fonts/LICENSE*", "mentorapp/resources/fonts"),
   ("resources/icons/*.svg", "mentorapp/resources/icons"),
   ("resources/translations/*.qm", "mentorapp/resources/translations")]``.
2. An installed wheel: ``mentorapp/resources/<kind>/`` inside the package, put there by
   ``setup.py`` (which maps the package ``mentorapp.resources`` onto ``resources/``) and
   the package-data globs in ``pyproject.toml``.
3. A source checkout (editable install or plain ``PYTHONPATH``): ``<repo>/resources/``.
   An editable install never copies data, so the package folder has no ``resources/``.

Callers get real files (``pathlib.Path``): ReportLab's ``TTFont`` and Qt's ``QTranslator``
open paths, not streams. An install from a zip archive has no real files and is not
supported; every lookup then raises ``ResourceMissing``. No Qt here: ``export/`` uses it.
"""

from __future__ import annotations

import functools
import sys
from importlib.resources import files
from pathlib import Path
from typing import Literal

ResourceKind = Literal["fonts", "icons", "translations"]

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceMissing(FileNotFoundError):
    """A bundled resource is not where this installation keeps it: a packaging fault."""

    def __init__(self, kind: ResourceKind, name: str | None, searched: tuple[Path, ...]) -> None:
        what = kind if name is None else f"{kind}/{name}"
        # Install paths stay out of the message (they can hold the user's name); they are
        # kept on the error for a developer who inspects it.
        super().__init__(f"bundled resource {what!r} is missing from this installation")
        self.kind = kind
        self.name = name
        self.searched = searched


@functools.cache
def resource_roots() -> tuple[Path, ...]:
    """The folders that may hold ``<kind>/`` resource folders, in the order they win."""
    roots: list[Path] = []
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        roots.append(base / "mentorapp" / "resources")
    package = files("mentorapp")
    # Only a package on disk gives real files; a zip-imported one gives a zipfile.Path.
    if isinstance(package, Path):
        roots.append(package / "resources")
    # The checkout is trusted only next to its pyproject.toml, so an unrelated top-level
    # "resources" folder in site-packages is never mistaken for ours.
    checkout = _PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file():
        roots.append(checkout / "resources")
    return tuple(dict.fromkeys(roots))


def resource_dir(kind: ResourceKind) -> Path:
    """The folder holding every resource of ``kind``; raises ``ResourceMissing``."""
    roots = resource_roots()
    for root in roots:
        folder = root / kind
        if folder.is_dir():
            return folder
    raise ResourceMissing(kind, None, roots)


def resource_path(kind: ResourceKind, name: str) -> Path:
    """The file ``name`` among the resources of ``kind``; raises ``ResourceMissing``.

    The file is looked up only in the folder ``resource_dir`` picks, so one installation
    never mixes its own fonts or translations with those of another copy.
    """
    path = resource_dir(kind) / name
    if not path.is_file():
        raise ResourceMissing(kind, name, resource_roots())
    return path
