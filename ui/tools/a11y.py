"""``buergerbuero a11y check``: every screen, every language, both text sizes and themes.

Builds the real kiosk window offscreen at the terminal's screen size (1280×800),
shows every screen of every shipped service (with sample answers, the on-screen
keyboard up on a text field and the idle warning) and counts what a citizen would
run into:

- ``unnamed``: an interactive element in the ``QAccessible`` tree (button, field,
  check box, …) without a name a screen reader could say;
- ``small_targets``: an enabled control smaller than 44×44 px;
- ``clipped``: a widget squeezed below the size its content needs (its minimum
  size hint, or the height its wrapped text needs at its width), or sticking out
  of the window or of its parent (a scroll area may scroll vertically, never
  sideways);
- ``contrast_failures``: the rendered text against its rendered background below
  4.5:1 (3:1 for large text) in the standard theme, below 7:1 in high contrast;
  the focus frame against what surrounds it below 3:1;
- ``untranslated``: a text the screens asked the catalogue for that the language
  does not have;
- ``focus_order_errors``: Tab does not reach a control, or goes back up the screen
  (reading order: header, screen, footer; top to bottom, then along the line in
  the language's direction).

Each count lists its findings (screen, language, text size, theme, widget, detail).
A QA tool, not part of the installed kiosk (``ui/tools``).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from forms.samples import sample_answers
from kiosk.base.catalogue import DOMAINS, Catalogue, catalogue, domain_of, read_ts
from kiosk.journey import Display
from kiosk.services import CATALOGUE
from kiosk.settings import Settings
from ui.app import Kiosk
from ui.qt import (
    QAbstractButton,
    QAccessible,
    QApplication,
    QColor,
    QImage,
    QLabel,
    QLineEdit,
    QPoint,
    QRect,
    QScrollArea,
    QScrollBar,
    Qt,
    QTest,
    QWidget,
)
from ui.qtapp import ensure_display
from ui.screens.base import Screen
from ui.tools.a11y_checkin import SETTINGS as CHECKIN
from ui.tools.a11y_checkin import checkin_screens
from ui.tools.journey import JourneyDriver, wait_until

SCREEN = (1280, 800)
MIN_TARGET = 44
KINDS = ("unnamed", "small_targets", "clipped", "contrast_failures", "untranslated",
         "focus_order_errors")
_INTERACTIVE_ROLES = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText, QAccessible.Role.ComboBox, QAccessible.Role.SpinBox,
    QAccessible.Role.Slider, QAccessible.Role.Link, QAccessible.Role.ButtonMenu,
}


@dataclass(frozen=True)
class Finding:
    kind: str
    screen: str
    language: str
    text_scale: float
    theme: str
    widget: str
    detail: str


@dataclass
class Report:
    languages: list[str] = field(default_factory=list)
    screens: int = 0
    findings: list[Finding] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        counts = Counter(f.kind for f in self.findings)
        result: dict[str, Any] = {"languages": self.languages, "screens": self.screens}
        result.update({kind: counts.get(kind, 0) for kind in KINDS})
        if self.findings:
            result["findings"] = {kind: [asdict(f) for f in self.findings if f.kind == kind]
                                  for kind in KINDS if counts.get(kind)}
        return result


# -- colours ----------------------------------------------------------------------------
def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _text_contrast(image: QImage) -> float | None:
    """The rendered text's contrast: the most common colour is the ground, the pixel
    farthest from it in contrast is the text's core (anti-aliased edges lie between)."""
    if image.width() < 2 or image.height() < 2:
        return None
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(bytes(image.constBits())).cast("I")  # one 0xffRRGGBB a pixel
    colours = Counter(pixels[::2] if len(pixels) > 20000 else pixels)
    if len(colours) < 2:
        return None
    ground = _luminance_of(colours.most_common(1)[0][0])
    levels = [_luminance_of(rgb) for rgb in colours]
    # The most contrasting colour is the darkest or the lightest one.
    return max((max(ground, level) + 0.05) / (min(ground, level) + 0.05)
               for level in (min(levels), max(levels)))


_LUMINANCE: dict[int, float] = {}


def _luminance_of(rgb: int) -> float:
    level = _LUMINANCE.get(rgb)
    if level is None:
        level = _LUMINANCE[rgb] = luminance(QColor.fromRgb(rgb))
    return level


def _large(widget: QWidget) -> bool:
    """WCAG's large text: 18 pt (24 px), or 14 pt (18.67 px) bold."""
    font = widget.font()
    size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    return size >= 24 or (font.bold() and size >= 18.67)


