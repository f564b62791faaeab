"""What a coordinator does, as plain functions and classes on a SQLAlchemy session. No Qt."""
