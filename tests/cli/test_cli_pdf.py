"""The PDF commands: `export plan` (recorded in the export log) and `export form`."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorapp import cli
from mentorapp.domain.model import Action, DevelopmentPlan, Goal, Mentee
from mentorapp.store.repositories import ExportLogRepository, MenteeRepository, PlanRepository
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def run(*argv: str, stdin: str = "") -> int:
    return cli.main(list(argv), stdin=io.StringIO(stdin))


def test_export_plan_writes_a_pdf_and_logs_it(vault: Vault, tmp_path: Path) -> None:
    today = date.today()
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(
            Mentee(full_name="Олена Шевченко", private_background="SECRET-BACKGROUND")
        )
        assert mentee.id is not None
        PlanRepository(s).add(
            DevelopmentPlan(
                mentee_id=mentee.id,
                title="Terug naar de zorg",
                period_start=today,
                period_end=today + timedelta(days=200),
                private_remarks="SECRET-REMARK",
                goals=[Goal("Verpleegkundige worden", actions=[Action("Brugopleiding starten")])],
            )
        )
    vault.close()
    out = tmp_path / "plan.pdf"
    code = run(
        "export",
        "plan",
        str(vault.folder),
        str(mentee.id),
        str(out),
        "--lang",
        "en",
        "--coach",
        "Sam Coach",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0
    text = text_of(out)
    assert "Олена Шевченко" in text and "Sam Coach" in text and "Verpleegkundige worden" in text
    assert "Page 1 of" in text
    assert "SECRET" not in text and b"SECRET" not in out.read_bytes()
    with Vault.open(vault.folder, PASSPHRASE) as reopened, reopened.reading() as s:
        (record,) = ExportLogRepository(s).for_mentee(mentee.id)
    assert (record.what, record.version) == ("plan-pdf", 1)


def test_export_plan_without_a_plan_is_an_error(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name="Zonder Plan"))
    vault.close()
    out = tmp_path / "none.pdf"
    code = run(
        "export", "plan", str(vault.folder), str(mentee.id), str(out), stdin=PASSPHRASE + "\n"
    )
    assert code == 1 and not out.exists()
    assert "no development plan" in capsys.readouterr().err


@pytest.mark.parametrize(("lang", "label"), [("nl", "Pagina 1 van"), ("en", "Page 1 of")])
def test_export_form_needs_no_vault(tmp_path: Path, lang: str, label: str) -> None:
    out = tmp_path / f"form-{lang}.pdf"
    assert run("export", "form", str(out), "--lang", lang) == 0
    assert label in text_of(out)
