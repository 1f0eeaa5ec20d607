"""The window's style sheet: the dark theme of ``core.style`` applied to Qt's widgets."""

from __future__ import annotations

from core import style
from desktop.reader import HIGHLIGHT_BG, HIGHLIGHT_FG

STYLE_SHEET = f"""
QMainWindow, QWidget#central {{ background: {style.BACKGROUND}; }}
QSplitter::handle {{ background: {style.PANEL_BORDER}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QSplitter::handle:vertical {{ height: 1px; }}
QToolBar {{ background: {style.PANEL}; border: none; border-bottom: 1px solid {style.PANEL_BORDER};
           spacing: 6px; padding: 4px 8px; }}
QToolBar QLabel {{ color: {style.TEXT_MUTED}; }}
QToolButton {{ color: {style.TEXT}; padding: 4px 8px; border-radius: 6px; }}
QToolButton:hover {{ background: #263042; }}
QToolButton:checked {{ background: #243350; }}
QToolButton:!checked[kindToggle="true"] {{ color: {style.TEXT_MUTED}; }}
QLineEdit#search {{ background: {style.BACKGROUND}; color: {style.TEXT}; border: 1px solid {style.PANEL_BORDER};
                   border-radius: 6px; padding: 5px 8px; min-width: 220px; }}
QLineEdit#search:focus {{ border-color: #5b8def; }}
QTreeWidget, QTextBrowser {{ background: {style.PANEL}; color: {style.TEXT}; border: none;
                             selection-background-color: #2d4f8f; selection-color: white; }}
QTextBrowser {{ selection-background-color: {HIGHLIGHT_BG}; selection-color: {HIGHLIGHT_FG}; }}
QTreeWidget::item {{ padding: 3px 2px; }}
QHeaderView::section {{ background: {style.PANEL}; color: {style.TEXT_MUTED}; border: none;
                        border-bottom: 1px solid {style.PANEL_BORDER}; padding: 6px 8px; font-weight: 600; }}
QLabel {{ color: {style.TEXT}; }}
QLabel#panelTitle {{ font-size: 17pt; font-weight: 600; }}
QLabel#readerTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#readerMeta, QLabel#muted {{ color: {style.TEXT_MUTED}; }}
QLabel#sectionTitle {{ color: {style.TEXT_MUTED}; font-weight: 600; padding: 8px 10px;
                       border-bottom: 1px solid {style.PANEL_BORDER}; background: {style.PANEL}; }}
QLabel#hint {{ color: {style.TEXT_MUTED}; font-size: 11pt; padding: 24px; background: {style.PANEL}; }}
QWidget#readerEmpty, QWidget#emptyDocs {{ background: {style.PANEL}; }}
QPushButton#primary {{ background: #2f5fb8; color: white; border: none; border-radius: 6px; padding: 6px 14px;
                       font-weight: 600; margin-top: 6px; }}
QPushButton#primary:hover {{ background: #3a6fd0; }}
QLabel#emptyTitle {{ font-size: 15pt; font-weight: 600; color: {style.TEXT}; }}
QLabel#relType {{ color: {style.TEXT_MUTED}; font-size: 12pt; }}
QWidget#readerHead {{ background: {style.PANEL}; border-bottom: 1px solid {style.PANEL_BORDER}; }}
QStackedWidget, NodePanel, EdgePanel {{ background: {style.PANEL}; }}
QLabel#edgeTitle {{ font-size: 14pt; font-weight: 600; padding: 2px 0; }}
QTabWidget#nodeTabs::pane {{ border: none; border-top: 1px solid {style.PANEL_BORDER}; }}
QTabWidget#nodeTabs QTabBar::tab {{ background: transparent; color: {style.TEXT_MUTED}; padding: 6px 12px;
                                    border: none; border-bottom: 2px solid transparent; font-weight: 600; }}
QTabWidget#nodeTabs QTabBar::tab:selected {{ color: {style.TEXT}; border-bottom-color: #5b8def; }}
QTabWidget#nodeTabs QTabBar::tab:hover {{ color: {style.TEXT}; }}
QFrame#messageBar {{ background: #3a2f14; border-bottom: 1px solid #6b5420; }}
QFrame#messageBar[level="info"] {{ background: #16304f; border-bottom: 1px solid #2d5a8f; }}
QFrame#messageBar QLabel {{ color: {style.TEXT}; }}
QStatusBar {{ background: {style.PANEL}; color: {style.TEXT_MUTED}; border-top: 1px solid {style.PANEL_BORDER}; }}
QStatusBar QLabel {{ color: {style.TEXT_MUTED}; padding: 0 6px; }}
QProgressBar {{ background: {style.BACKGROUND}; border: 1px solid {style.PANEL_BORDER}; border-radius: 4px;
                color: {style.TEXT}; text-align: center; max-height: 14px; min-width: 180px; }}
QProgressBar::chunk {{ background: #5b8def; border-radius: 3px; }}
QMenuBar {{ background: {style.PANEL}; color: {style.TEXT}; }}
QMenuBar::item:selected {{ background: #263042; }}
"""
