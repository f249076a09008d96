"""Turn pydantic's validation errors into problems a teacher can act on."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from lessonpress.errors import Problem
from lessonpress.load.yaml_source import FieldPath, YamlDocument
from lessonpress.model.fields import describe_kind

_EXPECTED_KIND = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "float_type": "a number",
    "float_parsing": "a number",
    "list_type": "a list (lines starting with '- ')",
    "tuple_type": "a list (lines starting with '- ')",
    "dict_type": "a mapping of keys",
    "model_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
    "string_type": "text",
}


def validation_problems(
    error: ValidationError, document: YamlDocument, model: type[BaseModel]
) -> list[Problem]:
    """Explain every error in ``error``, positioned in ``document``."""
    details = [(detail, _field_path(detail["loc"])) for detail in error.errors(include_url=False)]
    problems = []
    for detail, path in details:
        # pydantic counts only the valid items of a list, so a list whose items all have
        # errors is also called too short: that second message would only mislead.
        if detail["type"] == "too_short" and any(
            other[: len(path)] == path and len(other) > len(path) for _, other in details
        ):
            continue
        problems.append(_explain(detail, path, document, model))
    return problems


def _field_path(loc: tuple[Any, ...]) -> FieldPath:
    # pydantic inserts validator and union branch names into locations; keep real keys only.
    return tuple(part for part in loc if isinstance(part, int) or "[" not in str(part))


def _explain(
    detail: Any, path: FieldPath, document: YamlDocument, model: type[BaseModel]
) -> Problem:
    kind = detail["type"]
    context = detail.get("ctx") or {}
    given = detail.get("input")
    if kind == "missing":
        field = str(path[-1]) if path else "?"
        return document.problem(
            path[:-1], f"the required key '{field}' is missing", f"add '{field}:' here"
        )
    if kind == "extra_forbidden":
        key = str(path[-1]) if path else "?"
        allowed = _allowed_keys(model, path[:-1])
        return document.problem(
            path, f"unknown key '{key}'", _did_you_mean(key, allowed), at_key=True
        )
    if kind == "literal_error":
        return document.problem(
            path,
            f"'{given}' is not one of the choices",
            f"write one of: {context.get('expected', '')}",
        )
    if kind == "too_short":
        return document.problem(path, "this list is empty", "add at least one item")
    if kind == "too_long":
        noun = str(path[-1]) if path else "items"
        count = len(given) if isinstance(given, list | dict) else context.get("actual_length")
        return document.problem(
            path,
            f"there are {count:,} {noun}, more than the "
            f"{context.get('max_length', 0):,} one lesson may have",
            "split the lesson in two",
            at_key=True,
        )
    if kind in _EXPECTED_KIND:
        return document.problem(
            path,
            f"expected {_EXPECTED_KIND[kind]}, found {describe_kind(given)}",
            _kind_hint(model, path),
        )
    message = str(detail["msg"])
    return document.problem(path, message[:1].lower() + message[1:], str(context.get("hint", "")))


def _kind_hint(model: type[BaseModel], path: FieldPath) -> str:
    target = _model_at(model, path)
    if target is not None:
        keys = ", ".join(list(target.model_fields)[:4])
        return f"write the keys on their own lines, indented: {keys}, ..."
    return ""


def _did_you_mean(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    if allowed:
        return "the keys allowed here are: " + ", ".join(allowed)
    return "remove this key"


def _allowed_keys(model: type[BaseModel], path: FieldPath) -> list[str]:
    target = _model_at(model, path)
    if target is None:
        return []
    return [name for name, info in target.model_fields.items() if not info.exclude]


def _model_at(model: type[BaseModel], path: FieldPath) -> type[BaseModel] | None:
    """Follow ``path`` through the model's field types to the model that holds its keys."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            current = _item_type(current)
        elif isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part)
            current = field.annotation if field else None
        else:
            current = _item_type(current, mapping=True)
        current = _unwrap_optional(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap_optional(annotation: Any) -> Any:
    if get_origin(annotation) in (typing.Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _item_type(annotation: Any, mapping: bool = False) -> Any:
    args = get_args(_unwrap_optional(annotation))
    if not args:
        return None
    return args[-1] if mapping else args[0]
