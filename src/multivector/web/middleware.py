"""ASGI middleware that refuses request bodies over a size limit without buffering them.

A ``Content-Length`` over the limit is refused before anything is read. A body without one
(``Transfer-Encoding: chunked``) is counted as the application reads it: the read that passes
the limit raises :class:`BodyTooLarge` instead of handing the chunk over, so at most
``limit`` bytes plus one chunk are ever held, and the server answers 413 without reading on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when the body passes the limit (FastAPI re-raises HTTP errors
    from body parsing, so the app's 413 handler answers)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request larger than {limit} bytes")


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, counting what is received.

    ``respond(request, status, message)`` renders the refusal (an HTML page or JSON); the
    default is plain text.
    """

    def __init__(
        self,
        app: Any,
        limit: int,
        respond: Callable[[Request, int, str], Response] | None = None,
    ) -> None:
        self.app = app
        self.limit = limit
        self.respond = respond or (lambda _r, status, msg: PlainTextResponse(msg, status))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await self._refuse(scope, send, 400, "malformed Content-Length")
                return
            if int(declared) > self.limit:
                await self._refuse(scope, send, 413, f"request larger than {self.limit} bytes")
                return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge as exc:
            # the app did not turn it into a response (e.g. raised outside a route): do it here
            if started:
                raise
            await self._refuse(scope, send, 413, str(exc.detail))

    async def _refuse(self, scope: Scope, send: Send, status: int, message: str) -> None:
        response = self.respond(Request(scope), status, message)
        response.headers["Connection"] = "close"

        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        await response(scope, nothing, send)
