"""Entry point: the desktop app without a command, the command line with one.

``--self-test`` (see ``mentorapp.services.self_test``) is answered here, before anything
imports Qt: it must run in an installed bundle on a machine without a display.
The frozen bundle has two executables: ``mentorapp`` runs ``main`` and the console
``mentorapp-cli`` runs ``cli_main``, which never starts the desktop app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

SELF_TEST = "--self-test"


def _harden() -> None:
    # First of all: no core dump of this process may ever hold a key or a note.
    from mentorapp.store.hardening import harden_process

    harden_process()


def _command_line(args: list[str]) -> int:
    """``--self-test``, or the command line (both executables end here)."""
    if args and args[0] == SELF_TEST:
        from mentorapp.services import self_test

        return self_test.main(args[1:])
    from mentorapp import cli

    return cli.main(args)


def main(argv: Sequence[str] | None = None) -> int:
    _harden()
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("--screenshots") or args[0] in {"--vault", "--lang"}:
        from mentorapp.gui.app import run

        return run(args)
    return _command_line(args)


def cli_main(argv: Sequence[str] | None = None) -> int:
    """The command line only: without a command it prints its usage, as any command does."""
    _harden()
    return _command_line(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
