# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_dialog.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from nfg_desktop.gui.editors.fields import DateField

class Ui_HoursDialog(object):
    def setupUi(self, HoursDialog):
        if not HoursDialog.objectName():
            HoursDialog.setObjectName(u"HoursDialog")
        HoursDialog.setMinimumSize(QSize(380, 0))
        self.dialogLayout = QVBoxLayout(HoursDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hoursLayout = QFormLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.hoursLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hoursLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(HoursDialog)
        self.label1.setObjectName(u"label1")

        self.hoursLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.dayEdit = DateField(HoursDialog)
        self.dayEdit.setObjectName(u"dayEdit")

        self.hoursLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.label2 = QLabel(HoursDialog)
        self.label2.setObjectName(u"label2")

        self.hoursLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.projectCombo = QComboBox(HoursDialog)
        self.projectCombo.setObjectName(u"projectCombo")
        self.projectCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.projectCombo.setMinimumContentsLength(12)

        self.hoursLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.projectCombo)

        self.label3 = QLabel(HoursDialog)
        self.label3.setObjectName(u"label3")

        self.hoursLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.hoursSpin = QDoubleSpinBox(HoursDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(2)
        self.hoursSpin.setMaximum(99.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)

        self.hoursLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.label4 = QLabel(HoursDialog)
        self.label4.setObjectName(u"label4")

        self.hoursLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label4)

        self.noteEdit = QLineEdit(HoursDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.hoursLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.hoursLayout)

        self.errorLabel = QLabel(HoursDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HoursDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.dayEdit)
        self.label2.setBuddy(self.projectCombo)
        self.label3.setBuddy(self.hoursSpin)
        self.label4.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(HoursDialog)

        QMetaObject.connectSlotsByName(HoursDialog)
    # setupUi

    def retranslateUi(self, HoursDialog):
        HoursDialog.setWindowTitle(QCoreApplication.translate("HoursDialog", u"Log hours", None))
        self.label1.setText(QCoreApplication.translate("HoursDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("HoursDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("HoursDialog", u"&Project:", None))
#if QT_CONFIG(accessibility)
        self.projectCombo.setAccessibleName(QCoreApplication.translate("HoursDialog", u"Project", None))
#endif // QT_CONFIG(accessibility)
        self.label3.setText(QCoreApplication.translate("HoursDialog", u"&Hours:", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("HoursDialog", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.label4.setText(QCoreApplication.translate("HoursDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("HoursDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

