"""Whatever a sender writes into an Authentication-Results header, reading it neither
fails nor turns quoted or commented text into a result."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from careerlog.mail.authres import parse

TRUSTED = "mx.example.test"
PASS = "dkim=pass header.d=example.test"


@given(st.text())
def test_any_header_value_is_read_without_failing(value: str) -> None:
    parse(value)
    parse(f"{TRUSTED}; {value}")


@given(st.text(alphabet=st.characters(blacklist_characters='"\\()')))
def test_a_pass_inside_a_reason_or_a_comment_is_never_a_result(noise: str) -> None:
    for value in (
        f'{TRUSTED}; dkim=fail reason="{noise} {PASS}; {noise}"',
        f"{TRUSTED}; dkim=fail ({noise} {PASS}; {noise}) header.d=evil.test",
        f'{TRUSTED}; spf=pass smtp.mailfrom="{noise};{PASS}"@evil.test',
    ):
        parsed = parse(value)
        assert parsed is not None and parsed.authserv_id == TRUSTED
        results = [(r.method, r.result, r.properties.get("header.d")) for r in parsed.results]
        assert ("dkim", "pass", "example.test") not in results, value
