"""Generated Designer forms (packaging/forms.py); do not edit."""
