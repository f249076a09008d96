"""The Starlette application: the page, and the JSON endpoints its scripts call.

Rendering is CPU work in the build's own functions; it runs in a worker thread, one
request at a time (a lock), so the server answers quickly and two previews never
race on the same pictures.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import AsyncIterator, Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from lessonpress.commit import OutputError
from lessonpress.errors import LessonError
from lessonpress.load.theme import builtin_theme_names
from lessonpress.load.yaml_source import MAX_FILE_BYTES
from lessonpress.preview import RenderedOutput
from lessonpress.serve import lessons, theme_files
from lessonpress.serve.guard import Session, SessionGuard
from lessonpress.serve.pictures import PagePictures
from lessonpress.serve.stage import (
    Choices,
    StageResult,
    check_saved,
    render_saved,
    run_draft,
    zip_of,
)
from lessonpress.serve.workspace import RefusedName, Workspace, example_names

STATIC = Path(str(resources.files("lessonpress.serve"))) / "static"
MAX_UPLOAD_BYTES = MAX_FILE_BYTES
"""An import or a lesson is text; the loader's own limit applies to what the page sends."""
OUTPUT_SUFFIXES = {"handout": ".pdf", "deck": ".pptx", "poster": ".pdf"}
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".zip": "application/zip",
}
PAGE_POLICY = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "frame-ancestors 'none'; form-action 'none'; base-uri 'none'"
)
"""The page runs only its own scripts, and no other site may frame it (CodeMirror
sets its styles inline)."""
SLIDE_KEY = re.compile(r"[0-9a-f]{32}")
SLIDE_CACHE = "private, max-age=86400, immutable"
Result = TypeVar("Result")


