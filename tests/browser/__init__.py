"""Browser tests (a package, so that this folder's conftest.py is not imported as `conftest`,
which would shadow tests/conftest.py for the modules that do `from conftest import ...`)."""
