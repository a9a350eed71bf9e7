"""The JSON API's request bodies, with their size limits."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class TextIn(BaseModel):
    body: str = Field(..., max_length=5000)


class QuestionIn(BaseModel):
    body: str = Field(..., max_length=2000)
    target_kind: str | None = None
    target_id: str | None = None


# Largest id the databases hold (SQLite INTEGER, PostgreSQL bigint).
MAX_ID = 2**63 - 1


class AcceptIn(BaseModel):
    answer_id: int = Field(..., ge=1, le=MAX_ID)


class CommentIn(BaseModel):
    target_kind: str
    target_id: str = Field(..., max_length=200)
    body: str = Field(..., max_length=5000)


class ContributionIn(BaseModel):
    source: str = Field(..., max_length=300, description="where the text comes from")
    text: str = Field(..., max_length=200_000)
    date: str | None = Field(None, description="YYYY-MM-DD")
    title: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=1000)


class CorrectionIn(BaseModel):
    changes: dict[str, Any] = Field(default_factory=dict, description="field -> new value")
    not_event: bool = False
    reason: str = Field(..., max_length=2000)


class DecisionIn(BaseModel):
    decision: str = Field(..., pattern="^(accept|reject)$")
    reason: str = Field(..., max_length=2000)


class LoginIn(BaseModel):
    username: str = Field(..., max_length=64)
    password: str = Field(..., max_length=256)
    name: str | None = Field(None, max_length=100, description="a label for the token")
