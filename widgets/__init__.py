"""Reusable Qt widgets with no domain knowledge: they see plain rows, never a Session."""