# -- the checks on one shown screen ------------------------------------------------------
@dataclass
class _Context:
    screen: str
    language: str
    display: Display

    def finding(self, kind: str, widget: QWidget | None, detail: str) -> Finding:
        name = "" if widget is None else _describe(widget)
        theme = "high-contrast" if self.display.high_contrast else "standard"
        return Finding(kind, self.screen, self.language, self.display.text_scale, theme,
                       name, detail)


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton | QLineEdit) else ""
    text = " ".join(str(text).split())[:40]
    return f"{type(widget).__name__}#{widget.objectName()}" + (f" {text!r}" if text else "")


def _shown(window: QWidget, scope: QWidget | None = None) -> list[QWidget]:
    """The widgets a person can see now (visible, inside the window, not scrolled away);
    with ``scope`` (an overlay over the screen) only those on it."""
    shown = []
    for widget in (scope or window).findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if _visible_rect(widget, window).isEmpty():
            continue
        shown.append(widget)
    return shown


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _interactive(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton | QLineEdit | QScrollBar) and widget.isEnabled()


def _in_scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def check_unnamed(window: QWidget, ctx: _Context) -> list[Finding]:
    found = []
    root = QAccessible.queryAccessibleInterface(window)
    stack = [root] if root is not None else []
    seen = 0
    while stack and seen < 5000:
        node = stack.pop()
        seen += 1
        if node is None or not node.isValid():
            continue
        state = node.state()
        if node.role() in _INTERACTIVE_ROLES and not state.invisible \
                and not node.text(QAccessible.Text.Name).strip():
            obj = node.object()
            widget = obj if isinstance(obj, QWidget) else None
            if widget is None or widget.isVisible():
                found.append(ctx.finding("unnamed", widget, f"role {node.role().name}"))
        stack.extend(node.child(i) for i in range(node.childCount()))
    return found


def check_targets(widgets: Sequence[QWidget], ctx: _Context) -> list[Finding]:
    return [ctx.finding("small_targets", w, f"{w.width()}×{w.height()} px")
            for w in widgets if _interactive(w)
            and (w.width() < MIN_TARGET or w.height() < MIN_TARGET)]


def check_clipping(window: QWidget, widgets: Sequence[QWidget], ctx: _Context) -> list[Finding]:
    found = []
    if window.minimumSizeHint().width() > SCREEN[0] or \
            window.minimumSizeHint().height() > SCREEN[1]:
        hint = window.minimumSizeHint()
        found.append(ctx.finding("clipped", window, f"needs {hint.width()}×{hint.height()} "
                                 f"px, the screen has {SCREEN[0]}×{SCREEN[1]}"))
    for widget in widgets:
        if isinstance(widget, QScrollBar) or widget.isWindow():
            continue
        # What the layout must give the widget: its own minimum where the style sheet
        # sets one (then Qt's hint does not count), else Qt's minimum size hint.
        hint = widget.minimumSizeHint()
        need_w = widget.minimumWidth() or (hint.width() if hint.isValid() else 0)
        need_h = widget.minimumHeight() or (hint.height() if hint.isValid() else 0)
        policy = widget.sizePolicy()
        if policy.horizontalPolicy() != policy.Policy.Ignored and (
                widget.width() < need_w - 1 or widget.height() < need_h - 1):
            found.append(ctx.finding("clipped", widget, f"{widget.width()}×{widget.height()} "
                                     f"px, needs {need_w}×{need_h}"))
            continue
        if isinstance(widget, QAbstractButton | QLineEdit) and widget.text():
            metrics = widget.fontMetrics()
            lines = widget.text().split("\n")
            wide = max(metrics.horizontalAdvance(line.replace("&&", "&")) for line in lines)
            high = metrics.height() * len(lines)
            if (isinstance(widget, QAbstractButton) and wide > widget.width() - 4) \
                    or high > widget.height() - 4:
                found.append(ctx.finding("clipped", widget, f"text needs {wide}×{high} px, "
                                         f"has {widget.width()}×{widget.height()}"))
                continue
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(ctx.finding("clipped", widget,
                                         f"text needs {needed} px height, has {widget.height()}"))
                continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            metrics = widget.fontMetrics()
            wide = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
            if wide > widget.contentsRect().width() + 1:
                found.append(ctx.finding("clipped", widget,
                                         f"text needs {wide} px width, has "
                                         f"{widget.contentsRect().width()}"))
                continue
        found += _outside(window, widget, ctx)
    return found


