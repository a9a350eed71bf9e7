"""Main-text extraction from HTML."""

from __future__ import annotations

from multivector.ingest.html import extract_html, looks_like_html

PAGE = """<!DOCTYPE html>
<html><head>
<title>Border talks | Example News</title>
<meta property="article:published_time" content="2014-05-20T08:00:00Z">
<style>p { color: red }</style><script>var x = "The president said nothing";</script>
</head><body>
<header><a href="/">Home</a> <nav><a href="/world">World</a></nav></header>
<aside>Most read: the president resigns</aside>
<main>
<h1>Neighbours agree on border talks</h1>
<p>The two governments agreed on Monday
   to resume talks on the border.</p>
<p>Ministers will meet in <b>Tbilisi</b> next month &amp; sign a protocol.<br>Observers welcomed it.</p>
<ul><li>First point</li><li>Second point</li></ul>
</main>
<form><input name="q"> Search</form>
<footer>Copyright 2014 Example News</footer>
</body></html>"""


def test_main_text_paragraphs_title_and_date():
    page = extract_html(PAGE)
    assert page.title == "Neighbours agree on border talks"
    assert page.date == "2014-05-20T08:00:00Z"
    paras = page.text.split("\n\n")
    assert "The two governments agreed on Monday to resume talks on the border." in paras
    assert "Ministers will meet in Tbilisi next month & sign a protocol." in paras
    assert "Observers welcomed it." in paras
    assert "First point" in paras and "Second point" in paras
    for chrome in ("Home", "World", "Most read", "color", "var x", "Search", "Copyright"):
        assert chrome not in page.text


def test_without_main_all_body_text_is_kept_and_title_falls_back():
    page = extract_html(
        "<html><head><title> A page </title></head><body><div>One.</div>"
        "<div>Two <time datetime='2013-01-02'>yesterday</time>.</div></body></html>"
    )
    assert page.text == "One.\n\nTwo yesterday."
    assert page.title == "A page"
    assert page.date == "2013-01-02"


def test_unclosed_tags_do_not_swallow_text():
    page = extract_html("<body><p>First paragraph<p>Second paragraph<div>Third</body>")
    assert page.text.split("\n\n") == ["First paragraph", "Second paragraph", "Third"]


def test_sniffing():
    assert looks_like_html("  <!doctype html><html>")
    assert looks_like_html("<!-- saved page -->\n<html lang='en'>")
    assert not looks_like_html("The <b> tag is bold in HTML.")
