"""A pure-Python wheel of PyYAML, made from its sdist without the C extension.

PyPI has no `py3-none-any` wheel of PyYAML, and Pyodide's npm package ships
no packages. The engine needs PyYAML only to read workspace files, and
PyYAML's pure-Python code (`lib/yaml/`) works on its own (it falls back when
the LibYAML binding is missing), so we zip that code into a wheel by hand:
no compiler, no setuptools run, the same bytes on every machine.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

__all__ = ["pure_wheel_from_sdist"]

# a fixed timestamp so that two builds from the same sdist are byte-identical
_EPOCH = (1980, 1, 1, 0, 0, 0)


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def pure_wheel_from_sdist(sdist: Path, out_dir: Path, package: str = "yaml") -> Path:
    """Write `<Name>-<version>-py3-none-any.whl` holding the sdist's
    `lib/<package>/*.py` and return its path."""
    files: dict[str, bytes] = {}
    pkg_info = license_text = None
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            parts = member.name.split("/")
            # <name>-<version>/lib/<package>/<module>.py (no sub-packages in PyYAML)
            if len(parts) == 4 and parts[1] == "lib" and parts[2] == package and parts[3].endswith(".py"):
                files[f"{package}/{parts[3]}"] = tar.extractfile(member).read()
            elif len(parts) == 2 and parts[1] == "PKG-INFO":
                pkg_info = tar.extractfile(member).read()
            elif len(parts) == 2 and parts[1] == "LICENSE":
                license_text = tar.extractfile(member).read()
    if not files or pkg_info is None:
        raise ValueError(f"{sdist}: no lib/{package}/ or PKG-INFO in this sdist")
    meta = Parser().parsestr(pkg_info.decode("utf-8"))
    name, version = meta["Name"], meta["Version"]
    dist_info = f"{name}-{version}.dist-info"
    files[f"{dist_info}/METADATA"] = pkg_info
    files[f"{dist_info}/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: opl-playground\n"
                                   b"Root-Is-Purelib: true\nTag: py3-none-any\n")
    files[f"{dist_info}/top_level.txt"] = f"{package}\n".encode()
    if license_text is not None:
        files[f"{dist_info}/licenses/LICENSE"] = license_text
    record = "".join(f"{path},{_digest(data)},{len(data)}\n" for path, data in sorted(files.items()))
    record += f"{dist_info}/RECORD,,\n"
    files[f"{dist_info}/RECORD"] = record.encode()

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{name}-{version}-py3-none-any.whl"
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(files):
            info = zipfile.ZipInfo(path, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, files[path])
    tmp.replace(target)
    return target
