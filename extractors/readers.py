"""Turn paths, URLs and stdin into :class:`~extractors.model.Article` objects.

``read_inputs`` yields either an Article or an InputError for every article it finds, so
that one bad input never stops the others.
"""
from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import errors
from .errors import InputError
from .model import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 10_000_000
URL_TIMEOUT = 20.0
USER_AGENT = "filmkg/0.1 (+https://w3id.org/filmkg)"
# Page furniture dropped before main-text extraction (recall mode would otherwise fall back to it).
PRUNE_XPATH = ("//nav", "//footer", "//aside", "//form", "//*[@role='navigation']")


def decode(data: bytes, source: str, charset: str | None = None) -> str:
    """Decode bytes as UTF-8 (or the declared ``charset``), falling back to Windows-1252/Latin-1
    for legacy text; refuse empty input and binary data."""
    if not data.strip():
        raise InputError(source, errors.EMPTY)
    bom16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in data[:8192] and not bom16:
        raise InputError(source, errors.BINARY)
    encodings = ["utf-16"] if bom16 else ["utf-8-sig"]
    if charset and not bom16:
        encodings.insert(0, charset)
    text = None
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except (UnicodeDecodeError, LookupError):
            pass
    if text is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if _looks_binary(text):
        raise InputError(source, errors.BINARY)
    if not text.strip():
        raise InputError(source, errors.EMPTY)
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _looks_binary(text: str) -> bool:
    """Text is binary when more than 2% of its first 64 kB are control characters."""
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 50)


def html_to_text(html: str, source: str) -> tuple[str, str | None, str | None]:
    """Main text, title and date of a web page (navigation, scripts and boilerplate dropped)."""
    import trafilatura

    try:
        # No extensive date search: it guesses a date from "Copyright 2024" in a footer.
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                include_tables=False, favor_recall=True,
                                                prune_xpath=list(PRUNE_XPATH),
                                                date_extraction_params={"extensive_search": False,
                                                                        "original_date": True})
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise InputError(source, f"could not parse HTML ({exc.__class__.__name__})") from None
    if extracted is None:
        raise InputError(source, errors.NO_TEXT_IN_HTML)
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(source, errors.NO_TEXT_IN_HTML)
    title = data.get("title") or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, title, data.get("date") or None


def _markdown_to_text(text: str) -> str:
    # Keep offsets meaningful: strip only markup that would confuse the parser.
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"^\s{0,3}(?:[-*+]|\d+\.)\s+", "", text, flags=re.M)  # list markers
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)  # block quotes
    text = re.sub(r"^(?:```|~~~).*$\n?", "", text, flags=re.M)  # code fences
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return re.sub(r"(?<![\w*])([*_])(?!\s)([^*_\n]+?)(?<!\s)\1(?![\w*])", r"\2", text)


_MONTHS = {m: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), 1) for m in names}
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_FORMS = (
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),  # "November 19, 2025"
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),  # "7 March 2025"
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b"),  # "2025-11-19"
)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,|\s\()")  # "PARK CITY, Utah, Jan. 27, 2026 — ..."
_DATE_LINE_WORDS = re.compile(r"^(?:published|posted|updated|last updated|filed|dated|date)\b[:\s]*", re.I)


def date_line(text: str, lines: int = 6) -> str | None:
    """The ISO date of a plain-text article's date line ("November 19, 2025", "Updated Oct. 1, 2025",
    "By A | 7 March 2025") among its first few lines; None when no short line is a date.

    A date inside the story ("opens on March 3, 2026") is no date line: only a line that is
    little more than the date counts.

    Examples
    --------
    >>> date_line("Headline\\n\\nBy Ann Vale\\nNovember 19, 2025\\n\\nThe story.")
    '2025-11-19'
    >>> date_line("Headline\\n\\nPARIS, Jan. 27, 2026 — The festival opened.")
    '2026-01-27'
    >>> date_line("Headline\\n\\nLONDON, Oct. 2, 2025 - The festival opened.")
    '2025-10-02'
    >>> date_line("Headline\\n\\nThe film opens on March 3, 2026, in cinemas everywhere.") is None
    True
    """
    for line in [ln.strip() for ln in text.split("\n") if ln.strip()][:lines]:
        for part in re.split(r"\s[|•·—–-]\s", line):
            part = _DATE_LINE_WORDS.sub("", part.strip())
            for form in _DATE_FORMS:
                m = form.search(part)
                if m is None or len(part) - len(m.group(0)) > 12 and not (
                        _DATELINE.match(part) and m.end() == len(part)):
                    continue  # a sentence that mentions a date ("PARIS, Jan. 27, 2026 —" is a dateline)
                mon = m.group("mon")
                month = int(mon) if mon.isdigit() else _MONTHS.get(mon.lower())
                day = int(m.group("day"))
                if month and 1 <= month <= 12 and 1 <= day <= 31:
                    return f"{m.group('year')}-{month:02d}-{day:02d}"
    return None


