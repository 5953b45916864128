"""What the CLI needs to know about the results after writing a report: the counts for
the summary, the worst active finding (exit code), and the APKs that failed (stderr).
Built while the report streams, so no command holds a store's results in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from analyzer.cli.options import FailOn
from analyzer.errors import EXIT_FINDINGS, EXIT_INPUT_ERROR, EXIT_OK
from analyzer.model import Result, Severity
from analyzer.report.summary import SummaryCounter

MAX_ERROR_LINES = 50  # stderr lists the first failures; the report has them all


@dataclass(frozen=True, slots=True)
class FailedApk:
    path: str
    kind: str
    message: str
    trace: str | None


@dataclass
class Tally:
    counter: SummaryCounter = field(default_factory=SummaryCounter)
    failed: list[FailedApk] = field(default_factory=list)

    def add(self, result: Result) -> Result:
        self.counter.add(result)
        if not result.ok and len(self.failed) < MAX_ERROR_LINES:
            trace = result.error.trace if result.error else None
            failed = FailedApk(
                result.apk.path, result.error_kind or "", result.error_message, trace
            )
            self.failed.append(failed)
        return result

    def counting(self, results: Iterable[Result]) -> Iterator[Result]:
        for result in results:
            yield self.add(result)

    def exit_code(self, fail_on: FailOn) -> int:
        """1 if an active finding reaches ``fail_on``; else 3 if any input failed; else 0."""
        worst = self.counter.worst
        if (
            fail_on is not FailOn.NONE
            and worst is not None
            and worst >= Severity.parse(fail_on.value)
        ):
            return EXIT_FINDINGS
        if self.counter.total - self.counter.ok:
            return EXIT_INPUT_ERROR
        return EXIT_OK


class CountedOnce:
    """A re-iterable source whose first pass is counted into ``tally``."""

    def __init__(self, source: Callable[[], Iterable[Result]], tally: Tally) -> None:
        self.source, self.tally, self.counted = source, tally, False

    def __call__(self) -> Iterator[Result]:
        if self.counted:
            yield from self.source()
            return
        yield from self.tally.counting(self.source())
        self.counted = True

    def finish(self) -> None:
        """Count now if no formatter read the source to its end."""
        if not self.counted:
            for _ in self():
                pass


def tally_of(results: Iterable[Result]) -> Tally:
    tally = Tally()
    for result in results:
        tally.add(result)
    return tally
