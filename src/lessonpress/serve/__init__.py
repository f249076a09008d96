"""``lessonpress serve``: a page in the browser where a teacher writes, sees and prints a lesson.

The server listens on 127.0.0.1 only, reads and writes lesson files only inside the
folder it was started in (:mod:`~lessonpress.serve.workspace`), and answers only the
page it opened itself (:mod:`~lessonpress.serve.guard`). Every lesson goes through
the same stage as ``lessonpress check`` and ``build`` (:mod:`lessonpress.build`).
"""

from lessonpress.serve.app import create_app

__all__ = ["create_app"]
