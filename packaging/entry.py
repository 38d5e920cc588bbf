"""The built program's entry point: the same as the `drone-trainer` command."""

import sys

from trainer.cli import main

if __name__ == "__main__":
    sys.exit(main())
