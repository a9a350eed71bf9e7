"""Serving the application from several processes (``multivector serve --workers N``).

uvicorn starts each worker process afresh and builds the application there from an import
string, so the settings travel in one environment variable: the store's URL and the
:class:`~multivector.web.security.WebSettings` fields ``serve`` sets, among them one secret key
for every worker (a CSRF token one worker issued is good at the others). Sessions, accounts
and moderation live in the store, shared by all; rate limits are split between the workers
(:class:`~multivector.web.security.RateLimiter`); cached profiles are dropped by every worker
at a moderator's decision (:meth:`Service._profile`).
"""

from __future__ import annotations

import json
import os
from typing import Any

from multivector.web.security import WebSettings

ENV = "MULTIVECTOR_SERVE_CONFIG"
# the settings `serve` chooses; the others keep their defaults in every worker
_FIELDS = ("secure_cookies", "semantic_ranking", "trusted_proxies", "secret_key", "workers")


def export_config(db: str, settings: WebSettings) -> str:
    """The environment value that :func:`app_from_environment` builds the app from."""
    return json.dumps({"db": db, **{name: getattr(settings, name) for name in _FIELDS}})


def settings_from(config: dict[str, Any]) -> WebSettings:
    values = {name: config[name] for name in _FIELDS if name in config}
    if "trusted_proxies" in values:
        values["trusted_proxies"] = tuple(values["trusted_proxies"])
    return WebSettings(**values)


def app_from_environment() -> Any:
    """The application of one worker process (uvicorn's ``factory``), from :data:`ENV`."""
    from multivector.store import open_store
    from multivector.web.app import create_app

    raw = os.environ.get(ENV)
    if not raw:
        raise RuntimeError(f"{ENV} is not set: start workers with `multivector serve --workers`")
    config = json.loads(raw)
    return create_app(open_store(config["db"], reading=True), settings_from(config))
