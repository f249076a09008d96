"""Run the server on 127.0.0.1 at a free port and open the teacher's browser on its page."""

from __future__ import annotations

import socket
import threading
import time
import webbrowser
from collections.abc import Callable
from pathlib import Path

import uvicorn

from lessonpress.serve.app import create_app
from lessonpress.serve.guard import Session

HOST = "127.0.0.1"
STARTUP_TIMEOUT_SECONDS = 30


class CannotListen(Exception):
    """The port asked for is taken or not allowed; the message says which."""


def serve_folder(
    folder: Path,
    port: int = 0,
    open_browser: bool = True,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve the lessons in ``folder`` until interrupted; ``port`` 0 picks a free one.

    ``announce`` receives the page's address (with its token) once the server listens.
    Raises :class:`CannotListen` when the port cannot be had.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((HOST, port))
    except OSError as error:
        listener.close()
        raise CannotListen(f"cannot listen on {HOST}:{port}: {error.strerror}") from None
    session = Session(HOST, listener.getsockname()[1])
    config = uvicorn.Config(
        create_app(folder, session), log_level="warning", access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)

    def when_started() -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        if server.started:
            announce(session.start_url())
            if open_browser:
                webbrowser.open(session.start_url())

    threading.Thread(target=when_started, daemon=True).start()
    server.run(sockets=[listener])
