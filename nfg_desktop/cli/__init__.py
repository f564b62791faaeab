"""The command line: parse, call services / io / reports, print. Commands live in ``commands``."""
