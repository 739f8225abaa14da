"""``python -m geoquote`` is the ``geoquote`` command."""

import sys

from ._cli import main

sys.exit(main())
