"""The bench command line: build or reuse the data set, measure, print and save the results.

``python -m bench`` (full: 10,000 mentees, 100,000 notes), ``--quick`` (1,000 / 10,000,
a smoke run), ``--regenerate`` (rebuild the cached data set), ``--only search`` (just the
search mix, e.g. while tuning it; saved as ``search.json`` beside ``latest.json``, which
it leaves alone). Budgets are informational: the exit code is 0 unless something crashed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from bench import RESULTS_DIR
from bench.generate import FULL, PASSPHRASE, QUICK, SEED, BenchData, Preset, ensure_data
from bench.gui_bench import measure_gui, measure_questionnaires_tab
from bench.memprobe import measure_memory
from bench.pdf_bench import plan_pdf_figure
from bench.queries import build_queries
from bench.report import (
    figures_json,
    machine,
    machine_line,
    render,
    stderr_log,
    write_json,
    write_markdown,
)
from bench.stats import Figure
from bench.store_bench import (
    check_sql_in_step,
    measure_cipher_ratio,
    measure_open_mentee,
    measure_search,
    measure_summaries_warm,
    measure_unlock,
)
from bench.work_bench import (
    enriched_copy,
    measure_calendar,
    measure_fresh_kdf,
    measure_notes_import,
    measure_report,
)
from mentorapp.store.vault import Vault

BENCH_VERSION = "2"

Log = Callable[[str], None]


@dataclass(frozen=True)
class Repeats:
    """How often each measurement runs."""

    unlock: int
    open_mentee: int
    summaries: int
    search_passes: int
    ratio_passes: int
    memory: int
    report: int = 5
    calendar: int = 3
    notes_import: int = 3
    questionnaires_tab: int = 11
    fresh_kdf_opens: int = 5


FULL_REPEATS = Repeats(
    unlock=7, open_mentee=31, summaries=7, search_passes=5, ratio_passes=5, memory=3
)
QUICK_REPEATS = Repeats(
    unlock=3,
    open_mentee=21,
    summaries=5,
    search_passes=3,
    ratio_passes=3,
    memory=1,
    report=3,
    calendar=3,
    notes_import=1,
    questionnaires_tab=6,
    fresh_kdf_opens=2,
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="1,000 mentees / 10,000 notes (smoke run)"
    )
    parser.add_argument(
        "--regenerate", action="store_true", help="rebuild the cached data set first"
    )
    parser.add_argument(
        "--only",
        choices=["search"],
        help="measure only this part (the data set is built first if missing)",
    )
    parser.add_argument(
        "--passes",
        type=int,
        help="warm passes over the search mix (default: 5 full, 3 quick)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=RESULTS_DIR,
        help="folder for latest.json and the data-set cache (default: bench/results)",
    )
    return parser.parse_args(argv)


def run(preset: Preset, repeats: Repeats, results: Path, *, regenerate: bool) -> int:
    started = time.perf_counter()
    started_at = datetime.now().isoformat(timespec="seconds")
    load_before = _load()
    log = stderr_log
    data = ensure_data(preset, results / "cache", regenerate=regenerate, log=log)
    queries = build_queries(SEED)
    sections: list[tuple[str, list[Figure]]] = []

    log("measuring unlock ...")
    sections.append(("unlock and mentee list", measure_unlock(data, repeats.unlock, log)))
    vault = Vault.open(data.vault, PASSPHRASE)
    try:
        sections[-1][1].append(measure_summaries_warm(vault, repeats.summaries))
        log("measuring opening a mentee ...")
        sections.append(
            ("open a mentee", measure_open_mentee(vault, data.target_mentee, repeats.open_mentee))
        )
        log(f"measuring search ({len(queries)} queries) ...")
        sections.append(
            ("search", measure_search(vault, queries, repeats.search_passes, data.plain, log))
        )
        log("comparing SQLCipher with plain SQLite ...")
        drift = check_sql_in_step(vault, queries)
        sections.append(
            (
                "SQLCipher vs plain SQLite",
                measure_cipher_ratio(vault, data.plain, queries, repeats.ratio_passes, log),
            )
        )
    finally:
        vault.close()
    log("measuring peak memory in a fresh process ...")
    sections.append(("memory", measure_memory(data.vault, data.target_mentee, repeats.memory)))
    log("measuring the development-plan PDF ...")
    sections.append(("exports", [plan_pdf_figure()]))
    log("measuring the GUI in fresh processes ...")
    sections.append(("desktop app", measure_gui(data.vault, PASSPHRASE)))
    sections.append(("later work at bench scale", _later_work(data, repeats, results, log)))

    duration = time.perf_counter() - started
    load_after = _load()
    header = _header(data, len(queries))
    busy = " (other work on the machine: expect noisier times)" if load_before > 0.5 else ""
    header.append(
        f"Load average (1 min) at start {load_before:.2f}, at end {load_after:.2f} on "
        f"{os.cpu_count()} CPUs{busy}"
    )
    footer = _slowest_searches(sections)
    if drift:
        footer.append(
            "WARNING: a plain connection answers differently from the store: " + "; ".join(drift)
        )
    footer.append(
        f"Bench ran in {duration:.0f} s. Results: {results / 'latest.json'} and latest.md"
    )
    table = render(header, sections, footer)
    print(table)
    write_markdown(results / "latest.md", machine_line(machine(), started_at), table)
    write_json(
        results / "latest.json",
        {
            "bench_version": BENCH_VERSION,
            "started_at": started_at,
            "preset": preset.name,
            "machine": machine(),
            "data_set": {
                "path": str(data.entry),
                "generated_this_run": data.generated_now,
                **data.meta,
            },
            "repeats": repeats.__dict__,
            "queries": len(queries),
            "figures": figures_json(sections),
            "sql_copies_in_step": not drift,
            "sql_drift": drift,
            "duration_seconds": round(duration, 1),
            "load_average_1min": {"start": load_before, "end": load_after},
        },
    )
    return 0


def _later_work(data: BenchData, repeats: Repeats, results: Path, log: Log) -> list[Figure]:
    """Issue 15's figures: report, calendar and notes import on an enriched copy of the
    bench vault, the Questionnaires tab on it, and a freshly calibrated unlock."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(dir=results, prefix="work-") as tmp:
        log("copying the bench vault and adding a year of career checks, plans, ...")
        enriched = enriched_copy(data.vault, Path(tmp), PASSPHRASE, data.target_mentee, log)
        vault = Vault.open(enriched.folder, PASSPHRASE)
        try:
            log("measuring the career-centre report ...")
            figures += measure_report(vault, repeats.report)
            log("measuring the calendar export ...")
            figures.append(measure_calendar(vault, repeats.calendar))
            log("measuring the notes import (1,000 files) ...")
            figures.append(measure_notes_import(vault, Path(tmp), repeats.notes_import, log))
        finally:
            vault.close()
        log("measuring the Questionnaires tab in a fresh process ...")
        figures += measure_questionnaires_tab(
            enriched.folder,
            PASSPHRASE,
            data.target_mentee,
            data.target_mentee + 1,
            enriched.target_checks,
            repeats.questionnaires_tab,
        )
    log("measuring the unlock of a newly calibrated vault ...")
    figures.append(measure_fresh_kdf(PASSPHRASE, repeats.fresh_kdf_opens, log))
    return figures


