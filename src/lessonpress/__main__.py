"""Allow ``python -m lessonpress``."""

from lessonpress.cli import main

main()
