"""Storage: the schema (tables, mapped classes), opening the file, migrations, backups and the file
lock."""
