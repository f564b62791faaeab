# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_editor.ui'
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
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from nfg_desktop.gui.editors.fields import DateField

class Ui_TrainingEditor(object):
    def setupUi(self, TrainingEditor):
        if not TrainingEditor.objectName():
            TrainingEditor.setObjectName(u"TrainingEditor")
        self.mainLayout = QVBoxLayout(TrainingEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.trainingBox = QGroupBox(TrainingEditor)
        self.trainingBox.setObjectName(u"trainingBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.trainingBox.sizePolicy().hasHeightForWidth())
        self.trainingBox.setSizePolicy(sizePolicy)
        self.trainingLayout = QFormLayout(self.trainingBox)
        self.trainingLayout.setObjectName(u"trainingLayout")
        self.trainingLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trainingLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(self.trainingBox)
        self.label1.setObjectName(u"label1")

        self.trainingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.titleEdit = QLineEdit(self.trainingBox)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.trainingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.label2 = QLabel(self.trainingBox)
        self.label2.setObjectName(u"label2")

        self.trainingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.dayEdit = DateField(self.trainingBox)
        self.dayEdit.setObjectName(u"dayEdit")

        self.trainingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.label3 = QLabel(self.trainingBox)
        self.label3.setObjectName(u"label3")

        self.trainingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.focusCombo = QComboBox(self.trainingBox)
        self.focusCombo.setObjectName(u"focusCombo")
        self.focusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.focusCombo.setMinimumContentsLength(12)

        self.trainingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.focusCombo)

        self.label4 = QLabel(self.trainingBox)
        self.label4.setObjectName(u"label4")

        self.trainingLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label4)

        self.providerEdit = QLineEdit(self.trainingBox)
        self.providerEdit.setObjectName(u"providerEdit")
        self.providerEdit.setMaxLength(300)

        self.trainingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.providerEdit)


        self.mainLayout.addWidget(self.trainingBox)

        self.attendeesBox = QGroupBox(TrainingEditor)
        self.attendeesBox.setObjectName(u"attendeesBox")
        sizePolicy.setHeightForWidth(self.attendeesBox.sizePolicy().hasHeightForWidth())
        self.attendeesBox.setSizePolicy(sizePolicy)
        self.attendeesLayout = QVBoxLayout(self.attendeesBox)
        self.attendeesLayout.setObjectName(u"attendeesLayout")
        self.attendeesTable = QTableWidget(self.attendeesBox)
        if (self.attendeesTable.columnCount() < 2):
            self.attendeesTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.attendeesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.attendeesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.attendeesTable.setObjectName(u"attendeesTable")
        self.attendeesTable.setMinimumSize(QSize(0, 140))
        self.attendeesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendeesTable.setAlternatingRowColors(True)
        self.attendeesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendeesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendeesTable.setTabKeyNavigation(False)
        self.attendeesTable.setColumnCount(2)
        self.attendeesTable.horizontalHeader().setStretchLastSection(True)
        self.attendeesTable.verticalHeader().setVisible(False)

        self.attendeesLayout.addWidget(self.attendeesTable)

        self.attendeesCountLabel = QLabel(self.attendeesBox)
        self.attendeesCountLabel.setObjectName(u"attendeesCountLabel")
        self.attendeesCountLabel.setText(u"")
        self.attendeesCountLabel.setWordWrap(True)

        self.attendeesLayout.addWidget(self.attendeesCountLabel)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.attendeeButtons.setContentsMargins(0, 0, 0, 0)
        self.addAttendeesButton = QPushButton(self.attendeesBox)
        self.addAttendeesButton.setObjectName(u"addAttendeesButton")

        self.attendeeButtons.addWidget(self.addAttendeesButton)

        self.removeAttendeeButton = QPushButton(self.attendeesBox)
        self.removeAttendeeButton.setObjectName(u"removeAttendeeButton")

        self.attendeeButtons.addWidget(self.removeAttendeeButton)

        self.attendeeButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeButtonsStretch)


        self.attendeesLayout.addLayout(self.attendeeButtons)


        self.mainLayout.addWidget(self.attendeesBox)

        self.notesBox = QGroupBox(TrainingEditor)
        self.notesBox.setObjectName(u"notesBox")
        sizePolicy.setHeightForWidth(self.notesBox.sizePolicy().hasHeightForWidth())
        self.notesBox.setSizePolicy(sizePolicy)
        self.notesLayout = QVBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 70))
        self.notesEdit.setMaximumSize(QSize(16777215, 140))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)


        self.mainLayout.addWidget(self.notesBox)

        self.mainLayoutStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.mainLayoutStretch)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.titleEdit)
        self.label2.setBuddy(self.dayEdit)
        self.label3.setBuddy(self.focusCombo)
        self.label4.setBuddy(self.providerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.focusCombo)
        QWidget.setTabOrder(self.focusCombo, self.providerEdit)
        QWidget.setTabOrder(self.providerEdit, self.attendeesTable)
        QWidget.setTabOrder(self.attendeesTable, self.addAttendeesButton)
        QWidget.setTabOrder(self.addAttendeesButton, self.removeAttendeeButton)
        QWidget.setTabOrder(self.removeAttendeeButton, self.notesEdit)

        self.retranslateUi(TrainingEditor)

        QMetaObject.connectSlotsByName(TrainingEditor)
    # setupUi

    def retranslateUi(self, TrainingEditor):
        TrainingEditor.setWindowTitle(QCoreApplication.translate("TrainingEditor", u"Training", None))
        self.trainingBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Training", None))
        self.label1.setText(QCoreApplication.translate("TrainingEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("TrainingEditor", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.label3.setText(QCoreApplication.translate("TrainingEditor", u"&Focus area:", None))
#if QT_CONFIG(accessibility)
        self.focusCombo.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Focus area", None))
#endif // QT_CONFIG(accessibility)
        self.label4.setText(QCoreApplication.translate("TrainingEditor", u"&Provider:", None))
#if QT_CONFIG(accessibility)
        self.providerEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Attendees", None))
        ___qtablewidgetitem = self.attendeesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TrainingEditor", u"Name", None))
        ___qtablewidgetitem1 = self.attendeesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TrainingEditor", u"Group", None))
#if QT_CONFIG(accessibility)
        self.attendeesTable.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Attendees", None))
#endif // QT_CONFIG(accessibility)
        self.addAttendeesButton.setText(QCoreApplication.translate("TrainingEditor", u"&Add attendees\u2026", None))
#if QT_CONFIG(accessibility)
        self.addAttendeesButton.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Add attendees\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addAttendeesButton.setToolTip(QCoreApplication.translate("TrainingEditor", u"Add coordinators or volunteers who attended", None))
#endif // QT_CONFIG(tooltip)
        self.removeAttendeeButton.setText(QCoreApplication.translate("TrainingEditor", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeAttendeeButton.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Remove", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeAttendeeButton.setToolTip(QCoreApplication.translate("TrainingEditor", u"Remove the selected attendee", None))
#endif // QT_CONFIG(tooltip)
        self.notesBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

