"""The peak-memory probe: a fresh process that unlocks, lists, searches and reports its RSS.

Run as ``python -m bench.memprobe <vault folder> <mentee id>`` by ``measure_memory``;
prints one JSON object with the peak RSS in MiB and the current and peak RSS after each
stage.

Which peak: ``getrusage(RUSAGE_SELF).ru_maxrss`` is reported, but on Linux a child's
``ru_maxrss`` starts at its parent's high-water mark (``execve`` records the old memory
map's peak, and subprocess uses vfork), so a probe started from the bench process would
report the bench's own peak. The probe's peak is therefore ``VmHWM`` from
/proc/self/status, which belongs to the new program image alone; ``ru_maxrss`` is the
fallback where there is no /proc.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.stats import Figure

MIB = 1024 * 1024


def _maxrss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MIB if sys.platform == "darwin" else peak / 1024  # bytes on macOS, else KiB


def _proc_status() -> dict[str, float]:
    """VmRSS and VmHWM in MiB, or nothing where /proc is missing."""
    found: dict[str, float] = {}
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return found
    for line in lines:
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0]) / 1024
    return found


def _stage(stages: dict[str, dict[str, float]], name: str) -> None:
    stages[name] = {**_proc_status(), "ru_maxrss": _maxrss_mib()}


def probe(folder: Path, mentee: int) -> dict[str, Any]:
    """Unlock, list every mentee, open one, run the search mix; RSS after each step."""
    stages: dict[str, dict[str, float]] = {}
    _stage(stages, "interpreter")
    from bench.generate import PASSPHRASE, SEED
    from bench.queries import build_queries
    from mentorapp.domain.ids import MenteeId
    from mentorapp.store.repositories import (
        CoachingSessionRepository,
        MenteeRepository,
        PlanRepository,
    )
    from mentorapp.store.search import search
    from mentorapp.store.vault import Vault

    queries = build_queries(SEED)
    _stage(stages, "imports")
    vault = Vault.open(folder, PASSPHRASE)
    _stage(stages, "unlocked")
    with vault.reading() as session:
        summaries = MenteeRepository(session).summaries()
        _stage(stages, "listed")
        MenteeRepository(session).get(MenteeId(mentee))
        CoachingSessionRepository(session).for_mentee(MenteeId(mentee))
        PlanRepository(session).current(MenteeId(mentee))
        _stage(stages, "mentee_opened")
        for query in queries:
            search(session, query.text, limit=50)
        _stage(stages, "searched")
    vault.close()
    del summaries
    return _report(stages)


def _report(stages: dict[str, dict[str, float]]) -> dict[str, Any]:
    status = _proc_status()
    peak = status.get("VmHWM", _maxrss_mib())
    return {
        "peak_mib": peak,
        "peak_source": "VmHWM" if "VmHWM" in status else "ru_maxrss",
        "ru_maxrss_mib": _maxrss_mib(),
        "ru_maxrss_at_start_mib": stages["interpreter"]["ru_maxrss"],
        "stages": stages,
    }


def qt_baseline() -> dict[str, Any]:
    """RSS of a bare offscreen QApplication, for the GUI's share of the memory budget."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    stages: dict[str, dict[str, float]] = {}
    _stage(stages, "interpreter")
    app = QApplication(["bench", "-platform", "offscreen"])
    window = QMainWindow()
    window.show()
    app.processEvents()
    _stage(stages, "qt")
    return _report(stages)


def run_probe(args: list[str], timeout: float = 900.0) -> dict[str, Any]:
    """Run this module in a fresh interpreter and parse its report."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.memprobe", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory probe failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure_memory(folder: Path, mentee: int, repeats: int) -> list[Figure]:
    """Peak RSS of ``repeats`` fresh probe processes, and a Qt baseline (if PySide6 runs)."""
    from bench.store_bench import PEAK_MEMORY

    runs = [run_probe([str(folder), str(mentee)]) for _ in range(repeats)]
    peaks = [float(r["peak_mib"]) for r in runs]
    stages = runs[0]["stages"]
    after_unlock = stages["unlocked"].get("VmRSS")
    note = (
        f"store only, no Qt; {runs[0]['peak_source']} of the probe (its ru_maxrss "
        f"{runs[0]['ru_maxrss_mib']:.0f} MiB starts at the parent's "
        f"{runs[0]['ru_maxrss_at_start_mib']:.0f} MiB, see bench/memprobe.py)"
    )
    if after_unlock is not None:
        note += (
            f"; RSS after imports {stages['imports']['VmRSS']:.0f}, after unlock "
            f"{after_unlock:.0f}, after list {stages['listed']['VmRSS']:.0f}, after search "
            f"{stages['searched']['VmRSS']:.0f} MiB (the KDF's memory is freed after unlock)"
        )
    figures = [
        Figure(
            "peak_memory",
            "peak RSS: unlock + list + open mentee + search mix",
            "MiB",
            peaks,
            PEAK_MEMORY,
            note=note,
            extra={"runs": runs},
        )
    ]
    try:
        qt = run_probe(["--qt"], timeout=120.0)
    except (RuntimeError, subprocess.TimeoutExpired, ValueError) as exc:
        figures[0].extra["qt_baseline_error"] = str(exc)[-500:]
    else:
        figures.append(
            Figure(
                "qt_baseline",
                "  for scale: bare offscreen QApplication + window",
                "MiB",
                [float(qt["peak_mib"])],
                note="not part of the probe above",
            )
        )
    return figures


def main(argv: list[str]) -> int:
    report = qt_baseline() if argv[:1] == ["--qt"] else probe(Path(argv[0]), int(argv[1]))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
