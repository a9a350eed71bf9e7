"""Accounts: log in and out, register, API tokens, and the administrators' user list."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse

from multivector.web import service
from multivector.web.community import CommunityError, User
from multivector.web.deps import (
    SESSION_COOKIE,
    Id,
    Svc,
    back,
    client_key,
    csrf_form,
    current_user,
    need_user,
    page,
    set_csrf_cookie,
    with_session,
)

router = APIRouter(include_in_schema=False)
CSRF = [Depends(csrf_form)]


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/", user: User | None = Depends(current_user)):
    return page(request, "login.html", next=service.safe_next(next))


@router.post("/login", dependencies=CSRF)
def login(
    request: Request,
    svc: Svc,
    username: str = Form(...),
    password: str = Form(...),
    next: str = Form("/"),
):
    user = svc.login(username, password, client_key(request))
    if user is None:
        request.state.user = None
        return page(
            request,
            "login.html",
            status_code=401,
            next=service.safe_next(next),
            error="Wrong username or password.",
        )
    return with_session(request, back(service.safe_next(next), "welcome"), user)


@router.get("/register", response_class=HTMLResponse)
def register_page(request: Request, user: User | None = Depends(current_user)):
    return page(request, "register.html")


@router.post("/register", dependencies=CSRF)
def register(
    request: Request,
    svc: Svc,
    username: str = Form(...),
    password: str = Form(...),
    password2: str = Form(...),
):
    if password != password2:
        raise CommunityError("the two passwords differ")
    user = svc.register(username, password, client_key(request))
    return with_session(request, back("/", "registered"), user)


@router.post("/logout", dependencies=CSRF)
def logout(request: Request, svc: Svc):
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        svc.community.end_session(token)
    resp = back("/", "logged-out")
    resp.delete_cookie(SESSION_COOKIE, path="/")
    set_csrf_cookie(request, resp, request.app.state.csrf_tokens.anonymous(None))
    request.state.csrf_set = True
    return resp


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, svc: Svc, user: User = Depends(need_user)):
    return page(request, "account.html", tokens=svc.community.list_api_tokens(user), new_token=None)


@router.post("/account/tokens", response_class=HTMLResponse, dependencies=CSRF)
def new_token(
    request: Request, svc: Svc, name: str = Form("token"), user: User = Depends(need_user)
):
    svc.limit("post", str(user.id))
    token = svc.community.create_api_token(user, name)
    return page(
        request, "account.html", tokens=svc.community.list_api_tokens(user), new_token=token
    )


@router.post("/account/tokens/{token_id}/revoke", dependencies=CSRF)
def revoke_token(request: Request, token_id: Id, svc: Svc, user: User = Depends(need_user)):
    svc.community.revoke_api_token(user, token_id)
    return back("/account", "token-revoked")


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, svc: Svc, user: User = Depends(need_user)):
    service.require(user, "admin")
    return page(request, "users.html", users=svc.community.list_users(), roles=service.ROLES)


@router.post("/admin/users/{username}/role", dependencies=CSRF)
def set_role(
    request: Request,
    username: str,
    svc: Svc,
    role: str = Form(...),
    user: User = Depends(need_user),
):
    service.require(user, "admin")
    svc.community.set_role(username, role)
    return back("/admin/users", "role-changed")
