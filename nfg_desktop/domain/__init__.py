"""Pure-Python domain: choice lists, validation rules and the domain error. No Qt, no database."""