def run_search_only(preset: Preset, passes: int, results: Path, *, regenerate: bool) -> int:
    """Only the search mix: its figures, per category, and the slowest queries."""
    started = time.perf_counter()
    started_at = datetime.now().isoformat(timespec="seconds")
    load_before = _load()
    log = stderr_log
    data = ensure_data(preset, results / "cache", regenerate=regenerate, log=log)
    queries = build_queries(SEED)
    vault = Vault.open(data.vault, PASSPHRASE)
    try:
        log(f"measuring search ({len(queries)} queries, {passes} warm passes) ...")
        sections = [("search", measure_search(vault, queries, passes, data.plain, log))]
        drift = check_sql_in_step(vault, queries)
    finally:
        vault.close()
    duration = time.perf_counter() - started
    load_after = _load()
    header = _header(data, len(queries))
    header.append(
        f"Load average (1 min) at start {load_before:.2f}, at end {load_after:.2f} on "
        f"{os.cpu_count()} CPUs"
    )
    footer = _slowest_searches(sections)
    if drift:
        footer.append(
            "WARNING: a plain connection answers differently from the store: " + "; ".join(drift)
        )
    footer.append(f"Search bench ran in {duration:.0f} s. Results: {results / 'search.json'}")
    print(render(header, sections, footer))
    write_json(
        results / "search.json",
        {
            "bench_version": BENCH_VERSION,
            "started_at": started_at,
            "preset": preset.name,
            "only": "search",
            "machine": machine(),
            "data_set": {"path": str(data.entry), **data.meta},
            "passes": passes,
            "queries": len(queries),
            "figures": figures_json(sections),
            "sql_copies_in_step": not drift,
            "sql_drift": drift,
            "duration_seconds": round(duration, 1),
            "load_average_1min": {"start": load_before, "end": load_after},
        },
    )
    return 0


