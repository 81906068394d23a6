"""One Jinja2 environment for every mail and document careerlog renders.

HTML templates (``.html``) are autoescaped, so text from entries, names and
subjects can never inject markup; text templates are not. Mail HTML has its
stylesheet inlined by css-inline, because most mail clients drop ``<style>``.
"""

from __future__ import annotations

import textwrap
from functools import cache
from typing import Any

import css_inline
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from careerlog.wording import counted

WIDTH = 72
_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False)


def wrap(text: str, first: str = "", rest: str = "", width: int = WIDTH) -> str:
    """Wrap one item with a hanging indent, never splitting words or e-mail addresses."""
    return textwrap.fill(
        " ".join(str(text).split()),
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("careerlog", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = wrap
    env.filters["counted"] = counted
    return env


def render(name: str, context: dict[str, Any]) -> str:
    """Render one template file (``weekly.txt``, ``digest.html``) as it is."""
    return environment().get_template(name).render(**context)


def render_mail_html(name: str, context: dict[str, Any]) -> str:
    """Render an HTML template and inline its CSS for mail clients."""
    return str(_INLINER.inline(render(name, context)))
