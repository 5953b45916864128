"""What one text says, as the reading found it: the objects an access reaches, the objects
it only names, the negated ones, the purpose. The reading fills it in; the matcher and the
steps that refine a reading (aims, refusals' costs) read and amend it."""

from __future__ import annotations

from dataclasses import dataclass, field

from analyzer.model import Category


@dataclass(slots=True)
class Reading:
    """What one text says: objects reached by an access, objects named, negations."""

    purpose: str | None = None
    definition: bool = False
    access: bool = False  # some access verb that is not negated
    negated: bool = False  # some access verb that is negated
    accessed: dict[Category, str] = field(default_factory=dict)
    named: dict[Category, str] = field(default_factory=dict)  # not under a negated access
    named_at: dict[Category, int] = field(default_factory=dict)  # where ``named`` stands
    strong: dict[Category, str] = field(default_factory=dict)  # permission names and the like
    label: dict[Category, str] = field(default_factory=dict)
    refused: dict[Category, str] = field(default_factory=dict)  # under a negated access
    refused_at: dict[Category, int] = field(default_factory=dict)  # where, when known

    def categories(self) -> set[Category]:
        """Every category the text names, accessed or not."""
        return {*self.accessed, *self.named, *self.strong, *self.label, *self.refused}

    def take_named_before(self, end: int) -> None:
        """The data named before ``end`` is accessed (a refusal's cost, an SDK row)."""
        for category, at in self.named_at.items():
            if at < end:
                self.accessed.setdefault(category, self.named[category])

    def keep_only(self, categories: set[Category]) -> None:
        """Forget the data of every other category."""
        for table in (self.accessed, self.named, self.named_at, self.strong, self.label):
            for category in [c for c in table if c not in categories]:
                del table[category]
        self.refused = {c: p for c, p in self.refused.items() if c in categories}
        self.refused_at = {c: at for c, at in self.refused_at.items() if c in categories}

    def denies_for(self, lead_kind: str, own: Reading) -> bool:
        """As a lead, does it deny the access for the unit it leads? "The app does not use
        the phone permission to:" / "- Access your contacts" (an introduction's items never
        count), "#### Data Not Collected" / "- Contacts - Analytics" (unless the item itself
        accesses data)."""
        if lead_kind not in ("intro", "heading") or not self.negated or self.access:
            return False
        return lead_kind == "intro" or not own.access
