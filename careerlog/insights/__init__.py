"""What to do with the data: the quarterly digest and the review, promotion and résumé documents.

Everything here reads the store and never writes entries. Periods are computed in the
user's time zone (see :mod:`careerlog.insights.window`), entries are ranked by one
documented strength score (:mod:`careerlog.insights.scoring`), and every HTML document
is rendered by the shared autoescaping Jinja2 environment (:mod:`careerlog.templating`).
"""
