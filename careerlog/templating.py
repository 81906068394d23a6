"""One Jinja2 environment for every mail and document careerlog renders.

HTML templates (``.html``) are autoescaped, so text from entries, names and
subjects can never inject markup; text templates are not.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("careerlog", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(name: str, context: dict[str, Any]) -> str:
    return environment().get_template(name).render(**context)
