"""careerlog's tests: a package, so tests and bench/ import its helpers as ``tests.<module>``."""