def _slowest_searches(sections: list[tuple[str, list[Figure]]]) -> list[str]:
    for _title, figures in sections:
        for fig in figures:
            if fig.key == "search_warm":
                lines = ["Slowest searches (median of the warm passes):"]
                lines += [
                    f"  {s['query']!r:<18} {s['category']:<11} {s['median_ms']:>7.1f} ms, "
                    f"{s['matching_rows']:>6,} matching rows"
                    for s in fig.extra["slowest"][:5]
                ]
                return lines
    return []


def _load() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def _header(data: BenchData, query_count: int) -> list[str]:
    meta = data.meta
    info = machine()
    mib = 1024 * 1024
    generated = (
        f"generated this run in {meta['generation_seconds']:.0f} s"
        if data.generated_now
        else f"reused from cache (generated {meta['generated_at']} in "
        f"{meta['generation_seconds']:.0f} s)"
    )
    steps = ", ".join(f"{k.removesuffix('_s')} {v:.1f} s" for k, v in meta["steps_seconds"].items())
    return [
        f"Mentorapp bench ({data.preset.name}): {data.preset.mentees:,} mentees, "
        f"{data.sessions_total:,} session notes ({meta['target_sessions']} for mentee "
        f"#{data.target_mentee}), {query_count} search queries",
        f"Vault {meta['vault_db_bytes'] / mib:.0f} MiB, plain copy "
        f"{meta['plain_db_bytes'] / mib:.0f} MiB; data set {generated}",
        f"  generation steps: {steps}",
        f"Machine: {info['cpu_model']}, {info['cpus']} cores, {info['ram_gib']} GiB RAM, "
        f"{info['os']}, Python {info['python']}, SQLCipher {info['sqlcipher']} "
        f"(SQLite {info['sqlcipher_sqlite']}), stdlib SQLite {info['stdlib_sqlite']}",
        "Times are wall-clock with a warm OS file cache; budgets from DESIGN.md "
        "(informational, medians unless marked p95).",
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    preset, repeats = (QUICK, QUICK_REPEATS) if args.quick else (FULL, FULL_REPEATS)
    if args.passes is not None:
        repeats = replace(repeats, search_passes=max(1, args.passes))
    if args.only == "search":
        return run_search_only(
            preset, repeats.search_passes, args.results, regenerate=args.regenerate
        )
    return run(preset, repeats, args.results, regenerate=args.regenerate)


if __name__ == "__main__":
    raise SystemExit(main())
