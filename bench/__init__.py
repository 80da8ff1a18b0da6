"""Benchmarks of the vault against DESIGN.md's budgets (``make bench``, ``python -m bench``).

Modules: ``words`` (vocabulary and note text), ``queries`` (the search mix), ``generate``
(the cached bench vault and its plain copy), ``store_bench`` (timings through the store
API), ``memprobe`` (peak memory in a fresh process), ``stats`` (figures and budgets),
``report`` (the table and ``results/latest.json``), ``__main__`` (the command line).
"""

from __future__ import annotations

from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"
"""Where ``latest.json`` and the data-set cache go (git-ignored)."""
