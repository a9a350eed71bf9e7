"""Actor reports: a self-contained HTML file with charts, and the charts as PNG."""

from __future__ import annotations

from multivector.report.build import Report, build_report

__all__ = ["Report", "build_report"]
