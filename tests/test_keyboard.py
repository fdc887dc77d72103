"""The on-screen keyboard in the kiosk: typing by touch, the right page for each field,
never covering the field, and nothing left of it for the next citizen."""

from __future__ import annotations

import pytest

from forms.loader import shipped_forms
from kiosk.base.errors import ConfigError
from kiosk.services import CATALOGUE
from kiosk.settings import load_settings
from ui.keyboard import OnScreenKeyboard, takes_text
from ui.qt import QApplication, QLineEdit, QRect, Qt, QVBoxLayout, QWidget
from ui.screens.identify import IdentifyScreen
from ui.screens.section import SectionScreen
from ui.tools.journey import JourneyDriver


def _identify(kiosk_factory, **settings: object):  # type: ignore[no-untyped-def]
    """A kiosk on the identify screen of a simple form, and its keyboard."""
    kiosk = kiosk_factory(**settings)
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, IdentifyScreen)
    keyboard = kiosk.window.keyboard
    assert keyboard is not None
    return kiosk, drive, screen, keyboard


def test_a_name_with_umlauts_and_a_hyphen_typed_by_touch(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    _kiosk, drive, screen, keyboard = _identify(kiosk_factory)
    line = screen.fields["family_name"].line
    assert line is not None
    drive.tap_text(line, "Müller-Lüdenscheidt")
    assert line.text() == "Müller-Lüdenscheidt"
    # The capital came by itself at the start of the field, and only there.
    assert not keyboard.shift
    drive.click(keyboard.letter_page.backspace)
    assert line.text() == "Müller-Lüdenscheid"
    # Keys never take the focus: the field keeps it while the citizen types.
    assert QApplication.focusWidget() is line
    given = screen.fields["given_names"].line
    assert given is not None
    drive.tap_text(given, "Anna Maria")
    assert given.text() == "Anna Maria"


def test_the_layout_switch_offers_the_english_keyboard(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    _kiosk, drive, screen, keyboard = _identify(kiosk_factory)
    line = screen.fields["family_name"].line
    assert line is not None
    drive.click(line)
    assert keyboard.layout_language == "de"
    german_z = keyboard.letter_page.keys[13 + 5]  # the sixth key of the top letter row
    assert german_z[1].levels[0] == "z"
    drive.click(keyboard.letter_page.switch)
    assert keyboard.layout_language == "en"
    english = keyboard.letter_page
    assert english.keys[13 + 5][1].levels[0] == "y"
    assert english.switch.text() == "Deutsch"  # it names the layout it switches to
    drive.click(english.keys[13 + 5][0])
    assert line.text() == "Y"  # the capital at the start of the field


def test_each_field_gets_its_page(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    _kiosk, drive, screen, keyboard = _identify(kiosk_factory)
    date = screen.fields["date_of_birth"].line
    assert date is not None
    drive.tap_text(date, "03.12.1985")
    assert date.text() == "03.12.1985"
    assert keyboard.page is keyboard.number_page
    assert keyboard.number_page.extra.text() == "."
    assert not keyboard.number_page.letters.isVisible()  # a date has no letters
    place = screen.fields["place_of_birth"].line
    assert place is not None
    drive.click(place)
    assert keyboard.page is keyboard.letter_page


def test_postcode_digits_and_house_number_letters(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk, drive, _screen, keyboard = _identify(kiosk_factory)
    window = kiosk.window
    form = window.journey.form
    assert form is not None
    address = next(s for s in form.sections if any(f.id == "postal_code" for f in s.fields))
    window.edit_section(address.id)
    screen = window.current_screen()
    assert isinstance(screen, SectionScreen)
    lines = {line.objectName(): line for line in screen.findChildren(QLineEdit)}
    drive.tap_text(lines["input-postal_code"], "51147")
    assert lines["input-postal_code"].text() == "51147"
    assert keyboard.page is keyboard.number_page
    assert not keyboard.number_page.letters.isVisible()
    assert not keyboard.number_page.extra.isEnabled()  # nothing but digits in a postcode
    drive.tap_text(lines["input-house_number"], "12a")
    assert lines["input-house_number"].text() == "12a"


@pytest.mark.slow
@pytest.mark.parametrize("service", [s for s in CATALOGUE if s.form_id], ids=lambda s: s.id)
def test_the_keyboard_never_covers_the_focused_field(qtbot, kiosk_factory, service) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    window = kiosk.window
    drive = JourneyDriver(window)
    drive.choose_language("de")
    drive.choose_service(service.id)
    form = shipped_forms()[service.form_id]
    keyboard = window.keyboard
    assert keyboard is not None
    checked = 0
    for section in form.sections:
        window.edit_section(section.id)
        screen = window.current_screen()
        for line in screen.findChildren(QLineEdit):
            if not (takes_text(line) and line.isVisible()):
                continue
            drive.click(line)
            qtbot.wait(50)  # the scroll into view comes with the next turn of the event loop
            assert keyboard.isVisible(), line.objectName()
            assert window.height() <= 800, "the keyboard made the window grow"
            field = QRect(line.mapTo(window, line.rect().topLeft()), line.size())
            stack = QRect(window.stack.mapTo(window, window.stack.rect().topLeft()),
                          window.stack.size())
            board = QRect(keyboard.mapTo(window, keyboard.rect().topLeft()), keyboard.size())
            assert stack.contains(field), (section.id, line.objectName(), field, stack)
            assert not field.intersects(board), (section.id, line.objectName())
            checked += 1
    assert checked >= 1


def test_tab_does_not_bring_it_up_but_always_does(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    _kiosk, drive, screen, keyboard = _identify(kiosk_factory)
    keyboard.dismiss()
    line = screen.fields["given_names"].line
    assert line is not None
    line.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is line
    assert not keyboard.isVisible()  # whoever uses Tab has a keyboard
    drive.click(line)  # ...but a tap on the field brings it up
    assert keyboard.isVisible()
    # The keyboard's own ↵ moves on like Tab and keeps it up, with the next field's page.
    drive.click(keyboard.letter_page.enter)
    assert QApplication.focusWidget() is screen.fields["birth_name"].line
    assert keyboard.isVisible()
    _kiosk2, _drive2, screen2, keyboard2 = _identify(kiosk_factory, onscreen_keyboard="always")
    keyboard2.dismiss()
    line2 = screen2.fields["place_of_birth"].line
    assert line2 is not None
    line2.setFocus(Qt.FocusReason.TabFocusReason)
    assert keyboard2.isVisible()


def test_off_means_never(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk, drive, screen, _keyboard = _identify(kiosk_factory, onscreen_keyboard="off")
    line = screen.fields["family_name"].line
    assert line is not None
    drive.click(line)
    assert kiosk.window.keyboard is not None
    assert not kiosk.window.keyboard.isVisible()


def test_the_session_end_leaves_the_keyboard_as_it_was(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk, drive, screen, keyboard = _identify(kiosk_factory)
    line = screen.fields["family_name"].line
    assert line is not None
    drive.click(line)
    drive.click(keyboard.letter_page.switch)  # English
    drive.click(keyboard.letter_page.altgr)
    drive.click(keyboard.letter_page.shift)
    drive.click(keyboard.letter_page.shift)
    kiosk.window.end_session("cancelled")
    assert not keyboard.isVisible()
    assert keyboard.layout_language == "de"
    assert not (keyboard.shift)
    assert not (keyboard.caps)
    assert not (keyboard.altgr)


def test_keys_have_names_and_stay_left_to_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    column = QVBoxLayout(holder)
    field = QLineEdit()
    column.addWidget(field)
    keyboard = OnScreenKeyboard("always")
    column.addWidget(keyboard)
    qtbot.addWidget(holder)
    holder.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # an Arabic screen
    holder.resize(1280, 600)
    holder.show()
    keyboard.set_language("ar")
    field.setFocus()
    keyboard.show_for(field)
    keyboard.next_layout()  # the German page comes first (a German form's Latin letters)
    qtbot.wait(20)
    page = keyboard.letter_page
    assert keyboard.layoutDirection() == Qt.LayoutDirection.LeftToRight
    first, second = page.keys[13][0], page.keys[14][0]  # ض then ص, as on the hardware
    assert first.x() < second.x()
    buttons = [*page.findChildren(type(first)), *keyboard.number_page.findChildren(type(first))]
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    unnamed = [b for b in buttons if b.isVisibleTo(keyboard) and b.isEnabled()
               and not b.accessibleName()]
    assert unnamed == []
    small = [b.accessibleName() for b in buttons
             if b.isVisible() and (b.width() < 44 or b.height() < 44)]
    assert small == []
    keyboard.type_key(page.keys[13][1])
    assert field.text() == "ض"


def test_the_setting_is_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "kiosk.toml"
    config.write_text('onscreen_keyboard = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(config)
    assert error.value.message.params["known"] == "auto, always, off"
    assert "onscreen_keyboard" in error.value.message.untranslated()


def test_a_layout_kept_from_another_language_is_relabelled_not_broken(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A citizen used the Arabic keyboard; the next one speaks Turkish. The Arabic page
    stays cached (it is not offered now): re-translating must not fail on it."""
    from ui.keyboard import OnScreenKeyboard

    keyboard = OnScreenKeyboard("always")
    qtbot.addWidget(keyboard)
    keyboard.set_language("ar")
    keyboard.next_layout()
    arabic = keyboard.letter_page
    assert arabic.layout_data.language == "ar"
    keyboard.reset("tr")
    keyboard.retranslate()  # raised ValueError before: "ar" is not among tr's layouts
    assert keyboard.layout_language == "tr"
    assert keyboard.letter_page.switch.text() == "Deutsch"


@pytest.mark.parametrize("language", ["uk", "ru", "ar"])
def test_a_language_not_in_latin_letters_opens_on_the_german_page(  # type: ignore[no-untyped-def]
        qtbot, language: str) -> None:
    """Names as the passport spells them and German addresses are Latin letters: the
    keyboard opens on the German page, the citizen's own letters one tap away."""
    from ui.keyboard import OnScreenKeyboard

    keyboard = OnScreenKeyboard("always")
    qtbot.addWidget(keyboard)
    keyboard.set_language(language)
    assert keyboard.layout_language == "de"
    keyboard.next_layout()
    assert keyboard.layout_language == language
    keyboard.set_language("tr")
    assert keyboard.layout_language == "tr"  # Latin letters of its own: its own page first
