"""Points-based performance review."""
