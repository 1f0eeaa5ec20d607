"""PyInstaller runtime hook: a stand-in for ``IPython.display``, so IPython (and jedi, 30+ MB) stays out.

pyvis imports ``IFrame`` from ``IPython.display`` when its module loads, but only uses it to show a page in a
notebook, which the app never does. The stand-in is found only when the real IPython is absent (it is always
absent from the bundle), and ``get_ipython()`` returns None as it does outside an IPython shell, so libraries
that probe for a notebook (rich, spaCy's displacy) still see none.
"""

import importlib.abc
import importlib.machinery
import sys


class IFrame:
    """What ``IPython.display.IFrame`` holds; nothing displays it outside a notebook."""

    def __init__(self, src, width, height, extras=None, **kwargs):
        self.src, self.width, self.height = src, width, height
        self.extras, self.params = extras or [], kwargs


class _StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    names = ("IPython", "IPython.display")

    def find_spec(self, fullname, path, target=None):
        if fullname not in self.names:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=fullname == "IPython")

    def create_module(self, spec):
        return None  # the default module object

    def exec_module(self, module):
        if module.__name__ == "IPython":
            module.get_ipython = lambda: None
        else:
            module.IFrame = IFrame


# last on the path: a real IPython, were one ever bundled, still wins
sys.meta_path.append(_StubFinder())
