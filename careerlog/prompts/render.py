"""Render a prompt's text and HTML parts from the Jinja2 templates in careerlog/templates.

The text part has its own template (not HTML converted to text): its wording is what
the reply parser later recognises in the quote, so it follows the prompt lines the
sample replies quote. HTML is autoescaped (an entry may contain ``<script>``), then
its stylesheet is inlined by css-inline because most mail clients drop ``<style>``.
"""

from __future__ import annotations

import textwrap
from typing import Any

import css_inline
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

MAX_HTML_BYTES = 90_000  # Gmail clips HTML mail at ~102 KB; stay well below
WIDTH = 72

_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False)


def _wrap(text: str, first: str = "", rest: str = "", width: int = WIDTH) -> str:
    """Wrap one item with a hanging indent, never splitting words or e-mail addresses."""
    return textwrap.fill(
        " ".join(str(text).split()),
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("careerlog", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = _wrap
    return env


ENV = _environment()


def render_text(name: str, context: dict[str, Any]) -> str:
    return ENV.get_template(f"{name}.txt").render(**context)


def render_html(name: str, context: dict[str, Any]) -> str:
    return str(_INLINER.inline(ENV.get_template(f"{name}.html").render(**context)))


def render(name: str, context: dict[str, Any], lists: tuple[str, ...] = ()) -> tuple[str, str]:
    """Both parts; if the HTML would be too big, the jogger ``lists`` are shortened."""
    context = dict(context)
    while True:
        text, html = render_text(name, context), render_html(name, context)
        if len(html.encode("utf-8")) <= MAX_HTML_BYTES:
            return text, html
        longest = max(lists, key=lambda key: len(context.get(key) or []), default=None)
        if longest is None or not context.get(longest):
            raise ValueError(f"the {name} prompt renders to more than {MAX_HTML_BYTES} bytes")
        context[longest] = context[longest][: len(context[longest]) // 2]
