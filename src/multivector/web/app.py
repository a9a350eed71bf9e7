"""The web application: explore, ask and contribute, as HTML pages and a JSON API.

Build it with :func:`create_app` from an open store; ``multivector serve`` does that and runs
it under uvicorn. Pages are server-rendered (Jinja2, autoescaped) and work without
JavaScript; every page action has a JSON twin under ``/api/v1`` (see ``/docs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import yaml
from fastapi import Depends, FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from multivector.web import present, service
from multivector.web.api import ApiDeps, add_api
from multivector.web.apidocs import add_api_docs
from multivector.web.coding import StillCoding
from multivector.web.community import Community, CommunityError, User
from multivector.web.errors import install_error_handlers, wants_json
from multivector.web.middleware import BodyLimit
from multivector.web.payloads import MAX_ID
from multivector.web.security import (
    ClientAddress,
    CsrfTokens,
    RateLimiter,
    WebSettings,
    same_token,
)

HERE = Path(__file__).parent
SESSION_COOKIE = "mv_session"
CSRF_COOKIE = "mv_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
Id = Annotated[int, PathParam(ge=1, le=MAX_ID)]  # larger ids name nothing: 404
CODE_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
ID_RE = re.compile(r"^[\w.:\-]{1,255}$")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class LoginRequired(Exception):
    """Raised when an anonymous visitor tries something that needs an account."""


@lru_cache(maxsize=1)
def messages() -> dict[str, str]:
    """The notices ``?msg=KEY`` may select (``data/messages.yaml``)."""
    return yaml.safe_load((HERE / "data" / "messages.yaml").read_text(encoding="utf-8"))


def notice(key: str, n: str, user: User | None) -> str:
    """The notice for ``key`` (empty for an unknown key): no text comes from the URL."""
    text = messages().get(key, "")
    if "{n}" in text:
        text = text.replace("{n}", n if n.isdigit() and len(n) <= 9 else "")
    if "{user}" in text:
        text = text.replace("{user}", user.username if user else "")
    return text


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
        limiter=RateLimiter(),
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
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["urlencode"] = urlencode
    templates.env.filters["when"] = present.timestamp
    templates.env.filters["q"] = lambda s: quote(str(s), safe="")
    # Only web links become hrefs: a stored "javascript:" URL stays inert text.
    templates.env.filters["web_url"] = lambda u: u if re.match(r"^https?://", str(u or "")) else ""
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    tokens = CsrfTokens(settings.secret_key)
    client_address = ClientAddress(settings.trusted_proxies)

    # -- plumbing ----------------------------------------------------------------------------

    # Counts the bytes of every request body as the routes read them. Added before `guard`, so
    # it sits inside it: its 413 is raised straight into the route's body parsing, not through
    # guard's task group.
    app.add_middleware(
        BodyLimit,
        limit=settings.max_request_bytes,
        respond=lambda request, status, message: _error(request, status, message),
    )

    @app.middleware("http")
    async def guard(request: Request, call_next):
        # The token forms must carry: bound to the session, or a nonce we signed; a value the
        # client chose is never taken.
        sent = request.cookies.get(CSRF_COOKIE)
        request.state.csrf = tokens.expected(request.cookies.get(SESSION_COOKIE), sent)
        response = await call_next(request)
        if sent != request.state.csrf and not getattr(request.state, "csrf_set", False):
            set_csrf_cookie(response, request.state.csrf)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    def set_csrf_cookie(response: Response, value: str) -> None:
        response.set_cookie(
            CSRF_COOKIE,
            value,
            httponly=True,
            samesite="lax",
            secure=settings.secure_cookies,
            path="/",
        )

    def _error(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        return templates.TemplateResponse(
            request, "error.html", _ctx(request, status=status, message=message), status_code=status
        )

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
        page = templates.TemplateResponse(request, "coding.html", _ctx(
            request, doc_id=exc.doc_id, failed=failed, reason=exc.state.get("reason")),
            status_code=422 if failed else 202)  # fmt: skip
        if not failed:
            page.headers["Refresh"] = "3"  # browsers reload until the document is coded
        return page

    @app.exception_handler(service.RateLimited)
    async def _slow_down(request: Request, exc: service.RateLimited) -> Response:
        resp = _error(request, 429, str(exc))
        resp.headers["Retry-After"] = str(int(exc.retry_after))
        return resp

    def current_user(request: Request) -> User | None:
        if hasattr(request.state, "user"):
            return request.state.user
        user = None
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            user = svc.community.token_user(auth[7:].strip())
            if user is None:
                raise HTTPException(401, "invalid API token")
            request.state.via_token = True
        elif request.cookies.get(SESSION_COOKIE):
            user = svc.community.session_user(request.cookies[SESSION_COOKIE])
        request.state.user = user
        return user

    def need_user(user: User | None = Depends(current_user)) -> User:
        if user is None:
            raise LoginRequired()
        return user

    async def csrf_form(request: Request) -> None:
        """Every state-changing form carries this visitor's CSRF token (see :class:`CsrfTokens`)."""
        form = await request.form()
        if not same_token(form.get(CSRF_FIELD), request.state.csrf):
            raise HTTPException(403, "CSRF check failed: reload the page and try again")

    def csrf_api(request: Request, user: User | None = Depends(current_user)) -> None:
        """API calls authenticated by the session cookie must echo the CSRF token in a header;
        calls with a bearer token carry no ambient credentials and need none."""
        if getattr(request.state, "via_token", False) or user is None:
            return
        if not same_token(request.headers.get(CSRF_HEADER), request.state.csrf):
            raise HTTPException(403, "CSRF check failed: send the X-CSRF-Token header")

    def client_key(request: Request) -> str:
        """The client's address; X-Forwarded-For only from proxies the operator trusts."""
        peer = request.client.host if request.client else None
        return client_address(peer, request.headers.get("x-forwarded-for"))

    def _ctx(request: Request, **kw: Any) -> dict[str, Any]:
        user = getattr(request.state, "user", None)
        return {
            "user": user,
            "csrf_token": getattr(request.state, "csrf", ""),
            "msg": notice(
                request.query_params.get("msg", "")[:40],
                request.query_params.get("n", "")[:12],
                user,
            ),
            **kw,
        }

    def page(request: Request, name: str, **kw: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, _ctx(request, **kw))

    def back(url: str, key: str = "", n: int | None = None) -> RedirectResponse:
        """Redirect to ``url`` with the notice ``key`` of ``data/messages.yaml``."""
        if key:
            assert key in messages(), key
            url += ("&" if "?" in url else "?") + urlencode(
                {"msg": key, **({"n": n} if n is not None else {})}
            )
        return RedirectResponse(url, status_code=303)

    def check_code(code: str) -> str:
        if not CODE_RE.match(code):
            raise HTTPException(404, "no such actor")
        return code.upper()

    def check_id(value: str, what: str) -> str:
        if not ID_RE.match(value):
            raise HTTPException(404, f"no such {what}")
        return value

    # -- explore: pages -------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, user: User | None = Depends(current_user)):
        return page(request, "index.html", overview=svc.overview())

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, user: User | None = Depends(current_user)):
        params = dict(request.query_params)
        result = svc.search(params)
        return page(request, "search.html", r=result, params=params)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str, user: User | None = Depends(current_user)):
        doc = svc.document(check_id(doc_id, "document"), user)
        return page(request, "document.html", d=doc, target=("document", doc["id"]))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, user: User | None = Depends(current_user)):
        ev = svc.event(check_id(event_id, "event"), user)
        return page(
            request,
            "event.html",
            e=ev,
            target=("event", ev["event_id"]),
            fields=service.CORRECTABLE_FIELDS,
        )

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, code: str, user: User | None = Depends(current_user)):
        a = svc.actor(check_code(code))
        return page(request, "actor.html", a=a, target=("actor", a["code"]))

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str, b: str, user: User | None = Depends(current_user)):
        d = svc.dyad(check_code(a), check_code(b))
        return page(request, "dyad.html", d=d, target=("dyad", f"{d['a']}/{d['b']}"))

    @app.get("/ask", response_class=HTMLResponse, include_in_schema=False)
    def ask_page(request: Request, q: str = "", user: User | None = Depends(current_user)):
        answer = svc.ask(q) if q.strip() else None
        return page(request, "ask.html", q=q[:2000], a=answer)

    @app.get("/questions", response_class=HTMLResponse, include_in_schema=False)
    def questions_page(request: Request, user: User | None = Depends(current_user)):
        return page(request, "questions.html", questions=svc.community.list_questions(limit=100))

    @app.get("/questions/{qid}", response_class=HTMLResponse, include_in_schema=False)
    def question_page(request: Request, qid: Id, user: User | None = Depends(current_user)):
        return page(request, "question.html", qn=svc.question(qid))

    # -- contribute: forms ------------------------------------------------------------------------

    @app.post("/comments", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def post_comment(
        request: Request,
        target_kind: str = Form(...),
        target_id: str = Form(...),
        body: str = Form(...),
        next: str = Form("/"),
        user: User = Depends(need_user),
    ):
        svc.comment(user, target_kind, target_id, body)
        return back(service.safe_next(next), "comment-posted")

    @app.post(
        "/comments/{comment_id}/hide", include_in_schema=False, dependencies=[Depends(csrf_form)]
    )
    def hide_comment(
        request: Request,
        comment_id: Id,
        reason: str = Form(...),
        next: str = Form("/"),
        user: User = Depends(need_user),
    ):
        svc.community.hide_comment(user, comment_id, reason)
        return back(service.safe_next(next), "comment-hidden")

    @app.post("/questions", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def post_question(
        request: Request,
        body: str = Form(...),
        target_kind: str = Form(""),
        target_id: str = Form(""),
        user: User = Depends(need_user),
    ):
        qid = svc.post_question(user, body, target_kind or None, target_id or None)
        return back(f"/questions/{qid}", "question-posted")

    @app.post(
        "/questions/{qid}/answers", include_in_schema=False, dependencies=[Depends(csrf_form)]
    )
    def post_answer(
        request: Request, qid: Id, body: str = Form(...), user: User = Depends(need_user)
    ):
        svc.answer(user, qid, body)
        return back(f"/questions/{qid}", "answer-posted")

    @app.post("/questions/{qid}/accept", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def accept_answer(
        request: Request,
        qid: Id,
        answer_id: int = Form(..., ge=1, le=MAX_ID),
        user: User = Depends(need_user),
    ):
        svc.community.accept_answer(user, qid, answer_id)
        return back(f"/questions/{qid}", "answer-accepted")

    @app.get("/contribute", response_class=HTMLResponse, include_in_schema=False)
    def contribute_page(request: Request, user: User = Depends(need_user)):
        return page(request, "contribute.html", about=request.query_params.get("about", "")[:200])

    @app.post("/contribute", include_in_schema=False, dependencies=[Depends(csrf_form)])
    async def post_contribution(
        request: Request,
        source: str = Form(...),
        text: str = Form(""),
        date: str = Form(""),
        title: str = Form(""),
        url: str = Form(""),
        upload: UploadFile | None = File(None),
    ):
        from starlette.concurrency import run_in_threadpool

        user = await run_in_threadpool(need_user, await run_in_threadpool(current_user, request))
        data = await _read_upload(upload, settings.max_request_bytes)
        result = await run_in_threadpool(
            svc.contribute,
            user,
            source=source,
            text=text,
            upload=data,
            upload_name=upload.filename if upload else None,
            date=date,
            title=title,
            url=url,
        )
        n = result["n_events"]  # None: queued for the coder, the page says "coding…"
        return back(f"/documents/{quote(result['doc_id'], safe='')}", "contributed" if n is not None
                    else "", n)  # fmt: skip

    @app.post(
        "/events/{event_id}/corrections", include_in_schema=False, dependencies=[Depends(csrf_form)]
    )
    async def post_correction(request: Request, event_id: str):
        from starlette.concurrency import run_in_threadpool

        user = await run_in_threadpool(need_user, await run_in_threadpool(current_user, request))
        form = await request.form()
        changes = {f: str(form.get(f, "")).strip() for f in service.CORRECTABLE_FIELDS}
        await run_in_threadpool(
            svc.propose_correction,
            user,
            check_id(event_id, "event"),
            {k: v for k, v in changes.items() if v},
            form.get("not_event") == "on",
            str(form.get("reason", "")),
        )
        return back(f"/events/{event_id}", "correction-proposed")

    @app.get("/moderation", response_class=HTMLResponse, include_in_schema=False)
    def moderation_page(request: Request, user: User = Depends(need_user)):
        return page(request, "moderation.html", queue=svc.queue(user))

    @app.post(
        "/moderation/{kind}/{item_id}", include_in_schema=False, dependencies=[Depends(csrf_form)]
    )
    def moderate(
        request: Request,
        kind: str,
        item_id: Id,
        decision: str = Form(...),
        reason: str = Form(...),
        user: User = Depends(need_user),
    ):
        svc.moderate(user, kind, item_id, decision, reason)
        return back("/moderation", f"{kind}-{decision}", item_id)

    # -- accounts ---------------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/", user: User | None = Depends(current_user)):
        return page(request, "login.html", next=service.safe_next(next))

    @app.post("/login", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def login(
        request: Request,
        username: str = Form(...),
        password: str = Form(...),
        next: str = Form("/"),
    ):
        user = svc.login(username, password, client_key(request))
        if user is None:
            request.state.user = None
            return templates.TemplateResponse(
                request,
                "login.html",
                _ctx(request, next=service.safe_next(next), error="Wrong username or password."),
                status_code=401,
            )
        return _with_session(request, back(service.safe_next(next), "welcome"), user)

    @app.get("/register", response_class=HTMLResponse, include_in_schema=False)
    def register_page(request: Request, user: User | None = Depends(current_user)):
        return page(request, "register.html")

    @app.post("/register", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def register(
        request: Request,
        username: str = Form(...),
        password: str = Form(...),
        password2: str = Form(...),
    ):
        if password != password2:
            raise CommunityError("the two passwords differ")
        user = svc.register(username, password, client_key(request))
        return _with_session(request, back("/", "registered"), user)

    def _with_session(request: Request, resp: Response, user: User) -> Response:
        """Start a new session, with a new CSRF token bound to it."""
        token = svc.community.start_session(user, settings.session_lifetime)
        resp.set_cookie(
            SESSION_COOKIE,
            token,
            httponly=True,
            samesite="lax",
            secure=settings.secure_cookies,
            max_age=int(settings.session_lifetime.total_seconds()),
            path="/",
        )
        set_csrf_cookie(resp, tokens.for_session(token))
        request.state.csrf_set = True
        return resp

    @app.post("/logout", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def logout(request: Request):
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            svc.community.end_session(token)
        resp = back("/", "logged-out")
        resp.delete_cookie(SESSION_COOKIE, path="/")
        set_csrf_cookie(resp, tokens.anonymous(None))
        request.state.csrf_set = True
        return resp

    @app.get("/account", response_class=HTMLResponse, include_in_schema=False)
    def account_page(request: Request, user: User = Depends(need_user)):
        return page(
            request, "account.html", tokens=svc.community.list_api_tokens(user), new_token=None
        )

    @app.post(
        "/account/tokens",
        response_class=HTMLResponse,
        include_in_schema=False,
        dependencies=[Depends(csrf_form)],
    )
    def new_token(request: Request, name: str = Form("token"), user: User = Depends(need_user)):
        svc.limit("post", str(user.id))
        token = svc.community.create_api_token(user, name)
        return page(
            request, "account.html", tokens=svc.community.list_api_tokens(user), new_token=token
        )

    @app.post(
        "/account/tokens/{token_id}/revoke",
        include_in_schema=False,
        dependencies=[Depends(csrf_form)],
    )
    def revoke_token(request: Request, token_id: Id, user: User = Depends(need_user)):
        svc.community.revoke_api_token(user, token_id)
        return back("/account", "token-revoked")

    @app.get("/admin/users", response_class=HTMLResponse, include_in_schema=False)
    def users_page(request: Request, user: User = Depends(need_user)):
        service.require(user, "admin")
        return page(request, "users.html", users=svc.community.list_users(), roles=service.ROLES)

    @app.post(
        "/admin/users/{username}/role", include_in_schema=False, dependencies=[Depends(csrf_form)]
    )
    def set_role(
        request: Request, username: str, role: str = Form(...), user: User = Depends(need_user)
    ):
        service.require(user, "admin")
        svc.community.set_role(username, role)
        return back("/admin/users", "role-changed")

    add_api(app, svc, ApiDeps(current_user, need_user, csrf_api, check_id, check_code, client_key))
    add_api_docs(app, templates, app.openapi_url or "/api/openapi.json")
    return app


async def _read_upload(upload: UploadFile | None, limit: int) -> bytes | None:
    if upload is None or not upload.filename:
        return None
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise CommunityError(f"the upload is larger than {limit} bytes")
    return data