def _first_line_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 else None


def article_from_bytes(data: bytes, source: str, kind: str, url: str | None = None,
                       charset: str | None = None) -> Iterator[Article]:
    """Articles in ``data``; ``kind`` is "text", "markdown", "html" or "jsonl"."""
    if kind == "jsonl":
        yield from _jsonl_articles(decode(data, source, charset), source)
        return
    text = decode(data, source, charset)
    title = date = None
    if kind == "html" or (kind == "text" and re.match(r"\s*(<!doctype html|<html)", text, re.I)):
        text, title, date = html_to_text(text, source)
    elif kind == "markdown":
        text = _markdown_to_text(text)
    if not text.strip():
        raise InputError(source, errors.EMPTY)
    yield Article(text=text, source=source, title=title or _first_line_title(text), date=date or date_line(text),
                  url=url)


def _jsonl_articles(text: str, source: str) -> Iterator[Article | InputError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, errors.BAD_JSONL.format(line=n, reason=f"not JSON ({exc.msg})"))
            continue
        if not isinstance(obj, dict):
            yield InputError(source, errors.BAD_JSONL.format(line=n, reason="not a JSON object"))
            continue
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        try:
            if isinstance(obj.get("text"), str) and obj["text"].strip():
                body, title, date = obj["text"], None, None
            elif isinstance(obj.get("html"), str) and obj["html"].strip():
                body, title, date = html_to_text(obj["html"], where)
            else:
                yield InputError(source, errors.BAD_JSONL.format(line=n, reason='no "text" or "html" field'))
                continue
        except InputError as exc:
            yield exc
            continue
        yield Article(text=body, source=url or where, title=obj.get("title") or title or _first_line_title(body),
                      date=str(obj.get("date") or date or "") or None, url=url)


def _kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    source = str(path)
    kind = _kind_of(path)
    if kind is None:
        yield InputError(source, errors.UNSUPPORTED.format(suffix=path.suffix or "(none)"))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes and kind != "jsonl":
            yield InputError(source, errors.TOO_LARGE.format(size=size, limit=max_bytes))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))
        return
    try:
        yield from article_from_bytes(data, source, kind)
    except InputError as exc:
        yield exc


def fetch_url(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = URL_TIMEOUT) -> Iterator[Article]:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (http/https checked by caller)
            data = resp.read(max_bytes + 1)
            ctype = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(url, errors.URL_FAILED.format(reason=f"HTTP {exc.code} {exc.reason}")) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(url, errors.URL_FAILED.format(reason=str(reason))) from None
    if len(data) > max_bytes:
        raise InputError(url, errors.TOO_LARGE_STREAM.format(limit=max_bytes))
    match = re.search(r"charset=[\"']?([\w.:-]+)", ctype, re.I)
    kind = "html" if "html" in ctype or url.lower().endswith((".html", ".htm")) or not ctype else "text"
    if url.lower().endswith(".jsonl"):
        kind = "jsonl"
    yield from article_from_bytes(data, url, kind, url=url, charset=match.group(1) if match else None)


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
                stdin=None) -> Iterator[Article | InputError]:
    """Yield an Article or an InputError for each article named by ``inputs``.

    ``inputs`` are file paths, folders (read recursively for known suffixes), http(s) URLs or
    ``-`` for standard input.
    """
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = stream.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise InputError("<stdin>", errors.TOO_LARGE_STREAM.format(limit=max_bytes))
                yield from article_from_bytes(data, "<stdin>", "text")
            except InputError as exc:
                yield exc
            continue
        if re.match(r"https?://", item, re.I):
            try:
                yield from fetch_url(item, max_bytes)
            except InputError as exc:
                yield exc
            continue
        if re.match(r"[a-z][a-z0-9+.-]*://", item, re.I):
            yield InputError(item, "only http:// and https:// URLs can be fetched")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield InputError(item, "folder holds no .txt, .md, .html or .jsonl files")
            for f in files:
                yield from read_path(f, max_bytes)
        elif path.exists():
            yield from read_path(path, max_bytes)
        else:
            yield InputError(item, errors.NOT_FOUND)
