"""Printouts: one module per report, the shared page template and fonts."""
