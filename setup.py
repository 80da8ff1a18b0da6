"""Build glue pyproject.toml cannot say: ship the top-level resources/ inside the package.

The fonts, icons and compiled translations keep their sources in ``resources/`` at the
repository root; the wheel carries them as ``mentorapp/resources/`` by mapping the package
``mentorapp.resources`` onto that folder. A static ``packages`` list in pyproject.toml could
name it too, but only by listing every package by hand, and ``packages.find`` cannot add a
package that lives outside ``mentorapp/``. Which files ship: ``[tool.setuptools.package-data]``.
``mentorapp.resource_files`` finds them again in a checkout, a wheel or a frozen bundle.
"""

from __future__ import annotations

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["mentorapp*"]), "mentorapp.resources"],
    package_dir={"mentorapp.resources": "resources"},
)
