"""``python -m analyzer.rules``: write the rules reference (Markdown) to stdout."""

import sys

from analyzer.rules.docs import render_docs

sys.stdout.write(render_docs())
