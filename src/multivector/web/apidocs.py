"""``/api/docs``: Swagger UI served from this server, with no CDN and no inline script.

The Swagger UI files come from the pip-installed ``fastapi-offline`` package (the ``web``
extra), mounted at ``/api/docs/assets``; the page is our template and the start-up script
our own ``static/api-docs.js``, so the app's Content-Security-Policy (only 'self') holds.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

ASSETS_URL = "/api/docs/assets"


def swagger_assets() -> Path | None:
    """The folder of the installed Swagger UI files, or None without ``fastapi-offline``."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def add_api_docs(app: FastAPI, templates: Jinja2Templates, openapi_url: str) -> None:
    """Serve the API reference page and its assets (call with ``docs_url=None``)."""
    assets = swagger_assets()
    if assets is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=str(assets)), name="api-docs-assets")

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(
            request,
            "api_docs.html",
            {
                "assets": ASSETS_URL if assets else None,
                "openapi_url": openapi_url,
                "title": app.title,
            },
        )
