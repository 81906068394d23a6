"""Tests of careerlog: calendar."""
