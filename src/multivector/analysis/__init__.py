"""Analyses over the event store: time series, orientation toward poles, partner networks."""

from __future__ import annotations

from multivector.analysis.network import partner_network
from multivector.analysis.orientation import (
    OrientationRow,
    format_orientation,
    multipolarity_index,
    orientation,
)
from multivector.analysis.poles import Pole, PoleError, load_poles
from multivector.analysis.series import SeriesPoint, dyad_series, time_series

__all__ = [
    "OrientationRow",
    "Pole",
    "PoleError",
    "SeriesPoint",
    "dyad_series",
    "format_orientation",
    "load_poles",
    "multipolarity_index",
    "orientation",
    "partner_network",
    "time_series",
]
