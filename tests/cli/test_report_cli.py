"""The career-centre report on the command line: one vault, the aggregate file, the merge
of coaches' files, and clear refusals (README "Career-centre report")."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from platformdirs import user_config_dir
from pypdf import PdfReader

from mentorapp.store.vault import Vault
from tests.cli.conftest import in_dutch, one_error_line, run_cli
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.report_data import CANARIES, add_people, canary, team

P = PASSPHRASE + "\n"
SMALL = "Klein Team Vier"
PERIOD = ("--from", "2026-01-01", "--to", "2026-12-31")


@pytest.fixture(autouse=True)
def _coach_settings() -> None:
    """The coach's details in the app's settings hold canaries too."""
    folder = Path(user_config_dir("Mentorapp", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.ini").write_text(
        f"[coach]\nname={canary('coach_name')}\norganisation={canary('coach_org')}\n", "utf-8"
    )


def _filled(vault: Vault) -> None:
    add_people(vault, [*team("Financiën", 6), *team(SMALL, 4)])
    vault.close()


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        reader = PdfReader(io.BytesIO(path.read_bytes()))
        return "\n".join(p.extract_text() or "" for p in reader.pages)
    return path.read_text("utf-8-sig")


def test_a_vaults_report_as_pdf_csv_and_aggregate(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(vault)
    for suffix in ("pdf", "csv"):
        out = tmp_path / f"rapport.{suffix}"
        code, stdout, err = run_cli(
            capsys, "report", str(vault_path), *PERIOD, str(out), "--by", "department", stdin=P
        )
        assert (code, err) == (0, "")
        assert stdout.startswith(f"Report written: {out} (") and stdout.endswith(
            " cells suppressed)\n"
        )
        assert int(stdout.split("(")[1].split()[0]) > 0
        text = _text(out)
        assert SMALL not in text and not [c for c in CANARIES if c in text]
    out = tmp_path / "coach.json"
    code, stdout, err = run_cli(capsys, "report", str(vault_path), *PERIOD, str(out), stdin=P)
    assert (code, err) == (0, "")
    assert stdout.startswith(f"Aggregate written: {out} (counts per cell")
    assert json.loads(out.read_text("utf-8"))["by"] is None


def test_merge_of_coaches_files(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(vault)
    other_path = tmp_path / "other.mentorvault"
    other, _ = Vault.create(other_path, PASSPHRASE, kdf=FAST_KDF)
    add_people(other, team("financiën ", 2))
    other.close()
    files = []
    for index, path in enumerate((vault_path, other_path)):
        target = tmp_path / f"c{index}.json"
        args = ("report", str(path), *PERIOD, str(target), "--by", "department")
        assert run_cli(capsys, *args, stdin=P)[0] == 0
        files.append(str(target))
    out = tmp_path / "centrum.csv"
    code, stdout, err = run_cli(capsys, "report", "merge", str(out), *files, "--threshold", "6")
    assert (code, err) == (0, "")
    assert stdout.startswith(f"Report written: {out} (")
    assert stdout.endswith(" cells suppressed, 2 files merged)\n")
    text = _text(out)
    # Eight in Financiën, four pooled: the all row stays, the group of eight is hidden
    # (else all minus eight gives the four away).
    assert "(all);mentees.active;12;no" in text
    assert "Financiën;mentees.active;;yes" in text
    assert SMALL not in text and not [c for c in CANARIES if c in text]
    pdf = tmp_path / "centrum.pdf"
    assert run_cli(capsys, "report", "merge", str(pdf), *files)[0] == 0
    assert "Financiën" in _text(pdf)


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("report", "merge", "out.pdf"), 2, "expected: mentorapp report merge OUT FILE.json"),
        (("report", "merge", "out.json", "a.json"), 2, "OUT must end in .pdf or .csv"),
        (("report", "merge", "out.pdf", "a.json", "--threshold", "4"), 2, "at least 5"),
        (("report", "merge", "out.pdf", "a.json", "--by", "department"), 2, "leave out"),
        (("report", "vault", "out.pdf"), 2, "needs --from and --to"),
        (("report", "vault", *PERIOD, "out.txt"), 2, "OUT must end in .pdf, .csv or .json"),
        (("report", "vault", "--from", "2026-02-01", "--to", "2026-01-01", "o.pdf"), 2, "before"),
        (("report", "vault", *PERIOD), 2, "expected: mentorapp report PATH"),
        (("report", "vault", *PERIOD, "o.pdf", "--by", "tag"), 2, "invalid choice"),
    ],
)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...], code: int, words: str
) -> None:
    moved = [str(tmp_path / a) if a.endswith((".pdf", ".json", ".txt")) else a for a in args]
    got, stdout, err = run_cli(capsys, *moved)
    assert (got, stdout) == (code, "")
    assert one_error_line(err) and words in err


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"not json at all", "is not a JSON file"),
        (b'{"format": "something"}', "is not a Mentorapp career-centre aggregate file"),
        (
            b'{"format": "mentorapp-career-centre-aggregate", "version": 99}',
            "was made by a newer Mentorapp",
        ),
        (
            b'{"format": "mentorapp-career-centre-aggregate", "version": 1, "by": null}',
            "is damaged or was changed by hand",
        ),
    ],
)
def test_bad_aggregate_files_are_refused_clearly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, words: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    out = tmp_path / "out.pdf"
    code, stdout, err = run_cli(capsys, "report", "merge", str(out), str(bad))
    assert (code, stdout) == (1, "")
    assert one_error_line(err) and words in err and "bad.json" in err
    assert not out.exists()


def test_a_missing_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(
        capsys, "report", "merge", str(tmp_path / "o.csv"), str(tmp_path / "gone.json")
    )
    assert code == 1 and one_error_line(err) and "gone.json" in err


def test_the_vaults_threshold_cannot_be_undercut(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentorapp.services import report

    report.raise_threshold(vault, 8)
    _filled(vault)
    out = tmp_path / "r.csv"
    args = ("report", str(vault_path), *PERIOD, str(out), "--threshold", "6")
    code, _, err = run_cli(capsys, *args, stdin=P)
    assert code == 1 and one_error_line(err) and "can only go up" in err and "8" in err
    assert run_cli(capsys, "report", str(vault_path), *PERIOD, str(out), stdin=P)[0] == 0
    assert "(all);mentees.active;10;no" in _text(out)
    assert "Financiën" not in _text(out)  # six is below the vault's eight


def test_help_explains_both_forms(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli(capsys, "report", "--help")
    out = capsys.readouterr().out
    assert "mentorapp report PATH --from DATE --to DATE" in out
    assert "mentorapp report merge OUT.pdf|OUT.csv FILE.json..." in out


def test_errors_in_dutch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_dutch(monkeypatch)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"nee")
    code, _, err = run_cli(capsys, "report", "merge", str(tmp_path / "o.pdf"), str(bad))
    assert code == 1 and one_error_line(err)


def test_the_same_file_twice_is_refused(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(vault)
    vault.close()
    one = tmp_path / "coach.json"
    assert run_cli(capsys, "report", str(vault_path), *PERIOD, str(one), stdin=P)[0] == 0
    out = tmp_path / "merged.pdf"
    code, stdout, err = run_cli(capsys, "report", "merge", str(out), str(one), str(one))
    assert (code, stdout) == (1, "") and one_error_line(err) and "count twice" in err
    assert not out.exists()
