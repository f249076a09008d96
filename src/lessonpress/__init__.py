"""lessonpress: one lesson file in, a handout, a lecture deck and a timeline poster out."""

__version__ = "0.1.0"