class LessonServer:
    """The state of one serve session: its folder, its preview pictures, its render lock."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._lock = threading.Lock()
        self.pictures = PagePictures()

    def close(self) -> None:
        """Remove the preview's temporary files."""
        self.pictures.close()

    async def exclusive(self, work: Callable[[], Result]) -> Result:
        """Run ``work`` in a worker thread, after any other render has finished."""

        def locked() -> Result:
            with self._lock:
                return work()

        return await run_in_threadpool(locked)

    # Endpoints.

    async def index(self, request: Request) -> Response:
        headers = {"Cache-Control": "no-store", "Content-Security-Policy": PAGE_POLICY}
        return FileResponse(STATIC / "index.html", headers=headers)

    async def folder(self, request: Request) -> Response:
        return JSONResponse(
            {
                "folder": str(self.workspace.folder),
                "lessons": self.workspace.lessons(),
                "examples": example_names(),
                "themes": builtin_theme_names(),
                "fonts": theme_files.shipped_fonts(),
                "handout_papers": list(theme_files.HANDOUT_PAPERS),
            }
        )

    async def schema(self, request: Request) -> Response:
        """The lesson format's JSON Schema, for the editor's completion."""
        from lessonpress.model.lesson import Lesson

        return JSONResponse(Lesson.model_json_schema())

    async def open_lesson(self, request: Request) -> Response:
        name = request.path_params["name"]
        return JSONResponse({"name": name, "text": self.workspace.read(name)})

    async def save_lesson(self, request: Request) -> Response:
        name = request.path_params["name"]
        text = await _text_body(request)
        await self.exclusive(lambda: self.workspace.write(name, text))
        # The editor checks the output on screen as the teacher types; saving checks all.
        choices = Choices.from_request(dict(request.query_params))
        problems = await self.exclusive(lambda: check_saved(self.workspace, name, choices))
        return JSONResponse({"name": name, "saved": True, "problems": problems})

    async def start_lesson(self, request: Request) -> Response:
        values = await _json_body(request)
        start = values.get("from")
        if start == "starter":
            title = str(values.get("title", ""))
            name = await self.exclusive(lambda: lessons.start_from_starter(self.workspace, title))
        elif start == "example":
            example = str(values.get("example", ""))
            name = await self.exclusive(lambda: lessons.start_from_example(self.workspace, example))
        else:
            raise RefusedName("start from the starter or an example")
        return JSONResponse({"name": name, "text": self.workspace.read(name)})

    async def import_lesson(self, request: Request) -> Response:
        format_name = request.query_params.get("format", "text")
        title = request.query_params.get("title", "")
        text = await _text_body(request)
        result = await self.exclusive(
            lambda: lessons.start_from_import(self.workspace, text, format_name, title)
        )
        return JSONResponse({**result, "text": self.workspace.read(result["name"])})

    async def check(self, request: Request) -> Response:
        """The problems of the editor's text; with ``preview``, that output's pages too.

        With ``preview`` (handout, deck or poster) only that output is rendered, so that
        the pages follow the typing within a second; without it, all three are.
        """
        values = await _json_body(request)
        choices = Choices.from_request(values)
        name, text = _lesson_and_text(values)
        preview = values.get("preview")
        if preview is not None and preview not in OUTPUT_SUFFIXES:
            raise RefusedName(f"'{preview}' is not an output: handout, deck or poster")
        formats = [preview] if preview else None
        answer = await self.exclusive(
            lambda: self._check(run_draft(self.workspace, name, text, choices, formats), preview)
        )
        return JSONResponse(answer, headers={"Cache-Control": "no-store"})

    def _check(self, result: StageResult, preview: str | None) -> dict[str, Any]:
        answer: dict[str, Any] = {"problems": result.problems, "events": result.events}
        if preview is not None and result.outputs:
            rendered = RenderedOutput(preview, OUTPUT_SUFFIXES[preview], result.outputs[preview])
            _, skipped = self.pictures.show(rendered)
            version = self.pictures.version
            answer["pages"] = [
                f"/api/slides/{key}.png" if key else f"/api/pages/{version}/{number}.png"
                for number, key in enumerate(self.pictures.slide_keys, 1)
            ]
            answer["skipped"] = skipped
        return answer

    async def page_picture(self, request: Request) -> Response:
        version, number = request.path_params["version"], request.path_params["number"]
        picture = await run_in_threadpool(self.pictures.png, number, version)
        if picture is None:
            raise HTTPException(404, "this preview has been replaced by a newer one")
        return Response(picture, media_type="image/png", headers={"Cache-Control": "no-store"})

    async def slide_picture(self, request: Request) -> Response:
        """A slide's picture by its digest: the same address always shows the same slide,
        so the browser keeps it while edits change other slides."""
        key = request.path_params["key"]
        picture = None
        if SLIDE_KEY.fullmatch(key):
            picture = await run_in_threadpool(self.pictures.slide_png, key)
        if picture is None:
            raise HTTPException(404, "the slides on screen no longer have this one")
        return Response(picture, media_type="image/png", headers={"Cache-Control": SLIDE_CACHE})

    async def theme_settings(self, request: Request) -> Response:
        name, reference = request.query_params.get("name", ""), request.query_params.get("of", "")
        settings = await self.exclusive(
            lambda: theme_files.current_settings(self.workspace, name, reference)
        )
        return JSONResponse(settings)

    async def save_theme(self, request: Request) -> Response:
        values = await _json_body(request)
        name, base = str(values.get("name", "")), str(values.get("base", ""))
        theme = await self.exclusive(
            lambda: theme_files.save_theme_settings(self.workspace, name, base, values)
        )
        return JSONResponse({"theme": theme})

    async def upload_to_theme(self, request: Request) -> Response:
        kind = request.path_params["kind"]
        upload = theme_files.UPLOADS.get(kind)
        if upload is None:
            raise RefusedName(f"'{kind}' is not a file a theme takes: a logo or a template")
        content = await _read_body(request, upload.max_bytes)
        name, base = request.query_params.get("name", ""), request.query_params.get("base", "")
        theme = await self.exclusive(
            lambda: theme_files.save_theme_upload(self.workspace, name, base, kind, content)
        )
        return JSONResponse({"theme": theme})

    async def download(self, request: Request) -> Response:
        name = request.path_params["name"]
        wanted = request.query_params.get("format", "zip")
        choices = Choices.from_request(dict(request.query_params))
        files = await self.exclusive(lambda: render_saved(self.workspace, name, choices))
        stem = Path(name).stem
        if wanted == "zip":
            file_name, content = f"{stem}.zip", zip_of(files)
        else:
            file_name = f"{stem}-{wanted}{OUTPUT_SUFFIXES.get(wanted, '')}"
            if file_name not in files:
                raise RefusedName(f"'{wanted}' is not an output: handout, deck, poster or zip")
            content = files[file_name]
        return Response(
            content,
            media_type=MEDIA_TYPES[Path(file_name).suffix],
            headers={"Content-Disposition": _attachment(file_name)},
        )


