"""Tests of careerlog: prompts."""
