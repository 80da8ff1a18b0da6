"""The career-coaching domain: plain Python entities and rules, no Qt, SQL or ReportLab."""
