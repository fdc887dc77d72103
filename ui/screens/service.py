"""Choose the service: every service at once, as a grid of tiles.

A tile says what the service is (an icon, its title in bold and one line), what it costs and
which documents the form asks to upload besides the identity document every service
needs (said once above the tiles), so nobody starts an application they cannot
finish. Services not yet offered at the terminal say so and cannot be chosen. Two
columns; one from 150 % text on, where a tile's words would not fit half the screen.
"""

from __future__ import annotations

from forms.display import format_amount
from forms.loader import shipped_forms
from forms.model import FormDef
from kiosk.services import CATALOGUE
from ui.i18n import current_language, translate
from ui.icons import IconView
from ui.qt import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens.base import Screen, page_layout, scrolling
from ui.widgets import label


class ServiceTile(QPushButton):
    """A button that holds its texts as labels (they wrap; a button's own text does not)
    and is as tall as they need at its width."""

    def __init__(self, icon: str, parent: QWidget | None = None, *,
                 vertical: bool = False) -> None:
        """``vertical``: the icon above the title, both centred (the feedback's faces)."""
        super().__init__(parent)
        self.setObjectName("faceTile" if vertical else "tile")
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        if vertical:  # a face fills its row's height: the five of a row stay alike
            policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        row = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        row.setContentsMargins(*((10, 10, 10, 10) if vertical else (22, 14, 22, 14)))
        row.setSpacing(6 if vertical else 16)
        # What the service is about at a glance, before a word is read (its title names it).
        self.picture = IconView(icon)
        self.picture.setObjectName("tileIcon")
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter if vertical
                      else Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        row.addLayout(column, 1)
        self.title = label(name="faceName" if vertical else "tileTitle")
        if vertical:
            self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.summary = label(name="tileText")
        self.facts = label(name="tileFacts")
        for part in (self.title, self.summary, self.facts):
            # The tile takes the tap, wherever on it; the labels only show.
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            column.addWidget(part)
        column.addStretch(1)

    def show_texts(self, title: str, summary: str, facts: str) -> None:
        self.title.setText(title)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.facts.setText(facts)
        self.facts.setVisible(bool(facts))
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(t for t in (summary, facts) if t))
        self.updateGeometry()

    def texts(self) -> list[str]:
        """What the tile shows, in reading order (the voice reads it)."""
        return [part.text() for part in (self.title, self.summary, self.facts)
                if part.text() and not part.isHidden()]

    def sizeHint(self) -> QSize:  # Qt's name
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else QSize(0, 0)
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(hint.width())))

    def minimumSizeHint(self) -> QSize:  # Qt's name
        layout = self.layout()
        hint = layout.minimumSize() if layout is not None else QSize(0, 0)
        return QSize(hint.width(), max(self.minimumHeight(), self.heightForWidth(hint.width())))

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # Qt's name
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), needed)


class ServiceScreen(Screen):
    step_name = "service"
    shows_back = False
    serviceChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = page_layout(body)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.sub = label(name="subheading")
        layout.addWidget(self.sub)
        self.needed = label(name="fieldHelp")
        layout.addWidget(self.needed)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(20)
        self._grid.setVerticalSpacing(16)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.tiles: dict[str, ServiceTile] = {}
        for service in CATALOGUE:
            tile = ServiceTile(service.icon)
            tile.setEnabled(service.at_terminal)
            tile.clicked.connect(lambda _c=False, sid=service.id: self.serviceChosen.emit(sid))
            self.tiles[service.id] = tile
        self._columns = 0
        self.fit_text_scale(1.0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, follow_minimum=True))
        self.retranslate()

    def fit_text_scale(self, scale: float) -> None:
        for tile in self.tiles.values():
            tile.picture.updateGeometry()  # it grows with the text (ui.theme.px)
        columns = 2 if scale < 1.5 else 1
        if columns == self._columns:
            return
        self._columns = columns
        for index, tile in enumerate(self.tiles.values()):
            self._grid.removeWidget(tile)
            # Tops in line: Tab goes along the row as the eye does.
            self._grid.addWidget(tile, index // columns, index % columns,
                                 Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What would you like to apply for?"))
        self.sub.setText(self.tr("Tap a service. Services marked 'at the counter' are not "
                                 "yet offered on this terminal."))
        self.needed.setText(self.tr("For every service you need your ID card, passport or "
                                    "residence permit."))
        forms = shipped_forms()
        for service in CATALOGUE:
            tile = self.tiles[service.id]
            form = forms[service.form_id] if service.form_id else None
            title = translate(form.title) if form is not None else service.id
            if form is None or not service.at_terminal:
                tile.show_texts(self.tr("{service} — at the counter").replace(
                    "{service}", title), "", "")
                continue
            summary = translate(form.summary) if form.summary is not None else ""
            tile.show_texts(title, summary, self._facts(form))

    def _facts(self, form: FormDef) -> str:
        """The fee, and the documents to have at hand besides the identity document."""
        fee = (self.tr("Fee: {amount}").replace("{amount}", format_amount(
            form.fee_cents, form.fee_currency, current_language()))
            if form.fee_cents else self.tr("Free of charge"))
        documents = [translate(field.label) for field in form.all_fields()
                     if field.type == "file" and field.required and field.required_if is None]
        if not documents:
            return fee
        return f"{fee} · " + self.tr("You also need: {list}").replace(
            "{list}", ", ".join(documents))

    def wipe(self) -> None:
        """Nothing of a citizen is shown here."""
