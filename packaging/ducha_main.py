"""The bundle's entry point: the same `ducha` command that pyproject.toml installs."""

import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())
