"""floodplan: joint cross-border flood and emergency-response planning.

The engine (everything except :mod:`floodplan.gui`) never imports Qt; the command line, the tests and
the benchmarks drive it without a screen.
"""

__version__ = "0.1.0"

#: Version of the project file format written by this floodplan (see floodplan.io.projectfile).
PROJECT_FORMAT_VERSION = 1
