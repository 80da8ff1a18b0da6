"""The frozen bundle's entry script (build_installer.spec): both executables run it.

``mentorapp`` (windowed) starts the desktop app, or the command line when given a
command; ``mentorapp-cli`` (console) is the command line only, so a console never
opens a window by mistake. Both answer ``--self-test``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mentorapp.__main__ import cli_main, main

if __name__ == "__main__":
    console = Path(sys.executable).stem.lower().endswith("-cli")
    sys.exit(cli_main() if console else main())
