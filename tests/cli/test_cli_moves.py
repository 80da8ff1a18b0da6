"""Moves in practice as a script reads them: safaris, skills, moves, stories, and the plan
with its safari and job crafting sections (README "Command line").

The story: Ilse went on a safari at the customer service (done, with a reflection and
the coach's private notes), plans one at data analysis and has one not dated yet; her
skills show gaps; she considered a safari and made a lateral move; Tom made a move to
another organisation. The coach keeps two career stories. Every line is tab-separated,
an empty field is an empty string between its tabs; the coach's notes on a safari or
the canvas never reach a line or a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorapp.domain.enums import Language, MoveKind, SafariStatus
from mentorapp.domain.ids import MenteeId, SafariId, StoryId
from mentorapp.domain.model import (
    CareerSafari,
    CareerStory,
    CraftingExperiment,
    JobCraftingCanvas,
    Move,
    SkillEntry,
)
from mentorapp.services import moves, plans
from mentorapp.store.vault import Vault
from tests.cli.conftest import in_dutch, one_error_line, run_cli
from tests.conftest import PASSPHRASE, add_mentee_with_session

P = PASSPHRASE + "\n"
CANARY = "KANARIE-safari-notitie-81c4"
REFLECTION = "Coachen bleek vooral luisteren"


@dataclass
class Story:
    path: Path
    ilse: MenteeId
    tom: MenteeId
    nobody: MenteeId  # a mentee with none of it
    safaris: list[SafariId]  # done, planned, undated
    stories: list[StoryId]  # Dutch, English


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def story(vault: Vault, vault_path: Path) -> Story:
    ilse = add_mentee_with_session(vault, "Ilse Wouters")
    tom = add_mentee_with_session(vault, "Tom Peeters")
    nobody = add_mentee_with_session(vault, "Nog Niets")
    plans.new_plan(vault, ilse, "Groeien in de breedte", date(2026, 11, 30))
    done = CareerSafari(
        ilse, "Klantendienst", "Teamcoach", "Els", date(2026, 3, 2), date(2026, 3, 13),
        SafariStatus.COMPLETED, "Hoe ziet een dag eruit?", f"{REFLECTION}.",
        private_notes=CANARY,
    )  # fmt: skip
    planned = CareerSafari(
        ilse, "Data\tAnalyse", start_date=date(2026, 12, 1), end_date=date(2026, 12, 5)
    )
    undated = CareerSafari(ilse, "", private_notes=CANARY)
    ids = []
    for safari in (done, planned, undated):
        saved = moves.save_safari(vault, safari).value.id
        assert saved is not None
        ids.append(saved)
    moves.save_canvas(
        vault,
        JobCraftingCanvas(
            ilse,
            tasks_now="Kredietdossiers nakijken.",
            tasks_crafted="Nieuwe collega's opleiden.",
            experiments=[CraftingExperiment("Een nieuwe collega begeleiden", date(2026, 12, 15))],
            private_notes=CANARY,
        ),
    )
    for name, current, target in (
        ("Excel", 3, 3),
        ("Feedback geven", 2, 4),
        ("Presenteren", 1, 5),
    ):
        moves.save_skill(vault, SkillEntry(ilse, name, current, target, evidence="bewijs"))
    for move in (
        Move(ilse, MoveKind.SAFARI, "", "Kredietanalist", "", date(2026, 2, 1)),
        Move(ilse, MoveKind.LATERAL, CANARY, "Kredietanalist", "Teamcoach", date(2026, 5, 1),
             made=True),
        Move(tom, MoveKind.EXTERNAL, "", "", "Zorgcoördinator", date(2026, 6, 10), made=True),
    ):  # fmt: skip
        moves.save_move(vault, move)
    kept = []
    for told in (
        CareerStory("Van boekhouder\tnaar coach", "Na tien jaar boekhouding...",
                    [MoveKind.SAFARI, MoveKind.LATERAL], Language.NL),
        CareerStory("Sideways is forward", "She moved sideways twice.", [], Language.EN),
    ):  # fmt: skip
        saved_story = moves.save_story(vault, told).value.id
        assert saved_story is not None
        kept.append(saved_story)
    vault.close()
    return Story(vault_path, ilse, tom, nobody, ids, kept)


def rows_of(out: str) -> list[list[str]]:
    """Standard output as rows of fields (an empty last field leaves a tab at the end)."""
    assert out.endswith("\n") or out == ""
    assert CANARY not in out
    return [line.split("\t") for line in out.splitlines()]


# --- safaris ---------------------------------------------------------------------------------


def test_safaris_lists_id_dates_status_and_host(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "safaris", str(story.path), str(story.ilse), stdin=P)
    assert (code, err) == (0, "")
    done, planned, undated = (str(i) for i in story.safaris)
    rows = rows_of(out)
    assert sorted(rows) == sorted(
        [
            [done, "2026-03-02", "2026-03-13", "completed", "Klantendienst"],
            [planned, "2026-12-01", "2026-12-05", "planned", "Data Analyse"],
            [undated, "", "", "planned", ""],
        ]
    )
    dated = [row[0] for row in rows if row[1]]
    assert dated == [planned, done]  # newest first


def test_a_mentee_without_safaris_skills_or_moves_has_empty_lists(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("safaris", "skills", "moves"):
        code, out, err = run_cli(capsys, command, str(story.path), str(story.nobody), stdin=P)
        assert (code, out, err) == (0, "", ""), command


@pytest.mark.parametrize("command", ["safaris", "skills", "moves"])
def test_an_unknown_mentee_is_named_not_an_empty_list(
    story: Story, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, err = run_cli(capsys, command, str(story.path), "999", stdin=P)
    assert (code, out) == (1, "")
    assert err == (
        f"mentorapp: error: no mentee with id 999; see the list with "
        f"'mentorapp mentees {story.path}'\n"
    )


# --- skills ----------------------------------------------------------------------------------


def test_skills_largest_gap_first(story: Story, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "skills", str(story.path), str(story.ilse), stdin=P)
    assert (code, err) == (0, "")
    assert rows_of(out) == [
        ["Presenteren", "1", "5", "4"],
        ["Feedback geven", "2", "4", "2"],
        ["Excel", "3", "3", "0"],
    ]


def test_a_skill_without_levels_prints_empty_fields(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault, "Zonder Niveau")
    moves.save_skill(vault, SkillEntry(mentee, "Netwerken", target_level=4))
    vault.close()
    code, out, _ = run_cli(capsys, "skills", str(vault_path), str(mentee), stdin=P)
    assert code == 0 and out == "Netwerken\t\t4\t\n"


# --- moves -----------------------------------------------------------------------------------


def test_moves_of_everyone_newest_first(story: Story, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "moves", str(story.path), stdin=P)
    assert (code, err) == (0, "")
    ilse, tom = str(story.ilse), str(story.tom)
    assert rows_of(out) == [
        [tom, "2026-06-10", "external", "", "Zorgcoördinator", "made"],
        [ilse, "2026-05-01", "lateral", "Kredietanalist", "Teamcoach", "made"],
        [ilse, "2026-02-01", "safari", "Kredietanalist", "", "considered"],
    ]


def test_moves_of_one_mentee(story: Story, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "moves", str(story.path), str(story.tom), stdin=P)
    assert code == 0
    assert rows_of(out) == [
        [str(story.tom), "2026-06-10", "external", "", "Zorgcoördinator", "made"]
    ]


# --- stories ---------------------------------------------------------------------------------


def test_stories_lists_id_language_kinds_and_title(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "stories", str(story.path), stdin=P)
    assert (code, err) == (0, "")
    dutch, english = (str(i) for i in story.stories)
    assert sorted(rows_of(out)) == sorted(
        [
            [dutch, "nl", "safari,lateral", "Van boekhouder naar coach"],
            [english, "en", "", "Sideways is forward"],
        ]
    )


def test_export_story_writes_a_one_page_pdf_in_the_story_language(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "verhaal.pdf"
    dutch = str(story.stories[0])
    argv = ("export", "story", str(story.path), dutch, str(target), "--coach", "Marleen Claes")
    code, out, err = run_cli(capsys, *argv, stdin=P)
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote story {dutch} to {target} (sha256 ") and out.endswith(")\n")
    assert len(PdfReader(target).pages) == 1
    text = text_of(target)
    assert "Van boekhouder naar coach" in text and "Marleen Claes" in text
    assert "Laterale beweging" in text and "Pagina 1 van 1" in text


def test_export_story_of_an_unknown_story_says_where_to_look(
    story: Story,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "none.pdf"
    argv = ("export", "story", str(story.path), "999", str(target))
    code, out, err = run_cli(capsys, *argv, stdin=P)
    assert (code, out) == (1, "") and not target.exists()
    assert err == (
        f"mentorapp: error: no career story with id 999; see the list with "
        f"'mentorapp stories {story.path}'\n"
    )
    in_dutch(monkeypatch)
    code, _, err = run_cli(capsys, *argv, stdin=P)
    assert code == 1 and one_error_line(err)
    assert err == (
        f"mentorapp: fout: geen loopbaanverhaal met nummer 999; bekijk de lijst met "
        f"'mentorapp stories {story.path}'\n"
    )


@pytest.mark.parametrize("value", ["abc", "0", "²", "99999999999999999999"])
def test_a_story_id_that_is_no_number_is_a_usage_error(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    argv = ("export", "story", str(story.path), value, str(tmp_path / "s.pdf"))
    code, out, err = run_cli(capsys, *argv, stdin="")  # said before any passphrase
    assert (code, out) == (2, "") and one_error_line(err)
    assert err.startswith("mentorapp: error: STORY_ID must be a number from 1 to ")


# --- the plan with its sections -------------------------------------------------------------


def test_export_plan_adds_safaris_and_crafting_only_when_asked(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, full = tmp_path / "plan.pdf", tmp_path / "plan-full.pdf"
    base = ("export", "plan", str(story.path), str(story.ilse))
    assert (
        run_cli(capsys, *base, str(plain), "--coach", "M", "--organisation", "O", stdin=P)[0] == 0
    )
    code, out, err = run_cli(
        capsys, *base, str(full), "--safaris", "--crafting", "--lang", "en",
        "--coach", "M", "--organisation", "O", stdin=P,
    )  # fmt: skip
    assert (code, err) == (0, "") and out.startswith("Exported plan v1 of mentee ")
    without = text_of(plain)
    assert "Klantendienst" not in without and "Job crafting" not in without
    text = text_of(full)
    assert "Career safari" in text and "Klantendienst – Teamcoach" in text
    assert REFLECTION in text and "Hoe ziet een dag eruit?" in text
    assert "Crafting the job" in text and "Nieuwe collega's opleiden." in text
    assert "Een nieuwe collega begeleiden" in text
    for pdf in (plain, full):
        assert CANARY not in text_of(pdf) and CANARY.encode() not in pdf.read_bytes()


def test_export_plan_with_only_safaris(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    argv = ("export", "plan", str(story.path), str(story.ilse), str(target), "--safaris")
    assert run_cli(capsys, *argv, "--coach", "M", "--organisation", "O", stdin=P)[0] == 0
    text = text_of(target)
    assert "Loopbaansafari" in text and "Klantendienst" in text
    assert "Job crafting: je job bijsturen" not in text


# --- help --------------------------------------------------------------------------------


def test_help_names_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli(capsys, "--help")
    out = capsys.readouterr().out
    for command in ("safaris", "skills", "moves", "stories"):
        assert f"    {command} " in out, command
    with pytest.raises(SystemExit):
        run_cli(capsys, "export", "plan", "--help")
    out = capsys.readouterr().out
    assert "--safaris" in out and "--crafting" in out


def test_a_story_prints_in_its_own_language_so_there_is_no_lang_option(
    story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("export", "story", str(story.path), "1", str(tmp_path / "s.pdf"), "--lang", "en")
    code, _, err = run_cli(capsys, *argv, stdin=P)
    assert code == 2 and one_error_line(err)


def test_dates_are_iso_whatever_the_year(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault, "Vroeg")
    start = date(1999, 1, 4)
    moves.save_safari(vault, CareerSafari(mentee, "Archief", start_date=start,
                                          end_date=start + timedelta(days=4)))  # fmt: skip
    vault.close()
    _, out, _ = run_cli(capsys, "safaris", str(vault_path), str(mentee), stdin=P)
    assert rows_of(out)[0][1:3] == ["1999-01-04", "1999-01-08"]


def test_a_story_found_by_search_has_an_empty_mentee_id(
    story: Story, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "search", str(story.path), "boekhouding", "--privacy", stdin=P)
    assert (code, err) == (0, "")
    ((mentee, edited, snippet, privacy),) = rows_of(out)
    assert mentee == "" and privacy == "shared"
    # The day the story was last edited (a day either way: the store keeps UTC).
    assert abs(date.fromisoformat(edited) - date.today()) <= timedelta(days=1)
    assert "Na tien jaar [boekhouding]" in snippet
