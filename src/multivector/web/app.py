"""The web application: explore, ask and contribute, as HTML pages and a JSON API.

Build it with :func:`create_app` from an open store; ``multivector serve`` does that and runs
it under uvicorn. Pages are server-rendered (Jinja2, autoescaped) and work without
JavaScript; every page action has a JSON twin under ``/api/v1`` (see ``/docs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from multivector.web import service
from multivector.web.community import Community, CommunityError, User
from multivector.web.security import RateLimiter, WebSettings, new_csrf_token, same_token

HERE = Path(__file__).parent
SESSION_COOKIE = "mv_session"
CSRF_COOKIE = "mv_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
CODE_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
ID_RE = re.compile(r"^[\w.:\-]{1,255}$")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class LoginRequired(Exception):
    """Raised when an anonymous visitor tries something that needs an account."""


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

    app = FastAPI(
        title="multivector",
        summary="Foreign-policy event data: explore, ask, contribute.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    svc = service.Service(
        store=store,
        community=community or Community(store.engine),
        settings=settings,
        coder_factory=coder_factory,
        limiter=RateLimiter(),
    )
    app.state.service = svc
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["urlencode"] = urlencode
    templates.env.filters["q"] = lambda s: quote(str(s), safe="")
    # Only web links become hrefs: a stored "javascript:" URL stays inert text.
    templates.env.filters["web_url"] = lambda u: u if re.match(r"^https?://", str(u or "")) else ""
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # -- plumbing ----------------------------------------------------------------------------

    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_request_bytes:
            return _error(request, 413, f"request larger than {settings.max_request_bytes} bytes")
        token = request.cookies.get(CSRF_COOKIE)
        fresh = not token or len(token) > 100
        request.state.csrf = new_csrf_token() if fresh else token
        response = await call_next(request)
        if fresh:
            response.set_cookie(
                CSRF_COOKIE, request.state.csrf, httponly=True, samesite="lax",
                secure=settings.secure_cookies, path="/",
            )
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    def _is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def _error(request: Request, status: int, message: str) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": message}, status_code=status)
        return templates.TemplateResponse(
            request, "error.html", _ctx(request, status=status, message=message), status_code=status
        )

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if _is_api(request) or request.method != "GET":
            return _error(request, 401, "log in (or send an API token) to do this")
        return RedirectResponse(f"/login?next={quote(str(request.url.path))}", status_code=303)

    @app.exception_handler(PermissionError)
    async def _forbidden(request: Request, exc: PermissionError) -> Response:
        return _error(request, 403, str(exc) or "not allowed")

    @app.exception_handler(CommunityError)
    async def _bad(request: Request, exc: CommunityError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(service.RateLimited)
    async def _slow_down(request: Request, exc: service.RateLimited) -> Response:
        resp = _error(request, 429, str(exc))
        resp.headers["Retry-After"] = str(int(exc.retry_after))
        return resp

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

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
        """Every state-changing form carries the token that matches the visitor's CSRF cookie."""
        form = await request.form()
        if not same_token(form.get(CSRF_FIELD), request.cookies.get(CSRF_COOKIE)):
            raise HTTPException(403, "CSRF check failed: reload the page and try again")

    def csrf_api(request: Request, user: User | None = Depends(current_user)) -> None:
        """API calls authenticated by the session cookie must echo the CSRF token in a header;
        calls with a bearer token carry no ambient credentials and need none."""
        if getattr(request.state, "via_token", False) or user is None:
            return
        if not same_token(request.headers.get(CSRF_HEADER), request.cookies.get(CSRF_COOKIE)):
            raise HTTPException(403, "CSRF check failed: send the X-CSRF-Token header")

    def client_key(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def _ctx(request: Request, **kw: Any) -> dict[str, Any]:
        user = getattr(request.state, "user", None)
        return {
            "user": user,
            "csrf_token": getattr(request.state, "csrf", ""),
            "msg": request.query_params.get("msg", "")[:300],
            **kw,
        }

    def page(request: Request, name: str, **kw: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, _ctx(request, **kw))

    def back(url: str, msg: str = "") -> RedirectResponse:
        sep = "&" if "?" in url else "?"
        return RedirectResponse(url + (f"{sep}msg={quote(msg)}" if msg else ""), status_code=303)

    def filters_from(params: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
        return service.parse_filters(params)

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
        doc = svc.document(check_id(doc_id, "document"))
        return page(request, "document.html", d=doc, target=("document", doc["id"]))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, user: User | None = Depends(current_user)):
        ev = svc.event(check_id(event_id, "event"))
        return page(
            request, "event.html", e=ev, target=("event", ev["event_id"]),
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
    def question_page(request: Request, qid: int, user: User | None = Depends(current_user)):
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
        return back(service.safe_next(next), "Comment posted.")

    @app.post("/comments/{comment_id}/hide", include_in_schema=False,
              dependencies=[Depends(csrf_form)])
    def hide_comment(
        request: Request,
        comment_id: int,
        reason: str = Form(...),
        next: str = Form("/"),
        user: User = Depends(need_user),
    ):
        svc.community.hide_comment(user, comment_id, reason)
        return back(service.safe_next(next), "Comment hidden (kept, with your reason).")

    @app.post("/questions", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def post_question(
        request: Request,
        body: str = Form(...),
        target_kind: str = Form(""),
        target_id: str = Form(""),
        user: User = Depends(need_user),
    ):
        qid = svc.post_question(user, body, target_kind or None, target_id or None)
        return back(f"/questions/{qid}", "Question posted: others can now answer it.")

    @app.post("/questions/{qid}/answers", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def post_answer(request: Request, qid: int, body: str = Form(...), user: User = Depends(need_user)):
        svc.answer(user, qid, body)
        return back(f"/questions/{qid}", "Answer posted.")

    @app.post("/questions/{qid}/accept", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def accept_answer(
        request: Request, qid: int, answer_id: int = Form(...), user: User = Depends(need_user)
    ):
        svc.community.accept_answer(user, qid, answer_id)
        return back(f"/questions/{qid}", "Answer accepted.")

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
            svc.contribute, user, source=source, text=text, upload=data,
            upload_name=upload.filename if upload else None, date=date, title=title, url=url,
        )
        return back(f"/documents/{quote(result['doc_id'], safe='')}",
                    f"Thank you: {result['n_events']} event(s) coded, pending review.")

    @app.post("/events/{event_id}/corrections", include_in_schema=False,
              dependencies=[Depends(csrf_form)])
    async def post_correction(request: Request, event_id: str):
        from starlette.concurrency import run_in_threadpool

        user = await run_in_threadpool(need_user, await run_in_threadpool(current_user, request))
        form = await request.form()
        changes = {f: str(form.get(f, "")).strip() for f in service.CORRECTABLE_FIELDS}
        await run_in_threadpool(
            svc.propose_correction, user, check_id(event_id, "event"),
            {k: v for k, v in changes.items() if v},
            form.get("not_event") == "on", str(form.get("reason", "")),
        )
        return back(f"/events/{event_id}", "Correction proposed: a moderator will review it.")

    @app.get("/moderation", response_class=HTMLResponse, include_in_schema=False)
    def moderation_page(request: Request, user: User = Depends(need_user)):
        return page(request, "moderation.html", queue=svc.queue(user))

    @app.post("/moderation/{kind}/{item_id}", include_in_schema=False,
              dependencies=[Depends(csrf_form)])
    def moderate(
        request: Request,
        kind: str,
        item_id: int,
        decision: str = Form(...),
        reason: str = Form(...),
        user: User = Depends(need_user),
    ):
        svc.moderate(user, kind, item_id, decision, reason)
        return back("/moderation", f"{kind.capitalize()} {item_id}: {decision}ed.")

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
                request, "login.html",
                _ctx(request, next=service.safe_next(next), error="Wrong username or password."),
                status_code=401,
            )
        return _with_session(back(service.safe_next(next), f"Welcome, {user.username}."), user)

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
        return _with_session(back("/", f"Welcome, {user.username}: your account is ready."), user)

    def _with_session(resp: Response, user: User) -> Response:
        token = svc.community.start_session(user, settings.session_lifetime)
        resp.set_cookie(
            SESSION_COOKIE, token, httponly=True, samesite="lax", secure=settings.secure_cookies,
            max_age=int(settings.session_lifetime.total_seconds()), path="/",
        )
        return resp

    @app.post("/logout", include_in_schema=False, dependencies=[Depends(csrf_form)])
    def logout(request: Request):
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            svc.community.end_session(token)
        resp = back("/", "Logged out.")
        resp.delete_cookie(SESSION_COOKIE, path="/")
        return resp

    @app.get("/account", response_class=HTMLResponse, include_in_schema=False)
    def account_page(request: Request, user: User = Depends(need_user)):
        return page(request, "account.html", tokens=svc.community.list_api_tokens(user), new_token=None)

    @app.post("/account/tokens", response_class=HTMLResponse, include_in_schema=False,
              dependencies=[Depends(csrf_form)])
    def new_token(request: Request, name: str = Form("token"), user: User = Depends(need_user)):
        svc.limit("post", str(user.id))
        token = svc.community.create_api_token(user, name)
        return page(request, "account.html", tokens=svc.community.list_api_tokens(user),
                    new_token=token)

    @app.post("/account/tokens/{token_id}/revoke", include_in_schema=False,
              dependencies=[Depends(csrf_form)])
    def revoke_token(request: Request, token_id: int, user: User = Depends(need_user)):
        svc.community.revoke_api_token(user, token_id)
        return back("/account", "Token revoked.")

    @app.get("/admin/users", response_class=HTMLResponse, include_in_schema=False)
    def users_page(request: Request, user: User = Depends(need_user)):
        service.require(user, "admin")
        return page(request, "users.html", users=svc.community.list_users(), roles=service.ROLES)

    @app.post("/admin/users/{username}/role", include_in_schema=False,
              dependencies=[Depends(csrf_form)])
    def set_role(request: Request, username: str, role: str = Form(...),
                 user: User = Depends(need_user)):
        service.require(user, "admin")
        svc.community.set_role(username, role)
        return back("/admin/users", f"{username} is now {role}.")

    # -- JSON API -----------------------------------------------------------------------------------

    api = "/api/v1"

    @app.get(f"{api}/search", tags=["explore"])
    def api_search(
        request: Request,
        q: str = Query("", description="full-text query over documents and sentences"),
        actor: str = "", target: str = "", since: str = "", until: str = "",
        cameo: str = "", plover: str = "", quad: str = "", page: int = 1,
        user: User | None = Depends(current_user),
    ) -> dict[str, Any]:
        """Sentences and events matching a text query and filters."""
        return svc.search(dict(request.query_params))

    @app.get(f"{api}/events", tags=["explore"])
    def api_events(
        request: Request, actor: str = "", target: str = "", since: str = "", until: str = "",
        cameo: str = "", plover: str = "", quad: str = "", doc_id: str = "",
        limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
        user: User | None = Depends(current_user),
    ) -> dict[str, Any]:
        """Events matching filters (accepted events only)."""
        return svc.events(dict(request.query_params), limit, offset)

    @app.get(f"{api}/events/{{event_id}}", tags=["explore"])
    def api_event(event_id: str, user: User | None = Depends(current_user)) -> dict[str, Any]:
        """One event: every field, its provenance, corrections proposed and its history."""
        return svc.event(check_id(event_id, "event"))

    @app.get(f"{api}/documents/{{doc_id}}", tags=["explore"])
    def api_document(doc_id: str, user: User | None = Depends(current_user)) -> dict[str, Any]:
        """A document with its text, sentences and events."""
        doc = svc.document(check_id(doc_id, "document"))
        doc.pop("segments", None)
        return doc

    @app.get(f"{api}/actors/{{code}}", tags=["explore"])
    def api_actor(code: str, user: User | None = Depends(current_user)) -> dict[str, Any]:
        """An actor: timeline, orientation over time, top partners, recent events."""
        a = svc.actor(check_code(code))
        a.pop("charts", None)
        return a

    @app.get(f"{api}/dyads/{{a}}/{{b}}", tags=["explore"])
    def api_dyad(a: str, b: str, user: User | None = Depends(current_user)) -> dict[str, Any]:
        """A pair of actors: yearly counts and mean Goldstein each way, and their events."""
        d = svc.dyad(check_code(a), check_code(b))
        d.pop("charts", None)
        return d

    @app.get(f"{api}/ask", tags=["ask"])
    def api_ask(q: str = Query(..., max_length=2000),
                user: User | None = Depends(current_user)) -> dict[str, Any]:
        """Answer a question from the knowledge base, with the events and sentences used."""
        return svc.ask(q)

    @app.get(f"{api}/questions", tags=["ask"])
    def api_questions(target_kind: str | None = None, target_id: str | None = None,
                      user: User | None = Depends(current_user)) -> list[dict[str, Any]]:
        """Questions posted by users, newest first."""
        return svc.community.list_questions(target_kind, target_id)

    @app.get(f"{api}/questions/{{qid}}", tags=["ask"])
    def api_question(qid: int, user: User | None = Depends(current_user)) -> dict[str, Any]:
        return svc.question(qid)

    @app.post(f"{api}/questions", tags=["ask"], status_code=201,
              dependencies=[Depends(csrf_api)])
    def api_post_question(payload: service.QuestionIn, user: User = Depends(need_user)) -> dict:
        """Post a question for other users to answer."""
        return {"id": svc.post_question(user, payload.body, payload.target_kind, payload.target_id)}

    @app.post(f"{api}/questions/{{qid}}/answers", tags=["ask"], status_code=201,
              dependencies=[Depends(csrf_api)])
    def api_answer(qid: int, payload: service.TextIn, user: User = Depends(need_user)) -> dict:
        return {"id": svc.answer(user, qid, payload.body)}

    @app.post(f"{api}/questions/{{qid}}/accept", tags=["ask"], dependencies=[Depends(csrf_api)])
    def api_accept(qid: int, payload: service.AcceptIn, user: User = Depends(need_user)) -> dict:
        svc.community.accept_answer(user, qid, payload.answer_id)
        return {"ok": True}

    @app.get(f"{api}/comments", tags=["contribute"])
    def api_comments(target_kind: str, target_id: str,
                     user: User | None = Depends(current_user)) -> list[dict[str, Any]]:
        return svc.community.list_comments(target_kind, target_id)

    @app.post(f"{api}/comments", tags=["contribute"], status_code=201,
              dependencies=[Depends(csrf_api)])
    def api_comment(payload: service.CommentIn, user: User = Depends(need_user)) -> dict:
        return {"id": svc.comment(user, payload.target_kind, payload.target_id, payload.body)}

    @app.post(f"{api}/comments/{{comment_id}}/hide", tags=["moderate"],
              dependencies=[Depends(csrf_api)])
    def api_hide_comment(comment_id: int, payload: service.TextIn,
                         user: User = Depends(need_user)) -> dict:
        """Hide a comment (moderators); it is kept with the decision and its reason."""
        svc.community.hide_comment(user, comment_id, payload.body)
        return {"ok": True}

    @app.post(f"{api}/contributions", tags=["contribute"], status_code=201,
              dependencies=[Depends(csrf_api)])
    def api_contribute(payload: service.ContributionIn, user: User = Depends(need_user)) -> dict:
        """Add new information: the text is coded at once; its events are pending review."""
        return svc.contribute(user, source=payload.source, text=payload.text, upload=None,
                              upload_name=None, date=payload.date or "", title=payload.title or "",
                              url=payload.url or "")

    @app.post(f"{api}/events/{{event_id}}/corrections", tags=["contribute"], status_code=201,
              dependencies=[Depends(csrf_api)])
    def api_correct(event_id: str, payload: service.CorrectionIn,
                    user: User = Depends(need_user)) -> dict:
        """Propose a correction of any field, or that this is not an event."""
        return {"id": svc.propose_correction(user, check_id(event_id, "event"), payload.changes,
                                             payload.not_event, payload.reason)}

    @app.get(f"{api}/moderation/queue", tags=["moderate"])
    def api_queue(user: User = Depends(need_user)) -> dict[str, Any]:
        """Pending contributions and corrections (moderators)."""
        return svc.queue(user)

    @app.post(f"{api}/moderation/{{kind}}/{{item_id}}", tags=["moderate"],
              dependencies=[Depends(csrf_api)])
    def api_moderate(kind: str, item_id: int, payload: service.DecisionIn,
                     user: User = Depends(need_user)) -> dict:
        """Accept or reject a contribution or correction, with a reason."""
        svc.moderate(user, kind, item_id, payload.decision, payload.reason)
        return {"ok": True}

    @app.post(f"{api}/tokens", tags=["accounts"], status_code=201)
    def api_token(request: Request, payload: service.LoginIn) -> dict:
        """Exchange a username and password for a new API token (send it as a Bearer token)."""
        user = svc.login(payload.username, payload.password, client_key(request))
        if user is None:
            raise HTTPException(401, "wrong username or password")
        return {"token": svc.community.create_api_token(user, payload.name or "api"),
                "username": user.username, "role": user.role}

    @app.get(f"{api}/me", tags=["accounts"])
    def api_me(user: User = Depends(need_user)) -> dict:
        return {"username": user.username, "role": user.role}

    return app


async def _read_upload(upload: UploadFile | None, limit: int) -> bytes | None:
    if upload is None or not upload.filename:
        return None
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise CommunityError(f"the upload is larger than {limit} bytes")
    return data
