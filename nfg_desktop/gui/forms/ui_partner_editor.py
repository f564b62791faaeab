# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_editor.ui'
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

from nfg_desktop.gui.editors.fields import (CheckGroup, DateField)

class Ui_PartnerEditor(object):
    def setupUi(self, PartnerEditor):
        if not PartnerEditor.objectName():
            PartnerEditor.setObjectName(u"PartnerEditor")
        self.mainLayout = QVBoxLayout(PartnerEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.organisationBox = QGroupBox(PartnerEditor)
        self.organisationBox.setObjectName(u"organisationBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.organisationBox.sizePolicy().hasHeightForWidth())
        self.organisationBox.setSizePolicy(sizePolicy)
        self.organisationLayout = QFormLayout(self.organisationBox)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.organisationLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisationLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(self.organisationBox)
        self.label1.setObjectName(u"label1")

        self.organisationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.nameEdit = QLineEdit(self.organisationBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.organisationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.label2 = QLabel(self.organisationBox)
        self.label2.setObjectName(u"label2")

        self.organisationLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.kindCombo = QComboBox(self.organisationBox)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(True)
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(12)

        self.organisationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.label3 = QLabel(self.organisationBox)
        self.label3.setObjectName(u"label3")

        self.organisationLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.sectorCombo = QComboBox(self.organisationBox)
        self.sectorCombo.setObjectName(u"sectorCombo")
        self.sectorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sectorCombo.setMinimumContentsLength(12)

        self.organisationLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.label4 = QLabel(self.organisationBox)
        self.label4.setObjectName(u"label4")

        self.organisationLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label4)

        self.statusCombo = QComboBox(self.organisationBox)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(12)

        self.organisationLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.label5 = QLabel(self.organisationBox)
        self.label5.setObjectName(u"label5")

        self.organisationLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label5)

        self.partnerSinceEdit = DateField(self.organisationBox)
        self.partnerSinceEdit.setObjectName(u"partnerSinceEdit")

        self.organisationLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partnerSinceEdit)

        self.label6 = QLabel(self.organisationBox)
        self.label6.setObjectName(u"label6")

        self.organisationLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label6)

        self.agreementEdit = DateField(self.organisationBox)
        self.agreementEdit.setObjectName(u"agreementEdit")

        self.organisationLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agreementEdit)


        self.mainLayout.addWidget(self.organisationBox)

        self.addressBox = QGroupBox(PartnerEditor)
        self.addressBox.setObjectName(u"addressBox")
        sizePolicy.setHeightForWidth(self.addressBox.sizePolicy().hasHeightForWidth())
        self.addressBox.setSizePolicy(sizePolicy)
        self.addressLayout = QFormLayout(self.addressBox)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label7 = QLabel(self.addressBox)
        self.label7.setObjectName(u"label7")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label7)

        self.streetEdit = QLineEdit(self.addressBox)
        self.streetEdit.setObjectName(u"streetEdit")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.label8 = QLabel(self.addressBox)
        self.label8.setObjectName(u"label8")

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label8)

        self.postalCodeEdit = QLineEdit(self.addressBox)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaxLength(10)

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.label9 = QLabel(self.addressBox)
        self.label9.setObjectName(u"label9")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label9)

        self.cityEdit = QLineEdit(self.addressBox)
        self.cityEdit.setObjectName(u"cityEdit")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.localityLabel = QLabel(self.addressBox)
        self.localityLabel.setObjectName(u"localityLabel")

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.localityLabel)

        self.localityCombo = QComboBox(self.addressBox)
        self.localityCombo.setObjectName(u"localityCombo")
        self.localityCombo.setEditable(True)
        self.localityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.localityCombo)

        self.label10 = QLabel(self.addressBox)
        self.label10.setObjectName(u"label10")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label10)

        self.phoneEdit = QLineEdit(self.addressBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.label11 = QLabel(self.addressBox)
        self.label11.setObjectName(u"label11")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label11)

        self.emailEdit = QLineEdit(self.addressBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.label12 = QLabel(self.addressBox)
        self.label12.setObjectName(u"label12")

        self.addressLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label12)

        self.websiteEdit = QLineEdit(self.addressBox)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.addressLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.websiteEdit)


        self.mainLayout.addWidget(self.addressBox)

        self.checksLayout = QHBoxLayout()
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksLayout.setContentsMargins(0, 0, 0, 0)
        self.focusBox = QGroupBox(PartnerEditor)
        self.focusBox.setObjectName(u"focusBox")
        sizePolicy.setHeightForWidth(self.focusBox.sizePolicy().hasHeightForWidth())
        self.focusBox.setSizePolicy(sizePolicy)
        self.focusLayout = QVBoxLayout(self.focusBox)
        self.focusLayout.setObjectName(u"focusLayout")
        self.focusChecks = CheckGroup(self.focusBox)
        self.focusChecks.setObjectName(u"focusChecks")

        self.focusLayout.addWidget(self.focusChecks)


        self.checksLayout.addWidget(self.focusBox, 0, Qt.AlignmentFlag.AlignTop)

        self.targetBox = QGroupBox(PartnerEditor)
        self.targetBox.setObjectName(u"targetBox")
        sizePolicy.setHeightForWidth(self.targetBox.sizePolicy().hasHeightForWidth())
        self.targetBox.setSizePolicy(sizePolicy)
        self.targetLayout = QVBoxLayout(self.targetBox)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetChecks = CheckGroup(self.targetBox)
        self.targetChecks.setObjectName(u"targetChecks")

        self.targetLayout.addWidget(self.targetChecks)


        self.checksLayout.addWidget(self.targetBox, 0, Qt.AlignmentFlag.AlignTop)


        self.mainLayout.addLayout(self.checksLayout)

        self.contactsBox = QGroupBox(PartnerEditor)
        self.contactsBox.setObjectName(u"contactsBox")
        sizePolicy.setHeightForWidth(self.contactsBox.sizePolicy().hasHeightForWidth())
        self.contactsBox.setSizePolicy(sizePolicy)
        self.contactsLayout = QVBoxLayout(self.contactsBox)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsTable = QTableWidget(self.contactsBox)
        if (self.contactsTable.columnCount() < 5):
            self.contactsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setMinimumSize(QSize(0, 120))
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setTabKeyNavigation(False)
        self.contactsTable.setColumnCount(5)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.contactButtons.setContentsMargins(0, 0, 0, 0)
        self.addContactButton = QPushButton(self.contactsBox)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.editContactButton = QPushButton(self.contactsBox)
        self.editContactButton.setObjectName(u"editContactButton")

        self.contactButtons.addWidget(self.editContactButton)

        self.removeContactButton = QPushButton(self.contactsBox)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.primaryContactButton = QPushButton(self.contactsBox)
        self.primaryContactButton.setObjectName(u"primaryContactButton")

        self.contactButtons.addWidget(self.primaryContactButton)

        self.contactButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactButtonsStretch)


        self.contactsLayout.addLayout(self.contactButtons)


        self.mainLayout.addWidget(self.contactsBox)

        self.notesBox = QGroupBox(PartnerEditor)
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
        self.label1.setBuddy(self.nameEdit)
        self.label2.setBuddy(self.kindCombo)
        self.label3.setBuddy(self.sectorCombo)
        self.label4.setBuddy(self.statusCombo)
        self.label5.setBuddy(self.partnerSinceEdit)
        self.label6.setBuddy(self.agreementEdit)
        self.label7.setBuddy(self.streetEdit)
        self.label8.setBuddy(self.postalCodeEdit)
        self.label9.setBuddy(self.cityEdit)
        self.localityLabel.setBuddy(self.localityCombo)
        self.label10.setBuddy(self.phoneEdit)
        self.label11.setBuddy(self.emailEdit)
        self.label12.setBuddy(self.websiteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.partnerSinceEdit)
        QWidget.setTabOrder(self.partnerSinceEdit, self.agreementEdit)
        QWidget.setTabOrder(self.agreementEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.localityCombo)
        QWidget.setTabOrder(self.localityCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.focusChecks)
        QWidget.setTabOrder(self.focusChecks, self.targetChecks)
        QWidget.setTabOrder(self.targetChecks, self.contactsTable)
        QWidget.setTabOrder(self.contactsTable, self.addContactButton)
        QWidget.setTabOrder(self.addContactButton, self.editContactButton)
        QWidget.setTabOrder(self.editContactButton, self.removeContactButton)
        QWidget.setTabOrder(self.removeContactButton, self.primaryContactButton)
        QWidget.setTabOrder(self.primaryContactButton, self.notesEdit)

        self.retranslateUi(PartnerEditor)

        QMetaObject.connectSlotsByName(PartnerEditor)
    # setupUi

    def retranslateUi(self, PartnerEditor):
        PartnerEditor.setWindowTitle(QCoreApplication.translate("PartnerEditor", u"Partner organisation", None))
        self.organisationBox.setTitle(QCoreApplication.translate("PartnerEditor", u"Organisation", None))
        self.label1.setText(QCoreApplication.translate("PartnerEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("PartnerEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("PartnerEditor", u"Choose a kind or type a new one", None))
#endif // QT_CONFIG(tooltip)
        self.label3.setText(QCoreApplication.translate("PartnerEditor", u"S&ector:", None))
#if QT_CONFIG(accessibility)
        self.sectorCombo.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.label4.setText(QCoreApplication.translate("PartnerEditor", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.label5.setText(QCoreApplication.translate("PartnerEditor", u"Partner &since:", None))
#if QT_CONFIG(accessibility)
        self.partnerSinceEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Partner since", None))
#endif // QT_CONFIG(accessibility)
        self.label6.setText(QCoreApplication.translate("PartnerEditor", u"Cooperation a&greement:", None))
#if QT_CONFIG(accessibility)
        self.agreementEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Cooperation agreement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.agreementEdit.setToolTip(QCoreApplication.translate("PartnerEditor", u"Date of the signed cooperation agreement", None))
#endif // QT_CONFIG(tooltip)
        self.addressBox.setTitle(QCoreApplication.translate("PartnerEditor", u"Address and contact", None))
        self.label7.setText(QCoreApplication.translate("PartnerEditor", u"St&reet:", None))
#if QT_CONFIG(accessibility)
        self.streetEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Street", None))
#endif // QT_CONFIG(accessibility)
        self.label8.setText(QCoreApplication.translate("PartnerEditor", u"&Postal code:", None))
#if QT_CONFIG(accessibility)
        self.postalCodeEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Postal code", None))
#endif // QT_CONFIG(accessibility)
        self.label9.setText(QCoreApplication.translate("PartnerEditor", u"&City:", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.localityLabel.setText(QCoreApplication.translate("PartnerEditor", u"&District:", None))
#if QT_CONFIG(accessibility)
        self.localityCombo.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"District", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.localityCombo.setToolTip(QCoreApplication.translate("PartnerEditor", u"The village or district of the municipality: choose one of the network's or type another", None))
#endif // QT_CONFIG(tooltip)
        self.label10.setText(QCoreApplication.translate("PartnerEditor", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.label11.setText(QCoreApplication.translate("PartnerEditor", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.label12.setText(QCoreApplication.translate("PartnerEditor", u"&Website:", None))
#if QT_CONFIG(accessibility)
        self.websiteEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.focusBox.setTitle(QCoreApplication.translate("PartnerEditor", u"Focus areas", None))
#if QT_CONFIG(accessibility)
        self.focusChecks.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Focus areas", None))
#endif // QT_CONFIG(accessibility)
        self.targetBox.setTitle(QCoreApplication.translate("PartnerEditor", u"Target groups", None))
#if QT_CONFIG(accessibility)
        self.targetChecks.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Target groups", None))
#endif // QT_CONFIG(accessibility)
        self.contactsBox.setTitle(QCoreApplication.translate("PartnerEditor", u"Contact persons", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PartnerEditor", u"Name", None))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PartnerEditor", u"Function", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PartnerEditor", u"Phone", None))
        ___qtablewidgetitem3 = self.contactsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PartnerEditor", u"E-mail", None))
        ___qtablewidgetitem4 = self.contactsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PartnerEditor", u"Primary", None))
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Contact persons", None))
#endif // QT_CONFIG(accessibility)
        self.addContactButton.setText(QCoreApplication.translate("PartnerEditor", u"&Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.addContactButton.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Add\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addContactButton.setToolTip(QCoreApplication.translate("PartnerEditor", u"Add a contact person", None))
#endif // QT_CONFIG(tooltip)
        self.editContactButton.setText(QCoreApplication.translate("PartnerEditor", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editContactButton.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Edit\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editContactButton.setToolTip(QCoreApplication.translate("PartnerEditor", u"Edit the selected contact person", None))
#endif // QT_CONFIG(tooltip)
        self.removeContactButton.setText(QCoreApplication.translate("PartnerEditor", u"Remo&ve", None))
#if QT_CONFIG(accessibility)
        self.removeContactButton.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Remove", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeContactButton.setToolTip(QCoreApplication.translate("PartnerEditor", u"Remove the selected contact person", None))
#endif // QT_CONFIG(tooltip)
        self.primaryContactButton.setText(QCoreApplication.translate("PartnerEditor", u"Make p&rimary", None))
#if QT_CONFIG(accessibility)
        self.primaryContactButton.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Make primary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.primaryContactButton.setToolTip(QCoreApplication.translate("PartnerEditor", u"Mark the selected person as the primary contact", None))
#endif // QT_CONFIG(tooltip)
        self.notesBox.setTitle(QCoreApplication.translate("PartnerEditor", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PartnerEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

