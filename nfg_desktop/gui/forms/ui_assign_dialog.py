# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from nfg_desktop.gui.editors.fields import DateField

class Ui_AssignDialog(object):
    def setupUi(self, AssignDialog):
        if not AssignDialog.objectName():
            AssignDialog.setObjectName(u"AssignDialog")
        AssignDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(AssignDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.assignLayout = QFormLayout()
        self.assignLayout.setObjectName(u"assignLayout")
        self.assignLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.assignLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(AssignDialog)
        self.label1.setObjectName(u"label1")

        self.assignLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.personCombo = QComboBox(AssignDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.personCombo.setMinimumContentsLength(12)

        self.assignLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.label2 = QLabel(AssignDialog)
        self.label2.setObjectName(u"label2")

        self.assignLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.roleCombo = QComboBox(AssignDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roleCombo.setMinimumContentsLength(12)

        self.assignLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.label3 = QLabel(AssignDialog)
        self.label3.setObjectName(u"label3")

        self.assignLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.sinceEdit = DateField(AssignDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.assignLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sinceEdit)


        self.dialogLayout.addLayout(self.assignLayout)

        self.warningLabel = QLabel(AssignDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.reasonLayout = QFormLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label4 = QLabel(AssignDialog)
        self.label4.setObjectName(u"label4")

        self.reasonLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label4)

        self.reasonEdit = QPlainTextEdit(AssignDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(0, 50))
        self.reasonEdit.setMaximumSize(QSize(16777215, 100))
        self.reasonEdit.setTabChangesFocus(True)

        self.reasonLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.reasonLayout)

        self.buttonBox = QDialogButtonBox(AssignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.personCombo)
        self.label2.setBuddy(self.roleCombo)
        self.label3.setBuddy(self.sinceEdit)
        self.label4.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(AssignDialog)

        QMetaObject.connectSlotsByName(AssignDialog)
    # setupUi

    def retranslateUi(self, AssignDialog):
        AssignDialog.setWindowTitle(QCoreApplication.translate("AssignDialog", u"Assign", None))
        self.label1.setText(QCoreApplication.translate("AssignDialog", u"&Who:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("AssignDialog", u"Type to search; choose an entry from the list", None))
#endif // QT_CONFIG(tooltip)
        self.label2.setText(QCoreApplication.translate("AssignDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.label3.setText(QCoreApplication.translate("AssignDialog", u"&Since:", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Since", None))
#endif // QT_CONFIG(accessibility)
        self.label4.setText(QCoreApplication.translate("AssignDialog", u"Reason for an e&xception:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Reason for an exception", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

