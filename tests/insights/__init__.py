"""Tests of careerlog: insights."""
