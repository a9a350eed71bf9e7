"""Explore pages: home, search, documents, events, actors, dyads, and the question box."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from multivector.web import service
from multivector.web.community import User
from multivector.web.deps import Svc, check_code, check_id, current_user, page

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def home(request: Request, svc: Svc, user: User | None = Depends(current_user)):
    return page(request, "index.html", overview=svc.overview())


@router.get("/search")
def search_page(request: Request, svc: Svc, user: User | None = Depends(current_user)):
    params = dict(request.query_params)
    result = svc.search(params)
    return page(request, "search.html", r=result, params=params)


@router.get("/documents/{doc_id}")
def document_page(
    request: Request, doc_id: str, svc: Svc, user: User | None = Depends(current_user)
):
    doc = svc.document(check_id(doc_id, "document"), user)
    return page(request, "document.html", d=doc, target=("document", doc["id"]))


@router.get("/events/{event_id}")
def event_page(
    request: Request, event_id: str, svc: Svc, user: User | None = Depends(current_user)
):
    ev = svc.event(check_id(event_id, "event"), user)
    return page(
        request,
        "event.html",
        e=ev,
        target=("event", ev["event_id"]),
        fields=service.CORRECTABLE_FIELDS,
    )


@router.get("/actors/{code}")
def actor_page(request: Request, code: str, svc: Svc, user: User | None = Depends(current_user)):
    a = svc.actor(check_code(code))
    return page(request, "actor.html", a=a, target=("actor", a["code"]))


@router.get("/dyads/{a}/{b}")
def dyad_page(
    request: Request, a: str, b: str, svc: Svc, user: User | None = Depends(current_user)
):
    d = svc.dyad(check_code(a), check_code(b))
    return page(request, "dyad.html", d=d, target=("dyad", f"{d['a']}/{d['b']}"))


@router.get("/ask")
def ask_page(request: Request, svc: Svc, q: str = "", user: User | None = Depends(current_user)):
    answer = svc.ask(q) if q.strip() else None
    return page(request, "ask.html", q=q[:2000], a=answer)
