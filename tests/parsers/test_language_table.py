"""Every phrase of every language row is recognised where clients put it."""

from __future__ import annotations

import pytest

from careerlog.parsers.languages import LANGUAGES
from careerlog.parsers.quotes import strip_quotes

REPLY = "Shipped the migration, p99 down by 40 ms."


def _rows(kind: str) -> list[tuple[str, str]]:
    return [(code, p) for code, lang in LANGUAGES.items() for p in getattr(lang, kind)]


def _new_text(text: str) -> str:
    return strip_quotes(text, None, {"ana"}).new_text


@pytest.mark.parametrize(("code", "verb"), _rows("wrote"))
def test_attribution_verb(code: str, verb: str) -> None:
    line = f"2026-11-30 09:00, Ana <ana@example.com> {verb}:"
    assert _new_text(f"{REPLY}\n\n{line}\n> What did you ship?\n") == REPLY


@pytest.mark.parametrize(("code", "on"), _rows("on"))
def test_attribution_opener_on_the_reply_line(code: str, on: str) -> None:
    verb = LANGUAGES[code].wrote[0]
    line = f"{REPLY} {on.capitalize()} 30.11.2026 09:00, Ana <ana@example.com> {verb}:"
    assert _new_text(f"{line}\n> What did you ship?\n") == REPLY


@pytest.mark.parametrize(("code", "field"), _rows("header_fields"))
def test_header_block_field(code: str, field: str) -> None:
    head = LANGUAGES[code].header_from[0]
    block = f"{head}: Ana <ana@example.com>\n{field}: 30.11.2026\n{field}: Weekly\n"
    assert _new_text(f"{REPLY}\n\n{block}\nWhat did you ship?\n") == REPLY


@pytest.mark.parametrize(("code", "head"), _rows("header_from"))
def test_header_block_from(code: str, head: str) -> None:
    fields = LANGUAGES[code].header_fields or ("to",)
    block = f"{head}: Ana <ana@example.com>\n" + "".join(f"{f}: x\n" for f in fields[:2] * 2)
    assert _new_text(f"{REPLY}\n\n{block}\nWhat did you ship?\n") == REPLY


@pytest.mark.parametrize(("code", "separator"), _rows("separators"))
def test_separator(code: str, separator: str) -> None:
    text = f"{REPLY}\n\n-----{separator.title()}-----\nWhat did you ship?\n"
    assert _new_text(text) == REPLY


@pytest.mark.parametrize(("code", "intro"), _rows("forward_intros"))
def test_forward_intro(code: str, intro: str) -> None:
    assert _new_text(f"{REPLY}\n\n{intro.capitalize()}:\n\nWhat did you ship?\n") == REPLY


@pytest.mark.parametrize(("code", "sign_off"), _rows("sign_offs"))
def test_sign_off(code: str, sign_off: str) -> None:
    assert _new_text(f"{REPLY}\n\n{sign_off.capitalize()},\nAna\n") == REPLY
