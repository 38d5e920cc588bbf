"""`python -m trainer` does what `drone-trainer` does."""

import sys

from trainer.cli import main

sys.exit(main())
