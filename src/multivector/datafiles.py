"""Reading the project's YAML data files strictly.

PyYAML keeps the last of two equal keys in a mapping without a word, so a second
``PEACE_PLAN:`` class or a second ``reciprocal_verbs:`` under one code would silently drop the
first. Data that users extend (the event dictionary, the language bundle) is read with
``load_yaml``, which names the key and both lines instead.
"""

from __future__ import annotations

from typing import Any

import yaml


class DuplicateKeyError(yaml.YAMLError):
    """A mapping names the same key twice."""


# libyaml's parser where PyYAML was built with it (about ten times faster); the same results.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise DuplicateKeyError(f"key {key!r} on line {line} repeats line {seen[key]}")
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """Parse YAML ``text`` as ``yaml.safe_load`` does, but reject a repeated mapping key."""
    return yaml.load(text, Loader=_StrictLoader)
