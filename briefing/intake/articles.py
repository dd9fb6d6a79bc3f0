"""Reading an article file (.txt, .md, .html) into a title and plain text.

The extractor and the review dialog work on the same plain text, so quote spans point into
what this returns. HTML is stripped with the standard library's parser (no network, no extra
dependency); block elements become line breaks so headings, paragraphs and list items stay
separate paragraphs for the sentence splitter, and list items become "- " bullets.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section",
          "article", "header", "footer", "blockquote", "ul", "ol", "table", "figcaption",
          "title", "main", "aside", "dd", "dt", "pre", "hr"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "form", "button"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.heading = ""
        self._skip = 0
        self._in_title = False
        self._in_heading = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIP:
            self._skip += 1
            return
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        if tag == "h1" and not self.heading:
            self._in_heading = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            return
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "h1":
            self._in_heading = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        if self._skip:
            return
        if self._in_heading:
            self.heading += data
        self.parts.append(data)


def _text_of(data: bytes) -> str:
    if len(data) > MAX_ARTICLE_BYTES:
        raise ValueError(f"{len(data) / 1024 / 1024:.0f} MB is more than an article "
                         f"({MAX_ARTICLE_BYTES // 1024 // 1024} MB at most)")
    if b"\x00" in data:
        raise ValueError("not a text file: it holds binary data")
    text = data.decode("utf-8-sig", errors="replace")
    if text.count("\ufffd") > max(16, len(text) // 100):  # a stray bad byte is forgiven
        raise ValueError("not UTF-8 text")
    return text


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    out = "\n".join(line for line in lines if line)
    return out.strip() + "\n" if out else ""


def _from_markdown(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)              # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)           # links -> their text
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)      # heading markers
    text = re.sub(r"^\s*>\s?", "", text, flags=re.M)               # block quotes
    text = re.sub(r"^\s*[*+]\s+", "- ", text, flags=re.M)          # bullets -> "- "
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)                # bold
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)  # italics
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return text


MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # about half a minute of extraction


def read_article(path) -> tuple[str, str]:
    """(title, text) of an article file. The title comes from <title>, else the first <h1>,
    else the first non-empty line; the text is the whole article as plain text, one
    paragraph per line (for .txt and .md it includes the headline line). ValueError for a
    file that is not text (a NUL byte, or mostly bytes that are not UTF-8) or that is
    larger than MAX_ARTICLE_BYTES."""
    path = Path(path)
    raw = _text_of(path.read_bytes())
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        parser = _TextParser()
        parser.feed(raw)
        parser.close()
        text = _tidy("".join(parser.parts))
        title = " ".join(parser.title.split()) or " ".join(parser.heading.split())
    else:
        if suffix in (".md", ".markdown"):
            raw = _from_markdown(raw)
        text = _tidy(raw)
        title = ""
    if not title:
        title = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
    return title, text
