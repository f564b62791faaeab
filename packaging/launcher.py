"""Entry script of the PyInstaller bundle: the same main() as the `nfg-desktop` console script."""

import sys

from nfg_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
