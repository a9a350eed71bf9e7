"""What every router shares: the service, the current user, CSRF checks, templates, settings,
path checks and the small helpers that render a page or redirect with a notice.

:func:`multivector.web.app.create_app` puts the per-application objects on ``app.state``
(``service``, ``templates``, ``csrf_tokens``, ``client_address``); the dependencies here read
them from the request, so a router module holds no state of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import yaml
from fastapi import Depends, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from multivector.web.community import User
from multivector.web.payloads import MAX_ID
from multivector.web.security import WebSettings, same_token
from multivector.web.service import Service

HERE = Path(__file__).parent
SESSION_COOKIE = "mv_session"
CSRF_COOKIE = "mv_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
Id = Annotated[int, PathParam(ge=1, le=MAX_ID)]  # larger ids name nothing: 404
CODE_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
ID_RE = re.compile(r"^[\w.:\-]{1,255}$")


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


# -- the application's objects -------------------------------------------------------------------


def get_service(request: Request) -> Service:
    return request.app.state.service


def get_settings(request: Request) -> WebSettings:
    return request.app.state.service.settings


def get_templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates


Svc = Annotated[Service, Depends(get_service)]


# -- who is asking ---------------------------------------------------------------------------------


def current_user(request: Request) -> User | None:
    """The visitor's account from an API token (``Authorization: Bearer``) or the session
    cookie; None for an anonymous visitor. A bad token is a 401."""
    if hasattr(request.state, "user"):
        return request.state.user
    community = get_service(request).community
    user = None
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        user = community.token_user(auth[7:].strip())
        if user is None:
            raise HTTPException(401, "invalid API token")
        request.state.via_token = True
    elif request.cookies.get(SESSION_COOKIE):
        user = community.session_user(request.cookies[SESSION_COOKIE])
    request.state.user = user
    return user


def need_user(user: User | None = Depends(current_user)) -> User:
    if user is None:
        raise LoginRequired()
    return user


async def csrf_form(request: Request) -> None:
    """Every state-changing form carries this visitor's CSRF token (see ``CsrfTokens``)."""
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
    return request.app.state.client_address(peer, request.headers.get("x-forwarded-for"))


# -- path values -----------------------------------------------------------------------------------


def check_code(code: str) -> str:
    if not CODE_RE.match(code):
        raise HTTPException(404, "no such actor")
    return code.upper()


def check_id(value: str, what: str) -> str:
    if not ID_RE.match(value):
        raise HTTPException(404, f"no such {what}")
    return value


# -- answers ---------------------------------------------------------------------------------------


def context(request: Request, **kw: Any) -> dict[str, Any]:
    """What every template gets: the user, the CSRF token and the notice of ``?msg=``."""
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


def page(request: Request, name: str, status_code: int = 200, **kw: Any) -> HTMLResponse:
    return get_templates(request).TemplateResponse(
        request, name, context(request, **kw), status_code=status_code
    )


def back(url: str, key: str = "", n: int | None = None) -> RedirectResponse:
    """Redirect to ``url`` with the notice ``key`` of ``data/messages.yaml``."""
    if key:
        assert key in messages(), key
        url += ("&" if "?" in url else "?") + urlencode(
            {"msg": key, **({"n": n} if n is not None else {})}
        )
    return RedirectResponse(url, status_code=303)


def set_csrf_cookie(request: Request, response: Response, value: str) -> None:
    response.set_cookie(
        CSRF_COOKIE,
        value,
        httponly=True,
        samesite="lax",
        secure=get_settings(request).secure_cookies,
        path="/",
    )


def with_session(request: Request, resp: Response, user: User) -> Response:
    """Start a new session, with a new CSRF token bound to it."""
    settings = get_settings(request)
    token = get_service(request).community.start_session(user, settings.session_lifetime)
    resp.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
        max_age=int(settings.session_lifetime.total_seconds()),
        path="/",
    )
    set_csrf_cookie(request, resp, request.app.state.csrf_tokens.for_session(token))
    request.state.csrf_set = True
    return resp
