"""The pure-Python PyYAML wheel made from an sdist (playground/pure_wheel.py)."""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import zipfile

import pytest

from playground.pure_wheel import pure_wheel_from_sdist

PKG_INFO = b"Metadata-Version: 2.1\nName: PyYAML\nVersion: 9.9.9\nSummary: test\n"


def make_sdist(path, members: dict[str, bytes]):
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


@pytest.fixture
def sdist(tmp_path):
    return make_sdist(tmp_path / "pyyaml-9.9.9.tar.gz", {
        "pyyaml-9.9.9/PKG-INFO": PKG_INFO,
        "pyyaml-9.9.9/LICENSE": b"MIT",
        "pyyaml-9.9.9/lib/yaml/__init__.py": b"from .core import VALUE\n",
        "pyyaml-9.9.9/lib/yaml/core.py": b"VALUE = 42\n",
        "pyyaml-9.9.9/lib/_yaml/__init__.py": b"import yaml._yaml\n",  # the C binding's shim: left out
        "pyyaml-9.9.9/yaml/_yaml.pyx": b"# Cython source: left out\n",
    })


def test_the_wheel_holds_the_pure_package_and_valid_metadata(sdist, tmp_path):
    wheel = pure_wheel_from_sdist(sdist, tmp_path / "out")
    assert wheel.name == "PyYAML-9.9.9-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        assert {"yaml/__init__.py", "yaml/core.py"} <= names
        assert not any(n.startswith("_yaml") or n.endswith(".pyx") for n in names)
        wheel_meta = zf.read("PyYAML-9.9.9.dist-info/WHEEL").decode()
        assert "Root-Is-Purelib: true" in wheel_meta and "Tag: py3-none-any" in wheel_meta
        assert zf.read("PyYAML-9.9.9.dist-info/METADATA") == PKG_INFO
        for row in zf.read("PyYAML-9.9.9.dist-info/RECORD").decode().splitlines():
            path, digest, size = row.split(",")
            if path.endswith("RECORD"):
                continue
            data = zf.read(path)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert digest == f"sha256={expected}" and int(size) == len(data)


def test_the_wheel_imports_and_is_reproducible(sdist, tmp_path):
    first = pure_wheel_from_sdist(sdist, tmp_path / "a").read_bytes()
    wheel = pure_wheel_from_sdist(sdist, tmp_path / "b")
    assert wheel.read_bytes() == first
    sys.path.insert(0, str(wheel))
    saved = {k: sys.modules.pop(k) for k in list(sys.modules) if k == "yaml" or k.startswith("yaml.")}
    try:
        import yaml
        assert yaml.VALUE == 42 and str(wheel) in yaml.__file__
    finally:
        sys.path.remove(str(wheel))
        for k in [k for k in sys.modules if k == "yaml" or k.startswith("yaml.")]:
            del sys.modules[k]
        sys.modules.update(saved)


def test_an_sdist_without_the_package_is_refused(tmp_path):
    bad = make_sdist(tmp_path / "x-1.tar.gz", {"x-1/PKG-INFO": PKG_INFO})
    with pytest.raises(ValueError, match="no lib/yaml/"):
        pure_wheel_from_sdist(bad, tmp_path / "out")
