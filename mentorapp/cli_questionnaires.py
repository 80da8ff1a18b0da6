"""The command line's questionnaire commands: the templates, a mentee's answers, the
career check's scores over time, and the blank form of any template (README "Command
line"; output formats are a contract, tab-separated, English).

``export form`` needs no vault for the built-ins (``--template preparation``,
``career_check`` or ``job_crafting``: the content the app ships) and none without
``--template`` (the preparation form, as always); a template id names a version in a
vault, given with ``--vault PATH``, whose passphrase is asked like every command's.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from mentorapp.cli import (
    EXIT_ERROR,
    EXIT_OK,
    MAX_ID,
    ArgumentParser,
    CliError,
    SecretReader,
    _clean,
    _command,
    _mentee_args,
    _mentee_id,
    _open,
    _output,
    _shown,
    _vault_arg,
    _whole_number,
    coach_from_settings,
)
from mentorapp.cli_messages import QT_TRANSLATE_NOOP, shown_path, translate
from mentorapp.domain.enums import Language, TemplateKind
from mentorapp.domain.ids import TemplateId
from mentorapp.domain.model import QuestionnaireTemplate
from mentorapp.domain.questionnaires import one_decimal
from mentorapp.services import exports, mentees, questionnaires
from mentorapp.store.errors import NoSuchRecord

# ``--template`` names a built-in by its kind; the words in the line that says what was
# written (standard output, English).
BUILT_IN = {
    TemplateKind.PREPARATION: "preparation",
    TemplateKind.CAREER_CHECK: "career check",
    TemplateKind.JOB_CRAFTING: "job crafting",
}


def score_text(score: float) -> str:
    """A score with one decimal and a point, halves rounded up (3.25 is 3.3), as the app
    and the PDFs show it."""
    return f"{one_decimal(score):.1f}"


def cmd_questionnaires(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets, reading=True) as vault:
        found = questionnaires.templates(vault, include_old=True)
    for template in found:
        fields = (
            str(template.id),
            str(template.version),
            template.language.value,
            template.name,
            "built-in" if template.built_in else "own",
        )
        print("\t".join(_clean(f) for f in fields), file=out)
    return EXIT_OK


def cmd_answers(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets, reading=True) as vault:
        mentees.get_mentee(vault, mentee_id)  # an unknown mentee is named, not an empty list
        found = questionnaires.responses(vault, mentee_id)
        versions = {
            template_id: questionnaires.template(vault, template_id)
            for template_id in {r.template_id for r in found}
        }
    for answers in found:
        version = versions[answers.template_id]
        fields = (
            str(answers.id),
            answers.answered_on.isoformat(),
            str(answers.template_id),
            str(version.version),
            version.name,
        )
        print("\t".join(_clean(f) for f in fields), file=out)
    return EXIT_OK


def cmd_career_check(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets, reading=True) as vault:
        mentees.get_mentee(vault, mentee_id)
        checks = questionnaires.career_checks(vault, mentee_id)
    for check in checks:
        for dimension, score in check.scores.items():
            fields = (check.answered_on.isoformat(), dimension, score_text(score))
            print("\t".join(_clean(f) for f in fields), file=out)
    return EXIT_OK


# ---- export form ------------------------------------------------------------------------


def _template_choice(text: str | None) -> TemplateKind | TemplateId:
    """``--template``: a built-in's key, or a template id (a usage error otherwise)."""
    if text is None:
        return TemplateKind.PREPARATION
    kinds = {kind.value: kind for kind in BUILT_IN}
    if text in kinds:
        return kinds[text]
    number = _whole_number(text, MAX_ID)
    if number is None:
        sentence = translate(
            "cli",
            "--template must be preparation, career_check, job_crafting or a template id "
            "from 'mentorapp questionnaires PATH', not {value}",
        )
        raise CliError(sentence.format(value=_shown(text)))
    return TemplateId(number)


def _from_vault(
    args: argparse.Namespace, secrets: SecretReader, choice: TemplateKind | TemplateId
) -> QuestionnaireTemplate:
    """The template ``choice`` names in the vault at ``--vault``."""
    with _open(args.path, secrets, reading=True) as vault:
        if isinstance(choice, TemplateKind):
            return questionnaires.builtin(vault, choice, Language(args.lang or "nl"))
        try:
            template = questionnaires.template(vault, choice)
        except NoSuchRecord:
            sentence = translate(
                "cli", "no questionnaire with id {id}; see the list with {command}"
            )
            command = f"'mentorapp questionnaires {shown_path(args.path)}'"
            raise CliError(sentence.format(id=choice, command=command), EXIT_ERROR) from None
    if args.lang and args.lang != template.language.value:
        sentence = translate(
            "cli",
            "questionnaire {id} is in language {language}, not {lang}; leave out --lang",
        )
        raise CliError(sentence.format(id=choice, language=template.language.value, lang=args.lang))
    return template


def cmd_export_form(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    choice = _template_choice(args.template)
    if isinstance(choice, int) and args.path is None:
        sentence = translate(
            "cli", "--template {id} names a questionnaire in a vault; add --vault PATH"
        )
        raise CliError(sentence.format(id=choice))
    target = _output(args.out)
    coach = coach_from_settings(args)  # a bad --logo is said before any passphrase
    if args.path is None:
        assert isinstance(choice, TemplateKind)  # an id without --vault was refused above
        data = exports.render_builtin_form(choice, Language(args.lang or "nl"), coach)
        what = f"the {BUILT_IN[choice]} form"
    else:
        template = _from_vault(args, secrets, choice)
        data = exports.render_form(template, coach)
        what = (
            f"the {BUILT_IN[choice]} form"
            if isinstance(choice, TemplateKind)
            else f"the form of template {choice} (version {template.version})"
        )
    digest = exports.write_file(target, data).value
    print(f"Wrote {what} to {args.out} (sha256 {digest})", file=out)
    return EXIT_OK


# ---- the parser -------------------------------------------------------------------------


def add_commands(sub: argparse._SubParsersAction[ArgumentParser]) -> None:
    """``questionnaires``, ``answers`` and ``career-check``."""
    templates_help = QT_TRANSLATE_NOOP(
        "cli", "list the questionnaires, every version (tab-separated)"
    )
    _vault_arg(_command(sub, "questionnaires", cmd_questionnaires, templates_help))
    answers_help = QT_TRANSLATE_NOOP("cli", "list a mentee's questionnaire answers (tab-separated)")
    _mentee_args(_command(sub, "answers", cmd_answers, answers_help))
    check_help = QT_TRANSLATE_NOOP(
        "cli", "a mentee's career check scores per dimension, oldest first (tab-separated)"
    )
    _mentee_args(_command(sub, "career-check", cmd_career_check, check_help))


def add_form_options(form: ArgumentParser) -> None:
    """``export form``'s ``--template`` and ``--vault``."""
    template_help = translate(
        "cli",
        "preparation (the default), career_check, job_crafting, or a template id with --vault",
    )
    form.add_argument("--template", metavar="TEMPLATE", help=template_help)
    vault_help = translate("cli", "the vault that holds the questionnaire (asks its passphrase)")
    # Stored as ``path``, as every command's vault, so an error names the vault typed.
    form.add_argument("--vault", dest="path", type=Path, metavar="PATH", help=vault_help)


def add_plan_options(plan: ArgumentParser) -> None:
    """``export plan``'s ``--career-check``: the chart is chosen per export, off by default."""
    chart_help = translate("cli", "add a small chart of the mentee's last career checks")
    plan.add_argument("--career-check", action="store_true", help=chart_help)