def _outside(window: QWidget, widget: QWidget, ctx: _Context) -> list[Finding]:
    """Part of the widget hidden by the window's or its parent's edge (a scroll area
    may hide it above and below: it scrolls there)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    visible = _visible_rect(widget, window)
    area = _in_scroll_area(widget)
    if area is not None:
        lost_sideways = visible.width() < rect.width() - 1
        if lost_sideways:
            return [ctx.finding("clipped", widget, "cut off at the side of its scroll area")]
        return []
    if visible.width() < rect.width() - 1 or visible.height() < rect.height() - 1:
        return [ctx.finding("clipped", widget, f"shows {visible.width()}×{visible.height()} "
                            f"of {rect.width()}×{rect.height()} px")]
    return []


def check_contrast(window: QWidget, widgets: Sequence[QWidget], ctx: _Context) -> list[Finding]:
    found = []
    shot = window.grab().toImage()  # the screen as it is drawn, once
    needed_text = 7.0 if ctx.display.high_contrast else 4.5
    for widget in widgets:
        if not isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            continue
        if not widget.isEnabled() or not widget.text().strip():
            continue
        inset = 6 if isinstance(widget, QAbstractButton | QLineEdit) else 0
        # The window's pixels where the widget is: its text over whatever is behind it.
        rect = _visible_rect(widget, window).adjusted(inset, inset, -inset, -inset)
        if rect.width() < 4 or rect.height() < 4:
            continue
        # A control scrolled mostly out of view shows a slice of its text: no line to
        # judge (its full text is judged where the screen is scrolled to it).
        if rect.height() < min(widget.height() - 2 * inset, widget.fontMetrics().height()):
            continue
        ratio = _text_contrast(shot.copy(rect))
        if ratio is None:
            continue
        needed = needed_text if ctx.display.high_contrast or not _large(widget) else 3.0
        if ratio < needed - 0.05:
            found.append(ctx.finding("contrast_failures", widget,
                                     f"text {ratio:.2f}:1, needs {needed}:1"))
    return found


def check_focus(window: QWidget, screen: QWidget, ctx: _Context,
                overlay: QWidget | None = None) -> list[Finding]:
    """Tab through the window (or the overlay over it): every control reached, in
    reading order, with a focus frame of at least 3:1 against what surrounds it."""
    controls = [w for w in _shown(window, overlay) if w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and isinstance(w, QAbstractButton | QLineEdit)]
    if not controls:
        return []
    found = []
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    header, footer = getattr(window, "header", None), getattr(window, "footer", None)

    def key(widget: QWidget) -> tuple[int, int, int]:
        """Region (header, screen, footer), then the place on the unscrolled page."""
        top = widget.mapTo(window, QPoint(0, 0))
        y = top.y()
        area = _in_scroll_area(widget)
        content = area.widget() if area is not None else None
        if area is not None and content is not None:
            y = area.mapTo(window, QPoint(0, 0)).y() + widget.mapTo(content, QPoint(0, 0)).y()
        region = (0 if header is not None and header.isAncestorOf(widget)
                  else 2 if footer is not None and footer.isAncestorOf(widget) else 1)
        return region, y, -top.x() if rtl else top.x()

    order: list[QWidget] = []
    keys: list[tuple[int, int, int]] = []
    # The walk starts where Tab starts (the window's first stop), so that its wrap from
    # the last control back to the first is not taken for a step back up the screen.
    stops = window.focus_order() if hasattr(window, "focus_order") else []
    first = stops[0] if stops and overlay is None and stops[0] in controls else controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    for _ in range(1000):
        current = QApplication.focusWidget()
        if current is None or current in order:
            break
        order.append(current)
        keys.append(key(current))
        found += _focus_frame(window, current, ctx)
        QTest.keyClick(current, Qt.Key.Key_Tab)  # as a keyboard does (scroll areas follow)
        QApplication.processEvents()
    # Qt keeps one option of a one-of group a Tab stop (the arrow keys move between the
    # options, as with radio buttons): whether a control is a stop is asked again now.
    missing = [w for w in controls if w not in order
               and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    found += [ctx.finding("focus_order_errors", w, "Tab never reaches it") for w in missing]
    for index, (before, after) in enumerate(itertools.pairwise(order)):
        (r1, y1, x1), (r2, y2, x2) = keys[index], keys[index + 1]
        back = r2 < r1 or (r2 == r1 and (y2 < y1 - before.height() // 2
                                         or (abs(y2 - y1) <= 4 and x2 < x1)))
        if back:
            found.append(ctx.finding("focus_order_errors", after,
                                     f"after {_describe(before)}: goes back"))
    return found


_FRAMES_SEEN: set[tuple[object, ...]] = set()


def _focus_frame(window: QWidget, widget: QWidget, ctx: _Context) -> list[Finding]:
    """The focus frame (the widget's outermost pixels while it has the focus) against
    the window's pixels just outside it; once for each kind of control and place (the
    style sheet draws the same frame for all of them)."""
    kind = (type(widget).__name__, widget.objectName(), ctx.display,
            type(widget.parentWidget()).__name__, widget.property("checked") or False)
    if kind in _FRAMES_SEEN:
        return []
    _FRAMES_SEEN.add(kind)
    if _in_scroll_area(widget) is not None:
        area = _in_scroll_area(widget)
        assert area is not None
        area.ensureWidgetVisible(widget)
        QApplication.processEvents()
    top_left = widget.mapTo(window, QPoint(0, 0))
    shot = window.grab(QRect(top_left.x() - 3, top_left.y() - 3,
                             widget.width() + 6, widget.height() + 6)).toImage()
    if shot.width() < 8 or shot.height() < 8:
        return []
    middle = shot.height() // 2
    frame = QColor.fromRgb(shot.pixel(4, middle))
    outside = QColor.fromRgb(shot.pixel(1, middle))
    ratio = contrast(frame, outside)
    if ratio < 3.0 - 0.05:
        return [ctx.finding("contrast_failures", widget, f"focus frame {ratio:.2f}:1 "
                            "against its surroundings, needs 3:1")]
    return []


# -- untranslated texts -----------------------------------------------------------------
@contextlib.contextmanager
def _catalogue_misses(misses: set[tuple[str, str, str]]) -> Iterator[None]:
    original = Catalogue.lookup

    known = {(e.context, e.source) for path in catalogue().files().values()
             for e in read_ts(path)}

    def lookup(self: Catalogue, language: str, context: str, source: str,
               disambiguation: str = "", count: int | None = None) -> str | None:
        found = original(self, language, context, source, disambiguation, count)
        # Qt asks the translator for every base class's context too (Header, QFrame,
        # QWidget, …): only a text the catalogue knows in that context is missing.
        if (found is None and DOMAINS[domain_of(context)] != language and source.strip()
                and ((context, source) in known or domain_of(context) == "forms")):
            misses.add((language, context, source))
        return found

    Catalogue.lookup = lookup  # type: ignore[method-assign]
    try:
        yield
    finally:
        Catalogue.lookup = original  # type: ignore[method-assign]


# -- walking the screens ------------------------------------------------------------------
def _screens_of_service(window: Any, drive: JourneyDriver,
                        service_id: str) -> Iterator[tuple[str, Screen]]:
    drive.choose_service(service_id)
    form = window.journey.form
    window.journey.answers.update(sample_answers(form))
    for step, screen in list(window.session_screens.items()):
        if step.name == "receipt":
            screen.show_receipt("BB-2026-000123")
        yield f"{service_id}/{step.name}", screen


def run_check(*, languages: Sequence[str] | None = None,
              scales: Sequence[float] = (1.0, 2.0), themes: Sequence[bool] = (False, True),
              services: Sequence[str] | None = None) -> Report:
    """The whole check in this process (a QApplication is made if there is none)."""
    ensure_display(True)
    _FRAMES_SEEN.clear()
    report = Report()
    misses: set[tuple[str, str, str]] = set()
    wanted = list(languages or catalogue().languages())
    report.languages = wanted
    service_ids = list(services or [s.id for s in CATALOGUE if s.form_id])
    with tempfile.TemporaryDirectory(prefix="bb-a11y-") as tmp, _catalogue_misses(misses):
        settings = Settings(data_dir=Path(tmp) / "terminal", terminal_id="A11Y-01",
                            office_name="Bürgerbüro", place="Musterstadt", **CHECKIN)
        kiosk = Kiosk(settings, start_devices=False)
        window = kiosk.window
        window.setFixedSize(*SCREEN)
        kiosk.show(fullscreen=False)
        if not wait_until(lambda: kiosk.interactive, 10):
            raise RuntimeError("the kiosk window never painted")
        displays = [Display(scale, high) for high in themes for scale in scales]
        try:
            for language in wanted:
                _check_language(kiosk, language, displays, service_ids, report)
        finally:
            kiosk.shutdown()
            # The application's look goes back to the standard (the check left it at its
            # last text size and theme), and the window goes.
            window.set_display(Display())
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    for language, context, source in sorted(misses):
        report.findings.append(Finding("untranslated", context, language, 1.0, "standard",
                                       "", source))
    return report


def _check_language(kiosk: Any, language: str, displays: Sequence[Display],
                    service_ids: Sequence[str], report: Report) -> None:
    """Every screen in one language; each service's screens are built once and looked
    at in every text size and theme."""
    window = kiosk.window
    drive = JourneyDriver(window)

    def inspect(name: str, screen: QWidget, display: Display, *,
                overlay: QWidget | None = None) -> None:
        # Settled as a person sees it: a scroll area decides on its scroll bar one event
        # round after a style sheet or a session change (measured: a transient width).
        for _ in range(3):
            QApplication.processEvents()
        ctx = _Context(name, language, display)
        widgets = _shown(window, overlay)
        report.screens += 1
        report.findings.extend(check_unnamed(overlay or window, ctx))
        report.findings.extend(check_targets(widgets, ctx))
        report.findings.extend(check_clipping(window, widgets, ctx))
        report.findings.extend(check_contrast(window, widgets, ctx))
        report.findings.extend(check_focus(window, screen, ctx, overlay))

    window.end_session("a11y")
    for display in displays:
        window.set_display(display)
        inspect("welcome", window.welcome, display)
    drive.choose_language(language)
    for display in displays:
        window.set_display(display)
        inspect("service", window.current_screen(), display)
    for service_id in service_ids:
        screens = list(_screens_of_service(window, drive, service_id))
        for display in displays:
            window.set_display(display)
            with_keyboard = False
            for name, screen in screens:
                window.preview(screen)
                inspect(name, screen, display)
                field = next((w for w in screen.findChildren(QLineEdit)
                              if w.isVisible() and not w.isReadOnly()
                              and not w.property("ownKeypad")), None)
                if field is not None and not with_keyboard and window.keyboard is not None:
                    with_keyboard = True
                    window.keyboard.show_for(field)
                    inspect(f"{name}+keyboard", screen, display)
                    window.keyboard.dismiss()
            window.idle.stop()
            window.idle_overlay.show_countdown(20)
            inspect(f"{service_id}/idle-warning", window.current_screen(), display,
                    overlay=window.idle_overlay)
            window.idle_overlay.hide()
        window.end_session("a11y")
        drive.choose_language(language)
    # The satisfaction question after a cancel, its faces and then its reasons.
    question = kiosk.backend.statistics.question_screen(window)
    for display in displays:
        window.set_display(display)
        for stage in ("faces", "reasons"):
            question.wipe()
            question.fit_text_scale(display.text_scale)
            window.preview(question)
            if stage == "reasons":
                question.panel.faces[3].click()
            inspect(f"feedback/{stage}", question, display)
        for name, screen in checkin_screens(kiosk):  # the appointment check-in, the ticket
            screen.fit_text_scale(display.text_scale)
            inspect(name, screen, display)
    window.end_session("a11y")
    drive.choose_language(language)


# -- the command --------------------------------------------------------------------------
def add_commands(sub: Any) -> None:
    a11y = sub.add_parser("a11y", help="accessibility checks of every screen")
    checks = a11y.add_subparsers(dest="a11y", required=True, metavar="WHAT")
    check = checks.add_parser("check", help="every screen × language × text size × theme")
    check.add_argument("--json", action="store_true")
    check.add_argument("--language", action="append", help="only this language (repeatable)")
    check.add_argument("--service", action="append", help="only this service (repeatable)")
    check.add_argument("--text-scale", type=float, action="append", dest="scales",
                       help="only this text size (1 to 2; repeatable)")
    check.add_argument("--theme", choices=("standard", "high-contrast"), action="append")
    check.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    themes = [theme == "high-contrast" for theme in args.theme] if args.theme else [False, True]
    report = run_check(languages=args.language, services=args.service,
                       scales=args.scales or (1.0, 2.0), themes=themes)
    summary = report.summary()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        counts = ", ".join(f"{kind} {summary[kind]}" for kind in KINDS)
        print(f"{summary['screens']} screens in {', '.join(report.languages)}: {counts}")
        for finding in report.findings[:200]:
            print(f"  {finding.kind}: {finding.screen} [{finding.language} "
                  f"{finding.text_scale:g}× {finding.theme}] {finding.widget}: {finding.detail}")
    return 0 if not report.findings else 1


if __name__ == "__main__":
    sys.exit(cmd_check(argparse.Namespace(json=True, language=None, service=None, scales=None,
                                          theme=None)))
