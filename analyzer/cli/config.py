"""Command-line options → ``ScanConfig``: reads the user's policy, declaration and
baseline files. Anything unusable is a ``UsageError`` (one line, exit 2)."""

from __future__ import annotations

import uuid
from pathlib import Path

from analyzer.apk.archive import Limits
from analyzer.cli.options import AnalysisOptions
from analyzer.disclosure.sources import load_declarations, load_policy
from analyzer.errors import UsageError
from analyzer.i18n import N_
from analyzer.remote import FetchPolicy, RemoteOptions
from analyzer.remote.addresses import Resolver, system_resolver
from analyzer.remote.cache import DEFAULT_CACHE
from analyzer.rules import REGISTRY
from analyzer.rules.waivers import BaselineEntry, Waivers, baseline_entries
from analyzer.scan import ScanConfig
from analyzer.userfile import load_data_file


def remote_options(options: AnalysisOptions, resolver: Resolver) -> RemoteOptions | None:
    """``--fetch-policies`` and friends; one run id, shared by the worker processes."""
    if not (options.fetch_policies or options.offline):
        if options.refresh_policies or options.allow_host:
            raise UsageError(N_("--refresh-policies and --allow-host need --fetch-policies"))
        return None
    if options.fetch_policies and options.offline:
        raise UsageError(N_("--fetch-policies and --offline exclude each other"))
    policy = FetchPolicy(allow_hosts=options.allow_host, resolver=resolver)
    return RemoteOptions(
        fetch=options.fetch_policies,
        offline=options.offline,
        refresh=options.refresh_policies,
        cache_dir=options.policy_cache or str(DEFAULT_CACHE),
        run=uuid.uuid4().hex,
        policy=policy,
    )


def scan_config(options: AnalysisOptions, resolver: Resolver = system_resolver) -> ScanConfig:
    """The ScanConfig for the analysis options that ``scan`` and ``batch`` share."""
    if options.policy_dir is not None and not Path(options.policy_dir).is_dir():
        template = N_("--policy-dir {path}: not a directory")
        raise UsageError(template, path=options.policy_dir)
    limits = parse_limits(options.limit)
    return ScanConfig(
        limits=limits,
        manifest_only=options.manifest_only,
        debug=options.debug,
        code_evidence=not options.no_code,
        deep=options.deep,
        policy=load_policy(options.policy, limits.max_policy_bytes) if options.policy else None,
        policy_dir=options.policy_dir,
        declarations=load_declarations(options.declarations) if options.declarations else {},
        declarations_ref=options.declarations or "",
        remote=remote_options(options, resolver),
    )


def waivers_of(options: AnalysisOptions) -> Waivers:
    """``--ignore`` and ``--baseline`` of this run, checked (applied at report time)."""
    return waivers_for(options.ignore, options.baseline)


def waivers_for(ignore: tuple[str, ...], baseline: str | None) -> Waivers:
    unknown = [r for r in ignore if r not in REGISTRY]
    if unknown:
        template = N_("--ignore: unknown rule {rules} (see docs/rules.md)")
        raise UsageError(template, rules=", ".join(unknown))
    return Waivers(ignore, _baseline(baseline))


def parse_limits(pairs: tuple[str, ...]) -> Limits:
    """``--limit NAME=VALUE`` overrides on top of the safe defaults."""
    try:
        return Limits().with_overrides(list(pairs))
    except ValueError as exc:
        raise UsageError(N_("--limit: {detail}"), detail=exc) from exc


def _baseline(path: str | None) -> tuple[BaselineEntry, ...]:
    if path is None:
        return ()
    doc = load_data_file(path, "--baseline")
    try:
        return baseline_entries(doc)
    except ValueError as exc:
        raise UsageError(N_("--baseline {path}: {detail}"), path=path, detail=exc) from exc
