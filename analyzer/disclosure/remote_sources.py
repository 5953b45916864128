"""Remote policies as disclosure sources: the links an APK carries, and, when the user
asks (``--fetch-policies``, ``--offline``), the documents behind them.

A link is a ``remote`` policy source either way; it is ``read`` only once its document
was fetched (or found in the cache) and judged like a bundled policy, with the final URL
as its ref, its sha256 and the time it was fetched. A failure is a warning, never an APK
error (DESIGN §2.8).
"""

from __future__ import annotations

from collections.abc import Sequence

from analyzer.apk.archive import ApkFile
from analyzer.apk.resources import StringTable
from analyzer.disclosure.language import blocks_language
from analyzer.disclosure.sources import SNIFF_BYTES, PolicyText
from analyzer.disclosure.text import LOST_TEXT, mostly_lost, text_blocks
from analyzer.errors import AnalyzerError
from analyzer.model import PolicySource, ResultWarning
from analyzer.remote import Fetched, RemoteOptions, decode_body, policy_links, remote_documents
from analyzer.remote.fetch import EMPTY, LOST

LINK_ASSETS = (".html", ".htm", ".js", ".json")
MAX_LINK_ASSETS = 50


def apk_links(apk: ApkFile, strings: StringTable, search_assets: bool) -> list[str]:
    """Policy links in the string resources of every locale and, when the APK bundles no
    policy, in its small HTML, JS and JSON assets (a consent dialog's ``<a href>``)."""
    texts = [s.value for s in strings.strings]
    if search_assets:
        names = [
            n for n in apk.names() if n.startswith("assets/") and n.lower().endswith(LINK_ASSETS)
        ]
        for name in names[:MAX_LINK_ASSETS]:
            if apk.entries[name].uncompressed_size > SNIFF_BYTES:
                continue
            try:
                texts.append(apk.read(name, SNIFF_BYTES).decode("utf-8", "replace"))
            except AnalyzerError:
                continue  # an unreadable asset holds no link we can use
    return policy_links(texts)


def _name_for(fetched: Fetched) -> str:
    """A file name whose suffix tells the block reader how to read the document."""
    if "json" in fetched.content_type:
        return "remote.json"
    return "remote.html" if "html" in fetched.content_type else "remote.txt"


def remote_sources(
    urls: Sequence[str], options: RemoteOptions | None
) -> tuple[list[PolicyText], list[PolicySource], list[ResultWarning]]:
    """Each link as a source; fetched (or cached) ones judged as policies."""
    texts: list[PolicyText] = []
    sources = {url: PolicySource("remote", url, read=False) for url in urls}
    warnings: list[ResultWarning] = []
    if options is None or not options.active:
        return texts, list(sources.values()), warnings
    for url, got in remote_documents(list(urls), options):
        if got is None:
            continue  # offline and not cached: as if permaudit never went online
        if not isinstance(got, Fetched):
            warnings.append(ResultWarning(got.kind, got.message))
        else:
            text = decode_body(got)
            if mostly_lost(text):  # judged, it would only hide what the page says
                message = f"{got.final_url}: {LOST_TEXT}"
                warnings.append(ResultWarning(LOST, message))
                continue
            blocks = tuple(text_blocks(text, _name_for(got)))
            if not blocks:
                message = f"{got.final_url}: no text without JavaScript"
                warnings.append(ResultWarning(EMPTY, message))
                continue
            texts.append(PolicyText("remote", got.final_url, None, blocks))
            language = blocks_language(blocks)
            sources[url] = PolicySource(
                "remote", got.final_url, len(got.body), language, None, True, got.sha256,
                got.fetched_at,
            )  # fmt: skip
    return texts, list(sources.values()), warnings
