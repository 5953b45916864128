"""Run the real ``permaudit`` CLI with the test resolver (``tests.policyserver``), so that
``--fetch-policies`` reaches only the local test server: ``python -m tests.cli_resolved ARGS``."""

from __future__ import annotations

import sys

from analyzer.cli import app
from analyzer.cli.options import Injected
from tests.policyserver import loopback_resolver

if __name__ == "__main__":
    app(args=sys.argv[1:], prog_name="permaudit", obj=Injected(resolver=loopback_resolver))
