"""The web application: the JSON API, the analyst's dashboard and offline API docs.

Nothing here reaches the network: the dashboard's scripts, styles and world map are files of
incidex/web/static, and /docs serves Swagger UI from the swagger-ui-bundle package.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import incidex
from incidex.api.routes import (
    DEFAULT_MAX_UPLOAD_BYTES,
    ApiError,
    Extractor,
    Settings,
    _default_extractor,
    router,
)
from incidex.store.db import Store

STATIC_DIR = Path(str(resources.files("incidex.web") / "static"))
DOCS_ASSETS = "/docs-assets"


def _error(status: int, message: str, headers: Optional[dict[str, str]] = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    problems = []
    for item in exc.errors():
        where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "path", "body"))
        problems.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
    return "; ".join(problems) or "invalid request"


def create_app(db_path: Path, token: Optional[str] = None,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               extract: Extractor = _default_extractor) -> FastAPI:
    """The incidex web app over the database at `db_path` (created when missing).

    token: the bearer token that POST /api/documents needs; None makes the server read-only.
    extract: Document -> IncidentRecords (the real pipeline unless a caller supplies another).
    """
    with Store(db_path):  # create the file and its schema now, not on the first request
        pass
    app = FastAPI(
        title="incidex", version=incidex.__version__,
        description="GTD-coded terrorist incidents extracted from open-source reports. "
                    "Errors are JSON {\"error\": message}.",
        docs_url=None, redoc_url=None)  # /docs is served below from bundled files
    app.state.settings = Settings(db_path=Path(db_path), token=token or None,
                                  max_upload_bytes=max_upload_bytes, extract=extract)
    app.include_router(router)

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def server_error(_: Request, exc: Exception) -> JSONResponse:
        return _error(500, f"internal error: {type(exc).__name__}")

    _add_pages(app)
    return app


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    try:
        import swagger_ui_bundle
    except ImportError:  # docs are a convenience: the API and /openapi.json work without them
        swagger_ui_bundle = None
    if swagger_ui_bundle is not None:
        app.mount(DOCS_ASSETS, StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Any:
        if swagger_ui_bundle is None:
            return HTMLResponse(
                "<p>Interactive docs need the swagger-ui-bundle-v2 package. "
                "The API description is at <a href='/openapi.json'>/openapi.json</a>.</p>")
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="incidex API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png")
