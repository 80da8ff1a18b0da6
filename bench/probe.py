"""A probe: a script run in a fresh ``python`` process that prints its figures as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import Any


def run_probe(
    script: str,
    args: Sequence[str],
    what: str,
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The last JSON line ``script`` printed; a RuntimeError naming ``what`` with the last
    line of its stderr when it failed."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the {what} probe failed: {last}")
    return dict(json.loads([x for x in done.stdout.splitlines() if x.startswith("{")][-1]))
