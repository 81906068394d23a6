"""HTML → plain text that keeps what the reply parser needs: lines, lists and quotes.

Block elements end a line, ``<li>`` keeps its bullet or number, and text inside
``<blockquote>`` (or Gmail/Yahoo quote containers) is prefixed with ``> `` so the quote
stripper treats it like a quoted plain-text line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "li", "tr", "hr", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "table", "pre", "section", "article", "header", "footer", "dd", "dt", "dl",
}  # fmt: skip
_SKIP = {"style", "script", "head", "title", "template", "xml"}
_QUOTE_CLASSES = re.compile(r"gmail_quote|yahoo_quoted|protonmail_quote|moz-cite|OutlookMessage")
_WS = re.compile(r"[ \t\r\n\f]+")


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.quote_depth = 0
        self.quote_stack: list[bool] = []  # per open div/blockquote: did it open a quote?
        self.lists: list[list[int]] = []  # per open list: [ordered, counter]
        self.pre = 0

    def _flush(self, blank_ok: bool = False) -> None:
        """End the current line; markup-only whitespace makes no line unless ``blank_ok``."""
        text = "".join(self.current)
        self.current = []
        if not self.pre:
            text = _WS.sub(" ", text).strip(" ")
        if not text and not blank_ok:
            return
        prefix = "> " * self.quote_depth
        self.lines.append(prefix + text if text else prefix.rstrip())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag == "br":
            self._flush(blank_ok=True)
            return
        if tag in _BLOCK and self.current:
            self._flush()
        if tag in ("blockquote", "div"):
            cls = dict(attrs).get("class") or ""
            opens = tag == "blockquote" or bool(_QUOTE_CLASSES.search(cls))
            if opens and tag == "div" and "gmail_quote" in cls and "gmail_quote_container" in cls:
                opens = False
            self.quote_stack.append(opens)
            self.quote_depth += int(opens)
        elif tag in ("ul", "ol"):
            self.lists.append([int(tag == "ol"), 0])
        elif tag == "li":
            if self.lists:
                self.lists[-1][1] += 1
                ordered, count = self.lists[-1]
                self.current.append(f"{count}. " if ordered else "- ")
            else:
                self.current.append("- ")
        elif tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BLOCK and self.current:
            self._flush()
        if tag in ("blockquote", "div") and self.quote_stack:
            self.quote_depth -= int(self.quote_stack.pop())
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)


def html_to_text(html: str) -> str:
    """Render HTML as lines of text; never raises on malformed markup."""
    conv = _Converter()
    try:
        conv.feed(html)
        conv.close()
    except Exception:  # HTMLParser is lenient, but be sure
        pass
    if conv.current:
        conv._flush()
    text = "\n".join(line.replace("\xa0", " ").rstrip() for line in conv.lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
