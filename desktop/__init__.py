"""The Entente desktop application: Qt windows around the Qt-free ``core``."""
