"""Figures and budgets: a measured series, its median and p95, and DESIGN.md's budget for it."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any


def percentile(samples: list[float], pct: float) -> float:
    """Linear-interpolated percentile (``pct`` in 0..100) of a non-empty series."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * pct / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Budget:
    """A limit from DESIGN.md's Budgets table, checked against the median or the p95.

    ``low`` makes it a band (``low <= value <= limit``), as for the KDF's 0.5-1 s.
    """

    text: str
    limit: float
    on: str = "median"
    low: float | None = None

    def status(self, value: float) -> str:
        if self.low is not None:
            return "IN BAND" if self.low <= value <= self.limit else "OUTSIDE"
        return "PASS" if value <= self.limit else "OVER"


@dataclass
class Figure:
    """One measured quantity: its samples (in ``unit``), and optionally a budget."""

    key: str
    label: str
    unit: str
    samples: list[float]
    budget: Budget | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    failed: bool = False
    """Measured, but what it checks went wrong (e.g. the import's progress): FAILED."""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def checked_value(self) -> float:
        if self.budget is not None and self.budget.on == "p95":
            return self.p95
        return self.median

    @property
    def status(self) -> str:
        if self.failed:
            return "FAILED"
        return self.budget.status(self.checked_value) if self.budget else ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "unit": self.unit,
            "n": len(self.samples),
            "median": round(self.median, 4),
            "p95": round(self.p95, 4),
            "min": round(min(self.samples), 4),
            "max": round(max(self.samples), 4),
        }
        if self.budget is not None:
            out["budget"] = {
                "text": self.budget.text,
                "limit": self.budget.limit,
                "low": self.budget.low,
                "checked": self.budget.on,
                "status": self.status,
            }
        if self.note:
            out["note"] = self.note
        if self.extra:
            out["extra"] = self.extra
        return out
