"""The demo's news step: the samples served as two outlets' feeds, fetched into a store."""

from __future__ import annotations

from click.testing import CliRunner
from fetch_fake_coder import SignedCoder

from multivector.cli.demo import _follow_the_news


def test_demo_news_step_fetches_codes_and_groups(fstore):
    import click

    @click.command()
    def run() -> None:
        _follow_the_news(fstore, SignedCoder())

    first = CliRunner().invoke(run)
    assert first.exit_code == 0, first.output
    assert "12 articles fetched" in first.output and "0 failed" in first.output
    assert "3 reported by more than one article" in first.output
    again = CliRunner().invoke(run)
    assert "0 articles fetched, 12 already fetched before" in again.output
    assert "0 new documents stored" in again.output
