"""``mentorapp vault retune PATH``: make unlocking take about half a second on this computer.

Asks the passphrase, unlocks (timing the key derivation), calibrates Argon2id on this
computer and wraps the same data key with the new parameters (README "The vault"). The
database is not touched; the passphrase, the recovery key and every backup's own key
file keep working. Prints one line (English, for scripts):
``Unlock now takes N.N s on this computer (was M.M s).``
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from mentorapp.cli import EXIT_OK, ArgumentParser, SecretReader
from mentorapp.cli_messages import QT_TRANSLATE_NOOP, translate
from mentorapp.services import vault_life


def cmd_vault_retune(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    passphrase = secrets.ask(translate("cli", "Passphrase: "))
    vault = vault_life.open_vault(args.path, passphrase)
    try:
        was = vault.unlock_seconds
        now = vault_life.retune(vault, passphrase).value
    finally:
        vault_life.lock(vault)
    print(retuned_line(now, was), file=out)
    return EXIT_OK


def retuned_line(now: float, was: float | None) -> str:
    """The one line ``vault retune`` prints (``was`` is known after a passphrase unlock)."""
    before = f" (was {was:.1f} s)" if was is not None else ""
    return f"Unlock now takes {now:.1f} s on this computer{before}."


def register(vsub: argparse._SubParsersAction[ArgumentParser]) -> None:
    """``vault retune PATH`` under ``mentorapp vault``."""
    help_text = QT_TRANSLATE_NOOP(
        "cli", "make unlocking take about half a second on this computer (same passphrase)"
    )
    parser = vsub.add_parser("retune", help=translate("cli", help_text))
    parser.set_defaults(func=cmd_vault_retune)
    parser.add_argument(
        "path", type=Path, metavar="PATH", help=translate("cli", "the vault folder")
    )
