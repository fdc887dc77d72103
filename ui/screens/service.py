"""Choose the service. Services not yet offered at the terminal say so."""

from __future__ import annotations

from forms.loader import shipped_forms
from kiosk.services import CATALOGUE
from ui.i18n import translate
from ui.qt import QWidget, Signal
from ui.screens.base import Screen, page_layout, scrolling
from ui.widgets import button, label


class ServiceScreen(Screen):
    step_name = "service"
    shows_back = False
    serviceChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.sub = label(name="subheading")
        layout.addWidget(self.sub)
        body = QWidget()
        tiles = page_layout(body)
        tiles.setContentsMargins(0, 8, 0, 8)
        self.tiles = {}
        for service in CATALOGUE:
            tile = button(name="tile", wrap=True)
            tile.setEnabled(service.at_terminal)
            tile.clicked.connect(lambda _c=False, sid=service.id: self.serviceChosen.emit(sid))
            tiles.addWidget(tile)
            self.tiles[service.id] = tile
        tiles.addStretch(1)
        layout.addWidget(scrolling(body), 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What would you like to apply for?"))
        self.sub.setText(self.tr("Tap a service. Services marked 'at the counter' are not "
                                 "yet offered on this terminal."))
        forms = shipped_forms()
        for service in CATALOGUE:
            tile = self.tiles[service.id]
            form = forms[service.form_id] if service.form_id else None
            title = translate(form.title) if form is not None else service.id
            if form is not None and form.summary is not None:
                tile.setText(f"{title}\n{translate(form.summary)}")
            elif form is not None:
                tile.setText(title)
            else:
                tile.setText(self.tr("{service} — at the counter").replace("{service}", title))
            tile.setAccessibleName(title)

    def wipe(self) -> None:
        """Nothing of a citizen is shown here."""
