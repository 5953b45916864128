"""Where disclosure can come from (DESIGN §2.3): policy artefacts and texts to search.

Bundled files under ``assets/`` and ``res/raw/``, string resources of every locale, an
external ``--policy`` file, a file named after the package in ``--policy-dir``, and
``--declarations`` (package → category → purpose). External files are the user's own
input: an unreadable one is a ``UsageError`` (exit 2), raised by the ``load_*`` helpers
before any APK is scanned.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.apk.archive import ApkFile
from analyzer.apk.limits import Limits
from analyzer.apk.resources import StringTable
from analyzer.disclosure.blocks import Block
from analyzer.disclosure.language import blocks_language, language_of
from analyzer.disclosure.text import (
    LOST_TEXT,
    decode,
    html_title,
    looks_like_html,
    mostly_lost,
    text_blocks,
)
from analyzer.errors import AnalyzerError, UsageError
from analyzer.i18n import N_
from analyzer.lexicon import Lexicon
from analyzer.model import Category, PolicySource, ResultWarning
from analyzer.userfile import decode_strict, load_data_file, read_user_file

POLICY_SUFFIXES = (".html", ".htm", ".txt", ".md", ".json")
POLICY_DIRS = ("assets/", "res/raw/")
POLICY_DIR_SUFFIXES = (".txt", ".html", ".htm", ".md")
MAX_CANDIDATES = 200
SNIFF_BYTES = 256 * 1024  # files not named like a policy are opened only below this size
_NAME_HINT = re.compile(r"privacy|yinsi|yszc|隐私|personal[_-]?info", re.IGNORECASE)
_POLICY_URL = re.compile(
    r"https?://[^\s/\"'<>]+/[^\s\"'<>]*(?:privacy|yinsi|policy)[^\s\"'<>]*", re.IGNORECASE
)

# Document formats a policy is often published in, which permaudit does not read.
_DOCUMENTS = (
    (
        b"%PDF-",
        N_(
            "--policy {path}: a PDF document (convert it first:"
            " pdftotext -layout FILE.pdf FILE.txt),"
            " not a text, HTML or Markdown policy"
        ),
    ),
    (
        b"PK\x03\x04",
        N_(
            "--policy {path}: a ZIP archive (a Word, OpenDocument or EPUB file?"
            " save it as text or HTML),"
            " not a text, HTML or Markdown policy"
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        N_(
            "--policy {path}: an old Microsoft Office document (save it as text or HTML),"
            " not a text, HTML or Markdown policy"
        ),
    ),
    (
        b"{\\rtf",
        N_(
            "--policy {path}: an RTF document (save it as text or HTML),"
            " not a text, HTML or Markdown policy"
        ),
    ),
)
DEFAULT_POLICY_BYTES = Limits().max_policy_bytes  # --limit max_policy_bytes overrides it
POLICY_BUDGET_FACTOR = 4  # bundled policy text judged per APK: 4 × max_policy_bytes


@dataclass(frozen=True, slots=True)
class ExternalPolicy:
    """A ``--policy`` file, read once; ``sha256`` goes into the store key."""

    path: str
    blocks: tuple[Block, ...]
    sha256: str
    size_bytes: int | None = None
    language: str | None = None

    def source(self) -> PolicySource:
        return PolicySource(
            "policy-file", self.path, self.size_bytes, self.language, None, True, self.sha256
        )


@dataclass(frozen=True, slots=True)
class PolicyText:
    """A document to search for disclosing units, as blocks, and where it came from."""

    source_type: str
    source_ref: str
    locale: str | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Sources:
    """Policy artefacts found (``kind:ref``), texts to search, declarations and warnings."""

    artefacts: tuple[str, ...] = ()
    texts: tuple[PolicyText, ...] = ()
    declarations: Mapping[Category, str] = field(default_factory=dict)
    declarations_ref: str = ""
    warnings: tuple[ResultWarning, ...] = ()
    policy_sources: tuple[PolicySource, ...] = ()


def load_policy(path: str, max_bytes: int = DEFAULT_POLICY_BYTES) -> ExternalPolicy:
    """Read ``--policy FILE`` (bounded, regular files only); unusable → ``UsageError``.

    An empty or binary file would silently make every app look policy-less-but-present
    (``no-privacy-policy`` would vanish), so both are refused.
    """
    data = read_user_file(path, "--policy", max_bytes)
    for magic, template in _DOCUMENTS:  # GB18030 would decode them into garbage "text"
        if data.startswith(magic):
            raise UsageError(template, path=path)
    if b"\0" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        template = N_("--policy {path}: a binary file, not a text, HTML or Markdown policy")
        raise UsageError(template, path=path)
    try:
        decoded = decode_strict(data, "--policy", path)
    except UsageError:
        try:  # Chinese policies are often saved in GB18030/GBK
            decoded = data.decode("gb18030")
        except UnicodeDecodeError:
            template = N_("--policy {path}: neither UTF-8, UTF-16 nor GB18030 text")
            raise UsageError(template, path=path) from None
    if mostly_lost(decoded):
        template = N_(
            "--policy {path}: most of its characters are lost (U+FFFD replacement"
            " characters): save it again from the original, as UTF-8"
        )
        raise UsageError(template, path=path)
    blocks = tuple(text_blocks(decoded, path))
    if not blocks:
        raise UsageError(N_("--policy {path}: no text in it"), path=path)
    sha = hashlib.sha256(data).hexdigest()
    return ExternalPolicy(path, blocks, sha, len(data), blocks_language(blocks))


def load_declarations(path: str) -> dict[str, dict[str, str]]:
    """Read ``--declarations FILE`` (JSON or TOML: package → category → purpose)."""
    doc = load_data_file(path, "--declarations")
    if not isinstance(doc, dict):
        template = N_("--declarations {path}: expected a map of package → category")
        raise UsageError(template, path=path)
    out: dict[str, dict[str, str]] = {}
    valid = {c.value for c in Category}
    for package, cats in doc.items():
        if isinstance(cats, dict) and "app_type" in cats:  # read by the CLI (docs/app-types.md)
            cats = {k: v for k, v in cats.items() if k != "app_type"}
            if not cats:
                continue  # a declared app type alone is not a policy artefact
        if not isinstance(cats, dict) or not set(cats) <= valid:
            template = N_(
                "--declarations {path}: {package} must map categories ({names}) to a purpose"
            )
            names = ", ".join(sorted(valid))
            raise UsageError(template, path=path, package=repr(package), names=names)
        out[str(package)] = {str(k): str(v) for k, v in cats.items()}
    return out


def policy_dir_file(
    directory: str, package: str | None, max_bytes: int = DEFAULT_POLICY_BYTES
) -> tuple[PolicyText, PolicySource] | None:
    """The file named after ``package`` in ``--policy-dir`` (.txt/.html/.md), if any."""
    if not package or "/" in package or "\0" in package or package.startswith("."):
        return None
    for suffix in POLICY_DIR_SUFFIXES:
        candidate = Path(directory) / f"{package}{suffix}"
        try:
            if not candidate.is_file():
                continue
            data = read_user_file(str(candidate), "--policy-dir", max_bytes)
        except (OSError, ValueError, UsageError):  # a name too long, unreadable, too big
            return None
        blocks = _readable_blocks(data, candidate.name)
        if blocks is None:
            return None  # read as no file, like an unreadable one
        return PolicyText("policy-dir", str(candidate), None, blocks), _read_source(
            "policy-dir", str(candidate), data, blocks
        )
    return None


def _read_source(kind: str, ref: str, data: bytes, blocks: Sequence[Block]) -> PolicySource:
    """A policy file that was read: its size, hash and language."""
    sha = hashlib.sha256(data).hexdigest()
    return PolicySource(kind, ref, len(data), blocks_language(blocks), None, True, sha)


def _title_of(data: bytes) -> str:
    text = decode(data[:65536])
    if looks_like_html(text):
        return html_title(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(lines[:3])[:300]


@dataclass(slots=True)
class Bundled:
    """What ``bundled_policies`` found: texts to judge, their sources, and warnings."""

    texts: list[PolicyText] = field(default_factory=list)
    sources: list[PolicySource] = field(default_factory=list)
    warnings: list[ResultWarning] = field(default_factory=list)


def bundled_policies(apk: ApkFile, lexicons: Sequence[Lexicon]) -> Bundled:
    """Files under assets/ and res/raw/ whose name or title says privacy policy."""
    names = [
        n for n in apk.names() if n.startswith(POLICY_DIRS) and n.lower().endswith(POLICY_SUFFIXES)
    ]
    names.sort(key=lambda n: not _NAME_HINT.search(n))  # likely policies first
    out = Bundled()
    budget = POLICY_BUDGET_FACTOR * apk.limits.max_policy_bytes  # bytes judged per APK
    for name in names[:MAX_CANDIDATES]:
        named = bool(_NAME_HINT.search(name))
        if not named and apk.entries[name].uncompressed_size > SNIFF_BYTES:
            continue
        kind = "asset" if name.startswith("assets/") else "raw"
        size = apk.entries[name].uncompressed_size
        if size > budget:
            skipped = f"{name} and later policy files skipped: {_budget_note(apk)}"
            out.warnings.append(ResultWarning("policy-budget", skipped))
            out.sources.append(PolicySource(kind, name, size, read=False))
            break
        try:
            data = apk.read(name, apk.limits.max_policy_bytes)
            if named or is_policy_title(_title_of(data), lexicons):
                blocks = _readable_blocks(data, name)
                if blocks is None:  # nothing in it a reader could judge
                    raise ValueError(LOST_TEXT)
                out.texts.append(PolicyText(kind, name, None, blocks))
                out.sources.append(_read_source(kind, name, data, blocks))
                budget -= len(data)
        except (AnalyzerError, RecursionError, ValueError) as exc:
            # a bad policy file is a warning: the APK is still analysed (DESIGN §2.8)
            out.warnings.append(ResultWarning("unreadable-policy", f"{name}: {_short(exc)}"))
            if named:
                out.sources.append(PolicySource(kind, name, size, read=False))
    return out


def _readable_blocks(data: bytes, name: str) -> tuple[Block, ...] | None:
    """A policy file's blocks, or None when most of its characters are lost: such a text is
    not judged (``mostly_lost``)."""
    text = decode(data)
    return None if mostly_lost(text) else tuple(text_blocks(text, name))


def _budget_note(apk: ApkFile) -> str:
    total = POLICY_BUDGET_FACTOR * apk.limits.max_policy_bytes
    return f"at most {total} bytes of bundled policy text are judged per APK"


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def string_artefacts(strings: StringTable, lexicons: Sequence[Lexicon]) -> list[PolicySource]:
    """String resources that are a policy title (``string``): read, as every string is
    searched once a policy exists. A string that holds a policy link is left to
    ``remote_sources``: the link is the source."""
    found: dict[tuple[str, str], PolicySource] = {}
    for s in strings.strings:
        if _POLICY_URL.search(s.value):
            continue  # a link: a remote source (disclosure.remote_sources)
        if is_policy_title(s.value, lexicons):
            size = len(s.value.encode("utf-8"))
            source = PolicySource("string", s.name, size, language_of(s.value), s.locale, True)
            found.setdefault(("string", f"{s.name}\0{s.locale}"), source)
    return [found[k] for k in sorted(found)]


def string_texts(strings: StringTable) -> list[PolicyText]:
    """Every string resource as a small document (a consent dialog may hold markup)."""
    return [
        PolicyText("string", s.name, s.locale, tuple(text_blocks(s.value))) for s in strings.strings
    ]


def is_policy_title(text: str, lexicons: Sequence[Lexicon]) -> str | None:
    """The policy title (隐私政策, "privacy policy" …) that ``text`` contains, if any."""
    lowered = text.lower()
    for lexicon in lexicons:
        for title in lexicon.policy_titles:
            if title.lower() in lowered:
                return title
    return None
