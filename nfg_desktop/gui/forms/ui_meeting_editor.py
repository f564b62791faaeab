# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QTimeEdit,
    QVBoxLayout, QWidget)

from nfg_desktop.gui.editors.fields import (DateField, OptionalTimeEdit)

class Ui_MeetingEditor(object):
    def setupUi(self, MeetingEditor):
        if not MeetingEditor.objectName():
            MeetingEditor.setObjectName(u"MeetingEditor")
        self.mainLayout = QVBoxLayout(MeetingEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingBox = QGroupBox(MeetingEditor)
        self.meetingBox.setObjectName(u"meetingBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.meetingBox.sizePolicy().hasHeightForWidth())
        self.meetingBox.setSizePolicy(sizePolicy)
        self.meetingLayout = QFormLayout(self.meetingBox)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.meetingLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(self.meetingBox)
        self.label1.setObjectName(u"label1")

        self.meetingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.titleEdit = QLineEdit(self.meetingBox)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.meetingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.label2 = QLabel(self.meetingBox)
        self.label2.setObjectName(u"label2")

        self.meetingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.kindCombo = QComboBox(self.meetingBox)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(True)
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(12)

        self.meetingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.label3 = QLabel(self.meetingBox)
        self.label3.setObjectName(u"label3")

        self.meetingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.dayEdit = DateField(self.meetingBox)
        self.dayEdit.setObjectName(u"dayEdit")

        self.meetingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.label3b = QLabel(self.meetingBox)
        self.label3b.setObjectName(u"label3b")

        self.meetingLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label3b)

        self.startTimeEdit = QTimeEdit(self.meetingBox)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.meetingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startTimeEdit)

        self.label4 = QLabel(self.meetingBox)
        self.label4.setObjectName(u"label4")

        self.meetingLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label4)

        self.endsEdit = OptionalTimeEdit(self.meetingBox)
        self.endsEdit.setObjectName(u"endsEdit")

        self.meetingLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endsEdit)

        self.label5 = QLabel(self.meetingBox)
        self.label5.setObjectName(u"label5")

        self.meetingLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label5)

        self.placeEdit = QLineEdit(self.meetingBox)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.meetingLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.mainLayout.addWidget(self.meetingBox)

        self.invitedBox = QGroupBox(MeetingEditor)
        self.invitedBox.setObjectName(u"invitedBox")
        sizePolicy.setHeightForWidth(self.invitedBox.sizePolicy().hasHeightForWidth())
        self.invitedBox.setSizePolicy(sizePolicy)
        self.invitedLayout = QVBoxLayout(self.invitedBox)
        self.invitedLayout.setObjectName(u"invitedLayout")
        self.invitationsTable = QTableWidget(self.invitedBox)
        if (self.invitationsTable.columnCount() < 3):
            self.invitationsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.invitationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.invitationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.invitationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.invitationsTable.setObjectName(u"invitationsTable")
        self.invitationsTable.setMinimumSize(QSize(0, 160))
        self.invitationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invitationsTable.setAlternatingRowColors(True)
        self.invitationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invitationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invitationsTable.setTabKeyNavigation(False)
        self.invitationsTable.setColumnCount(3)
        self.invitationsTable.horizontalHeader().setStretchLastSection(True)
        self.invitationsTable.verticalHeader().setVisible(False)

        self.invitedLayout.addWidget(self.invitationsTable)

        self.attendanceLabel = QLabel(self.invitedBox)
        self.attendanceLabel.setObjectName(u"attendanceLabel")
        self.attendanceLabel.setText(u"")
        self.attendanceLabel.setWordWrap(True)

        self.invitedLayout.addWidget(self.attendanceLabel)

        self.invitedButtons = QHBoxLayout()
        self.invitedButtons.setObjectName(u"invitedButtons")
        self.invitedButtons.setContentsMargins(0, 0, 0, 0)
        self.invitePartnersButton = QPushButton(self.invitedBox)
        self.invitePartnersButton.setObjectName(u"invitePartnersButton")

        self.invitedButtons.addWidget(self.invitePartnersButton)

        self.invitePeopleButton = QPushButton(self.invitedBox)
        self.invitePeopleButton.setObjectName(u"invitePeopleButton")

        self.invitedButtons.addWidget(self.invitePeopleButton)

        self.removeInvitationButton = QPushButton(self.invitedBox)
        self.removeInvitationButton.setObjectName(u"removeInvitationButton")

        self.invitedButtons.addWidget(self.removeInvitationButton)

        self.invitedButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.invitedButtons.addItem(self.invitedButtonsStretch)


        self.invitedLayout.addLayout(self.invitedButtons)


        self.mainLayout.addWidget(self.invitedBox)

        self.agendaBox = QGroupBox(MeetingEditor)
        self.agendaBox.setObjectName(u"agendaBox")
        sizePolicy.setHeightForWidth(self.agendaBox.sizePolicy().hasHeightForWidth())
        self.agendaBox.setSizePolicy(sizePolicy)
        self.agendaLayout = QVBoxLayout(self.agendaBox)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaEdit = QPlainTextEdit(self.agendaBox)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setMinimumSize(QSize(0, 90))
        self.agendaEdit.setMaximumSize(QSize(16777215, 180))
        self.agendaEdit.setTabChangesFocus(True)

        self.agendaLayout.addWidget(self.agendaEdit)


        self.mainLayout.addWidget(self.agendaBox)

        self.minutesBox = QGroupBox(MeetingEditor)
        self.minutesBox.setObjectName(u"minutesBox")
        sizePolicy.setHeightForWidth(self.minutesBox.sizePolicy().hasHeightForWidth())
        self.minutesBox.setSizePolicy(sizePolicy)
        self.minutesLayout = QVBoxLayout(self.minutesBox)
        self.minutesLayout.setObjectName(u"minutesLayout")
        self.minutesEdit = QPlainTextEdit(self.minutesBox)
        self.minutesEdit.setObjectName(u"minutesEdit")
        self.minutesEdit.setMinimumSize(QSize(0, 120))
        self.minutesEdit.setMaximumSize(QSize(16777215, 240))
        self.minutesEdit.setTabChangesFocus(True)

        self.minutesLayout.addWidget(self.minutesEdit)


        self.mainLayout.addWidget(self.minutesBox)

        self.mainLayoutStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.mainLayoutStretch)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.titleEdit)
        self.label2.setBuddy(self.kindCombo)
        self.label3.setBuddy(self.dayEdit)
        self.label3b.setBuddy(self.startTimeEdit)
        self.label4.setBuddy(self.endsEdit)
        self.label5.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.invitationsTable)
        QWidget.setTabOrder(self.invitationsTable, self.invitePartnersButton)
        QWidget.setTabOrder(self.invitePartnersButton, self.invitePeopleButton)
        QWidget.setTabOrder(self.invitePeopleButton, self.removeInvitationButton)
        QWidget.setTabOrder(self.removeInvitationButton, self.agendaEdit)
        QWidget.setTabOrder(self.agendaEdit, self.minutesEdit)

        self.retranslateUi(MeetingEditor)

        QMetaObject.connectSlotsByName(MeetingEditor)
    # setupUi

    def retranslateUi(self, MeetingEditor):
        MeetingEditor.setWindowTitle(QCoreApplication.translate("MeetingEditor", u"Meeting", None))
        self.meetingBox.setTitle(QCoreApplication.translate("MeetingEditor", u"Meeting", None))
        self.label1.setText(QCoreApplication.translate("MeetingEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("MeetingEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("MeetingEditor", u"Choose a kind or type a new one", None))
#endif // QT_CONFIG(tooltip)
        self.label3.setText(QCoreApplication.translate("MeetingEditor", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.label3b.setText(QCoreApplication.translate("MeetingEditor", u"&Begins at:", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Begins at", None))
#endif // QT_CONFIG(accessibility)
        self.label4.setText(QCoreApplication.translate("MeetingEditor", u"&Ends at:", None))
#if QT_CONFIG(accessibility)
        self.endsEdit.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Ends at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.endsEdit.setToolTip(QCoreApplication.translate("MeetingEditor", u"Time the meeting ends (same day)", None))
#endif // QT_CONFIG(tooltip)
        self.label5.setText(QCoreApplication.translate("MeetingEditor", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.invitedBox.setTitle(QCoreApplication.translate("MeetingEditor", u"Invited and attendance", None))
        ___qtablewidgetitem = self.invitationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MeetingEditor", u"Attended", None))
        ___qtablewidgetitem1 = self.invitationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MeetingEditor", u"Name", None))
        ___qtablewidgetitem2 = self.invitationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MeetingEditor", u"Organisation", None))
#if QT_CONFIG(accessibility)
        self.invitationsTable.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Invited", None))
#endif // QT_CONFIG(accessibility)
        self.invitePartnersButton.setText(QCoreApplication.translate("MeetingEditor", u"Invite &partners\u2026", None))
#if QT_CONFIG(accessibility)
        self.invitePartnersButton.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Invite partners\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.invitePartnersButton.setToolTip(QCoreApplication.translate("MeetingEditor", u"Invite partner organisations", None))
#endif // QT_CONFIG(tooltip)
        self.invitePeopleButton.setText(QCoreApplication.translate("MeetingEditor", u"Invite pe&ople\u2026", None))
#if QT_CONFIG(accessibility)
        self.invitePeopleButton.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Invite people\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.invitePeopleButton.setToolTip(QCoreApplication.translate("MeetingEditor", u"Invite contact persons, volunteers or the coordination", None))
#endif // QT_CONFIG(tooltip)
        self.removeInvitationButton.setText(QCoreApplication.translate("MeetingEditor", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeInvitationButton.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Remove", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeInvitationButton.setToolTip(QCoreApplication.translate("MeetingEditor", u"Remove the selected invitation", None))
#endif // QT_CONFIG(tooltip)
        self.agendaBox.setTitle(QCoreApplication.translate("MeetingEditor", u"Agenda", None))
#if QT_CONFIG(accessibility)
        self.agendaEdit.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.minutesBox.setTitle(QCoreApplication.translate("MeetingEditor", u"Minutes", None))
#if QT_CONFIG(accessibility)
        self.minutesEdit.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

