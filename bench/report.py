"""The bench report: the printed table of figures and budgets, and ``latest.json``."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.stats import Figure

NOT_MEASURED: list[tuple[str, str, str]] = []

_WIDTH = {"label": 60, "n": 5, "value": 10, "budget": 13, "status": 8}


def format_value(value: float, unit: str) -> str:
    if unit == "ms":
        if value >= 1000:
            return f"{value / 1000:.2f} s"
        return f"{value:.0f} ms" if value >= 100 else f"{value:.1f} ms"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.3g} {unit}"


def machine() -> dict[str, Any]:
    probe = sqlcipher3.connect(":memory:")
    try:
        cipher_version = str(probe.execute("PRAGMA cipher_version").fetchone()[0])
        cipher_sqlite = str(probe.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        probe.close()
    return {
        "cpu_model": _cpu_model(),
        "ram_gib": _ram_gib(),
        "os": _os_name(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlcipher": cipher_version,
        "sqlcipher_sqlite": cipher_sqlite,
        "stdlib_sqlite": sqlite3.sqlite_version,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
    return round(pages * size / 1024**3, 1)


def _os_name() -> str:
    try:
        release = platform.freedesktop_os_release()
        name = release.get("PRETTY_NAME", release.get("NAME", ""))
        return f"{name} ({platform.system()} {platform.release()})"
    except OSError:
        return f"{platform.system()} {platform.release()}"


def machine_line(info: dict[str, Any], when: str) -> str:
    """One line for the README: CPU, cores, RAM, OS, Python, SQLCipher, date."""
    ram = f"{info['ram_gib']:.0f} GiB RAM" if info.get("ram_gib") else "RAM unknown"
    return (
        f"Machine: {info['cpu_model']}, {info['cpus']} cores, {ram}, {info['os']}, "
        f"Python {info['python']}, SQLCipher {info['sqlcipher']} "
        f"(SQLite {info['sqlcipher_sqlite']}); run {when}"
    )


def write_markdown(path: Path, machine_text: str, table: str) -> None:
    """``latest.md``: the machine line and the table exactly as the console showed it."""
    text = (
        "# Mentorapp bench: latest full run\n\n"
        f"{machine_text}\n\n"
        "Written by `python -m bench` (`make bench`); budgets from DESIGN.md and issue 15.\n\n"
        f"```text\n{table}\n```\n"
    )
    _replace_text(path, text)


def render(header: list[str], sections: list[tuple[str, list[Figure]]], footer: list[str]) -> str:
    w = _WIDTH
    lines = list(header)
    rule = "-" * (w["label"] + w["n"] + 2 * w["value"] + w["budget"] + w["status"] + 5)
    lines.append("")
    lines.append(
        f"{'what':<{w['label']}} {'n':>{w['n']}} {'median':>{w['value']}} "
        f"{'p95':>{w['value']}} {'budget':>{w['budget']}} {'status':<{w['status']}}"
    )
    lines.append(rule)
    notes: list[str] = []
    for title, figures in sections:
        lines.append(f"[{title}]")
        for fig in figures:
            label = fig.label if len(fig.label) <= w["label"] else fig.label[: w["label"] - 1] + "…"
            budget = fig.budget.text if fig.budget else ""
            lines.append(
                f"{label:<{w['label']}} {len(fig.samples):>{w['n']}} "
                f"{format_value(fig.median, fig.unit):>{w['value']}} "
                f"{format_value(fig.p95, fig.unit):>{w['value']}} "
                f"{budget:>{w['budget']}} {fig.status:<{w['status']}}"
            )
            if fig.note:
                notes.append(f"- {fig.label.strip()}: {fig.note}")
    lines.append("[not measured here]")
    for what, budget, why in NOT_MEASURED:
        lines.append(
            f"{what:<{w['label']}} {'':>{w['n']}} {'':>{w['value']}} {'':>{w['value']}} "
            f"{budget:>{w['budget']}} n/a  ({why})"
        )
    lines.append(rule)
    if notes:
        lines.append("Notes:")
        lines += notes
    lines += footer
    return "\n".join(lines)


def write_json(path: Path, document: dict[str, Any]) -> None:
    _replace_text(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def _replace_text(path: Path, text: str) -> None:
    """Write ``text`` beside ``path`` (``latest.json.tmp``), then put it in its place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(path.suffix + ".tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def figures_json(sections: list[tuple[str, list[Figure]]]) -> dict[str, Any]:
    return {
        fig.key: {"section": title, **fig.to_json()} for title, figs in sections for fig in figs
    }


def stderr_log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
