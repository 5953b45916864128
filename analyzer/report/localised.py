"""What the Markdown and HTML documents share: the language they are written in."""

from __future__ import annotations

from analyzer.i18n import Translator, translator
from analyzer.report.facts import Gettext


class LocalisedDocument:
    """A formatter that writes a whole document in ``lang``; ``gettext`` may override the
    catalog's lookup (tests pass a stand-in), ``tr`` the translator itself."""

    def __init__(
        self, gettext: Gettext | None = None, lang: str = "en", tr: Translator | None = None
    ) -> None:
        self.tr = tr or translator(lang)
        self.gettext: Gettext = gettext or self.tr
        self.lang = lang
