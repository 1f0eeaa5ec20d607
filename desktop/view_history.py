"""Back and forward through the views of the network (focus, period, Top N), as a browser goes through pages."""

from __future__ import annotations

from core.analysis import View


class ViewHistory:
    """The views shown, oldest first, and where the user stands among them."""

    def __init__(self, first: View | None = None, limit: int = 100) -> None:
        self._views = [first or View()]
        self._at = 0
        self._limit = limit

    @property
    def current(self) -> View:
        return self._views[self._at]

    def push(self, view: View) -> None:
        """A new view: what was ahead of the current one is dropped, as in a browser."""
        if view == self.current:
            return
        self._views = [*self._views[: self._at + 1], view][-self._limit :]
        self._at = len(self._views) - 1

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._views) - 1

    def back(self) -> View:
        self._at = max(0, self._at - 1)
        return self.current

    def forward(self) -> View:
        self._at = min(len(self._views) - 1, self._at + 1)
        return self.current
