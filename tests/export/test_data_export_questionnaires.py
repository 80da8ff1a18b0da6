"""The mentee's data export shows each questionnaire answer beside its item's words, and
the coach's interpretation only with private notes included."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from mentorapp.domain.enums import Language, TemplateKind
from mentorapp.domain.model import Mentee, QuestionnaireResponse
from mentorapp.services import exports, mentees
from mentorapp.services import questionnaires as q
from mentorapp.store.vault import Vault

CANARY = "KANARIE-duiding-91c2"


def _export(vault: Vault, tmp_path: Path, *, include_private: bool) -> tuple[str, dict]:  # type: ignore[type-arg]
    mentee = mentees.add_mentee(vault, Mentee(full_name="Noor Janssens")).value
    assert mentee.id is not None
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.NL)
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.EN)
    assert preparation.id is not None and check.id is not None
    q.save_response(
        vault,
        QuestionnaireResponse(
            preparation.id,
            mentee.id,
            date(2026, 3, 2),
            {"talents": "Mensen samenbrengen", "values": "Eerlijkheid"},
            private_interpretation=f"{CANARY} lijkt op vertrek te wijzen",
        ),
    )
    q.save_response(
        vault,
        QuestionnaireResponse(
            check.id, mentee.id, date(2026, 4, 1), {"energy_1": "2", "energy_3": "5"}
        ),
    )
    path = tmp_path / f"noor-{include_private}.json"
    exports.export_data(vault, mentee.id, path, include_private=include_private)
    raw = path.read_text(encoding="utf-8")
    return raw, json.loads(raw)


def test_each_answer_stands_beside_its_items_words(vault: Vault, tmp_path: Path) -> None:
    raw, document = _export(vault, tmp_path, include_private=False)
    assert document["format_version"] == 4
    check, preparation = document["questionnaires"]  # newest first
    assert preparation["questionnaire"] == "Je loopbaangesprek voorbereiden"
    assert (preparation["version"], preparation["language"]) == (1, "nl")
    assert preparation["answered_on"] == "2026-03-02"
    talents = next(i for i in preparation["items"] if i["key"] == "talents")
    assert talents == {
        "key": "talents",
        "section": "Talenten",
        "question": "Waar ben je goed in? Wat vragen collega's jou? Wat lukt je zonder moeite?",
        "answer": "Mensen samenbrengen",
    }
    assert len(preparation["items"]) == 7  # unanswered items are listed too
    assert check["questionnaire"] == "Career check" and check["kind"] == "career_check"
    energy = next(i for i in check["items"] if i["key"] == "energy_3")
    assert energy["question"] == "I often feel exhausted by my work." and energy["answer"] == "5"
    assert check["scores"] == [{"key": "energy", "title": "Energy and vitality", "score": 1.5}]
    assert CANARY not in raw and "private_interpretation" not in raw


def test_the_interpretation_is_exported_only_when_asked(vault: Vault, tmp_path: Path) -> None:
    raw, document = _export(vault, tmp_path, include_private=True)
    assert document["includes_private_notes"] is True
    assert CANARY in document["questionnaires"][1]["private_interpretation"]
    assert CANARY in raw
