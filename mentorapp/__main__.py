"""Entry point: the desktop app without a command, the command line with one."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # First of all: no core dump of this process may ever hold a key or a note.
    from mentorapp.store.hardening import harden_process

    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("--screenshots") or args[0] in {"--vault", "--lang"}:
        from mentorapp.gui.app import run

        return run(args)
    from mentorapp import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
