"""The language server under test: `opl lsp` in a subprocess, driven over
stdio by pytest-lsp's client with VS Code's capabilities, on a copy of the
drive example (examples/drive) in a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_editor import EXAMPLES, SERVER, SERVER_ENV, Editor, initialize_params


@pytest.fixture
def drive(tmp_path) -> Path:
    """A copy of examples/drive to edit."""
    dest = tmp_path / "drive"
    shutil.copytree(EXAMPLES / "drive", dest)
    return dest


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, server_env=SERVER_ENV))
async def client(lsp_client: LanguageClient, tmp_path):
    # what VS Code does with the server's requests that pytest-lsp's client leaves out
    lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)(lambda ls, params: None)
    lsp_client.feature(types.WORKSPACE_CODE_LENS_REFRESH)(lambda ls, params: None)
    await lsp_client.initialize_session(initialize_params(tmp_path))
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def editor(client) -> Editor:
    return Editor(client)
