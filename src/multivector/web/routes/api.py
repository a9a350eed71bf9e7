"""The JSON API under ``/api/v1``: every page action as JSON, documented at ``/api/docs``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from multivector.web.community import User
from multivector.web.deps import (
    Svc,
    check_code,
    check_id,
    client_key,
    csrf_api,
    current_user,
    need_user,
)
from multivector.web.payloads import (
    MAX_ID,
    AcceptIn,
    CommentIn,
    ContributionIn,
    CorrectionIn,
    DecisionIn,
    LoginIn,
    QuestionIn,
    TextIn,
)

Id = Annotated[int, Path(ge=1, le=MAX_ID)]


api = "/api/v1"
router = APIRouter()


@dataclass
class EventFilters:
    """The event filters the API takes as query parameters (declared once, for the docs and
    the checks; the service parses them from the query string)."""

    actor: str = ""
    target: str = ""
    since: str = ""
    until: str = ""
    cameo: str = ""
    plover: str = ""
    quad: str = ""


@router.get(f"{api}/search", tags=["explore"])
def api_search(
    svc: Svc,
    request: Request,
    q: str = Query("", description="full-text query over documents and sentences"),
    filters: EventFilters = Depends(),
    page: int = Query(1, ge=1, le=1000),
    user: User | None = Depends(current_user),
) -> dict[str, Any]:
    """Sentences and events matching a text query and filters."""
    return svc.search(dict(request.query_params))


@router.get(f"{api}/events", tags=["explore"])
def api_events(
    svc: Svc,
    request: Request,
    filters: EventFilters = Depends(),
    doc_id: str = "",
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_ID),
    user: User | None = Depends(current_user),
) -> dict[str, Any]:
    """Events matching filters (accepted events only); an invalid filter value is a 400."""
    return svc.events(dict(request.query_params), limit, offset)


@router.get(f"{api}/events/{{event_id}}", tags=["explore"])
def api_event(svc: Svc, event_id: str, user: User | None = Depends(current_user)) -> dict[str, Any]:
    """One event: every field, its provenance, corrections proposed and its history."""
    return svc.event(check_id(event_id, "event"), user)


@router.get(f"{api}/documents/{{doc_id}}", tags=["explore"])
def api_document(
    svc: Svc, doc_id: str, user: User | None = Depends(current_user)
) -> dict[str, Any]:
    """A document with its text, sentences and events."""
    doc = svc.document(check_id(doc_id, "document"), user)
    doc.pop("segments", None)
    return doc


@router.get(f"{api}/actors/{{code}}", tags=["explore"])
def api_actor(svc: Svc, code: str, user: User | None = Depends(current_user)) -> dict[str, Any]:
    """An actor: timeline, orientation over time, top partners, recent events."""
    a = svc.actor(check_code(code))
    a.pop("charts", None)
    return a


@router.get(f"{api}/dyads/{{a}}/{{b}}", tags=["explore"])
def api_dyad(svc: Svc, a: str, b: str, user: User | None = Depends(current_user)) -> dict[str, Any]:
    """A pair of actors: yearly counts and mean Goldstein each way, and their events."""
    d = svc.dyad(check_code(a), check_code(b))
    d.pop("charts", None)
    return d


@router.get(f"{api}/ask", tags=["ask"])
def api_ask(
    svc: Svc, q: str = Query(..., max_length=2000), user: User | None = Depends(current_user)
) -> dict[str, Any]:
    """Answer a question from the knowledge base, with the events and sentences used."""
    a = svc.ask(q)
    a.pop("chart_svg", None)  # the API gives the chart as data
    return a


@router.get(f"{api}/questions", tags=["ask"])
def api_questions(
    svc: Svc,
    target_kind: str | None = None,
    target_id: str | None = None,
    user: User | None = Depends(current_user),
) -> list[dict[str, Any]]:
    """Questions posted by users, newest first."""
    return svc.community.list_questions(target_kind, target_id)


@router.get(f"{api}/questions/{{qid}}", tags=["ask"])
def api_question(svc: Svc, qid: Id, user: User | None = Depends(current_user)) -> dict[str, Any]:
    return svc.question(qid)


@router.post(f"{api}/questions", tags=["ask"], status_code=201, dependencies=[Depends(csrf_api)])
def api_post_question(svc: Svc, payload: QuestionIn, user: User = Depends(need_user)) -> dict:
    """Post a question for other users to answer."""
    return {"id": svc.post_question(user, payload.body, payload.target_kind, payload.target_id)}


@router.post(
    f"{api}/questions/{{qid}}/answers",
    tags=["ask"],
    status_code=201,
    dependencies=[Depends(csrf_api)],
)
def api_answer(svc: Svc, qid: Id, payload: TextIn, user: User = Depends(need_user)) -> dict:
    return {"id": svc.answer(user, qid, payload.body)}


@router.post(f"{api}/questions/{{qid}}/accept", tags=["ask"], dependencies=[Depends(csrf_api)])
def api_accept(svc: Svc, qid: Id, payload: AcceptIn, user: User = Depends(need_user)) -> dict:
    svc.community.accept_answer(user, qid, payload.answer_id)
    return {"ok": True}


@router.get(f"{api}/comments", tags=["contribute"])
def api_comments(
    svc: Svc, target_kind: str, target_id: str, user: User | None = Depends(current_user)
) -> list[dict[str, Any]]:
    """Visible comments on a document, event, actor or dyad ("A/B")."""
    svc.check_target(user, target_kind, target_id)
    return svc.community.list_comments(target_kind, target_id)


@router.post(
    f"{api}/comments", tags=["contribute"], status_code=201, dependencies=[Depends(csrf_api)]
)
def api_comment(svc: Svc, payload: CommentIn, user: User = Depends(need_user)) -> dict:
    return {"id": svc.comment(user, payload.target_kind, payload.target_id, payload.body)}


@router.post(
    f"{api}/comments/{{comment_id}}/hide", tags=["moderate"], dependencies=[Depends(csrf_api)]
)
def api_hide_comment(
    svc: Svc, comment_id: Id, payload: TextIn, user: User = Depends(need_user)
) -> dict:
    """Hide a comment (moderators); it is kept with the decision and its reason."""
    svc.community.hide_comment(user, comment_id, payload.body)
    return {"ok": True}


@router.post(
    f"{api}/contributions",
    tags=["contribute"],
    status_code=201,
    dependencies=[Depends(csrf_api)],
)
def api_contribute(svc: Svc, payload: ContributionIn, user: User = Depends(need_user)) -> dict:
    """Add new information: the text is coded at once; its events are pending review."""
    return svc.contribute(
        user,
        source=payload.source,
        text=payload.text,
        upload=None,
        upload_name=None,
        date=payload.date or "",
        title=payload.title or "",
        url=payload.url or "",
    )


@router.post(
    f"{api}/events/{{event_id}}/corrections",
    tags=["contribute"],
    status_code=201,
    dependencies=[Depends(csrf_api)],
)
def api_correct(
    svc: Svc, event_id: str, payload: CorrectionIn, user: User = Depends(need_user)
) -> dict:
    """Propose a correction of any field, or that this is not an event."""
    return {
        "id": svc.propose_correction(
            user,
            check_id(event_id, "event"),
            payload.changes,
            payload.not_event,
            payload.reason,
        )
    }


@router.get(f"{api}/moderation/queue", tags=["moderate"])
def api_queue(svc: Svc, user: User = Depends(need_user)) -> dict[str, Any]:
    """Pending contributions and corrections (moderators)."""
    return svc.queue(user)


@router.post(
    f"{api}/moderation/{{kind}}/{{item_id}}",
    tags=["moderate"],
    dependencies=[Depends(csrf_api)],
)
def api_moderate(
    svc: Svc, kind: str, item_id: Id, payload: DecisionIn, user: User = Depends(need_user)
) -> dict:
    """Accept or reject a contribution or correction, with a reason."""
    svc.moderate(user, kind, item_id, payload.decision, payload.reason)
    return {"ok": True}


@router.post(f"{api}/tokens", tags=["accounts"], status_code=201)
def api_token(svc: Svc, request: Request, payload: LoginIn) -> dict:
    """Exchange a username and password for a new API token (send it as a Bearer token)."""
    user = svc.login(payload.username, payload.password, client_key(request))
    if user is None:
        raise HTTPException(401, "wrong username or password")
    return {
        "token": svc.community.create_api_token(user, payload.name or "api"),
        "username": user.username,
        "role": user.role,
    }


@router.get(f"{api}/me", tags=["accounts"])
def api_me(svc: Svc, user: User = Depends(need_user)) -> dict:
    return {"username": user.username, "role": user.role}
