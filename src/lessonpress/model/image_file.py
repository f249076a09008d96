"""A picture file as the loader verified it: its size and the bytes themselves."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class ImageFile(BaseModel):
    """An image file found, read and verified by the loader.

    ``data`` holds the bytes that were verified: renderers embed them, never the file
    again, so a picture changed or deleted after loading cannot break a build.
    """

    model_config = ConfigDict(frozen=True)

    path: Path
    width: int
    height: int
    data: bytes = Field(repr=False)

    def stream(self) -> BytesIO:
        """The verified bytes as a fresh binary stream, for libraries that read files."""
        return BytesIO(self.data)
