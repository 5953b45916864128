"""Enumerations shared by every layer; serialised as lowercase strings (DESIGN §2.6)."""

from __future__ import annotations

import enum

SCHEMA_VERSION = "1"


class Severity(enum.IntEnum):
    """Ordered, so ``--fail-on`` is a comparison. Serialised by lowercase name."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.upper()]


class Category(str, enum.Enum):
    """The sensitive categories of the Jiangsu complaint, in report order."""

    CALLS = "calls"
    LOCATION = "location"
    MESSAGES = "messages"
    CONTACTS = "contacts"
    SETTINGS = "settings"


JIANGSU_FOUR: tuple[Category, ...] = (
    Category.CALLS,
    Category.LOCATION,
    Category.MESSAGES,
    Category.CONTACTS,
)


class DisclosureLevel(str, enum.Enum):
    """How far the app tells its users about a category (DESIGN §2.3)."""

    NONE = "none"
    POLICY_ONLY = "policy_only"
    DISCLOSED = "disclosed"


class Usage(str, enum.Enum):
    """Whether the code reaches a category (DESIGN §2.4)."""

    YES = "yes"
    NO_EVIDENCE = "no-evidence"
    UNKNOWN = "unknown"
    NOT_CHECKED = "not-checked"


class Necessity(str, enum.Enum):
    """Whether the app type needs a category (2021 规定); ``unknown`` without a type."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"
