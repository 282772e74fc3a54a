"""What a document builder needs of its document when it writes only text: the PDF's
PartyDocument and the Word file's WordDocument both are one, so a document made of
paragraphs, headings, lines to write on and signatures (the minutes, the registration
form) is written once for both."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from chibo_app.documents.party_document import SignatureBlock


class TextDocument(Protocol):
    def paragraph(self, text: str, *, indent: bool = True) -> None: ...

    def heading(self, text: str) -> None: ...

    def writing_lines(self, count: int) -> None: ...

    def close(
        self,
        *,
        right: SignatureBlock | None = None,
        left: SignatureBlock | None = None,
        recipients: Sequence[str] = (),
    ) -> None: ...
