"""The web application's routers, one module per page type (mounted by ``create_app``)."""

from __future__ import annotations

from multivector.web.routes import accounts, api, community, explore, moderation

#: In the order they are included.
ROUTERS = (explore.router, community.router, moderation.router, accounts.router, api.router)

__all__ = ["ROUTERS"]
