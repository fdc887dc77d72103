"""The service tiles' icons: every service has one, it is a real SVG the renderer draws,
and it takes the colour and the size the theme gives it."""

from __future__ import annotations

from pathlib import Path

from kiosk.journey import Display
from kiosk.services import CATALOGUE

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"


def _inked(image) -> set[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """The opaque colours of a rendered image."""
    colours = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                colours.add((pixel.red(), pixel.green(), pixel.blue()))
    return colours


def test_every_service_has_an_icon_file_with_its_source_noted() -> None:
    names = {service.icon for service in CATALOGUE}
    assert len(names) == len(CATALOGUE), "two services share an icon"
    for name in names:
        text = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
        assert 'stroke="currentColor"' in text, name  # the kiosk colours it
    assert "Tabler Icons" in (ICONS / "SOURCE").read_text(encoding="utf-8")
    assert "MIT License" in (ICONS / "LICENSE-tabler.txt").read_text(encoding="utf-8")


def test_an_icon_is_drawn_in_the_colour_asked_and_a_missing_one_is_empty(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.icons import icon

    drawn = icon("home-check", 48, "#0b3d70").toImage()
    assert (drawn.width(), drawn.height()) == (48, 48)
    assert (0x0B, 0x3D, 0x70) in _inked(drawn)
    assert icon("no-such-icon", 48, "#000000").isNull()  # the tile then shows its texts


def test_the_tiles_show_their_icon_in_the_title_colour_of_each_theme(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui import theme
    from ui.qt import QApplication
    from ui.screens.service import ServiceScreen

    screen = ServiceScreen()
    screen.resize(1280, 1400)
    screen.show()
    try:
        for display, colour in ((Display(), (0x0B, 0x3D, 0x70)),
                                (Display(high_contrast=True), (0xFF, 0xFF, 0x00))):
            theme.apply(QApplication.instance(), display, force=True)  # type: ignore[arg-type]
            QApplication.processEvents()
            for service in CATALOGUE:
                picture = screen.tiles[service.id].picture
                assert picture.name == service.icon
                assert colour in _inked(picture.grab().toImage()), (service.id, display)
        theme.apply(QApplication.instance(), Display(text_scale=2.0), force=True)  # type: ignore[arg-type]
        screen.fit_text_scale(2.0)
        QApplication.processEvents()
        assert screen.tiles[CATALOGUE[0].id].picture.sizeHint().width() == 80
    finally:
        theme.apply(QApplication.instance(), Display(), force=True)  # type: ignore[arg-type]
        screen.close()
        screen.deleteLater()
