"""The web application: explore, ask and contribute, as HTML pages and a JSON API.

Build it with :func:`create_app` from an open store; ``multivector serve`` does that and runs
it under uvicorn. Pages are server-rendered (Jinja2, autoescaped) and work without
JavaScript; every page action has a JSON twin under ``/api/v1`` (see ``/api/docs``). The
routes live in :mod:`multivector.web.routes`, one router per page type; what they share is in
:mod:`multivector.web.deps`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from multivector.web import present, service
from multivector.web.apidocs import add_api_docs
from multivector.web.coding import StillCoding
from multivector.web.community import Community
from multivector.web.deps import (  # noqa: F401  (names importers used from here)
    CSRF_COOKIE,
    CSRF_FIELD,
    CSRF_HEADER,
    HERE,
    SESSION_COOKIE,
    LoginRequired,
    messages,
    notice,
    page,
    set_csrf_cookie,
)
from multivector.web.errors import install_error_handlers, wants_json
from multivector.web.middleware import BodyLimit
from multivector.web.routes import ROUTERS
from multivector.web.security import ClientAddress, CsrfTokens, RateLimiter, WebSettings

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["urlencode"] = urlencode
    templates.env.filters["when"] = present.timestamp
    templates.env.filters["q"] = lambda s: quote(str(s), safe="")
    # Only web links become hrefs: a stored "javascript:" URL stays inert text.
    templates.env.filters["web_url"] = lambda u: u if re.match(r"^https?://", str(u or "")) else ""
    return templates


def _error(request: Request, status: int, message: str) -> Response:
    """An error answer: JSON for API clients, else the error page."""
    if wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return page(request, "error.html", status_code=status, status=status, message=message)


def create_app(
    store: Any,
    settings: WebSettings | None = None,
    coder_factory: Callable[[], Any] | None = None,
    community: Community | None = None,
) -> FastAPI:
    """The ASGI application over ``store``.

    ``coder_factory`` returns the coder used for contributed texts (default: the process-wide
    default coder, loaded on first contribution).
    """
    settings = settings or WebSettings()
    if coder_factory is None:

        def coder_factory() -> Any:
            from multivector.coding.coder import default_coder

            return default_coder()

    svc = service.Service(
        store=store,
        community=community or Community(store.engine),
        settings=settings,
        coder_factory=coder_factory,
        limiter=RateLimiter(share=settings.workers),
    )
    app = FastAPI(
        title="multivector",
        summary="Foreign-policy event data: explore, ask, contribute.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,  # served offline by add_api_docs
        redoc_url=None,
        lifespan=svc.lifespan,  # loads the coder in the background at start-up
    )
    app.state.service = svc
    app.state.templates = templates = _templates()
    app.state.csrf_tokens = tokens = CsrfTokens(settings.secret_key)
    app.state.client_address = ClientAddress(settings.trusted_proxies)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # Counts the bytes of every request body as the routes read them. Added before `guard`, so
    # it sits inside it: its 413 is raised straight into the route's body parsing, not through
    # guard's task group.
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes, respond=_error)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        # The token forms must carry: bound to the session, or a nonce we signed; a value the
        # client chose is never taken.
        sent = request.cookies.get(CSRF_COOKIE)
        request.state.csrf = tokens.expected(request.cookies.get(SESSION_COOKIE), sent)
        response = await call_next(request)
        if sent != request.state.csrf and not getattr(request.state, "csrf_set", False):
            set_csrf_cookie(request, response, request.state.csrf)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    install_error_handlers(app, _error)

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if wants_json(request) or request.method != "GET":
            return _error(request, 401, "log in (or send an API token) to do this")
        return RedirectResponse(f"/login?next={quote(str(request.url.path))}", status_code=303)

    @app.exception_handler(StillCoding)
    async def _still_coding(request: Request, exc: StillCoding) -> Response:
        failed = exc.state["state"] == "failed"
        if wants_json(request):
            body = {"doc_id": exc.doc_id, "status": exc.state["state"]}
            return JSONResponse({**body, "detail": exc.state.get("reason")} if failed else body,
                                status_code=422 if failed else 202)  # fmt: skip
        answer = page(request, "coding.html", status_code=422 if failed else 202,
                      doc_id=exc.doc_id, failed=failed, reason=exc.state.get("reason"))  # fmt: skip
        if not failed:
            answer.headers["Refresh"] = "3"  # browsers reload until the document is coded
        return answer

    @app.exception_handler(service.RateLimited)
    async def _slow_down(request: Request, exc: service.RateLimited) -> Response:
        resp = _error(request, 429, str(exc))
        resp.headers["Retry-After"] = str(int(exc.retry_after))
        return resp

    for router in ROUTERS:
        app.include_router(router)
    add_api_docs(app, templates, app.openapi_url or "/api/openapi.json")
    return app
