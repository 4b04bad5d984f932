"""extractors.readers: every kind of input becomes an Article or one clear InputError."""
from __future__ import annotations

import functools
import http.server
import io
import json
import socket
import threading

import pytest

from extractors.errors import InputError
from extractors.model import Article
from extractors.readers import read_inputs

STORY = ("Director Marla Quenby has finished filming Harbor Lights. The drama stars Oren Vasquell "
         "and Tilda Brask, and was written by Jonas Heddle.")

PAGE = f"""<!DOCTYPE html><html><head><title>Harbor Lights wraps</title>
<script>var tracker = "SCRIPTJUNK";</script><style>.x {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> <a href="/news">NAVJUNK news</a></nav>
<main><article><h1>Harbor Lights wraps</h1><p>{STORY}</p>
<p>Northgate Pictures will release the film next spring, the studio said on Monday.</p></article></main>
<footer>FOOTERJUNK Copyright 2024. All rights reserved.</footer>
<script>document.title = "MORESCRIPT";</script></body></html>"""


def read(*inputs, **kw) -> list:
    return list(read_inputs([str(i) for i in inputs], **kw))


def one(*inputs, **kw):
    items = read(*inputs, **kw)
    assert len(items) == 1, items
    return items[0]


def assert_error(item, source: str, *words: str):
    assert isinstance(item, InputError), item
    msg = str(item)
    assert "\n" not in msg
    assert msg.startswith(source), msg
    for w in words:
        assert w.lower() in msg.lower(), msg


