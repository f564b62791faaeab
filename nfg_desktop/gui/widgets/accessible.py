"""What a screen reader needs beyond what Qt gives by itself (issue 19, EN 301 549 ch. 11).

Qt names a field by the text of its label (the label's buddy) and reads the texts of buttons,
but the line edit inside an editable combo box is a field of its own without a name, and a
message that appears on screen is not read unless it is announced.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from nfg_desktop.gui.widgets.mnemonics import plain


def label_text(label: QLabel) -> str:
    """A label's text as a screen reader says it: without the mnemonic's "&"."""
    return plain(label.text()).replace("&&", "&").strip()


def buddy_name(widget: QWidget) -> str:
    """The accessible name of ``widget`` or else the text of the label it is the buddy of."""
    if widget.accessibleName():
        return widget.accessibleName()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label_text(label)
    return ""


def name_combo_editor(combo: QComboBox) -> None:
    """The typing field of an editable combo box gets the combo box's name (its label's)."""
    editor = combo.lineEdit()
    if editor is not None and not editor.accessibleName():
        editor.setAccessibleName(buddy_name(combo))


def name_combo_editors(root: QWidget) -> None:
    """:func:`name_combo_editor` for every editable combo box in ``root``."""
    for combo in root.findChildren(QComboBox):
        if combo.isEditable():
            name_combo_editor(combo)


def describe(widget: QWidget, text: str) -> None:
    """``text`` (a field's error, or "") becomes the accessible description of ``widget`` and of
    the element that takes its focus; screen readers are told that it changed."""
    targets = [widget]
    proxy = widget.focusProxy()
    if proxy is not None and proxy is not widget:
        targets.append(proxy)
    for target in targets:
        if target.accessibleDescription() != text:
            target.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(target, QAccessible.Event.DescriptionChanged)
            )


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers read ``text`` now: a message that just appeared in ``widget`` (a
    label), which is not read by itself because the focus stays where it is."""
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
