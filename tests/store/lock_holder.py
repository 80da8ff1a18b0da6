"""Child process of test_single_writer: holds a vault open and writes when told to.

Usage: ``python lock_holder.py VAULT_FOLDER`` with the passphrase as the first line of
standard input; then one command a line:

- ``write MARKER``: one transaction adding a mentee named ``MARKER``; answers
  ``ok MARKER`` only after the commit returned (a promise that it is on disk), or
  ``error <ErrorClass>`` when the store refused.
- ``close``: locks the vault, answers ``closed`` and exits.

It answers ``open <pid>`` once the vault is open. Killing it (SIGKILL) leaves its lock
file behind with its own content: the stale-lock case.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mentorapp.domain.model import Mentee
from mentorapp.store.errors import VaultError
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import Vault


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    passphrase = sys.stdin.readline().rstrip("\r\n")
    vault = Vault.open(folder, passphrase)
    say(f"open {os.getpid()}")
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "write":
            try:
                with vault.transaction() as s:
                    MenteeRepository(s).add(Mentee(full_name=arg))
            except VaultError as exc:
                say(f"error {type(exc).__name__}")
            else:
                say(f"ok {arg}")
        elif command == "close":
            vault.close()
            say("closed")
            return 0
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
