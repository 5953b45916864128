"""Run the real ``permaudit`` CLI with a test scanner injected: ``python -m tests.cli_injected
SCANNER ARGS...``, where SCANNER names a function in ``tests.scanners``."""

from __future__ import annotations

import sys

from analyzer.cli import app
from analyzer.cli.options import Injected
from tests import scanners

if __name__ == "__main__":
    scanner = getattr(scanners, sys.argv[1])
    app(args=sys.argv[2:], prog_name="permaudit", obj=Injected(scan=scanner))
