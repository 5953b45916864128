"""public_xml reads the framework ids exactly as androguard's own module does.

Each check runs in a fresh interpreter: whether androguard's minidom reader or ours is
loaded depends on import order, which one test process would share between tests.
"""

from __future__ import annotations

import json
import subprocess
import sys

_ANDROGUARDS_OWN = """
import json
from androguard.core.resources import public
print(json.dumps({k: {"forward": v["forward"]} for k, v in public.SYSTEM_RESOURCES.items()}))
"""

_OURS_FIRST = """
import json, sys
from analyzer.apk.public_xml import preload
preload()
from androguard.core.axml import ARSCParser  # noqa: F401 - imports public as androguard does
from androguard.core.resources import public
print(json.dumps({
    "by": public.__doc__,
    "tables": {k: {"forward": v["forward"]} for k, v in public.SYSTEM_RESOURCES.items()},
    "minidom": "xml.dom.minidom" in sys.modules,
}))
"""


def _run(code: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout)


def test_preloaded_tables_equal_androguards_and_replace_its_reader() -> None:
    theirs = _run(_ANDROGUARDS_OWN)
    ours = _run(_OURS_FIRST)
    assert ours["by"].startswith("public.xml as read by analyzer")
    assert not ours["minidom"]  # androguard's slow reader never ran
    assert ours["tables"] == theirs
    assert len(theirs["attributes"]["forward"]) > 1000


def test_attribute_names_name_framework_ids() -> None:
    from analyzer.apk.public_xml import attribute_names
    from analyzer.apk.xmlnames import framework_name

    assert attribute_names()[0x01010280] == "allowBackup"
    assert framework_name(0x0101000F) == "debuggable"
    assert framework_name(0x01FFFFFF) == "attr_0x01ffffff"
