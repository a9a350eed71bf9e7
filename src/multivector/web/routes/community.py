"""Community pages and forms: questions, answers, comments, contributions and corrections."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from multivector.web import service
from multivector.web.community import CommunityError, User
from multivector.web.deps import (
    Id,
    Svc,
    back,
    check_id,
    csrf_form,
    current_user,
    need_user,
    page,
)
from multivector.web.payloads import MAX_ID

router = APIRouter(include_in_schema=False)
CSRF = [Depends(csrf_form)]


@router.get("/questions", response_class=HTMLResponse)
def questions_page(request: Request, svc: Svc, user: User | None = Depends(current_user)):
    return page(request, "questions.html", questions=svc.community.list_questions(limit=100))


@router.get("/questions/{qid}", response_class=HTMLResponse)
def question_page(request: Request, qid: Id, svc: Svc, user: User | None = Depends(current_user)):
    return page(request, "question.html", qn=svc.question(qid))


@router.post("/comments", dependencies=CSRF)
def post_comment(
    request: Request,
    svc: Svc,
    target_kind: str = Form(...),
    target_id: str = Form(...),
    body: str = Form(...),
    next: str = Form("/"),
    user: User = Depends(need_user),
):
    svc.comment(user, target_kind, target_id, body)
    return back(service.safe_next(next), "comment-posted")


@router.post("/comments/{comment_id}/hide", dependencies=CSRF)
def hide_comment(
    request: Request,
    comment_id: Id,
    svc: Svc,
    reason: str = Form(...),
    next: str = Form("/"),
    user: User = Depends(need_user),
):
    svc.community.hide_comment(user, comment_id, reason)
    return back(service.safe_next(next), "comment-hidden")


@router.post("/questions", dependencies=CSRF)
def post_question(
    request: Request,
    svc: Svc,
    body: str = Form(...),
    target_kind: str = Form(""),
    target_id: str = Form(""),
    user: User = Depends(need_user),
):
    qid = svc.post_question(user, body, target_kind or None, target_id or None)
    return back(f"/questions/{qid}", "question-posted")


@router.post("/questions/{qid}/answers", dependencies=CSRF)
def post_answer(
    request: Request, qid: Id, svc: Svc, body: str = Form(...), user: User = Depends(need_user)
):
    svc.answer(user, qid, body)
    return back(f"/questions/{qid}", "answer-posted")


@router.post("/questions/{qid}/accept", dependencies=CSRF)
def accept_answer(
    request: Request,
    qid: Id,
    svc: Svc,
    answer_id: int = Form(..., ge=1, le=MAX_ID),
    user: User = Depends(need_user),
):
    svc.community.accept_answer(user, qid, answer_id)
    return back(f"/questions/{qid}", "answer-accepted")


@router.get("/contribute", response_class=HTMLResponse)
def contribute_page(request: Request, user: User = Depends(need_user)):
    return page(request, "contribute.html", about=request.query_params.get("about", "")[:200])


@router.post("/contribute", dependencies=CSRF)
async def post_contribution(
    request: Request,
    svc: Svc,
    source: str = Form(...),
    text: str = Form(""),
    date: str = Form(""),
    title: str = Form(""),
    url: str = Form(""),
    upload: UploadFile | None = File(None),
):
    user = await run_in_threadpool(need_user, await run_in_threadpool(current_user, request))
    data = await _read_upload(upload, svc.settings.max_request_bytes)
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
    doc_url = f"/documents/{quote(result['doc_id'], safe='')}"
    return back(doc_url, "contributed" if n is not None else "", n)


@router.post("/events/{event_id}/corrections", dependencies=CSRF)
async def post_correction(request: Request, event_id: str, svc: Svc):
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


async def _read_upload(upload: UploadFile | None, limit: int) -> bytes | None:
    if upload is None or not upload.filename:
        return None
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise CommunityError(f"the upload is larger than {limit} bytes")
    return data