def create_app(folder: Path, session: Session) -> Starlette:
    """The application serving lessons in ``folder`` to the page of ``session`` only."""
    server = LessonServer(Workspace(folder))
    routes = [
        Route("/", server.index),
        Route("/api/folder", server.folder),
        Route("/api/schema", server.schema),
        Route("/api/lessons/{name:path}", server.open_lesson, methods=["GET"]),
        Route("/api/lessons/{name:path}", server.save_lesson, methods=["PUT"]),
        Route("/api/start", server.start_lesson, methods=["POST"]),
        Route("/api/import", server.import_lesson, methods=["POST"]),
        Route("/api/check", server.check, methods=["POST"]),
        Route("/api/pages/{version:int}/{number:int}.png", server.page_picture),
        Route("/api/slides/{key}.png", server.slide_picture),
        Route("/api/theme", server.theme_settings, methods=["GET"]),
        Route("/api/theme", server.save_theme, methods=["POST"]),
        Route("/api/theme/{kind}", server.upload_to_theme, methods=["POST"]),
        Route("/api/download/{name:path}", server.download),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            RefusedName: _refused,
            LessonError: _lesson_problems,
            OutputError: _cannot_write,
        },
        lifespan=_closing(server),
    )
    app.add_middleware(SessionGuard, session=session)
    return app


def _closing(
    server: LessonServer,
) -> Callable[[Starlette], contextlib.AbstractAsyncContextManager[None]]:
    """The app's lifespan: the server's temporary files go when it stops."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            server.close()

    return lifespan


async def _read_body(request: Request, limit: int) -> bytes:
    """The request's body, refused beyond ``limit`` bytes before it is all read."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise _TooLarge(limit)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _TooLarge(limit)
    return bytes(body)


async def _text_body(request: Request) -> str:
    """The request's body as text, within the size limit of a lesson."""
    body = await _read_body(request, MAX_UPLOAD_BYTES)
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RefusedName(
            "the file is not UTF-8 text; save it again choosing the encoding UTF-8"
        ) from None


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        values = json.loads(await _text_body(request))
    except json.JSONDecodeError:
        raise RefusedName("the request is not JSON") from None
    if not isinstance(values, dict):
        raise RefusedName("the request is not a JSON object")
    return values


def _lesson_and_text(values: dict[str, Any]) -> tuple[str, str]:
    """The lesson name and the editor's text a check or preview request must carry."""
    name, text = values.get("name"), values.get("text")
    if not isinstance(name, str) or not isinstance(text, str):
        raise RefusedName("the request must name the lesson and carry its text")
    return name, text


def _attachment(file_name: str) -> str:
    """A ``Content-Disposition`` for a download named ``file_name``, in any language."""
    if file_name.isascii() and '"' not in file_name:
        return f'attachment; filename="{file_name}"'
    return f"attachment; filename*=utf-8''{quote(file_name)}"


class _TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"larger than the {limit // 1_048_576} MB allowed")


async def _refused(request: Request, error: Exception) -> Response:
    return JSONResponse({"error": str(error)}, status_code=400)


async def _lesson_problems(request: Request, error: Exception) -> Response:
    assert isinstance(error, LessonError)
    problems = [
        {
            "line": p.line,
            "column": p.column,
            "field": p.path,
            "severity": p.severity.value,
            "message": p.message,
            "hint": p.hint,
        }
        for p in error.problems
    ]
    return JSONResponse({"error": "the lesson has problems", "problems": problems}, 422)


async def _cannot_write(request: Request, error: Exception) -> Response:
    return JSONResponse({"error": str(error)}, status_code=507)
