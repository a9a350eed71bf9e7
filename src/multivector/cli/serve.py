"""``multivector serve``, ``create-admin`` and ``users``: run the web application, manage accounts."""

from __future__ import annotations

import getpass
import json
import os
import sys

import click

from multivector.cli.options import db_option, format_options, output_format

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--secure-cookies/--no-secure-cookies",
    default=None,
    help="Send cookies over HTTPS only (default: on unless serving on a loopback address).",
)
@click.option("--semantic", is_flag=True, help="Re-rank answers with the semantic extra's model.")
@click.option(
    "--forwarded-allow-ips",
    default="",
    envvar="MULTIVECTOR_FORWARDED_ALLOW_IPS",
    metavar="ADDRESSES",
    help="Reverse proxies (comma-separated addresses or networks, or '*') whose "
    "X-Forwarded-For header names the client. Default: none, the peer address is the client.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes (one per core serves the most readers; each loads its own coder "
    "for contributions, and holds its share of the rate limits).",
)
def serve(
    db: str,
    host: str,
    port: int,
    secure_cookies: bool | None,
    semantic: bool,
    forwarded_allow_ips: str,
    workers: int,
) -> None:
    """Serve the web application (explore, ask, contribute) and its JSON API."""
    import uvicorn

    from multivector.store import open_store
    from multivector.store.core import normalize_url
    from multivector.store.errors import sqlite_missing
    from multivector.web import serving
    from multivector.web.app import create_app
    from multivector.web.security import WebSettings, parse_trusted

    try:
        trusted = parse_trusted(forwarded_allow_ips)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--forwarded-allow-ips") from None
    if (missing := sqlite_missing(normalize_url(db))) is not None:
        click.echo(f"multivector: no store at {missing}; creating an empty one", err=True)
    secure = secure_cookies if secure_cookies is not None else host not in LOOPBACK
    settings = WebSettings(
        secure_cookies=secure, semantic_ranking=semantic, trusted_proxies=trusted, workers=workers
    )
    shown = f"[{host}]" if ":" in host else host
    # The app reads X-Forwarded-For itself, from the trusted proxies only: uvicorn's own
    # proxy handling (which believes any loopback peer by default) stays off.
    options: dict = {"host": host, "port": port, "log_level": "warning", "proxy_headers": False}
    if workers == 1:
        app = create_app(open_store(db, reading=True), settings)
        click.echo(f"multivector: serving {db} at http://{shown}:{port}/ (API docs at /api/docs)")
        uvicorn.run(app, **options)
        return
    open_store(db, reading=True).close()  # creates the schema once, before the workers start
    os.environ[serving.ENV] = serving.export_config(db, settings)
    click.echo(
        f"multivector: serving {db} at http://{shown}:{port}/ with {workers} worker processes "
        "(API docs at /api/docs)"
    )
    uvicorn.run(
        "multivector.web.serving:app_from_environment", factory=True, workers=workers, **options
    )


def _community(db: str):
    from multivector.store import open_store
    from multivector.web.community import Community

    return Community(open_store(db).engine)


@click.command("create-admin")
@db_option
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_admin(db: str, username: str, password_stdin: bool) -> None:
    """Create an admin account (or make an existing account admin)."""
    from multivector.web.community import CommunityError

    community = _community(db)
    if community.get_user_by_name(username) is not None:
        community.set_role(username, "admin")
        click.echo(f"{username} is now admin.")
        return
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise click.ClickException("the two passwords differ")
    try:
        community.create_user(username, password, role="admin")
    except CommunityError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"created admin {username}")


@click.command()
@db_option
@click.option("--set-role", nargs=2, metavar="USERNAME ROLE", help="Change a user's role.")
@click.option("--disable", metavar="USERNAME", help="Disable an account (it is kept).")
@click.option("--enable", metavar="USERNAME", help="Re-enable a disabled account.")
@click.option(
    "--set-password",
    metavar="USERNAME",
    help="Set a user's password, read as one line from standard input.",
)
@format_options(("table", "json"))
def users(
    db: str,
    set_role: tuple[str, str] | None,
    disable: str | None,
    enable: str | None,
    set_password: str | None,
    fmt: str = "table",
    as_json: bool = False,
) -> None:
    """List accounts, or change one's role (reader, contributor, moderator, admin), state or
    password."""
    from multivector.web.community import CommunityError

    community = _community(db)
    try:
        if set_role:
            user = community.set_role(*set_role)
            click.echo(f"{user.username} is now {user.role}")
        elif disable or enable:
            user = community.set_active(disable or enable, active=bool(enable))
            click.echo(f"{user.username} is now {'active' if user.is_active else 'disabled'}")
        elif set_password:
            community.set_password(set_password, sys.stdin.readline().rstrip("\n"))
            click.echo(f"password of {set_password} changed")
        elif output_format(fmt, as_json) == "json":
            accounts = [
                {"username": u.username, "role": u.role, "active": bool(u.is_active)}
                for u in community.list_users()
            ]
            click.echo(json.dumps(accounts, indent=2))
        else:
            for u in community.list_users():
                click.echo(f"{u.username}\t{u.role}\t{'active' if u.is_active else 'disabled'}")
    except CommunityError as e:
        raise click.ClickException(str(e)) from None
