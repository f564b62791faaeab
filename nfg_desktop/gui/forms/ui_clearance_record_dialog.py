# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clearance_record_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from nfg_desktop.gui.editors.fields import DateField

class Ui_ClearanceRecordDialog(object):
    def setupUi(self, ClearanceRecordDialog):
        if not ClearanceRecordDialog.objectName():
            ClearanceRecordDialog.setObjectName(u"ClearanceRecordDialog")
        ClearanceRecordDialog.setMinimumSize(QSize(380, 0))
        self.dialogLayout = QVBoxLayout(ClearanceRecordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(ClearanceRecordDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.recordLayout = QFormLayout()
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recordLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(ClearanceRecordDialog)
        self.label1.setObjectName(u"label1")

        self.recordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.issuedEdit = DateField(ClearanceRecordDialog)
        self.issuedEdit.setObjectName(u"issuedEdit")

        self.recordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issuedEdit)

        self.label2 = QLabel(ClearanceRecordDialog)
        self.label2.setObjectName(u"label2")

        self.recordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.inspectedEdit = DateField(ClearanceRecordDialog)
        self.inspectedEdit.setObjectName(u"inspectedEdit")

        self.recordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inspectedEdit)

        self.cleanCheck = QCheckBox(ClearanceRecordDialog)
        self.cleanCheck.setObjectName(u"cleanCheck")

        self.recordLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.cleanCheck)

        self.label3 = QLabel(ClearanceRecordDialog)
        self.label3.setObjectName(u"label3")

        self.recordLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label3)

        self.inspectedByEdit = QLineEdit(ClearanceRecordDialog)
        self.inspectedByEdit.setObjectName(u"inspectedByEdit")

        self.recordLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.inspectedByEdit)


        self.dialogLayout.addLayout(self.recordLayout)

        self.errorLabel = QLabel(ClearanceRecordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ClearanceRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.issuedEdit)
        self.label2.setBuddy(self.inspectedEdit)
        self.label3.setBuddy(self.inspectedByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issuedEdit, self.inspectedEdit)
        QWidget.setTabOrder(self.inspectedEdit, self.cleanCheck)
        QWidget.setTabOrder(self.cleanCheck, self.inspectedByEdit)
        QWidget.setTabOrder(self.inspectedByEdit, self.buttonBox)

        self.retranslateUi(ClearanceRecordDialog)

        QMetaObject.connectSlotsByName(ClearanceRecordDialog)
    # setupUi

    def retranslateUi(self, ClearanceRecordDialog):
        ClearanceRecordDialog.setWindowTitle(QCoreApplication.translate("ClearanceRecordDialog", u"Record police clearance", None))
        self.hintLabel.setText(QCoreApplication.translate("ClearanceRecordDialog", u"Only these facts may be recorded. The certificate itself is not kept.", None))
        self.label1.setText(QCoreApplication.translate("ClearanceRecordDialog", u"&Issued on:", None))
#if QT_CONFIG(accessibility)
        self.issuedEdit.setAccessibleName(QCoreApplication.translate("ClearanceRecordDialog", u"Issued on", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("ClearanceRecordDialog", u"I&nspected on:", None))
#if QT_CONFIG(accessibility)
        self.inspectedEdit.setAccessibleName(QCoreApplication.translate("ClearanceRecordDialog", u"Inspected on", None))
#endif // QT_CONFIG(accessibility)
        self.cleanCheck.setText(QCoreApplication.translate("ClearanceRecordDialog", u"&No entries (clean)", None))
#if QT_CONFIG(accessibility)
        self.cleanCheck.setAccessibleName(QCoreApplication.translate("ClearanceRecordDialog", u"No entries (clean)", None))
#endif // QT_CONFIG(accessibility)
        self.label3.setText(QCoreApplication.translate("ClearanceRecordDialog", u"Inspected &by:", None))
#if QT_CONFIG(accessibility)
        self.inspectedByEdit.setAccessibleName(QCoreApplication.translate("ClearanceRecordDialog", u"Inspected by", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

