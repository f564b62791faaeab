# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clearance_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClearanceDialog(object):
    def setupUi(self, ClearanceDialog):
        if not ClearanceDialog.objectName():
            ClearanceDialog.setObjectName(u"ClearanceDialog")
        ClearanceDialog.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(ClearanceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ClearanceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.problemsList = QListWidget(ClearanceDialog)
        self.problemsList.setObjectName(u"problemsList")

        self.dialogLayout.addWidget(self.problemsList)

        self.questionLabel = QLabel(ClearanceDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.questionLabel)

        self.reasonLayout = QFormLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(ClearanceDialog)
        self.label1.setObjectName(u"label1")

        self.reasonLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.reasonEdit = QPlainTextEdit(ClearanceDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(0, 50))
        self.reasonEdit.setMaximumSize(QSize(16777215, 100))
        self.reasonEdit.setTabChangesFocus(True)

        self.reasonLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.reasonLayout)

        self.buttonBox = QDialogButtonBox(ClearanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.problemsList, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(ClearanceDialog)

        QMetaObject.connectSlotsByName(ClearanceDialog)
    # setupUi

    def retranslateUi(self, ClearanceDialog):
        ClearanceDialog.setWindowTitle(QCoreApplication.translate("ClearanceDialog", u"Police clearance missing", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Volunteers without valid clearance", None))
#endif // QT_CONFIG(accessibility)
        self.questionLabel.setText(QCoreApplication.translate("ClearanceDialog", u"You can assign them anyway if there is a reason (for example: the clearance has been requested, or the volunteer never works alone with children). The reason is noted with the assignment.", None))
        self.label1.setText(QCoreApplication.translate("ClearanceDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

