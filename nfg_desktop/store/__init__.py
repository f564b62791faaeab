"""Storage: the SQLAlchemy models, opening the file, migrations, backups and the file lock."""
