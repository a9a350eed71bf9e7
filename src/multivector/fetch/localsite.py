"""A small web site on 127.0.0.1 in a thread (``http.server``): the demo serves the bundled
samples as a feed with it, the benchmark serves thousands of generated pages."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LocalSite:
    """Serve ``pages`` (path -> (content type, body)) at ``http://127.0.0.1:PORT``: ``port``
    if it is free, else a random free port. Use as a context manager."""

    def __init__(self, pages: Mapping[str, tuple[str, bytes]], port: int = 0) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                page = site.pages.get(self.path.split("?", 1)[0])
                if page is None:
                    self.send_error(404)
                    return
                ctype, body = page
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.pages = dict(pages)
        try:
            self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        except OSError:  # taken: any free port
            self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
