"""Cadence prompts: weekly impact, monthly skills and people, quarterly goals and gaps."""

from careerlog.prompts.due import create_prompt, send_due_prompts, send_prompt

__all__ = ["create_prompt", "send_due_prompts", "send_prompt"]
