"""Integrity checks (廉政与督察): inspections, findings and their rectification, registers."""
