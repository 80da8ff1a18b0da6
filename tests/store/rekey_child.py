"""Child process of test_rekey_verify: re-keys a vault on a "disk" that runs out of room.

Usage: ``python rekey_child.py VAULT_FOLDER`` with the passphrase as the first line of
standard input. RLIMIT_FSIZE caps every file this process writes at a third of the
database, so SQLite cannot write the re-keyed pages into its log: PRAGMA rekey still
answers "ok" (what the review saw on a nearly full disk). Prints the outcome on one
line: ``error <ErrorClass>`` or ``rekeyed``.
"""

from __future__ import annotations

import resource
import signal
import sys
from pathlib import Path

from mentorapp.store.errors import VaultError
from mentorapp.store.keyfile import KdfParams
from mentorapp.store.vault import DB_NAME, Vault

FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    passphrase = sys.stdin.readline().rstrip("\r\n")
    vault = Vault.open(folder, passphrase)
    limit = (folder / DB_NAME).stat().st_size // 3
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, no signal
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        vault.rekey(passphrase, kdf=FAST_KDF)
    except VaultError as exc:
        print(f"error {type(exc).__name__}", flush=True)
        return 1
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
        vault.close()
    print("rekeyed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
