"""Render a mail's text and HTML parts (prompts, briefs) from careerlog/templates.

The text part has its own template (not HTML converted to text): its wording is what
the reply parser later recognises in the quote, so it follows the prompt lines the
sample replies quote. HTML is autoescaped (an entry may contain ``<script>``), then
its stylesheet is inlined by css-inline because most mail clients drop ``<style>``.
"""

from __future__ import annotations

from typing import Any

from careerlog.templating import render as render_template
from careerlog.templating import render_mail_html

MAX_HTML_BYTES = 90_000  # Gmail clips HTML mail at ~102 KB; stay well below


def render_text(name: str, context: dict[str, Any]) -> str:
    return render_template(f"{name}.txt", context)


def render_html(name: str, context: dict[str, Any]) -> str:
    return render_mail_html(f"{name}.html", context)


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
