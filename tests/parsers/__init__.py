"""Tests of careerlog: parsers."""
