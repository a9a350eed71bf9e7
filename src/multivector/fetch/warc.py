"""Export the archive of raw responses as a WARC file (``warcio``), for the web-archiving tools
people already use (pywb, OpenWayback, warcio's own indexer)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
            404: "Not Found", 500: "Internal Server Error"}  # fmt: skip


def export_warc(store: Any, path: str) -> int:
    """Write every archived response to ``path`` (gzip per record when it ends in ``.gz``);
    returns the number of records. Bodies are the decoded bodies we kept, so the
    Content-Encoding and Transfer-Encoding headers are left out."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    n = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.endswith(".gz"))
        for item in store.iter_archive():
            status = item["http_status"] or 200
            headers = [(k, v) for k, v in item["headers"]
                       if k.lower() not in ("content-encoding", "transfer-encoding",
                                            "content-length")]  # fmt: skip
            headers.append(("Content-Length", str(len(item["body"]))))
            http = StatusAndHeaders(f"{status} {_REASONS.get(status, 'OK')}", headers,
                                    protocol="HTTP/1.1")  # fmt: skip
            record = writer.create_warc_record(
                item["final_url"] or item["url"], "response", payload=BytesIO(item["body"]),
                http_headers=http, warc_headers_dict={"WARC-Date": _warc_date(item["fetched_at"])},
            )  # fmt: skip
            writer.write_record(record)
            n += 1
    return n


def _warc_date(value: str) -> str:
    value = value.replace("+00:00", "Z")
    return value if value.endswith("Z") else value + "Z"
