"""Entry point of the PyInstaller bundle: the same ``entente`` command as the console script.

``desktop.cli.main`` routes everything (``--self-test``, ``--screenshot``, the window, ``extract``, ``export``);
this file only exists because PyInstaller wants a script, not a ``module:function`` entry point.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start the app again
    from desktop.cli import main

    sys.exit(main())
