"""Property: whatever an APK or the file system puts in a label, a permission name or a
path (any code point, lone surrogates from non-UTF-8 file names included), every format's
output parses and holds no raw control character where the format forbids one."""

from __future__ import annotations

import csv
import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from analyzer.report import Format, Report, formatter_for
from tests.builders import TOOL, error_result, full_result

ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=40)
# C0 (but tab, newline), DEL, C1 and bidi controls: never raw in CSV cells or HTML text
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

CHECK = settings(
    max_examples=60, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip


def _report(label: str, text: str, path: str) -> Report:
    return Report(TOOL, [full_result(path=path, label=label, text=text), error_result(path + "x")])


@CHECK
@given(label=ANY_TEXT, text=ANY_TEXT, path=ANY_TEXT)
def test_every_format_parses_and_stays_clean(label: str, text: str, path: str) -> None:
    report = _report(label, text, path or "p")
    rendered = {fmt: formatter_for(fmt).render(report) for fmt in Format}
    for fmt, out in rendered.items():
        out.encode("utf-8")  # every format is writable as UTF-8, whatever came in
        assert "\x1b" not in out, fmt  # no terminal escape sequences anywhere
    doc = json.loads(rendered[Format.JSON])
    assert doc["results"][0]["app"]["label"] == label + text  # JSON keeps it exactly
    for line in rendered[Format.JSONL].splitlines():
        json.loads(line)
    json.loads(rendered[Format.SARIF])
    for row in csv.reader(io.StringIO(rendered[Format.CSV])):
        for cell in row:
            assert not FORBIDDEN.search(cell), cell
    page = lxml_html.fromstring(rendered[Format.HTML])
    assert not FORBIDDEN.search(page.text_content())
    assert not page.xpath("//script[not(@type) or @type!='application/json'][contains(., 'alert')]")
    for line in rendered[Format.TABLE].splitlines() + rendered[Format.BRIEF].splitlines():
        assert not FORBIDDEN.search(line), line
