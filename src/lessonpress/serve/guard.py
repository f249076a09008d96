"""Who may drive the server: the page it opened, and no other site in the same browser.

A local server is reachable from every page the teacher has open, so each request
that reads or changes a lesson must prove it comes from the page itself:

- the browser is opened on ``/?token=<secret>``; the server answers with the token in a
  cookie (``HttpOnly``, ``SameSite=Strict``: never sent by another site's requests) and
  redirects to ``/``, so the secret leaves the address bar;
- the page also sends the token in the ``X-Lessonpress-Token`` header; either proves it;
- a request naming another ``Origin`` is refused, and so is a request that changes
  something without naming ours (browsers always send it with ``POST`` and ``PUT``);
- the ``Host`` must be the address the server listens on, which defeats DNS rebinding.

The page's own scripts and styles (``/static``) are public: they hold no lesson.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

TOKEN_COOKIE = "lessonpress_token"
TOKEN_HEADER = "x-lessonpress-token"
SAFE_METHODS = frozenset({"GET", "HEAD"})


@dataclass(frozen=True, slots=True)
class Session:
    """The address the server answers on and the secret its page holds."""

    host: str
    port: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    @property
    def origins(self) -> frozenset[str]:
        """The origins the page may be loaded from: the address, and ``localhost`` for it."""
        return frozenset({f"http://{self.host}:{self.port}", f"http://localhost:{self.port}"})

    @property
    def hosts(self) -> frozenset[str]:
        """The ``Host`` headers a request to the page carries."""
        return frozenset(origin.removeprefix("http://") for origin in self.origins)

    def start_url(self) -> str:
        """The address to open the browser on: it hands the page its token."""
        return f"http://{self.host}:{self.port}/?token={self.token}"

    def holds_token(self, headers: Headers) -> bool:
        """Whether the request carries this session's token in its header or cookie."""
        cookie = cookie_parser(headers.get("cookie", "")).get(TOKEN_COOKIE, "")
        return any(
            secrets.compare_digest(candidate, self.token)
            for candidate in (headers.get(TOKEN_HEADER, ""), cookie)
            if candidate
        )


class SessionGuard:
    """ASGI middleware refusing every request that does not come from the session's page."""

    def __init__(self, app: ASGIApp, session: Session) -> None:
        self.app = app
        self.session = session

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> Response | None:
        headers = Headers(scope=scope)
        method, path = scope["method"], scope["path"]
        if headers.get("host") not in self.session.hosts:
            return _refused("this server answers only on its own address")
        origin = headers.get("origin")
        if origin is not None and origin not in self.session.origins:
            return _refused("requests from other sites are refused")
        if origin is None and method not in SAFE_METHODS:
            return _refused("a request that changes something must name its origin")
        if path.startswith("/static/"):
            return None
        if path == "/" and method in SAFE_METHODS:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            offered = query.get("token", [""])[0]
            if offered and secrets.compare_digest(offered, self.session.token):
                return self._welcome()
        if not self.session.holds_token(headers):
            return _refused(
                "open the page from the address `lessonpress serve` printed; "
                "this request does not carry its token"
            )
        return None

    def _welcome(self) -> Response:
        """Hand the browser the token as a cookie and drop it from the address."""
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(TOKEN_COOKIE, self.session.token, httponly=True, samesite="strict")
        return response


def _refused(reason: str) -> Response:
    return PlainTextResponse(f"Refused: {reason}.", status_code=403)
