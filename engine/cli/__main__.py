"""`python -m engine.cli` is `opl`."""

import sys

from . import main

sys.exit(main())
