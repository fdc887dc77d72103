"""The counter tablet's document: readable as it comes, one page as wide as the view.

The pages run one below the other (Qt PDF's ``QPdfView``, loaded lazily through
``ui.qt``) at fit-to-width, and the citizen scrolls them with a finger, the pen
or the scroll bar. Page navigation ("Page 2 of 3", previous/next) shows only
for a document of more than one page. *Larger* zooms in steps from the width
of the view, *Smaller* back to it: a page narrower than the view helps nobody
on a tablet.
"""

from __future__ import annotations

from ui.qt import (
    QBuffer,
    QByteArray,
    QColor,
    QFrame,
    QHBoxLayout,
    QIODevice,
    QMargins,
    QPalette,
    QPdfDocument,
    QPdfView,
    QPointF,
    QResizeEvent,
    QScroller,
    QVBoxLayout,
    QWidget,
)
from ui.tablet_code import timer
from ui.widgets import button, label

MAX_ZOOM = 4.0  # times the width of the view
ZOOM_STEP = 1.25
PAGE_GAP = "#c5ccd6"  # between pages: QPdfView paints it with the palette's Dark, not the QSS


class DocumentView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabletDocument")
        self._zoom = 1.0  # relative to fit-to-width
        self._buffer: QBuffer | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        top = QHBoxLayout()
        self.title = label(name="sectionTitle")
        top.addWidget(self.title, 1)
        self.zoom_out = button("−", name="zoomButton")
        self.zoom_in = button("+", name="zoomButton")
        top.addWidget(self.zoom_out)
        top.addWidget(self.zoom_in)
        column.addLayout(top)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("documentView")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(0, 0, 0, 0))  # the page is as wide as the view
        self.view.setPageSpacing(16)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor(PAGE_GAP))
        self.view.setPalette(palette)
        # A finger (or the pen) drags the page; the scroll bar stays for those who want it.
        QScroller.grabGesture(self.view.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        column.addWidget(self.view, 1)
        # The same place in the document when the view's size or the zoom changes: the page
        # and how far down it (2.25: a quarter down the third page).
        self._where, self._restoring = 0.0, False
        bar = self.view.verticalScrollBar()
        bar.valueChanged.connect(self._remember)
        self._restore_timer = timer(self, self._restore)  # once Qt's layout has settled
        bar.rangeChanged.connect(lambda _minimum, _maximum: self._restore_timer.start())

        self.pages = QFrame()  # page navigation: hidden for a one-page document
        self.pages.setObjectName("pageBar")
        nav = QHBoxLayout(self.pages)
        nav.setContentsMargins(0, 0, 0, 0)
        self.prev_page = button(name="pageButton")
        self.next_page = button(name="pageButton")
        self.page_label = label(name="pageNumber", wrap=False)
        nav.addWidget(self.prev_page)
        nav.addStretch(1)
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(self.next_page)
        column.addWidget(self.pages)
        self.pages.hide()

        self.prev_page.clicked.connect(lambda: self.go_to_page(self.page() - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.page() + 1))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.retranslate()

    def retranslate(self) -> None:
        back, forward = ("▶", "◀") if self.isRightToLeft() else ("◀", "▶")
        previous, following = self.tr("Previous page"), self.tr("Next page")
        self.prev_page.setText(f"{back}  {previous}")
        self.prev_page.setAccessibleName(previous)
        self.next_page.setText(f"{following}  {forward}")
        self.next_page.setAccessibleName(following)
        self.zoom_out.setAccessibleName(self.tr("Smaller"))
        self.zoom_out.setToolTip(self.tr("Smaller"))
        self.zoom_in.setAccessibleName(self.tr("Larger"))
        self.zoom_in.setToolTip(self.tr("Larger"))
        self.view.setAccessibleName(self.tr("The document to sign"))
        self.view.verticalScrollBar().setAccessibleName(self.tr("Scroll through the document"))
        self.view.horizontalScrollBar().setAccessibleName(self.tr("Move the page sideways"))
        self._page_changed(self.page())

    # -- the document -------------------------------------------------------------
    def load(self, pdf: bytes, title: str) -> None:
        self.close_document()
        self._where = 0.0  # a new document starts at its top
        self._buffer = QBuffer(self.pdf)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.title.setText(title)
        self._set_zoom(1.0)
        self.pages.setVisible(self.pdf.pageCount() > 1)
        self._page_changed(self.page())

    def close_document(self) -> None:
        """Forget the document: nothing of it stays in the view or in memory."""
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.title.clear()
        self.pages.hide()

    def page_count(self) -> int:
        return int(self.pdf.pageCount())

    def page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self._where = float(page)  # also if Qt is still laying out the view
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    # -- zoom -----------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        """Larger or smaller by ``factor``, never narrower than the view."""
        self._set_zoom(self._zoom * factor)

    def zoom_level(self) -> float:
        """How many times the view's width the page is (1.0: fit to width)."""
        return self._zoom

    def _fit_factor(self) -> float:
        """The zoom factor at which the current page is as wide as the view."""
        size = self.pdf.pagePointSize(max(0, self.page()))
        dpi = self.view.screen().logicalDotsPerInch() if self.view.screen() else 96.0
        width = size.width() * dpi / 72.0
        return self.view.viewport().width() / width if width > 0 else 1.0

    def _set_zoom(self, value: float) -> None:
        self._zoom = min(MAX_ZOOM, max(1.0, value))
        if self._zoom <= 1.0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(self._fit_factor() * self._zoom)
        self.zoom_out.setEnabled(self._zoom > 1.0)
        self.zoom_in.setEnabled(self._zoom < MAX_ZOOM)

    def _page_heights(self) -> list[int]:
        """Each page's height in the view, in pixels, as QPdfView lays them out."""
        dpi = self.view.screen().logicalDotsPerInch() if self.view.screen() else 96.0
        heights = []
        for page in range(self.page_count()):
            size = self.pdf.pagePointSize(page) * (dpi / 72.0)
            if self._zoom <= 1.0 and size.width() > 0:
                size *= self.view.viewport().width() / size.width()
            else:
                size *= self.view.zoomFactor()
            heights.append(round(size.height()))
        return heights

    def _remember(self, value: int) -> None:
        """Where the view is: a page and how far down it (as a fraction of the page)."""
        if self._restoring or self._restore_timer.isActive():
            return  # Qt is still laying out (the viewport, the scroller): keep the old place
        top = 0
        for page, height in enumerate(self._page_heights()):
            if value < top + height + self.view.pageSpacing():
                self._where = page + max(0.0, min(1.0, (value - top) / height if height else 0))
                return
            top += height + self.view.pageSpacing()

    def _restore(self) -> None:
        page, fraction = divmod(self._where, 1.0)
        heights = self._page_heights()[:int(page) + 1]
        if len(heights) <= int(page):
            return
        value = sum(h + self.view.pageSpacing() for h in heights[:-1]) + fraction * heights[-1]
        self._restoring = True
        self.view.verticalScrollBar().setValue(round(value))
        self._restoring = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom > 1.0:  # keep "n times the width" when the view changes
            self.view.setZoomFactor(self._fit_factor() * self._zoom)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("Page {page} of {count}")
                                .format(page=page + 1, count=count) if count else "")
        self.prev_page.setEnabled(page > 0)
        self.next_page.setEnabled(page + 1 < count)
