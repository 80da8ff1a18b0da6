"""Under a Dutch locale the command line says everything to the coach in Dutch.

Every error path, argparse's own included, is run once in English and once in Dutch:
the Dutch line must differ and hold no English word. The .ts must translate every
sentence of the CLI's sources, so a new sentence without Dutch fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from mentorapp import cli
from mentorapp.domain.enums import Language, TemplateKind
from mentorapp.services import mentees, plans, questionnaires
from mentorapp.store.vault import Vault
from tests.cli.conftest import in_dutch, one_error_line, run_cli
from tests.conftest import PASSPHRASE, add_mentee_with_session

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "mentorapp_nl.ts"
CLI_SOURCES = [
    ROOT / "mentorapp" / f"{name}.py"
    for name in (
        "cli",
        "cli_messages",
        "cli_moves",
        "cli_practice",
        "cli_questionnaires",
        "cli_report",
        "cli_vault_state",
        "cli_vault_tune",
    )
]
CLI_CONTEXTS = {"cli", "argparse"}
_NAMES = """vault demo mentees search export erase create check passwd rekey backup recovery
key restore data plan form mentorapp questionnaires answers career preparation job crafting
safaris skills moves stories story report merge"""
COMMAND_NAMES = frozenset(_NAMES.split())
# Words that are English and never Dutch ("is", "of", "in", "over", "export" are Dutch too).
_ENGLISH = """the a an not no must to and or with that this has have from does could be try
folder file vault use run choose invalid expected required error usage warning interrupted
nothing changed wrong passphrase there it its first again number given standard input
missing exist exists ambiguous unrecognized following arguments choice ignored explicit
cannot read written id shows name settings permission disk full restore backup erase
without confirmation add yes anyway should show help message exit options positional
create list search words write include language your organisation header for good new
key damaged"""
ENGLISH = frozenset(_ENGLISH.split())


def english_words(text: str, names: frozenset[str] = frozenset()) -> set[str]:
    """The English words in ``text`` once paths, quoted values, options and ``names`` are out.

    Placeholders (PATH, MENTEE_ID) are upper case and stay as they are in both languages.
    """
    text = re.sub(r"'[^']*'", " ", text)  # quoted commands and values the coach typed
    text = re.sub(r"\S*/\S*", " ", text)  # paths the coach typed
    text = re.sub(r"(?<!\w)--?[\w-]+", " ", text)  # --options
    words = re.findall(r"[^\W\d_]+", text)
    return {w.lower() for w in words if not w.isupper() and w.lower() not in names} & ENGLISH


def png(path: Path) -> Path:
    Image.new("RGB", (20, 6), (31, 85, 102)).save(path)
    return path


@pytest.fixture
def story(vault: Vault, vault_path: Path, tmp_path: Path) -> dict[str, Path | str]:
    """A closed vault with one mentee without a plan and one with; the files around it."""
    without = add_mentee_with_session(vault, "Zonder Plan")
    with_plan = add_mentee_with_session(vault, "Met Plan")
    plans.new_plan(vault, with_plan, "Groeien in de breedte", date(2026, 11, 30))
    assert mentees.get_mentee(vault, without).id == without
    template = questionnaires.builtin(vault, TemplateKind.PREPARATION, Language.NL).id
    vault.close()
    not_image = tmp_path / "logo.png"
    not_image.write_bytes(b"not an image at all")
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("x")
    return {
        "vault": str(vault_path),
        "without": str(without),
        "with_plan": str(with_plan),
        "not_image": str(not_image),
        "a_file": str(a_file),
        "other": str(other),
        "logo": str(png(tmp_path / "good.png")),
        "tmp": str(tmp_path),
        "template": str(template),
    }


P = PASSPHRASE + "\n"
# (command line with {placeholders} from ``story``, stdin, exit code)
ERROR_PATHS: list[tuple[str, str, int]] = [
    ("bogus", "", 2),
    ("vault", "", 2),
    ("vault bogus {vault}", "", 2),
    ("vault create", "", 2),
    ("vault restore {vault}", "", 2),
    ("export", "", 2),
    ("export form {tmp}/o.pdf --lang xx", "", 2),
    ("export plan {vault} 1 {tmp}/o.pdf --l nl", "", 2),
    ("mentees", "", 2),
    ("mentees {vault} --bogus", "", 2),
    ("mentees {vault} extra", "", 2),
    ("search {vault}", "", 2),
    ("search {vault} q --limit", "", 2),
    ("search {vault} q --limit 0", "", 2),
    ("erase {vault} --yes=ja 1", "", 2),
    ("erase {vault} abc --yes", "", 2),
    ("erase {vault} {without}", P, 2),
    ("erase {vault} 999 --yes", P, 1),
    ("mentees {vault}", "", 1),
    ("mentees {vault}", "not the passphrase\n", 1),
    ("mentees {vault}", "kort\n", 1),
    ("mentees {tmp}", P, 1),
    ("vault create {other}", P, 1),
    ("vault create {tmp}/new.mentorvault", "kort\n", 1),
    ("vault restore {vault} {tmp}/nope.db", P, 1),
    ("vault restore {other} {a_file}", P, 2),
    ("export plan {vault} {without} {tmp}/o.pdf", P, 1),
    ("export plan {vault} {with_plan} {tmp}/missing/o.pdf", P, 1),
    ("export plan {vault} {with_plan} {tmp}", P, 1),
    ("export data {vault} {with_plan} {a_file}/o.json", P, 1),
    ("export data {vault} {with_plan} {vault}/o.json", P, 1),
    ("export form {tmp}/o.pdf --logo {tmp}/nope.png", "", 1),
    ("export form {tmp}/o.pdf --logo {tmp}", "", 1),
    ("export form {tmp}/o.pdf --logo {not_image}", "", 1),
    ("questionnaires", "", 2),
    ("questionnaires {tmp}", P, 1),
    ("answers {vault}", "", 2),
    ("answers {vault} abc", "", 2),
    ("answers {vault} 999", P, 1),
    ("career-check {vault} 0", "", 2),
    ("career-check {vault} 999", P, 1),
    ("export plan {vault} {with_plan} {tmp}/o.pdf --career-check=ja", "", 2),
    ("export form {tmp}/o.pdf --template bogus", "", 2),
    ("export form {tmp}/o.pdf --template 12", "", 2),
    ("export form {tmp}/o.pdf --template 99999 --vault {vault}", P, 1),
    ("export form {tmp}/o.pdf --template {template} --vault {vault} --lang en", P, 2),
    ("export form {tmp}/o.pdf --template {template} --vault {tmp}", P, 1),
    ("safaris {vault}", "", 2),
    ("safaris {vault} abc", "", 2),
    ("safaris {vault} 999", P, 1),
    ("skills {vault} 0", "", 2),
    ("skills {vault} 999", P, 1),
    ("moves {vault} abc", "", 2),
    ("moves {vault} 999", P, 1),
    ("moves {tmp}", P, 1),
    ("stories", "", 2),
    ("stories {tmp}", P, 1),
    ("export story {vault} abc {tmp}/s.pdf", "", 2),
    ("export story {vault} 999 {tmp}/s.pdf", P, 1),
    ("export story {vault} 1 {tmp}/missing/s.pdf", "", 1),
    ("export story {vault} 1 {tmp}/s.pdf --lang nl", "", 2),
    ("export story {vault} 1 {tmp}/s.pdf --logo {not_image}", "", 1),
    ("export plan {vault} {with_plan} {tmp}/o.pdf --safaris=ja", "", 2),
]


def _argv(line: str, story: dict[str, Path | str]) -> list[str]:
    return [part.format(**story) for part in line.split()]


@pytest.mark.parametrize(("line", "stdin", "code"), ERROR_PATHS, ids=[c[0] for c in ERROR_PATHS])
def test_every_error_is_one_dutch_line_under_a_dutch_locale(
    story: dict[str, Path | str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    line: str,
    stdin: str,
    code: int,
) -> None:
    argv = _argv(line, story)
    got, out, english = run_cli(capsys, *argv, stdin=stdin)
    assert got == code, english
    assert out == "" or out.startswith("About to restore backup "), out
    assert one_error_line(english) and english.startswith("mentorapp: error: "), english
    in_dutch(monkeypatch)
    got, _, dutch = run_cli(capsys, *argv, stdin=stdin)
    assert got == code
    assert one_error_line(dutch) and dutch.startswith("mentorapp: fout: "), dutch
    assert dutch != english.replace("error:", "fout:")
    assert english_words(dutch) == set(), dutch


def test_the_checker_sees_english(tmp_path: Path) -> None:
    assert english_words("mentorapp: fout: the folder x does not exist") == {
        *("the", "folder", "does", "not", "exist")
    }
    assert english_words(f"de map {tmp_path}/vault bestaat niet") == set()
    assert english_words("voer 'mentorapp vault check /x' uit met --yes") == set()


@pytest.mark.parametrize(
    "setup",
    ["interrupt", "warning"],
)
def test_interruptions_and_warnings_are_dutch_too(
    story: dict[str, Path | str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    setup: str,
) -> None:
    in_dutch(monkeypatch)
    if setup == "interrupt":

        def stop(*args: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(mentees, "summaries", stop)
        code, _, err = run_cli(capsys, "mentees", str(story["vault"]), stdin=P)
        assert (code, err) == (1, "mentorapp: onderbroken; er is niets gewijzigd\n")
        return
    argv = _argv("export plan {vault} {with_plan} {tmp}/plan.pdf --coach Sam", story)
    code, _, err = run_cli(capsys, *argv, stdin=P)
    assert code == 0 and one_error_line(err) and err.startswith("mentorapp: waarschuwing: ")
    assert english_words(err) == set(), err


def _help_texts(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


HELP_PATHS = [
    [],
    ["vault"],
    *(["vault", a] for a in ("create", "check", "passwd", "rekey", "backup", "recovery-key")),
    ["vault", "restore"],
    ["demo"],
    ["mentees"],
    ["questionnaires"],
    ["answers"],
    ["career-check"],
    *([command] for command in ("safaris", "skills", "moves", "stories")),
    ["search"],
    ["export"],
    *(["export", kind] for kind in ("data", "plan", "form", "story")),
    ["erase"],
    ["report"],
    ["report", "merge"],
]


@pytest.mark.parametrize("argv", HELP_PATHS, ids=lambda a: " ".join(a) or "mentorapp")
def test_help_is_dutch_under_a_dutch_locale(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _help_texts(argv, capsys)
    in_dutch(monkeypatch)
    dutch = _help_texts(argv, capsys)
    assert english.startswith("usage: mentorapp") and dutch.startswith("gebruik: mentorapp")
    text = re.sub(r"\{[\w,]+\}", " ", dutch)  # {nl,en}
    assert english_words(text, names=COMMAND_NAMES) == set(), dutch


def test_prompts_and_questions_are_dutch(
    story: dict[str, Path | str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n")
    in_dutch(monkeypatch)
    code, out, _ = run_cli(
        capsys, "erase", str(story["vault"]), str(story["without"]), stdin=Terminal()
    )
    assert code == 0 and out == "Er is niets gewist.\n"
    assert asked == [
        "Wachtwoordzin: ",
        f"Mentee {story['without']} en alle bijbehorende gegevens voorgoed wissen? [j/N] ",
    ]


# ---- the translation itself ------------------------------------------------------------


def _unfinished(ts_file: Path, contexts: set[str]) -> list[str]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in {"vanished", "obsolete"}:
                continue
            if kind is not None or translation is None or not (translation.text or "").strip():
                missing.append(message.findtext("source") or "")
    return missing


def test_every_cli_sentence_in_the_ts_has_dutch() -> None:
    assert _unfinished(TS, CLI_CONTEXTS) == []


def test_every_cli_sentence_in_the_sources_is_in_the_ts(tmp_path: Path) -> None:
    """lupdate over today's CLI sources finds no sentence the .ts does not translate."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *map(str, CLI_SOURCES), "-locations", "none", "-ts", str(copy)],
        capture_output=True,
        check=True,
    )
    found = [
        m
        for c in ET.parse(copy).getroot().iter("context")
        if c.findtext("name") in CLI_CONTEXTS
        for m in c.iter("message")
    ]
    assert len(found) > 100
    missing = _unfinished(copy, CLI_CONTEXTS)
    assert missing == [], f"no Dutch for {missing[:5]} (run 'make translations')"


def test_the_checkers_see_an_untranslated_sentence(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
        "<context><name>cli</name><message><source>new sentence</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert _unfinished(broken, CLI_CONTEXTS) == ["new sentence"]
