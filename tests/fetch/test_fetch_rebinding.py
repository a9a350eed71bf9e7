"""A host name that resolves to a public address when the URL is checked and to a loopback one
when the connection is made (DNS rebinding) is refused at connect time: the fetcher must not
become a way into private networks."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest

from multivector.fetch import FetchOptions
from multivector.fetch.http import PoliteClient, _Refused


def test_a_name_rebound_to_loopback_after_the_check_is_refused(site):
    port = urlsplit(site.base).port
    answers = iter(["93.184.216.34"])  # the first answer is public; every later one is loopback

    def resolver(host, port_, type=socket.SOCK_STREAM):  # noqa: A002 (getaddrinfo's name)
        address = next(answers, "127.0.0.1")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port_))]

    options = FetchOptions(min_interval=0, allow_private=False, retries=0, connect_timeout=2,
                           read_timeout=1, total_timeout=5)  # fmt: skip
    url = f"http://rebind.example:{port}/a/1"
    hits_before = sum(site.hits.values())
    with PoliteClient(options, resolver=resolver) as client:
        client._check_url(url)  # the check sees the public address and lets the URL through
        with pytest.raises(_Refused, match="private or loopback address 127.0.0.1"):
            client._once(url, {}, 100_000)  # the connection re-resolves: refused
    assert sum(site.hits.values()) == hits_before  # nothing reached the loopback server


def test_the_checked_backend_connects_to_public_names_only(site):
    port = urlsplit(site.base).port

    def loopback(host, port_, type=socket.SOCK_STREAM):  # noqa: A002
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port_))]

    hits_before = sum(site.hits.values())
    options = FetchOptions(min_interval=0, allow_private=False, retries=0)
    with PoliteClient(options, resolver=loopback) as client:
        result = client.get(f"http://somewhere.example:{port}/a/1")
    assert result.outcome == "failed" and "private or loopback" in (result.reason or "")
    assert sum(site.hits.values()) == hits_before  # nothing reached the server
    allowed = FetchOptions(min_interval=0, allow_private=True, retries=0)
    with PoliteClient(allowed, resolver=loopback) as client:
        assert client.get(f"http://somewhere.example:{port}/a/1").outcome == "fetched"
