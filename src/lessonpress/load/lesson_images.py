"""Find, read and verify the pictures a lesson names, each file once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic_core import PydanticCustomError

from lessonpress.load.images import MAX_IMAGE_BYTES, UnreadableImage, verify_image
from lessonpress.load.paths import PathPolicy, RefusedPath, read_regular_file
from lessonpress.model.image_file import ImageFile

MAX_LESSON_IMAGE_BYTES = 150 * 1_048_576
"""All the pictures of one lesson together; they are held in memory while it builds."""


class ImageLoader:
    """Turns each image ``src`` of one lesson into a verified :class:`ImageFile`.

    A file named by several events is read and verified once and its bytes shared.
    """

    def __init__(self, policy: PathPolicy, lesson_dir: Path) -> None:
        self.policy = policy
        self.lesson_dir = lesson_dir
        self._loaded: dict[Path, ImageFile] = {}
        self._bytes_held = 0

    def context(self) -> dict[str, Any]:
        """The validation context through which the model asks for its images."""
        return {"resolve_image": self.load}

    def load(self, src: str) -> ImageFile:
        """The verified image ``src`` names; raises ``PydanticCustomError`` explaining why not."""
        if "://" in src or src.startswith(("www.", "data:")):
            raise PydanticCustomError(
                "image_url",
                "images must be files next to the lesson, not web addresses ({src})",
                {"src": src, "hint": "download the image, save it beside the lesson, use its name"},
            )
        what = f"the image file '{src}'"
        try:
            path = self.policy.resolve(src, self.lesson_dir, what)
            if path in self._loaded:
                return self._loaded[path]
            data = read_regular_file(path, MAX_IMAGE_BYTES, what)
        except RefusedPath as refused:
            # The message quotes the teacher's path, so it goes in as a value.
            raise PydanticCustomError(
                "image_path", "{message}", {"message": refused.message, "hint": refused.hint}
            ) from None
        self._bytes_held += len(data)
        if self._bytes_held > MAX_LESSON_IMAGE_BYTES:
            raise PydanticCustomError(
                "images_too_large",
                "the lesson's pictures add up to more than {limit} MB",
                {
                    "limit": MAX_LESSON_IMAGE_BYTES // 1_048_576,
                    "hint": "save smaller versions of the largest pictures",
                },
            )
        try:
            facts = verify_image(data)
        except UnreadableImage as error:
            raise PydanticCustomError(
                "image_unreadable",
                "cannot use the image '{src}': {reason}",
                {
                    "src": src,
                    "reason": str(error),
                    "hint": error.hint or "save it again as PNG or JPEG",
                },
            ) from None
        image = ImageFile(path=path, width=facts.width, height=facts.height, data=data)
        self._loaded[path] = image
        return image
