"""Remote privacy policies: find the links an APK carries, fetch them when asked, cache them.

Nothing here runs unless the user passes ``--fetch-policies`` (or ``--offline`` with a
cache). Every address is checked after name resolution and again on every redirect;
private, loopback and link-local addresses are refused unless ``--allow-host`` names the
exact host (docs/security.md).
"""

from analyzer.remote.fetch import Fetched, FetchFailure, FetchPolicy, decode_body, fetch
from analyzer.remote.links import policy_links
from analyzer.remote.reader import RemoteOptions, remote_documents

__all__ = [
    "FetchFailure",
    "FetchPolicy",
    "Fetched",
    "RemoteOptions",
    "decode_body",
    "fetch",
    "policy_links",
    "remote_documents",
]
