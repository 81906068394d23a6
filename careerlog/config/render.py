"""Write config files and docs from the schema, so they can't drift apart."""

from __future__ import annotations

import json
from typing import Any

from careerlog.config.schema import SCHEMA, Option, Section, env_override_name


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _header(section: Section) -> str:
    return f"[[{section.name}]]" if section.array else f"[{section.name}]"


def _option_lines(option: Option, value: Any) -> list[str]:
    lines = [f"# {option.help}"]
    if option.choices:
        lines.append(f"# One of: {', '.join(option.choices)}.")
    if option.bounds():
        lines.append(f"# A number {option.bounds()}.")
    if value is not None:
        lines.append(f"{option.key} = {toml_value(value)}")
    else:
        shown = option.example if option.example is not None else option.default
        lines.append(f"# {option.key} = {toml_value(shown) if shown is not None else '...'}")
    return lines


def render_config(values: dict[str, dict[str, Any]], *, include_all: bool = True) -> str:
    """A commented TOML file: given values are set, the rest shown commented out.

    ``values`` maps section names to the keys to set. Sections not in ``values``
    are written fully commented when ``include_all`` is true.
    """
    out = [
        "# careerlog configuration. Every option: docs/config.md or 'careerlog config docs'.",
        "",
    ]
    for section in SCHEMA:
        given = values.get(section.name)
        if given is None and not include_all:
            continue
        prefix = "" if given is not None else "# "
        out.append(f"# {section.help}")
        out.append(prefix + _header(section))
        for option in section.options:
            lines = _option_lines(option, (given or {}).get(option.key))
            out.extend(lines if given is not None else [f"# {line.lstrip('# ')}" for line in lines])
        out.append("")
    return "\n".join(out)


def example_config() -> str:
    examples = {
        s.name: {o.key: o.example for o in s.options if o.required and o.example is not None}
        for s in SCHEMA
        if s.name == "user"
    }
    return render_config(examples)


def docs_markdown() -> str:
    out = [
        "# careerlog configuration",
        "",
        "Generated from the schema in `careerlog/config/schema.py` by "
        "`careerlog config docs`; do not edit by hand.",
        "",
        "The file is found at `--config`, then `$CAREERLOG_CONFIG`, then "
        "`$XDG_CONFIG_HOME/careerlog/config.toml` (`~/.config/careerlog/config.toml`). "
        "Data lives in `$XDG_DATA_HOME/careerlog` (`~/.local/share/careerlog`).",
        "",
        "Secrets are looked up in this order: the environment variable named below, "
        "`oauth2_token_command`, `password_command`, `password`. Commands run without a "
        "shell, with `[secrets] command_timeout`; their output is never logged.",
        "",
    ]
    for section in SCHEMA:
        out += [f"## `{_header(section)}`", "", section.help, ""]
        out += ["| key | type | default | meaning |", "|---|---|---|---|"]
        for o in section.options:
            default = (
                "required" if o.required else ("—" if o.default is None else toml_value(o.default))
            )
            meaning = o.help + (f" One of: {', '.join(o.choices)}." if o.choices else "")
            meaning += f" A number {o.bounds()}." if o.bounds() else ""
            if o.key == "password":
                env = env_override_name(section.name, "password", 0 if section.array else None)
                meaning += f" Environment override: `{env}`."
            out.append(f"| `{o.key}` | {o.kind} | `{default}` | {meaning.replace('|', '/')} |")
        out.append("")
    return "\n".join(out)
