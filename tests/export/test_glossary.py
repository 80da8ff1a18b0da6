"""One glossary: the words on paper are the words on screen, in Dutch and in English.

The screen names enum values in ``mentorapp/gui/labels.py`` (English source text, in the
translation context "Labels") and translates them in ``resources/translations/*.ts``; the
PDFs, which have no Qt, name them in ``mentorapp/export/labels.py``. Both sides are read
as files here (the .ts with xml.etree, labels.py with ast), so the test needs no Qt and
fails as soon as one side is changed without the other.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mentorapp.domain import enums
from mentorapp.domain.enums import Language
from mentorapp.export.labels import ENUM_WORDS, WORDS

ROOT = Path(__file__).resolve().parents[2]
GUI_LABELS = ROOT / "mentorapp" / "gui" / "labels.py"
TRANSLATIONS = ROOT / "resources" / "translations"

# Column titles and section names that the screen shows too: PDF word key -> the English
# source text on screen (with or without a mnemonic "&", in any dialog).
SHARED_FIELDS = {
    "goals": "Goals and actions",
    "col.measure": "Measure",
    "col.deadline": "Deadline",
    "col.owner": "Owner",
    "action.status": "Status",
    "obstacles": "Obstacles",
    "col.obstacle": "Obstacle",
    "col.mitigation": "How to handle it",
    "activities": "Development activities",
    "col.kind": "Kind",
    "col.activity": "Activity",
    "activity.provider": "Provider",
    "col.hours": "Hours",
    "col.cost": "Cost",
    "col.dates": "Dates",
    "review_date": "Review date",
    "version": "Version",
    "plan.document": "Development plan",
    "organisation": "Organisation",
    "session.kind": "Kind of session",
    "session.mode": "How you met",
    "agreements": "Agreements",
    "next_session": "Next session",
    "recovery.key": "Recovery key",
}


def screen_enum_sources() -> dict[tuple[str, str], str]:
    """(enum class, member) -> the English source text, read from gui/labels.py.

    The entries there look like
    ``(SessionMode, SessionMode.IN_PERSON.value): QT_TRANSLATE_NOOP("Labels", "In person")``.
    """
    sources: dict[tuple[str, str], str] = {}
    for node in ast.walk(ast.parse(GUI_LABELS.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Tuple) and isinstance(value, ast.Call)):
                continue
            enum_class, member = key.elts
            assert isinstance(enum_class, ast.Name)
            assert isinstance(member, ast.Attribute)  # SessionMode.IN_PERSON.value
            assert isinstance(member.value, ast.Attribute)
            context, text = (ast.literal_eval(arg) for arg in value.args)
            assert context == "Labels"
            sources[(enum_class.id, member.value.attr)] = text
    return sources


def ts_messages(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation ("" when unfinished) of a .ts file."""
    messages: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = ""
            if translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                text = (translation.text or "").strip()
            messages[(name, message.findtext("source", ""))] = text
    return messages


def screen_words(language: Language, folder: Path = TRANSLATIONS) -> dict[tuple[str, str], str]:
    """(context, source) -> what the screen shows in ``language``, for every screen text.

    The Dutch file lists every text of the screen; a text without a finished translation
    shows its English source (the English file translates only plurals).
    """
    every = ts_messages(folder / "mentorapp_nl.ts")
    translated = ts_messages(folder / f"mentorapp_{language.value}.ts")
    return {key: translated.get(key) or key[1] for key in every}


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(words: dict[tuple[str, str], str], context: str, source: str) -> str:
    if (context, source) not in words:
        pytest.fail(f"the screen has no {source!r} in {context!r} any more")
    return words[(context, source)]


def enum_differences(language: Language, folder: Path = TRANSLATIONS) -> list[str]:
    """Every enum value whose printed name is not the one on screen."""
    sources = screen_enum_sources()
    assert len(sources) > 40  # the parse found the table, not nothing
    words = screen_words(language, folder)
    differences = []
    for enum_class, printed in ENUM_WORDS[language].items():
        assert getattr(enums, enum_class.__name__) is enum_class
        for member in enum_class:
            source = sources.get((enum_class.__name__, member.name))
            assert source is not None, f"the screen has no name for {member!r}"
            on_screen = shown(words, "Labels", source)
            if printed[member] != on_screen:
                differences.append(f"{member!r}: paper {printed[member]!r}, screen {on_screen!r}")
    return differences


@pytest.mark.parametrize("language", list(Language))
def test_every_enum_on_paper_has_the_words_of_the_screen(language: Language) -> None:
    assert enum_differences(language) == []


@pytest.mark.parametrize("language", list(Language))
def test_column_and_section_titles_on_paper_are_words_of_the_screen(language: Language) -> None:
    words = screen_words(language)
    differences = []
    for key, source in SHARED_FIELDS.items():
        on_screen = {
            without_mnemonic(text)
            for (_, screen_source), text in words.items()
            if without_mnemonic(screen_source) == source
        }
        assert on_screen, f"the screen no longer shows {source!r}"
        if WORDS[language][key] not in on_screen:
            differences.append(f"{key}: paper {WORDS[language][key]!r}, screen {on_screen}")
    assert differences == []


def test_a_word_changed_on_screen_only_is_caught(tmp_path: Path) -> None:
    nl = (TRANSLATIONS / "mentorapp_nl.ts").read_text(encoding="utf-8")
    before, after = "<translation>Ter plaatse</translation>", "<translation>Fysiek</translation>"
    assert nl.count(before) == 1
    (tmp_path / "mentorapp_nl.ts").write_text(nl.replace(before, after), encoding="utf-8")
    assert enum_differences(Language.NL, tmp_path) == [
        "<SessionMode.IN_PERSON: 'in_person'>: paper 'Ter plaatse', screen 'Fysiek'"
    ]
