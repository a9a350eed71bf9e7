"""Moderation: the queue of pending contributions and corrections, and decisions on them."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse

from multivector.web.community import User
from multivector.web.deps import Id, Svc, back, csrf_form, need_user, page

router = APIRouter(include_in_schema=False)


@router.get("/moderation", response_class=HTMLResponse)
def moderation_page(request: Request, svc: Svc, user: User = Depends(need_user)):
    return page(request, "moderation.html", queue=svc.queue(user))


@router.post("/moderation/{kind}/{item_id}", dependencies=[Depends(csrf_form)])
def moderate(
    request: Request,
    kind: str,
    item_id: Id,
    svc: Svc,
    decision: str = Form(...),
    reason: str = Form(...),
    user: User = Depends(need_user),
):
    svc.moderate(user, kind, item_id, decision, reason)
    return back("/moderation", f"{kind}-{decision}", item_id)
