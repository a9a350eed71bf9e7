"""Error answers: an HTML page for browsers, JSON under ``/api/`` (and for JSON clients).

Every failure a visitor can cause answers with a 4xx: unknown addresses 404, wrong methods
405, path parameters that cannot name anything (``/questions/abc``, an id past 2**63) 404,
other invalid input 422, refused input 400. Anything unexpected is a 500 page that shows no
internals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from multivector.web.community import CommunityError, NotFound

log = logging.getLogger("multivector.web")
ErrorPage = Callable[[Request, int, str], Response]

PLAIN = {
    404: "There is no page at this address.",
    405: "This address does not take that kind of request.",
}


def wants_json(request: Request) -> bool:
    """API paths, and clients that ask for JSON rather than HTML."""
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _fields(errors: list[dict[str, Any]]) -> str:
    parts = []
    for e in errors:
        loc = ".".join(str(p) for p in e.get("loc", ())[1:]) or "request"
        parts.append(f"{loc}: {e.get('msg', 'invalid')}")
    return "; ".join(parts)[:500]


def install_error_handlers(app: FastAPI, error: ErrorPage) -> None:
    """Register the handlers; ``error(request, status, message)`` renders one answer."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        if exc.status_code in PLAIN and message in ("Not Found", "Method Not Allowed"):
            message = PLAIN[exc.status_code]
        response = error(request, exc.status_code, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        if exc.status_code == 413:
            response.headers["Connection"] = "close"  # the rest of the body is never read
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = list(exc.errors())
        if any(e.get("loc", ("",))[0] == "path" for e in errors):
            return error(request, 404, "No such item: " + _fields(errors))
        if wants_json(request):
            return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)
        return error(request, 422, "Some of what was sent is not valid: " + _fields(errors))

    @app.exception_handler(PermissionError)
    async def _forbidden(request: Request, exc: PermissionError) -> Response:
        return error(request, 403, str(exc) or "not allowed")

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(CommunityError)
    async def _bad(request: Request, exc: CommunityError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, exc: OverflowError) -> Response:
        # a number the database cannot hold: nothing can have that id
        return error(request, 404, "No such item: a number is out of range.")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s %s", request.method, request.url.path)
        return error(request, 500, "Something went wrong on our side; it has been logged.")