def test_txt(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Harbor Lights wraps\n\n" + STORY, encoding="utf-8")
    a = one(p)
    assert isinstance(a, Article)
    assert a.source == str(p) and a.title == "Harbor Lights wraps" and a.url is None
    assert STORY in a.text


def test_markdown_markup_is_stripped(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Harbor Lights wraps\n\n*Profile*\n\n- [Marla Quenby](https://x.org/q) directed "
                 "**Harbor Lights** (2019).\n\n![poster](poster.png)\n", encoding="utf-8")
    a = one(p)
    assert a.title == "Harbor Lights wraps"
    assert "Marla Quenby directed Harbor Lights (2019)." in a.text
    for junk in ("#", "**", "](", "poster.png", "*Profile*"):
        assert junk not in a.text


def test_html_keeps_main_text_only(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(PAGE, encoding="utf-8")
    a = one(p)
    assert a.title == "Harbor Lights wraps"
    assert "Oren Vasquell" in a.text and "Northgate Pictures" in a.text
    for junk in ("SCRIPTJUNK", "MORESCRIPT", "NAVJUNK", "FOOTERJUNK", "color: red", "<p>"):
        assert junk not in a.text
    assert a.date is None  # not guessed from the footer's copyright year


def test_html_date_from_metadata(tmp_path):
    p = tmp_path / "a.htm"
    p.write_text(PAGE.replace("<head>", '<head><meta property="article:published_time" '
                              'content="2023-05-04T10:00:00Z">'), encoding="utf-8")
    assert one(p).date == "2023-05-04"


@pytest.mark.parametrize("top, date", [
    ("By Ann Vale, Staff Writer\nNovember 19, 2025", "2025-11-19"),
    ("Updated Oct. 1, 2025", "2025-10-01"),
    ("By Ann Vale | 7 March 2025", "2025-03-07"),
    ("LISBON, Jan. 27, 2026 — Cameras rolled on Harbor Lights.", "2026-01-27"),
    ("Harbor Lights opens on March 3, 2026, in cinemas everywhere.", None),  # a date in the story
])
def test_text_date_line(tmp_path, top, date):
    p = tmp_path / "a.txt"
    p.write_text(f"Harbor Lights wraps\n\n{top}\n\nMarla Quenby directed Harbor Lights.\n", encoding="utf-8")
    assert one(p).date == date


def test_malformed_html_still_reads(tmp_path):
    p = tmp_path / "bad.html"
    p.write_text("<html><body><p>Director Marla Quenby <b>finished <i>filming Harbor Lights</b> with "
                 "Oren Vasquell.<div><p>Unclosed tags <table><tr><td>everywhere, and a drama due next year",
                 encoding="utf-8")
    a = one(p)
    assert isinstance(a, Article)
    assert "Marla Quenby" in a.text and "<" not in a.text


def test_html_without_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>")
    assert_error(one(p), str(p), "no article text")


def test_jsonl(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": STORY, "title": "Wrap", "date": "2024-03-01"}),
        json.dumps({"html": PAGE, "url": "https://news.example.org/harbor-lights"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "The Salt Road stars Ines Radovan.", "url": "https://news.example.org/salt"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(p)
    assert len(items) == 6
    a, b, bad, notobj, nobody, c = items
    assert (a.text, a.title, a.date, a.source, a.url) == (STORY, "Wrap", "2024-03-01", f"{p}:1", None)
    assert b.url == b.source == "https://news.example.org/harbor-lights"
    assert "SCRIPTJUNK" not in b.text and "Oren Vasquell" in b.text and b.title == "Harbor Lights wraps"
    assert_error(bad, str(p), "line 3", "not JSON")
    assert_error(notobj, str(p), "line 5", "not a JSON object")
    assert_error(nobody, str(p), "line 6", '"text" or "html"')
    assert c.source == "https://news.example.org/salt" and c.title == "The Salt Road stars Ines Radovan."


def test_folder_recursion_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "sub" / "b.md").write_text("# B\n\n" + STORY)
    (tmp_path / "sub" / "deeper" / "c.html").write_text(PAGE)
    (tmp_path / "sub" / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden" / "d.txt").write_text(STORY)
    (tmp_path / "sub" / ".e.txt").write_text(STORY)
    sources = [a.source for a in read(tmp_path)]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md"),
                       str(tmp_path / "sub" / "deeper" / "c.html")]


def test_empty_folder(tmp_path):
    assert_error(one(tmp_path), str(tmp_path), "no .txt")


def test_stdin():
    a = one("-", stdin=io.BytesIO(STORY.encode("utf-8")))
    assert a.source == "<stdin>" and a.text == STORY


def test_stdin_html_is_detected():
    a = one("-", stdin=io.BytesIO(PAGE.encode("utf-8")))
    assert "SCRIPTJUNK" not in a.text and "Oren Vasquell" in a.text


def test_stdin_over_the_limit_is_refused_not_truncated():
    assert_error(one("-", stdin=io.BytesIO(b"x" * 500), max_bytes=100), "<stdin>", "too large")


def test_latin1_bytes_decode(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Zoë Marchetti stars in Café Lumière, directed by Renée Dufort.".encode("latin-1"))
    assert one(p).text == "Zoë Marchetti stars in Café Lumière, directed by Renée Dufort."


def test_cp1252_quotes_decode(tmp_path):
    p = tmp_path / "quotes.txt"
    p.write_bytes("“Harbor Lights” – a thriller".encode("cp1252"))
    assert one(p).text == "“Harbor Lights” – a thriller"


def test_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffHarbor Lights".encode())
    assert one(p).text == "Harbor Lights"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    assert_error(one(p), str(p), "empty")


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # has NUL bytes
    bytes(range(1, 200)) * 3,  # control bytes, no NUL
])
def test_binary(tmp_path, content):
    p = tmp_path / "image.txt"
    p.write_bytes(content)
    assert_error(one(p), str(p), "binary")


def test_file_over_the_limit(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.write((STORY + "\n").encode() * (20_000_000 // len(STORY) + 1))
    assert p.stat().st_size > 20_000_000
    assert_error(one(p), str(p), "too large", "--max-bytes")
    assert isinstance(one(p, max_bytes=30_000_000), Article)


def test_missing_path(tmp_path):
    p = tmp_path / "nope.txt"
    assert_error(one(p), str(p), "no such file")


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "article.pdf"
    p.write_bytes(b"%PDF-1.4")
    assert_error(one(p), str(p), "unsupported", ".pdf")


def test_other_url_schemes_refused():
    assert_error(one("ftp://example.org/a.txt"), "ftp://example.org/a.txt", "http")


def test_one_bad_input_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    items = read(tmp_path / "missing.txt", good, tmp_path / "x.pdf")
    assert [type(i) for i in items] == [InputError, Article, InputError]


# ---------------------------------------------------------------- URLs, from a real local server

@pytest.fixture(scope="module")
def web(tmp_path_factory):
    root = tmp_path_factory.mktemp("www")
    (root / "story.html").write_text(PAGE, encoding="utf-8")
    (root / "story.txt").write_bytes("Zoë Marchetti stars in Café Lumière.".encode("latin-1"))
    (root / "big.txt").write_text(STORY * 100)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".txt": "text/plain; charset=iso-8859-1"}

    def log_message(self, *args):
        pass


def test_url_html(web):
    a = one(f"{web}/story.html")
    assert a.source == a.url == f"{web}/story.html"
    assert "Oren Vasquell" in a.text and "SCRIPTJUNK" not in a.text and "NAVJUNK" not in a.text


def test_url_text_uses_declared_charset(web):
    assert one(f"{web}/story.txt").text == "Zoë Marchetti stars in Café Lumière."


def test_url_over_the_limit(web):
    assert_error(one(f"{web}/big.txt", max_bytes=1000), f"{web}/big.txt", "too large")


def test_url_404(web):
    assert_error(one(f"{web}/missing.html"), f"{web}/missing.html", "could not fetch", "404")


def test_url_unreachable():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article.html"
    assert_error(one(url), url, "could not fetch")
