# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invite_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListView, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InviteDialog(object):
    def setupUi(self, InviteDialog):
        if not InviteDialog.objectName():
            InviteDialog.setObjectName(u"InviteDialog")
        InviteDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(InviteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.filterLayout = QFormLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.filterLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(InviteDialog)
        self.label1.setObjectName(u"label1")

        self.filterLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.groupCombo = QComboBox(InviteDialog)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groupCombo.setMinimumContentsLength(12)

        self.filterLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.label2 = QLabel(InviteDialog)
        self.label2.setObjectName(u"label2")

        self.filterLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.searchEdit = QLineEdit(InviteDialog)
        self.searchEdit.setObjectName(u"searchEdit")

        self.filterLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.searchEdit)


        self.dialogLayout.addLayout(self.filterLayout)

        self.candidatesList = QListView(InviteDialog)
        self.candidatesList.setObjectName(u"candidatesList")
        self.candidatesList.setMinimumSize(QSize(0, 240))
        self.candidatesList.setUniformItemSizes(True)

        self.dialogLayout.addWidget(self.candidatesList)

        self.countLabel = QLabel(InviteDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(InviteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.groupCombo)
        self.label2.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.candidatesList)
        QWidget.setTabOrder(self.candidatesList, self.buttonBox)

        self.retranslateUi(InviteDialog)

        QMetaObject.connectSlotsByName(InviteDialog)
    # setupUi

    def retranslateUi(self, InviteDialog):
        InviteDialog.setWindowTitle(QCoreApplication.translate("InviteDialog", u"Choose", None))
        self.label1.setText(QCoreApplication.translate("InviteDialog", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("InviteDialog", u"Show", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("InviteDialog", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("InviteDialog", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.candidatesList.setAccessibleName(QCoreApplication.translate("InviteDialog", u"Candidates", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

