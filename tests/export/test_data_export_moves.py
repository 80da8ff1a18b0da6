"""The mentee's data export holds her safaris, canvas, skills, moves and the trajectory's
outcome; the coach's private notes on a safari or canvas only when asked for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mentorapp.services import exports, mentees
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session
from tests.store.moves_records import add_moves_records

SHARED = (
    "host_department gedeeld",
    "learning_goals gedeeld",
    "arrangements gedeeld",
    "shared_reflection gedeeld",
    "evidence gedeeld",
    "tasks_now gedeeld",
    "perception_crafted gedeeld",
    "what gedeeld",
    "with_whom gedeeld",
    "description gedeeld",
    "to_role gedeeld",
    "uitkomst gedeeld",
)


def _export(vault: Vault, tmp_path: Path, *, include_private: bool) -> tuple[str, Any]:
    mentee = add_mentee_with_session(vault, "Noor Janssens")
    add_moves_records(vault, mentee, "gedeeld")
    path = tmp_path / "noor.json"
    exports.export_data(vault, mentee, path, include_private=include_private)
    raw = path.read_text(encoding="utf-8")
    return raw, json.loads(raw)


def test_the_export_holds_every_shared_record_and_no_private_note(
    vault: Vault, tmp_path: Path
) -> None:
    raw, document = _export(vault, tmp_path, include_private=False)
    assert document["format_version"] == 4
    for text in SHARED:
        assert text in raw, text
    assert "private_notes gedeeld" not in raw and '"private_notes"' not in raw
    (safari,) = document["safaris"]
    assert (safari["outcome"], safari["arrangements"]) == ("stay_and_craft", "arrangements gedeeld")
    canvas = document["canvas"]
    assert canvas["mentee_id"] == document["mentee"]["id"]
    assert [e["what"] for e in canvas["experiments"]] == ["what gedeeld"]
    (move,) = document["moves"]
    assert (move["kind"], move["made"]) == ("lateral", True)
    (skill,) = document["skills"]
    assert skill["evidence"] == "evidence gedeeld"
    assert (document["mentee"]["outcome"], document["mentee"]["outcome_note"]) == (
        "lateral",
        "uitkomst gedeeld",
    )
    # The links show which action came from which experiment, built which skill.
    (action,) = [a for p in document["plans"] for g in p["goals"] for a in g["actions"]]
    assert action["experiment_id"] == canvas["experiments"][0]["id"]
    assert action["skill_id"] == skill["id"]
    debrief = next(s for s in document["sessions"] if s["safari_id"] is not None)
    assert debrief["safari_id"] == safari["id"]


def test_private_notes_only_when_asked(vault: Vault, tmp_path: Path) -> None:
    _raw, document = _export(vault, tmp_path, include_private=True)
    assert document["safaris"][0]["private_notes"] == "private_notes gedeeld"
    assert document["canvas"]["private_notes"] == "private_notes gedeeld"


@pytest.mark.parametrize("include_private", [False, True])
def test_no_canvas_is_null(vault: Vault, tmp_path: Path, include_private: bool) -> None:
    mentee = add_mentee_with_session(vault, "An")
    records = mentees.mentee_records(vault, mentee)
    assert records.canvas is None
    path = tmp_path / "an.json"
    exports.export_data(vault, mentee, path, include_private=include_private)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["canvas"] is None and document["safaris"] == []
