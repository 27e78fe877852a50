"""The version of this build, as packaged (pyproject.toml is the one place it is set)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    try:
        return version("ducha")
    except PackageNotFoundError:  # a bundle built without the package's metadata
        return "unknown"
