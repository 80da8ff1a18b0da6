"""Child process of test_imports: imports a long client list and is killed mid-import.

Usage: ``python import_child.py VAULT_FOLDER CSV`` with the passphrase as the first line of
standard input. It prints ``busy`` once half the mentees are added inside the import's
one transaction, then waits to be killed (SIGKILL) before it can commit.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from mentorapp.services import imports
from mentorapp.store.vault import Vault


def main(argv: list[str]) -> int:
    folder, csv_path = Path(argv[0]), Path(argv[1])
    vault = Vault.open(folder, sys.stdin.readline().rstrip("\r\n"))
    table = imports.read_clients_csv(csv_path)
    plan = imports.plan_client_import(vault, table, imports.guess_mapping(table.headers))

    def progress(done: int, total: int) -> None:
        if done == total // 2:
            print("busy", flush=True)
            time.sleep(60)  # the parent kills us here, in the middle of the transaction

    imports.run_client_import(vault, plan, progress=progress)
    print("committed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
