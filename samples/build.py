"""Build the sample APKs in ``samples/`` from the sources in ``samples/src/``.

Each folder under ``samples/src/`` is an apktool project (``apktool.yml``,
``AndroidManifest.xml``, ``res/``, optional ``assets/`` and ``smali*/``). This script runs
Debian's ``apktool b`` (which uses ``aapt`` and ``smali``), ``zipalign`` and ``apksigner``
with the committed sample key, and writes ``samples/<name>.apk``. The built APKs are
committed, so ``make demo`` and ``make test`` need no Android tooling; only people who
change a sample run this (``make samples``, or ``python samples/build.py NAME...``).

Needs: ``apt-get install apktool aapt zipalign apksigner`` and Java 17.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"
KEYSTORE = HERE / "keystore" / "samples.p12"
KEY_PASS = "permaudit-samples"  # a throwaway key for test fixtures only
TOOLS = ("apktool", "zipalign", "apksigner", "keytool")


def run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"build failed: {' '.join(cmd)}")


def ensure_keystore() -> None:
    if KEYSTORE.is_file():
        return
    KEYSTORE.parent.mkdir(parents=True, exist_ok=True)
    run(
        [
            "keytool", "-genkeypair", "-keystore", str(KEYSTORE), "-storetype", "PKCS12",
            "-storepass", KEY_PASS, "-keypass", KEY_PASS, "-alias", "samples",
            "-keyalg", "RSA", "-keysize", "2048", "-validity", "36500",
            "-dname", "CN=permaudit samples, O=permaudit",
        ]
    )  # fmt: skip


def build(name: str) -> Path:
    src = SOURCES / name
    if not (src / "AndroidManifest.xml").is_file():
        raise SystemExit(f"no sample source at {src}")
    out = HERE / f"{name}.apk"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / name
        shutil.copytree(src, work)
        unsigned = Path(tmp) / "unsigned.apk"
        aligned = Path(tmp) / "aligned.apk"
        run(["apktool", "b", str(work), "-o", str(unsigned)])
        run(["zipalign", "-f", "-p", "4", str(unsigned), str(aligned)])
        run(
            [
                "apksigner", "sign", "--ks", str(KEYSTORE), "--ks-pass", f"pass:{KEY_PASS}",
                "--key-pass", f"pass:{KEY_PASS}", "--out", str(out), str(aligned),
            ]
        )  # fmt: skip
    idsig = out.with_suffix(".apk.idsig")
    idsig.unlink(missing_ok=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="samples to build (default: all)")
    args = parser.parse_args()
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"missing tools: {', '.join(missing)} (see this script's docstring)")
    ensure_keystore()
    names = args.names or sorted(p.name for p in SOURCES.iterdir() if p.is_dir())
    for name in names:
        print(f"built {build(name).relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
