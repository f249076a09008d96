"""A serve session on a folder holding one small lesson, driven without a browser."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from lessonpress.serve import create_app
from lessonpress.serve.guard import TOKEN_HEADER, Session
from web.serving import MINIMAL, ORIGIN, served


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The served folder, holding ``minimal.yaml``; the current folder, as `serve` makes it."""
    served = tmp_path / "lessons"
    served.mkdir()
    shutil.copy(MINIMAL, served / "minimal.yaml")
    monkeypatch.chdir(served)
    return served


@pytest.fixture
def session() -> Session:
    return Session("127.0.0.1", 8765)


@pytest.fixture
def client(folder: Path, session: Session) -> Iterator[TestClient]:
    """A client that is the session's page: its origin and its token on every request."""
    headers = {"Origin": ORIGIN, TOKEN_HEADER: session.token}
    with TestClient(create_app(folder, session), base_url=ORIGIN, headers=headers) as page:
        yield page


@pytest.fixture
def stranger(folder: Path, session: Session) -> Iterator[TestClient]:
    """A client with neither the token nor the origin: another site in the same browser."""
    with TestClient(create_app(folder, session), base_url=ORIGIN) as other:
        yield other


@pytest.fixture
def served_url(folder: Path) -> Iterator[str]:
    """The address a real `lessonpress serve --no-browser FOLDER` prints, while it runs."""
    with served(folder) as url:
        yield url
