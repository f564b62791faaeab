# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from nfg_desktop.gui.editors.fields import DateField

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        self.dialogLayout = QVBoxLayout(ContactDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.personLayout = QFormLayout()
        self.personLayout.setObjectName(u"personLayout")
        self.personLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(ContactDialog)
        self.label1.setObjectName(u"label1")

        self.personLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.firstNameEdit = QLineEdit(ContactDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.personLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.label2 = QLabel(ContactDialog)
        self.label2.setObjectName(u"label2")

        self.personLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.lastNameEdit = QLineEdit(ContactDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.personLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.label3 = QLabel(ContactDialog)
        self.label3.setObjectName(u"label3")

        self.personLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.functionEdit = QLineEdit(ContactDialog)
        self.functionEdit.setObjectName(u"functionEdit")

        self.personLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.functionEdit)

        self.label4 = QLabel(ContactDialog)
        self.label4.setObjectName(u"label4")

        self.personLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label4)

        self.phoneEdit = QLineEdit(ContactDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.label5 = QLabel(ContactDialog)
        self.label5.setObjectName(u"label5")

        self.personLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label5)

        self.emailEdit = QLineEdit(ContactDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.personLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.primaryCheck = QCheckBox(ContactDialog)
        self.primaryCheck.setObjectName(u"primaryCheck")

        self.personLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.primaryCheck)


        self.dialogLayout.addLayout(self.personLayout)

        self.consentBox = QGroupBox(ContactDialog)
        self.consentBox.setObjectName(u"consentBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.consentBox.sizePolicy().hasHeightForWidth())
        self.consentBox.setSizePolicy(sizePolicy)
        self.consentLayout = QFormLayout(self.consentBox)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consentLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label6 = QLabel(self.consentBox)
        self.label6.setObjectName(u"label6")

        self.consentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label6)

        self.consentGivenEdit = DateField(self.consentBox)
        self.consentGivenEdit.setObjectName(u"consentGivenEdit")

        self.consentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentGivenEdit)

        self.consentContactCheck = QCheckBox(self.consentBox)
        self.consentContactCheck.setObjectName(u"consentContactCheck")

        self.consentLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.consentContactCheck)

        self.consentPhotosCheck = QCheckBox(self.consentBox)
        self.consentPhotosCheck.setObjectName(u"consentPhotosCheck")

        self.consentLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.consentPhotosCheck)

        self.consentSharingCheck = QCheckBox(self.consentBox)
        self.consentSharingCheck.setObjectName(u"consentSharingCheck")

        self.consentLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.consentSharingCheck)

        self.label7 = QLabel(self.consentBox)
        self.label7.setObjectName(u"label7")

        self.consentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label7)

        self.consentWithdrawnEdit = DateField(self.consentBox)
        self.consentWithdrawnEdit.setObjectName(u"consentWithdrawnEdit")

        self.consentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consentWithdrawnEdit)


        self.dialogLayout.addWidget(self.consentBox)

        self.errorLabel = QLabel(ContactDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.firstNameEdit)
        self.label2.setBuddy(self.lastNameEdit)
        self.label3.setBuddy(self.functionEdit)
        self.label4.setBuddy(self.phoneEdit)
        self.label5.setBuddy(self.emailEdit)
        self.label6.setBuddy(self.consentGivenEdit)
        self.label7.setBuddy(self.consentWithdrawnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.functionEdit)
        QWidget.setTabOrder(self.functionEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.primaryCheck)
        QWidget.setTabOrder(self.primaryCheck, self.consentGivenEdit)
        QWidget.setTabOrder(self.consentGivenEdit, self.consentContactCheck)
        QWidget.setTabOrder(self.consentContactCheck, self.consentPhotosCheck)
        QWidget.setTabOrder(self.consentPhotosCheck, self.consentSharingCheck)
        QWidget.setTabOrder(self.consentSharingCheck, self.consentWithdrawnEdit)
        QWidget.setTabOrder(self.consentWithdrawnEdit, self.buttonBox)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact person", None))
        self.label1.setText(QCoreApplication.translate("ContactDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("ContactDialog", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.label3.setText(QCoreApplication.translate("ContactDialog", u"F&unction:", None))
#if QT_CONFIG(accessibility)
        self.functionEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Function", None))
#endif // QT_CONFIG(accessibility)
        self.label4.setText(QCoreApplication.translate("ContactDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.label5.setText(QCoreApplication.translate("ContactDialog", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.primaryCheck.setText(QCoreApplication.translate("ContactDialog", u"&Primary contact of the organisation", None))
#if QT_CONFIG(accessibility)
        self.primaryCheck.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Primary contact of the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.consentBox.setTitle(QCoreApplication.translate("ContactDialog", u"Consent (GDPR)", None))
        self.label6.setText(QCoreApplication.translate("ContactDialog", u"&Given on:", None))
#if QT_CONFIG(accessibility)
        self.consentGivenEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Consent given on", None))
#endif // QT_CONFIG(accessibility)
        self.consentContactCheck.setText(QCoreApplication.translate("ContactDialog", u"Contact data may be &passed on in lists", None))
#if QT_CONFIG(accessibility)
        self.consentContactCheck.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Contact data may be passed on in lists", None))
#endif // QT_CONFIG(accessibility)
        self.consentPhotosCheck.setText(QCoreApplication.translate("ContactDialog", u"P&hotos may be used", None))
#if QT_CONFIG(accessibility)
        self.consentPhotosCheck.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Photos may be used", None))
#endif // QT_CONFIG(accessibility)
        self.consentSharingCheck.setText(QCoreApplication.translate("ContactDialog", u"Data may be &shared with partners", None))
#if QT_CONFIG(accessibility)
        self.consentSharingCheck.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Data may be shared with partners", None))
#endif // QT_CONFIG(accessibility)
        self.label7.setText(QCoreApplication.translate("ContactDialog", u"&Withdrawn on:", None))
#if QT_CONFIG(accessibility)
        self.consentWithdrawnEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Consent withdrawn on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

