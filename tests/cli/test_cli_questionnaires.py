"""The questionnaire commands as a script reads them: templates, answers, the career
check over time, and blank forms of any template (README "Command line").

The story: a coach's vault holds the built-ins; a mentee filled in the career check
twice and a preparation; the coach copied the preparation, it was answered, and an edit
made a second version. Each line is tab-separated with no space at either end; the
coach's reading of an answer (``private_interpretation``) never leaves the vault.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorapp.domain.builtin_questionnaires import builtin_template
from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.ids import MenteeId, TemplateId
from mentorapp.domain.model import Question, QuestionnaireResponse
from mentorapp.services import plans
from mentorapp.services import questionnaires as q
from mentorapp.store.vault import Vault
from tests.cli.conftest import in_dutch, one_error_line, run_cli
from tests.conftest import PASSPHRASE, add_mentee_with_session

P = PASSPHRASE + "\n"
CANARY = "KANARIE-lezing-5b2e"
SHARED = "Ik wil graag mensen begeleiden"


def check_answers(**special: str) -> dict[str, str]:
    """The career check answered "3" everywhere, but for ``special`` items."""
    check = builtin_template(TemplateKind.CAREER_CHECK, Language.NL)
    answers = {i.key: "3" for i in check.questions if i.kind is QuestionKind.SCALE}
    answers.update(special)
    return answers


@dataclass
class Story:
    path: Path
    mentee: MenteeId
    other: MenteeId
    check: TemplateId
    preparation: TemplateId
    own_v1: TemplateId
    own_v2: TemplateId
    responses: list[int]  # newest first


@pytest.fixture
def story(vault: Vault, vault_path: Path) -> Story:
    mentee = add_mentee_with_session(vault, "Ilse Wouters")
    other = add_mentee_with_session(vault, "Zonder Antwoorden")
    plans.new_plan(vault, mentee, "Groeien in de breedte", date(2026, 11, 30))
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.NL)
    assert check.id is not None and preparation.id is not None

    def answer(template: TemplateId, day: date, answers: dict[str, str]) -> int:
        given = QuestionnaireResponse(template, mentee, day, answers, private_interpretation=CANARY)
        stored = q.save_response(vault, given).value.id
        assert stored is not None
        return int(stored)

    # energy: 2, 3, 4 (reversed: 2), 3 -> 2.5; balance: 4, 3, 3 (reversed: 3), 3 -> 3.25
    first = answer(
        check.id,
        date(2026, 3, 2),
        check_answers(energy_1="2", energy_3="4", balance_1="4"),
    )
    # everything 4 (reversed items 2), learning_1 5 -> learning 13/3
    second = check_answers(**{k: "4" for k in check_answers()})
    second.update({i.key: "2" for i in check.questions if i.reversed}, learning_1="5")
    later = answer(check.id, date(2026, 9, 28), second)
    prepared = answer(preparation.id, date(2026, 2, 20), {"talents": SHARED})
    own = q.copy_template(vault, preparation.id, "Mijn voorbereiding\tkort").value
    assert own.id is not None
    answered_own = answer(own.id, date(2026, 1, 5), {"talents": "iets"})
    edited = replace(own, questions=[*own.questions, Question("extra", "Wat nog?")])
    own_v2 = q.save_template(vault, edited).value
    assert own_v2.id is not None and own_v2.id != own.id and own_v2.version == 2
    vault.close()
    return Story(
        vault_path,
        mentee,
        other,
        check.id,
        preparation.id,
        own.id,
        own_v2.id,
        [later, first, prepared, answered_own],
    )


def lines_of(out: str) -> list[list[str]]:
    """Standard output as rows of fields, checking the tab-separated contract on the way."""
    assert out.endswith("\n") or out == ""
    rows = []
    for line in out.splitlines():
        assert line == line.strip() and "  " not in line, repr(line)
        rows.append(line.split("\t"))
    return rows


# --- questionnaires -----------------------------------------------------------------------------


def test_questionnaires_lists_every_version_built_ins_first(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "questionnaires", str(story.path), stdin=P)
    assert (code, err) == (0, "")
    rows = lines_of(out)
    assert all(len(row) == 5 for row in rows)
    assert [(row[2], row[3], row[4]) for row in rows[:6]] == [
        ("nl", "Je loopbaangesprek voorbereiden", "built-in"),
        ("en", "Preparing your career conversation", "built-in"),
        ("nl", "Loopbaancheck", "built-in"),
        ("en", "Career check", "built-in"),
        ("nl", "Reflectie job crafting", "built-in"),
        ("en", "Job crafting reflection", "built-in"),
    ]
    assert rows[2][0] == str(story.check) and rows[0][0] == str(story.preparation)
    assert rows[6:] == [  # a tab in the name is printed as a space
        [str(story.own_v2), "2", "nl", "Mijn voorbereiding kort", "own"],
        [str(story.own_v1), "1", "nl", "Mijn voorbereiding kort", "own"],
    ]


# --- answers ------------------------------------------------------------------------------------


def test_answers_lists_a_mentees_responses_newest_first(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "answers", str(story.path), str(story.mentee), stdin=P)
    assert (code, err) == (0, "")
    assert lines_of(out) == [
        [str(story.responses[0]), "2026-09-28", str(story.check), "1", "Loopbaancheck"],
        [str(story.responses[1]), "2026-03-02", str(story.check), "1", "Loopbaancheck"],
        [
            str(story.responses[2]),
            "2026-02-20",
            str(story.preparation),
            "1",
            "Je loopbaangesprek voorbereiden",
        ],
        # the answers keep pointing at the version they answered
        [str(story.responses[3]), "2026-01-05", str(story.own_v1), "1", "Mijn voorbereiding kort"],
    ]
    assert CANARY not in out and SHARED not in out


def test_a_mentee_without_answers_gives_no_lines(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("answers", "career-check"):
        code, out, err = run_cli(capsys, command, str(story.path), str(story.other), stdin=P)
        assert (code, out, err) == (0, "", "")


# --- career-check -------------------------------------------------------------------------------


def test_career_check_prints_each_dimension_per_check_oldest_first(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "career-check", str(story.path), str(story.mentee), stdin=P)
    assert (code, err) == (0, "")
    rows = lines_of(out)
    dimensions = ["energy", "meaning", "learning", "fit", "balance", "future", "support"]
    assert [row[:2] for row in rows] == [
        [day, key] for day in ("2026-03-02", "2026-09-28") for key in dimensions
    ]
    scores = {(row[0], row[1]): row[2] for row in rows}
    assert scores[("2026-03-02", "energy")] == "2.5"
    assert scores[("2026-03-02", "balance")] == "3.3"  # 3.25: halves up, as on screen
    assert scores[("2026-03-02", "fit")] == "3.0"
    assert scores[("2026-09-28", "learning")] == "4.3"
    assert scores[("2026-09-28", "energy")] == "4.0"
    assert all(re.fullmatch(r"\d\.\d", score) for score in scores.values())


def test_the_commands_name_an_unknown_mentee(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("answers", "career-check"):
        code, out, err = run_cli(capsys, command, str(story.path), "999", stdin=P)
        assert (code, out) == (1, "") and one_error_line(err)
        assert "no mentee with id 999" in err and f"'mentorapp mentees {story.path}'" in err


# --- export form --------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.mark.parametrize(
    ("key", "lang", "said", "title"),
    [
        ("preparation", "nl", "preparation", "Je loopbaangesprek voorbereiden"),
        ("career_check", "en", "career check", "Career check"),
        ("job_crafting", "nl", "job crafting", "Reflectie job crafting"),
    ],
)
def test_a_built_in_form_needs_no_vault(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    key: str,
    lang: str,
    said: str,
    title: str,
) -> None:
    target = tmp_path / "form.pdf"
    code, out, err = run_cli(
        capsys, "export", "form", str(target), "--template", key, "--lang", lang
    )
    assert (code, err) == (0, "")
    assert re.fullmatch(
        rf"Wrote the {said} form to {re.escape(str(target))} \(sha256 [0-9a-f]{{64}}\)\n", out
    )
    assert title in pdf_text(target)


def test_without_template_the_form_is_the_preparation_as_always(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "form.pdf"
    code, out, _ = run_cli(capsys, "export", "form", str(target))
    assert code == 0 and out.startswith(f"Wrote the preparation form to {target} (sha256 ")
    text = pdf_text(target)
    assert "Je loopbaangesprek voorbereiden" in text and "Talenten" in text


def test_a_template_id_prints_that_version_from_the_vault(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "v1.pdf"
    argv = ["export", "form", str(target), "--template", str(story.own_v1)]
    code, out, err = run_cli(capsys, *argv, "--vault", str(story.path), stdin=P)
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote the form of template {story.own_v1} (version 1) to {target} ")
    text = pdf_text(target)
    assert "Mijn voorbereiding kort" in text and "versie 1" in text and "Wat nog?" not in text
    target = tmp_path / "v2.pdf"
    argv = ["export", "form", str(target), "--template", str(story.own_v2)]
    code, out, _ = run_cli(capsys, *argv, "--vault", str(story.path), stdin=P)
    assert code == 0 and "(version 2)" in out and "Wat nog?" in pdf_text(target)


def test_a_built_in_key_with_a_vault_prints_the_vaults_version(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "check.pdf"
    argv = ["export", "form", str(target), "--template", "career_check", "--lang", "en"]
    code, out, _ = run_cli(capsys, *argv, "--vault", str(story.path), stdin=P)
    assert code == 0 and out.startswith("Wrote the career check form to ")
    assert "Future-proof skills" in pdf_text(target)


@pytest.mark.parametrize(
    ("extra", "stdin", "code", "said"),
    [
        (["--template", "bogus"], "", 2, "--template must be preparation, career_check"),
        (["--template", "12"], "", 2, "--template 12 names a questionnaire in a vault"),
        (["--template", "99999", "--vault", "{vault}"], P, 1, "no questionnaire with id 99999"),
        (["--template", "3", "--vault", "{tmp}"], P, 1, "no Mentorapp vault at {tmp}"),
        (
            ["--template", "{own}", "--vault", "{vault}", "--lang", "en"],
            P,
            2,
            "in language nl, not en",
        ),
    ],
)
def test_export_form_errors_are_one_line(
    story: Story,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    stdin: str,
    code: int,
    said: str,
) -> None:
    target = tmp_path / "nothing.pdf"
    values = {"vault": story.path, "own": story.own_v1, "tmp": tmp_path}
    argv = [a.format(**values) for a in extra]
    got, out, err = run_cli(capsys, "export", "form", str(target), *argv, stdin=stdin)
    assert (got, out) == (code, "") and one_error_line(err), err
    assert said.format(**values) in err, err
    assert not target.exists()


# --- privacy: the coach's reading never leaves ---------------------------------------------------


def test_the_interpretation_reaches_no_pdf_and_no_export_without_private(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, data_file, form = tmp_path / "plan.pdf", tmp_path / "data.json", tmp_path / "form.pdf"
    vault, mentee = str(story.path), str(story.mentee)
    for argv in (
        ["export", "plan", vault, mentee, str(plan), "--career-check"],
        ["export", "data", vault, mentee, str(data_file)],
        ["export", "form", str(form), "--template", str(story.check), "--vault", vault],
    ):
        code, _, err = run_cli(capsys, *argv, stdin=P)
        assert code == 0, err
    written = [plan, data_file, form]
    for path in written:
        assert CANARY.encode() not in path.read_bytes(), path
    plan_text = pdf_text(written[0])
    assert "Je loopbaancheck" in plan_text and "Energie en vitaliteit" in plan_text
    assert CANARY not in plan_text and CANARY not in pdf_text(written[2])
    data = json.loads(written[1].read_text(encoding="utf-8"))
    assert SHARED in json.dumps(data, ensure_ascii=False)  # the answers themselves are shared
    private = tmp_path / "private.json"
    argv = ["export", "data", str(story.path), str(story.mentee), str(private), "--include-private"]
    assert run_cli(capsys, *argv, stdin=P)[0] == 0
    assert CANARY in private.read_text(encoding="utf-8")


def test_the_plan_has_no_chart_unless_asked(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    argv = ["export", "plan", str(story.path), str(story.mentee), str(target), "--lang", "en"]
    assert run_cli(capsys, *argv, stdin=P)[0] == 0
    assert "Your career check" not in pdf_text(target)
    assert run_cli(capsys, *argv, "--career-check", stdin=P)[0] == 0
    text = pdf_text(target)
    assert "Your career check" in text and "Work-life balance" in text  # English titles


# --- Dutch ------------------------------------------------------------------------------------


def test_the_new_errors_are_dutch_under_a_dutch_locale(
    story: Story,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    in_dutch(monkeypatch)
    target = str(tmp_path / "o.pdf")
    expected = {
        ("export", "form", target, "--template", "bogus"): "--template moet",
        ("export", "form", target, "--template", "12"): "--template 12 ",
        ("answers", str(story.path), "999"): "geen mentee met nummer 999",
    }
    for argv, said in expected.items():
        stdin = P if argv[0] == "answers" else ""
        _, _, err = run_cli(capsys, *argv, stdin=stdin)
        assert err.startswith("mentorapp: fout: ") and said in err, err


def test_no_output_line_has_a_trailing_space(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["questionnaires", str(story.path)],
        ["answers", str(story.path), str(story.mentee)],
        ["career-check", str(story.path), str(story.mentee)],
    ):
        code, out, _ = run_cli(capsys, *argv, stdin=P)
        assert code == 0 and out
        assert all(line.rstrip("\n") == line.rstrip() for line in io.StringIO(out))
