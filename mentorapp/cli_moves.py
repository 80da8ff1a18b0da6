"""The command line's moves in practice: a mentee's career safaris, skills and moves, the
career stories, and the plan's optional safari and job crafting sections (README
"Command line"; output formats are a contract, tab-separated, English).

A field with nothing in it prints as an empty string between its tabs; dates are ISO,
a status or a kind is its enum value. A coach's private notes (on a safari, on the job
crafting canvas) never reach a line here or a PDF.
"""

from __future__ import annotations

import argparse
from typing import TextIO, TypedDict

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
    _out_arg,
    _output,
    _shown,
    _vault_arg,
    _whole_number,
    coach_from_settings,
)
from mentorapp.cli_messages import QT_TRANSLATE_NOOP, shown_path, translate
from mentorapp.domain.ids import StoryId
from mentorapp.services import exports, mentees, moves
from mentorapp.store.errors import NoSuchRecord


def _line(fields: tuple[str, ...], out: TextIO) -> None:
    print("\t".join(_clean(f) for f in fields), file=out)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def cmd_safaris(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets, reading=True) as vault:
        mentees.get_mentee(vault, mentee_id)  # an unknown mentee is named, not an empty list
        found = moves.safaris(vault, mentee_id)
    for safari in found:
        start, end = safari.start_date, safari.end_date
        fields = (
            _number(safari.id),
            start.isoformat() if start else "",
            end.isoformat() if end else "",
            safari.status.value,
            safari.host_department,
        )
        _line(fields, out)
    return EXIT_OK


def cmd_skills(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets, reading=True) as vault:
        mentees.get_mentee(vault, mentee_id)
        found = moves.skills(vault, mentee_id)  # largest gap first
    for skill in found:
        fields = (
            skill.name,
            _number(skill.current_level),
            _number(skill.target_level),
            _number(skill.gap),
        )
        _line(fields, out)
    return EXIT_OK


def cmd_moves(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id) if args.mentee_id is not None else None
    with _open(args.path, secrets, reading=True) as vault:
        if mentee_id is not None:
            mentees.get_mentee(vault, mentee_id)
        found = moves.moves(vault, mentee_id)  # newest first
    for move in found:
        fields = (
            str(move.mentee_id),
            move.happened_on.isoformat() if move.happened_on else "",
            move.kind.value,
            move.from_role,
            move.to_role,
            "made" if move.made else "considered",
        )
        _line(fields, out)
    return EXIT_OK


def cmd_stories(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets, reading=True) as vault:
        found = moves.stories(vault)
    for story in found:
        kinds = ",".join(kind.value for kind in story.move_kinds)
        _line((_number(story.id), story.language.value, kinds, story.title), out)
    return EXIT_OK


def _story_id(text: str) -> StoryId:
    value = _whole_number(text, MAX_ID)
    if value is None:
        sentence = translate("cli", "STORY_ID must be a number from 1 to {largest}, not {value}")
        raise CliError(sentence.format(largest=MAX_ID, value=_shown(text)))
    return StoryId(value)


def cmd_export_story(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    story_id = _story_id(args.story_id)
    target = _output(args.out)
    coach = coach_from_settings(args)  # a bad --logo is said before any passphrase
    with _open(args.path, secrets, reading=True) as vault:
        try:
            story = moves.story(vault, story_id)
        except NoSuchRecord:
            sentence = translate("cli", "no career story with id {id}; see the list with {command}")
            command = f"'mentorapp stories {shown_path(args.path)}'"
            raise CliError(sentence.format(id=story_id, command=command), EXIT_ERROR) from None
    # A story names nobody: like a blank form it is written, not logged per mentee.
    digest = exports.write_file(target, exports.render_story(story, coach)).value
    print(f"Wrote story {story_id} to {args.out} (sha256 {digest})", file=out)
    return EXIT_OK


# ---- the parser -------------------------------------------------------------------------


class PlanSections(TypedDict):
    """``export plan``'s optional sections, each off by default, as ``exports.export_plan``
    takes them: the career check chart (``--career-check``), the safaris and the canvas."""

    career_chart: bool
    safaris: bool
    crafting: bool


def plan_sections(args: argparse.Namespace) -> PlanSections:
    return PlanSections(
        career_chart=args.career_check, safaris=args.safaris, crafting=args.crafting
    )


def add_commands(sub: argparse._SubParsersAction[ArgumentParser]) -> None:
    """``safaris``, ``skills``, ``moves`` and ``stories``."""
    safaris_help = QT_TRANSLATE_NOOP("cli", "list a mentee's career safaris (tab-separated)")
    _mentee_args(_command(sub, "safaris", cmd_safaris, safaris_help))
    skills_help = QT_TRANSLATE_NOOP(
        "cli", "list a mentee's skills, the largest gap first (tab-separated)"
    )
    _mentee_args(_command(sub, "skills", cmd_skills, skills_help))
    moves_help = QT_TRANSLATE_NOOP(
        "cli", "list the career moves, of one mentee or of all (tab-separated)"
    )
    listed = _vault_arg(_command(sub, "moves", cmd_moves, moves_help))
    mentee_help = translate("cli", "only this mentee's moves (see 'mentorapp mentees')")
    listed.add_argument("mentee_id", metavar="MENTEE_ID", nargs="?", help=mentee_help)
    stories_help = QT_TRANSLATE_NOOP("cli", "list the career stories (tab-separated)")
    _vault_arg(_command(sub, "stories", cmd_stories, stories_help))


def add_plan_options(plan: ArgumentParser) -> None:
    """``export plan``'s ``--safaris`` and ``--crafting``: chosen per export, off by default."""
    safaris_help = translate("cli", "add the mentee's career safaris (never your notes on them)")
    plan.add_argument("--safaris", action="store_true", help=safaris_help)
    crafting_help = translate(
        "cli", "add the job crafting canvas and its experiments (never your notes on it)"
    )
    plan.add_argument("--crafting", action="store_true", help=crafting_help)


def add_export_story(esub: argparse._SubParsersAction[ArgumentParser]) -> ArgumentParser:
    """``export story PATH STORY_ID OUT``; the caller adds the coach's PDF options."""
    story_help = QT_TRANSLATE_NOOP(
        "cli", "a career story as a one-page PDF, in the story's language"
    )
    story = _vault_arg(_command(esub, "story", cmd_export_story, story_help))
    story_id_help = translate("cli", "the story's number (see 'mentorapp stories')")
    story.add_argument("story_id", metavar="STORY_ID", help=story_id_help)
    _out_arg(story)
    return story
